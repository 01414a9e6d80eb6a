// vmap's batching rules, one per primitive (JAX's `batching.primitive_batchers`): each takes the
// batched inputs with their batch axes and returns the batched result and its batch axis. Most
// move the batch axis to the front and shift the primitive's axes by one; convolutions and
// pooling fold the batch into N (or, for mapped weights, into the channel groups).

import { BINARY, UNARY, type Params, type Prim } from '../../runtime/primitives/index.js';
import { bind } from '../dispatch.js';
import { Tensor } from '../tensor.js';
import type { BatchRule, BatchTable, Dim } from './types.js';

/** `x` with axis `from` moved to `to` (the other axes keep their order). */
export function moveAxis(x: Tensor, from: number, to: number): Tensor {
  if (from === to) return x;
  const perm = x.shape.map((_, i) => i).filter((i) => i !== from);
  perm.splice(to, 0, from);
  return bind('transpose', [x], { perm });
}

/** A batched value with its batch axis first; an unmapped one is broadcast to `size` rows. */
export function toFront(x: Tensor, d: Dim, size: number): Tensor {
  if (d === null) return bind('broadcastTo', [x], { shape: [size, ...x.shape] });
  return moveAxis(x, d, 0);
}

/** A batch-first value [B, ...s] given `rank` per-example axes by inserting 1s after the batch axis. */
function withRank(x: Tensor, rank: number): Tensor {
  const extra = rank - (x.ndim - 1);
  if (extra <= 0) return x;
  return bind('reshape', [x], { shape: [x.shape[0], ...Array<number>(extra).fill(1), ...x.shape.slice(1)] });
}

/** Per-example rank of an input. */
const rankOf = (x: Tensor, d: Dim) => (d === null ? x.ndim : x.ndim - 1);

/**
 * Operands that broadcast against each other per example (elementwise ops, matmul's batch axes):
 * mapped ones batch-first with their per-example rank raised to the largest (so the batch axis
 * lines up); unmapped ones as they are (NumPy broadcasting puts them under the batch axis).
 */
function alignBroadcast(xs: readonly Tensor[], dims: readonly Dim[], size: number): Tensor[] {
  const rank = Math.max(...xs.map((x, i) => rankOf(x, dims[i])));
  return xs.map((x, i) => {
    const d = dims[i];
    return d === null ? x : withRank(toFront(x, d, size), rank);
  });
}

function elementwiseRule<P extends Prim>(prim: P): BatchRule<P> {
  return (xs, dims, params, size) => {
    if (xs.length === 1) return [bind(prim, xs, params), dims[0]];
    return [bind(prim, alignBroadcast(xs, dims, size), params), 0];
  };
}

/** Rules whose input passes through unchanged per element (its batch axis stays where it is). */
function passThrough<P extends Prim>(prim: P): BatchRule<P> {
  return (xs, dims, params) => [bind(prim, xs, params), dims[0]];
}

function reductionRule<P extends 'reduceSum' | 'reduceProd' | 'reduceMax' | 'reduceMin'>(prim: P): BatchRule<P> {
  return ([x], [d], p, size) => [
    bind(prim, [toFront(x, d, size)], { axes: (p as Params['reduceSum']).axes.map((a) => a + 1) } as Params[P]),
    0,
  ];
}

function argRule<P extends 'argmax' | 'argmin'>(prim: P): BatchRule<P> {
  return ([x], [d], p, size) => [
    bind(prim, [toFront(x, d, size)], { axis: (p as Params['argmax']).axis + 1 } as Params[P]),
    0,
  ];
}

/** Convolutions and pooling take 4-D rows (NCHW, OIHW): checked before the batch is folded in. */
function check4d(prim: string, xs: readonly Tensor[], dims: readonly Dim[]): void {
  xs.forEach((x, i) => {
    if (rankOf(x, dims[i]) !== 4)
      throw new Error(
        `vmap: ${prim} takes 4-D operands per row (NCHW, OIHW), got a batched operand of shape [${x.shape.join(', ')}] with its batch on axis ${dims[i]}`,
      );
  });
}

function poolRule<P extends 'maxPool2d' | 'avgPool2d'>(prim: P): BatchRule<P> {
  return ([x], [d], p, size) => {
    check4d(prim, [x], [d]);
    const f = toFront(x, d, size);
    const [b, n, ...rest] = f.shape;
    const y = bind(prim, [bind('reshape', [f], { shape: [b * n, ...rest] })], p);
    return [bind('reshape', [y], { shape: [b, n, ...y.shape.slice(1)] }), 0];
  };
}

/** Primitives along one axis (`axis` param), row by row: the batch first, the axis shifted. */
function axisRule<P extends 'cumsum' | 'cumprod' | 'argsort'>(prim: P): BatchRule<P> {
  return ([x], [d], p, size) => [
    bind(prim, [toFront(x, d, size)], { ...p, axis: (p as Params['cumsum']).axis + 1 } as Params[P]),
    0,
  ];
}

/** A batch-first [B, ...] value with axis `a` folded into the batch: [B*len, ...others]. */
function foldAxis(f: Tensor, a: number): Tensor {
  const moved = moveAxis(f, a, 1);
  return bind('reshape', [moved], { shape: [f.shape[0] * f.shape[a], ...moved.shape.slice(2)] });
}

/**
 * Batch-first indices [B, ...] into an axis of length `len`, made indices into that axis folded
 * with the batch (foldAxis): negative ones wrapped and each checked (as the op would), then
 * offset by their row's start.
 */
function rowIndices(i: Tensor, len: number, size: number, op: string): Tensor {
  const wrapped = bind('where', [bind('less', [i, scalarInt(0)], {}), bind('add', [i, scalarInt(len)], {}), i], {});
  const checked = bind('checkIndex', [wrapped], { bound: len, op, what: 'index' });
  const starts = Int32Array.from({ length: size }, (_, b) => b * len);
  return bind('add', [checked, new Tensor([size, ...i.shape.slice(1).map(() => 1)], 'int32', starts)], {});
}

function scatterRule<P extends 'scatter' | 'scatterAdd'>(prim: P): BatchRule<P> {
  return ([x, idx, upd], [dx, di, du], p, size) => {
    const f = toFront(x, dx, size),
      u = toFront(upd, du, size);
    const a = (p as Params['scatter']).axis;
    if (di === null) return [bind(prim, [f, idx, u], { axis: a + 1 } as Params[P]), 0];
    // Mapped indices: scatter into x with the batch and the axis folded together.
    const len = f.shape[a + 1];
    const i = rowIndices(toFront(idx, di, size), len, size, prim);
    const ni = i.ndim - 1;
    // updates [B, ...pre, ...idx, ...post] to [B, ...idx, ...pre, ...post]
    const perm = [0, ...range(1 + a, 1 + a + ni), ...range(1, 1 + a), ...range(1 + a + ni, u.ndim)];
    const out = bind(prim, [foldAxis(f, a + 1), i, bind('transpose', [u], { perm })], { axis: 0 } as Params[P]);
    const moved = f.shape.filter((_, k) => k !== a + 1);
    moved.splice(1, 0, len);
    return [moveAxis(bind('reshape', [out], { shape: moved }), 1, a + 1), 0];
  };
}

const elementwise = Object.fromEntries(
  [...UNARY, ...BINARY, 'where' as const].map((p) => [p, elementwiseRule(p)]),
) as unknown as { [P in (typeof UNARY)[number] | (typeof BINARY)[number] | 'where']: BatchRule<P> };

export const batchRules: BatchTable = {
  ...elementwise,
  reduceSum: reductionRule('reduceSum'),
  reduceProd: reductionRule('reduceProd'),
  reduceMax: reductionRule('reduceMax'),
  reduceMin: reductionRule('reduceMin'),
  argmax: argRule('argmax'),
  argmin: argRule('argmin'),
  reshape: ([x], [d], p, size) => [bind('reshape', [toFront(x, d, size)], { shape: [size, ...p.shape] }), 0],
  broadcastTo: ([x], [d], p, size) => [
    bind('broadcastTo', [withRank(toFront(x, d, size), p.shape.length)], { shape: [size, ...p.shape] }),
    0,
  ],
  transpose: ([x], [d], p, size) => [
    bind('transpose', [toFront(x, d, size)], { perm: [0, ...p.perm.map((a) => a + 1)] }),
    0,
  ],
  slice: ([x], [d], p, size) => [
    bind('slice', [toFront(x, d, size)], {
      starts: [0, ...p.starts],
      steps: [1, ...p.steps],
      shape: [size, ...p.shape],
    }),
    0,
  ],
  concat: (xs, dims, p, size) => [
    bind(
      'concat',
      xs.map((x, i) => toFront(x, dims[i], size)),
      { axis: p.axis + 1 },
    ),
    0,
  ],
  pad: ([x], [d], p, size) => [bind('pad', [toFront(x, d, size)], { pads: [[0, 0], ...p.pads], value: p.value }), 0],
  gather: ([x, idx], [dx, di], p, size) => {
    if (di === null) return [bind('gather', [toFront(x, dx, size), idx], { axis: p.axis + 1 }), 0];
    // Indices mapped, x not: the indices' axes replace x's axis, batch axis among them.
    if (dx === null) return [bind('gather', [x, idx], p), p.axis + di];
    // Both mapped: one gather from the batch and the axis flattened together.
    const f = toFront(x, dx, size);
    const i = rowIndices(toFront(idx, di, size), f.shape[p.axis + 1], size, 'take');
    const out = bind('gather', [foldAxis(f, p.axis + 1), i], { axis: 0 }); // [B, ...idx, ...pre, ...post]
    const ni = i.ndim - 1;
    const perm = [0, ...range(1 + ni, 1 + ni + p.axis), ...range(1, 1 + ni), ...range(1 + ni + p.axis, out.ndim)];
    return [bind('transpose', [out], { perm }), 0];
  },
  matmul: (xs, dims, p, size) => [bind('matmul', alignBroadcast(xs, dims, size), p), 0],
  linear: ([a, b, bias], [da, db, dc], _p, size) => {
    if (da === null && db === null) {
      // Only the bias is mapped: the product once, then the bias added per row.
      const prod = bind('matmul', [a, b], {});
      return [bind('add', alignBroadcast([prod, bias], [null, dc], size), {}), 0];
    }
    const prod = bind('matmul', alignBroadcast([a, b], [da, db], size), {});
    const out = dc === null ? bias : withRank(toFront(bias, dc, size), prod.ndim - 1);
    return [bind('add', [prod, out], {}), 0];
  },
  conv2d: ([x, w], [dx, dw], p, size) => {
    check4d('conv2d', [x, w], [dx, dw]);
    if (dw === null) {
      // Mapped input: the batch folded into N.
      const f = toFront(x, dx, size);
      const [b, n, ...rest] = f.shape;
      const y = bind('conv2d', [bind('reshape', [f], { shape: [b * n, ...rest] }), w], p);
      return [bind('reshape', [y], { shape: [b, n, ...y.shape.slice(1)] }), 0];
    }
    // Mapped weights: the batch folded into the channel groups ([N, B*C] against [B*O]).
    const fw = toFront(w, dw, size);
    const [b, o, ...wr] = fw.shape;
    const w2 = bind('reshape', [fw], { shape: [b * o, ...wr] });
    const fx = dx === null ? null : toFront(x, dx, size);
    const n = fx === null ? x.shape[0] : fx.shape[1];
    const c = fx === null ? x.shape[1] : fx.shape[2];
    const hw = fx === null ? x.shape.slice(2) : fx.shape.slice(3);
    const xb =
      fx === null
        ? bind('broadcastTo', [bind('reshape', [x], { shape: [n, 1, c, ...hw] })], { shape: [n, b, c, ...hw] })
        : moveAxis(fx, 0, 1);
    const x2 = bind('reshape', [xb], { shape: [n, b * c, ...hw] });
    const y = bind('conv2d', [x2, w2], { ...p, groups: p.groups * b });
    return [bind('reshape', [y], { shape: [n, b, o, ...y.shape.slice(2)] }), 1];
  },
  maxPool2d: poolRule('maxPool2d'),
  avgPool2d: poolRule('avgPool2d'),
  maxPool2dGrad: ([x, ct], [dx, dc], p, size) => {
    check4d('maxPool2dGrad', [x, ct], [dx, dc]);
    const fx = toFront(x, dx, size),
      fc = toFront(ct, dc, size);
    const fold = (t: Tensor) => bind('reshape', [t], { shape: [t.shape[0] * t.shape[1], ...t.shape.slice(2)] });
    const y = bind('maxPool2dGrad', [fold(fx), fold(fc)], p);
    return [bind('reshape', [y], { shape: fx.shape }), 0];
  },
  stopGradient: passThrough('stopGradient'),
  checkIndex: passThrough('checkIndex'),
  cumsum: axisRule('cumsum'),
  cumprod: axisRule('cumprod'),
  argsort: axisRule('argsort'),
  scatter: scatterRule('scatter'),
  scatterAdd: scatterRule('scatterAdd'),
  // Over the last two axes, batched over the leading ones: the batch axis joins them.
  svd: ([x], [d], p, size) => {
    if (rankOf(x, d) < 2)
      throw new Error(
        `vmap: svd takes operands of at least 2 dimensions per row, got shape [${x.shape.join(', ')}] with its batch on axis ${d}`,
      );
    return [bind('svd', [toFront(x, d, size)], p), 0];
  },
  // Collectives act elementwise across processes; inputs after the first only order them.
  allReduce: passThrough('allReduce'),
  broadcast: passThrough('broadcast'),
  randomUniform: randomRule('rand'),
  randomNormal: randomRule('randn'),
};

/**
 * Draws read the generator state, which vmap never maps (a Generator's state is a Variable, read
 * unmapped): such a draw happens once and is shared by every row. A mapped state would need a
 * draw per row, which the counter-based generator cannot split: refused.
 */
function randomRule<P extends 'randomUniform' | 'randomNormal'>(op: string): BatchRule<P> {
  return () => {
    throw new Error(
      `vmap: ${op} with a mapped generator state is not supported (a draw inside vmap reads an unmapped Generator and is shared by every row)`,
    );
  };
}

const scalarInt = (v: number) => new Tensor([], 'int32', new Int32Array([v]));
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
