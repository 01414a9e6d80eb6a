// Cumulative sums and products along one axis, and a stable argsort along one axis (NaN last).

import type { TypedArray } from '../dtype.js';
import { aroundAxis, type Shape } from '../shape.js';

/**
 * Running sums (or products) along `axis` into `out`. Floats accumulate in float64, each prefix
 * rounded to the output's dtype as it is stored (float32 sums as reduceSum's); int32 wraps.
 */
export function cumulative(
  kind: 'sum' | 'prod',
  x: TypedArray,
  shape: Shape,
  axis: number,
  out: TypedArray,
  integer: boolean,
): void {
  const [outer, len, inner] = aroundAxis(shape, axis);
  const sum = kind === 'sum';
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let acc = sum ? 0 : 1;
      for (let j = 0, at = o * len * inner + i; j < len; j++, at += inner) {
        const v = x[at];
        acc = integer ? (sum ? (acc + v) | 0 : Math.imul(acc, v)) : sum ? acc + v : acc * v;
        out[at] = acc;
      }
    }
  }
}

/**
 * The indices that sort each lane along `axis`, stably (equal keys keep their order, in either
 * direction). Ascending puts NaN last, as NumPy; descending is that order reversed, ties kept in
 * index order (NaN first, as JAX's `descending=True`). -0 and 0 are equal.
 */
export function argsort(x: TypedArray, shape: Shape, axis: number, descending: boolean, out: Int32Array): void {
  const [outer, len, inner] = aroundAxis(shape, axis);
  const keys = new Float64Array(len);
  const order = new Int32Array(len);
  const sign = descending ? -1 : 1;
  const cmp = (a: number, b: number): number => {
    const va = keys[a],
      vb = keys[b];
    if (va < vb) return -sign;
    if (va > vb) return sign;
    const na = va !== va,
      nb = vb !== vb;
    if (na !== nb) return na ? sign : -sign;
    return a - b;
  };
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      for (let j = 0; j < len; j++) {
        keys[j] = x[base + j * inner];
        order[j] = j;
      }
      order.sort(cmp);
      for (let j = 0; j < len; j++) out[base + j * inner] = order[j];
    }
  }
}
