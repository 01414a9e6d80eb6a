// The native kernel library: the hand-written C of native/ built for this CPU by its C compiler
// (with OpenBLAS for products where installed) and loaded through koffi, for eager ops and for the
// native tier's compiled libraries, which link it. The runtime does not build it: its file comes
// from a provider the compiler side (jit/backends/native/kernel-library.ts) registers, so the
// runtime imports nothing of jit/.

import { koffi } from './ffi.js';

/** Where the library's file comes from: registered by the compiler side. */
export interface NativeKernelProvider {
  /** The library's path if it is built (in the compile cache), without compiling. */
  cached(): string | undefined;
  /** The library's path: from the cache, or compiled now (a few seconds) and cached. */
  build(): string;
  /** Whether a C compiler that can build it is there. */
  available(): boolean;
}

let provider: NativeKernelProvider | undefined;

export function setNativeKernelProvider(p: NativeKernelProvider): void {
  provider = p;
}

/** Whether a provider is registered and can build the library (undefined: none registered yet). */
export const nativeKernelsAvailable = (): boolean | undefined => provider?.available();

/** The CBLAS-style signatures of the library's entries, as koffi declares them. */
const SIGNATURES = {
  tj_matmul_scratch_bytes: 'int tj_matmul_scratch_bytes(int, int, int)',
  tj_conv2d_f32_scratch_bytes:
    'int tj_conv2d_f32_scratch_bytes(int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_conv2d_f64_scratch_bytes:
    'int tj_conv2d_f64_scratch_bytes(int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_reduce_scratch_bytes: 'int tj_reduce_scratch_bytes(int, int, int)',
  tj_argsort_scratch_bytes: 'int tj_argsort_scratch_bytes(int, int, int)',
  tj_par_matmul_f32: 'void tj_par_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, void*, int)',
  tj_par_matmul_f64: 'void tj_par_matmul_f64(void*, void*, void*, int, int, int, int, int, int, int, int, void*, int)',
  tj_par_conv2d_f32:
    'void tj_par_conv2d_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*, int)',
  tj_par_conv2d_f64:
    'void tj_par_conv2d_f64(void*, void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*, int)',
  tj_par_maxpool2d_f32:
    'void tj_par_maxpool2d_f32(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_par_maxpool2d_f64:
    'void tj_par_maxpool2d_f64(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_par_maxpool2d_i32:
    'void tj_par_maxpool2d_i32(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_par_avgpool2d_f32:
    'void tj_par_avgpool2d_f32(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_par_avgpool2d_f64:
    'void tj_par_avgpool2d_f64(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_par_maxpool2d_grad_f32:
    'void tj_par_maxpool2d_grad_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_par_maxpool2d_grad_f64:
    'void tj_par_maxpool2d_grad_f64(void*, void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int)',
  tj_par_uniform_f32: 'void tj_par_uniform_f32(void*, void*, int, int, double)',
  tj_par_uniform_f64: 'void tj_par_uniform_f64(void*, void*, int, int, double)',
  tj_par_normal_f32: 'void tj_par_normal_f32(void*, void*, int, int, double)',
  tj_par_normal_f64: 'void tj_par_normal_f64(void*, void*, int, int, double)',
  tj_blas_set_threads: 'void tj_blas_set_threads(int)',
  tj_blas_config: 'const char* tj_blas_config()',
} as const;

// koffi's functions take the declared C arguments; numbers and typed arrays here.
type NativeFn = (...args: unknown[]) => unknown;
export type NativeKernels = { readonly [K in keyof typeof SIGNATURES]: NativeFn } & {
  /** The library's file. */
  readonly path: string;
};

const loaded = new Map<string, NativeKernels>();

/**
 * The library at `file`, loaded once. Its BLAS runs single-threaded: the kernels call it once per
 * share, on the library's own (OpenMP) threads, so two thread pools never compete for the cores.
 */
export function loadNativeKernels(file: string): NativeKernels {
  const known = loaded.get(file);
  if (known) return known;
  const lib = koffi().load(file);
  const fns = Object.fromEntries(
    Object.entries(SIGNATURES).map(([name, sig]) => [name, lib.func(sig) as NativeFn]),
  ) as Record<keyof typeof SIGNATURES, NativeFn>;
  fns.tj_blas_set_threads(1);
  const kernels = { ...fns, path: file };
  loaded.set(file, kernels);
  return kernels;
}

/** The library if it is built, without building it (eager ops never wait for a compiler); undefined otherwise. */
export function nativeKernelsIfBuilt(): NativeKernels | undefined {
  const file = provider?.cached();
  return file ? loadNativeKernels(file) : undefined;
}

/** The library, built now if it is not yet (the native tier's compiles; the setup step). */
export function nativeKernels(): NativeKernels {
  if (!provider) throw new Error('internal: no native kernel provider registered');
  return loadNativeKernels(provider.build());
}
