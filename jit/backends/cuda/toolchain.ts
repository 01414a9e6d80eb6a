// The CUDA tier's compiler driver: CUDA C++ to a module image for this GPU, by NVRTC through koffi
// where one is found, else `nvcc -cubin`; images kept in the compile cache under the source, the
// GPU's compute capability and the compiler's version. (Tests swap in a host C++ compiler and a
// fake driver, test/cuda-double/: TENSORJIT_CUDA_HOST_DOUBLE; never a backend of its own.)

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CudaDriver } from '../../../runtime/cuda/driver.js';
import { findCudaLibrary, nvrtc } from '../../../runtime/cuda/nvrtc.js';
import { cublasFromEnv, cudaHostDoubleFromEnv, nvccFromEnv } from '../../../runtime/env.js';
import { childProcess } from '../../lazy.js';
import { cachedOrBuild, cacheKey } from '../../cache.js';
import { checkCompilerRun, CompileError, compileTimeout, NATIVE_DIR, which } from '../../emcc.js';
import { libraryFile } from '../native/toolchain.js';
import type { Toolchain } from '../backend.js';

/** The folder of the CUDA sources (native/cuda/). */
export const CUDA_DIR = path.join(NATIVE_DIR, 'cuda');

export interface CudaCompiler {
  available: true;
  /** NVRTC, nvcc, or the host double, with its version (part of every cache key). */
  version: string;
  /** The GPU's compute capability as NVRTC spells it ('90'). */
  arch: string;
  /** Source to a module image the driver loads (cubin, PTX, or the double's library). */
  compile(source: string, what: string): Uint8Array;
}

let found: CudaCompiler | { available: false; reason: string } | undefined;

/** The compiler for this machine's GPU, or why there is none (asks the driver for the GPU). */
export function cudaCompiler(): CudaCompiler | { available: false; reason: string } {
  if (found) return found;
  let arch: string;
  try {
    const [major, minor] = CudaDriver.get().info.capability;
    arch = `${major}${minor}`;
  } catch (e) {
    return (found = { available: false, reason: (e as Error).message });
  }
  const double = cudaHostDoubleFromEnv();
  if (double) return (found = hostDouble(double, arch));
  const rtc = nvrtc();
  if (!('error' in rtc))
    return (found = {
      available: true,
      version: rtc.version,
      arch,
      compile: (source, what) => rtc.compile(source, arch, what).image,
    });
  const nvcc = nvccFromEnv() ?? which('nvcc') ?? ['/usr/local/cuda/bin/nvcc'].find((f) => fs.existsSync(f));
  if (nvcc) return (found = nvccCompiler(nvcc, arch));
  return (found = {
    available: false,
    reason: `no CUDA compiler: ${rtc.error}, and no nvcc on PATH or at /usr/local/cuda/bin (TENSORJIT_NVCC names one)`,
  });
}

/** Forgets the compiler found (tests switch between the double and none). */
export function forgetCudaCompiler(): void {
  found = undefined;
}

/** Runs a compiler on `source` written to a temporary .cu file, reading back the file it writes. */
function runCompiler(
  command: string,
  args: (src: string, out: string) => string[],
  source: string,
  what: string,
  name: string,
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tensorjit-cuda-'));
  try {
    const src = path.join(dir, 'kernels.cu'),
      out = path.join(dir, 'out');
    fs.writeFileSync(src, source);
    const seconds = compileTimeout();
    // (spawnSync honours `detached`, though its typings leave it out: a timeout kills the whole group.)
    const options = { encoding: 'utf8', timeout: seconds * 1000, detached: true, maxBuffer: 64 << 20 } as const;
    const r = childProcess().spawnSync(command, args(src, out), options);
    checkCompilerRun(r, { name, failed: `${name} could not compile ${what}`, what, seconds, source });
    return new Uint8Array(fs.readFileSync(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function nvccCompiler(nvcc: string, arch: string): CudaCompiler {
  const v = childProcess().spawnSync(nvcc, ['--version'], { encoding: 'utf8' });
  const version = `nvcc ${/release ([\d.]+)/.exec(v.stdout ?? '')?.[1] ?? 'unknown'} (${nvcc})`;
  return {
    available: true,
    version,
    arch,
    compile: (source, what) =>
      runCompiler(nvcc, (src, out) => ['-cubin', `-arch=sm_${arch}`, '-o', out, src], source, what, 'nvcc'),
  };
}

/** Tests only: CUDA sources compiled as host C++ with native/cuda/host/tj_cuda_host.h, for the fake driver. */
function hostDouble(command: string, arch: string): CudaCompiler {
  const header = path.join(CUDA_DIR, 'host', 'tj_cuda_host.h');
  const flags = ['-std=c++17', '-O1', '-shared', '-fPIC', '-include', header, '-x', 'c++'];
  return {
    available: true,
    version: `host double ${command} ${fs.readFileSync(header, 'utf8').length}`,
    arch,
    compile(source, what) {
      const bytes = runCompiler(command, (src, out) => [...flags, src, '-o', out], source, what, command);
      const file = libraryFile(cacheKey({ cudaHostDouble: source }), bytes);
      return new TextEncoder().encode(`TJHOST:${file}\0`);
    },
  };
}

/** A module image for `source`, through the compile cache; `cached` says whether the compiler was spared. */
export function compileCudaCached(
  source: string,
  what: string,
  extra: Record<string, string> = {},
): { image: Uint8Array; cached: boolean } {
  const c = cudaCompiler();
  if (!c.available) throw new CompileError(c.reason);
  const key = cacheKey({ ...extra, target: 'cuda', source, arch: c.arch, compiler: c.version });
  const { bytes, cached } = cachedOrBuild(
    key,
    () => c.compile(source, what),
    (b) => b.length > 0,
    (compileTimeout() + 10) * 1000,
  );
  if (cudaHostDoubleFromEnv()) {
    // The double's image names a library file: make sure it is still there.
    const file = new TextDecoder().decode(bytes).slice('TJHOST:'.length).replace(/\0$/, '');
    if (!fs.existsSync(file)) return { image: c.compile(source, what), cached: false };
  }
  return { image: bytes, cached };
}

/** The cuBLAS the loader binds (TENSORJIT_CUBLAS, else one found), or undefined (for backends()' detail). */
export function cublasFile(): string | undefined {
  const asked = cublasFromEnv();
  return asked === 'none' ? undefined : (asked ?? findCudaLibrary('cublas'));
}

export const nvcuda: Toolchain = {
  name: 'cuda',
  flags: ['--std=c++17'],
  probe() {
    const c = cudaCompiler();
    return c.available ? { available: true, version: `${c.version}, sm_${c.arch}` } : c;
  },
  timeout: compileTimeout,
  compile(source, _exports, key) {
    const { image, cached } = compileCudaCached(source, 'CUDA kernels', key);
    return { binary: image, cached };
  },
};
