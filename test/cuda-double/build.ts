// Builds the CUDA test doubles (tests only): the fake libcuda (fake_cuda.c), CUDA sources compiled for the CPU through native/cuda/host/tj_cuda_host.h, and PTX for compile checks.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../../jit/cache.js';
import { which } from '../../jit/emcc.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The header that makes a CUDA source compile as host C++ (passed with -include). */
export const CUDA_HOST_HEADER = path.resolve(here, '../../native/cuda/host/tj_cuda_host.h');
const FAKE_SOURCE = path.join(here, 'fake_cuda.c');

const firstFound = (names: (string | undefined)[]) =>
  names.find((n): n is string => !!n && !!which(n)) ?? names.find((n): n is string => !!n)!;
const CC = () => firstFound([process.env.CC, 'cc', 'gcc', 'clang']);
const CXX = () => firstFound([process.env.CXX, 'g++', 'c++', 'clang++']);
const hash = (...parts: string[]) => {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex').slice(0, 24);
};

let dirFound: string | undefined;
/** A writable directory for the doubles: the compile cache's, else one in the temporary directory. */
function outDir(): string {
  if (dirFound) return dirFound;
  for (const dir of [
    path.join(cacheDir(), 'cuda-double'),
    path.join(os.tmpdir(), `tensorjit-cuda-double-${os.userInfo().uid}`),
  ])
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.accessSync(dir, fs.constants.W_OK);
      return (dirFound = dir);
    } catch {
      // try the next one
    }
  throw new Error('cuda-double: no writable directory for the test doubles');
}

/** Compiles `source` (written to a file with extension `ext`) with `compiler args` into `<key>.so`, unless already there. */
function buildLibrary(compiler: string, args: string[], source: string, ext: string, key: string): string {
  const dir = outDir(),
    out = path.join(dir, `${key}.so`);
  if (fs.existsSync(out)) return out;
  const tmp = path.join(dir, `${key}.${process.pid}.${crypto.randomBytes(4).toString('hex')}`);
  fs.writeFileSync(`${tmp}.${ext}`, source);
  try {
    const r = spawnSync(compiler, [...args, `${tmp}.${ext}`, '-o', `${tmp}.so`], { encoding: 'utf8' });
    if (r.error || r.status !== 0)
      throw new Error(`cuda-double: ${compiler} ${args.join(' ')} failed:\n${r.error?.message ?? r.stderr}`);
    fs.renameSync(`${tmp}.so`, out); // atomic: concurrent test files never load a half-written library
  } finally {
    fs.rmSync(`${tmp}.${ext}`, { force: true });
    fs.rmSync(`${tmp}.so`, { force: true });
  }
  return out;
}

/** The path of the fake libcuda, built from fake_cuda.c (cached by a hash of its source). */
export function buildCudaDouble(): string {
  const source = fs.readFileSync(FAKE_SOURCE, 'utf8'),
    cc = CC();
  const args = ['-std=gnu11', '-O1', '-shared', '-fPIC'];
  return buildLibrary(cc, [...args, '-x', 'c'], source, 'c', `fake-cuda-${hash(source, cc, ...args)}`);
}

/** -I flags for `dirs`, and the text of the headers in them (part of cache keys: a changed header rebuilds). */
function includes(dirs: string[]): { flags: string[]; text: string } {
  const flags = dirs.flatMap((d) => ['-I', path.resolve(d)]);
  const headers = dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => /\.(h|cuh|hpp)$/.test(f))
      .sort()
      .map((f) => fs.readFileSync(path.join(d, f), 'utf8')),
  );
  return { flags, text: headers.join('\0') };
}

/**
 * Compiles a CUDA source for the CPU (g++ with tj_cuda_host.h included first; cached by a hash of
 * the source, the header and the headers in `includeDirs`) and returns the module image the fake
 * libcuda loads: `TJHOST:<path>`.
 */
export function hostCompileCuda(source: string, includeDirs: string[] = []): string {
  const header = fs.readFileSync(CUDA_HOST_HEADER, 'utf8'),
    cxx = CXX(),
    inc = includes(includeDirs);
  const args = ['-std=c++17', '-O1', '-shared', '-fPIC', ...inc.flags, '-include', CUDA_HOST_HEADER];
  const key = `host-cuda-${hash(source, header, inc.text, cxx, ...args)}`;
  return `TJHOST:${buildLibrary(cxx, [...args, '-x', 'c++'], source, 'cu', key)}`;
}

/**
 * What clang needs before a CUDA source when it compiles without CUDA's headers (-nocudainc): the
 * qualifiers, the built-in variables, CUDA's math (libdevice declarations: calls stay external in
 * the PTX, as -nocudalib links nothing) and the atomics the kernels use. It defines
 * __CLANG_CUDA_RUNTIME_WRAPPER_H__, as clang's own wrapper would.
 */
export const CLANG_CUDA_PRELUDE = `// stands in for clang's CUDA runtime wrapper (sources test this macro to skip their own fallbacks)
#define __CLANG_CUDA_RUNTIME_WRAPPER_H__ 1
typedef __SIZE_TYPE__ size_t;
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __host__ __attribute__((host))
#define __shared__ __attribute__((shared))
#define __constant__ __attribute__((constant))
#define __forceinline__ __inline__ __attribute__((always_inline))
#define __launch_bounds__(...) __attribute__((launch_bounds(__VA_ARGS__)))
#define CUDA_VERSION 11050
#define INT_MAX __INT_MAX__
#define INT_MIN (-__INT_MAX__ - 1)
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#include <__clang_cuda_builtin_vars.h>
#include <__clang_cuda_libdevice_declares.h>
#include <__clang_cuda_device_functions.h>
#include <__clang_cuda_math.h>
__device__ inline float atomicAdd(float* p, float v) { return __nvvm_atom_add_gen_f(p, v); }
__device__ inline double atomicAdd(double* p, double v) { return __nvvm_atom_add_gen_d(p, v); }
__device__ inline int atomicAdd(int* p, int v) { return __nvvm_atom_add_gen_i(p, v); }
__device__ inline unsigned atomicAdd(unsigned* p, unsigned v) { return __nvvm_atom_add_gen_i((int*)p, (int)v); }
__device__ inline int atomicMin(int* p, int v) { return __nvvm_atom_min_gen_i(p, v); }
`;

const NVCC = '/usr/local/cuda/bin/nvcc';
/** How PTX can be made here: nvcc, else a clang that knows CUDA (with CLANG_CUDA_PRELUDE), else why not. */
export function ptxCompiler(only?: 'nvcc' | 'clang'): { tool: 'nvcc' | 'clang'; file: string } | { skip: string } {
  if (only !== 'clang' && fs.existsSync(NVCC)) return { tool: 'nvcc', file: NVCC };
  if (only === 'nvcc') return { skip: `no PTX compiler: ${NVCC} is missing` };
  for (const name of [process.env.TJ_CLANG, 'clang', 'clang-14', 'clang-15', 'clang-16', 'clang-17', 'clang-18']) {
    if (!name || !which(name)) continue;
    const r = spawnSync(name, ['--print-targets'], { encoding: 'utf8' });
    if (r.status === 0 && /nvptx64/.test(r.stdout)) return { tool: 'clang', file: name };
  }
  return { skip: `no PTX compiler: ${NVCC} is missing and no clang on PATH targets nvptx64` };
}

/** Compiles a CUDA source to PTX (nvcc -arch=sm_80, else clang for sm_70, or `only` one); throws with the compiler's message. */
export function compilePtx(
  source: string,
  only?: 'nvcc' | 'clang',
  includeDirs: string[] = [],
): { ptx: string; tool: string } | { skip: string } {
  const found = ptxCompiler(only);
  if ('skip' in found) return found;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-ptx-'));
  try {
    const src = path.join(dir, 'k.cu'),
      out = path.join(dir, 'k.ptx');
    fs.writeFileSync(src, source);
    const inc = includes(includeDirs).flags;
    let args = ['-ptx', '-arch=sm_80', ...inc, '-x', 'cu', src, '-o', out];
    if (found.tool === 'clang') {
      fs.writeFileSync(path.join(dir, 'prelude.h'), CLANG_CUDA_PRELUDE);
      args = ['-x', 'cuda', '--cuda-device-only', '-nocudainc', '-nocudalib', '--cuda-gpu-arch=sm_70', '-S'];
      args.push('-Wno-unknown-cuda-version', ...inc, '-include', path.join(dir, 'prelude.h'), src, '-o', out);
    }
    const r = spawnSync(found.file, args, { encoding: 'utf8' });
    if (r.error || r.status !== 0) throw new Error(`${found.file} failed making PTX:\n${r.error?.message ?? r.stderr}`);
    return { ptx: fs.readFileSync(out, 'utf8'), tool: found.file };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
