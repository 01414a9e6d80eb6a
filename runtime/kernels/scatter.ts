// Scatter along one axis: x with the slices at `indices` set to (or added with) `updates`.

import type { TypedArray } from '../dtype.js';
import { aroundAxis, type Shape } from '../shape.js';

/**
 * out = x, then for each index position i (in order, so with repeated indices the last one
 * wins a set) the slice of `updates` at i goes into the slice of out at indices[i] (negative
 * indices count from the end; the caller has checked the range). 'or' is add for bool.
 */
export function scatter(
  mode: 'set' | 'add' | 'or',
  x: TypedArray,
  shape: Shape,
  indices: Int32Array,
  updates: TypedArray,
  axis: number,
  out: TypedArray,
): void {
  out.set(x);
  const [outer, len, inner] = aroundAxis(shape, axis);
  const m = indices.length;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < m; i++) {
      const k = indices[i] < 0 ? indices[i] + len : indices[i];
      const dst = (o * len + k) * inner,
        src = (o * m + i) * inner;
      if (mode === 'set') {
        if (inner === 1) out[dst] = updates[src];
        else out.set(updates.subarray(src, src + inner), dst);
      } else if (mode === 'add') for (let r = 0; r < inner; r++) out[dst + r] += updates[src + r];
      else for (let r = 0; r < inner; r++) out[dst + r] = out[dst + r] || updates[src + r] ? 1 : 0;
    }
  }
}
