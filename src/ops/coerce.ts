// Turning op arguments into tensors: JS numbers as weakly typed scalars, and dtype promotion.

import { allocate, promoteWeak, type DType, type DTypeInfo } from '../../runtime/dtype.js';
import { fmtShape } from '../../runtime/shape.js';
import { bind } from '../dispatch.js';
import { checkDtype, storedAs, tensor, type TensorData } from '../creation.js';
import { describeValue } from '../errors.js';
import { Tensor } from '../tensor.js';

/**
 * A JS number or boolean, usable where an op takes a scalar.
 * @category Types
 */
export type Scalar = number | boolean;
/**
 * What ops accept as a tensor argument: a Tensor, a JS number or boolean (weakly typed, as a
 * 0-d tensor), a nested array, or a TypedArray (see {@link tensor}).
 * @category Types
 */
export type TensorLike = Tensor | TensorData;

/** @internal The dtype of an op argument, and whether it is weakly typed (a JS number or boolean). */
export function infoOf(op: string, x: TensorLike): DTypeInfo {
  if (x instanceof Tensor && x._weak) return { dtype: 'float32', weak: true, integral: x._weak.integral };
  if (x instanceof Tensor)
    return { dtype: x.dtype, weak: false, integral: x.dtype !== 'float32' && x.dtype !== 'float64' };
  if (typeof x === 'number') return { dtype: 'float32', weak: true, integral: Number.isInteger(x) };
  if (typeof x === 'boolean') return { dtype: 'bool', weak: true, integral: true };
  if (Array.isArray(x) || ArrayBuffer.isView(x)) {
    const t = fromData(op, x as TensorData);
    return { dtype: t.dtype, weak: false, integral: t.dtype === 'int32' || t.dtype === 'bool' };
  }
  throw new Error(`${op}: expected a tensor, number, boolean or array, got ${describeValue(x)}`);
}

/** @internal Converts x to a tensor of `dtype` (casting a tensor only when its dtype differs). */
export function asTensorOf(x: TensorLike, dtype: DType, op = 'tensor'): Tensor {
  // A traced JS number becomes `dtype` from its float64 value, as the number itself would.
  if (x instanceof Tensor && x._weak)
    return x._weak.source.dtype === dtype ? x._weak.source : bind('cast', [x._weak.source], { dtype });
  if (x instanceof Tensor) return x.dtype === dtype ? x : bind('cast', [x], { dtype });
  if (typeof x === 'number' || typeof x === 'boolean') {
    const buf = allocate(dtype, 1);
    buf[0] = storedAs(op, +x, dtype);
    return new Tensor([], dtype, buf);
  }
  if (!Array.isArray(x) && !ArrayBuffer.isView(x))
    throw new Error(`${op}: expected a tensor, number, boolean or array, got ${describeValue(x)}`);
  return fromData(op, x as TensorData, dtype);
}

/** tensor(x) for an op's array argument; its errors start with the op's name. */
function fromData(op: string, x: TensorData, dtype?: DType): Tensor {
  if (op === 'tensor') return tensor(x, { dtype });
  try {
    return tensor(x, { dtype });
  } catch (e) {
    throw new Error(`${op}: ${(e as Error).message}`, { cause: e });
  }
}

/** @internal Converts an op argument to a tensor (JS numbers as weakly typed float32 scalars). */
export function asTensor(op: string, x: TensorLike): Tensor {
  if (x instanceof Tensor) return x;
  return asTensorOf(x, infoOf(op, x).dtype, op);
}

/** @internal The dtype two operands promote to, with JS numbers weakly typed. */
export function promoted(op: string, a: TensorLike, b: TensorLike): DType {
  if (a instanceof Tensor && b instanceof Tensor && !a._weak && !b._weak)
    return a.dtype === b.dtype ? a.dtype : promoteWeak(infoOf(op, a), infoOf(op, b));
  return promoteWeak(infoOf(op, a), infoOf(op, b));
}

/**
 * x converted to another dtype (x itself when it already has it). Floats to int32 truncate toward
 * zero; to bool, non-zero is true. The function form of {@link Tensor.astype}.
 *
 * @param x - The tensor to convert.
 * @param dtype - The dtype of the result.
 * @example
 * ```ts
 * tj.astype(tj.tensor([1.7, -1.7]), 'int32'); // [1, -1] int32
 * tj.astype(tj.tensor([0, 2]), 'bool');       // [false, true]
 * ```
 * @category Tensors
 */
export function astype(x: Tensor, dtype: DType): Tensor {
  if (!(x instanceof Tensor)) throw new Error(`astype: expected a tensor, got ${typeof x}`);
  checkDtype('astype', dtype);
  return x.dtype === dtype ? x : bind('cast', [x], { dtype });
}

/** @internal The float dtype an op computes a dtype in: float64 stays, anything else is float32. */
export function floatOf(d: DType): DType {
  return d === 'float64' ? 'float64' : 'float32';
}

/** @internal An op argument as a float tensor (int32 and bool as float32), for ops whose values are not integers. */
export function floatTensor(op: string, x: TensorLike): Tensor {
  const t = asTensor(op, x);
  return asTensorOf(t, floatOf(t.dtype));
}

/** @internal Integer indices as an int32 tensor: an int32 tensor, an integer, an array of integers or an Int32Array. */
export function indexTensor(op: string, indices: TensorLike): Tensor {
  if (indices instanceof Tensor) {
    if (indices.dtype !== 'int32')
      throw new Error(`${op}: indices must be int32, got ${indices.dtype} (shape ${fmtShape(indices.shape)})`);
    return indices;
  }
  if (typeof indices === 'number' || Array.isArray(indices)) {
    const t = tensor(indices as number, { dtype: 'float64' });
    const values = t.buf;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isInteger(values[i])) throw new Error(`${op}: indices must be integers, got ${values[i]}`);
    }
    return asTensorOf(t, 'int32');
  }
  if (indices instanceof Int32Array) return tensor(indices);
  throw new Error(`${op}: indices must be an int32 tensor, an integer or an array of integers`);
}
