// The prebuilt kernels: the hand-written C of native/ (matmul, conv, pooling, reductions) as one
// WASM module in the shared memory, instantiated on first use; with the order of their integer
// arguments and the rates they run at (for threading). The runtime does not build them: the module's
// bytes come from a provider that the compiler side (jit/emcc.ts, through the compile cache)
// registers at startup, so the runtime imports nothing of jit/.
import { dtypeOfArray, SHORT_NAME, type TypedArray } from '../dtype.js';
import type { Conv2dGeometry, Pool2dGeometry } from '../kernels/conv.js';
import { instantiate, type Exports } from './memory.js';
import { shareModule, type SharedFn } from './threads.js';

export const NATIVE_SOURCES = [
  'tj_matmul.c',
  'tj_conv.c',
  'tj_reduce.c',
  'tj_layout.c',
  'tj_scan.c',
  'tj_index.c',
  'tj_random.c',
];
export const NATIVE_EXPORTS = [
  'tj_matmul_f32',
  'tj_matmul_f64',
  'tj_matmul_i32',
  'tj_matmul_scratch_bytes',
  'tj_conv2d_f32',
  'tj_conv2d_f64',
  'tj_conv2d_f32_scratch_bytes',
  'tj_conv2d_f64_scratch_bytes',
  'tj_maxpool2d_f32',
  'tj_maxpool2d_f64',
  'tj_maxpool2d_i32',
  'tj_avgpool2d_f32',
  'tj_avgpool2d_f64',
  'tj_maxpool2d_grad_f32',
  'tj_maxpool2d_grad_f64',
  ...['sum', 'prod', 'max', 'min'].flatMap((k) => ['f32', 'f64', 'i32'].map((d) => `tj_reduce_${k}_${d}`)),
  'tj_reduce_scratch_bytes',
  'tj_reduce_max_bool',
  'tj_reduce_min_bool',
  'tj_window_8',
  'tj_window_32',
  'tj_window_64',
  'tj_concat_8',
  'tj_concat_32',
  'tj_concat_64',
  'tj_uniform_f32',
  'tj_uniform_f64',
  'tj_normal_f32',
  'tj_normal_f64',
  ...['cumsum', 'cumprod', 'argsort'].flatMap((k) => ['f32', 'f64', 'i32'].map((d) => `tj_${k}_${d}`)),
  'tj_argsort_bool',
  'tj_argsort_scratch_bytes',
  'tj_check_index',
  'tj_gather_8',
  'tj_gather_32',
  'tj_gather_64',
  ...['argmax', 'argmin'].flatMap((k) => ['f32', 'f64', 'i32', 'bool'].map((d) => `tj_${k}_${d}`)),
  ...['set_8', 'set_32', 'set_64', 'add_f32', 'add_f64', 'add_i32', 'or_8'].map((k) => `tj_scatter_${k}`),
];

/** What the kernels sustain on one core (bench/native-matmul.bench.ts, bench/native-conv.bench.ts): work estimates in ns. */
export const MATMUL_FLOPS_PER_NS = 35;
/** tj_matmul_i32's plain loops: multiply-adds (two operations) per ns, estimated. */
export const INT_MATMUL_OPS_PER_NS = 4;
export const CONV_FLOPS_PER_NS = 12;
export const POOL_READS_PER_NS = 1.5;
export const REDUCE_ELEMENTS_PER_NS = 2;
/** native/tj_scan.c (a 1000×1000 float32 cumsum, argsort; WASM, one core): elements, and elements × log2(n), per ns. */
export const SCAN_ELEMENTS_PER_NS = 0.5;
export const SORT_STEPS_PER_NS = 0.1;
/** native/tj_index.c (checkIndex, gather, scatter): elements checked, copied or updated per ns, estimated from a copy's rate (each is a memcpy and a pass over the indices or updates). */
export const INDEX_ELEMENTS_PER_NS = 1;
/** native/tj_random.c: uniform draws per ns (Threefry's twenty rounds, ~80 integer operations an element). */
export const RANDOM_ELEMENTS_PER_NS = 0.1;
/** native/tj_random.c: normal draws per ns (Threefry, then Box-Muller's log and cos, ~60 double operations an element, vectorized over blocks: ~40 ns an element on one core in WASM, ~20 natively). */
export const NORMAL_ELEMENTS_PER_NS = 0.025;

/** Largest im2col scratch a convolution may take in WASM memory; bigger ones run in JS. */
export const MAX_CONV_SCRATCH = 256 << 20;

/** The kernels' integer arguments for a convolution, in their order (native/tj_conv.c). */
export function convInts(g: Conv2dGeometry): number[] {
  return [
    g.n,
    g.c,
    g.h,
    g.w,
    g.o,
    g.kh,
    g.kw,
    g.oh,
    g.ow,
    g.strideH,
    g.strideW,
    g.padTop,
    g.padLeft,
    g.dilH,
    g.dilW,
    g.groups,
  ];
}

/** The kernels' integer arguments for a pooling (native/tj_conv.c). */
export function poolInts(g: Pool2dGeometry): number[] {
  return [g.n, g.c, g.h, g.w, g.kh, g.kw, g.oh, g.ow, g.strideH, g.strideW, g.padTop, g.padLeft];
}

/** The kernels' dtype suffix for an array ('f32', 'f64', 'i32'), or undefined where there are none (bool, unknown arrays). */
export function kernelSuffix(a: TypedArray): string | undefined {
  const d = dtypeOfArray(a);
  return d === undefined || d === 'bool' ? undefined : SHORT_NAME[d];
}

/** Multiply-adds of a convolution. */
export const convMacs = (g: Conv2dGeometry) => g.n * g.o * g.oh * g.ow * (g.c / g.groups) * g.kh * g.kw;

/** Where the prebuilt module's bytes come from: registered by the compiler side (jit/emcc.ts). */
export interface PrebuiltProvider {
  /** The module's bytes if a build is in the compile cache (never compiles). */
  cached(): Uint8Array | undefined;
  /** The module's bytes: from the cache, or compiled now (about a second) and cached. */
  build(): Uint8Array;
  /** Whether a toolchain that can build them is there. */
  available(): boolean;
}

let provider: PrebuiltProvider | undefined;

export function setPrebuiltProvider(p: PrebuiltProvider): void {
  provider = p;
}

/** Whether prebuilt kernels can exist here: undefined while no provider is registered. */
export function prebuiltAvailable(): boolean | undefined {
  return provider?.available();
}

/** The kernels module's bytes if a build is in the compile cache (never compiles). */
export function prebuiltKernelsCached(): Uint8Array | undefined {
  return provider?.cached();
}

/** The kernels module's bytes: from the cache, or compiled now (about a second) and cached. */
export function prebuiltKernelsWasm(): Uint8Array {
  if (!provider)
    throw new Error('internal: no provider of the prebuilt WASM kernels is registered (import jit/emcc.ts)');
  return provider.build();
}

let loaded: { exports: Exports; id: number } | undefined;

function load(bytes?: Uint8Array): { exports: Exports; id: number } {
  if (!loaded) {
    const module = instantiate(bytes ?? prebuiltKernelsWasm());
    loaded = { exports: module.exports, id: shareModule(module, NATIVE_EXPORTS) };
  }
  return loaded;
}

export function prebuiltKernels(bytes?: Uint8Array): Exports {
  return load(bytes).exports;
}

/** The kernel `name` of native/ as a function helper threads can run shares of. */
export function prebuiltShared(name: string, bytes?: Uint8Array): SharedFn {
  const { exports, id } = load(bytes);
  const index = NATIVE_EXPORTS.indexOf(name);
  if (index < 0)
    throw new Error(`internal: ${name} is not an export of the prebuilt kernels (${NATIVE_EXPORTS.join(', ')})`);
  return { module: id, index, local: exports[name] };
}
