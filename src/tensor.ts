// The Tensor class: an immutable n-dimensional array with NumPy-like methods that forward to the ops.

import type { DType, TypedArray } from '../runtime/dtype.js';
import { sizeOf } from '../runtime/shape.js';
import { TracedValueError } from './errors.js';
import { formatTensor } from './format.js';
import * as ops from './ops/index.js';
import type { Axis, PadWidth, Scalar, TensorLike } from './ops/index.js';

export class Tensor {
  readonly shape: number[];
  readonly dtype: DType;
  /** @internal The backing store; undefined while the tensor is abstract (being traced). */
  _buf: TypedArray | undefined;

  /** @internal Use tensor() and the creation functions instead. */
  constructor(shape: number[], dtype: DType, buf: TypedArray | undefined) {
    this.shape = shape;
    this.dtype = dtype;
    this._buf = buf;
  }

  /** @internal The data as kernels see it. */
  get buf(): TypedArray {
    const b = this._buf;
    if (b === undefined) throw new TracedValueError('reading the value of a tensor');
    return b;
  }

  /** The value of an abstract tensor cannot be read: name what the user did. */
  private valueFor(what: string): TypedArray {
    const b = this._buf;
    if (b === undefined) throw new TracedValueError(what);
    return b;
  }

  get ndim(): number { return this.shape.length; }
  get size(): number { return sizeOf(this.shape); }

  /** A copy of the data as a TypedArray (Uint8Array for bool). */
  data(): TypedArray { return this.valueFor('data()').slice(); }

  /** Nested JS arrays (booleans for bool); a 0-d tensor gives a plain value. */
  toArray(): unknown {
    const b = this.valueFor('toArray()'), bool = this.dtype === 'bool';
    const read = (i: number) => (bool ? b[i] !== 0 : b[i]);
    const build = (d: number, off: number): unknown => {
      if (d === this.shape.length) return read(off);
      const n = this.shape[d];
      let stride = 1;
      for (let k = d + 1; k < this.shape.length; k++) stride *= this.shape[k];
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = build(d + 1, off + i * stride);
      return out;
    };
    return build(0, 0);
  }

  /** The single value of a size-1 tensor. */
  item(): number | boolean {
    const b = this.valueFor('item()');
    if (b.length !== 1) throw new Error(`item: only a tensor of size 1 can be converted to a scalar, got shape ${JSON.stringify(this.shape)} (size ${b.length})`);
    return this.dtype === 'bool' ? b[0] !== 0 : b[0];
  }

  toString(): string { return formatTensor(this); }

  /**
   * A size-1 tensor used as a JS number (`+t`, `t > 0`) gives its value, as NumPy's float(x) does;
   * `'' + t` of a larger one gives its text. A traced tensor used so is a graph break.
   */
  [Symbol.toPrimitive](hint: string): number | boolean | string {
    if (hint === 'string') return this.toString();
    const b = this.valueFor('using a tensor as a JS number or boolean');
    if (hint === 'default' && b.length !== 1) return this.toString();
    return this.item();
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string { return this.toString(); }

  astype(dtype: DType): Tensor { return ops.astype(this, dtype); }
  get T(): Tensor { return ops.transpose(this); }

  // Unary
  neg(): Tensor { return ops.neg(this); }
  abs(): Tensor { return ops.abs(this); }
  sign(): Tensor { return ops.sign(this); }
  exp(): Tensor { return ops.exp(this); }
  expm1(): Tensor { return ops.expm1(this); }
  log(): Tensor { return ops.log(this); }
  log1p(): Tensor { return ops.log1p(this); }
  sqrt(): Tensor { return ops.sqrt(this); }
  rsqrt(): Tensor { return ops.rsqrt(this); }
  square(): Tensor { return ops.square(this); }
  reciprocal(): Tensor { return ops.reciprocal(this); }
  sin(): Tensor { return ops.sin(this); }
  cos(): Tensor { return ops.cos(this); }
  tan(): Tensor { return ops.tan(this); }
  tanh(): Tensor { return ops.tanh(this); }
  sigmoid(): Tensor { return ops.sigmoid(this); }
  relu(): Tensor { return ops.relu(this); }
  softplus(): Tensor { return ops.softplus(this); }
  erf(): Tensor { return ops.erf(this); }
  floor(): Tensor { return ops.floor(this); }
  ceil(): Tensor { return ops.ceil(this); }
  round(): Tensor { return ops.round(this); }
  isnan(): Tensor { return ops.isnan(this); }
  isfinite(): Tensor { return ops.isfinite(this); }
  logicalNot(): Tensor { return ops.logicalNot(this); }

  // Binary
  add(y: TensorLike): Tensor { return ops.add(this, y); }
  sub(y: TensorLike): Tensor { return ops.sub(this, y); }
  mul(y: TensorLike): Tensor { return ops.mul(this, y); }
  div(y: TensorLike): Tensor { return ops.div(this, y); }
  pow(y: TensorLike): Tensor { return ops.pow(this, y); }
  maximum(y: TensorLike): Tensor { return ops.maximum(this, y); }
  minimum(y: TensorLike): Tensor { return ops.minimum(this, y); }
  mod(y: TensorLike): Tensor { return ops.mod(this, y); }
  equal(y: TensorLike): Tensor { return ops.equal(this, y); }
  notEqual(y: TensorLike): Tensor { return ops.notEqual(this, y); }
  less(y: TensorLike): Tensor { return ops.less(this, y); }
  lessEqual(y: TensorLike): Tensor { return ops.lessEqual(this, y); }
  greater(y: TensorLike): Tensor { return ops.greater(this, y); }
  greaterEqual(y: TensorLike): Tensor { return ops.greaterEqual(this, y); }
  logicalAnd(y: TensorLike): Tensor { return ops.logicalAnd(this, y); }
  logicalOr(y: TensorLike): Tensor { return ops.logicalOr(this, y); }
  clip(lo: Scalar | Tensor, hi: Scalar | Tensor): Tensor { return ops.clip(this, lo, hi); }

  // Reductions
  sum(axis?: Axis, keepdims?: boolean): Tensor { return ops.sum(this, axis, keepdims); }
  mean(axis?: Axis, keepdims?: boolean): Tensor { return ops.mean(this, axis, keepdims); }
  prod(axis?: Axis, keepdims?: boolean): Tensor { return ops.prod(this, axis, keepdims); }
  max(axis?: Axis, keepdims?: boolean): Tensor { return ops.max(this, axis, keepdims); }
  min(axis?: Axis, keepdims?: boolean): Tensor { return ops.min(this, axis, keepdims); }
  argmax(axis?: number, keepdims?: boolean): Tensor { return ops.argmax(this, axis, keepdims); }
  argmin(axis?: number, keepdims?: boolean): Tensor { return ops.argmin(this, axis, keepdims); }
  logsumexp(axis?: Axis, keepdims?: boolean): Tensor { return ops.logsumexp(this, axis, keepdims); }
  variance(axis?: Axis, keepdims?: boolean): Tensor { return ops.variance(this, axis, keepdims); }
  std(axis?: Axis, keepdims?: boolean): Tensor { return ops.std(this, axis, keepdims); }
  all(axis?: Axis, keepdims?: boolean): Tensor { return ops.all(this, axis, keepdims); }
  any(axis?: Axis, keepdims?: boolean): Tensor { return ops.any(this, axis, keepdims); }

  // Linear algebra and shape
  matmul(y: Tensor): Tensor { return ops.matmul(this, y); }
  dot(y: Tensor): Tensor { return ops.dot(this, y); }
  transpose(perm?: number[]): Tensor { return ops.transpose(this, perm); }
  reshape(shape: number[]): Tensor { return ops.reshape(this, shape); }
  flatten(): Tensor { return ops.flatten(this); }
  squeeze(axis?: Axis): Tensor { return ops.squeeze(this, axis); }
  expandDims(axis: number): Tensor { return ops.expandDims(this, axis); }
  broadcastTo(shape: number[]): Tensor { return ops.broadcastTo(this, shape); }
  slice(starts: number[], ends?: number[], steps?: number[]): Tensor { return ops.slice(this, starts, ends, steps); }
  take(indices: TensorLike, axis?: number): Tensor { return ops.take(this, indices, axis); }
  pad(pads: PadWidth, value?: number): Tensor { return ops.pad(this, pads, value); }
  tile(reps: number | number[]): Tensor { return ops.tile(this, reps); }
  flip(axis?: Axis): Tensor { return ops.flip(this, axis); }
  split(sections: number | number[], axis?: number): Tensor[] { return ops.split(this, sections, axis); }

  // NN
  softmax(axis?: number): Tensor { return ops.softmax(this, axis); }
  logSoftmax(axis?: number): Tensor { return ops.logSoftmax(this, axis); }
}
