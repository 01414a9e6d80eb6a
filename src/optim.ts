// Training helpers: SGD (with momentum) and Adam. Their state lives in Variables, so a jitted
// training step that calls step() compiles the whole update. A step checks every gradient and
// computes every new value before it assigns any, so a step that throws changes nothing.

import type { DType } from '../runtime/dtype.js';
import { fmtShape } from '../runtime/shape.js';
import { ones, zerosLike } from './creation.js';
import { checkOptions, describeValue } from './errors.js';
import { astype } from './ops/coerce.js';
import { add, div, minimum, mul, sqrt, square, sub } from './ops/elementwise.js';
import { sum } from './ops/reduce.js';
import { flatten, unflatten } from './tree.js';
import { Tensor } from './tensor.js';
import { Variable, variable } from './variable.js';

/**
 * An optimizer made by {@link optim}: `step(grads)` assigns new values to its Variables.
 * @category Training
 */
export interface Optimizer {
  /**
   * Assigns new values to the Variables from gradients given in the same order (same shapes and
   * dtypes, else it throws and nothing changes).
   * @param grads - One gradient per Variable.
   */
  step(grads: readonly Tensor[]): void;
  /** The Variables this optimizer updates, in order. */
  readonly variables: readonly Variable[];
}

function checkVariables(op: string, vars: readonly Variable[]): Variable[] {
  if (!Array.isArray(vars) || vars.length === 0)
    throw new Error(`${op}: expected a non-empty array of Variables, got ${describeValue(vars)}`);
  vars.forEach((v, i) => {
    if (!(v instanceof Variable))
      throw new Error(
        `${op}: expected a non-empty array of Variables, but entry ${i} is ${describeValue(v)}${v instanceof Tensor ? ' (make one with variable(t))' : ''}`,
      );
    if (v.dtype !== 'float32' && v.dtype !== 'float64')
      throw new Error(
        `${op}: Variables must be float32 or float64, got ${v.dtype} (Variable ${i}, shape ${fmtShape(v.shape)})`,
      );
    const j = vars.indexOf(v);
    if (j !== i)
      throw new Error(`${op}: the same Variable (shape ${fmtShape(v.shape)}) is listed twice, at ${j} and ${i}`);
  });
  return vars.slice();
}

function positive(op: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v))
    throw new Error(`${op}: ${name} must be a positive number, got ${describeValue(v)}`);
  return v;
}

/** A decay rate or momentum: a number in [0, 1). */
function fraction(op: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !(v >= 0 && v < 1))
    throw new Error(`${op}: ${name} must be a number in [0, 1), got ${describeValue(v)}`);
  return v;
}

function checkGrads(op: string, vars: readonly Variable[], grads: readonly Tensor[]): void {
  if (!Array.isArray(grads) || grads.length !== vars.length)
    throw new Error(`${op}.step: expected an array of ${vars.length} gradients, got ${describeValue(grads)}`);
  grads.forEach((g, i) => {
    const v = vars[i];
    if (!(g instanceof Tensor))
      throw new Error(
        `${op}.step: gradient ${i} must be a Tensor, got ${describeValue(g)} (its Variable: shape ${fmtShape(v.shape)}, ${v.dtype})`,
      );
    if (g.shape.length !== v.shape.length || g.shape.some((d, j) => d !== v.shape[j])) {
      throw new Error(
        `${op}.step: gradient ${i} (shape ${fmtShape(g.shape)}) does not match its Variable (shape ${fmtShape(v.shape)})`,
      );
    }
    if (g.dtype !== v.dtype) {
      throw new Error(
        `${op}.step: gradient ${i} is ${g.dtype} but its Variable is ${v.dtype} (shape ${fmtShape(v.shape)}); cast it with astype('${v.dtype}')`,
      );
    }
  });
}

/** Assigns computed values; they were all computed first, so nothing is assigned if computing one throws. */
function assignAll(updates: readonly (readonly [Variable, Tensor])[]): void {
  for (const [v, value] of updates) v.assign(value);
}

/**
 * Stochastic gradient descent, with optional momentum: `v = momentum * v + g; w -= lr * v`. Its state
 * lives in Variables, so a jitted training step that calls `step` compiles the whole update.
 *
 * @param variables - The float Variables to train (each once).
 * @param opts - `lr` (the learning rate, required) and `momentum` (in [0, 1), default 0).
 * @returns An {@link Optimizer}; `step(grads)` takes the gradients in the same order as `variables`.
 * @example
 * ```ts
 * const w = tj.variable(tj.zeros([3]));
 * const opt = tj.optim.sgd([w], { lr: 0.1, momentum: 0.9 });
 * const [, grads] = tj.valueAndGrad(() => tj.sum(tj.square(tj.sub(w, 1))), { wrt: [w] })();
 * opt.step(grads);
 * ```
 */
export function sgd(variables: Variable[], opts: { lr: number; momentum?: number }): Optimizer {
  const vars = checkVariables('optim.sgd', variables);
  const o = checkOptions('optim.sgd', opts, ['lr', 'momentum']);
  const lr = positive('optim.sgd', 'lr', o.lr);
  const momentum = fraction('optim.sgd', 'momentum', o.momentum ?? 0);
  const velocity = momentum > 0 ? vars.map((v) => variable(zerosLike(v))) : [];
  return {
    variables: vars,
    step(grads) {
      checkGrads('optim.sgd', vars, grads);
      const updates = vars.flatMap((v, i) => {
        if (momentum === 0) return [[v, sub(v, mul(grads[i], lr))] as const];
        const vel = add(mul(velocity[i], momentum), grads[i]);
        return [[velocity[i], vel] as const, [v, sub(v, mul(vel, lr))] as const];
      });
      assignAll(updates);
    },
  };
}

/**
 * Adam (Kingma and Ba), with bias correction. Its state (moments and step powers) lives in
 * Variables, so a jitted training step that calls `step` compiles the whole update.
 *
 * @param variables - The float Variables to train (each once).
 * @param opts - `lr` (default 1e-3), `beta1` (0.9), `beta2` (0.999), `eps` (1e-8).
 * @returns An {@link Optimizer}; `step(grads)` takes the gradients in the same order as `variables`.
 * @example
 * ```ts
 * const w = tj.variable(tj.zeros([3]));
 * const opt = tj.optim.adam([w], { lr: 0.01 });
 * const [, grads] = tj.valueAndGrad(() => tj.sum(tj.square(tj.sub(w, 1))), { wrt: [w] })();
 * opt.step(grads);
 * ```
 */
export function adam(
  variables: Variable[],
  opts: { lr?: number; beta1?: number; beta2?: number; eps?: number } = {},
): Optimizer {
  const vars = checkVariables('optim.adam', variables);
  const o = checkOptions('optim.adam', opts, ['lr', 'beta1', 'beta2', 'eps']);
  const lr = positive('optim.adam', 'lr', o.lr ?? 1e-3);
  const beta1 = fraction('optim.adam', 'beta1', o.beta1 ?? 0.9);
  const beta2 = fraction('optim.adam', 'beta2', o.beta2 ?? 0.999);
  const eps = positive('optim.adam', 'eps', o.eps ?? 1e-8);
  const m = vars.map((v) => variable(zerosLike(v)));
  const s = vars.map((v) => variable(zerosLike(v)));
  // beta^t for bias correction, kept as Variables so compiled steps advance them too; one pair
  // per dtype, so a list mixing float32 and float64 Variables updates each in its own dtype.
  const powers = new Map<DType, { b1t: Variable; b2t: Variable }>();
  for (const v of vars)
    if (!powers.has(v.dtype))
      powers.set(v.dtype, { b1t: variable(ones([], v.dtype)), b2t: variable(ones([], v.dtype)) });
  return {
    variables: vars,
    step(grads) {
      checkGrads('optim.adam', vars, grads);
      const updates: (readonly [Variable, Tensor])[] = [];
      const lrT = new Map<DType, Tensor>();
      for (const [d, { b1t, b2t }] of powers) {
        const b1 = mul(b1t, beta1),
          b2 = mul(b2t, beta2);
        updates.push([b1t, b1], [b2t, b2]);
        lrT.set(d, mul(div(sqrt(sub(1, b2)), sub(1, b1)), lr));
      }
      vars.forEach((v, i) => {
        const mi = add(mul(m[i], beta1), mul(grads[i], 1 - beta1));
        const si = add(mul(s[i], beta2), mul(square(grads[i]), 1 - beta2));
        updates.push([m[i], mi], [s[i], si], [v, sub(v, div(mul(mi, lrT.get(v.dtype)!), add(sqrt(si), eps)))]);
      });
      assignAll(updates);
    },
  };
}

/**
 * Optimizers: {@link optim.sgd | sgd} and {@link optim.adam | adam}. Each takes an array of
 * Variables and options, and returns an {@link Optimizer} whose `step(grads)` assigns the updated values. A step checks every
 * gradient and computes every new value before it assigns any, so a step that throws changes nothing.
 *
 * @namespace
 * @example
 * ```ts
 * const opt = tj.optim.adam([w, b], { lr: 1e-3 });
 * const [loss, grads] = tj.valueAndGrad(lossFn, { wrt: [w, b] })();
 * opt.step(grads);
 * ```
 * @category Training
 */
export const optim = { sgd, adam };

/**
 * The gradients scaled so that their global L2 norm (over every leaf of the tree together) is at
 * most `maxNorm`, as PyTorch's `clip_grad_norm_`: unchanged when the norm is already below it,
 * else each multiplied by maxNorm / (norm + 1e-6). Written with tensor ops, so it compiles inside
 * a jitted training step.
 *
 * @param grads - A gradient or a tree (array, object) of gradients.
 * @param maxNorm - The largest global norm, a positive number.
 * @returns The same tree of scaled gradients.
 * @example
 * ```ts
 * const [g] = tj.clipGradNorm([tj.tensor([3, 4])], 1);  // [0.6, 0.8]: norm 5 scaled to 1
 * ```
 * @category Training
 */
export function clipGradNorm<T>(grads: T, maxNorm: number): T {
  if (typeof maxNorm !== 'number' || !(maxNorm > 0) || !Number.isFinite(maxNorm))
    throw new Error(`clipGradNorm: maxNorm must be a positive finite number, got ${describeValue(maxNorm)}`);
  const { leaves, def } = flatten(grads);
  if (leaves.length === 0) throw new Error('clipGradNorm: grads holds no tensors');
  const bad = leaves.find((g) => g.dtype !== 'float32' && g.dtype !== 'float64');
  if (bad) throw new Error(`clipGradNorm: gradients must be float32 or float64, got a ${bad.dtype} tensor`);
  const squares = leaves.map((g) => sum(square(astype(g, 'float64'))));
  const norm = sqrt(squares.reduce((a, b) => add(a, b)));
  const scale = minimum(div(maxNorm, add(norm, 1e-6)), 1);
  return unflatten(
    def,
    leaves.map((g) => mul(g, astype(scale, g.dtype))),
  ) as T;
}
