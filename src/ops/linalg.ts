// Linear algebra: matmul with NumPy semantics (1-D operands, broadcast batches), dot and outer.

import { checkSize, fmtShape } from '../../runtime/shape.js';
import { bind, EMPTY } from '../dispatch.js';
import type { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, promoted, type TensorLike } from './coerce.js';
import { mul } from './elementwise.js';
import { reshape, transpose } from './shape.js';

/**
 * Matrix product with NumPy's semantics: 2-D operands multiply as matrices, a 1-D operand is
 * treated as a row (left) or column (right) vector and that axis is dropped from the result, and
 * leading batch dimensions broadcast. Bool operands are multiplied as int32.
 *
 * @param a - The left operand, at least 1-D, shape [..., n, k] (or [k]).
 * @param b - The right operand, at least 1-D, shape [..., k, m] (or [k]).
 * @returns Shape [...batch, n, m]; throws naming both shapes when k differs.
 * @example
 * ```ts
 * tj.matmul(tj.tensor([[1, 2], [3, 4]]), tj.tensor([1, 1])); // [3, 7]
 * tj.matmul(tj.ones([5, 2, 3]), tj.ones([3, 4])).shape;     // [5, 2, 4]
 * ```
 * @category Linear algebra
 */
export function matmul(a: TensorLike, b: TensorLike): Tensor {
  const x = asTensor('matmul', a),
    y = asTensor('matmul', b);
  if (x.ndim === 0 || y.ndim === 0)
    throw new Error(`matmul: operands must be at least 1-D, got shapes ${fmtShape(x.shape)} and ${fmtShape(y.shape)}`);
  const kx = x.shape[x.ndim - 1],
    ky = y.ndim === 1 ? y.shape[0] : y.shape[y.ndim - 2];
  if (kx !== ky)
    throw new Error(`matmul: inner dimensions differ: ${fmtShape(x.shape)} @ ${fmtShape(y.shape)} (${kx} != ${ky})`);
  checkBatches(x.shape, y.shape);
  let d = promoted('matmul', x, y);
  if (d === 'bool') d = 'int32';
  const x2 = x.ndim === 1 ? reshape(x, [1, kx]) : x;
  const y2 = y.ndim === 1 ? reshape(y, [ky, 1]) : y;
  let r = bind('matmul', [asTensorOf(x2, d), asTensorOf(y2, d)], EMPTY);
  if (x.ndim === 1 || y.ndim === 1) {
    const s = r.shape.slice();
    if (y.ndim === 1) s.splice(s.length - 1, 1);
    if (x.ndim === 1) s.splice(s.length - (y.ndim === 1 ? 1 : 2), 1);
    r = reshape(r, s);
  }
  return r;
}

/** The batch dimensions (all but the last two) must broadcast; the message names both full shapes. */
function checkBatches(a: readonly number[], b: readonly number[]): void {
  const ba = a.slice(0, -2),
    bb = b.slice(0, -2);
  for (let i = 1; i <= Math.min(ba.length, bb.length); i++) {
    const p = ba[ba.length - i],
      q = bb[bb.length - i];
    if (p !== q && p !== 1 && q !== 1) {
      throw new Error(
        `matmul: batch dimensions of ${fmtShape(a)} @ ${fmtShape(b)} cannot be broadcast together (${fmtShape(ba)} against ${fmtShape(bb)}: ${p} != ${q})`,
      );
    }
  }
}

/**
 * NumPy's dot: the product of scalars, the inner product of vectors, matmul for 2-D operands, and
 * beyond that a sum over the last axis of a and the second-to-last of b.
 *
 * @param a - The left operand.
 * @param b - The right operand.
 * @example
 * ```ts
 * tj.dot(tj.tensor([1, 2, 3]), tj.tensor([4, 5, 6])); // 32
 * ```
 * @category Linear algebra
 */
export function dot(a: TensorLike, b: TensorLike): Tensor {
  const x = asTensor('dot', a),
    y = asTensor('dot', b);
  if (x.ndim === 0 || y.ndim === 0) return mul(x, y);
  const k = x.shape[x.ndim - 1],
    ky = y.shape[Math.max(0, y.ndim - 2)];
  if (k !== ky)
    throw new Error(`dot: shapes ${fmtShape(x.shape)} and ${fmtShape(y.shape)} are not aligned (${k} != ${ky})`);
  if ((x.ndim <= 2 && y.ndim <= 2) || y.ndim === 1) return matmul(x, y);
  // Move b's contracted axis to the front, flatten both sides to 2-D, multiply, restore the shape.
  const perm = [y.ndim - 2, ...y.shape.map((_, i) => i).filter((i) => i !== y.ndim - 2)];
  const yb = reshape(transpose(y, perm), [k, -1]);
  const r = matmul(reshape(x, [-1, k]), yb);
  return reshape(r, [...x.shape.slice(0, -1), ...y.shape.slice(0, -2), y.shape[y.ndim - 1]]);
}

/**
 * The outer product of two tensors, each flattened: shape [a.size, b.size].
 *
 * @param a - The left operand (flattened).
 * @param b - The right operand (flattened).
 * @example
 * ```ts
 * tj.outer(tj.tensor([1, 2]), tj.tensor([3, 4, 5])); // [[3, 4, 5], [6, 8, 10]]
 * ```
 * @category Linear algebra
 */
export function outer(a: TensorLike, b: TensorLike): Tensor {
  const x = asTensor('outer', a),
    y = asTensor('outer', b);
  checkSize('outer', [x.size, y.size]);
  return mul(reshape(x, [-1, 1]), reshape(y, [1, -1]));
}
