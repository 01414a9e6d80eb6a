// Reductions: sum, mean, prod, max, min, argmax, argmin, logsumexp, variance, std, all, any.

import { keptShape, normalizeAxes, normalizeAxis, sizeOf } from '../../runtime/shape.js';
import { bind } from '../dispatch.js';
import type { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, floatOf, type TensorLike } from './coerce.js';
import { add, div, equal, exp, greater, isfinite, log, logicalNot, sqrt, square, sub, where } from './elementwise.js';
import { reshape } from './shape.js';

/**
 * Axes for a reduction: one axis, a list of axes, or undefined for all of them. Negative axes count from the end.
 * @category Types
 */
export type Axis = number | number[] | undefined;

function reduction(
  prim: 'reduceSum' | 'reduceProd' | 'reduceMax' | 'reduceMin',
  op: string,
  x: Tensor,
  axis: Axis,
  keepdims: boolean,
): Tensor {
  const axes = normalizeAxes(op, axis, x.ndim);
  const r = bind(prim, [x], { axes });
  return keepdims ? reshape(r, keptShape(x.shape, axes)) : r;
}

/**
 * The sum over the given axes. Bool input is summed as int32.
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * const x = tj.tensor([[1, 2], [3, 4]]);
 * tj.sum(x);          // 10 (a 0-d tensor)
 * tj.sum(x, 0);       // [4, 6]
 * tj.sum(x, 1, true); // [[3], [7]]
 * ```
 * @category Reductions
 */
export function sum(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('sum', x);
  return reduction('reduceSum', 'sum', t.dtype === 'bool' ? asTensorOf(t, 'int32') : t, axis, keepdims);
}

/**
 * The product over the given axes. Bool input is multiplied as int32.
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.prod(tj.tensor([[1, 2], [3, 4]]), 1); // [2, 12]
 * ```
 * @category Reductions
 */
export function prod(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('prod', x);
  return reduction('reduceProd', 'prod', t.dtype === 'bool' ? asTensorOf(t, 'int32') : t, axis, keepdims);
}

/**
 * The maximum over the given axes (NaN propagates).
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.max(tj.tensor([[1, 5], [3, 4]]), 0); // [3, 5]
 * ```
 * @category Reductions
 */
export function max(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  return reduction('reduceMax', 'max', asTensor('max', x), axis, keepdims);
}

/**
 * The minimum over the given axes (NaN propagates).
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.min(tj.tensor([[1, 5], [3, 4]]), 1); // [1, 3]
 * ```
 * @category Reductions
 */
export function min(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  return reduction('reduceMin', 'min', asTensor('min', x), axis, keepdims);
}

/**
 * The arithmetic mean over the given axes; integer and bool inputs give float32.
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.mean(tj.tensor([[1, 2], [3, 4]]), 0); // [2, 3]
 * ```
 * @category Reductions
 */
export function mean(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('mean', x);
  const axes = normalizeAxes('mean', axis, t.ndim);
  const f = asTensorOf(t, floatOf(t.dtype));
  return div(sum(f, axes, keepdims), sizeOf(axes.map((a) => t.shape[a])));
}

/**
 * The population variance (ddof 0) over the given axes, computed around the mean; integer and bool inputs give float32.
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.variance(tj.tensor([1, 2, 3, 4])); // 1.25
 * ```
 * @category Reductions
 */
export function variance(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('variance', x);
  const axes = normalizeAxes('variance', axis, t.ndim);
  const f = asTensorOf(t, floatOf(t.dtype));
  return mean(square(sub(f, mean(f, axes, true))), axes, keepdims);
}

/**
 * The population standard deviation (ddof 0), sqrt(variance(x)), over the given axes.
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.std(tj.tensor([1, 2, 3, 4])); // 1.118034
 * ```
 * @category Reductions
 */
export function std(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('std', x);
  return sqrt(variance(t, normalizeAxes('std', axis, t.ndim), keepdims));
}

/**
 * @internal The pieces of a stable log-sum-exp over `axes` (kept as size 1): the shift (the maximum, or 0
 * where it is infinite) and log(sum(exp(x - shift))). Callers that subtract from x use the
 * pieces separately, which keeps full precision when the result is small next to the shift.
 */
export function shiftedLogSumExp(f: Tensor, axes: number[]): { shift: Tensor; logSum: Tensor } {
  const m = max(f, axes, true);
  const shift = where(isfinite(m), m, 0);
  return { shift, logSum: log(sum(exp(sub(f, shift)), axes, true)) };
}

/**
 * log(sum(exp(x))) over the given axes, shifted by the maximum so that large inputs stay finite; integer and bool inputs give float32.
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.logsumexp(tj.tensor([1000, 1000])); // 1000.6931
 * ```
 * @category Reductions
 */
export function logsumexp(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('logsumexp', x);
  const axes = normalizeAxes('logsumexp', axis, t.ndim);
  const { shift, logSum } = shiftedLogSumExp(asTensorOf(t, floatOf(t.dtype)), axes);
  const r = add(logSum, shift);
  return keepdims
    ? r
    : reshape(
        r,
        t.shape.filter((_, i) => !axes.includes(i)),
      );
}

/**
 * Whether every element is true (non-zero) over the given axes: a bool tensor.
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.all(tj.tensor([[true, false], [true, true]]), 1); // [false, true]
 * ```
 * @category Reductions
 */
export function all(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('all', x);
  return equal(sum(logicalNot(t), normalizeAxes('all', axis, t.ndim), keepdims), 0);
}

/**
 * Whether any element is true (non-zero) over the given axes: a bool tensor.
 *
 * @param x - The tensor to reduce.
 * @param axis - An axis, a list of axes, or undefined for all axes; negative axes count from the end.
 * @param keepdims - Keep the reduced axes with size 1 (default false).
 * @example
 * ```ts
 * tj.any(tj.tensor([[true, false], [false, false]]), 1); // [true, false]
 * ```
 * @category Reductions
 */
export function any(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('any', x);
  return greater(sum(asTensorOf(t, 'bool'), normalizeAxes('any', axis, t.ndim), keepdims), 0);
}

function argReduction(prim: 'argmax' | 'argmin', x: TensorLike, axis: number | undefined, keepdims: boolean): Tensor {
  const t = asTensor(prim, x);
  if (axis === undefined || axis === null) {
    const r = bind(prim, [reshape(t, [-1])], { axis: 0 });
    return keepdims
      ? reshape(
          r,
          t.shape.map(() => 1),
        )
      : r;
  }
  if (typeof axis !== 'number') throw new Error(`${prim}: axis must be a single number, got ${JSON.stringify(axis)}`);
  const a = normalizeAxis(prim, axis, t.ndim);
  const r = bind(prim, [t], { axis: a });
  return keepdims ? reshape(r, keptShape(t.shape, [a])) : r;
}

/**
 * The index of the largest element along one axis (the first one on ties), as int32. Without an axis, the index into the flattened tensor.
 *
 * @param x - The tensor to search.
 * @param axis - A single axis (negative counts from the end), or undefined for the flattened tensor.
 * @param keepdims - Keep the reduced axis with size 1 (default false).
 * @example
 * ```ts
 * tj.argmax(tj.tensor([[1, 9], [7, 3]]), 1); // [1, 0] int32
 * tj.argmax(tj.tensor([[1, 9], [7, 3]]));    // 1
 * ```
 * @category Reductions
 */
export function argmax(x: TensorLike, axis?: number, keepdims = false): Tensor {
  return argReduction('argmax', x, axis, keepdims);
}

/**
 * The index of the smallest element along one axis (the first one on ties), as int32. Without an axis, the index into the flattened tensor.
 *
 * @param x - The tensor to search.
 * @param axis - A single axis (negative counts from the end), or undefined for the flattened tensor.
 * @param keepdims - Keep the reduced axis with size 1 (default false).
 * @example
 * ```ts
 * tj.argmin(tj.tensor([[1, 9], [7, 3]]), 1); // [0, 1] int32
 * tj.argmin(tj.tensor([[1, 9], [7, 3]]));    // 0
 * ```
 * @category Reductions
 */
export function argmin(x: TensorLike, axis?: number, keepdims = false): Tensor {
  return argReduction('argmin', x, axis, keepdims);
}
