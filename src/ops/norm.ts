// norm: NumPy's linalg.norm for vectors (any ord) and matrices (Frobenius, the 1- and inf-norms),
// written with reductions so it differentiates and compiles like them; the matrix norms built on
// singular values (2, -2, 'nuc') reduce the svd primitive's singular values (part 's').

import { normalizeAxis } from '../../runtime/shape.js';
import { bind } from '../dispatch.js';
import { describeValue } from '../errors.js';
import type { Tensor } from '../tensor.js';
import { asTensorOf, floatTensor, type TensorLike } from './coerce.js';
import { abs, notEqual, pow, sqrt, square } from './elementwise.js';
import { max, min, sum } from './reduce.js';
import { reshape, transpose } from './shape.js';

/** The `ord` values of {@link norm}: a number (Infinity and -Infinity included), 'fro' or 'nuc'. */
export type NormOrd = number | 'fro' | 'nuc';

function vectorNorm(x: Tensor, ord: NormOrd | undefined, axis: number, keepdims: boolean): Tensor {
  if (ord === undefined || ord === 2) return sqrt(sum(square(x), axis, keepdims));
  if (ord === Infinity) return max(abs(x), axis, keepdims);
  if (ord === -Infinity) return min(abs(x), axis, keepdims);
  if (ord === 0) return asTensorOf(sum(notEqual(x, 0), axis, keepdims), x.dtype);
  if (ord === 1) return sum(abs(x), axis, keepdims);
  if (typeof ord !== 'number') throw new Error(`norm: ord '${ord}' is for matrices; a vector norm takes a number`);
  return pow(sum(pow(abs(x), ord), axis, keepdims), 1 / ord);
}

function matrixNorm(x: Tensor, ord: NormOrd | undefined, axes: [number, number], keepdims: boolean): Tensor {
  const [r, c] = axes;
  if (ord === undefined || ord === 'fro') return sqrt(sum(square(x), axes, keepdims));
  if (ord === 2 || ord === -2 || ord === 'nuc') return singularNorm(x, ord, axes, keepdims);
  // The 1-norms sum over rows (a column's sum), the inf-norms over columns (a row's sum).
  const over = ord === 1 || ord === -1 ? r : ord === Infinity || ord === -Infinity ? c : undefined;
  if (over === undefined)
    throw new Error(`norm: ord ${describeValue(ord)} is not a matrix norm (use 'fro', 1, -1, Infinity or -Infinity)`);
  const sums = sum(abs(x), over, true);
  const pick = ord > 0 ? max(sums, over === r ? c : r, true) : min(sums, over === r ? c : r, true);
  if (keepdims) return pick;
  return reshape(
    pick,
    x.shape.filter((_, i) => i !== r && i !== c),
  );
}

/** The 2-norm (largest singular value), -2 (smallest) or 'nuc' (their sum) over two axes. */
function singularNorm(x: Tensor, ord: 2 | -2 | 'nuc', [r, c]: [number, number], keepdims: boolean): Tensor {
  const rest = x.shape.map((_, i) => i).filter((i) => i !== r && i !== c);
  const s = bind('svd', [transpose(x, [...rest, r, c])], { part: 's' });
  const last = s.ndim - 1;
  const out = ord === 2 ? max(s, last) : ord === -2 ? min(s, last) : sum(s, last);
  return keepdims
    ? reshape(
        out,
        x.shape.map((d, i) => (i === r || i === c ? 1 : d)),
      )
    : out;
}

/**
 * A vector or matrix norm, as NumPy's `linalg.norm`: without `axis`, the 2-norm of all elements
 * (for `ord` on a 1-D or 2-D input, its vector or matrix norm); with one axis, vector norms along
 * it (`ord` any number: 2 by default, Infinity, -Infinity, 0 counts non-zeros); with two axes,
 * matrix norms over them ('fro' by default, 1, -1, Infinity, -Infinity, and from the singular
 * values 2 the largest, -2 the smallest, 'nuc' their sum; all batched over the other axes).
 * Integer inputs give float32. Every norm differentiates: the gradient of the 2-norm is u1 v1^T
 * (the first singular vectors), of 'nuc' U V^T and of -2 uk vk^T (the last); where singular
 * values repeat (or are zero, for 'nuc') it is one subgradient among many.
 *
 * @param x - A tensor.
 * @param ord - The norm (see above).
 * @param axis - An axis, or two axes for matrix norms.
 * @param keepdims - Keep the reduced axes with size 1.
 * @example
 * ```ts
 * tj.norm(tj.tensor([3, 4]));                    // 5
 * tj.norm(tj.tensor([[1, -2], [3, 4]]), 1);      // 6: the largest column sum
 * tj.norm(tj.tensor([[3, 4], [6, 8]]), 2, 1);    // [5, 10]
 * tj.norm(tj.tensor([[3, 0], [0, 4]]), 2);       // 4: the largest singular value
 * tj.norm(tj.tensor([[3, 0], [0, 4]]), 'nuc');   // 7: their sum
 * ```
 * @category Linear algebra
 */
export function norm(x: TensorLike, ord?: NormOrd, axis?: number | number[], keepdims = false): Tensor {
  const t = floatTensor('norm', x);
  if (ord !== undefined && ord !== 'fro' && ord !== 'nuc' && (typeof ord !== 'number' || Number.isNaN(ord)))
    throw new Error(`norm: ord must be a number, 'fro' or 'nuc', got ${describeValue(ord)}`);
  if (axis === undefined) {
    if (ord === undefined) {
      const all = sqrt(sum(square(t)));
      return keepdims
        ? reshape(
            all,
            t.shape.map(() => 1),
          )
        : all;
    }
    if (t.ndim === 1) return vectorNorm(t, ord, 0, keepdims);
    if (t.ndim === 2) return matrixNorm(t, ord, [0, 1], keepdims);
    throw new Error(`norm: ord needs a 1-D or 2-D input or an axis, got shape [${t.shape.join(', ')}]`);
  }
  const axes = (Array.isArray(axis) ? axis : [axis]).map((a) => normalizeAxis('norm', a, t.ndim));
  if (axes.length === 1) return vectorNorm(t, ord, axes[0], keepdims);
  if (axes.length === 2 && axes[0] !== axes[1]) return matrixNorm(t, ord, [axes[0], axes[1]], keepdims);
  throw new Error(`norm: axis must be one axis or two different ones, got ${describeValue(axis)}`);
}
