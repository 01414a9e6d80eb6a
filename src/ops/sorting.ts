// Scans and sorting along one axis: cumsum, cumprod, sort, argsort and topk. Sorted values are x
// gathered at the argsort's indices (a flat take), so gradients flow to x through take's rule.

import { fmtShape } from '../../runtime/shape.js';
import { arange } from '../creation.js';
import { bind } from '../dispatch.js';
import { describeValue } from '../errors.js';
import type { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, type TensorLike } from './coerce.js';
import { add, mul } from './elementwise.js';
import { reshape, slice, take } from './shape.js';

/** axis in [-ndim, ndim) as a non-negative axis; the error names the axis and the shape. */
function axisOf(op: string, x: Tensor, axis: number): number {
  const nd = x.ndim;
  if (typeof axis !== 'number' || !Number.isInteger(axis))
    throw new Error(`${op}: axis must be an integer, got ${describeValue(axis)}`);
  if (axis < -nd || axis >= nd)
    throw new Error(
      `${op}: axis ${axis} is out of bounds for shape ${fmtShape(x.shape)} (valid: ${nd === 0 ? 'none, x is 0-d' : `${-nd}..${nd - 1}`})`,
    );
  return axis < 0 ? axis + nd : axis;
}

/** bool counts as int32, as NumPy's cumsum and cumprod do. */
function numeric(op: string, x: TensorLike): Tensor {
  const t = asTensor(op, x);
  return t.dtype === 'bool' ? asTensorOf(t, 'int32') : t;
}

/**
 * The running sum along an axis (NumPy's `cumsum`): element i is the sum of elements 0..i.
 * float32 accumulates in float64 as {@link sum} does; int32 wraps; bool counts as int32.
 *
 * @param x - The tensor.
 * @param axis - The axis to run along (default -1, the last).
 * @example
 * ```ts
 * tj.cumsum(tj.tensor([1, 2, 3, 4])); // [1, 3, 6, 10]
 * tj.cumsum(tj.tensor([[1, 2], [3, 4]]), 0); // [[1, 2], [4, 6]]
 * ```
 * @category Reductions
 */
export function cumsum(x: TensorLike, axis = -1): Tensor {
  const t = numeric('cumsum', x);
  return bind('cumsum', [t], { axis: axisOf('cumsum', t, axis) });
}

/**
 * The running product along an axis (NumPy's `cumprod`): element i is the product of elements
 * 0..i. Its gradient is exact where x has zeros.
 *
 * @param x - The tensor.
 * @param axis - The axis to run along (default -1, the last).
 * @example
 * ```ts
 * tj.cumprod(tj.tensor([1, 2, 3, 4])); // [1, 2, 6, 24]
 * ```
 * @category Reductions
 */
export function cumprod(x: TensorLike, axis = -1): Tensor {
  const t = numeric('cumprod', x);
  return bind('cumprod', [t], { axis: axisOf('cumprod', t, axis) });
}

/**
 * The indices that sort x along an axis (int32), stably: equal values keep their order, also
 * when descending. NaN sorts last ascending, as in NumPy; descending is that order reversed
 * with ties still in index order, so NaN comes first (as JAX's `descending=True`).
 *
 * @param x - The tensor.
 * @param axis - The axis to sort along (default -1, the last).
 * @param descending - Largest first (default false).
 * @example
 * ```ts
 * tj.argsort(tj.tensor([3, 1, 2, 1])); // [1, 3, 2, 0]
 * tj.argsort(tj.tensor([3, 1, 2, 1]), -1, true); // [0, 2, 1, 3]
 * ```
 * @category Sorting
 */
export function argsort(x: TensorLike, axis = -1, descending = false): Tensor {
  const t = asTensor('argsort', x);
  if (typeof descending !== 'boolean')
    throw new Error(`argsort: descending must be a boolean, got ${describeValue(descending)}`);
  return bind('argsort', [t], { axis: axisOf('argsort', t, axis), descending });
}

/** x gathered along `axis` at `idx` (of x's shape but for that axis), as one flat take. */
function takeAlong(x: Tensor, idx: Tensor, axis: number): Tensor {
  const outer = x.shape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = x.shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const len = x.shape[axis],
    n = idx.shape[axis];
  // Flat position of (o, j, i): o*len*inner + idx*inner + i.
  const base = add(
    reshape(mul(arange(outer, undefined, 1, 'int32'), len * inner), [outer, 1, 1]),
    reshape(arange(inner, undefined, 1, 'int32'), [1, 1, inner]),
  );
  const flat = add(mul(reshape(idx, [outer, n, inner]), inner), base);
  return reshape(take(reshape(x, [-1]), flat), idx.shape);
}

/**
 * x sorted along an axis (stably; NaN last ascending, first descending, as {@link argsort}).
 * Gradients flow to x: each sorted element's cotangent goes back to where it came from.
 *
 * @param x - The tensor.
 * @param axis - The axis to sort along (default -1, the last).
 * @param descending - Largest first (default false).
 * @example
 * ```ts
 * tj.sort(tj.tensor([3, 1, 2])); // [1, 2, 3]
 * tj.sort(tj.tensor([[3, 1], [0, 2]]), 0, true); // [[3, 2], [0, 1]]
 * ```
 * @category Sorting
 */
export function sort(x: TensorLike, axis = -1, descending = false): Tensor {
  const t = asTensor('sort', x);
  const ax = axisOf('sort', t, axis);
  if (typeof descending !== 'boolean')
    throw new Error(`sort: descending must be a boolean, got ${describeValue(descending)}`);
  return takeAlong(t, bind('argsort', [t], { axis: ax, descending }), ax);
}

/**
 * The k largest elements along an axis, largest first, and their int32 indices; equal values
 * come in index order (lower index first), and NaN counts as the largest. Gradients flow to x
 * through the values.
 *
 * @param x - The tensor.
 * @param k - How many (an integer from 0 to the axis' length).
 * @param axis - The axis (default -1, the last).
 * @returns `[values, indices]`, each x's shape with the axis' length k.
 * @example
 * ```ts
 * const [values, indices] = tj.topk(tj.tensor([1, 5, 3, 5]), 2);
 * values;  // [5, 5]
 * indices; // [1, 3]
 * ```
 * @category Sorting
 */
export function topk(x: TensorLike, k: number, axis = -1): [Tensor, Tensor] {
  const t = asTensor('topk', x);
  const ax = axisOf('topk', t, axis);
  const len = t.shape[ax];
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k > len)
    throw new Error(
      `topk: k must be an integer from 0 to ${len} (the length of axis ${ax} of shape ${fmtShape(t.shape)}), got ${describeValue(k)}`,
    );
  const order = bind('argsort', [t], { axis: ax, descending: true });
  const indices = slice(
    order,
    t.shape.map(() => 0),
    t.shape.map((d, i) => (i === ax ? k : d)),
  );
  return [takeAlong(t, indices, ax), indices];
}
