// Learning-rate schedules: functions of the optimizer's step count (an int32 scalar tensor)
// written with tensor ops, so a jitted training step compiles the schedule with the update; and
// the one place an optimizer turns its `lr` option (a number or a schedule) into this step's rate.

import { tensor } from './creation.js';
import { checkOptions, describeValue } from './errors.js';
import { astype } from './ops/coerce.js';
import { add, cos, div, floor, less, maximum, minimum, mul, pow, sub, where } from './ops/elementwise.js';
import { reshape } from './ops/shape.js';
import { Tensor } from './tensor.js';
import { variable, type Variable } from './variable.js';

/**
 * A learning-rate schedule: the rate for a step, from the number of steps taken before it (an
 * int32 scalar tensor, 0 at the first step), written with tensor ops.
 * @category Training
 */
export type Schedule = (step: Tensor) => Tensor | number;

/** A positive finite number option, or a clear error naming it. */
export function positive(op: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v))
    throw new Error(`${op}: ${name} must be a positive number, got ${describeValue(v)}`);
  return v;
}

function count(op: string, name: string, v: unknown, min: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
    throw new Error(`${op}: ${name} must be an integer of at least ${min}, got ${describeValue(v)}`);
  return v;
}

/**
 * Cosine decay from `lr` to 0 over `steps` steps, after a linear warm-up over the first `warmup`
 * steps (rate lr·(t+1)/warmup at step t, so the first step is not lost); lr·(1 + cos(π·p))/2 with
 * p = (t - warmup)/(steps - warmup), clamped to [0, 1], after it.
 *
 * @param opts - `lr` (the peak rate), `steps` (when it reaches 0), `warmup` (default 0).
 * @example
 * ```ts
 * const opt = tj.optim.adamw([w], { lr: tj.optim.schedules.cosine({ lr: 1e-3, steps: 1000, warmup: 50 }) });
 * ```
 */
export function cosine(opts: { lr: number; steps: number; warmup?: number }): Schedule {
  const o = checkOptions('optim.schedules.cosine', opts, ['lr', 'steps', 'warmup']);
  const lr = positive('optim.schedules.cosine', 'lr', o.lr);
  const steps = count('optim.schedules.cosine', 'steps', o.steps, 1);
  const warmup = count('optim.schedules.cosine', 'warmup', o.warmup ?? 0, 0);
  if (warmup >= steps) throw new Error(`optim.schedules.cosine: warmup (${warmup}) must be below steps (${steps})`);
  return (step) => {
    const t = astype(step, 'float32');
    const p = minimum(maximum(div(sub(t, warmup), steps - warmup), 0), 1);
    const decayed = mul(add(cos(mul(p, Math.PI)), 1), lr / 2);
    return warmup === 0 ? decayed : where(less(t, warmup), mul(add(t, 1), lr / warmup), decayed);
  };
}

/**
 * Exponential decay in stairs: lr·rate^floor(t / every) at step t.
 *
 * @param opts - `lr` (the first rate), `rate` (the factor, in (0, 1]), `every` (steps per stair).
 * @example
 * ```ts
 * const opt = tj.optim.sgd([w], { lr: tj.optim.schedules.exponential({ lr: 0.1, rate: 0.5, every: 100 }) });
 * ```
 */
export function exponential(opts: { lr: number; rate: number; every: number }): Schedule {
  const o = checkOptions('optim.schedules.exponential', opts, ['lr', 'rate', 'every']);
  const lr = positive('optim.schedules.exponential', 'lr', o.lr);
  const rate = positive('optim.schedules.exponential', 'rate', o.rate);
  if (rate > 1) throw new Error(`optim.schedules.exponential: rate must be in (0, 1], got ${rate}`);
  const every = count('optim.schedules.exponential', 'every', o.every, 1);
  return (step) => mul(pow(rate, floor(div(astype(step, 'float32'), every))), lr);
}

/** The schedules of {@link optim}: `cosine` (with warm-up) and `exponential`. */
export const schedules = { cosine, exponential };

/**
 * An optimizer's learning rate: a number as it is, or a schedule evaluated at the optimizer's
 * step count, a Variable it advances by one with each step (so compiled steps advance it too).
 */
export interface LearningRate {
  /** This step's rate, and the counter's update to assign with the step's other updates. */
  next(): { lr: Tensor | number; updates: (readonly [Variable, Tensor])[] };
}

export function learningRate(op: string, lr: unknown): LearningRate {
  if (typeof lr !== 'function') {
    const v = positive(op, 'lr', lr);
    return { next: () => ({ lr: v, updates: [] }) };
  }
  const schedule = lr as Schedule;
  const steps = variable(tensor(0, { dtype: 'int32' }));
  return {
    next() {
      const r = schedule(steps);
      if (!(r instanceof Tensor) && typeof r !== 'number')
        throw new Error(`${op}: the lr schedule must return a number or a scalar tensor, got ${describeValue(r)}`);
      if (r instanceof Tensor && r.size !== 1)
        throw new Error(`${op}: the lr schedule must return a scalar tensor, got shape [${r.shape.join(', ')}]`);
      return { lr: r instanceof Tensor ? reshape(r, []) : r, updates: [[steps, add(steps, 1)] as const] };
    },
  };
}
