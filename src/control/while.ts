// whileLoop and foriLoop. A while node's inputs are [the cond graph's captures, the body's, the
// carry]; its cond graph takes [its captures, carry] and gives a scalar, its body [its captures,
// carry] and gives the next carry. Forward mode is a while over carries with tangents; reverse
// mode is refused (the trip count is known only at run time), as in JAX. foriLoop with JS-number
// bounds is a scan, differentiable both ways.

import { isFloat } from '../../runtime/dtype.js';
import type { Aval } from '../../runtime/primitives/index.js';
import { sizeOf } from '../../runtime/shape.js';
import type { Graph } from '../../jit/graph.js';
import { traceBody } from '../../jit/tracer.js';
import { ForwardTrace } from '../autodiff/forward.js';
import { bindControl, eager, withInterpreter } from '../dispatch.js';
import { describeValue } from '../errors.js';
import { asTensorOf } from '../ops/coerce.js';
import { add, less } from '../ops/elementwise.js';
import type { Tensor } from '../tensor.js';
import { unflatten, type TreeDef } from '../tree.js';
import { avalOf, avalText, checkSameTree, floatIndices, leavesOf, zerosOf } from './common.js';
import { evalGraph } from './eval.js';
import { registerControl, type ControlParams } from './registry.js';
import { scan } from './scan.js';

/** The params of a while node. */
export interface WhileParams {
  readonly cond: Graph;
  readonly body: Graph;
  /** How many captures the cond graph and the body have (the op's first inputs, in that order). */
  readonly captures: readonly [number, number];
}

const wp = (p: ControlParams) => p as unknown as WhileParams;

function bindWhile(
  condFn: (args: Tensor[]) => Tensor,
  bodyFn: (args: Tensor[]) => unknown,
  carry: readonly Tensor[],
  check?: () => void,
): Tensor[] {
  const avals = carry.map(avalOf);
  const c = traceBody('whileLoop', 'while_cond', condFn, avals);
  const b = traceBody('whileLoop', 'while_body', bodyFn, avals);
  check?.();
  const params: WhileParams = { cond: c.graph, body: b.graph, captures: [c.captures.length, b.captures.length] };
  return bindControl('while', [...c.captures, ...b.captures, ...carry], params as never);
}

const whileRule = {
  infer(inputs: readonly Aval[], params: ControlParams): Aval[] {
    return wp(params).body.outputs.map((o) => o.aval);
  },

  run(inputs: readonly Tensor[], params: ControlParams): Tensor[] {
    const { cond, body, captures } = wp(params);
    const cc = inputs.slice(0, captures[0]),
      bc = inputs.slice(captures[0], captures[0] + captures[1]);
    let carry = inputs.slice(captures[0] + captures[1]);
    while (evalGraph(cond, [...cc, ...carry], eager)[0].buf[0] !== 0) carry = evalGraph(body, [...bc, ...carry], eager);
    return carry;
  },

  forwardForVjp(): never {
    throw new Error(
      'whileLoop: reverse-mode differentiation (grad, vjp) of a while loop is not supported, since its trip count is known only at run time; use scan, or foriLoop with JS-number bounds (forward mode, jvp, works)',
    );
  },

  vjp(): never {
    return whileRule.forwardForVjp();
  },

  jvp(inputs: readonly Tensor[], tangents: readonly (Tensor | null)[], params: ControlParams) {
    const { cond, body, captures } = wp(params);
    const [n0, n1] = captures;
    const cc = inputs.slice(0, n0),
      bc = inputs.slice(n0, n0 + n1),
      h = inputs.slice(n0 + n1);
    const tb = bc.flatMap((x, i) => (tangents[n0 + i] && isFloat(x.dtype) ? [i] : []));
    const fh = floatIndices(h.map(avalOf));
    // Carries [h, dh]; the body's tangent captures ride in the carry unchanged (the cond ignores them).
    const split = (args: Tensor[]) => ({
      hh: args.slice(0, h.length),
      dh: args.slice(h.length, h.length + fh.length),
      db: args.slice(h.length + fh.length),
    });
    const condFn = (args: Tensor[]) => evalGraph(cond, [...cc, ...split(args).hh])[0];
    const bodyFn = (args: Tensor[]) => {
      const { hh, dh, db } = split(args);
      const ft = new ForwardTrace();
      tb.forEach((i, j) => ft.setTangent(bc[i], db[j]));
      fh.forEach((i, j) => ft.setTangent(hh[i], dh[j]));
      const outs = withInterpreter(ft, () => evalGraph(body, [...bc, ...hh]));
      return [...outs, ...fh.map((i) => ft.tangentOf(outs[i]) ?? zerosOf(avalOf(outs[i]))), ...db];
    };
    const outs = bindWhile(condFn, bodyFn, [
      ...h,
      ...fh.map((i) => tangents[n0 + n1 + i] ?? zerosOf(avalOf(h[i]))),
      ...tb.map((i) => tangents[n0 + i]!),
    ]);
    const tOut: (Tensor | null)[] = h.map(() => null);
    fh.forEach((i, j) => (tOut[i] = outs[h.length + j]));
    return { outs: outs.slice(0, h.length), tangents: tOut };
  },
};

registerControl('while', whileRule);

/**
 * A loop that runs while `condFn(carry)` is true (JAX's `lax.while_loop`), as one op: both
 * functions are traced once. `jvp` works through it; reverse mode (`grad`, `vjp`) throws, since
 * the number of steps is known only at run time: use {@link scan} or {@link foriLoop}.
 *
 * @param condFn - `(carry) => scalar tensor`, true (non-zero) to run another step.
 * @param bodyFn - `(carry) => nextCarry`, with the structure, shapes and dtypes of `init`.
 * @param init - The first carry: a tensor or tree of tensors.
 * @returns The carry when `condFn` first gives false.
 * @example
 * ```ts
 * tj.whileLoop((x) => x.less(100), (x) => x.mul(2), tj.tensor(3));  // 192
 * ```
 * @category Control flow
 */
export function whileLoop<C>(condFn: (carry: C) => unknown, bodyFn: (carry: C) => C, init: C): C {
  if (typeof condFn !== 'function')
    throw new Error(`whileLoop: condFn must be a function, got ${describeValue(condFn)}`);
  if (typeof bodyFn !== 'function')
    throw new Error(`whileLoop: bodyFn must be a function, got ${describeValue(bodyFn)}`);
  const carry = leavesOf('whileLoop', init);
  const want = { def: carry.def, avals: carry.leaves.map(avalOf) };
  let got: { def: TreeDef; avals: Aval[] } | undefined;
  let condAval: Aval | undefined;
  const condTraced = (args: Tensor[]) => {
    const r = leavesOf('whileLoop', condFn(unflatten(carry.def, args) as C));
    if (r.leaves.length !== 1 || r.def.kind !== 'leaf')
      throw new Error(
        `whileLoop: condFn must return a scalar tensor, got ${describeValue(r.leaves.length ? r.leaves : r.def.value)}`,
      );
    condAval = avalOf(r.leaves[0]);
    return r.leaves[0];
  };
  const bodyTraced = (args: Tensor[]) => {
    const r = leavesOf('whileLoop', bodyFn(unflatten(carry.def, args) as C));
    got = { def: r.def, avals: r.leaves.map(avalOf) };
    return r.leaves;
  };
  const outs = bindWhile(condTraced, bodyTraced, carry.leaves, () => {
    if (sizeOf(condAval!.shape) !== 1)
      throw new Error(`whileLoop: condFn must return a scalar tensor, got ${avalText(condAval!)}`);
    checkSameTree('whileLoop', { want: 'init', got: 'the carry bodyFn returned', root: 'carry' }, want, got!);
  });
  return unflatten(carry.def, outs) as C;
}

/**
 * `for (i = lower; i < upper; i++) carry = bodyFn(i, carry)` as one op, `i` an int32 scalar
 * tensor. With JS-number bounds it is a {@link scan} (differentiable both ways); with tensor
 * bounds a {@link whileLoop}.
 *
 * @param lower - The first `i`: a JS integer or an int32 scalar tensor.
 * @param upper - One past the last `i`.
 * @param bodyFn - `(i, carry) => nextCarry`.
 * @param init - The first carry: a tensor or tree of tensors.
 * @example
 * ```ts
 * tj.foriLoop(0, 5, (i, acc) => acc.add(i), tj.tensor(0));  // 10
 * ```
 * @category Control flow
 */
export function foriLoop<C>(
  lower: number | Tensor,
  upper: number | Tensor,
  bodyFn: (i: Tensor, carry: C) => C,
  init: C,
): C {
  if (typeof bodyFn !== 'function')
    throw new Error(`foriLoop: bodyFn must be a function, got ${describeValue(bodyFn)}`);
  for (const [what, b] of [
    ['lower', lower],
    ['upper', upper],
  ] as const)
    if (typeof b === 'number' && !Number.isInteger(b))
      throw new Error(`foriLoop: ${what} must be an integer, got ${b}`);
  const i0 = asTensorOf(lower, 'int32', 'foriLoop');
  if (typeof lower === 'number' && typeof upper === 'number') {
    const [[, c]] = scan<[Tensor, C], null, null>(([i, c]) => [[add(i, 1), bodyFn(i, c)], null], [i0, init], null, {
      length: Math.max(0, upper - lower),
    });
    return c;
  }
  const hi = asTensorOf(upper, 'int32', 'foriLoop');
  const [, c] = whileLoop<[Tensor, C]>(
    ([i]) => less(i, hi),
    ([i, c]) => [add(i, 1), bodyFn(i, c)],
    [i0, init],
  );
  return c;
}
