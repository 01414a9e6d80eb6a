// A deliberately simple float64 reference for the tensor ops, independent of tensorjit.
// Arrays are { shape, data } with data a flat row-major Float64Array (bools as 0/1).
// Everything is written as plain loops over multi-indices: slow, and easy to check by eye.

export interface RArray {
  shape: number[];
  data: Float64Array;
}

// ---------------------------------------------------------------------------------------------
// Basics: construction, indices, nested arrays

export function size(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function arr(shape: readonly number[], data: ArrayLike<number> | ArrayLike<boolean>): RArray {
  const out = new Float64Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = Number(data[i]);
  if (out.length !== size(shape))
    throw new Error(`reference: shape [${shape.join(', ')}] does not match ${out.length} values`);
  return { shape: shape.slice(), data: out };
}

export function scalar(v: number): RArray {
  return arr([], [v]);
}

/** Nested JS arrays (numbers or booleans) to an RArray. */
export function fromNested(x: unknown): RArray {
  const shape: number[] = [];
  let level: unknown = x;
  while (Array.isArray(level)) {
    shape.push(level.length);
    level = level[0];
  }
  const values: number[] = [];
  const walk = (v: unknown, d: number): void => {
    if (d === shape.length) {
      values.push(Number(v));
      return;
    }
    if (!Array.isArray(v) || v.length !== shape[d]) throw new Error('reference: ragged nested array');
    for (const e of v) walk(e, d + 1);
  };
  walk(x, 0);
  return arr(shape, values);
}

export function toNested(a: RArray): unknown {
  const build = (d: number, off: number): unknown => {
    if (d === a.shape.length) return a.data[off];
    const stride = size(a.shape.slice(d + 1));
    const out: unknown[] = [];
    for (let i = 0; i < a.shape[d]; i++) out.push(build(d + 1, off + i * stride));
    return out;
  };
  return build(0, 0);
}

/** Multi-index of flat position i in `shape` (row-major). */
export function unravel(i: number, shape: readonly number[]): number[] {
  const idx = new Array<number>(shape.length).fill(0);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = i % shape[d];
    i = Math.floor(i / shape[d]);
  }
  return idx;
}

/** Flat position of a multi-index in `shape` (row-major). */
export function ravel(idx: readonly number[], shape: readonly number[]): number {
  let p = 0;
  for (let d = 0; d < shape.length; d++) p = p * shape[d] + idx[d];
  return p;
}

function get(a: RArray, idx: readonly number[]): number {
  return a.data[ravel(idx, a.shape)];
}

/** Builds an array of `shape` from a function of the multi-index. */
export function build(shape: readonly number[], f: (idx: number[]) => number): RArray {
  const n = size(shape);
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = f(unravel(i, shape));
  return { shape: shape.slice(), data };
}

function normAxis(axis: number, ndim: number): number {
  if (!Number.isInteger(axis) || axis < -ndim || axis >= ndim)
    throw new Error(`reference: bad axis ${axis} for rank ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}

function normAxes(axis: number | readonly number[] | undefined, ndim: number): number[] {
  if (axis === undefined) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : axis;
  return list.map((a) => normAxis(a, ndim)).sort((x, y) => x - y);
}

// ---------------------------------------------------------------------------------------------
// Broadcasting and elementwise ops

export function broadcastShapes(...shapes: (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let k = 0; k < nd; k++) {
    let dim = 1;
    for (const s of shapes) {
      const j = s.length - nd + k;
      const d = j >= 0 ? s[j] : 1;
      if (d === 1) continue;
      if (dim !== 1 && dim !== d)
        throw new Error(`reference: cannot broadcast [${shapes.map((x) => x.join(', ')).join('] and [')}]`);
      dim = d;
    }
    out.push(dim);
  }
  return out;
}

/** The element of `a` that position `idx` of a broadcast result of rank idx.length reads. */
function broadcastGet(a: RArray, idx: readonly number[]): number {
  const off = idx.length - a.shape.length;
  const own = a.shape.map((d, i) => (d === 1 ? 0 : idx[off + i]));
  return get(a, own);
}

export function broadcastTo(a: RArray, shape: readonly number[]): RArray {
  const s = broadcastShapes(a.shape, shape);
  if (s.length !== shape.length || s.some((d, i) => d !== shape[i])) throw new Error('reference: broadcastTo mismatch');
  return build(shape, (idx) => broadcastGet(a, idx));
}

export function map(a: RArray, f: (x: number) => number): RArray {
  return { shape: a.shape.slice(), data: a.data.map(f) };
}

export function map2(a: RArray, b: RArray, f: (x: number, y: number) => number): RArray {
  const shape = broadcastShapes(a.shape, b.shape);
  return build(shape, (idx) => f(broadcastGet(a, idx), broadcastGet(b, idx)));
}

export function map3(a: RArray, b: RArray, c: RArray, f: (x: number, y: number, z: number) => number): RArray {
  const shape = broadcastShapes(a.shape, b.shape, c.shape);
  return build(shape, (idx) => f(broadcastGet(a, idx), broadcastGet(b, idx), broadcastGet(c, idx)));
}

/** erf by its everywhere-positive series erf(x) = 2/sqrt(pi) e^{-x^2} sum 2^n x^{2n+1} / (2n+1)!!, which has no cancellation. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return -erf(-x);
  if (x > 6) return 1; // erfc(6) ~ 2e-17, below half an ulp of 1
  let term = x; // 2^n x^{2n+1} / (2n+1)!!
  let sum = x;
  for (let n = 1; n < 500; n++) {
    term *= (2 * x * x) / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
}

/** Round half to even (banker's rounding), as NumPy's round. */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const frac = x - f;
  if (frac < 0.5) return f;
  if (frac > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** Floored modulo: the result has the sign of the divisor (NumPy's mod / Python's %). */
export function floorMod(a: number, b: number): number {
  const r = a % b; // truncated remainder, exact in IEEE arithmetic
  if (r !== 0 && r < 0 !== b < 0) return r + b;
  return r;
}

export function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

export function softplus(x: number): number {
  // log(1 + e^x) = max(x, 0) + log(1 + e^{-|x|})
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

const gelu = (x: number): number => 0.5 * x * (1 + erf(x * Math.SQRT1_2));
const elu = (x: number): number => (x > 0 ? x : Number.isNaN(x) ? NaN : Math.expm1(x));

const truth = (x: number): number => (x !== 0 ? 1 : 0); // NaN is truthy

export const unaryFns: Record<string, (x: number) => number> = {
  neg: (x) => -x,
  abs: (x) => Math.abs(x),
  sign: (x) => (Number.isNaN(x) ? NaN : x > 0 ? 1 : x < 0 ? -1 : 0),
  exp: Math.exp,
  expm1: Math.expm1,
  log: Math.log,
  log1p: Math.log1p,
  sqrt: Math.sqrt,
  rsqrt: (x) => 1 / Math.sqrt(x),
  square: (x) => x * x,
  reciprocal: (x) => 1 / x,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  tanh: Math.tanh,
  sigmoid,
  relu: (x) => (Number.isNaN(x) ? NaN : x > 0 ? x : 0),
  softplus,
  gelu,
  silu: (x) => x * sigmoid(x),
  leakyRelu: (x) => (x > 0 ? x : 0.01 * x),
  elu,
  erf,
  floor: Math.floor,
  ceil: Math.ceil,
  round: roundHalfEven,
  isnan: (x) => (Number.isNaN(x) ? 1 : 0),
  isfinite: (x) => (Number.isFinite(x) ? 1 : 0),
  logicalNot: (x) => 1 - truth(x),
};

export const binaryFns: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  pow: (a, b) => Math.pow(a, b),
  maximum: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : a > b ? a : b),
  minimum: (a, b) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : a < b ? a : b),
  mod: floorMod,
  equal: (a, b) => (a === b ? 1 : 0),
  notEqual: (a, b) => (a !== b ? 1 : 0),
  less: (a, b) => (a < b ? 1 : 0),
  lessEqual: (a, b) => (a <= b ? 1 : 0),
  greater: (a, b) => (a > b ? 1 : 0),
  greaterEqual: (a, b) => (a >= b ? 1 : 0),
  logicalAnd: (a, b) => truth(a) & truth(b),
  logicalOr: (a, b) => truth(a) | truth(b),
};

export function unary(name: string, a: RArray): RArray {
  const f = unaryFns[name];
  if (!f) throw new Error(`reference: no unary ${name}`);
  return map(a, f);
}

export function binary(name: string, a: RArray, b: RArray): RArray {
  const f = binaryFns[name];
  if (!f) throw new Error(`reference: no binary ${name}`);
  return map2(a, b, f);
}

export function where(cond: RArray, a: RArray, b: RArray): RArray {
  return map3(cond, a, b, (c, x, y) => (c !== 0 ? x : y));
}

export function clip(x: RArray, lo: RArray, hi: RArray): RArray {
  // NumPy: minimum(maximum(x, lo), hi), NaN propagating
  return map3(x, lo, hi, (v, l, h) => binaryFns.minimum(binaryFns.maximum(v, l), h));
}

// ---------------------------------------------------------------------------------------------
// Reductions

/**
 * Groups the elements of `a` by their position with the reduced axes removed, then applies `f`
 * to each group's list of values (in increasing index order along the reduced axes).
 */
export function reduceWith(
  a: RArray,
  axis: number | readonly number[] | undefined,
  keepdims: boolean,
  f: (vals: number[]) => number,
): RArray {
  const axes = normAxes(axis, a.shape.length);
  const outShape = a.shape.filter((_, d) => !axes.includes(d));
  const groups: number[][] = Array.from({ length: size(outShape) }, () => []);
  for (let i = 0; i < a.data.length; i++) {
    const idx = unravel(i, a.shape).filter((_, d) => !axes.includes(d));
    groups[ravel(idx, outShape)].push(a.data[i]);
  }
  const data = Float64Array.from(groups.map(f));
  const shape = keepdims ? a.shape.map((d, i) => (axes.includes(i) ? 1 : d)) : outShape;
  return { shape, data };
}

const sumOf = (v: number[]) => v.reduce((s, x) => s + x, 0);
const meanOf = (v: number[]) => sumOf(v) / v.length;
const varOf = (v: number[]) => {
  const m = meanOf(v);
  return v.reduce((s, x) => s + (x - m) * (x - m), 0) / v.length;
};
const maxOf = (v: number[]) =>
  v.reduce((m, x) => (Number.isNaN(m) || Number.isNaN(x) ? NaN : x > m ? x : m), -Infinity);
const minOf = (v: number[]) => v.reduce((m, x) => (Number.isNaN(m) || Number.isNaN(x) ? NaN : x < m ? x : m), Infinity);

/** Index of the first maximum; the first NaN wins (NumPy). */
export function argmaxOf(v: number[]): number {
  let best = 0;
  for (let i = 0; i < v.length; i++) {
    if (Number.isNaN(v[i])) return i;
    if (v[i] > v[best]) best = i;
  }
  return best;
}

export function argminOf(v: number[]): number {
  let best = 0;
  for (let i = 0; i < v.length; i++) {
    if (Number.isNaN(v[i])) return i;
    if (v[i] < v[best]) best = i;
  }
  return best;
}

export function logsumexpOf(v: number[]): number {
  const m = maxOf(v);
  if (!Number.isFinite(m)) return m === -Infinity ? -Infinity : m; // all -inf, or +inf / NaN present
  return m + Math.log(sumOf(v.map((x) => Math.exp(x - m))));
}

type Axis = number | readonly number[] | undefined;

export const sum = (a: RArray, axis?: Axis, keepdims = false) => reduceWith(a, axis, keepdims, sumOf);
export const mean = (a: RArray, axis?: Axis, keepdims = false) => reduceWith(a, axis, keepdims, meanOf);
export const prod = (a: RArray, axis?: Axis, keepdims = false) =>
  reduceWith(a, axis, keepdims, (v) => v.reduce((p, x) => p * x, 1));
export const max = (a: RArray, axis?: Axis, keepdims = false) => reduceWith(a, axis, keepdims, maxOf);
export const min = (a: RArray, axis?: Axis, keepdims = false) => reduceWith(a, axis, keepdims, minOf);
export const variance = (a: RArray, axis?: Axis, keepdims = false) => reduceWith(a, axis, keepdims, varOf);
export const std = (a: RArray, axis?: Axis, keepdims = false) =>
  reduceWith(a, axis, keepdims, (v) => Math.sqrt(varOf(v)));
export const logsumexp = (a: RArray, axis?: Axis, keepdims = false) => reduceWith(a, axis, keepdims, logsumexpOf);
export const all = (a: RArray, axis?: Axis, keepdims = false) =>
  reduceWith(a, axis, keepdims, (v) => (v.every((x) => x !== 0) ? 1 : 0));
export const any = (a: RArray, axis?: Axis, keepdims = false) =>
  reduceWith(a, axis, keepdims, (v) => (v.some((x) => x !== 0) ? 1 : 0));

/** argmax along one axis; without an axis, over the flattened array. */
export function argmax(a: RArray, axis?: number, keepdims = false): RArray {
  if (axis === undefined) {
    const r = scalar(argmaxOf(Array.from(a.data)));
    return keepdims
      ? reshape(
          r,
          a.shape.map(() => 1),
        )
      : r;
  }
  return reduceWith(a, axis, keepdims, argmaxOf);
}

export function argmin(a: RArray, axis?: number, keepdims = false): RArray {
  if (axis === undefined) {
    const r = scalar(argminOf(Array.from(a.data)));
    return keepdims
      ? reshape(
          r,
          a.shape.map(() => 1),
        )
      : r;
  }
  return reduceWith(a, axis, keepdims, argminOf);
}

// ---------------------------------------------------------------------------------------------
// Linear algebra

/** NumPy matmul: 1-D operands get a dimension added (then removed), batch dims broadcast. */
export function matmul(a: RArray, b: RArray): RArray {
  if (a.shape.length === 0 || b.shape.length === 0) throw new Error('reference: matmul of a scalar');
  const a2 = a.shape.length === 1 ? reshape(a, [1, a.shape[0]]) : a;
  const b2 = b.shape.length === 1 ? reshape(b, [b.shape[0], 1]) : b;
  const [m, k] = a2.shape.slice(-2);
  const [k2, n] = b2.shape.slice(-2);
  if (k !== k2) throw new Error('reference: matmul inner mismatch');
  const batch = broadcastShapes(a2.shape.slice(0, -2), b2.shape.slice(0, -2));
  const outShape = [...batch, m, n];
  const out = build(outShape, (idx) => {
    const bi = idx.slice(0, batch.length);
    const i = idx[batch.length],
      j = idx[batch.length + 1];
    let s = 0;
    for (let t = 0; t < k; t++) {
      s += broadcastGet(a2, [...bi, i, t]) * broadcastGet(b2, [...bi, t, j]);
    }
    return s;
  });
  // broadcastGet aligns from the right, so batch indices line up with the operands' batch dims.
  let shape = outShape;
  if (b.shape.length === 1) shape = shape.slice(0, -1);
  if (a.shape.length === 1)
    shape = [
      ...shape.slice(0, shape.length - (b.shape.length === 1 ? 1 : 2)),
      ...shape.slice(shape.length - (b.shape.length === 1 ? 0 : 1)),
    ];
  return reshape(out, shape);
}

/** NumPy dot: scalars multiply; otherwise sum over a's last axis and b's second-to-last (or only) axis. */
export function dot(a: RArray, b: RArray): RArray {
  if (a.shape.length === 0 || b.shape.length === 0) return binary('mul', a, b);
  const ka = a.shape.length - 1;
  const kb = b.shape.length === 1 ? 0 : b.shape.length - 2;
  const k = a.shape[ka];
  if (k !== b.shape[kb]) throw new Error('reference: dot mismatch');
  const bRest = b.shape.filter((_, d) => d !== kb);
  const outShape = [...a.shape.slice(0, -1), ...bRest];
  return build(outShape, (idx) => {
    const ai = idx.slice(0, ka);
    const bi = idx.slice(ka);
    let s = 0;
    for (let t = 0; t < k; t++) {
      const bIdx = [...bi.slice(0, kb), t, ...bi.slice(kb)];
      s += get(a, [...ai, t]) * get(b, bIdx);
    }
    return s;
  });
}

/** NumPy outer: both operands flattened. */
export function outer(a: RArray, b: RArray): RArray {
  return build([a.data.length, b.data.length], ([i, j]) => a.data[i] * b.data[j]);
}

/** transpose(a, perm): output axis i is input axis perm[i]; default reverses the axes. */
export function transpose(a: RArray, perm?: readonly number[]): RArray {
  const nd = a.shape.length;
  const p = perm === undefined ? Array.from({ length: nd }, (_, i) => nd - 1 - i) : perm.map((x) => normAxis(x, nd));
  return build(
    p.map((q) => a.shape[q]),
    (idx) => {
      const src = new Array<number>(nd);
      for (let i = 0; i < nd; i++) src[p[i]] = idx[i];
      return get(a, src);
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Shape ops

export function reshape(a: RArray, shape: readonly number[]): RArray {
  const known = size(shape.filter((d) => d !== -1));
  const s = shape.map((d) => (d === -1 ? a.data.length / known : d));
  if (size(s) !== a.data.length) throw new Error('reference: reshape size mismatch');
  return { shape: s, data: a.data.slice() };
}

export function flatten(a: RArray): RArray {
  return reshape(a, [a.data.length]);
}

export function squeeze(a: RArray, axis?: number | readonly number[]): RArray {
  const axes =
    axis === undefined ? a.shape.map((_, i) => i).filter((i) => a.shape[i] === 1) : normAxes(axis, a.shape.length);
  for (const ax of axes) if (a.shape[ax] !== 1) throw new Error('reference: squeeze of a non-1 axis');
  return reshape(
    a,
    a.shape.filter((_, i) => !axes.includes(i)),
  );
}

export function expandDims(a: RArray, axis: number): RArray {
  const ax = normAxis(axis, a.shape.length + 1);
  const s = a.shape.slice();
  s.splice(ax, 0, 1);
  return reshape(a, s);
}

export function concat(xs: readonly RArray[], axis = 0): RArray {
  const nd = xs[0].shape.length;
  const ax = normAxis(axis, nd);
  const outShape = xs[0].shape.slice();
  outShape[ax] = xs.reduce((s, x) => s + x.shape[ax], 0);
  return build(outShape, (idx) => {
    let i = idx[ax];
    for (const x of xs) {
      if (i < x.shape[ax]) {
        const src = idx.slice();
        src[ax] = i;
        return get(x, src);
      }
      i -= x.shape[ax];
    }
    throw new Error('unreachable');
  });
}

export function stack(xs: readonly RArray[], axis = 0): RArray {
  const ax = normAxis(axis, xs[0].shape.length + 1);
  const outShape = xs[0].shape.slice();
  outShape.splice(ax, 0, xs.length);
  return build(outShape, (idx) => {
    const src = idx.slice();
    const [k] = src.splice(ax, 1);
    return get(xs[k], src);
  });
}

/** NumPy split: n equal sections, or split points (clamped like slicing). */
export function split(a: RArray, sections: number | readonly number[], axis = 0): RArray[] {
  const ax = normAxis(axis, a.shape.length);
  const len = a.shape[ax];
  let bounds: number[];
  if (typeof sections === 'number') {
    if (len % sections !== 0) throw new Error('reference: unequal split');
    bounds = Array.from({ length: sections + 1 }, (_, i) => (i * len) / sections);
  } else {
    const cuts = sections.map((c) => Math.min(Math.max(c < 0 ? c + len : c, 0), len));
    bounds = [0, ...cuts, len];
  }
  const parts: RArray[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const lo = bounds[i],
      hi = Math.max(lo, bounds[i + 1]);
    const s = a.shape.slice();
    s[ax] = hi - lo;
    parts.push(
      build(s, (idx) => {
        const src = idx.slice();
        src[ax] += lo;
        return get(a, src);
      }),
    );
  }
  return parts;
}

/** The indices Python's range(*slice(start, stop, step).indices(len)) yields. */
export function sliceIndices(
  len: number,
  start: number | null | undefined,
  stop: number | null | undefined,
  step: number | null | undefined,
): number[] {
  const st = step ?? 1;
  if (st === 0) throw new Error('reference: zero step');
  const lower = st > 0 ? 0 : -1;
  const upper = st > 0 ? len : len - 1;
  const fix = (v: number | null | undefined, dflt: number) => {
    if (v === null || v === undefined) return dflt;
    if (v < 0) return Math.max(v + len, lower);
    return Math.min(v, upper);
  };
  const s = fix(start, st > 0 ? lower : upper);
  const e = fix(stop, st > 0 ? upper : lower);
  const out: number[] = [];
  for (let i = s; st > 0 ? i < e : i > e; i += st) out.push(i);
  return out;
}

type Opt = number | null | undefined;

export function slice(a: RArray, starts: readonly Opt[], ends?: readonly Opt[], steps?: readonly Opt[]): RArray {
  const lists = a.shape.map((len, d) => sliceIndices(len, starts[d], ends?.[d], steps?.[d]));
  return build(
    lists.map((l) => l.length),
    (idx) =>
      get(
        a,
        idx.map((i, d) => lists[d][i]),
      ),
  );
}

/** NumPy take (mode 'raise', negative indices from the end); without an axis, a is flattened. */
export function take(a: RArray, indices: RArray, axis?: number): RArray {
  const src = axis === undefined ? flatten(a) : a;
  const ax = axis === undefined ? 0 : normAxis(axis, a.shape.length);
  const len = src.shape[ax];
  const outShape = [...src.shape.slice(0, ax), ...indices.shape, ...src.shape.slice(ax + 1)];
  const ni = indices.shape.length;
  return build(outShape, (idx) => {
    let k = get(indices, idx.slice(ax, ax + ni));
    if (k < -len || k >= len) throw new Error('reference: take index out of range');
    if (k < 0) k += len;
    return get(src, [...idx.slice(0, ax), k, ...idx.slice(ax + ni)]);
  });
}

export function pad(a: RArray, pads: readonly (readonly [number, number])[], value = 0): RArray {
  const outShape = a.shape.map((d, i) => d + pads[i][0] + pads[i][1]);
  return build(outShape, (idx) => {
    const src = idx.map((i, d) => i - pads[d][0]);
    return src.every((i, d) => i >= 0 && i < a.shape[d]) ? get(a, src) : value;
  });
}

/** NumPy tile: reps and the array are padded with leading 1s to the same rank. */
export function tile(a: RArray, reps: number | readonly number[]): RArray {
  const r0 = typeof reps === 'number' ? [reps] : reps.slice();
  const nd = Math.max(r0.length, a.shape.length);
  const r = [...new Array(nd - r0.length).fill(1), ...r0];
  const s = [...new Array(nd - a.shape.length).fill(1), ...a.shape];
  const a2 = reshape(a, s);
  return build(
    s.map((d, i) => d * r[i]),
    (idx) =>
      get(
        a2,
        idx.map((i, d) => i % s[d]),
      ),
  );
}

export function flip(a: RArray, axis?: number | readonly number[]): RArray {
  const axes = normAxes(axis, a.shape.length);
  return build(a.shape, (idx) =>
    get(
      a,
      idx.map((i, d) => (axes.includes(d) ? a.shape[d] - 1 - i : i)),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// NN functions

/** Applies a vector function to every 1-D lane along `axis`. */
export function alongAxis(a: RArray, axis: number, f: (lane: number[]) => number[]): RArray {
  const ax = normAxis(axis, a.shape.length);
  const out = new Float64Array(a.data.length);
  const outer = a.shape.filter((_, d) => d !== ax);
  for (let o = 0; o < size(outer); o++) {
    const oi = unravel(o, outer);
    const at = (j: number) => ravel([...oi.slice(0, ax), j, ...oi.slice(ax)], a.shape);
    const lane: number[] = [];
    for (let j = 0; j < a.shape[ax]; j++) lane.push(a.data[at(j)]);
    const r = f(lane);
    for (let j = 0; j < a.shape[ax]; j++) out[at(j)] = r[j];
  }
  return { shape: a.shape.slice(), data: out };
}

export function softmaxOf(v: number[]): number[] {
  const m = maxOf(v);
  const e = v.map((x) => Math.exp(x - m));
  const s = sumOf(e);
  return e.map((x) => x / s);
}

export function softmax(a: RArray, axis = -1): RArray {
  return alongAxis(a, axis, softmaxOf);
}

export function logSoftmax(a: RArray, axis = -1): RArray {
  return alongAxis(a, axis, (v) => {
    const l = logsumexpOf(v);
    return v.map((x) => x - l);
  });
}

export function oneHot(indices: RArray, depth: number): RArray {
  return build([...indices.shape, depth], (idx) => (get(indices, idx.slice(0, -1)) === idx[idx.length - 1] ? 1 : 0));
}

/** Mean over the batch of logsumexp(z) - z[label]; logits [..., C], labels [...]. */
export function softmaxCrossEntropy(logits: RArray, labels: RArray): RArray {
  const c = logits.shape[logits.shape.length - 1];
  const losses: number[] = [];
  for (let i = 0; i < labels.data.length; i++) {
    const lane = Array.from(logits.data.subarray(i * c, (i + 1) * c));
    losses.push(logsumexpOf(lane) - lane[labels.data[i]]);
  }
  return scalar(meanOf(losses));
}

/** Mean of -(y log p + (1 - y) log(1 - p)) over every element. */
export function binaryCrossEntropy(p: RArray, y: RArray): RArray {
  const terms = map2(p, y, (pi, yi) => -(yi * Math.log(pi) + (1 - yi) * Math.log(1 - pi)));
  return scalar(meanOf(Array.from(terms.data)));
}

export function layerNorm(x: RArray, gamma: RArray, beta: RArray, eps = 1e-5): RArray {
  const n = alongAxis(x, -1, (lane) => {
    const mu = meanOf(lane);
    const v = meanOf(lane.map((a) => (a - mu) * (a - mu)));
    return lane.map((a) => (a - mu) / Math.sqrt(v + eps));
  });
  return map2(
    map2(n, broadcastTo(gamma, x.shape), (a, g) => a * g),
    broadcastTo(beta, x.shape),
    (a, b) => a + b,
  );
}

export function mseLoss(p: RArray, y: RArray): RArray {
  const terms = map2(p, y, (pi, yi) => (pi - yi) * (pi - yi));
  return scalar(meanOf(Array.from(terms.data)));
}

export type Pads4 = readonly [number, number, number, number];

export interface ConvOpts {
  stride?: readonly [number, number];
  /** [top, bottom, left, right] */
  padding?: Pads4;
  dilation?: readonly [number, number];
  groups?: number;
}

/** Cross-correlation of x [N, C, H, W] with w [O, C/groups, KH, KW], zero padding. */
export function conv2d(x: RArray, w: RArray, opts: ConvOpts = {}): RArray {
  const [N, C, H, W] = x.shape;
  const [O, CG, KH, KW] = w.shape;
  const [sh, sw] = opts.stride ?? [1, 1];
  const [pt, pb, pl, pr] = opts.padding ?? [0, 0, 0, 0];
  const [dh, dw] = opts.dilation ?? [1, 1];
  const groups = opts.groups ?? 1;
  if (CG * groups !== C) throw new Error('reference: conv2d channel mismatch');
  const OH = Math.floor((H + pt + pb - dh * (KH - 1) - 1) / sh) + 1;
  const OW = Math.floor((W + pl + pr - dw * (KW - 1) - 1) / sw) + 1;
  const outPerGroup = O / groups;
  return build([N, O, OH, OW], ([n, o, oh, ow]) => {
    const g = Math.floor(o / outPerGroup);
    let s = 0;
    for (let ci = 0; ci < CG; ci++) {
      for (let kh = 0; kh < KH; kh++) {
        for (let kw = 0; kw < KW; kw++) {
          const ih = oh * sh - pt + kh * dh;
          const iw = ow * sw - pl + kw * dw;
          if (ih < 0 || ih >= H || iw < 0 || iw >= W) continue;
          s += get(x, [n, g * CG + ci, ih, iw]) * get(w, [o, ci, kh, kw]);
        }
      }
    }
    return s;
  });
}

export interface PoolOpts {
  stride?: readonly [number, number];
  /** [top, bottom, left, right]; padded cells are ignored (as -inf for max). */
  padding?: Pads4;
}

function pool2d(x: RArray, kernel: readonly [number, number], opts: PoolOpts, f: (window: number[]) => number): RArray {
  const [N, C, H, W] = x.shape;
  const [KH, KW] = kernel;
  const [sh, sw] = opts.stride ?? kernel;
  const [pt, pb, pl, pr] = opts.padding ?? [0, 0, 0, 0];
  const OH = Math.floor((H + pt + pb - KH) / sh) + 1;
  const OW = Math.floor((W + pl + pr - KW) / sw) + 1;
  return build([N, C, OH, OW], ([n, c, oh, ow]) => {
    const win: number[] = [];
    for (let kh = 0; kh < KH; kh++) {
      for (let kw = 0; kw < KW; kw++) {
        const ih = oh * sh - pt + kh,
          iw = ow * sw - pl + kw;
        if (ih >= 0 && ih < H && iw >= 0 && iw < W) win.push(get(x, [n, c, ih, iw]));
      }
    }
    return f(win);
  });
}

export function maxPool2d(x: RArray, kernel: readonly [number, number], opts: PoolOpts = {}): RArray {
  return pool2d(x, kernel, opts, maxOf);
}

/** Average over the window (no padding: every window is full). */
export function avgPool2d(x: RArray, kernel: readonly [number, number], opts: PoolOpts = {}): RArray {
  return pool2d(x, kernel, opts, meanOf);
}

/**
 * einsum by brute force: every assignment of the labels, in float64. Explicit outputs only; no
 * '...' (the tests spell the axes out).
 */
export function einsum(subscripts: string, ...ops: RArray[]): RArray {
  const [lhs, rhs] = subscripts.split('->');
  const ins = lhs.split(',').map((p) => [...p]);
  const out = [...rhs];
  const sizes = new Map<string, number>();
  ins.forEach((ls, i) => ls.forEach((l, a) => sizes.set(l, ops[i].shape[a])));
  const labels = [...sizes.keys()];
  const outShape = out.map((l) => sizes.get(l)!);
  const result = new Float64Array(size(outShape));
  const idx = new Map<string, number>();
  const visit = (k: number): void => {
    if (k === labels.length) {
      let prod = 1;
      ins.forEach(
        (ls, i) =>
          (prod *=
            ops[i].data[
              ravel(
                ls.map((l) => idx.get(l)!),
                ops[i].shape,
              )
            ]),
      );
      result[
        ravel(
          out.map((l) => idx.get(l)!),
          outShape,
        )
      ] += prod;
      return;
    }
    for (let v = 0; v < sizes.get(labels[k])!; v++) {
      idx.set(labels[k], v);
      visit(k + 1);
    }
  };
  visit(0);
  return { shape: outShape, data: result };
}

export const cumsum = (a: RArray, axis = -1, wrap = false): RArray =>
  alongAxis(a, axis, (v) => {
    let s = 0;
    return v.map((x) => (s = wrap ? (s + x) | 0 : s + x));
  });

export const cumprod = (a: RArray, axis = -1, wrap = false): RArray =>
  alongAxis(a, axis, (v) => {
    let s = 1;
    return v.map((x) => (s = wrap ? Math.imul(s, x) : s * x));
  });

/** A lane's stable sorting order: by (NaN last, value, index); descending by (NaN first, -value, index). */
export function argsortOf(v: readonly number[], descending = false): number[] {
  const key = (x: number): [number, number] =>
    Number.isNaN(x) ? [descending ? 0 : 1, 0] : [descending ? 1 : 0, descending ? -x : x];
  return v
    .map((_, i) => i)
    .sort((a, b) => {
      const [ga, va] = key(v[a]),
        [gb, vb] = key(v[b]);
      return ga !== gb ? ga - gb : va < vb ? -1 : va > vb ? 1 : a - b;
    });
}

export const argsort = (a: RArray, axis = -1, descending = false): RArray =>
  alongAxis(a, axis, (v) => argsortOf(v, descending));

export const sort = (a: RArray, axis = -1, descending = false): RArray =>
  alongAxis(a, axis, (v) => argsortOf(v, descending).map((i) => v[i]));

export function topk(a: RArray, k: number, axis = -1): RArray[] {
  const ax = normAxis(axis, a.shape.length);
  const first = (t: RArray) =>
    slice(
      t,
      t.shape.map(() => 0),
      t.shape.map((d, i) => (i === ax ? k : d)),
    );
  return [first(sort(a, ax, true)), first(argsort(a, ax, true))];
}

/** x with updates set (or added) at indices along axis, visiting update positions in order. */
export function scatter(x: RArray, indices: RArray, updates: RArray, axis = 0, add = false): RArray {
  const ax = normAxis(axis, x.shape.length);
  const out = { shape: x.shape.slice(), data: Float64Array.from(x.data) };
  const ni = indices.shape.length,
    len = x.shape[ax];
  for (let u = 0; u < updates.data.length; u++) {
    const idx = unravel(u, updates.shape);
    let k = get(indices, idx.slice(ax, ax + ni));
    if (k < -len || k >= len) throw new Error('reference: scatter index out of range');
    if (k < 0) k += len;
    const at = ravel([...idx.slice(0, ax), k, ...idx.slice(ax + ni)], x.shape);
    out.data[at] = add ? out.data[at] + updates.data[u] : updates.data[u];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Singular values: the eigenvalues of the symmetric [[0, A], [A^T, 0]] (±σ and |m - n| zeros),
// by cyclic two-sided Jacobi rotations, a different method from the library's one-sided Jacobi.

/** Eigenvalues of a symmetric n x n matrix (row-major; overwritten), ascending. */
export function symmetricEigenvalues(s: Float64Array, n: number): number[] {
  const at = (i: number, j: number) => i * n + j;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += s[at(p, q)] ** 2;
    if (off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = s[at(p, q)];
        if (apq === 0) continue;
        const theta = (s[at(q, q)] - s[at(p, p)]) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1),
          sn = t * c;
        for (let k = 0; k < n; k++) {
          const kp = s[at(k, p)],
            kq = s[at(k, q)];
          s[at(k, p)] = c * kp - sn * kq;
          s[at(k, q)] = sn * kp + c * kq;
        }
        for (let k = 0; k < n; k++) {
          const pk = s[at(p, k)],
            qk = s[at(q, k)];
          s[at(p, k)] = c * pk - sn * qk;
          s[at(q, k)] = sn * pk + c * qk;
        }
        s[at(p, q)] = s[at(q, p)] = 0;
      }
    }
  }
  return Array.from({ length: n }, (_, i) => s[at(i, i)]).sort((x, y) => x - y);
}

/** Singular values of an m x n matrix (row-major values), descending. */
export function singularValuesOf(v: ArrayLike<number>, m: number, n: number): number[] {
  const d = m + n;
  const s = new Float64Array(d * d);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) s[i * d + m + j] = s[(m + j) * d + i] = v[i * n + j];
  const k = Math.min(m, n);
  return symmetricEigenvalues(s, d)
    .reverse()
    .slice(0, k)
    .map((x) => Math.abs(x));
}

/** Singular values of each matrix in a's last two axes: shape [..., min(m, n)], descending. */
export function singularValues(a: RArray): RArray {
  const [m, n] = a.shape.slice(-2),
    k = Math.min(m, n),
    lead = a.shape.slice(0, -2);
  const data = new Float64Array(size(lead) * k);
  for (let b = 0; b < size(lead); b++)
    data.set(singularValuesOf(a.data.subarray(b * m * n, (b + 1) * m * n), m, n), b * k);
  return { shape: [...lead, k], data };
}

/** NumPy's linalg.norm with ord 2 (largest singular value), -2 (smallest) or 'nuc' (their sum) over two axes. */
export function singularNorm(a: RArray, ord: 2 | -2 | 'nuc', axes: [number, number], keepdims = false): RArray {
  const [r, c] = normAxes(axes, a.shape.length);
  // reduceWith hands each matrix over in row-major order of its (sorted) axes; its transpose has the same values.
  return reduceWith(a, [r, c], keepdims, (v) => {
    const s = singularValuesOf(v, a.shape[r], a.shape[c]);
    return ord === 2 ? Math.max(...s) : ord === -2 ? Math.min(...s) : s.reduce((x, y) => x + y, 0);
  });
}
