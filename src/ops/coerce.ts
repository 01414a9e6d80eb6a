// Turning op arguments into tensors: JS numbers as weakly typed scalars, and dtype promotion.

import { allocate, castScalar, promoteWeak, type DType, type DTypeInfo } from '../../runtime/dtype.js';
import { bind } from '../dispatch.js';
import { checkDtype, tensor, type TensorData } from '../creation.js';
import { Tensor } from '../tensor.js';

export type Scalar = number | boolean;
export type TensorLike = Tensor | TensorData;

export function infoOf(op: string, x: TensorLike): DTypeInfo {
  if (x instanceof Tensor) return { dtype: x.dtype, weak: false, integral: x.dtype !== 'float32' && x.dtype !== 'float64' };
  if (typeof x === 'number') return { dtype: 'float32', weak: true, integral: Number.isInteger(x) };
  if (typeof x === 'boolean') return { dtype: 'bool', weak: true, integral: true };
  if (Array.isArray(x) || ArrayBuffer.isView(x)) {
    const t = tensor(x as TensorData);
    return { dtype: t.dtype, weak: false, integral: t.dtype === 'int32' || t.dtype === 'bool' };
  }
  throw new Error(`${op}: expected a tensor, number, boolean or array, got ${x === null ? 'null' : typeof x}`);
}

/** Converts x to a tensor of `dtype` (casting a tensor only when its dtype differs). */
export function asTensorOf(x: TensorLike, dtype: DType, op = 'tensor'): Tensor {
  if (x instanceof Tensor) return x.dtype === dtype ? x : bind('cast', [x], { dtype });
  if (typeof x === 'number' || typeof x === 'boolean') {
    if (dtype === 'int32' && typeof x === 'number' && Number.isInteger(x) && (x < -2147483648 || x > 2147483647)) {
      throw new Error(`${op}: the integer ${x} is out of bounds for int32 (as in NumPy, a JS number that does not fit the tensor's dtype is an error)`);
    }
    const buf = allocate(dtype, 1);
    buf[0] = castScalar(+x, dtype);
    return new Tensor([], dtype, buf);
  }
  return tensor(x as TensorData, { dtype });
}

export function asTensor(op: string, x: TensorLike): Tensor {
  if (x instanceof Tensor) return x;
  return asTensorOf(x, infoOf(op, x).dtype);
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
