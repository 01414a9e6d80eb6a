// cond: a branch as one op (Theano's ifelse, JAX's lax.cond). Its inputs are [pred, the false
// branch's captures, the true branch's, the operands]; branch k takes [its captures, operands].
// Only the taken branch runs. Its VJP and JVP are conds of the branches' VJPs and JVPs.

import { isFloat } from '../../runtime/dtype.js';
import type { Aval } from '../../runtime/primitives/index.js';
import type { Graph } from '../../jit/graph.js';
import { traceBody, type Body } from '../../jit/tracer.js';
import { ForwardTrace } from '../autodiff/forward.js';
import { Tape } from '../autodiff/tape.js';
import { bindControl, eager, withInterpreter } from '../dispatch.js';
import { describeValue } from '../errors.js';
import { asTensor } from '../ops/coerce.js';
import { Tensor } from '../tensor.js';
import { unflatten, type TreeDef } from '../tree.js';
import { avalOf, checkSameTree, floatIndices, leavesOf, zerosOf } from './common.js';
import { evalGraph } from './eval.js';
import { registerControl, type ApplyControl, type ControlParams } from './registry.js';

/** The params of a cond node. */
export interface CondParams {
  /** [false branch, true branch]. */
  readonly branches: readonly [Graph, Graph];
  /** How many captures each branch has (its first inputs; the op's inputs after pred). */
  readonly captures: readonly [number, number];
}

const cp = (p: ControlParams) => p as unknown as CondParams;

/** The inputs of branch k among the op's inputs (pred dropped): its captures, then the operands. */
function branchInputs<T>(p: CondParams, args: readonly T[], k: 0 | 1): T[] {
  const [n0, n1] = p.captures;
  const operands = args.slice(n0 + n1);
  return k === 0 ? [...args.slice(0, n0), ...operands] : [...args.slice(n0, n0 + n1), ...operands];
}

/**
 * Binds a cond whose branch k is traced from `fns[k]` on `args`. The branches' captures join the
 * op's inputs; `name` names the branch graphs.
 */
function bindCond(
  name: string,
  pred: Tensor,
  fns: readonly [(args: Tensor[]) => unknown, (args: Tensor[]) => unknown],
  args: readonly Tensor[],
  check?: () => void,
): { outs: Tensor[]; bodies: [Body, Body] } {
  const avals = args.map(avalOf);
  const bodies: [Body, Body] = [
    traceBody('cond', `${name}_false`, fns[0], avals),
    traceBody('cond', `${name}_true`, fns[1], avals),
  ];
  check?.();
  const params: CondParams = {
    branches: [bodies[0].graph, bodies[1].graph],
    captures: [bodies[0].captures.length, bodies[1].captures.length],
  };
  const outs = bindControl('cond', [pred, ...bodies[0].captures, ...bodies[1].captures, ...args], params as never);
  return { outs, bodies };
}

const condRule = {
  infer(inputs: readonly Aval[], params: ControlParams): Aval[] {
    return cp(params).branches[0].outputs.map((o) => o.aval);
  },

  run(inputs: readonly Tensor[], params: ControlParams): Tensor[] {
    const p = cp(params);
    const k = inputs[0].buf[0] !== 0 ? 1 : 0;
    return evalGraph(p.branches[k], branchInputs(p, inputs.slice(1), k), eager);
  },

  forwardForVjp(apply: ApplyControl, inputs: readonly Tensor[], params: ControlParams) {
    return { outs: apply('cond', inputs, params), residuals: [] };
  },

  vjp(
    cts: readonly (Tensor | null)[],
    inputs: readonly Tensor[],
    _residuals: readonly Tensor[],
    params: ControlParams,
  ) {
    const p = cp(params);
    const args = inputs.slice(1);
    const outAvals = condRule.infer([], params);
    const fa = floatIndices(args.map(avalOf));
    const fo = floatIndices(outAvals);
    // Branch k's VJP: the branch recomputed under a tape, its outputs' cotangents pulled back to
    // every float input of the op (zero where branch k does not read it).
    const vjpOf = (k: 0 | 1) => (all: Tensor[]) => {
      const a = all.slice(0, args.length),
        ct = all.slice(args.length);
      const tape = new Tape();
      const sources = fa.map((i) => a[i]);
      for (const s of sources) tape.track(s);
      const outs = withInterpreter(tape, () => evalGraph(p.branches[k], branchInputs(p, a, k)));
      const g = tape.backward(
        fo.map((i, j) => [outs[i], ct[j]] as const),
        sources,
      );
      return g.map((v, j) => v ?? zerosOf(avalOf(sources[j])));
    };
    const seeds = fo.map((i) => cts[i] ?? zerosOf(outAvals[i]));
    const { outs } = bindCond(`cond_vjp`, inputs[0], [vjpOf(0), vjpOf(1)], [...args, ...seeds]);
    const result: (Tensor | null)[] = inputs.map(() => null);
    fa.forEach((i, j) => (result[1 + i] = outs[j]));
    return result;
  },

  jvp(inputs: readonly Tensor[], tangents: readonly (Tensor | null)[], params: ControlParams) {
    const p = cp(params);
    const args = inputs.slice(1);
    const ta = args.flatMap((a, i) => (tangents[1 + i] && isFloat(a.dtype) ? [i] : []));
    const fo = floatIndices(condRule.infer([], params));
    const jvpOf = (k: 0 | 1) => (all: Tensor[]) => {
      const a = all.slice(0, args.length),
        da = all.slice(args.length);
      const ft = new ForwardTrace();
      ta.forEach((i, j) => ft.setTangent(a[i], da[j]));
      const outs = withInterpreter(ft, () => evalGraph(p.branches[k], branchInputs(p, a, k)));
      return [...outs, ...fo.map((i) => ft.tangentOf(outs[i]) ?? zerosOf(avalOf(outs[i])))];
    };
    const { outs } = bindCond(
      'cond_jvp',
      inputs[0],
      [jvpOf(0), jvpOf(1)],
      [...args, ...ta.map((i) => tangents[1 + i]!)],
    );
    const n = p.branches[0].outputs.length;
    const tOut: (Tensor | null)[] = outs.slice(0, n).map(() => null);
    fo.forEach((i, j) => (tOut[i] = outs[n + j]));
    return { outs: outs.slice(0, n), tangents: tOut };
  },
};

registerControl('cond', condRule);

/** pred as a scalar tensor (a JS boolean or number becomes one). */
function predicate(pred: unknown): Tensor {
  if (typeof pred === 'boolean' || typeof pred === 'number') return asTensor('cond', pred);
  if (!(pred instanceof Tensor))
    throw new Error(`cond: pred must be a scalar tensor or a JS boolean, got ${describeValue(pred)}`);
  if (pred.size !== 1)
    throw new Error(`cond: pred must be a scalar (size-1) tensor, got shape [${pred.shape.join(', ')}]`);
  return pred;
}

/**
 * A branch as one op (Theano's ifelse, JAX's `lax.cond`): `trueFn(...operands)` if `pred` is true
 * (non-zero), else `falseFn(...operands)`. Both branches are traced, so they must return the same
 * tree of shapes and dtypes; only the taken one runs. Differentiable in both modes.
 *
 * @param pred - A scalar tensor (bool or number), or a JS boolean.
 * @param trueFn - The branch taken when `pred` is true.
 * @param falseFn - The branch taken otherwise.
 * @param operands - The branches' arguments: tensors or trees of tensors.
 * @example
 * ```ts
 * const x = tj.tensor([1, -2]);
 * tj.cond(tj.sum(x).greater(0), (v) => v.mul(2), (v) => v.neg(), x);  // [-1, 2]
 * ```
 * @category Control flow
 */
export function cond<A extends unknown[], T>(
  pred: Tensor | boolean | number,
  trueFn: (...operands: A) => T,
  falseFn: (...operands: A) => T,
  ...operands: A
): T {
  for (const [what, fn] of [
    ['trueFn', trueFn],
    ['falseFn', falseFn],
  ] as const)
    if (typeof fn !== 'function') throw new Error(`cond: ${what} must be a function, got ${describeValue(fn)}`);
  const p = predicate(pred);
  const ops = leavesOf('cond', operands);
  const results: { def: TreeDef; avals: Aval[] }[] = [];
  const branch = (fn: (...a: A) => T) => (args: Tensor[]) => {
    const out = leavesOf('cond', fn(...(unflatten(ops.def, args) as A)));
    results.push({ def: out.def, avals: out.leaves.map(avalOf) });
    return out.leaves;
  };
  const { outs } = bindCond('cond', p, [branch(falseFn), branch(trueFn)], ops.leaves, () =>
    checkSameTree(
      'cond',
      { want: 'what trueFn returns', got: 'what falseFn returns', root: 'result' },
      results[1],
      results[0],
    ),
  );
  return unflatten(results[1].def, outs) as T;
}
