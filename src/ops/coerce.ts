// Turning op arguments into tensors: JS numbers as weakly typed scalars, and dtype promotion.

import { allocate, promoteWeak, type DType, type DTypeInfo } from '../../runtime/dtype.js';
import { bind } from '../dispatch.js';
import { checkDtype, storedAs, tensor, type TensorData } from '../creation.js';
import { describeValue } from '../errors.js';
import { Tensor } from '../tensor.js';

export type Scalar = number | boolean;
export type TensorLike = Tensor | TensorData;

export function infoOf(op: string, x: TensorLike): DTypeInfo {
  if (x instanceof Tensor) return { dtype: x.dtype, weak: false, integral: x.dtype !== 'float32' && x.dtype !== 'float64' };
  if (typeof x === 'number') return { dtype: 'float32', weak: true, integral: Number.isInteger(x) };
  if (typeof x === 'boolean') return { dtype: 'bool', weak: true, integral: true };
  if (Array.isArray(x) || ArrayBuffer.isView(x)) {
    const t = fromData(op, x as TensorData);
    return { dtype: t.dtype, weak: false, integral: t.dtype === 'int32' || t.dtype === 'bool' };
  }
  throw new Error(`${op}: expected a tensor, number, boolean or array, got ${describeValue(x)}`);
}

/** Converts x to a tensor of `dtype` (casting a tensor only when its dtype differs). */
export function asTensorOf(x: TensorLike, dtype: DType, op = 'tensor'): Tensor {
  if (x instanceof Tensor) return x.dtype === dtype ? x : bind('cast', [x], { dtype });
  if (typeof x === 'number' || typeof x === 'boolean') {
    const buf = allocate(dtype, 1);
    buf[0] = storedAs(op, +x, dtype);
    return new Tensor([], dtype, buf);
  }
  if (!Array.isArray(x) && !ArrayBuffer.isView(x)) throw new Error(`${op}: expected a tensor, number, boolean or array, got ${describeValue(x)}`);
  return fromData(op, x as TensorData, dtype);
}

/** tensor(x) for an op's array argument; its errors start with the op's name. */
function fromData(op: string, x: TensorData, dtype?: DType): Tensor {
  if (op === 'tensor') return tensor(x, { dtype });
  try {
    return tensor(x, { dtype });
  } catch (e) {
    throw new Error(`${op}: ${(e as Error).message}`);
  }
}

export function asTensor(op: string, x: TensorLike): Tensor {
  if (x instanceof Tensor) return x;
  return asTensorOf(x, infoOf(op, x).dtype, op);
}

/** The dtype two operands promote to, with JS numbers weakly typed. */
export function promoted(op: string, a: TensorLike, b: TensorLike): DType {
  if (a instanceof Tensor && b instanceof Tensor) return a.dtype === b.dtype ? a.dtype : promoteWeak(infoOf(op, a), infoOf(op, b));
  return promoteWeak(infoOf(op, a), infoOf(op, b));
}

export function astype(x: Tensor, dtype: DType): Tensor {
  if (!(x instanceof Tensor)) throw new Error(`astype: expected a tensor, got ${typeof x}`);
  checkDtype('astype', dtype);
  return x.dtype === dtype ? x : bind('cast', [x], { dtype });
}

export function floatOf(d: DType): DType {
  return d === 'float64' ? 'float64' : 'float32';
}
