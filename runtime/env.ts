// The configuration: every TENSORJIT_* environment variable is read here, and only here, checked as
// it is read (a bad value throws naming the variable and the value). Values are read at each use,
// so a program (or a test) that sets one takes effect; an empty value means unset.

/** The variable's text, or undefined when it is unset or empty. */
function raw(name: string): string | undefined {
  const v = process.env[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

/** A positive number from the variable, or `fallback` when unset; `what` says what it counts. */
function positiveNumber(name: string, fallback: number, what: string): number {
  const v = raw(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`${name} must be a positive number of ${what}, got ${JSON.stringify(v)}`);
  return n;
}

let threads: { raw: string; value: number } | undefined;

/** TENSORJIT_THREADS as a number, or undefined where it is unset or empty; anything but a positive integer throws. */
export function threadsFromEnv(): number | undefined {
  const v = raw('TENSORJIT_THREADS');
  if (v === undefined) return undefined;
  if (threads?.raw === v) return threads.value; // read on every kernel call
  if (!/^\s*\d+\s*$/.test(v) || Number(v) < 1) {
    throw new Error(`TENSORJIT_THREADS must be a positive integer (the CPU threads kernels may use), got '${v}'`);
  }
  threads = { raw: v, value: Number(v) };
  return threads.value;
}

/** TENSORJIT_DEBUG: 0 (unset) to 3; 1 graphs before and after rewriting, 2 generated source, 3 each phase. */
export function debugLevel(): number {
  const v = raw('TENSORJIT_DEBUG');
  if (v === undefined) return 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : 1;
}

/** TENSORJIT_BACKEND: the default `backend` of jit (checked against the backends by jit itself), or undefined. */
export function backendFromEnv(): string | undefined {
  return raw('TENSORJIT_BACKEND');
}

/** TENSORJIT_CACHE_DIR: where the compile cache lives, or undefined for the default. */
export function cacheDirFromEnv(): string | undefined {
  return raw('TENSORJIT_CACHE_DIR');
}

/** TENSORJIT_COMPILE_TIMEOUT: seconds one toolchain run may take (default 120). */
export function compileTimeoutFromEnv(fallback: number): number {
  return positiveNumber('TENSORJIT_COMPILE_TIMEOUT', fallback, 'seconds');
}

/** TENSORJIT_WASM_MEMORY_MB: bytes compiled functions may hold in WASM memory (default given in MiB). */
export function wasmMemoryBoundFromEnv(fallbackMb: number): number {
  return positiveNumber('TENSORJIT_WASM_MEMORY_MB', fallbackMb, 'MiB') * 2 ** 20;
}

/** TENSORJIT_EAGER_WASM=0 keeps eager matmul/conv/pooling/random draws on the JS kernels. */
export function eagerWasmEnabled(): boolean {
  return raw('TENSORJIT_EAGER_WASM') !== '0';
}

/** TENSORJIT_BLAS: 'none' builds the native tier without a BLAS; a path names the BLAS library to link; unset finds OpenBLAS. */
export function blasFromEnv(): string | undefined {
  return raw('TENSORJIT_BLAS');
}

/** CC: the C compiler the native tier uses (a command name or path), or undefined to look for cc, gcc, clang. */
export function cCompilerFromEnv(): string | undefined {
  return raw('CC');
}

/** TENSORJIT_EAGER_NATIVE=0 keeps eager matmul/conv/pooling/random draws off the native kernel library. */
export function eagerNativeEnabled(): boolean {
  return raw('TENSORJIT_EAGER_NATIVE') !== '0';
}

/** TENSORJIT_CUDA_DRIVER: the CUDA driver library to load instead of libcuda.so.1 (a path), or undefined. */
export function cudaDriverFromEnv(): string | undefined {
  return raw('TENSORJIT_CUDA_DRIVER');
}

/** TENSORJIT_NVRTC: the NVRTC library to compile CUDA with (a path), or undefined to look for one. */
export function nvrtcFromEnv(): string | undefined {
  return raw('TENSORJIT_NVRTC');
}

/** TENSORJIT_CUBLAS: the cuBLAS library for products (a path, or 'none' for the CUDA tier's own GEMM), or undefined to look for one. */
export function cublasFromEnv(): string | undefined {
  return raw('TENSORJIT_CUBLAS');
}

/** TENSORJIT_NVCC: the nvcc to compile CUDA with where there is no NVRTC, or undefined to look for one. */
export function nvccFromEnv(): string | undefined {
  return raw('TENSORJIT_NVCC');
}

/**
 * TENSORJIT_CUDA_HOST_DOUBLE: tests only (test/cuda-double/): CUDA sources are compiled as host
 * C++ by this compiler command and run on the CPU by the fake driver that TENSORJIT_CUDA_DRIVER names.
 */
export function cudaHostDoubleFromEnv(): string | undefined {
  return raw('TENSORJIT_CUDA_HOST_DOUBLE');
}

/** TENSORJIT_CUDA_GRAPHS=0 runs a CUDA function's kernels one launch at a time instead of replaying them as a CUDA graph. */
export function cudaGraphsEnabled(): boolean {
  return raw('TENSORJIT_CUDA_GRAPHS') !== '0';
}

/**
 * TENSORJIT_DISTRIBUTED_TIMEOUT: seconds a collective of `tj.distributed` may wait for the other
 * processes before it throws (a process that died or took another path); default 300.
 */
export function distributedTimeoutFromEnv(fallback: number): number {
  return positiveNumber('TENSORJIT_DISTRIBUTED_TIMEOUT', fallback, 'seconds');
}

/** MPICC: the MPI compiler wrapper that builds the MPI shim (a command name or path), or undefined for `mpicc`. */
export function mpiccFromEnv(): string | undefined {
  return raw('MPICC');
}

/** TENSORJIT_WASM_DIRECT=0 compiles WASM modules through emcc itself instead of running its clang and wasm-ld directly. */
export function wasmDirectEnabled(): boolean {
  return raw('TENSORJIT_WASM_DIRECT') !== '0';
}
