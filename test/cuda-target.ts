// Where the CUDA tests run: on a GPU when TENSORJIT_GPU=1 (`npm run test:gpu`), otherwise on the
// test double (test/cuda-double/: every kernel compiled as host C++ and run on the CPU by a fake
// libcuda with the driver API's signatures). The double is switched on per test and off after it,
// since uvu runs every test file in one process.
import { test as uvuTest } from 'uvu';
import { forgetCudaCompiler } from '../jit/backends/cuda/toolchain.js';
import { CudaDriver } from '../runtime/cuda/driver.js';
import { buildCudaDouble } from './cuda-double/build.js';

export const onGpu = process.env.TENSORJIT_GPU === '1';

const DOUBLE_ENV = ['TENSORJIT_CUDA_DRIVER', 'TENSORJIT_CUDA_HOST_DOUBLE', 'TENSORJIT_CUBLAS'] as const;

/** The environment of the double (the fake driver built once). */
function doubleEnv(): Record<(typeof DOUBLE_ENV)[number], string> {
  return { TENSORJIT_CUDA_DRIVER: buildCudaDouble(), TENSORJIT_CUDA_HOST_DOUBLE: 'g++', TENSORJIT_CUBLAS: 'none' };
}

/** Registers before/after hooks on `suite` that switch the double on around each test (nothing on a GPU). */
export function useCudaTarget(suite: typeof uvuTest): void {
  if (onGpu) return;
  const saved: Record<string, string | undefined> = {};
  suite.before.each(() => {
    const env = doubleEnv();
    for (const k of DOUBLE_ENV) {
      saved[k] = process.env[k];
      process.env[k] = env[k];
    }
    CudaDriver.reset();
    forgetCudaCompiler();
  });
  suite.after.each(() => {
    for (const k of DOUBLE_ENV) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
    CudaDriver.reset();
    forgetCudaCompiler();
  });
}
