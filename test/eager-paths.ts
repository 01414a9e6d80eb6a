// Which kernels eager ops take, for tests of one path: the native kernel library comes first where
// it is built (runtime/eager-kernels.ts), so a test of the WASM path keeps eager ops off it.

/** Runs fn with TENSORJIT_EAGER_NATIVE=0 (eager matmul/conv/pooling off the native kernel library), then puts the variable back. */
export function withoutEagerNative<T>(fn: () => T): T {
  const was = process.env.TENSORJIT_EAGER_NATIVE;
  process.env.TENSORJIT_EAGER_NATIVE = '0';
  try {
    return fn();
  } finally {
    if (was === undefined) delete process.env.TENSORJIT_EAGER_NATIVE;
    else process.env.TENSORJIT_EAGER_NATIVE = was;
  }
}
