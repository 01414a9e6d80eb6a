// Eager matmul, conv2d, pooling and random draws through the native kernel library (C for this CPU, OpenBLAS for
// products where installed, split over threads) once it is built: the operands are passed in
// place (koffi hands C the typed arrays' memory), so nothing is copied. Eager code never waits for
// the compiler; TENSORJIT_EAGER_NATIVE=0 keeps eager ops off it.

import type { TypedArray } from '../dtype.js';
import { eagerNativeEnabled } from '../env.js';
import {
  convInts,
  convMacs,
  kernelSuffix,
  NORMAL_ELEMENTS_PER_NS,
  poolInts,
  RANDOM_ELEMENTS_PER_NS,
} from '../wasm/prebuilt.js';
import type { Conv2dGeometry, Pool2dGeometry } from '../kernels/conv.js';
import { threadCount } from '../wasm/threads.js';
import { nativeKernelsAvailable, nativeKernelsIfBuilt, type NativeKernels } from './kernels.js';

/** Below these sizes a call's fixed cost (~1 µs) is more than C saves over the JS kernels. */
const MIN_MATMUL_WORK = 16 * 16 * 16;
const MIN_CONV_WORK = 1 << 10;
const MIN_POOL_WORK = 1 << 10;
/** Draws: the JS kernels take 80-150 ns an element; loading the library first (~25 ms) pays only for large draws. */
const MIN_RANDOM_DRAWS = 256;
const MIN_RANDOM_DRAWS_TO_LOAD = 1 << 16;

/** How many eager calls ran natively (tests check the paths are taken). */
export const eagerNativeCalls = { matmul: 0, conv: 0, pool: 0, random: 0 };

let kernels: NativeKernels | null | undefined;

/** The library if eager ops may use it: built, a compiler there, not disabled. */
function available(): NativeKernels | null {
  if (!eagerNativeEnabled()) return null; // read at each call: a program (or test) may switch it
  if (kernels !== undefined) return kernels;
  const there = nativeKernelsAvailable();
  if (there === undefined) return null; // no provider registered yet: look again later
  if (!there) return (kernels = null);
  // Not built yet: look again at the next call (a native-tier compile or the setup step builds it).
  const built = nativeKernelsIfBuilt();
  if (built) kernels = built;
  return built ?? null;
}

let scratch = new Uint8Array(0);
/** One scratch buffer for every eager call, grown by doubling. */
function scratchFor(bytes: number): Uint8Array {
  if (bytes > scratch.length) scratch = new Uint8Array(Math.max(bytes, scratch.length * 2));
  return scratch;
}

/** Runs out = a · b (batched, strides in elements) natively; false when it should not or cannot. */
export function nativeMatmul(
  a: TypedArray,
  b: TypedArray,
  out: TypedArray,
  batch: number,
  m: number,
  k: number,
  n: number,
  aStride: number,
  bStride: number,
): boolean {
  const d = kernelSuffix(out);
  if ((d !== 'f32' && d !== 'f64') || batch * m * k * n < MIN_MATMUL_WORK) return false;
  const ex = available();
  if (!ex) return false;
  const threads = threadCount();
  const bytes = ((ex.tj_matmul_scratch_bytes(m, k, n) as number) + 63) & ~63;
  const fn = d === 'f32' ? ex.tj_par_matmul_f32 : ex.tj_par_matmul_f64;
  fn(a, b, out, batch, m, k, n, aStride, bStride, 0, threads, scratchFor(bytes * threads), bytes);
  eagerNativeCalls.matmul++;
  return true;
}

/** Runs out = conv2d(x, w) natively; false when it should not or cannot. */
export function nativeConv2d(x: TypedArray, w: TypedArray, out: TypedArray, g: Conv2dGeometry): boolean {
  const d = kernelSuffix(out);
  if ((d !== 'f32' && d !== 'f64') || convMacs(g) < MIN_CONV_WORK) return false;
  const ex = available();
  if (!ex) return false;
  const ints = convInts(g);
  const perShare = (ex[`tj_conv2d_${d}_scratch_bytes`](...ints) as number) + 63;
  if (perShare < 63) return false;
  const bytes = perShare & ~63,
    threads = threadCount();
  ex[`tj_par_conv2d_${d}`](x, w, out, ...ints, threads, scratchFor(bytes * threads), bytes);
  eagerNativeCalls.conv++;
  return true;
}

/** Runs max or average pooling natively; false when it should not or cannot. */
export function nativePool2d(kind: 'max' | 'avg', x: TypedArray, out: TypedArray, g: Pool2dGeometry): boolean {
  const d = kernelSuffix(out);
  if (!d || (kind === 'avg' && d === 'i32') || out.length * g.kh * g.kw < MIN_POOL_WORK) return false;
  const ex = available();
  if (!ex) return false;
  ex[`tj_par_${kind}pool2d_${d}` as 'tj_par_maxpool2d_f32'](x, out, ...poolInts(g), threadCount());
  eagerNativeCalls.pool++;
  return true;
}

/** Runs dx = maxPool2dGrad(x, ct) natively; false when it should not or cannot. */
export function nativeMaxPoolGrad(x: TypedArray, ct: TypedArray, dx: TypedArray, g: Pool2dGeometry): boolean {
  const d = kernelSuffix(dx);
  if ((d !== 'f32' && d !== 'f64') || ct.length * g.kh * g.kw < MIN_POOL_WORK) return false;
  const ex = available();
  if (!ex) return false;
  ex[`tj_par_maxpool2d_grad_${d}`](x, ct, dx, ...poolInts(g), threadCount());
  eagerNativeCalls.pool++;
  return true;
}

/** Fills `out` with uniform or normal draws under generator `state` natively (the JS kernels' bits); false when it should not or cannot. */
export function nativeRandom(kind: 'uniform' | 'normal', state: Int32Array, out: TypedArray): boolean {
  const d = kernelSuffix(out);
  if ((d !== 'f32' && d !== 'f64') || out.length < (kernels ? MIN_RANDOM_DRAWS : MIN_RANDOM_DRAWS_TO_LOAD))
    return false;
  const ex = available();
  if (!ex) return false;
  // The kernel library shares them as the native tier's compiled steps do (by the same estimate).
  const work = out.length / (kind === 'normal' ? NORMAL_ELEMENTS_PER_NS : RANDOM_ELEMENTS_PER_NS);
  ex[`tj_par_${kind}_${d}`](state, out, out.length, threadCount(), work);
  eagerNativeCalls.random++;
  return true;
}
