// Shape ops: reshape, flatten, squeeze, expandDims, broadcastTo, transpose, concat, stack, split,
// slice, take, pad, tile, flip.

import { castScalar, promoteTypes } from '../../runtime/dtype.js';
import { checkShape, checkSize, fmtShape, normalizeAxes, normalizeAxis, sizeOf } from '../../runtime/shape.js';
import { bind } from '../dispatch.js';
import { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, indexTensor, type TensorLike } from './coerce.js';

function checkIntList(op: string, what: string, xs: unknown): number[] {
  if (!Array.isArray(xs) || !xs.every((v) => Number.isInteger(v)))
    throw new Error(`${op}: ${what} must be an array of integers, got ${JSON.stringify(xs)}`);
  return xs as number[];
}

/**
 * The same elements in a new shape (row-major order). One entry may be -1: it is inferred.
 *
 * @param x - The tensor to reshape.
 * @param shape - The new shape; its size must equal x's.
 * @example
 * ```ts
 * tj.reshape(tj.arange(6), [2, -1]); // [[0, 1, 2], [3, 4, 5]]
 * ```
 * @category Shape
 */
export function reshape(x: TensorLike, shape: number[]): Tensor {
  const t = asTensor('reshape', x);
  const s = checkIntList('reshape', 'shape', shape);
  const free = s.filter((d) => d === -1).length;
  if (free > 1 || s.some((d) => d < -1))
    throw new Error(`reshape: shape ${fmtShape(s)} may contain one -1 and otherwise non-negative sizes`);
  let out = s;
  if (free === 1) {
    const known = sizeOf(s.filter((d) => d !== -1));
    if (known === 0 || t.size % known !== 0)
      throw new Error(`reshape: cannot reshape ${fmtShape(t.shape)} (size ${t.size}) into ${fmtShape(s)}`);
    out = s.map((d) => (d === -1 ? t.size / known : d));
  }
  if (sizeOf(out) !== t.size)
    throw new Error(
      `reshape: cannot reshape ${fmtShape(t.shape)} (size ${t.size}) into ${fmtShape(s)} (size ${sizeOf(out)})`,
    );
  if (out.length === t.ndim && out.every((d, i) => d === t.shape[i])) return t;
  return bind('reshape', [t], { shape: out });
}

/**
 * x as a 1-D tensor (row-major order).
 *
 * @param x - The tensor to flatten.
 * @example
 * ```ts
 * tj.flatten(tj.zeros([2, 3])).shape; // [6]
 * ```
 * @category Shape
 */
export function flatten(x: TensorLike): Tensor {
  return reshape(x, [-1]);
}

/**
 * Removes size-1 axes: all of them, or the given ones (which must have size 1, else it throws).
 *
 * @param x - The tensor.
 * @param axis - An axis or a list of axes to remove; all size-1 axes when undefined.
 * @example
 * ```ts
 * tj.squeeze(tj.zeros([1, 3, 1])).shape;    // [3]
 * tj.squeeze(tj.zeros([1, 3, 1]), 0).shape; // [3, 1]
 * ```
 * @category Shape
 */
export function squeeze(x: TensorLike, axis?: number | number[]): Tensor {
  const t = asTensor('squeeze', x);
  if (axis === undefined)
    return reshape(
      t,
      t.shape.filter((d) => d !== 1),
    );
  const axes = normalizeAxes('squeeze', axis, t.ndim);
  for (const a of axes) {
    if (t.shape[a] !== 1)
      throw new Error(
        `squeeze: cannot squeeze axis ${a} of size ${t.shape[a]} in shape ${fmtShape(t.shape)} (only size-1 axes)`,
      );
  }
  return reshape(
    t,
    t.shape.filter((_, i) => !axes.includes(i)),
  );
}

/**
 * Inserts a size-1 axis at position `axis` of the result.
 *
 * @param x - The tensor.
 * @param axis - Where the new axis goes (negative counts from the end of the result).
 * @example
 * ```ts
 * tj.expandDims(tj.zeros([3]), 0).shape;  // [1, 3]
 * tj.expandDims(tj.zeros([3]), -1).shape; // [3, 1]
 * ```
 * @category Shape
 */
export function expandDims(x: TensorLike, axis: number): Tensor {
  const t = asTensor('expandDims', x);
  const a = normalizeAxis('expandDims', axis, t.ndim + 1);
  const s = t.shape.slice();
  s.splice(a, 0, 1);
  return reshape(t, s);
}

/**
 * x broadcast to `shape` with NumPy's rules (size-1 and missing leading axes are repeated).
 *
 * @param x - The tensor.
 * @param shape - The target shape.
 * @example
 * ```ts
 * tj.broadcastTo(tj.tensor([1, 2]), [2, 2]); // [[1, 2], [1, 2]]
 * ```
 * @category Shape
 */
export function broadcastTo(x: TensorLike, shape: number[]): Tensor {
  const t = asTensor('broadcastTo', x);
  const s = checkShape('broadcastTo', shape);
  if (s.length === t.ndim && s.every((d, i) => d === t.shape[i])) return t;
  return bind('broadcastTo', [t], { shape: s });
}

/**
 * Permutes the axes: reverses them by default (the matrix transpose for 2-D). Also `x.T`.
 *
 * @param x - The tensor.
 * @param perm - The new order of the axes (a permutation of 0..ndim-1; negative allowed).
 * @example
 * ```ts
 * tj.transpose(tj.tensor([[1, 2], [3, 4]]));         // [[1, 3], [2, 4]]
 * tj.transpose(tj.zeros([2, 3, 4]), [2, 0, 1]).shape; // [4, 2, 3]
 * ```
 * @category Shape
 */
export function transpose(x: TensorLike, perm?: number[]): Tensor {
  const t = asTensor('transpose', x);
  const p =
    perm === undefined
      ? t.shape.map((_, i) => t.ndim - 1 - i)
      : checkIntList('transpose', 'perm', perm).map((a) => normalizeAxis('transpose', a, t.ndim));
  if (p.length !== t.ndim || new Set(p).size !== p.length)
    throw new Error(
      `transpose: axes ${JSON.stringify(perm)} are not a permutation of the ${t.ndim} axes of shape ${fmtShape(t.shape)}`,
    );
  if (p.every((a, i) => a === i)) return t;
  return bind('transpose', [t], { perm: p });
}

function tensorList(op: string, xs: readonly TensorLike[]): Tensor[] {
  if (!Array.isArray(xs) || xs.length === 0) throw new Error(`${op}: expected a non-empty array of tensors`);
  const ts = xs.map((x) => asTensor(op, x));
  const d = ts.map((t) => t.dtype).reduce(promoteTypes);
  return ts.map((t) => asTensorOf(t, d));
}

/**
 * Joins tensors of the same rank along an existing axis (the other axes must match). Dtypes promote.
 *
 * @param xs - A non-empty array of tensors (or arrays).
 * @param axis - The axis to join along (default 0).
 * @example
 * ```ts
 * tj.concat([tj.tensor([1, 2]), tj.tensor([3])]); // [1, 2, 3]
 * ```
 * @category Shape
 */
export function concat(xs: readonly TensorLike[], axis = 0): Tensor {
  const ts = tensorList('concat', xs);
  const nd = ts[0].ndim;
  if (nd === 0) throw new Error('concat: zero-dimensional tensors cannot be concatenated (use stack)');
  for (const t of ts) {
    if (t.ndim !== nd)
      throw new Error(
        `concat: all inputs must have the same rank, got shapes ${ts.map((u) => fmtShape(u.shape)).join(', ')}`,
      );
  }
  const a = normalizeAxis('concat', axis, nd);
  if (ts.length === 1) return ts[0];
  return bind('concat', ts, { axis: a });
}

/**
 * Joins tensors of the same shape along a new axis. Dtypes promote.
 *
 * @param xs - A non-empty array of tensors (or arrays) of one shape.
 * @param axis - Where the new axis goes in the result (default 0).
 * @example
 * ```ts
 * tj.stack([tj.tensor([1, 2]), tj.tensor([3, 4])]);    // [[1, 2], [3, 4]]
 * tj.stack([tj.tensor([1, 2]), tj.tensor([3, 4])], 1); // [[1, 3], [2, 4]]
 * ```
 * @category Shape
 */
export function stack(xs: readonly TensorLike[], axis = 0): Tensor {
  const ts = tensorList('stack', xs);
  for (const t of ts) {
    if (t.ndim !== ts[0].ndim || t.shape.some((d, i) => d !== ts[0].shape[i])) {
      throw new Error(`stack: all inputs must have the same shape, got ${ts.map((u) => fmtShape(u.shape)).join(', ')}`);
    }
  }
  const a = normalizeAxis('stack', axis, ts[0].ndim + 1);
  const expanded = ts.map((t) => expandDims(t, a));
  return expanded.length === 1 ? expanded[0] : bind('concat', expanded, { axis: a });
}

/**
 * Splits x along an axis into `n` equal parts, or at the given indices (as NumPy's array_split with indices).
 *
 * @param x - The tensor to split.
 * @param sectionsOrIndices - A number of equal sections (which must divide the axis), or the indices to cut at.
 * @param axis - The axis to split (default 0).
 * @returns An array of tensors.
 * @example
 * ```ts
 * tj.split(tj.arange(6), 3);      // [[0, 1], [2, 3], [4, 5]]
 * tj.split(tj.arange(6), [1, 4]); // [[0], [1, 2, 3], [4, 5]]
 * ```
 * @category Shape
 */
export function split(x: TensorLike, sectionsOrIndices: number | number[], axis = 0): Tensor[] {
  const t = asTensor('split', x);
  const a = normalizeAxis('split', axis, t.ndim);
  const len = t.shape[a];
  let cuts: number[];
  if (typeof sectionsOrIndices === 'number') {
    const n = sectionsOrIndices;
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`split: number of sections must be a positive integer, got ${n}`);
    if (len % n !== 0)
      throw new Error(
        `split: axis ${a} of size ${len} (shape ${fmtShape(t.shape)}) does not divide into ${n} equal sections`,
      );
    cuts = Array.from({ length: n - 1 }, (_, i) => ((i + 1) * len) / n);
  } else {
    cuts = checkIntList('split', 'indices', sectionsOrIndices).map((i) =>
      Math.min(Math.max(i < 0 ? i + len : i, 0), len),
    );
  }
  const bounds = [0, ...cuts, len];
  const parts: Tensor[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = bounds[i],
      hi = Math.max(bounds[i], bounds[i + 1]);
    const starts = t.shape.map(() => 0),
      ends = t.shape.slice();
    starts[a] = lo;
    ends[a] = hi;
    parts.push(slice(t, starts, ends));
  }
  return parts;
}

/**
 * NumPy basic slicing, `x[starts[0]:ends[0]:steps[0], ...]`: ends are exclusive, negative values count
 * from the end, out-of-range values are clamped, and axes past the given lists are taken whole;
 * `null` means "from the start" or "to the end" in the step's direction.
 *
 * @param x - The tensor to slice.
 * @param starts - The first index on each axis.
 * @param ends - The end (exclusive) on each axis; to the end when omitted.
 * @param steps - The step on each axis (default 1; negative walks backwards; 0 throws).
 * @example
 * ```ts
 * tj.slice(tj.tensor([[1, 2, 3], [4, 5, 6]]), [0, 1]); // [[2, 3], [5, 6]]
 * tj.slice(tj.arange(10), [1], [8], [3]);             // [1, 4, 7]
 * tj.slice(tj.arange(5), [null], [null], [-1]);       // [4, 3, 2, 1, 0]
 * ```
 * @category Shape
 */
export function slice(
  x: TensorLike,
  starts: (number | null | undefined)[],
  ends?: (number | null | undefined)[],
  steps?: (number | null | undefined)[],
): Tensor {
  const t = asTensor('slice', x);
  const nd = t.ndim;
  for (const [name, arr] of [
    ['starts', starts],
    ['ends', ends],
    ['steps', steps],
  ] as const) {
    if (arr === undefined) continue;
    if (
      !Array.isArray(arr) ||
      arr.length > nd ||
      arr.some((v) => v !== null && v !== undefined && !Number.isInteger(v))
    ) {
      throw new Error(
        `slice: ${name} must be an array of at most ${nd} integers for shape ${fmtShape(t.shape)}, got ${JSON.stringify(arr)}`,
      );
    }
  }
  const st: number[] = [],
    sp: number[] = [],
    shape: number[] = [];
  for (let d = 0; d < nd; d++) {
    const len = t.shape[d];
    const step = steps?.[d] ?? 1;
    if (step === 0) throw new Error(`slice: step must not be zero (axis ${d})`);
    // Python's slice.indices(): clamp start and stop into range for the step's direction.
    const norm = (v: number | null | undefined, dflt: number, lo: number, hi: number) => {
      if (v === null || v === undefined) return dflt;
      const w = v < 0 ? v + len : v;
      return Math.min(Math.max(w, lo), hi);
    };
    const start = step > 0 ? norm(starts[d], 0, 0, len) : norm(starts[d], len - 1, -1, len - 1);
    const stop = step > 0 ? norm(ends?.[d], len, 0, len) : norm(ends?.[d], -1, -1, len - 1);
    const n = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
    st.push(n > 0 ? start : 0);
    sp.push(step);
    shape.push(n);
  }
  if (shape.every((n, d) => n === t.shape[d] && sp[d] === 1)) return t;
  return bind('slice', [t], { starts: st, steps: sp, shape });
}

/**
 * Gathers elements along an axis at the given indices (NumPy's take); without an axis, x is
 * flattened first. Indices out of range throw.
 *
 * @param x - The tensor to gather from.
 * @param indices - Integer indices: an int32 tensor, a number, or an array; the result has their shape in place of the axis.
 * @param axis - The axis to index; the flattened tensor when undefined.
 * @example
 * ```ts
 * const x = tj.tensor([[1, 2], [3, 4]]);
 * tj.take(x, [1, 0], 0); // [[3, 4], [1, 2]]
 * tj.take(x, [3, 0]);    // [4, 1]
 * ```
 * @category Shape
 */
export function take(x: TensorLike, indices: TensorLike, axis?: number): Tensor {
  const t = asTensor('take', x);
  const idx = indexTensor('take', indices);
  if (axis === undefined || axis === null) return bind('gather', [reshape(t, [-1]), idx], { axis: 0 });
  return bind('gather', [t, idx], { axis: normalizeAxis('take', axis, t.ndim) });
}

/**
 * Pad widths for {@link pad}: one number for every side, one [before, after] pair for every axis,
 * or one pair per axis.
 * @category Types
 */
export type PadWidth = number | readonly [number, number] | readonly (readonly [number, number])[];

/**
 * Pads x with a constant.
 *
 * @param x - The tensor to pad.
 * @param pads - One number for every side of every axis, one `[before, after]` pair for every axis, or one pair per axis.
 * @param value - The fill value (default 0).
 * @example
 * ```ts
 * tj.pad(tj.tensor([[1]]), 1);             // [[0, 0, 0], [0, 1, 0], [0, 0, 0]]
 * tj.pad(tj.tensor([1, 2]), [[1, 2]], 9); // [9, 1, 2, 9, 9]
 * ```
 * @category Shape
 */
export function pad(x: TensorLike, pads: PadWidth, value = 0): Tensor {
  const t = asTensor('pad', x);
  let pairs: [number, number][];
  if (typeof pads === 'number') pairs = t.shape.map(() => [pads, pads]);
  else if (Array.isArray(pads) && pads.length === 2 && typeof pads[0] === 'number' && typeof pads[1] === 'number')
    pairs = t.shape.map(() => [pads[0] as number, pads[1] as number]);
  else if (Array.isArray(pads) && pads.every((p) => Array.isArray(p) && p.length === 2))
    pairs = (pads as [number, number][]).map((p) => [p[0], p[1]]);
  else
    throw new Error(
      `pad: pads must be a number, a [before, after] pair or one pair per axis, got ${JSON.stringify(pads)}`,
    );
  if (pairs.length !== t.ndim)
    throw new Error(
      `pad: got ${pairs.length} (before, after) pairs for a tensor of rank ${t.ndim} (shape ${fmtShape(t.shape)})`,
    );
  if (pairs.some((p) => !Number.isInteger(p[0]) || !Number.isInteger(p[1]) || p[0] < 0 || p[1] < 0))
    throw new Error(`pad: pad widths must be non-negative integers, got ${JSON.stringify(pads)}`);
  if (typeof value !== 'number' && typeof value !== 'boolean')
    throw new Error(`pad: value must be a number, got ${String(value)}`);
  const v = +value;
  if (t.dtype === 'int32' && !(Number.isFinite(v) && Math.trunc(v) >= -(2 ** 31) && Math.trunc(v) < 2 ** 31)) {
    throw new Error(`pad: value ${v} does not fit an int32 tensor (shape ${fmtShape(t.shape)})`);
  }
  // The fill as an element of x's dtype (bool: any non-zero is true; int32: truncated), so every tier fills alike.
  return bind('pad', [t], { pads: pairs, value: castScalar(v, t.dtype) });
}

/**
 * Repeats x `reps` times along each axis (NumPy's tile: x or reps is padded with leading 1s to the same length).
 *
 * @param x - The tensor to repeat.
 * @param reps - Repetitions per axis, or one number for the last axis.
 * @example
 * ```ts
 * tj.tile(tj.tensor([1, 2]), 2);      // [1, 2, 1, 2]
 * tj.tile(tj.tensor([1, 2]), [2, 1]); // [[1, 2], [1, 2]]
 * ```
 * @category Shape
 */
export function tile(x: TensorLike, reps: number | number[]): Tensor {
  const t0 = asTensor('tile', x);
  const r0 = checkIntList('tile', 'reps', typeof reps === 'number' ? [reps] : reps);
  if (r0.some((r) => r < 0)) throw new Error(`tile: reps must be non-negative, got ${JSON.stringify(reps)}`);
  const nd = Math.max(r0.length, t0.ndim);
  const r = [...new Array(nd - r0.length).fill(1), ...r0];
  const t = reshape(t0, [...new Array(nd - t0.ndim).fill(1), ...t0.shape]);
  // Interleave a repeat axis before every axis, broadcast it, then merge each pair.
  const inter = t.shape.flatMap((d) => [1, d]);
  const target = t.shape.flatMap((d, i) => [r[i], d]);
  checkSize(
    'tile',
    t.shape.map((d, i) => d * r[i]),
  );
  return reshape(
    broadcastTo(reshape(t, inter), target),
    t.shape.map((d, i) => d * r[i]),
  );
}

/**
 * Reverses the order of elements along the given axes (all axes by default).
 *
 * @param x - The tensor.
 * @param axis - An axis or a list of axes; all axes when undefined.
 * @example
 * ```ts
 * tj.flip(tj.tensor([[1, 2], [3, 4]]));    // [[4, 3], [2, 1]]
 * tj.flip(tj.tensor([[1, 2], [3, 4]]), 1); // [[2, 1], [4, 3]]
 * ```
 * @category Shape
 */
export function flip(x: TensorLike, axis?: number | number[]): Tensor {
  const t = asTensor('flip', x);
  const axes = normalizeAxes('flip', axis, t.ndim);
  return slice(
    t,
    t.shape.map(() => null),
    undefined,
    t.shape.map((_, d) => (axes.includes(d) ? -1 : 1)),
  );
}
