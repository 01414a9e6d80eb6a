// Data types: their storage arrays and the promotion lattice (bool < int32 < float32 < float64).

/**
 * The element types of tensors. Promotion order: bool < int32 < float32 < float64.
 * @category Types
 */
export type DType = 'float32' | 'float64' | 'int32' | 'bool';
export const DTYPES: readonly DType[] = ['bool', 'int32', 'float32', 'float64'];

/**
 * The TypedArrays that hold tensor data: Float32Array (float32), Float64Array (float64),
 * Int32Array (int32) and Uint8Array (bool, 0 or 1).
 * @category Types
 */
export type TypedArray = Float32Array | Float64Array | Int32Array | Uint8Array;

/** Bytes per element of each dtype (bool is one byte). */
export const DTYPE_BYTES: Record<DType, number> = { float32: 4, float64: 8, int32: 4, bool: 1 };

const RANK: Record<DType, number> = { bool: 0, int32: 1, float32: 2, float64: 3 };

export function isDType(x: unknown): x is DType {
  return typeof x === 'string' && x in RANK;
}

export function isFloat(d: DType): boolean {
  return d === 'float32' || d === 'float64';
}

/** A typed-array class, as a constructor of a new array or of a view on a buffer. */
export interface TypedArrayClass {
  new (length: number): TypedArray;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): TypedArray;
}

/** The typed array that holds each dtype (bool as bytes). */
export const ARRAY_CLASS: Record<DType, TypedArrayClass> = {
  float32: Float32Array,
  float64: Float64Array,
  int32: Int32Array,
  bool: Uint8Array,
};

/** Short names: printed graph types (`f32[3]`) and the suffixes of the prebuilt kernels (`tj_matmul_f32`). */
export const SHORT_NAME: Record<DType, string> = { float32: 'f32', float64: 'f64', int32: 'i32', bool: 'bool' };

export function allocate(dtype: DType, size: number): TypedArray {
  return new ARRAY_CLASS[dtype](size);
}

export function dtypeOfArray(a: TypedArray): DType | undefined {
  if (a instanceof Float32Array) return 'float32';
  if (a instanceof Float64Array) return 'float64';
  if (a instanceof Int32Array) return 'int32';
  return undefined;
}

/** The smallest dtype both a and b convert to without leaving the lattice. */
export function promoteTypes(a: DType, b: DType): DType {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * A dtype paired with "weakness": JS numbers and booleans are weakly typed, so they adopt the
 * dtype of the tensor they meet unless their value does not fit it (2.5 against int32 gives float32).
 */
export interface DTypeInfo {
  dtype: DType;
  weak: boolean;
  integral: boolean;
}

export function promoteWeak(a: DTypeInfo, b: DTypeInfo): DType {
  if (a.weak === b.weak) return promoteTypes(a.dtype, b.dtype);
  const strong = a.weak ? b : a;
  const weak = a.weak ? a : b;
  if (weak.dtype === 'bool') return strong.dtype;
  if (strong.dtype === 'bool') return weak.integral ? 'int32' : 'float32';
  if (strong.dtype === 'int32' && !weak.integral) return 'float32';
  return strong.dtype;
}

/** Converts a JS number to the value a tensor of `dtype` stores. */
export function castScalar(v: number, dtype: DType): number {
  switch (dtype) {
    case 'float32':
      return Math.fround(v);
    case 'float64':
      return v;
    case 'int32':
      return Number.isFinite(v) ? Math.trunc(v) | 0 : 0;
    case 'bool':
      return v !== 0 ? 1 : 0; // NaN is truthy, as in NumPy
  }
}
