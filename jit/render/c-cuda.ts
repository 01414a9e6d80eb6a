// The CUDA dialect of the C-family renderer: each fused loop becomes an `extern "C" __global__` kernel whose threads walk the elements in a grid-stride loop, with CUDA's own device math, in one self-contained source for NVRTC or `nvcc -ptx`.

import fs from 'node:fs';
import path from 'node:path';
import type { DType } from '../../runtime/dtype.js';
import type { ElementwisePrim } from '../../runtime/primitives/index.js';
import { NATIVE_DIR } from '../emcc.js';
import { broadcastStrides, sizeOf } from '../../runtime/shape.js';
import { collapse } from '../codegen-js.js';
import type { Loop } from '../schedule.js';
import { C_TYPE, CFamilyRenderer, stridedIndex, type StridedContext, type VectorContext } from './c-family.js';
import { scalarC } from './scalar-c.js';

/** The helpers the scalar expressions call (tj_sigmoidf, tj_fmodf, tj_f2i, ...): the C tiers' header, as device functions. */
export const CUDA_SCALAR_HEADER = path.join(NATIVE_DIR, 'tj_scalar.h');

/** Threads per block of a generated loop. */
export const LOOP_BLOCK = 256;

/** Blocks in flight per multiprocessor a grid-stride loop launches at most: enough to hide memory latency. */
const BLOCKS_PER_SM = 16;

/** The launch of a generated loop over `elements` elements on a device with `multiprocessors` SMs (its grid-stride loop covers any remainder). */
export function loopLaunch(elements: number, multiprocessors: number): { grid: number; block: number } {
  const grid = Math.min(Math.ceil(elements / LOOP_BLOCK), multiprocessors * BLOCKS_PER_SM);
  return { grid: Math.max(1, grid), block: LOOP_BLOCK };
}

/**
 * Loops this long index with 64-bit integers: below it, an index plus the grid's stride (at most
 * LOOP_BLOCK · multiprocessors · BLOCKS_PER_SM) cannot overflow an int.
 */
const INT_INDEX_LIMIT = 2 ** 30;

/**
 * The lines before the kernels. NVRTC has no standard headers: the fixed-width integers come from
 * the compiler's predefined types where it has them (so they match <stdint.h> where nvcc has
 * included it), else from the LP64 model; the host test double (native/cuda/host/tj_cuda_host.h,
 * defining TJ_CUDA_HOST) includes <stdint.h> itself.
 */
const TYPES_PRELUDE = [
  '#ifndef TJ_CUDA_HOST',
  '#ifdef __INT64_TYPE__',
  'typedef __INT32_TYPE__ int32_t;',
  'typedef __UINT32_TYPE__ uint32_t;',
  'typedef __INT64_TYPE__ int64_t;',
  'typedef __UINT64_TYPE__ uint64_t;',
  'typedef __UINT8_TYPE__ uint8_t;',
  '#else',
  'typedef int int32_t;',
  'typedef unsigned int uint32_t;',
  'typedef long long int64_t;',
  'typedef unsigned long long uint64_t;',
  'typedef unsigned char uint8_t;',
  '#endif',
  '#endif',
  '#define TJ_SCALAR_FN __device__ __forceinline__',
  '/* Four float32 lanes: one 16-byte load or store. */',
  'struct alignas(16) tj_float4 { float x, y, z, w; };',
];

let scalarHeader: string | undefined;

const LANES = ['x', 'y', 'z', 'w'];

/** Threads per block of a fused reduction (its shared-memory tree assumes exactly this many). */
export const REDUCE_BLOCK = 256;

/** How a fused reduction folds: its accumulator type, start and combine, as the other tiers (float32 sums in double, NaN wins max/min, int32 wraps). */
const REDUCE_FOLD: Partial<
  Record<string, (dtype: DType) => { acc: string; init: string; combine: (a: string, v: string) => string }>
> = {
  reduceSum: (d) =>
    d === 'int32'
      ? { acc: 'int32_t', init: '0', combine: (a, v) => `(int32_t)((uint32_t)${a} + (uint32_t)${v})` }
      : { acc: 'double', init: '0.0', combine: (a, v) => `${a} + ${v}` },
  reduceProd: (d) =>
    d === 'int32'
      ? { acc: 'int32_t', init: '1', combine: (a, v) => `(int32_t)((uint32_t)${a} * (uint32_t)${v})` }
      : { acc: 'double', init: '1.0', combine: (a, v) => `${a} * ${v}` },
  reduceMax: (d) => ({
    acc: C_TYPE[d],
    init:
      d === 'int32'
        ? '(-2147483647 - 1)'
        : d === 'float32'
          ? '__int_as_float(0xff800000)'
          : '__longlong_as_double(0xfff0000000000000ULL)',
    combine: (a, v) => `((${v}) > (${a}) || (${v}) != (${v}) ? (${v}) : (${a}))`,
  }),
  reduceMin: (d) => ({
    acc: C_TYPE[d],
    init:
      d === 'int32'
        ? '2147483647'
        : d === 'float32'
          ? '__int_as_float(0x7f800000)'
          : '__longlong_as_double(0x7ff0000000000000ULL)',
    combine: (a, v) => `((${v}) < (${a}) || (${v}) != (${v}) ? (${v}) : (${a}))`,
  }),
};

/** The reductions the CUDA dialect renders fused with their elementwise input: float32, float64 and int32. */
export const fusesReduction = (op: string, dtype: DType) => REDUCE_FOLD[op] !== undefined && dtype !== 'bool';

export class CudaCRenderer extends CFamilyRenderer {
  override readonly restrict = '__restrict__';
  /** Every thread of the grid takes its elements by its index: no share parameters. */
  override readonly shareParams: readonly string[] = [];

  get prelude(): readonly string[] {
    scalarHeader ??= fs.readFileSync(CUDA_SCALAR_HEADER, 'utf8').trimEnd();
    return [...TYPES_PRELUDE, scalarHeader];
  }

  /** CUDA's own device math (expf, tanhf, erff, ...): no SIMD lanes to round alike. */
  override scalar(op: ElementwisePrim, inDtype: DType, outDtype: DType): string {
    return scalarC(op, inDtype, outDtype);
  }

  override declaration(fn: string, params: readonly string[]): string {
    return `extern "C" __global__ void ${fn}(${params.join(', ')})`;
  }

  /** The header of a grid-stride loop of index `v` over [0, n). */
  gridStride(v: string, n: number): string {
    const wide = n >= INT_INDEX_LIMIT;
    const start = `${wide ? '(long long)' : ''}blockIdx.x * blockDim.x + threadIdx.x`;
    return `  for (${wide ? 'long long' : 'int'} ${v} = ${start}; ${v} < ${n}; ${v} += blockDim.x * gridDim.x) {`;
  }

  /** float32 loops of whole groups of four read and write 16 bytes at a time; otherwise one element per step. */
  override contiguousLoop(ctx: VectorContext): string[] {
    const { loop, n, modes } = ctx;
    const { leaves, root } = loop;
    const quads =
      n % 4 === 0 &&
      n > 0 &&
      root.aval.dtype === 'float32' &&
      leaves.every((l, i) => modes[i] === 'one' || l.aval.dtype === 'float32');
    if (!quads) {
      const read = (i: number) => (modes[i] === 'one' ? `x${i}[0]` : `x${i}[i]`);
      return [this.gridStride('i', n), ...this.scalarBody(loop, read, 'out[i]').map((l) => `    ${l}`), '  }'];
    }
    const loads = leaves
      .map((_, i) =>
        modes[i] === 'one' ? '' : `    const tj_float4 v${i} = reinterpret_cast<const tj_float4*>(x${i})[q];`,
      )
      .filter(Boolean);
    const lanes = LANES.flatMap((lane) => [
      '    {',
      ...this.scalarBody(loop, (i) => (modes[i] === 'one' ? `x${i}[0]` : `v${i}.${lane}`), `r.${lane}`).map(
        (l) => `      ${l}`,
      ),
      '    }',
    ]);
    return [
      this.gridStride('q', n / 4),
      ...loads,
      '    tj_float4 r;',
      ...lanes,
      '    reinterpret_cast<tj_float4*>(out)[q] = r;',
      '  }',
    ];
  }

  /** A grid-stride loop over the output, each index taken apart into the collapsed dims (constant divisors) that a broadcast leaf's strides need (a full leaf reads at the output's index). */
  override stridedLoop({ loop, n, modes, dims, strides }: StridedContext): string[] {
    const type = n >= INT_INDEX_LIMIT ? 'long long' : 'int';
    const used = dims.map((_, d) => strides.some((s, i) => modes[i] === 'strided' && s[d] !== 0));
    const lowest = used.indexOf(true);
    const split: string[] = [`    ${type} r = o;`];
    for (let d = dims.length - 1; d > lowest; d--) {
      if (used[d]) split.push(`    const ${type} i${d} = r % ${dims[d]};`);
      split.push(`    r /= ${dims[d]};`);
    }
    split.push(`    const ${type} i${lowest} = r${lowest === 0 ? '' : ` % ${dims[lowest]}`};`);
    const read = (i: number) =>
      modes[i] === 'one' ? `x${i}[0]` : modes[i] === 'full' ? `x${i}[o]` : `x${i}[${stridedIndex(strides[i])}]`;
    return [this.gridStride('o', n), ...split, ...this.scalarBody(loop, read, 'out[o]').map((l) => `    ${l}`), '  }'];
  }

  /**
   * A reduction computing its elementwise input per element (Theano's Composite in a CAReduce):
   * a block of REDUCE_BLOCK threads per output (grid-stride over outputs), each thread folding a
   * strided share of the reduced axis, then a shared-memory tree. The input never goes to memory.
   */
  override reductionFunction(loop: Loop): string {
    const { root, leaves } = loop;
    const { outer, red, inner } = loop.reduce!;
    const domain = root.inputs[0].aval.shape;
    const n = sizeOf(domain);
    const idx = n >= INT_INDEX_LIMIT ? 'long long' : 'int';
    const fold = REDUCE_FOLD[root.op]!(root.aval.dtype);
    const modes = leaves.map((l) =>
      sizeOf(l.aval.shape) === n ? 'full' : sizeOf(l.aval.shape) === 1 ? 'one' : 'strided',
    );
    const { dims, strides } = collapse(
      domain,
      leaves.map((l) => broadcastStrides(l.aval.shape, domain)),
    );
    // The element's index taken apart into the collapsed dims a broadcast leaf needs.
    const used = dims.map((_, d) => strides.some((st, i) => modes[i] === 'strided' && st[d] !== 0));
    const split: string[] = [];
    if (used.includes(true)) {
      split.push(`      ${idx} q = e;`);
      for (let d = dims.length - 1; d >= 0; d--) {
        if (used[d]) split.push(`      const ${idx} i${d} = q % ${dims[d]};`);
        if (d > 0) split.push(`      q /= ${dims[d]};`);
      }
    }
    const read = (i: number) =>
      modes[i] === 'one' ? `x${i}[0]` : modes[i] === 'full' ? `x${i}[e]` : `x${i}[${stridedIndex(strides[i])}]`;
    const { lines, value } = this.memberLines(loop, read);
    const params = this.operandParams(loop);
    const body = [
      `  __shared__ ${fold.acc} tj_acc[${REDUCE_BLOCK}];`,
      `  for (${idx} o = blockIdx.x; o < ${outer * inner}; o += gridDim.x) {`,
      `    const ${idx} oo = o / ${inner}, oi = o % ${inner};`,
      `    ${fold.acc} a = ${fold.init};`,
      `    for (${idx} r = threadIdx.x; r < ${red}; r += blockDim.x) {`,
      `      const ${idx} e = (oo * ${red} + r) * ${inner} + oi;`,
      ...split,
      ...lines.map((l) => `      ${l}`),
      `      const ${fold.acc} v = (${fold.acc})(${value});`,
      `      a = ${fold.combine('a', 'v')};`,
      '    }',
      '    tj_acc[threadIdx.x] = a;',
      '    __syncthreads();',
      `    for (int s = ${REDUCE_BLOCK / 2}; s > 0; s >>= 1) {`,
      `      if (threadIdx.x < s) tj_acc[threadIdx.x] = ${fold.combine('tj_acc[threadIdx.x]', 'tj_acc[threadIdx.x + s]')};`,
      '      __syncthreads();',
      '    }',
      `    if (threadIdx.x == 0) out[o] = (${this.types[root.aval.dtype]})tj_acc[0];`,
      '    __syncthreads();',
      '  }',
    ];
    return `${this.declaration(loop.fn, params)} {\n${body.join('\n')}\n}\n`;
  }

  /** The members' statements of one element, and the expression of the root's (reduced) input. */
  memberLines(loop: Loop, read: (leaf: number) => string): { lines: string[]; value: string } {
    const { lines, local } = this.elementLines(loop, loop.members, read);
    const input = loop.root.inputs[0];
    return { lines, value: local.get(input) ?? read(loop.leaves.indexOf(input)) };
  }

  /** The kernels, then for the CPU test double (native/cuda/host/tj_cuda_host.h) a host entry per kernel. */
  override render(loops: readonly Loop[]): string {
    return [
      super.render(loops),
      '#ifdef TJ_CUDA_HOST',
      ...loops.map((l) => `TJ_HOST_KERNEL${l.reduce ? '_SYNC' : ''}(${l.fn})`),
      '#endif',
      '',
    ].join('\n');
  }
}
