// Data movement kernels: strided copies (transpose, slice, broadcast), pad, concat and gather.

import type { TypedArray } from '../dtype.js';
import { aroundAxis, stridesOf, type Shape } from '../shape.js';

/**
 * out[i0..in] = x[offset + sum(i_d * strides[d])] for every index of `outShape`: the one loop
 * behind transpose, slice (any steps) and broadcastTo.
 */
export function stridedCopy(
  x: TypedArray,
  offset: number,
  strides: readonly number[],
  outShape: Shape,
  out: TypedArray,
): void {
  const nd = outShape.length,
    n = out.length;
  if (n === 0) return;
  if (nd === 0) {
    out[0] = x[offset];
    return;
  }
  const inner = outShape[nd - 1],
    si = strides[nd - 1];
  const idx = new Int32Array(nd);
  let p = offset;
  for (let base = 0; base < n; base += inner) {
    if (si === 1) for (let j = 0; j < inner; j++) out[base + j] = x[p + j];
    else for (let j = 0, q = p; j < inner; j++, q += si) out[base + j] = x[q];
    for (let d = nd - 2; d >= 0; d--) {
      idx[d]++;
      p += strides[d];
      if (idx[d] < outShape[d]) break;
      p -= strides[d] * outShape[d];
      idx[d] = 0;
    }
  }
}

export function transpose(x: TypedArray, shape: Shape, perm: readonly number[], out: TypedArray): void {
  const st = stridesOf(shape);
  stridedCopy(
    x,
    0,
    perm.map((p) => st[p]),
    perm.map((p) => shape[p]),
    out,
  );
}

/** Writes `x` into the interior of `out` (pre-filled with the pad value) at offsets `lo`. */
export function pad(
  x: TypedArray,
  shape: Shape,
  lo: readonly number[],
  outShape: Shape,
  value: number,
  out: TypedArray,
): void {
  out.fill(value);
  if (x.length === 0) return;
  const ost = stridesOf(outShape);
  let offset = 0;
  for (let d = 0; d < shape.length; d++) offset += lo[d] * ost[d];
  // Scatter through the same strided walk, with the roles of source and destination swapped.
  const nd = shape.length;
  if (nd === 0) {
    out[0] = x[0];
    return;
  }
  const inner = shape[nd - 1];
  const idx = new Int32Array(nd);
  let p = offset;
  for (let base = 0; base < x.length; base += inner) {
    for (let j = 0; j < inner; j++) out[p + j] = x[base + j];
    for (let d = nd - 2; d >= 0; d--) {
      idx[d]++;
      p += ost[d];
      if (idx[d] < shape[d]) break;
      p -= ost[d] * shape[d];
      idx[d] = 0;
    }
  }
}

/** Concatenation along `axis`: each input contributes a block of its axis length per outer index. */
export function concat(xs: readonly TypedArray[], shapes: readonly Shape[], axis: number, out: TypedArray): void {
  let outer = 1;
  for (let d = 0; d < axis; d++) outer *= shapes[0][d];
  const blocks = shapes.map((s) => {
    let b = 1;
    for (let d = axis; d < s.length; d++) b *= s[d];
    return b;
  });
  const rowLen = blocks.reduce((a, b) => a + b, 0);
  let col = 0;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k],
      b = blocks[k];
    for (let o = 0; o < outer; o++) out.set(x.subarray(o * b, (o + 1) * b), o * rowLen + col);
    col += b;
  }
}

/** take along `axis` with int32 indices already checked to lie in [-len, len). */
export function gather(x: TypedArray, shape: Shape, indices: Int32Array, axis: number, out: TypedArray): void {
  const [outer, len, inner] = aroundAxis(shape, axis),
    m = indices.length;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < m; i++) {
      let k = indices[i];
      if (k < 0) k += len;
      const src = (o * len + k) * inner,
        dst = (o * m + i) * inner;
      if (inner === 1) out[dst] = x[src];
      else out.set(x.subarray(src, src + inner), dst);
    }
  }
}
