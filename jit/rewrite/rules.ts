// The rewrite rules, by phase in Theano's order: merge, canonicalize, stabilize, specialize.
// Fusion and memory planning happen in code generation (jit/codegen-js.ts).

import { isFloat } from '../../runtime/dtype.js';
import { primitives, type Aval, type Arr, type Prim } from '../../runtime/primitives/index.js';
import { sizeOf } from '../../runtime/shape.js';
import type { Node } from '../graph.js';
import { scalarValue, type Phase, type Pattern, type RewriteContext, type RewriteRule } from './engine.js';
import { cancelFactors, distributeToCancel } from './mul-canonical.js';

const x: Pattern = { any: 'x' };
const y: Pattern = { any: 'y' };
const floatNode = (n: Node) => isFloat(n.aval.dtype);
const rule = (name: string, pattern: Pattern, rewrite: RewriteRule['rewrite']): RewriteRule => ({ name, pattern, rewrite });
const sameShape = (a: Node, b: Node) => a.aval.shape.length === b.aval.shape.length && a.aval.shape.every((d, i) => d === b.aval.shape[i]);

// ---------------------------------------------------------------------------------------------
// merge: equal subexpressions are one node by construction (interning); equal constants too.

const merge: Phase = { name: 'merge', rules: [] };

// ---------------------------------------------------------------------------------------------
// canonicalize

const FOLD_LIMIT = 1 << 16;
const NO_FOLD = new Set<string>(['randomUniform', 'randomNormal', 'checkIndex']);

/** Evaluates a primitive whose inputs are all constants, at compile time. */
const constantFold: RewriteRule = {
  name: 'constant-fold',
  pattern: { op: Object.keys(primitives) as Prim[], where: (n) => n.inputs.length > 0 && n.inputs.every((i) => i.op === 'const') && !NO_FOLD.has(n.op) && sizeOf(n.aval.shape) <= FOLD_LIMIT },
  rewrite: (_c, n, ctx) => {
    const impl = (primitives[n.op as Prim] as unknown as { impl(i: readonly Arr[], p: unknown, o: Aval): Arr['buf'] }).impl;
    const value = impl(n.inputs.map((i) => ({ shape: i.aval.shape, dtype: i.aval.dtype, buf: i.value! })), n.params, n.aval);
    return ctx.constantOf(value === n.inputs[0]?.value ? value.slice() : value, n.aval);
  },
};

/** mul(mul(x, c1), c2) -> mul(x, c1*c2), the same for add: chains collect their constants. */
const collect = (op: 'add' | 'mul'): RewriteRule => rule(`${op}-collect-constants`,
  { op, args: [{ op, args: [x, { scalar: () => true, as: 'c1' }] }, { scalar: () => true, as: 'c2' }] },
  (c, n, ctx) => {
    const a = scalarValue(c.c1)!, b = scalarValue(c.c2)!;
    const k = ctx.constant(op === 'add' ? a + b : a * b, n.aval.dtype);
    return ctx.fit(ctx.op(op, [c.x, k]), n);
  });

/** (x + c) + y -> (x + y) + c: constants move to the outside of a chain, where collect meets them. */
const outward = (op: 'add' | 'mul'): RewriteRule => rule(`${op}-constants-outward`,
  { op, args: [{ op, args: [x, { scalar: () => true, as: 'c' }], as: 'inner' }, { any: 'y', where: (n) => scalarValue(n) === undefined }] },
  (c, n, ctx) => (ctx.uses(c.inner) === 1 ? ctx.fit(ctx.op(op, [ctx.op(op, [c.x, c.y]), c.c]), n) : null));

const canonicalize: Phase = {
  name: 'canonicalize',
  rules: [
    constantFold,
    rule('mul-by-one', { op: 'mul', args: [x, { scalar: 1 }] }, (c, n, ctx) => ctx.fit(c.x, n)),
    rule('add-zero', { op: 'add', args: [x, { scalar: 0 }] }, (c, n, ctx) => ctx.fit(c.x, n)),
    rule('sub-zero', { op: 'sub', args: [x, { scalar: 0 }] }, (c, n, ctx) => ctx.fit(c.x, n)),
    rule('div-by-one', { op: 'div', args: [x, { scalar: 1 }] }, (c, n, ctx) => ctx.fit(c.x, n)),
    // x - x is 0 and x / x is 1 only where x is finite and non-zero: integers for the first, never for the second.
    rule('sub-self', { op: 'sub', args: [x, x], where: (n) => n.aval.dtype === 'int32' }, (_c, n, ctx) => ctx.fit(ctx.constant(0, n.aval.dtype), n)),
    rule('neg-neg', { op: 'neg', args: [{ op: 'neg', args: [x] }] }, (c) => c.x),
    rule('exp-log', { op: 'exp', args: [{ op: 'log', args: [x] }] }, (c) => c.x),
    rule('log-exp', { op: 'log', args: [{ op: 'exp', args: [x] }] }, (c) => c.x),
    rule('transpose-transpose', { op: 'transpose', args: [{ op: 'transpose', args: [x], as: 'inner' }], as: 'outer' }, (c, _n, ctx) => {
      const p1 = c.inner.params.perm as number[], p2 = c.outer.params.perm as number[];
      const perm = p2.map((i) => p1[i]);
      return perm.every((v, i) => v === i) ? c.x : ctx.op('transpose', [c.x], { perm });
    }),
    rule('reshape-reshape', { op: 'reshape', args: [{ op: 'reshape', args: [x] }] }, (c, n, ctx) => (sameShape(c.x, n) ? c.x : ctx.op('reshape', [c.x], { shape: n.aval.shape }))),
    rule('reshape-identity', { op: 'reshape', args: [x] }, (c, n) => (sameShape(c.x, n) ? c.x : null)),
    // sum over axes that broadcasting added: the sum is the input times the number of copies.
    rule('sum-of-broadcast', { op: 'reduceSum', args: [{ op: 'broadcastTo', args: [x], as: 'b' }] }, (c, n, ctx) => {
      const axes = n.params.axes as number[], full = c.b.aval.shape;
      const xs = [...new Array(full.length - c.x.aval.shape.length).fill(1), ...c.x.aval.shape];
      if (!axes.every((a) => xs[a] === 1)) return null; // a summed axis had real data: not a pure copy
      const copies = axes.reduce((k, a) => k * full[a], 1);
      const base = ctx.op('reshape', [c.x], { shape: xs.filter((_, i) => !axes.includes(i)) });
      const widened = ctx.fit(base, n);
      return copies === 1 ? widened : ctx.op('mul', [widened, ctx.constant(copies, n.aval.dtype)]);
    }),
    collect('add'),
    collect('mul'),
    outward('add'),
    outward('mul'),
  ],
};

// ---------------------------------------------------------------------------------------------
// stabilize: numerically stable forms of naive formulas, and of their gradients.

const one: Pattern = { scalar: 1 };
const expOf = (name: string): Pattern => ({ op: 'exp', args: [{ any: name }] });

/** softplus(x) = max(x, 0) + log1p(exp(-|x|)), finite everywhere. */
function softplus(ctx: RewriteContext, v: Node): Node {
  const zero = ctx.constant(0, v.aval.dtype);
  return ctx.op('add', [ctx.op('maximum', [v, zero]), ctx.op('log1p', [ctx.op('exp', [ctx.op('neg', [ctx.op('abs', [v])])])])]);
}

/** x - shift with shift = where(isfinite(m), m, 0) (reshaped): the stable log-sum-exp's own form. */
const isMaxShifted = (n: Node) => n.op === 'sub' && n.inputs[1].op === 'reshape' && n.inputs[1].inputs[0].op === 'where' && n.inputs[1].inputs[0].inputs[0].op === 'isfinite';

const stabilize: Phase = {
  name: 'stabilize',
  rules: [
    rule('log1p', { op: 'log', args: [{ op: 'add', args: [x, one] }], where: floatNode }, (c, n, ctx) => ctx.fit(ctx.op('log1p', [c.x]), n)),
    rule('log1p-of-sub', { op: 'log', args: [{ op: 'sub', args: [one, x] }], where: floatNode }, (c, n, ctx) => ctx.fit(ctx.op('log1p', [ctx.op('neg', [c.x])]), n)),
    rule('expm1', { op: 'sub', args: [expOf('x'), one], where: floatNode }, (c, n, ctx) => ctx.fit(ctx.op('expm1', [c.x]), n)),
    // Not on log1p(exp(-|v|)): that is the stable form itself.
    rule('softplus', { op: 'log1p', args: [{ op: 'exp', args: [{ any: 'x', where: (n) => !(n.op === 'neg' && n.inputs[0].op === 'abs') }] }] }, (c, _n, ctx) => softplus(ctx, c.x)),
    rule('log-sigmoid', { op: 'log', args: [{ op: 'sigmoid', args: [x] }] }, (c, _n, ctx) => ctx.op('neg', [softplus(ctx, ctx.op('neg', [c.x]))])),
    rule('log-one-minus-sigmoid', { op: 'log1p', args: [{ op: 'neg', args: [{ op: 'sigmoid', args: [x] }] }] }, (c, _n, ctx) => ctx.op('neg', [softplus(ctx, c.x)])),
    // log(exp(a) / s) = a - log(s): log(softmax) written as exp/sum becomes log-softmax.
    rule('log-div-exp', { op: 'log', args: [{ op: 'div', args: [expOf('a'), y] }] }, (c, n, ctx) => ctx.fit(ctx.op('sub', [c.a, ctx.op('log', [c.y])]), n)),
    // log(sum(exp(x))) -> max + log(sum(exp(x - max))); not when x is already shifted by its max.
    rule('logsumexp', { op: 'log', args: [{ op: 'reduceSum', args: [{ op: 'exp', args: [{ any: 'x', where: (n) => !isMaxShifted(n) }] }], as: 's' }] }, (c, n, ctx) => {
      const axes = c.s.params.axes as number[];
      const m = ctx.op('reduceMax', [c.x], { axes });
      const keep = c.x.aval.shape.map((d, i) => (axes.includes(i) ? 1 : d));
      const shift = ctx.op('where', [ctx.op('isfinite', [m]), m, ctx.constant(0, n.aval.dtype)]);
      const shifted = ctx.op('sub', [c.x, ctx.op('reshape', [shift], { shape: keep })]);
      return ctx.op('add', [ctx.op('log', [ctx.op('reduceSum', [ctx.op('exp', [shifted])], { axes })]), shift]);
    }),
    // Gradients of the naive forms: exp(x) / (1 + exp(x)) is sigmoid(x); 1 / (1 + exp(-x)) too.
    rule('sigmoid-from-exp', { op: 'div', args: [expOf('x'), { op: 'add', args: [expOf('x'), one] }] }, (c, n, ctx) => ctx.fit(ctx.op('sigmoid', [c.x]), n)),
    // The tape's form of d/dx log(1 + exp(x)): (1 / (1 + exp(x))) * exp(x), possibly times a cotangent.
    rule('sigmoid-from-grad', { op: 'mul', args: [{ op: 'div', args: [one, { op: 'add', args: [expOf('x'), one] }] }, expOf('x')] }, (c, n, ctx) => ctx.fit(ctx.op('sigmoid', [c.x]), n)),
    rule('sigmoid-from-scaled-grad', { op: 'mul', args: [{ op: 'mul', args: [y, { op: 'div', args: [one, { op: 'add', args: [expOf('x'), one] }] }] }, expOf('x')] },
      (c, n, ctx) => ctx.fit(ctx.op('mul', [c.y, ctx.op('sigmoid', [c.x])]), n)),
    // The tape's gradient of log(sigmoid x): (1 / s) * (s * (1 - s)), which is 0 * inf where s
    // underflows; the s cancel. The same with a cotangent factor in front.
    rule('cancel-reciprocal-sigmoid', { op: 'mul', args: [{ op: 'div', args: [one, { op: 'sigmoid', args: [x], as: 's' }] }, { op: 'mul', args: [{ any: 's' }, y] }] }, (c, n, ctx) => ctx.fit(c.y, n)),
    rule('cancel-scaled-reciprocal-sigmoid', { op: 'mul', args: [{ op: 'mul', args: [{ any: 'g' }, { op: 'div', args: [one, { op: 'sigmoid', args: [x], as: 's' }] }] }, { op: 'mul', args: [{ any: 's' }, y] }] },
      (c, n, ctx) => ctx.fit(ctx.op('mul', [c.g, c.y]), n)),
    cancelFactors,
    distributeToCancel,
    rule('sigmoid-from-reciprocal', { op: 'div', args: [one, { op: 'add', args: [{ op: 'exp', args: [{ op: 'neg', args: [x] }] }, one] }] }, (c, n, ctx) => ctx.fit(ctx.op('sigmoid', [c.x]), n)),
  ],
};

// ---------------------------------------------------------------------------------------------
// specialize: cheaper forms for the kernels we generate.

const specialize: Phase = {
  name: 'specialize',
  rules: [
    rule('pow-small-integer', { op: 'pow', args: [x, { scalar: (v) => [2, 3, 4, -1, -2, 0.5, -0.5].includes(v), as: 'e' }], where: floatNode }, (c, n, ctx) => {
      const e = scalarValue(c.e)!, v = c.x;
      const sq = () => ctx.op('mul', [v, v]);
      const oneC = () => ctx.constant(1, n.aval.dtype);
      const r = e === 2 ? sq() : e === 3 ? ctx.op('mul', [sq(), v]) : e === 4 ? ctx.op('mul', [sq(), sq()]) : e === -1 ? ctx.op('div', [oneC(), v])
        : e === -2 ? ctx.op('div', [oneC(), sq()]) : e === 0.5 ? ctx.op('sqrt', [v]) : ctx.op('rsqrt', [v]);
      return ctx.fit(r, n);
    }),
    rule('square', { op: 'mul', args: [x, x] }, (c, _n, ctx) => ctx.op('square', [c.x])),
    // relu's forward form (src/ops/elementwise.ts): the same values, -0 and NaN included, in one op.
    rule('relu-as-maximum', { op: 'where', args: [{ op: 'lessEqual', args: [x, { scalar: (v) => Object.is(v, 0) }] }, { scalar: (v) => Object.is(v, 0), as: 'z' }, x] },
      (c, n, ctx) => ctx.fit(ctx.op('maximum', [c.x, c.z]), n)),
    // Theano's Gemm: matmul followed by a bias add is one kernel (the matmul must feed only the add).
    rule('matmul-bias', { op: 'add', args: [{ op: 'matmul', args: [{ any: 'a' }, { any: 'b' }], as: 'mm' }, { any: 'bias', where: (n) => n.aval.shape.filter((d, i, s) => !(d === 1 && i < s.length - 1)).length === 1 }], where: floatNode },
      (c, n, ctx) => {
        if (ctx.uses(c.mm) !== 1 || c.bias.aval.shape[c.bias.aval.shape.length - 1] !== n.aval.shape[n.aval.shape.length - 1] || c.bias.aval.shape.length > n.aval.shape.length) return null;
        return ctx.op('linear', [c.a, c.b, c.bias]);
      }),
    rule('div-by-constant', { op: 'div', args: [x, { scalar: (v) => v !== 0 && Number.isFinite(v) && Number.isFinite(1 / v), as: 'k' }], where: floatNode }, (c, n, ctx) =>
      ctx.fit(ctx.op('mul', [c.x, ctx.constant(1 / scalarValue(c.k)!, n.aval.dtype)]), n)),
  ],
};

// ---------------------------------------------------------------------------------------------
// fusion: shape the graph for fused loops (the loops themselves are built in jit/codegen-js.ts).

const ELEMENTWISE = (Object.keys(primitives) as Prim[]).filter((p) => primitives[p].kind === 'elementwise');

const fusion: Phase = {
  name: 'fusion',
  rules: [
    // An elementwise loop broadcasts its operands as it reads them: a materialized broadcastTo in
    // front of one is a wasted kernel and array, unless it is what gives the result its shape.
    rule('broadcast-into-loop', { op: ELEMENTWISE, where: (n) => n.inputs.some((i) => i.op === 'broadcastTo') }, (_c, n, ctx) => {
      const inputs = n.inputs.map((i) => (i.op === 'broadcastTo' ? i.inputs[0] : i));
      const r = ctx.op(n.op as Prim, inputs, n.params);
      return sameShape(r, n) ? r : null;
    }),
  ],
};

export const PHASES: readonly Phase[] = [merge, canonicalize, stabilize, specialize, fusion, { name: 'final-merge', rules: [] }];
