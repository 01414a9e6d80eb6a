// The Tensor class: an immutable n-dimensional array with NumPy-like methods that forward to the ops.

import type { DType, TypedArray } from '../runtime/dtype.js';
import { settle } from '../runtime/deferred.js';
import { sizeOf } from '../runtime/shape.js';
import { TracedValueError } from './errors.js';
import { formatTensor } from './format.js';
import type * as Ops from './ops/index.js';

// The methods forward to the op functions, which construct Tensors: src/methods.ts (imported by
// the package entry) hands them over (installOps), so this module imports the ops only as types
// and no import circle forms.
let ops: typeof Ops = new Proxy({} as typeof Ops, {
  get: (_, name) => {
    throw new Error(`internal: Tensor.${String(name)} used before the ops were loaded (import the package entry)`);
  },
});

/** @internal Called once by src/methods.ts with the op functions the methods forward to. */
export function installOps(module: typeof Ops): void {
  ops = module;
}
import type { Axis, PadWidth, Scalar, TensorLike } from './ops/index.js';

let nextSerial = 0;
/** @internal The serial the next tensor made will have. */
export const tensorSerial = () => nextSerial;

/**
 * An immutable n-dimensional array of one dtype. Make one with {@link tensor}, the creation
 * functions ({@link zeros}, {@link arange}, {@link randn}, ...) or any op. Methods mirror the
 * function forms: `x.add(y)` is `tj.add(x, y)`. Memory is automatic: there is nothing to dispose.
 *
 * @example
 * ```ts
 * const x = tj.tensor([[1, 2, 3], [4, 5, 6]]);
 * x.shape;                  // [2, 3]
 * x.add(1).sum(1).toArray(); // [9, 18]
 * x.T.matmul(x).shape;      // [3, 3]
 * x.sum().item() > 0;       // true
 * ```
 * @category Tensors
 */
export class Tensor {
  /** The size of each axis; `[]` for a 0-d (scalar) tensor. */
  readonly shape: number[];
  /** The element type: `'float32'`, `'float64'`, `'int32'` or `'bool'`. */
  readonly dtype: DType;
  /** @internal The backing store; undefined while the tensor is abstract (being traced). */
  _buf: TypedArray | undefined;
  /**
   * @internal Set on the stand-in for a JS number that jit traces as a value: like a JS number it
   * is weakly typed (the other operand decides the dtype), and `source` holds it in float64.
   */
  _weak?: { source: Tensor; integral: boolean };
  /**
   * @internal Set on a compiled call's result whose values are still being copied from a device
   * (runtime/deferred.ts): the array `_buf` will return once filled. Reading `_buf` fills it.
   */
  _waiting?: TypedArray;
  /** @internal Creation order: a loop body's tracer treats tensors made before it began as captured. */
  readonly _serial = nextSerial++;

  /** @hidden Use tensor() and the creation functions instead (hidden from the docs, kept in the types). */
  constructor(shape: number[], dtype: DType, buf: TypedArray | undefined) {
    this.shape = shape;
    this.dtype = dtype;
    this._buf = buf;
  }

  /**
   * @internal A tensor over `buf`, whose values a device is still copying in: `_buf` waits for
   * them at its first read (an accessor on this one tensor, as a Variable's is).
   */
  static _deferred(shape: number[], dtype: DType, buf: TypedArray): Tensor {
    const t = new Tensor(shape, dtype, buf);
    t._waiting = buf;
    let store: TypedArray | undefined = buf;
    Object.defineProperty(t, '_buf', {
      enumerable: true,
      get: () => {
        if (t._waiting) {
          settle(t._waiting);
          t._waiting = undefined;
        }
        return store;
      },
      set: (b: TypedArray | undefined) => {
        t._waiting = undefined;
        store = b;
      },
    });
    return t;
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

  /** The number of axes (the length of {@link Tensor.shape}). */
  get ndim(): number {
    return this.shape.length;
  }
  /** The number of elements (the product of {@link Tensor.shape}). */
  get size(): number {
    return sizeOf(this.shape);
  }

  /**
   * A copy of the elements in row-major order: Float32Array, Float64Array, Int32Array, or Uint8Array
   * (0/1) for bool. Inside {@link jit} reading a value is a graph break.
   *
   * @example
   * ```ts
   * tj.tensor([[1, 2], [3, 4]]).data(); // Float32Array [1, 2, 3, 4]
   * ```
   */
  data(): TypedArray {
    return this.valueFor('data()').slice();
  }

  /**
   * The elements as nested JS arrays (booleans for bool); a 0-d tensor gives a plain number or boolean.
   * Inside {@link jit} reading a value is a graph break.
   *
   * @example
   * ```ts
   * tj.tensor([[1, 2], [3, 4]]).toArray(); // [[1, 2], [3, 4]]
   * tj.tensor(5).toArray();                // 5
   * ```
   */
  toArray(): unknown {
    const b = this.valueFor('toArray()'),
      bool = this.dtype === 'bool';
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

  /**
   * The single value of a size-1 tensor, as a JS number (a boolean for a bool tensor). Other sizes
   * throw. Inside {@link jit} reading a value is a graph break.
   *
   * The static type is `number` unless you say otherwise (TypeScript cannot see a tensor's dtype):
   * write `t.item<boolean>()` for a bool tensor.
   *
   * @typeParam T - What the caller knows the value is: `number` (default) for float32, float64 and
   *   int32 tensors, `boolean` for bool ones.
   * @example
   * ```ts
   * tj.tensor([[3]]).item();                     // 3
   * tj.sum(tj.tensor([1, -2])).item() > 0;       // false
   * tj.tensor(true).item<boolean>();             // true
   * ```
   */
  item<T extends number | boolean = number>(): T {
    const b = this.valueFor('item()');
    if (b.length !== 1)
      throw new Error(
        `item: only a tensor of size 1 can be converted to a scalar, got shape ${JSON.stringify(this.shape)} (size ${b.length})`,
      );
    return (this.dtype === 'bool' ? b[0] !== 0 : b[0]) as T;
  }

  /**
   * NumPy-like text of the values and the dtype (also what `console.log` shows).
   *
   * @example
   * ```ts
   * String(tj.tensor([[1, 2], [3, 4]]));
   * // tensor([[1., 2.],
   * //         [3., 4.]], dtype=float32)
   * ```
   */
  toString(): string {
    return formatTensor(this);
  }

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
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  /**
   * This tensor converted to `dtype` (itself when it already has it); see {@link astype}.
   * @param dtype - The dtype of the result.
   * @example
   * ```ts
   * tj.tensor([1.5, 2.5]).astype('int32'); // [1, 2] int32
   * ```
   */
  astype(dtype: DType): Tensor {
    return ops.astype(this, dtype);
  }
  /** The transpose: the axes reversed (see {@link transpose}). */
  get T(): Tensor {
    return ops.transpose(this);
  }

  // Unary
  /** `x.neg()` is `tj.neg(x)`. */
  neg(): Tensor {
    return ops.neg(this);
  }
  /** `x.abs()` is `tj.abs(x)`. */
  abs(): Tensor {
    return ops.abs(this);
  }
  /** `x.sign()` is `tj.sign(x)`. */
  sign(): Tensor {
    return ops.sign(this);
  }
  /** `x.exp()` is `tj.exp(x)`. */
  exp(): Tensor {
    return ops.exp(this);
  }
  /** `x.expm1()` is `tj.expm1(x)`. */
  expm1(): Tensor {
    return ops.expm1(this);
  }
  /** `x.log()` is `tj.log(x)`. */
  log(): Tensor {
    return ops.log(this);
  }
  /** `x.log1p()` is `tj.log1p(x)`. */
  log1p(): Tensor {
    return ops.log1p(this);
  }
  /** `x.sqrt()` is `tj.sqrt(x)`. */
  sqrt(): Tensor {
    return ops.sqrt(this);
  }
  /** `x.rsqrt()` is `tj.rsqrt(x)`. */
  rsqrt(): Tensor {
    return ops.rsqrt(this);
  }
  /** `x.square()` is `tj.square(x)`. */
  square(): Tensor {
    return ops.square(this);
  }
  /** `x.reciprocal()` is `tj.reciprocal(x)`. */
  reciprocal(): Tensor {
    return ops.reciprocal(this);
  }
  /** `x.sin()` is `tj.sin(x)`. */
  sin(): Tensor {
    return ops.sin(this);
  }
  /** `x.cos()` is `tj.cos(x)`. */
  cos(): Tensor {
    return ops.cos(this);
  }
  /** `x.tan()` is `tj.tan(x)`. */
  tan(): Tensor {
    return ops.tan(this);
  }
  /** `x.tanh()` is `tj.tanh(x)`. */
  tanh(): Tensor {
    return ops.tanh(this);
  }
  /** `x.sigmoid()` is `tj.sigmoid(x)`. */
  sigmoid(): Tensor {
    return ops.sigmoid(this);
  }
  /** `x.relu()` is `tj.relu(x)`. */
  relu(): Tensor {
    return ops.relu(this);
  }
  /** `x.softplus()` is `tj.softplus(x)`. */
  softplus(): Tensor {
    return ops.softplus(this);
  }
  /** `x.gelu()` is `tj.gelu(x)`. */
  gelu(): Tensor {
    return ops.gelu(this);
  }
  /** `x.silu()` is `tj.silu(x)`. */
  silu(): Tensor {
    return ops.silu(this);
  }
  /** `x.leakyRelu(slope)` is `tj.leakyRelu(x, slope)`. */
  leakyRelu(slope?: number): Tensor {
    return ops.leakyRelu(this, slope);
  }
  /** `x.elu(alpha)` is `tj.elu(x, alpha)`. */
  elu(alpha?: number): Tensor {
    return ops.elu(this, alpha);
  }
  /** `x.erf()` is `tj.erf(x)`. */
  erf(): Tensor {
    return ops.erf(this);
  }
  /** `x.floor()` is `tj.floor(x)`. */
  floor(): Tensor {
    return ops.floor(this);
  }
  /** `x.ceil()` is `tj.ceil(x)`. */
  ceil(): Tensor {
    return ops.ceil(this);
  }
  /** `x.round()` is `tj.round(x)`. */
  round(): Tensor {
    return ops.round(this);
  }
  /** `x.isnan()` is `tj.isnan(x)`. */
  isnan(): Tensor {
    return ops.isnan(this);
  }
  /** `x.isfinite()` is `tj.isfinite(x)`. */
  isfinite(): Tensor {
    return ops.isfinite(this);
  }
  /** `x.logicalNot()` is `tj.logicalNot(x)`. */
  logicalNot(): Tensor {
    return ops.logicalNot(this);
  }

  // Binary
  /** `x.add(y)` is `tj.add(x, y)`. */
  add(y: TensorLike): Tensor {
    return ops.add(this, y);
  }
  /** `x.sub(y)` is `tj.sub(x, y)`. */
  sub(y: TensorLike): Tensor {
    return ops.sub(this, y);
  }
  /** `x.mul(y)` is `tj.mul(x, y)`. */
  mul(y: TensorLike): Tensor {
    return ops.mul(this, y);
  }
  /** `x.div(y)` is `tj.div(x, y)`. */
  div(y: TensorLike): Tensor {
    return ops.div(this, y);
  }
  /** `x.pow(y)` is `tj.pow(x, y)`. */
  pow(y: TensorLike): Tensor {
    return ops.pow(this, y);
  }
  /** `x.maximum(y)` is `tj.maximum(x, y)`. */
  maximum(y: TensorLike): Tensor {
    return ops.maximum(this, y);
  }
  /** `x.minimum(y)` is `tj.minimum(x, y)`. */
  minimum(y: TensorLike): Tensor {
    return ops.minimum(this, y);
  }
  /** `x.mod(y)` is `tj.mod(x, y)`. */
  mod(y: TensorLike): Tensor {
    return ops.mod(this, y);
  }
  /** `x.equal(y)` is `tj.equal(x, y)`. */
  equal(y: TensorLike): Tensor {
    return ops.equal(this, y);
  }
  /** `x.notEqual(y)` is `tj.notEqual(x, y)`. */
  notEqual(y: TensorLike): Tensor {
    return ops.notEqual(this, y);
  }
  /** `x.less(y)` is `tj.less(x, y)`. */
  less(y: TensorLike): Tensor {
    return ops.less(this, y);
  }
  /** `x.lessEqual(y)` is `tj.lessEqual(x, y)`. */
  lessEqual(y: TensorLike): Tensor {
    return ops.lessEqual(this, y);
  }
  /** `x.greater(y)` is `tj.greater(x, y)`. */
  greater(y: TensorLike): Tensor {
    return ops.greater(this, y);
  }
  /** `x.greaterEqual(y)` is `tj.greaterEqual(x, y)`. */
  greaterEqual(y: TensorLike): Tensor {
    return ops.greaterEqual(this, y);
  }
  /** `x.logicalAnd(y)` is `tj.logicalAnd(x, y)`. */
  logicalAnd(y: TensorLike): Tensor {
    return ops.logicalAnd(this, y);
  }
  /** `x.logicalOr(y)` is `tj.logicalOr(x, y)`. */
  logicalOr(y: TensorLike): Tensor {
    return ops.logicalOr(this, y);
  }
  /** `x.clip(lo, hi)` is `tj.clip(x, lo, hi)`. */
  clip(lo: Scalar | Tensor, hi: Scalar | Tensor): Tensor {
    return ops.clip(this, lo, hi);
  }

  // Reductions
  /** `x.sum(axis, keepdims)` is `tj.sum(x, axis, keepdims)`. */
  sum(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.sum(this, axis, keepdims);
  }
  /** `x.mean(axis, keepdims)` is `tj.mean(x, axis, keepdims)`. */
  mean(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.mean(this, axis, keepdims);
  }
  /** `x.prod(axis, keepdims)` is `tj.prod(x, axis, keepdims)`. */
  prod(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.prod(this, axis, keepdims);
  }
  /** `x.max(axis, keepdims)` is `tj.max(x, axis, keepdims)`. */
  max(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.max(this, axis, keepdims);
  }
  /** `x.min(axis, keepdims)` is `tj.min(x, axis, keepdims)`. */
  min(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.min(this, axis, keepdims);
  }
  /** `x.argmax(axis, keepdims)` is `tj.argmax(x, axis, keepdims)`. */
  argmax(axis?: number, keepdims?: boolean): Tensor {
    return ops.argmax(this, axis, keepdims);
  }
  /** `x.argmin(axis, keepdims)` is `tj.argmin(x, axis, keepdims)`. */
  argmin(axis?: number, keepdims?: boolean): Tensor {
    return ops.argmin(this, axis, keepdims);
  }
  /** `x.logsumexp(axis, keepdims)` is `tj.logsumexp(x, axis, keepdims)`. */
  logsumexp(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.logsumexp(this, axis, keepdims);
  }
  /** `x.variance(axis, keepdims)` is `tj.variance(x, axis, keepdims)`. */
  variance(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.variance(this, axis, keepdims);
  }
  /** `x.std(axis, keepdims)` is `tj.std(x, axis, keepdims)`. */
  std(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.std(this, axis, keepdims);
  }
  /** `x.all(axis, keepdims)` is `tj.all(x, axis, keepdims)`. */
  all(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.all(this, axis, keepdims);
  }
  /** `x.any(axis, keepdims)` is `tj.any(x, axis, keepdims)`. */
  any(axis?: Axis, keepdims?: boolean): Tensor {
    return ops.any(this, axis, keepdims);
  }

  // Linear algebra and shape
  /** `x.matmul(y)` is `tj.matmul(x, y)`. */
  matmul(y: Tensor): Tensor {
    return ops.matmul(this, y);
  }
  /** `x.dot(y)` is `tj.dot(x, y)`. */
  dot(y: Tensor): Tensor {
    return ops.dot(this, y);
  }
  /** `x.transpose(perm)` is `tj.transpose(x, perm)`. */
  transpose(perm?: number[]): Tensor {
    return ops.transpose(this, perm);
  }
  /** `x.reshape(shape)` is `tj.reshape(x, shape)`. */
  reshape(shape: number[]): Tensor {
    return ops.reshape(this, shape);
  }
  /** `x.flatten()` is `tj.flatten(x)`. */
  flatten(): Tensor {
    return ops.flatten(this);
  }
  /** `x.squeeze(axis)` is `tj.squeeze(x, axis)`. */
  squeeze(axis?: Axis): Tensor {
    return ops.squeeze(this, axis);
  }
  /** `x.expandDims(axis)` is `tj.expandDims(x, axis)`. */
  expandDims(axis: number): Tensor {
    return ops.expandDims(this, axis);
  }
  /** `x.broadcastTo(shape)` is `tj.broadcastTo(x, shape)`. */
  broadcastTo(shape: number[]): Tensor {
    return ops.broadcastTo(this, shape);
  }
  /** `x.slice(starts, ends, steps)` is `tj.slice(x, starts, ends, steps)`. */
  slice(starts: number[], ends?: number[], steps?: number[]): Tensor {
    return ops.slice(this, starts, ends, steps);
  }
  /** `x.take(indices, axis)` is `tj.take(x, indices, axis)`. */
  take(indices: TensorLike, axis?: number): Tensor {
    return ops.take(this, indices, axis);
  }
  /** `x.pad(pads, value)` is `tj.pad(x, pads, value)`. */
  pad(pads: PadWidth, value?: number): Tensor {
    return ops.pad(this, pads, value);
  }
  /** `x.tile(reps)` is `tj.tile(x, reps)`. */
  tile(reps: number | number[]): Tensor {
    return ops.tile(this, reps);
  }
  /** `x.flip(axis)` is `tj.flip(x, axis)`. */
  flip(axis?: Axis): Tensor {
    return ops.flip(this, axis);
  }
  /** `x.split(sections, axis)` is `tj.split(x, sections, axis)`. */
  split(sections: number | number[], axis?: number): Tensor[] {
    return ops.split(this, sections, axis);
  }

  // NN
  /** `x.softmax(axis)` is `tj.softmax(x, axis)`. */
  softmax(axis?: number): Tensor {
    return ops.softmax(this, axis);
  }
  /** `x.logSoftmax(axis)` is `tj.logSoftmax(x, axis)`. */
  logSoftmax(axis?: number): Tensor {
    return ops.logSoftmax(this, axis);
  }
}
