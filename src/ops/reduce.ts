// Reductions: sum, mean, prod, max, min, argmax, argmin, logsumexp, variance, std, all, any.

import { keptShape, normalizeAxes, normalizeAxis, sizeOf } from '../../runtime/shape.js';
import { bind } from '../dispatch.js';
import type { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, floatOf, type TensorLike } from './coerce.js';
import { add, div, equal, exp, greater, isfinite, log, logicalNot, sqrt, square, sub, where } from './elementwise.js';
import { reshape } from './shape.js';

export type Axis = number | number[] | undefined;

function reduction(prim: 'reduceSum' | 'reduceProd' | 'reduceMax' | 'reduceMin', op: string, x: Tensor, axis: Axis, keepdims: boolean): Tensor {
  const axes = normalizeAxes(op, axis, x.ndim);
  const r = bind(prim, [x], { axes });
  return keepdims ? reshape(r, keptShape(x.shape, axes)) : r;
}

export function sum(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('sum', x);
  return reduction('reduceSum', 'sum', t.dtype === 'bool' ? asTensorOf(t, 'int32') : t, axis, keepdims);
}

export function prod(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('prod', x);
  return reduction('reduceProd', 'prod', t.dtype === 'bool' ? asTensorOf(t, 'int32') : t, axis, keepdims);
}

export function max(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  return reduction('reduceMax', 'max', asTensor('max', x), axis, keepdims);
}

export function min(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  return reduction('reduceMin', 'min', asTensor('min', x), axis, keepdims);
}

export function mean(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('mean', x);
  const axes = normalizeAxes('mean', axis, t.ndim);
  const f = asTensorOf(t, floatOf(t.dtype));
  return div(sum(f, axes, keepdims), sizeOf(axes.map((a) => t.shape[a])));
}

/** Population variance (ddof 0), computed around the mean for accuracy. */
export function variance(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('variance', x);
  const axes = normalizeAxes('variance', axis, t.ndim);
  const f = asTensorOf(t, floatOf(t.dtype));
  return mean(square(sub(f, mean(f, axes, true))), axes, keepdims);
}

export function std(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('std', x);
  return sqrt(variance(t, normalizeAxes('std', axis, t.ndim), keepdims));
}

/**
 * The pieces of a stable log-sum-exp over `axes` (kept as size 1): the shift (the maximum, or 0
 * where it is infinite) and log(sum(exp(x - shift))). Callers that subtract from x use the
 * pieces separately, which keeps full precision when the result is small next to the shift.
 */
export function shiftedLogSumExp(f: Tensor, axes: number[]): { shift: Tensor; logSum: Tensor } {
  const m = max(f, axes, true);
  const shift = where(isfinite(m), m, 0);
  return { shift, logSum: log(sum(exp(sub(f, shift)), axes, true)) };
}

/** log(sum(exp(x))) shifted by the max, so large inputs stay finite. */
export function logsumexp(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('logsumexp', x);
  const axes = normalizeAxes('logsumexp', axis, t.ndim);
  const { shift, logSum } = shiftedLogSumExp(asTensorOf(t, floatOf(t.dtype)), axes);
  const r = add(logSum, shift);
  return keepdims ? r : reshape(r, t.shape.filter((_, i) => !axes.includes(i)));
}

export function all(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('all', x);
  return equal(sum(logicalNot(t), normalizeAxes('all', axis, t.ndim), keepdims), 0);
}

export function any(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('any', x);
  return greater(sum(asTensorOf(t, 'bool'), normalizeAxes('any', axis, t.ndim), keepdims), 0);
}

function argReduction(prim: 'argmax' | 'argmin', x: TensorLike, axis: number | undefined, keepdims: boolean): Tensor {
  const t = asTensor(prim, x);
  if (axis === undefined || axis === null) {
    const r = bind(prim, [reshape(t, [-1])], { axis: 0 });
    return keepdims ? reshape(r, t.shape.map(() => 1)) : r;
  }
  if (typeof axis !== 'number') throw new Error(`${prim}: axis must be a single number, got ${JSON.stringify(axis)}`);
  const a = normalizeAxis(prim, axis, t.ndim);
  const r = bind(prim, [t], { axis: a });
  return keepdims ? reshape(r, keptShape(t.shape, [a])) : r;
}

export function argmax(x: TensorLike, axis?: number, keepdims = false): Tensor {
  return argReduction('argmax', x, axis, keepdims);
}

export function argmin(x: TensorLike, axis?: number, keepdims = false): Tensor {
  return argReduction('argmin', x, axis, keepdims);
}

