// Theano's multiplication canonicalizer: a tree of mul, div and neg is read as
// coefficient * (numerator factors) / (denominator factors); a node that is both a numerator and
// a denominator factor cancels, constants multiply together. It is what turns the tape's gradient
// of a naive log(softmax) (ct * S/e ... * e) into a finite expression.

import { isFloat } from '../../runtime/dtype.js';
import type { Node } from '../graph.js';
import { scalarValue, type RewriteContext, type RewriteRule } from './engine.js';

interface Terms {
  coefficient: number;
  num: Node[];
  den: Node[];
}

/** At most this many factors: a DAG of shared products (x*x, squared, ...) could otherwise explode. */
const MAX_FACTORS = 16;

/**
 * Flattens mul/div/neg below `n` into its terms, through shared nodes too (the rewrite then
 * recomputes a few products inside one fused loop instead of keeping inf * 0). Undefined when the
 * tree has more than MAX_FACTORS factors.
 */
function terms(n: Node): Terms | undefined {
  const t: Terms = { coefficient: 1, num: [], den: [] };
  let count = 0;
  const walk = (m: Node, inverted: boolean): boolean => {
    const c = scalarValue(m);
    if (c !== undefined && m.aval.shape.length === 0) {
      t.coefficient = inverted ? t.coefficient / c : t.coefficient * c;
      return true;
    }
    if (m.op === 'mul') return walk(m.inputs[0], inverted) && walk(m.inputs[1], inverted);
    if (m.op === 'div') return walk(m.inputs[0], inverted) && walk(m.inputs[1], !inverted);
    if (m.op === 'neg') {
      t.coefficient = -t.coefficient;
      return walk(m.inputs[0], inverted);
    }
    (inverted ? t.den : t.num).push(m);
    return ++count <= MAX_FACTORS;
  };
  return walk(n, false) ? t : undefined;
}

function cancel(t: Terms): boolean {
  let changed = false;
  for (let i = t.den.length - 1; i >= 0; i--) {
    const j = t.num.indexOf(t.den[i]);
    if (j >= 0) {
      t.num.splice(j, 1);
      t.den.splice(i, 1);
      changed = true;
    }
  }
  return changed;
}

function rebuild(t: Terms, like: Node, ctx: RewriteContext): Node {
  const dtype = like.aval.dtype;
  const product = (xs: Node[]) =>
    xs.reduce<Node | null>((acc, x) => (acc === null ? x : ctx.op('mul', [acc, x])), null);
  let r = product(t.num);
  if (t.coefficient !== 1 || r === null)
    r = r === null ? ctx.constant(t.coefficient, dtype) : ctx.op('mul', [r, ctx.constant(t.coefficient, dtype)]);
  const d = product(t.den);
  if (d !== null) r = ctx.op('div', [r, d]);
  return ctx.fit(r, like);
}

const floatMulDiv = (n: Node) => (n.op === 'mul' || n.op === 'div') && isFloat(n.aval.dtype);

/** x * y / (y * z) -> x / z: fires only when something cancels. */
export const cancelFactors: RewriteRule = {
  name: 'cancel-factors',
  pattern: { op: ['mul', 'div'], where: floatMulDiv },
  rewrite: (_c, n, ctx) => {
    const t = terms(n);
    return t && cancel(t) ? rebuild(t, n, ctx) : null;
  },
};

/**
 * (a + b) * y -> a*y + b*y when y cancels a denominator factor of a or b: the distribution that
 * lets the canonicalizer reach, e.g., (ct * S/e + q) * e in a softmax gradient.
 */
export const distributeToCancel: RewriteRule = {
  name: 'distribute-to-cancel',
  pattern: {
    op: 'mul',
    args: [{ op: 'add', args: [{ any: 'a' }, { any: 'b' }], as: 's' }, { any: 'y' }],
    where: (n) => isFloat(n.aval.dtype),
  },
  rewrite: (c, n, ctx) => {
    if (ctx.uses(c.s) !== 1) return null;
    const hasDen = (x: Node) => terms(x)?.den.includes(c.y) ?? false;
    if (!hasDen(c.a) && !hasDen(c.b)) return null;
    return ctx.fit(ctx.op('add', [ctx.op('mul', [c.a, c.y]), ctx.op('mul', [c.b, c.y])]), n);
  },
};
