// Seeded inputs for the kernel tests of every tier (native/ compiled to WASM and for the host, and
// the CUDA kernels on the CPU double): one generator per test file, and the input of a reduction.

export const KERNEL_ARRAYS = {
  float32: Float32Array,
  float64: Float64Array,
  int32: Int32Array,
  bool: Uint8Array,
} as const;
export type KernelDtype = keyof typeof KERNEL_ARRAYS;

/** What a reduction's input stresses: nothing, NaN, infinities, zeros of both signs, or int32 wrap-around. */
export type ReduceSpecial = 'none' | 'nan' | 'inf' | 'zeros' | 'wrap';

/** A seeded generator (an LCG: the same numbers on every run) and the arrays drawn from it. */
export function seededInputs(seed: number) {
  let state = seed;
  /** A number in [-1, 1). */
  const rand = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 31 - 1;
  };
  /** `len` values: rand() for floats, int(rand()) for int32, rand() > 0 for bool. */
  const randArray = <D extends KernelDtype>(dtype: D, len: number, int = (r: number) => Math.round(r * 1000)) => {
    const a = new KERNEL_ARRAYS[dtype](len) as InstanceType<(typeof KERNEL_ARRAYS)[D]>;
    for (let i = 0; i < len; i++) a[i] = dtype === 'int32' ? int(rand()) : dtype === 'bool' ? +(rand() > 0) : rand();
    return a;
  };
  /** The input of a reduction `kind` ('sum', 'prod', 'max', 'min') of `len` elements, with its `special` values. */
  const reduceInput = (kind: string, dtype: 'float32' | 'float64' | 'int32', len: number, special: ReduceSpecial) => {
    // Products of values near 1 stay in range; wrap: int32 values large enough that sums and products wrap.
    const x = randArray(
      dtype,
      len,
      special === 'wrap' ? (r) => Math.round(r * 2 ** 31) | 0 : (r) => Math.round(r * (kind === 'prod' ? 3 : 1000)),
    );
    for (let i = 0; i < len; i++) {
      const r = rand();
      if (dtype !== 'int32' && kind === 'prod') x[i] = 1 + x[i] / 8;
      if (special === 'nan' && r > 0.9) x[i] = NaN;
      if (special === 'inf' && r > 0.8) x[i] = r > 0.9 ? Infinity : -Infinity;
      // Zeros of both signs, with negative values for max and positive ones for min: the result is often a zero.
      if (special === 'zeros') x[i] = r > 0.2 ? (r > 0.6 ? 0 : -0) : kind === 'min' ? 0.5 - r : r - 0.5;
    }
    return x;
  };
  return { rand, randArray, reduceInput };
}
