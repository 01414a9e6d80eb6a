// Training helpers: SGD (with momentum), Adam, AdamW and RMSprop, with learning rates that may be
// schedules (src/schedules.ts), and gradient clipping. Their state lives in Variables, so a jitted
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
import { learningRate, positive, schedules, type Schedule } from './schedules.js';
import { gradientSync, type AllReduceOption } from './grad-sync.js';

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

/** The step's learning rate in a Variable's dtype (a number stays a weakly typed number). */
const rateIn = (lr: Tensor | number, dtype: DType): Tensor | number =>
  typeof lr === 'number' ? lr : astype(lr, dtype);

/** Assigns computed values; they were all computed first, so nothing is assigned if computing one throws. */
function assignAll(updates: readonly (readonly [Variable, Tensor])[]): void {
  for (const [v, value] of updates) v.assign(value);
}

/**
 * Stochastic gradient descent, with optional momentum: `v = momentum * v + g; w -= lr * v`. Its state
 * lives in Variables, so a jitted training step that calls `step` compiles the whole update.
 *
 * @param variables - The float Variables to train (each once).
 * @param opts - `lr` (the learning rate, required), `momentum` (in [0, 1), default 0) and `allReduce`
 *   (true: gradients averaged across `tj.distributed`'s processes before each update, in buckets of
 *   about 25 MB, one collective each, or `{ bucketMB }`; the Variables are broadcast from rank 0
 *   when the optimizer is made, so every process starts equal).
 * @returns An {@link Optimizer}; `step(grads)` takes the gradients in the same order as `variables`.
 * @example
 * ```ts
 * const w = tj.variable(tj.zeros([3]));
 * const opt = tj.optim.sgd([w], { lr: 0.1, momentum: 0.9 });
 * const [, grads] = tj.valueAndGrad(() => tj.sum(tj.square(tj.sub(w, 1))), { wrt: [w] })();
 * opt.step(grads);
 * ```
 */
export function sgd(
  variables: Variable[],
  opts: { lr: number | Schedule; momentum?: number; allReduce?: AllReduceOption },
): Optimizer {
  const vars = checkVariables('optim.sgd', variables);
  const o = checkOptions('optim.sgd', opts, ['lr', 'momentum', 'allReduce']);
  const rate = learningRate('optim.sgd', o.lr);
  const momentum = fraction('optim.sgd', 'momentum', o.momentum ?? 0);
  const velocity = momentum > 0 ? vars.map((v) => variable(zerosLike(v))) : [];
  const sync = gradientSync('optim.sgd', vars, o.allReduce);
  return {
    variables: vars,
    step(grads) {
      checkGrads('optim.sgd', vars, grads);
      if (sync) grads = sync(grads);
      const { lr, updates } = rate.next();
      vars.forEach((v, i) => {
        const r = rateIn(lr, v.dtype);
        if (momentum === 0) return updates.push([v, sub(v, mul(grads[i], r))]);
        const vel = add(mul(velocity[i], momentum), grads[i]);
        updates.push([velocity[i], vel], [v, sub(v, mul(vel, r))]);
      });
      assignAll(updates);
    },
  };
}

/** Adam's update, and AdamW's with `weightDecay` (decoupled: w -= lr·wd·w beside the Adam step). */
function adamFamily(
  op: string,
  variables: Variable[],
  o: { lr?: number | Schedule; beta1?: number; beta2?: number; eps?: number; allReduce?: AllReduceOption },
  weightDecay: number,
): Optimizer {
  const vars = checkVariables(op, variables);
  const rate = learningRate(op, o.lr ?? 1e-3);
  const beta1 = fraction(op, 'beta1', o.beta1 ?? 0.9);
  const beta2 = fraction(op, 'beta2', o.beta2 ?? 0.999);
  const eps = positive(op, 'eps', o.eps ?? 1e-8);
  const m = vars.map((v) => variable(zerosLike(v)));
  const s = vars.map((v) => variable(zerosLike(v)));
  // beta^t for bias correction, kept as Variables so compiled steps advance them too; one pair
  // per dtype, so a list mixing float32 and float64 Variables updates each in its own dtype.
  const powers = new Map<DType, { b1t: Variable; b2t: Variable }>();
  for (const v of vars)
    if (!powers.has(v.dtype))
      powers.set(v.dtype, { b1t: variable(ones([], v.dtype)), b2t: variable(ones([], v.dtype)) });
  const sync = gradientSync(op, vars, o.allReduce);
  return {
    variables: vars,
    step(grads) {
      checkGrads(op, vars, grads);
      if (sync) grads = sync(grads);
      const { lr, updates } = rate.next();
      const lrT = new Map<DType, Tensor>();
      for (const [d, { b1t, b2t }] of powers) {
        const b1 = mul(b1t, beta1),
          b2 = mul(b2t, beta2);
        updates.push([b1t, b1], [b2t, b2]);
        lrT.set(d, mul(div(sqrt(sub(1, b2)), sub(1, b1)), rateIn(lr, d)));
      }
      vars.forEach((v, i) => {
        const mi = add(mul(m[i], beta1), mul(grads[i], 1 - beta1));
        const si = add(mul(s[i], beta2), mul(square(grads[i]), 1 - beta2));
        let w = sub(v, div(mul(mi, lrT.get(v.dtype)!), add(sqrt(si), eps)));
        if (weightDecay > 0) w = sub(w, mul(v, mul(rateIn(lr, v.dtype), weightDecay)));
        updates.push([m[i], mi], [s[i], si], [v, w]);
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
 * @param opts - `lr` (default 1e-3; a number or a {@link Schedule}), `beta1` (0.9), `beta2` (0.999), `eps` (1e-8), `allReduce` (as sgd's).
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
  opts: { lr?: number | Schedule; beta1?: number; beta2?: number; eps?: number; allReduce?: AllReduceOption } = {},
): Optimizer {
  return adamFamily(
    'optim.adam',
    variables,
    checkOptions('optim.adam', opts, ['lr', 'beta1', 'beta2', 'eps', 'allReduce']),
    0,
  );
}

/**
 * AdamW (Loshchilov and Hutter): Adam with decoupled weight decay, w -= lr·weightDecay·w beside
 * the Adam step, as PyTorch's `AdamW`.
 *
 * @param variables - The float Variables to train (each once).
 * @param opts - `lr` (default 1e-3; a number or a {@link Schedule}), `beta1` (0.9), `beta2` (0.999), `eps` (1e-8), `weightDecay` (0.01), `allReduce` (as sgd's).
 * @returns An {@link Optimizer}.
 * @example
 * ```ts
 * const opt = tj.optim.adamw([w], { lr: 1e-3, weightDecay: 0.05 });
 * ```
 */
export function adamw(
  variables: Variable[],
  opts: {
    lr?: number | Schedule;
    beta1?: number;
    beta2?: number;
    eps?: number;
    weightDecay?: number;
    allReduce?: AllReduceOption;
  } = {},
): Optimizer {
  const o = checkOptions('optim.adamw', opts, ['lr', 'beta1', 'beta2', 'eps', 'weightDecay', 'allReduce']);
  const wd = o.weightDecay ?? 0.01;
  if (typeof wd !== 'number' || !(wd >= 0) || !Number.isFinite(wd))
    throw new Error(`optim.adamw: weightDecay must be a non-negative number, got ${describeValue(wd)}`);
  return adamFamily('optim.adamw', variables, o, wd);
}

/**
 * RMSprop (Hinton), as PyTorch's: s = decay·s + (1 - decay)·g²; then w -= lr·g / (√s + eps), or
 * with momentum, b = momentum·b + g / (√s + eps); w -= lr·b.
 *
 * @param variables - The float Variables to train (each once).
 * @param opts - `lr` (default 1e-2; a number or a {@link Schedule}), `decay` (0.99), `eps` (1e-8), `momentum` (0), `allReduce` (as sgd's).
 * @returns An {@link Optimizer}.
 * @example
 * ```ts
 * const opt = tj.optim.rmsprop([w], { lr: 1e-3, momentum: 0.9 });
 * ```
 */
export function rmsprop(
  variables: Variable[],
  opts: { lr?: number | Schedule; decay?: number; eps?: number; momentum?: number; allReduce?: AllReduceOption } = {},
): Optimizer {
  const vars = checkVariables('optim.rmsprop', variables);
  const o = checkOptions('optim.rmsprop', opts, ['lr', 'decay', 'eps', 'momentum', 'allReduce']);
  const rate = learningRate('optim.rmsprop', o.lr ?? 1e-2);
  const decay = fraction('optim.rmsprop', 'decay', o.decay ?? 0.99);
  const eps = positive('optim.rmsprop', 'eps', o.eps ?? 1e-8);
  const momentum = fraction('optim.rmsprop', 'momentum', o.momentum ?? 0);
  const s = vars.map((v) => variable(zerosLike(v)));
  const buf = momentum > 0 ? vars.map((v) => variable(zerosLike(v))) : [];
  const sync = gradientSync('optim.rmsprop', vars, o.allReduce);
  return {
    variables: vars,
    step(grads) {
      checkGrads('optim.rmsprop', vars, grads);
      if (sync) grads = sync(grads);
      const { lr, updates } = rate.next();
      vars.forEach((v, i) => {
        const si = add(mul(s[i], decay), mul(square(grads[i]), 1 - decay));
        const d = div(grads[i], add(sqrt(si), eps));
        updates.push([s[i], si]);
        const r = rateIn(lr, v.dtype);
        if (momentum === 0) return updates.push([v, sub(v, mul(d, r))]);
        const b = add(mul(buf[i], momentum), d);
        updates.push([buf[i], b], [v, sub(v, mul(b, r))]);
      });
      assignAll(updates);
    },
  };
}

/**
 * Optimizers: {@link optim.sgd | sgd}, {@link optim.adam | adam}, {@link optim.adamw | adamw} and
 * {@link optim.rmsprop | rmsprop}, and the learning-rate {@link optim.schedules | schedules}. Each takes an array of
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
export const optim = { sgd, adam, adamw, rmsprop, schedules };

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
