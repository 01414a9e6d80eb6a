// One prebuilt step of a schedule (jit/backends/wasm/prebuilt-steps.ts) as CUDA operations: launches of native/cuda/tj_cuda_kernels.cu and GEMMs (cuBLAS, or tj_cu_gemm_* through gemmAsLaunch).
//
// The step's `fn`, `ints` and `args` are those of the C kernels (tj_matmul_f32, tj_conv2d_f64,
// tj_maxpool2d_i32, tj_reduce_sum_f32, tj_window_32, tj_cumsum_f32, tj_argsort_i32, ...); each
// becomes a short list of ops, run in order on one stream, with the step's scratch (scratchBytes,
// 256-byte aligned by the caller) when it needs one. Geometry (block shapes, grid caps, scratch
// caps) is decided here.

import type { GemmCall } from '../../../runtime/cuda/cublas.js';
import type { PrebuiltStep } from '../../schedule.js';

/**
 * A kernel argument: a buffer's device address plus a byte offset, an address in the step's
 * scratch (a byte offset into it), or a value: `int` as a 32-bit int, `f32` as a float, `f64` as a
 * double (the kernels of tj_cuda_kernels.cu take only pointers and ints).
 */
export type CudaArg =
  | { buffer: number; offset?: number }
  | { scratch: number }
  | { int: number }
  | { f32: number }
  | { f64: number }
  /** The int32 the loader keeps for a checking kernel to record into (see CudaOp's `check`). */
  | { flag: true };

/**
 * A launch of kernel `kernel` with `args` in order; or a GEMM: for t in [0, batch), C_t (m×n) =
 * op(A_t) · op(B_t), all row-major, C overwritten (zeros when k == 0). A_t is stored m×k (lda = k),
 * or k×m when transA (lda = m); B_t k×n (ldb = n), or n×k when transB (ldb = k); C_t has rows of n
 * (ldc = n). Operand t starts at the arg's address + t·stride elements; stride 0 = the same matrix
 * for every t. (cuBLAS, column-major: C_tᵀ = op(B_t)ᵀ · op(A_t)ᵀ, i.e. gemmStridedBatched with
 * the operands swapped, m and n swapped, transB/transA as opB/opA, ldb/lda as given.)
 */
export type CudaOp =
  | {
      kind: 'launch';
      kernel: string;
      args: CudaArg[];
      grid: [number, number, number];
      block: [number, number, number];
      /** A checking kernel: its `{ flag }` argument records the first index out of range (schedule.ts FLAG), raised as `message` ({v}: the index). */
      check?: { message: string };
    }
  | (Omit<GemmCall, 'a' | 'b' | 'c'> & { kind: 'gemm'; a: CudaArg; b: CudaArg; c: CudaArg });

export type CudaLaunch = CudaOp & { kind: 'launch' };
export type CudaGemm = CudaOp & { kind: 'gemm' };

/** Threads per block of the grid-stride kernels. */
export const BLOCK = 256;
/** Blocks per multiprocessor that grid-stride kernels launch at most (each thread then loops). */
export const BLOCKS_PER_SM = 32;
/** Threads of tj_cu_reduce_* blocks (the kernel's TJ_RED_THREADS: must match). */
export const REDUCE_THREADS = 256;
/** tj_cu_gemm_*: 64×64 tiles of C per block of 16×16 threads (the kernel's TJ_GEMM_TILE). */
export const GEMM_TILE = 64;
/** The largest grid y and z dimensions CUDA allows (the GEMM's kernel strides over the rest). */
const GRID_YZ_MAX = 65535;
/** conv2d: the most bytes of im2col scratch a step takes; larger batches run in chunks of images. */
export const MAX_CONV_SCRATCH = 256 << 20;

const ELEMENT_BYTES = { f32: 4, f64: 8, i32: 4, bool: 1 } as const;
type Suffix = keyof typeof ELEMENT_BYTES;

const buf = (buffer: number, offset = 0): CudaArg => (offset === 0 ? { buffer } : { buffer, offset });
const ints = (xs: readonly number[]): CudaArg[] => xs.map((int) => ({ int }));

/** Blocks for a grid-stride kernel over `total` items at `perBlock` items per block pass. */
function strideGrid(total: number, multiprocessors: number, perBlock = BLOCK): [number, number, number] {
  return [Math.max(1, Math.min(Math.ceil(total / perBlock), Math.max(1, multiprocessors) * BLOCKS_PER_SM)), 1, 1];
}

/** A grid-stride launch over `total` items, or nothing when there are none. */
function strided(kernel: string, args: CudaArg[], total: number, multiprocessors: number): CudaOp[] {
  if (total <= 0) return [];
  return [{ kind: 'launch', kernel, args, grid: strideGrid(total, multiprocessors), block: [BLOCK, 1, 1] }];
}

/** The fallback of a 'gemm' op: tj_cu_gemm_f32/f64, one 16×16 block per 64×64 tile (y and z capped). */
export function gemmAsLaunch(op: CudaGemm): CudaLaunch {
  const d = op.dtype === 'float32' ? 'f32' : 'f64';
  return {
    kind: 'launch',
    kernel: `tj_cu_gemm_${d}`,
    args: [
      op.a,
      op.b,
      op.c,
      ...ints([op.batch, op.m, op.n, op.k, op.transA ? 1 : 0, op.transB ? 1 : 0, op.strideA, op.strideB, op.strideC]),
    ],
    grid: [
      Math.max(1, Math.ceil(op.n / GEMM_TILE)),
      Math.max(1, Math.min(Math.ceil(op.m / GEMM_TILE), GRID_YZ_MAX)),
      Math.max(1, Math.min(op.batch, GRID_YZ_MAX)),
    ],
    block: [16, 16, 1],
  };
}

/** Checks that buffer `id` holds at least `bytes` bytes (the step's geometry against the arena's layout). */
function need(bufferBytes: (id: number) => number, id: number, bytes: number, what: string): void {
  const have = bufferBytes(id);
  if (have < bytes) throw new Error(`internal: CUDA ${what} needs ${bytes} bytes of buffer ${id}, which has ${have}`);
}

/** matmul / linear: one GEMM, then linear's bias. */
function matmulOps(s: PrebuiltStep, d: 'f32' | 'f64', bufferBytes: (id: number) => number, sms: number): CudaOp[] {
  const [batch, m, k, n, strideA, strideB, trans] = s.ints;
  const es = ELEMENT_BYTES[d];
  need(bufferBytes, s.args[2], batch * m * n * es, s.fn);
  if (batch * m * n === 0) return [];
  const ops: CudaOp[] = [
    {
      kind: 'gemm',
      dtype: d === 'f32' ? 'float32' : 'float64',
      a: buf(s.args[0]),
      b: buf(s.args[1]),
      c: buf(s.args[2]),
      batch,
      m,
      n,
      k,
      transA: (trans & 1) !== 0,
      transB: (trans & 2) !== 0,
      strideA,
      strideB,
      strideC: m * n,
    },
  ];
  if (s.bias !== undefined) {
    need(bufferBytes, s.bias, n * es, `${s.fn}'s bias`);
    ops.push(
      ...strided(`tj_cu_add_bias_${d}`, [buf(s.args[2]), buf(s.bias), ...ints([batch * m, n])], batch * m * n, sms),
    );
  }
  return ops;
}

/**
 * conv2d: im2col of a chunk of images into the scratch ([images][c·kh·kw][oh·ow]), then per group
 * a GEMM batched over the chunk's images (W[g] · col[b][g] → out[b][g·og..], already NCHW), or,
 * with more groups than images, per image a GEMM batched over the groups. A 1×1, stride-1,
 * unpadded convolution reads the images themselves.
 */
function convOps(
  s: PrebuiltStep,
  d: 'f32' | 'f64',
  bufferBytes: (id: number) => number,
  sms: number,
  maxScratch: number,
): { ops: CudaOp[]; scratchBytes: number } {
  const [n, c, h, w, o, kh, kw, oh, ow, sh, sw, pt, pl, , , groups] = s.ints;
  const es = ELEMENT_BYTES[d];
  const [x, wt, out] = s.args;
  const plane = oh * ow,
    cg = c / groups,
    og = o / groups,
    rows = cg * kh * kw;
  need(bufferBytes, out, n * o * plane * es, s.fn);
  if (n * o * plane === 0) return { ops: [], scratchBytes: 0 };
  const dtype = d === 'f32' ? 'float32' : 'float64';
  const direct = kh === 1 && kw === 1 && sh === 1 && sw === 1 && pt === 0 && pl === 0 && oh === h && ow === w;
  const colPerImage = c * kh * kw * plane; // elements of one image's column matrix
  const chunk = direct ? n : Math.max(1, Math.min(n, Math.floor(maxScratch / Math.max(1, colPerImage * es))));
  const ops: CudaOp[] = [];
  for (let i0 = 0; i0 < n; i0 += chunk) {
    const images = Math.min(chunk, n - i0);
    // The column matrices of images [i0, i0 + images): B operand base and per-image stride.
    let colArg: (elements: number) => CudaArg, colStride: number;
    if (direct) {
      colArg = (e) => buf(x, (i0 * c * h * w + e) * es);
      colStride = c * h * w;
    } else {
      const convInts = [images, ...s.ints.slice(1)];
      ops.push(
        ...strided(
          `tj_cu_im2col_${d}`,
          [buf(x, i0 * c * h * w * es), { scratch: 0 }, ...ints(convInts)],
          images * colPerImage,
          sms,
        ),
      );
      colArg = (e) => ({ scratch: e * es });
      colStride = colPerImage;
    }
    const gemm = (
      a: number,
      bElems: number,
      cElems: number,
      batch: number,
      strideA: number,
      strideB: number,
      strideC: number,
    ): CudaOp => ({
      kind: 'gemm',
      dtype,
      a: buf(wt, a * es),
      b: colArg(bElems),
      c: buf(out, cElems * es),
      batch,
      m: og,
      n: plane,
      k: rows,
      transA: false,
      transB: false,
      strideA,
      strideB,
      strideC,
    });
    if (groups <= images)
      for (let g = 0; g < groups; g++)
        ops.push(gemm(g * og * rows, g * rows * plane, (i0 * o + g * og) * plane, images, 0, colStride, o * plane));
    else
      for (let b = 0; b < images; b++)
        ops.push(gemm(0, b * colStride, (i0 + b) * o * plane, groups, og * rows, rows * plane, og * plane));
  }
  return { ops, scratchBytes: direct ? 0 : chunk * colPerImage * es };
}

/**
 * Reductions: one thread per output walking its rows in order (tj_cu_reduce_cols_*: the JS kernel's
 * exact order, coalesced across threads when inner > 1) for short runs, or when there are outputs
 * enough to fill the GPU and inner rows of 32 or more; else one 256-thread block per output with a
 * tree (tj_cu_reduce_*; with inner > 1 its reads are strided). On an H200 a [4096, 4096] sum over
 * axis 0 took 1.4 ms as 4096 column threads (48 GB/s), so few outputs go to blocks.
 */
function reduceOps(
  s: PrebuiltStep,
  kind: string,
  d: Suffix,
  bufferBytes: (id: number) => number,
  sms: number,
): CudaOp[] {
  const [outer, red, inner] = s.ints;
  const es = ELEMENT_BYTES[d];
  const outputs = outer * inner;
  need(bufferBytes, s.args[0], outer * red * inner * es, s.fn);
  need(bufferBytes, s.args[1], outputs * es, s.fn);
  if (outputs === 0) return [];
  const args = [buf(s.args[0]), buf(s.args[1]), ...ints(s.ints)];
  if (red <= 32 || (inner >= 32 && outputs >= Math.max(1, sms) * BLOCK))
    return strided(`tj_cu_reduce_cols_${kind}_${d}`, args, outputs, sms);
  const grid: [number, number, number] = [Math.min(outputs, Math.max(1, sms) * BLOCKS_PER_SM), 1, 1];
  return [{ kind: 'launch', kernel: `tj_cu_reduce_${kind}_${d}`, args, grid, block: [REDUCE_THREADS, 1, 1] }];
}

/** argmax / argmin as [outer, red, inner] into int32: a thread or a block per output, chosen as for reductions. */
function argOps(s: PrebuiltStep, kind: string, d: Suffix, bufferBytes: (id: number) => number, sms: number): CudaOp[] {
  const [outer, red, inner] = s.ints;
  const outputs = outer * inner;
  need(bufferBytes, s.args[0], outer * red * inner * ELEMENT_BYTES[d], s.fn);
  need(bufferBytes, s.args[1], outputs * 4, s.fn);
  if (outputs === 0) return [];
  const args = [buf(s.args[0]), buf(s.args[1]), ...ints(s.ints)];
  if (red <= 32 || (inner >= 32 && outputs >= Math.max(1, sms) * BLOCK))
    return strided(`tj_cu_${kind}_cols_${d}`, args, outputs, sms);
  const grid: [number, number, number] = [Math.min(outputs, Math.max(1, sms) * BLOCKS_PER_SM), 1, 1];
  return [{ kind: 'launch', kernel: `tj_cu_${kind}_${d}`, args, grid, block: [REDUCE_THREADS, 1, 1] }];
}

/** concat: one input's copy into its columns of the output's rows (a step per input). */
function concatOps(s: PrebuiltStep, bits: number, bufferBytes: (id: number) => number, sms: number): CudaOp[] {
  const [outer, block, row, col] = s.ints;
  const es = bits / 8;
  need(bufferBytes, s.out, outer * row * es, s.fn);
  need(bufferBytes, s.args[0], outer * block * es, s.fn);
  const args = [buf(s.args[0]), buf(s.out, col * es), ...ints([outer, block, row])];
  return strided(`tj_cu_concat_${bits}`, args, outer * block, sms);
}

/**
 * A checking step's launch (checkIndex, gather, scatter): the step's arguments but its arena flag
 * buffer (the last), then its ints, then the loader's flag for this launch (CudaOp's `check`).
 */
function checkingLaunch(s: PrebuiltStep, kernel: string, total: number, sms: number): CudaOp[] {
  const args = [...s.args.slice(0, -1).map((id) => buf(id)), ...ints(s.ints), { flag: true } as const];
  const ops = strided(kernel, args, total, sms);
  for (const op of ops) if (op.kind === 'launch') op.check = { message: s.check!.message };
  return ops;
}

/** gather (args [x, indices, out, flag]; ints [outer, len, m, inner]): one thread per output element (one even with none, to check). */
function gatherOps(s: PrebuiltStep, bits: number, bufferBytes: (id: number) => number, sms: number): CudaOp[] {
  const [outer, len, m, inner] = s.ints;
  const es = bits / 8;
  need(bufferBytes, s.args[0], outer * len * inner * es, s.fn);
  need(bufferBytes, s.args[1], m * 4, s.fn);
  need(bufferBytes, s.out, outer * m * inner * es, s.fn);
  return checkingLaunch(s, `tj_cu_gather_${bits}`, Math.max(1, outer * m * inner), sms);
}

/** scatter / scatterAdd (args [x, indices, updates, out, flag]; ints [outer, len, m, inner]): one thread per output column (one even with none, to check). */
function scatterOps(s: PrebuiltStep, kind: string, bufferBytes: (id: number) => number, sms: number): CudaOp[] {
  const [outer, len, m, inner] = s.ints;
  const es = Number(kind.match(/(\d+)$/)![1]) / 8;
  const [x, idx, upd] = s.args;
  need(bufferBytes, x, outer * len * inner * es, s.fn);
  need(bufferBytes, idx, m * 4, s.fn);
  need(bufferBytes, upd, outer * m * inner * es, s.fn);
  need(bufferBytes, s.out, outer * len * inner * es, s.fn);
  return checkingLaunch(s, `tj_cu_scatter_${kind}`, Math.max(1, outer * inner), sms);
}

/** argsort: the most bytes of scratch (2·n int32 per sorting thread) a step takes; fewer threads then sort more rows each. */
export const MAX_SORT_SCRATCH = 256 << 20;

/**
 * cumsum / cumprod (ints [outer, n, inner]): one thread per row; argsort (ints [outer, n, inner,
 * descending]): one thread per row too, each sorting thread with 2·n int32 of scratch.
 */
function scanOps(s: PrebuiltStep, kind: string, d: Suffix, bufferBytes: (id: number) => number, sms: number) {
  const [outer, n, inner] = s.ints;
  const rows = outer * inner;
  need(bufferBytes, s.args[0], rows * n * ELEMENT_BYTES[d], s.fn);
  need(bufferBytes, s.args[1], rows * n * (kind === 'argsort' ? 4 : ELEMENT_BYTES[d]), s.fn);
  if (rows * n === 0) return { ops: [], scratchBytes: 0 };
  const args = [buf(s.args[0]), buf(s.args[1])];
  if (kind !== 'argsort')
    return { ops: strided(`tj_cu_${kind}_${d}`, [...args, ...ints(s.ints)], rows, sms), scratchBytes: 0 };
  const slots = Math.max(
    1,
    Math.min(rows, Math.max(1, sms) * BLOCKS_PER_SM * BLOCK, Math.floor(MAX_SORT_SCRATCH / (8 * n))),
  );
  const launch: CudaOp = {
    kind: 'launch',
    kernel: `tj_cu_argsort_${d}`,
    args: [...args, { scratch: 0 }, ...ints([...s.ints, slots])],
    grid: [Math.ceil(slots / BLOCK), 1, 1],
    block: [BLOCK, 1, 1],
  };
  return { ops: [launch], scratchBytes: slots * 8 * n };
}

/** Pooling, its gradient and the window copy: one grid-stride launch with the C kernel's ints. */
function poolOps(
  s: PrebuiltStep,
  kernel: string,
  total: number,
  outBytes: number,
  bufferBytes: (id: number) => number,
  sms: number,
): CudaOp[] {
  need(bufferBytes, s.out, outBytes, s.fn);
  return strided(kernel, [...s.args.map((id) => buf(id)), ...ints(s.ints)], total, sms);
}

/**
 * The CUDA operations of prebuilt step `s` (buffer ids as in the step; `bufferBytes` gives each
 * buffer's size, to check the geometry) on a GPU with `multiprocessors` SMs, and the scratch bytes
 * they need (0: none). conv2d's im2col scratch stays within `maxConvScratch` bytes (whole images:
 * at least one image's), the batch running in chunks of images.
 */
export function cudaOps(
  s: PrebuiltStep,
  bufferBytes: (id: number) => number,
  multiprocessors: number,
  maxConvScratch = MAX_CONV_SCRATCH,
): { ops: CudaOp[]; scratchBytes: number } {
  const sms = multiprocessors;
  let m: RegExpMatchArray | null;
  if ((m = s.fn.match(/^tj_matmul_(f32|f64)$/)))
    return { ops: matmulOps(s, m[1] as 'f32' | 'f64', bufferBytes, sms), scratchBytes: 0 };
  if (s.fn === 'tj_matmul_i32') {
    const [batch, mm, , n] = s.ints;
    need(bufferBytes, s.out, batch * mm * n * 4, s.fn);
    return {
      ops: strided('tj_cu_matmul_i32', [...s.args.map((id) => buf(id)), ...ints(s.ints)], batch * mm * n, sms),
      scratchBytes: 0,
    };
  }
  if ((m = s.fn.match(/^tj_conv2d_(f32|f64)$/)))
    return convOps(s, m[1] as 'f32' | 'f64', bufferBytes, sms, maxConvScratch);
  if ((m = s.fn.match(/^tj_reduce_(sum|prod|max|min)_(f32|f64|i32|bool)$/)))
    return { ops: reduceOps(s, m[1], m[2] as Suffix, bufferBytes, sms), scratchBytes: 0 };
  if ((m = s.fn.match(/^tj_(max|avg)pool2d(_grad)?_(f32|f64|i32)$/))) {
    const [n, c, h, w, , , oh, ow] = s.ints;
    const es = ELEMENT_BYTES[m[3] as Suffix];
    const total = m[2] ? n * c * h * w : n * c * oh * ow;
    return { ops: poolOps(s, `tj_cu_${s.fn.slice(3)}`, total, total * es, bufferBytes, sms), scratchBytes: 0 };
  }
  if ((m = s.fn.match(/^tj_window_(8|32|64)$/))) {
    const total = s.ints.slice(0, 6).reduce((a, b) => a * b, 1);
    return {
      ops: poolOps(s, `tj_cu_window_${m[1]}`, total, (total * Number(m[1])) / 8, bufferBytes, sms),
      scratchBytes: 0,
    };
  }
  if ((m = s.fn.match(/^tj_(argmax|argmin)_(f32|f64|i32|bool)$/)))
    return { ops: argOps(s, m[1], m[2] as Suffix, bufferBytes, sms), scratchBytes: 0 };
  if ((m = s.fn.match(/^tj_(cumsum|cumprod|argsort)_(f32|f64|i32|bool)$/)))
    return scanOps(s, m[1], m[2] as Suffix, bufferBytes, sms);
  if ((m = s.fn.match(/^tj_(?:uniform|normal)_(f32|f64)$/))) {
    const [n] = s.ints;
    need(bufferBytes, s.out, n * ELEMENT_BYTES[m[1] as Suffix], s.fn);
    return {
      ops: strided(`tj_cu_${s.fn.slice(3)}`, [buf(s.args[0]), buf(s.out), ...ints([n])], n, sms),
      scratchBytes: 0,
    };
  }
  if (s.fn === 'tj_check_index') {
    need(bufferBytes, s.out, s.ints[0] * 4, s.fn);
    return { ops: checkingLaunch(s, 'tj_cu_check_index', s.ints[0], sms), scratchBytes: 0 };
  }
  if ((m = s.fn.match(/^tj_scatter_(set_8|set_32|set_64|add_f32|add_f64|add_i32|or_8)$/)))
    return { ops: scatterOps(s, m[1], bufferBytes, sms), scratchBytes: 0 };
  if ((m = s.fn.match(/^tj_(concat|gather)_(8|32|64)$/))) {
    const expand = m[1] === 'concat' ? concatOps : gatherOps;
    return { ops: expand(s, Number(m[2]), bufferBytes, sms), scratchBytes: 0 };
  }
  throw new Error(`internal: no CUDA kernels for the prebuilt step ${s.fn}`);
}
