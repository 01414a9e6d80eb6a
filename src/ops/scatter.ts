// Functional updates at indices along one axis, as JAX's x.at[idx].set(u) / .add(u): scatter and
// scatterAdd. x is never modified; indices out of range throw, eagerly and compiled.

import { fmtShape } from '../../runtime/shape.js';
import { bind } from '../dispatch.js';
import { describeValue } from '../errors.js';
import type { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, indexTensor, type TensorLike } from './coerce.js';
import { broadcastTo } from './shape.js';

function scatterArgs(
  op: 'scatter' | 'scatterAdd',
  x: TensorLike,
  indices: TensorLike,
  updates: TensorLike,
  axis: number,
): [Tensor, Tensor, Tensor, number] {
  const t = asTensor(op, x);
  const idx = indexTensor(op, indices);
  const nd = t.ndim;
  if (typeof axis !== 'number' || !Number.isInteger(axis))
    throw new Error(`${op}: axis must be an integer, got ${describeValue(axis)}`);
  if (axis < -nd || axis >= nd)
    throw new Error(
      `${op}: axis ${axis} is out of bounds for x of shape ${fmtShape(t.shape)} (valid: ${nd === 0 ? 'none, x is 0-d' : `${-nd}..${nd - 1}`})`,
    );
  const ax = axis < 0 ? axis + nd : axis;
  const want = [...t.shape.slice(0, ax), ...idx.shape, ...t.shape.slice(ax + 1)];
  const u = asTensorOf(updates, t.dtype, op);
  const fits = u.ndim <= want.length && u.shape.every((d, i) => d === 1 || d === want[want.length - u.ndim + i]);
  if (!fits)
    throw new Error(
      `${op}: updates of shape ${fmtShape(u.shape)} do not broadcast to ${fmtShape(want)} (x's shape ${fmtShape(t.shape)} with axis ${ax} replaced by the indices' shape ${fmtShape(idx.shape)})`,
    );
  return [t, idx, broadcastTo(u, want), ax];
}

/**
 * x with the slices along `axis` at `indices` replaced by `updates` (JAX's `x.at[idx].set(u)`
 * along one axis); x itself is unchanged. With repeated indices the last of their updates wins
 * (and only it receives a gradient). Negative indices count from the end, as in {@link take};
 * indices out of range throw, eagerly and compiled.
 *
 * @param x - The tensor to update.
 * @param indices - int32 indices into the axis (a tensor, an integer or an array of integers).
 * @param updates - x's shape with the axis replaced by the indices' shape (or broadcasting to it); cast to x's dtype.
 * @param axis - The axis the indices select along (default 0).
 * @example
 * ```ts
 * tj.scatter(tj.zeros([4]), [1, 3], tj.tensor([5, 6])); // [0, 5, 0, 6]
 * tj.scatter(tj.ones([2, 3]), [0], 0, 1); // [[0, 1, 1], [0, 1, 1]]
 * ```
 * @category Shape
 */
export function scatter(x: TensorLike, indices: TensorLike, updates: TensorLike, axis = 0): Tensor {
  const [t, idx, u, ax] = scatterArgs('scatter', x, indices, updates, axis);
  return bind('scatter', [t, idx, u], { axis: ax });
}

/**
 * x with `updates` added at `indices` along `axis` (JAX's `x.at[idx].add(u)` along one axis);
 * repeated indices accumulate, and x itself is unchanged. Negative indices count from the end;
 * indices out of range throw, eagerly and compiled. For bool, adding is logical or.
 *
 * @param x - The tensor to add into.
 * @param indices - int32 indices into the axis (a tensor, an integer or an array of integers).
 * @param updates - x's shape with the axis replaced by the indices' shape (or broadcasting to it); cast to x's dtype.
 * @param axis - The axis the indices select along (default 0).
 * @example
 * ```ts
 * tj.scatterAdd(tj.zeros([3]), [0, 2, 0], tj.tensor([1, 2, 3])); // [4, 0, 2]
 * ```
 * @category Shape
 */
export function scatterAdd(x: TensorLike, indices: TensorLike, updates: TensorLike, axis = 0): Tensor {
  const [t, idx, u, ax] = scatterArgs('scatterAdd', x, indices, updates, axis);
  return bind('scatterAdd', [t, idx, u], { axis: ax });
}
