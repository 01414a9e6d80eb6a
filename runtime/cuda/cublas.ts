// cuBLAS (libcublas) through koffi, for the CUDA tier's products: row-major, batched, strided
// S/D GEMMs on the driver's stream, in full float32 precision (no TF32) so results agree with the
// other tiers. Found through TENSORJIT_CUBLAS ('none' turns it off), the toolkit or NVIDIA's wheels.

import { cublasFromEnv } from '../env.js';
import { koffi } from '../native/ffi.js';
import { findCudaLibrary } from './nvrtc.js';

type Fn = (...args: unknown[]) => number;

/** A row-major product C[b] = op(A[b]) · op(B[b]) of device matrices, element strides between batches (0: one matrix for all). */
export interface GemmCall {
  dtype: 'float32' | 'float64';
  a: number;
  b: number;
  c: number;
  batch: number;
  m: number;
  n: number;
  k: number;
  transA: boolean;
  transB: boolean;
  strideA: number;
  strideB: number;
  strideC: number;
}

export interface Cublas {
  file: string;
  gemm(call: GemmCall): void;
}

let loaded: Cublas | { error: string } | undefined;

const OP_N = 0,
  OP_T = 1;

/** cuBLAS bound to `stream`, or why there is none. */
export function cublas(stream: unknown): Cublas | { error: string } {
  if (loaded) return loaded;
  const asked = cublasFromEnv();
  if (asked === 'none') return (loaded = { error: 'TENSORJIT_CUBLAS=none' });
  const file = asked ?? findCudaLibrary('cublas');
  if (!file) return (loaded = { error: 'no cuBLAS (libcublas.so) found; TENSORJIT_CUBLAS names one' });
  try {
    const lib = koffi().load(file);
    const f = (sig: string) => lib.func(sig) as Fn;
    const create = f('int cublasCreate_v2(_Out_ void** handle)');
    const setStream = f('int cublasSetStream_v2(void* handle, void* stream)');
    const gemmSig = (t: string, x: string) =>
      `int cublas${x}gemmStridedBatched(void* h, int ta, int tb, int m, int n, int k, const ${t}* alpha, uint64_t A, int lda, int64_t sA, uint64_t B, int ldb, int64_t sB, const ${t}* beta, uint64_t C, int ldc, int64_t sC, int batch)`;
    const gemms = { float32: f(gemmSig('float', 'S')), float64: f(gemmSig('double', 'D')) };
    const handle = [null];
    const check = (call: string, r: number, what = '') => {
      if (r !== 0) throw new Error(`${call} failed${what}: cuBLAS status ${r}`);
    };
    check('cublasCreate_v2', create(handle));
    check('cublasSetStream_v2', setStream(handle[0], stream));
    const one = { float32: new Float32Array([1]), float64: new Float64Array([1]) };
    const zero = { float32: new Float32Array([0]), float64: new Float64Array([0]) };
    loaded = {
      file,
      // Column-major cuBLAS computes C^T = op(B)^T · op(A)^T: the stored row-major matrices, read as
      // column-major, are already the transposes it needs.
      gemm(g) {
        const r = gemms[g.dtype](
          handle[0],
          g.transB ? OP_T : OP_N,
          g.transA ? OP_T : OP_N,
          g.n,
          g.m,
          g.k,
          one[g.dtype],
          g.b,
          g.transB ? g.k : g.n,
          g.strideB,
          g.a,
          g.transA ? g.m : g.k,
          g.strideA,
          zero[g.dtype],
          g.c,
          g.n,
          g.strideC,
          g.batch,
        );
        check(
          `cublas${g.dtype === 'float32' ? 'S' : 'D'}gemmStridedBatched`,
          r,
          ` (${g.batch}x ${g.m}x${g.k} @ ${g.k}x${g.n})`,
        );
      },
    };
  } catch (e) {
    loaded = { error: `cuBLAS at ${file} could not be loaded: ${(e as Error).message.split('\n')[0]}` };
  }
  return loaded;
}
