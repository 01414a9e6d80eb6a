// Tensor creation: tensor() from JS data, and zeros, ones, full, arange, linspace, eye.

import { allocate, castScalar, dtypeOfArray, isDType, type DType, type TypedArray } from '../runtime/dtype.js';
import { checkShape, checkSize, fmtCount, fmtShape, MAX_ELEMENTS, sizeOf } from '../runtime/shape.js';
import { describeValue } from './errors.js';
import { Tensor } from './tensor.js';

/**
 * A number, a boolean, or a (nested) array of them with a rectangular shape.
 * @category Types
 */
export type NestedArray = number | boolean | readonly NestedArray[];
/**
 * Data {@link tensor} accepts: a number, a boolean, a nested array, or a TypedArray.
 * @category Types
 */
export type TensorData = NestedArray | TypedArray;
/**
 * Options of {@link tensor}.
 * @category Types
 */
export interface TensorOptions {
  /** The dtype to store the data as (default: inferred from the data). */
  dtype?: DType;
  /** The shape to give the data; its size must equal the number of elements. */
  shape?: number[];
}

function checkDtype(op: string, dtype: unknown): DType {
  if (!isDType(dtype))
    throw new Error(`${op}: unknown dtype ${JSON.stringify(dtype)} (expected float32, float64, int32 or bool)`);
  return dtype;
}

/** Walks nested arrays: infers the shape, rejects ragged or non-numeric data, flattens. */
function flattenNested(data: readonly NestedArray[]): {
  shape: number[];
  values: (number | boolean)[];
  allBool: boolean;
} {
  const shape: number[] = [];
  for (let level: unknown = data; Array.isArray(level); level = level[0]) {
    shape.push(level.length);
    if (level.length === 0) break;
  }
  const values: (number | boolean)[] = [];
  let allBool = true;
  const visit = (x: unknown, d: number, path: number[]): void => {
    if (d === shape.length) {
      if (typeof x === 'number') allBool = false;
      else if (typeof x !== 'boolean') {
        const what = Array.isArray(x)
          ? `an array where a scalar was expected (ragged nesting)`
          : `a non-numeric entry ${describe(x)}`;
        throw new Error(`tensor: ${what} at index [${path.join(', ')}]`);
      }
      values.push(x);
      return;
    }
    if (!Array.isArray(x))
      throw new Error(
        `tensor: ragged nested array: expected an array of length ${shape[d]} at index [${path.join(', ')}], found ${describe(x)}`,
      );
    if (x.length !== shape[d])
      throw new Error(
        `tensor: ragged nested array: length ${x.length} at index [${path.join(', ')}], expected ${shape[d]} (inferred shape ${fmtShape(shape)})`,
      );
    for (let i = 0; i < x.length; i++) visit(x[i], d + 1, [...path, i]);
  };
  visit(data, 0, []);
  return { shape, values, allBool: allBool && values.length > 0 };
}

/** A short printable form of any value, for error messages (JSON.stringify throws on BigInt). */
function describe(x: unknown): string {
  if (typeof x === 'bigint') return `${x}n (a BigInt)`;
  if (typeof x === 'string') return JSON.stringify(x);
  try {
    return JSON.stringify(x) ?? String(x);
  } catch {
    return String(x);
  }
}

function fill(dtype: DType, values: ArrayLike<number | boolean>): TypedArray {
  const buf = allocate(dtype, values.length);
  if (dtype === 'int32')
    for (let i = 0; i < values.length; i++)
      buf[i] = toInt32('tensor', +values[i], values.length > 1 ? ` (element ${i})` : '');
  else for (let i = 0; i < values.length; i++) buf[i] = castScalar(+values[i], dtype);
  return buf;
}

/**
 * @internal A JS number stored as int32: fractions are truncated (as NumPy's array() does), but NaN, the
 * infinities and values out of int32's range throw (NumPy 2 raises for them) instead of wrapping.
 */
export function toInt32(op: string, v: number, where = ''): number {
  const t = Math.trunc(v);
  if (t >= -2147483648 && t <= 2147483647) return t | 0;
  const why = Number.isNaN(v)
    ? 'NaN cannot be stored as int32'
    : `${v} is out of bounds for int32 (which holds -2147483648 to 2147483647)`;
  throw new Error(`${op}: ${why}${where}`);
}

/** @internal castScalar, with toInt32's checks for int32. */
export function storedAs(op: string, v: number, dtype: DType): number {
  return dtype === 'int32' ? toInt32(op, v) : castScalar(v, dtype);
}

/**
 * Makes a tensor from JS data. JS numbers give float32 and booleans bool, unless `dtype` says otherwise;
 * Float32Array gives float32, Float64Array float64, Int32Array int32, and Uint8Array bool (only with
 * `dtype: 'bool'`). Ragged arrays, non-numeric entries, and a `shape` that does not match throw.
 *
 * @param data - A number, boolean, nested array, or TypedArray (copied).
 * @param opts - `dtype` to convert to, and `shape` to give the data (its size must match).
 * @example
 * ```ts
 * tj.tensor([[1, 2], [3, 4]]);                // shape [2, 2], float32
 * tj.tensor([1, 2, 3], { dtype: 'int32' });   // int32
 * tj.tensor(new Float64Array(6), { shape: [2, 3] }); // float64, shape [2, 3]
 * tj.tensor(true);                            // a 0-d bool tensor
 * ```
 * @category Creation
 */
export function tensor(data: TensorData, opts: TensorOptions = {}): Tensor {
  if (opts === null || typeof opts !== 'object')
    throw new Error(`tensor: options must be an object like { dtype, shape }, got ${String(opts)}`);
  const want = opts.dtype === undefined ? undefined : checkDtype('tensor', opts.dtype);
  const given = opts.shape === undefined ? undefined : checkShape('tensor', opts.shape);
  let shape: number[], buf: TypedArray, dtype: DType;
  if (ArrayBuffer.isView(data)) {
    const own =
      data instanceof Uint8Array && data.constructor === Uint8Array
        ? want === 'bool'
          ? 'bool'
          : undefined
        : dtypeOfArray(data as TypedArray);
    if (own === undefined) {
      const name = (data as object).constructor.name;
      throw new Error(
        `tensor: ${name} is not supported${name === 'Uint8Array' ? ' without dtype "bool"' : ''} (use Float32Array, Float64Array, Int32Array, or Uint8Array with dtype "bool")`,
      );
    }
    const src = data as TypedArray;
    dtype = want ?? own;
    buf = dtype === own ? src.slice() : fill(dtype, src);
    shape = [src.length];
  } else if (typeof data === 'number' || typeof data === 'boolean') {
    dtype = want ?? (typeof data === 'boolean' ? 'bool' : 'float32');
    buf = fill(dtype, [data]);
    shape = [];
  } else if (Array.isArray(data)) {
    const flat = flattenNested(data);
    dtype = want ?? (flat.allBool ? 'bool' : 'float32');
    buf = fill(dtype, flat.values);
    shape = flat.shape;
  } else {
    throw new Error(
      `tensor: expected a number, boolean, nested array or TypedArray, got ${data === null ? 'null' : typeof data}`,
    );
  }
  if (given !== undefined) {
    if (sizeOf(given) !== buf.length)
      throw new Error(
        `tensor: shape ${fmtShape(given)} (size ${sizeOf(given)}) does not match the data's ${buf.length} elements (shape ${fmtShape(shape)})`,
      );
    shape = given;
  }
  return new Tensor(shape, dtype, buf);
}

/**
 * A tensor of `shape` filled with `value`.
 *
 * @param shape - The shape.
 * @param value - The fill value.
 * @param dtype - The dtype (default float32 for a number, bool for a boolean).
 * @example
 * ```ts
 * tj.full([2, 2], 7);          // [[7, 7], [7, 7]] float32
 * tj.full([3], 1, 'int32');    // [1, 1, 1] int32
 * ```
 * @category Creation
 */
export function full(shape: number[], value: number | boolean, dtype?: DType, op = 'full'): Tensor {
  const s = checkShape(op, shape);
  if (typeof value !== 'number' && typeof value !== 'boolean')
    throw new Error(`${op}: value must be a number or boolean, got ${describe(value)}`);
  const d = dtype === undefined ? (typeof value === 'boolean' ? 'bool' : 'float32') : checkDtype(op, dtype);
  const stored = storedAs(op, +value, d);
  const buf = allocate(d, sizeOf(s));
  buf.fill(stored);
  return new Tensor(s, d, buf);
}

/**
 * A tensor of `shape` filled with 0.
 *
 * @param shape - The shape.
 * @param dtype - The dtype (default float32).
 * @example
 * ```ts
 * tj.zeros([2, 3]);            // float32
 * tj.zeros([4], 'int32');
 * ```
 * @category Creation
 */
export function zeros(shape: number[], dtype: DType = 'float32'): Tensor {
  return full(shape, 0, dtype, 'zeros');
}
/**
 * A tensor of `shape` filled with 1.
 *
 * @param shape - The shape.
 * @param dtype - The dtype (default float32).
 * @example
 * ```ts
 * tj.ones([2, 3]);
 * ```
 * @category Creation
 */
export function ones(shape: number[], dtype: DType = 'float32'): Tensor {
  return full(shape, 1, dtype, 'ones');
}
/**
 * Zeros with the shape and dtype of `t`.
 *
 * @param t - The tensor whose shape and dtype to use.
 * @example
 * ```ts
 * tj.zerosLike(tj.tensor([1, 2], { dtype: 'int32' })); // [0, 0] int32
 * ```
 * @category Creation
 */
export function zerosLike(t: Tensor): Tensor {
  return full(t.shape, 0, t.dtype);
}
/**
 * Ones with the shape and dtype of `t`.
 *
 * @param t - The tensor whose shape and dtype to use.
 * @example
 * ```ts
 * tj.onesLike(tj.zeros([2, 2])); // [[1, 1], [1, 1]]
 * ```
 * @category Creation
 */
export function onesLike(t: Tensor): Tensor {
  return full(t.shape, 1, t.dtype);
}

/**
 * Evenly spaced values in [start, stop): `arange(stop)` or `arange(start, stop, step?)`. int32 when
 * every argument is an integer, else float32 (or `dtype`).
 *
 * @param a - `stop` when it is the only argument, else `start`.
 * @param b - `stop`.
 * @param step - The spacing (default 1; negative counts down; 0 throws).
 * @param dtype - The dtype of the result.
 * @example
 * ```ts
 * tj.arange(4);          // [0, 1, 2, 3] int32
 * tj.arange(1, 2, 0.25); // [1, 1.25, 1.5, 1.75] float32
 * tj.arange(3, 0, -1);   // [3, 2, 1]
 * ```
 * @category Creation
 */
export function arange(a: number, b?: number, step: number = 1, dtype?: DType): Tensor {
  const [start, stop] = b === undefined ? [0, a] : [a, b];
  for (const [name, v] of [
    ['start', start],
    ['stop', stop],
    ['step', step],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new Error(`arange: ${name} must be a finite number, got ${describeValue(v)}`);
  }
  if (step === 0) throw new Error('arange: step must not be zero');
  const d = checkDtype('arange', dtype ?? ([start, stop, step].every(Number.isInteger) ? 'int32' : 'float32'));
  const n = Math.max(0, Math.ceil((stop - start) / step));
  if (n > MAX_ELEMENTS)
    throw new Error(
      `arange: start ${start}, stop ${stop}, step ${step} give ${fmtCount(n)} elements, more than the 2^31-1 (${MAX_ELEMENTS}) a tensor can hold`,
    );
  if (n > 0) storedAs('arange', start + (n - 1) * step, d); // the last value is the farthest from start
  const buf = allocate(d, n);
  for (let i = 0; i < n; i++) buf[i] = storedAs('arange', start + i * step, d);
  return new Tensor([n], d, buf);
}

/**
 * `num` evenly spaced values from `start` to `stop`, both included.
 *
 * @param start - The first value.
 * @param stop - The last value.
 * @param num - How many values (a non-negative integer).
 * @param dtype - The dtype (default float32).
 * @example
 * ```ts
 * tj.linspace(0, 1, 5); // [0, 0.25, 0.5, 0.75, 1]
 * ```
 * @category Creation
 */
export function linspace(start: number, stop: number, num: number, dtype: DType = 'float32'): Tensor {
  if (!Number.isInteger(num) || num < 0)
    throw new Error(`linspace: num must be a non-negative integer, got ${describeValue(num)}`);
  for (const [name, v] of [
    ['start', start],
    ['stop', stop],
  ] as const) {
    if (typeof v !== 'number' || Number.isNaN(v))
      throw new Error(`linspace: ${name} must be a number, got ${describeValue(v)}`);
  }
  checkSize('linspace', [num]);
  const buf = allocate(checkDtype('linspace', dtype), num);
  const step = num > 1 ? (stop - start) / (num - 1) : 0;
  for (let i = 0; i < num; i++)
    buf[i] = storedAs('linspace', i === num - 1 && num > 1 ? stop : start + i * step, dtype);
  return new Tensor([num], dtype, buf);
}

/**
 * An identity matrix: ones on the diagonal, zeros elsewhere.
 *
 * @param n - The number of rows.
 * @param m - The number of columns (default n).
 * @param dtype - The dtype (default float32).
 * @example
 * ```ts
 * tj.eye(2);    // [[1, 0], [0, 1]]
 * tj.eye(2, 3); // [[1, 0, 0], [0, 1, 0]]
 * ```
 * @category Creation
 */
export function eye(n: number, m: number = n, dtype: DType = 'float32'): Tensor {
  checkShape('eye', [n, m]);
  const buf = allocate(checkDtype('eye', dtype), n * m);
  for (let i = 0; i < Math.min(n, m); i++) buf[i * m + i] = 1;
  return new Tensor([n, m], dtype, buf);
}

export { checkDtype };
