// Eager matmul, conv2d, pooling and random draws through the prebuilt native kernels (native/ in WASM, split over
// every core) where that beats the JS kernels: float products, convolutions and poolings above a
// size, once the kernels are built (npm run setup, or any WASM-tier compile, leaves them in the
// compile cache). Eager code never waits for emcc. TENSORJIT_EAGER_WASM=0 keeps eager ops in JS.

import type { TypedArray } from '../dtype.js';
import type { Conv2dGeometry, Pool2dGeometry } from '../kernels/conv.js';
import { release, reserve, sharedMemory, type Exports } from './memory.js';
import {
  CONV_FLOPS_PER_NS,
  convInts,
  convMacs,
  kernelSuffix,
  MATMUL_FLOPS_PER_NS,
  MAX_CONV_SCRATCH,
  NORMAL_ELEMENTS_PER_NS,
  poolInts,
  POOL_READS_PER_NS,
  RANDOM_ELEMENTS_PER_NS,
  prebuiltAvailable,
  prebuiltKernels,
  prebuiltKernelsCached,
  prebuiltShared,
} from './prebuilt.js';
import { MIN_SHARED_WORK, runShared, sharesFor } from './threads.js';
import { eagerWasmEnabled } from '../env.js';

/** Below these sizes the copies in and out cost more than WASM saves (multiply-adds; pooling window reads). */
const MIN_MATMUL_WORK = 48 * 48 * 48;
const MIN_CONV_WORK = 1 << 12;
const MIN_POOL_WORK = 1 << 12;
/** Draws: the JS kernels take 80-150 ns an element, the copy out a fraction of a ns; loading the module first pays only for large draws. */
const MIN_RANDOM_DRAWS = 1 << 10;
const MIN_RANDOM_DRAWS_TO_LOAD = 1 << 16;

/** How many eager calls ran in WASM (tests check the paths are taken). */
export const eagerWasmCalls = { matmul: 0, conv: 0, pool: 0, random: 0 };

let kernels: Exports | null | undefined;
let staging = { base: 0, bytes: 0 };

/** The prebuilt kernels if eager ops may use them: built (in the compile cache), emcc there, not disabled. */
function available(): Exports | null {
  if (!eagerWasmEnabled()) return null; // read at each call: a program (or test) may switch it
  if (kernels !== undefined) return kernels;
  const toolchainThere = prebuiltAvailable();
  if (toolchainThere === undefined) return null; // no provider registered yet: look again later
  if (!toolchainThere) return (kernels = null);
  // Not built yet: look again at the next call (a WASM-tier compile builds them too); a look is a
  // file check, small beside the products and convolutions that ask.
  const bytes = prebuiltKernelsCached();
  return bytes ? (kernels = prebuiltKernels(bytes)) : null;
}

/** One staging region for every eager call, grown by doubling, so WASM memory stays bounded. */
function stagingFor(bytes: number): number {
  if (bytes > staging.bytes) {
    const size = Math.max(bytes, staging.bytes * 2);
    if (staging.base) release(staging.base);
    staging = { base: 0, bytes: 0 };
    staging = { base: reserve(size, "eager kernels' staging"), bytes: size };
  }
  return staging.base;
}

const align = (x: number) => (x + 63) & ~63;
/**
 * Copies the inputs into staging, runs the kernel `fn(...pointers, ...ints, part, parts, scratch)`
 * in as many shares as its `work` (estimated ns) deserves, each with `scratchBytes` of scratch,
 * and copies the output back.
 */
function runStaged(
  fn: string,
  inputs: TypedArray[],
  out: TypedArray,
  ints: number[],
  scratchBytes: number,
  work: number,
): void {
  const offsets: number[] = [];
  let bytes = 0;
  for (const a of [...inputs, out]) {
    offsets.push(bytes);
    bytes += align(a.byteLength);
  }
  const shares = sharesFor(work, MIN_SHARED_WORK),
    perShare = align(scratchBytes);
  const base = stagingFor(bytes + perShare * shares);
  const View = out.constructor as new (b: ArrayBufferLike, o: number, n: number) => TypedArray;
  const buf = sharedMemory().buffer;
  inputs.forEach((a, i) => new (a.constructor as typeof View)(buf, base + offsets[i], a.length).set(a));
  runShared(prebuiltShared(fn), [...offsets.map((o) => base + o), ...ints], shares, base + bytes, perShare);
  // The call may have grown the memory: view the buffer afresh.
  out.set(new View(sharedMemory().buffer, base + offsets[inputs.length], out.length));
}

/** Runs out = a · b (batched, strides in elements) in WASM; false when it should not or cannot. */
export function wasmMatmul(
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
  runStaged(
    `tj_matmul_${d}`,
    [a, b],
    out,
    [batch, m, k, n, aStride, bStride, 0],
    ex.tj_matmul_scratch_bytes(m, k, n),
    (2 * batch * m * k * n) / MATMUL_FLOPS_PER_NS,
  );
  eagerWasmCalls.matmul++;
  return true;
}

/** Runs out = conv2d(x, w) (runtime/kernels/conv.ts geometry) in WASM; false when it should not or cannot. */
export function wasmConv2d(x: TypedArray, w: TypedArray, out: TypedArray, g: Conv2dGeometry): boolean {
  const d = kernelSuffix(out);
  if ((d !== 'f32' && d !== 'f64') || convMacs(g) < MIN_CONV_WORK) return false;
  const ex = available();
  if (!ex) return false;
  const ints = convInts(g);
  const scratch = ex[`tj_conv2d_${d}_scratch_bytes`](...ints);
  if (scratch < 0 || scratch > MAX_CONV_SCRATCH) return false;
  runStaged(`tj_conv2d_${d}`, [x, w], out, ints, scratch, (2 * convMacs(g)) / CONV_FLOPS_PER_NS);
  eagerWasmCalls.conv++;
  return true;
}

/** Runs max or average pooling in WASM; false when it should not or cannot. */
export function wasmPool2d(kind: 'max' | 'avg', x: TypedArray, out: TypedArray, g: Pool2dGeometry): boolean {
  const d = kernelSuffix(out);
  const reads = out.length * g.kh * g.kw;
  if (!d || (kind === 'avg' && d === 'i32') || reads < MIN_POOL_WORK) return false;
  if (!available()) return false;
  runStaged(`tj_${kind}pool2d_${d}`, [x], out, poolInts(g), 0, reads / POOL_READS_PER_NS);
  eagerWasmCalls.pool++;
  return true;
}

/** Runs dx = maxPool2dGrad(x, ct) in WASM; false when it should not or cannot. */
export function wasmMaxPoolGrad(x: TypedArray, ct: TypedArray, dx: TypedArray, g: Pool2dGeometry): boolean {
  const d = kernelSuffix(dx);
  const reads = ct.length * g.kh * g.kw;
  if ((d !== 'f32' && d !== 'f64') || reads < MIN_POOL_WORK) return false;
  if (!available()) return false;
  runStaged(`tj_maxpool2d_grad_${d}`, [x, ct], dx, poolInts(g), 0, (2 * reads) / POOL_READS_PER_NS);
  eagerWasmCalls.pool++;
  return true;
}

/** Fills `out` with uniform or normal draws under generator `state` in WASM (the JS kernels' bits); false when it should not or cannot. */
export function wasmRandom(kind: 'uniform' | 'normal', state: Int32Array, out: TypedArray): boolean {
  const d = kernelSuffix(out);
  if ((d !== 'f32' && d !== 'f64') || out.length < (kernels ? MIN_RANDOM_DRAWS : MIN_RANDOM_DRAWS_TO_LOAD))
    return false;
  if (!available()) return false;
  const perNs = kind === 'normal' ? NORMAL_ELEMENTS_PER_NS : RANDOM_ELEMENTS_PER_NS;
  runStaged(`tj_${kind}_${d}`, [state], out, [out.length], 0, out.length / perNs);
  eagerWasmCalls.random++;
  return true;
}
