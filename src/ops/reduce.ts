// Reductions: sum, mean, prod, max, min, argmax, argmin, logsumexp, variance, std, all, any.

import { normalizeAxes, normalizeAxis, sizeOf } from '../../runtime/shape.js';
import { bind } from '../dispatch.js';
import type { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, floatOf, type TensorLike } from './coerce.js';
import { add, div, equal, exp, greater, isfinite, log, logicalNot, sqrt, square, sub, where } from './elementwise.js';
import { reshape } from './shape.js';

export type Axis = number | number[] | undefined;

/** The shape a reduction keeps when keepdims is set: reduced axes become 1. */
function keptShape(shape: readonly number[], axes: readonly number[]): number[] {
  return shape.map((d, i) => (axes.includes(i) ? 1 : d));
}

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

function count(t: Tensor, axis: Axis, op: string): number {
  return sizeOf(normalizeAxes(op, axis, t.ndim).map((a) => t.shape[a]));
}

export function mean(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('mean', x);
  const f = asTensorOf(t, floatOf(t.dtype));
  return div(sum(f, axis, keepdims), count(t, axis, 'mean'));
}

/** Population variance (ddof 0), computed around the mean for accuracy. */
export function variance(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('variance', x);
  const f = asTensorOf(t, floatOf(t.dtype));
  return mean(square(sub(f, mean(f, axis, true))), axis, keepdims);
}

export function std(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  return sqrt(variance(x, axis, keepdims));
}

/** log(sum(exp(x))) shifted by the max, so large inputs stay finite; infinite maxima are not shifted. */
export function logsumexp(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  const t = asTensor('logsumexp', x);
  const f = asTensorOf(t, floatOf(t.dtype));
  const m = max(f, axis, true);
  const shift = where(isfinite(m), m, 0);
  const r = add(log(sum(exp(sub(f, shift)), axis, true)), shift);
  return keepdims ? r : reshape(r, f.shape.filter((_, i) => !normalizeAxes('logsumexp', axis, f.ndim).includes(i)));
}

export function all(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  return equal(sum(logicalNot(x), axis, keepdims), 0);
}

export function any(x: TensorLike, axis?: Axis, keepdims = false): Tensor {
  return greater(sum(asTensorOf(asTensor('any', x), 'bool'), axis, keepdims), 0);
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

