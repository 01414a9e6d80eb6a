// Which graph nodes the WASM tier runs as calls into its prebuilt kernels (the hand-written C of
// native/, compiled to WASM once), and with what arguments. Every prebuilt kernel is called as
// fn(...buffer pointers, ...ints, part, parts, scratch) and does the part-th of `parts` shares of
// the work, so a step can be split over threads.

import { DTYPE_BYTES, SHORT_NAME, type DType } from '../../../runtime/dtype.js';
import { convGeometry, poolGeometry } from '../../../runtime/kernels/conv.js';
import type { Params, PoolParams } from '../../../runtime/primitives/types.js';
import { aroundAxis, broadcastStrides, fmtShape, sizeOf, stridesOf, type Shape } from '../../../runtime/shape.js';
import {
  CONV_FLOPS_PER_NS,
  convInts,
  convMacs,
  MATMUL_FLOPS_PER_NS,
  INT_MATMUL_OPS_PER_NS,
  MAX_CONV_SCRATCH,
  poolInts,
  POOL_READS_PER_NS,
  REDUCE_ELEMENTS_PER_NS,
  SCAN_ELEMENTS_PER_NS,
  INDEX_ELEMENTS_PER_NS,
  SORT_STEPS_PER_NS,
  RANDOM_ELEMENTS_PER_NS,
  NORMAL_ELEMENTS_PER_NS,
} from '../../../runtime/wasm/prebuilt.js';
import type { Node } from '../../graph.js';
import type { Fresh, PrebuiltStep } from '../../schedule.js';

/** The matrix a transpose of the last two axes reads, or undefined for any other node. */
function transposedFrom(x: Node): Node | undefined {
  if (x.op !== 'transpose') return undefined;
  const perm = (x.params as { perm: readonly number[] }).perm,
    r = perm.length;
  const swapsLastTwo =
    r >= 2 && perm[r - 2] === r - 1 && perm[r - 1] === r - 2 && perm.slice(0, r - 2).every((p, i) => p === i);
  return swapsLastTwo ? x.inputs[0] : undefined;
}

/** The batch dimensions of a matmul, or of one of its operands. */
const batchOf = (x: Node): Shape => x.aval.shape.slice(0, -2);

/**
 * Whether operand x of matmul n is copied out to n's whole batch first: its batch is neither all of
 * n's nor a single matrix (a [2,1] batch against a [5] one), which tj_matmul.c's one stride per
 * operand cannot walk.
 */
function copiedToBatch(n: Node, x: Node): boolean {
  const size = sizeOf(batchOf(x));
  return size !== 1 && size !== sizeOf(batchOf(n));
}

/** The window copy that broadcasts operand x of matmul n to n's whole batch (collapsed; undefined where it is empty or does not fit tj_window's 6 dimensions). */
function batchWindow(n: Node, x: Node): Window | undefined {
  const dims = [...batchOf(n), ...x.aval.shape.slice(-2)];
  if (sizeOf(dims) === 0) return undefined; // nothing to copy: the JS kernel's empty product
  const w = collapseWindow({
    dims,
    strides: broadcastStrides(x.aval.shape, dims),
    offset: 0,
    lo: dims.map(() => 0),
    hi: dims.slice(),
  });
  return w.dims.length <= 6 ? w : undefined;
}

/**
 * Whether node n is a matmul or linear that tj_matmul.c computes (an operand broadcast partly is
 * copied out first): floats, and matmul of int32 (linear's bias would add in C's int, which must
 * not overflow, where JS wraps).
 */
function prebuiltMatmul(n: Node): boolean {
  if (n.op !== 'matmul' && n.op !== 'linear') return false; // before aval: a node of several results has none
  const dtype = n.aval.dtype;
  if (dtype !== 'float32' && dtype !== 'float64' && !(dtype === 'int32' && n.op === 'matmul')) return false;
  return n.inputs.slice(0, 2).every((x) => !copiedToBatch(n, x) || batchWindow(n, x) !== undefined);
}

/**
 * The transposes node n's prebuilt step reads in place (tj_matmul.c packs a transposed operand as
 * it is stored): when n is all that reads one, the transposed copy is never made.
 */
export function readsThrough(n: Node): Node[] {
  if (!prebuiltMatmul(n)) return [];
  return n.inputs.slice(0, 2).filter((x) => transposedFrom(x) !== undefined && !copiedToBatch(n, x));
}

/**
 * matmul and linear call native/tj_matmul.c, reading transposed operands in place; an
 * operand whose batch broadcasts partly is first copied out to the whole batch (a window copy into
 * a buffer of the step's own). linear adds its bias after the product.
 */
function matmulStep(
  n: Node,
  out: number,
  allocate: (n: Node) => number,
  fresh: Fresh,
): PrebuiltStep | PrebuiltStep[] | undefined {
  if (!prebuiltMatmul(n)) return undefined;
  const [a, b] = n.inputs;
  const [m, k] = a.aval.shape.slice(-2),
    nn = b.aval.shape[b.aval.shape.length - 1];
  const batch = sizeOf(batchOf(n));
  const copies: PrebuiltStep[] = [];
  /** The operand's buffer, whether it holds a matrix per batch element (else one for all), and the transpose read in place. */
  const operand = (x: Node) => {
    if (copiedToBatch(n, x)) {
      const buffer = fresh(x.aval.dtype, batch * sizeOf(x.aval.shape.slice(-2)));
      copies.push(windowStep(batchWindow(n, x)!, x.aval.dtype, allocate(x), buffer, 0));
      return { buffer, batched: true, transposed: false };
    }
    const from = transposedFrom(x);
    return { buffer: allocate(from ?? x), batched: sizeOf(batchOf(x)) !== 1, transposed: from !== undefined };
  };
  const [ao, bo] = [operand(a), operand(b)];
  const int = n.aval.dtype === 'int32';
  const product: PrebuiltStep = {
    kind: 'prebuilt',
    fn: `tj_matmul_${SHORT_NAME[n.aval.dtype]}`,
    out,
    args: [ao.buffer, bo.buffer, out],
    ints: [
      batch,
      m,
      k,
      nn,
      ao.batched ? m * k : 0,
      bo.batched ? k * nn : 0,
      (ao.transposed ? 1 : 0) | (bo.transposed ? 2 : 0),
    ],
    ...(int ? {} : { scratch: { fn: 'tj_matmul_scratch_bytes', ints: [m, k, nn] } }),
    work: (2 * batch * m * k * nn) / (int ? INT_MATMUL_OPS_PER_NS : MATMUL_FLOPS_PER_NS),
    ...(n.op === 'linear' ? { bias: allocate(n.inputs[2]) } : {}),
  };
  return copies.length > 0 ? [...copies, product] : product;
}

/** The kernels' dtype suffix for the dtypes they cover (none for bool). */
const SUFFIX: Partial<Record<DType, string>> = {
  float32: SHORT_NAME.float32,
  float64: SHORT_NAME.float64,
  int32: SHORT_NAME.int32,
};

/** conv2d on floats calls native/tj_conv.c, unless its im2col matrix would be huge. */
function convStep(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep | undefined {
  const [x, w] = n.inputs;
  const dtype = n.aval.dtype;
  if (dtype !== 'float32' && dtype !== 'float64') return undefined;
  const g = convGeometry(x.aval.shape, w.aval.shape, n.params as unknown as Params['conv2d']);
  if (g.c * g.kh * g.kw * g.oh * g.ow * DTYPE_BYTES[dtype] > MAX_CONV_SCRATCH) return undefined;
  const ints = convInts(g),
    d = SUFFIX[dtype]!;
  return {
    kind: 'prebuilt',
    fn: `tj_conv2d_${d}`,
    out,
    args: [allocate(x), allocate(w), out],
    ints,
    scratch: { fn: `tj_conv2d_${d}_scratch_bytes`, ints },
    work: (2 * convMacs(g)) / CONV_FLOPS_PER_NS,
  };
}

/** maxPool2d's gradient on floats calls native/tj_conv.c; no scratch. */
function poolGradStep(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep | undefined {
  const [x, ct] = n.inputs,
    d = SUFFIX[n.aval.dtype];
  if (d !== 'f32' && d !== 'f64') return undefined;
  const g = poolGeometry(x.aval, n.params as unknown as PoolParams);
  return {
    kind: 'prebuilt',
    fn: `tj_maxpool2d_grad_${d}`,
    out,
    args: [allocate(x), allocate(ct), out],
    ints: poolInts(g),
    work: (2 * sizeOf(ct.aval.shape) * g.kh * g.kw) / POOL_READS_PER_NS,
  };
}

/** maxPool2d (float32, float64, int32) and avgPool2d (floats) call native/tj_conv.c; no scratch. */
function poolStep(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep | undefined {
  const x = n.inputs[0],
    d = SUFFIX[n.aval.dtype];
  const kind = n.op === 'maxPool2d' ? 'max' : 'avg';
  if (d === undefined || (kind === 'avg' && d === 'i32')) return undefined;
  const g = poolGeometry(x.aval, n.params as unknown as PoolParams);
  return {
    kind: 'prebuilt',
    fn: `tj_${kind}pool2d_${d}`,
    out,
    args: [allocate(x), out],
    ints: poolInts(g),
    work: (sizeOf(n.aval.shape) * g.kh * g.kw) / POOL_READS_PER_NS,
  };
}

/**
 * x of `shape` reduced over `axes` as [outer, red, inner], reducing the middle: size-1 axes do
 * not matter, and the other reduced axes must be one contiguous run; undefined when they are not.
 */
export function reduceView(
  shape: Shape,
  axes: readonly number[],
): { outer: number; red: number; inner: number } | undefined {
  const matters = (d: number) => shape[d] !== 1 && axes.includes(d);
  let first = -1,
    last = -1;
  for (let d = 0; d < shape.length; d++)
    if (matters(d)) {
      if (first < 0) first = d;
      last = d;
    }
  if (first < 0) return { outer: sizeOf(shape), red: 1, inner: 1 };
  for (let d = first; d <= last; d++) if (shape[d] !== 1 && !axes.includes(d)) return undefined;
  return {
    outer: sizeOf(shape.slice(0, first)),
    red: sizeOf(shape.slice(first, last + 1)),
    inner: sizeOf(shape.slice(last + 1)),
  };
}

const REDUCE_KIND: Partial<Record<string, string>> = {
  reduceSum: 'sum',
  reduceProd: 'prod',
  reduceMax: 'max',
  reduceMin: 'min',
};

/**
 * Reductions over float32, float64 and int32, and max/min over bool (any/all, which need no
 * scratch), whose axes form one run call native/tj_reduce.c.
 */
function reduceStep(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep | undefined {
  const x = n.inputs[0],
    bool = x.aval.dtype === 'bool',
    d = bool ? SHORT_NAME.bool : SUFFIX[x.aval.dtype];
  const view = reduceView(x.aval.shape, (n.params as unknown as Params['reduceSum']).axes);
  if (d === undefined || view === undefined) return undefined;
  const ints = [view.outer, view.red, view.inner];
  return {
    kind: 'prebuilt',
    fn: `tj_reduce_${REDUCE_KIND[n.op]}_${d}`,
    out,
    args: [allocate(x), out],
    ints,
    ...(!bool && { scratch: { fn: 'tj_reduce_scratch_bytes', ints } }),
    work: sizeOf(x.aval.shape) / REDUCE_ELEMENTS_PER_NS,
  };
}

/** argsort's per-share scratch (16 bytes a key) stays under this; longer rows run in JS. */
const MAX_SORT_SCRATCH = 64 << 20;

/**
 * cumsum, cumprod and argsort over float32, float64 and int32 call native/tj_scan.c with x as
 * [outer, n, inner] along the axis (argsort, of bool too, adds `descending`).
 */
function scanStep(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep | undefined {
  const x = n.inputs[0],
    d = n.op === 'argsort' ? SHORT_NAME[x.aval.dtype] : SUFFIX[x.aval.dtype],
    shape = x.aval.shape;
  const { axis, descending } = n.params as unknown as Params['argsort'];
  const len = shape[axis],
    size = sizeOf(shape);
  const ints = aroundAxis(shape, axis);
  if (d === undefined) return undefined;
  if (n.op !== 'argsort')
    return {
      kind: 'prebuilt',
      fn: `tj_${n.op}_${d}`,
      out,
      args: [allocate(x), out],
      ints,
      work: size / SCAN_ELEMENTS_PER_NS,
    };
  if (16 * len > MAX_SORT_SCRATCH) return undefined;
  return {
    kind: 'prebuilt',
    fn: `tj_argsort_${d}`,
    out,
    args: [allocate(x), out],
    ints: [...ints, descending ? 1 : 0],
    scratch: { fn: 'tj_argsort_scratch_bytes', ints },
    work: (size * Math.max(1, Math.log2(len))) / SORT_STEPS_PER_NS,
  };
}

/** A strided window of a source (native/tj_layout.c): out[i] = in range ? src[offset + i·strides] : fill. */
interface Window {
  dims: number[];
  strides: number[];
  lo: number[];
  hi: number[];
  offset: number;
}

/** transpose, slice, broadcastTo and pad as windows of their input. */
function windowOf(n: Node): Window | undefined {
  const x = n.inputs[0],
    st = stridesOf(x.aval.shape),
    dims = n.aval.shape.slice();
  const full = { lo: dims.map(() => 0), hi: dims.slice() };
  switch (n.op) {
    case 'transpose': {
      const { perm } = n.params as unknown as Params['transpose'];
      return { dims, strides: perm.map((a) => st[a]), offset: 0, ...full };
    }
    case 'slice': {
      const p = n.params as unknown as Params['slice'];
      if (dims.some((d) => d === 0)) return undefined;
      return {
        dims,
        strides: st.map((s, d) => s * p.steps[d]),
        offset: p.starts.reduce((o, a, d) => o + a * st[d], 0),
        ...full,
      };
    }
    case 'broadcastTo':
      return { dims, strides: broadcastStrides(x.aval.shape, dims), offset: 0, ...full };
    case 'pad': {
      const { pads } = n.params as unknown as Params['pad'];
      if (pads.some(([a, b]) => a < 0 || b < 0)) return undefined;
      return {
        dims,
        strides: st,
        lo: pads.map(([a]) => a),
        hi: pads.map(([a], d) => a + x.aval.shape[d]),
        offset: -pads.reduce((o, [a], d) => o + a * st[d], 0),
      };
    }
  }
  return undefined;
}

/** Merges neighbouring dimensions a window walks as one (and drops size-1 ones), so that it fits in 6. */
function collapseWindow(w: Window): Window {
  const out: Window = { dims: [], strides: [], lo: [], hi: [], offset: w.offset };
  w.dims.forEach((d, k) => {
    if (d === 1 && w.lo[k] === 0 && w.hi[k] === 1) return;
    const last = out.dims.length - 1;
    const fullHere = w.lo[k] === 0 && w.hi[k] === d;
    if (
      last >= 0 &&
      fullHere &&
      out.lo[last] === 0 &&
      out.hi[last] === out.dims[last] &&
      out.strides[last] === w.strides[k] * d
    ) {
      out.dims[last] *= d;
      out.hi[last] *= d;
      out.strides[last] = w.strides[k];
      return;
    }
    out.dims.push(d);
    out.strides.push(w.strides[k]);
    out.lo.push(w.lo[k]);
    out.hi.push(w.hi[k]);
  });
  return out;
}

/** The fill value's bits as two int32 words (low, high). */
function fillBits(value: number, dtype: string): [number, number] {
  if (dtype === 'float32') return [new Int32Array(new Float32Array([value]).buffer)[0], 0];
  if (dtype === 'float64') {
    const w = new Int32Array(new Float64Array([value]).buffer);
    return [w[0], w[1]];
  }
  return [value | 0, 0]; // pad's value is already an element of the dtype (src/ops/shape.ts)
}

/** native/tj_layout.c's copy of window w (collapsed, at most 6 dimensions) of buffer src into buffer out, `fill` where it reads outside. */
function windowStep(w: Window, dtype: DType, src: number, out: number, fill: number): PrebuiltStep {
  const pad = 6 - w.dims.length;
  const ones = (v: number) => new Array<number>(pad).fill(v);
  return {
    kind: 'prebuilt',
    fn: `tj_window_${8 * DTYPE_BYTES[dtype]}`,
    out,
    args: [src, out],
    ints: [
      ...ones(1),
      ...w.dims,
      ...ones(0),
      ...w.strides,
      ...ones(0),
      ...w.lo,
      ...ones(1),
      ...w.hi,
      w.offset,
      ...fillBits(fill, dtype),
    ],
    work: sizeOf(w.dims) / POOL_READS_PER_NS,
  };
}

/** transpose, slice, broadcastTo and pad run native/tj_layout.c's window copy. */
function layoutStep(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep | undefined {
  const window = windowOf(n);
  const w = window && collapseWindow(window);
  if (!w || w.dims.length > 6) return undefined;
  const fill = n.op === 'pad' ? (n.params as unknown as Params['pad']).value : 0;
  return windowStep(w, n.aval.dtype, allocate(n.inputs[0]), out, fill);
}

/** concat: a copy of each (non-empty) input into its columns of the output (native/tj_layout.c), one step each. */
function concatSteps(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep[] {
  const { axis } = n.params as unknown as Params['concat'];
  const outer = sizeOf(n.aval.shape.slice(0, axis)),
    row = sizeOf(n.aval.shape.slice(axis));
  let col = 0;
  return n.inputs.flatMap((x) => {
    const block = sizeOf(x.aval.shape.slice(axis));
    const at = col;
    col += block;
    if (outer * block === 0) return [];
    return [
      {
        kind: 'prebuilt' as const,
        fn: `tj_concat_${8 * DTYPE_BYTES[n.aval.dtype]}`,
        out,
        args: [allocate(x), out],
        ints: [outer, block, row, at],
        work: (outer * block) / POOL_READS_PER_NS,
      },
    ];
  });
}

/** randomUniform and randomNormal (native/tj_random.c): args [state, out]. */
function randomStep(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep {
  const size = sizeOf(n.aval.shape);
  const [kernel, perNs] =
    n.op === 'randomNormal' ? ['normal', NORMAL_ELEMENTS_PER_NS] : ['uniform', RANDOM_ELEMENTS_PER_NS];
  return {
    kind: 'prebuilt',
    fn: `tj_${kernel}_${SHORT_NAME[n.aval.dtype]}`,
    out,
    args: [allocate(n.inputs[0]), out],
    ints: [size],
    work: size / perNs,
  };
}

/** checkIndex (native/tj_index.c): the labels copied through, the first out of range flagged for the loader to raise. */
function checkIndexStep(n: Node, out: number, allocate: (n: Node) => number, fresh: Fresh): PrebuiltStep {
  const p = n.params as unknown as Params['checkIndex'];
  const x = allocate(n.inputs[0]),
    flag = fresh('int32', 2);
  const size = sizeOf(n.aval.shape);
  return {
    kind: 'prebuilt',
    fn: 'tj_check_index',
    out,
    args: [x, out, flag],
    ints: [size, p.bound],
    check: { flag, message: `${p.op}: ${p.what} {v} is out of range for ${p.bound} classes` },
    work: size / INDEX_ELEMENTS_PER_NS,
  };
}

/** The message of an index out of range along `axis` of x's shape, {v} standing for the index ({op} as the primitive's error names it). */
const indexMessage = (op: string, axis: number, shape: Shape) =>
  `${op}: index {v} is out of range for axis ${axis} with size ${shape[axis]} (shape ${fmtShape(shape)})`;

/**
 * gather (take) along `axis`, every dtype by element size (native/tj_index.c): args [x, indices,
 * out, flag], ints [outer, len, indices, inner]; an index out of range flagged for the loader.
 */
function gatherStep(n: Node, out: number, allocate: (n: Node) => number, fresh: Fresh): PrebuiltStep {
  const [x, idx] = n.inputs,
    { axis } = n.params as unknown as Params['gather'];
  const shape = x.aval.shape,
    [outer, len, inner] = aroundAxis(shape, axis);
  const indices = allocate(idx),
    flag = fresh('int32', 2);
  return {
    kind: 'prebuilt',
    fn: `tj_gather_${8 * DTYPE_BYTES[x.aval.dtype]}`,
    out,
    args: [allocate(x), indices, out, flag],
    ints: [outer, len, sizeOf(idx.aval.shape), inner],
    check: { flag, message: indexMessage('take', axis, shape) },
    work: sizeOf(n.aval.shape) / INDEX_ELEMENTS_PER_NS,
  };
}

/** argmax / argmin, every dtype (native/tj_index.c; CUDA twins): x as [outer, red, inner], ints [outer, red, inner]. */
function argStep(n: Node, out: number, allocate: (n: Node) => number): PrebuiltStep {
  const x = n.inputs[0],
    { axis } = n.params as unknown as Params['argmax'];
  const shape = x.aval.shape;
  return {
    kind: 'prebuilt',
    fn: `tj_${n.op}_${SHORT_NAME[x.aval.dtype]}`,
    out,
    args: [allocate(x), out],
    ints: aroundAxis(shape, axis),
    work: sizeOf(shape) / REDUCE_ELEMENTS_PER_NS,
  };
}

/** The kernel of scatter / scatterAdd by dtype (native/tj_index.c): set by element size, add by type, or for bool. */
function scatterKernel(op: string, dtype: DType): string {
  if (op === 'scatter') return `tj_scatter_set_${8 * DTYPE_BYTES[dtype]}`;
  return dtype === 'bool' ? 'tj_scatter_or_8' : `tj_scatter_add_${SHORT_NAME[dtype]}`;
}

/**
 * scatter and scatterAdd, every dtype: x as [outer, len, inner] along the axis; args [x, indices,
 * updates, out, flag], ints [outer, len, indices, inner]; an index out of range flagged for the
 * loader to raise the eager error.
 */
function scatterStep(n: Node, out: number, allocate: (n: Node) => number, fresh: Fresh): PrebuiltStep {
  const [x, idx, upd] = n.inputs,
    { axis } = n.params as unknown as Params['scatter'];
  const shape = x.aval.shape,
    [outer, len, inner] = aroundAxis(shape, axis),
    m = sizeOf(idx.aval.shape);
  const indices = allocate(idx),
    flag = fresh('int32', 2);
  return {
    kind: 'prebuilt',
    fn: scatterKernel(n.op, x.aval.dtype),
    out,
    args: [allocate(x), indices, allocate(upd), out, flag],
    ints: [outer, len, m, inner],
    check: { flag, message: indexMessage(n.op, axis, shape) },
    work: (sizeOf(shape) + sizeOf(upd.aval.shape)) / INDEX_ELEMENTS_PER_NS,
  };
}

const STEPS: Partial<
  Record<
    string,
    (n: Node, out: number, allocate: (n: Node) => number, fresh: Fresh) => PrebuiltStep | PrebuiltStep[] | undefined
  >
> = {
  concat: concatSteps,
  randomUniform: randomStep,
  randomNormal: randomStep,
  checkIndex: checkIndexStep,
  gather: gatherStep,
  argmax: argStep,
  argmin: argStep,
  scatter: scatterStep,
  scatterAdd: scatterStep,
  matmul: matmulStep,
  linear: matmulStep,
  conv2d: convStep,
  transpose: layoutStep,
  slice: layoutStep,
  broadcastTo: layoutStep,
  pad: layoutStep,
  maxPool2d: poolStep,
  avgPool2d: poolStep,
  maxPool2dGrad: poolGradStep,
  reduceSum: reduceStep,
  reduceProd: reduceStep,
  reduceMax: reduceStep,
  reduceMin: reduceStep,
  cumsum: scanStep,
  cumprod: scanStep,
  argsort: scanStep,
};

/** The prebuilt-kernel calls for node n (its output in buffer `out`), or undefined to run its JS kernel. */
export function prebuiltStep(
  n: Node,
  out: number,
  allocate: (n: Node) => number,
  fresh: Fresh,
): PrebuiltStep | PrebuiltStep[] | undefined {
  return STEPS[n.op]?.(n, out, allocate, fresh);
}
