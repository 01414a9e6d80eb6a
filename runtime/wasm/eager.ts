// Eager matmul through the prebuilt native kernels (native/tj_matmul.c in WASM) where that is
// faster than the JS kernel: large float products, once the kernels are built (npm run setup, or
// any WASM-tier compile, leaves them in the compile cache). Eager code never waits for emcc.

import type { TypedArray } from '../dtype.js';
import { toolchain } from '../../jit/emcc.js';
import { reserve, sharedMemory } from './memory.js';
import { nativeKernels, nativeKernelsCached } from './native.js';

/** Below this many multiply-adds the copies in and out cost more than WASM saves. */
const MIN_WORK = 48 * 48 * 48;

let kernels: Record<string, (...args: number[]) => number> | null | undefined;
/** How many eager products ran in WASM (tests check the path is taken). */
export let wasmMatmulCalls = 0;
let staging = { base: 0, bytes: 0 };

function available(): Record<string, (...args: number[]) => number> | null {
  if (kernels !== undefined) return kernels;
  if (process.env.TENSORJIT_EAGER_WASM === '0' || !toolchain().available) return (kernels = null);
  const bytes = nativeKernelsCached();
  return (kernels = bytes ? nativeKernels(bytes) : null);
}

/** One staging region for every eager call, grown by doubling, so WASM memory stays bounded. */
function stagingFor(bytes: number): number {
  if (bytes > staging.bytes) {
    const size = Math.max(bytes, staging.bytes * 2);
    staging = { base: reserve(size), bytes: size };
  }
  return staging.base;
}

/** Runs out = a · b (batched, strides in elements) in WASM; false when it should not or cannot. */
export function wasmMatmul(a: TypedArray, b: TypedArray, out: TypedArray, batch: number, m: number, k: number, n: number, aStride: number, bStride: number): boolean {
  const f32 = out instanceof Float32Array, f64 = out instanceof Float64Array;
  if (!(f32 || f64) || batch * m * k * n < MIN_WORK) return false;
  const ex = available();
  if (!ex) return false;
  const es = f32 ? 4 : 8;
  const align = (x: number) => (x + 63) & ~63;
  const aBytes = align(a.length * es), bBytes = align(b.length * es), cBytes = align(out.length * es);
  const scratchBytes = ex.tj_matmul_scratch_bytes(m, k, n);
  const base = stagingFor(aBytes + bBytes + cBytes + scratchBytes);
  const buf = sharedMemory().buffer;
  const View = f32 ? Float32Array : Float64Array;
  new View(buf, base, a.length).set(a);
  new View(buf, base + aBytes, b.length).set(b);
  (f32 ? ex.tj_matmul_f32 : ex.tj_matmul_f64)(base, base + aBytes, base + aBytes + bBytes, batch, m, k, n, aStride, bStride, 0, 1, base + aBytes + bBytes + cBytes);
  out.set(new View(sharedMemory().buffer, base + aBytes + bBytes, out.length));
  wasmMatmulCalls++;
  return true;
}
