// The hand-written kernels of native/ (matmul, conv, pooling, reductions) as one WASM module in the
// shared memory, compiled once per toolchain through the compile cache and instantiated on first
// use; with the order of their integer arguments and the rates they run at (for threading).

import fs from 'node:fs';
import path from 'node:path';
import { cachedWasm, compileCached, NATIVE_DIR, wasmKey } from '../../jit/emcc.js';
import type { Conv2dGeometry, Pool2dGeometry } from '../kernels/conv.js';
import { instantiate, type Exports } from './memory.js';
import { shareModule, type SharedFn } from './threads.js';

export const NATIVE_SOURCES = ['tj_matmul.c', 'tj_conv.c', 'tj_reduce.c', 'tj_layout.c'];
export const NATIVE_EXPORTS = [
  'tj_matmul_f32', 'tj_matmul_f64', 'tj_matmul_scratch_bytes',
  'tj_conv2d_f32', 'tj_conv2d_f64', 'tj_conv2d_f32_scratch_bytes', 'tj_conv2d_f64_scratch_bytes',
  'tj_maxpool2d_f32', 'tj_maxpool2d_f64', 'tj_maxpool2d_i32', 'tj_avgpool2d_f32', 'tj_avgpool2d_f64',
  'tj_maxpool2d_grad_f32', 'tj_maxpool2d_grad_f64',
  ...['sum', 'prod', 'max', 'min'].flatMap((k) => ['f32', 'f64', 'i32'].map((d) => `tj_reduce_${k}_${d}`)), 'tj_reduce_scratch_bytes',
  'tj_window_8', 'tj_window_32', 'tj_window_64',
];

/** What the kernels sustain on one core (bench/native-matmul.bench.ts, bench/native-conv.bench.ts): work estimates in ns. */
export const MATMUL_FLOPS_PER_NS = 35;
export const CONV_FLOPS_PER_NS = 12;
export const POOL_READS_PER_NS = 1.5;
export const REDUCE_ELEMENTS_PER_NS = 2;

/** Largest im2col scratch a convolution may take in WASM memory; bigger ones run in JS. */
export const MAX_CONV_SCRATCH = 256 << 20;

/** The kernels' integer arguments for a convolution, in their order (native/tj_conv.c). */
export function convInts(g: Conv2dGeometry): number[] {
  return [g.n, g.c, g.h, g.w, g.o, g.kh, g.kw, g.oh, g.ow, g.strideH, g.strideW, g.padTop, g.padLeft, g.dilH, g.dilW, g.groups];
}

/** The kernels' integer arguments for a pooling (native/tj_conv.c). */
export function poolInts(g: Pool2dGeometry): number[] {
  return [g.n, g.c, g.h, g.w, g.kh, g.kw, g.oh, g.ow, g.strideH, g.strideW, g.padTop, g.padLeft];
}

/** Multiply-adds of a convolution. */
export const convMacs = (g: Conv2dGeometry) => g.n * g.o * g.oh * g.ow * (g.c / g.groups) * g.kh * g.kw;

const sourceText = () => NATIVE_SOURCES.map((f) => fs.readFileSync(path.join(NATIVE_DIR, f), 'utf8')).join('\n');
const KEY_EXTRA = { target: 'wasm-native' };

/** The kernels module's bytes if a build is in the compile cache (never compiles). */
let key: string | undefined;

export function nativeKernelsCached(): Uint8Array | undefined {
  key ??= wasmKey(sourceText(), NATIVE_EXPORTS, KEY_EXTRA);
  return cachedWasm(key);
}

/** The kernels module's bytes: from the cache, or compiled now (about a second) and cached. */
export function nativeKernelsWasm(): Uint8Array {
  return compileCached(sourceText(), NATIVE_EXPORTS, KEY_EXTRA).wasm;
}

let loaded: { exports: Exports; id: number } | undefined;

function load(bytes?: Uint8Array): { exports: Exports; id: number } {
  if (!loaded) {
    const module = instantiate(bytes ?? nativeKernelsWasm());
    loaded = { exports: module.exports, id: shareModule(module, NATIVE_EXPORTS) };
  }
  return loaded;
}

export function nativeKernels(bytes?: Uint8Array): Exports {
  return load(bytes).exports;
}

/** The kernel `name` of native/ as a function helper threads can run shares of. */
export function nativeShared(name: string, bytes?: Uint8Array): SharedFn {
  const { exports, id } = load(bytes);
  const index = NATIVE_EXPORTS.indexOf(name);
  if (index < 0) throw new Error(`internal: ${name} is not an export of the native kernels (${NATIVE_EXPORTS.join(', ')})`);
  return { module: id, index, local: exports[name] };
}
