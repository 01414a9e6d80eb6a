// Reductions over any set of axes (sum, prod, max, min) and arg-reductions along one axis.

import type { TypedArray } from '../dtype.js';
import { aroundAxis, type Shape } from '../shape.js';

export type ReduceKind = 'sum' | 'prod' | 'max' | 'min';

/** The combine step per kind and whether it is integer (int32 wrap-around) arithmetic. */
function combineExpr(kind: ReduceKind, integer: boolean): string {
  switch (kind) {
    case 'sum':
      return 'acc + v';
    case 'prod':
      return integer ? 'Math.imul(acc, v)' : 'acc * v';
    case 'max':
      return 'v > acc || v !== v ? v : acc';
    case 'min':
      return 'v < acc || v !== v ? v : acc';
  }
}

type Loop = (x: TypedArray, shape: Shape, outStrides: number[], acc: Float64Array | Int32Array) => void;
const loops = new Map<string, Loop>();

function loopFor(kind: ReduceKind, integer: boolean): Loop {
  const key = kind + integer;
  let f = loops.get(key);
  if (f) return f;
  const comb = combineExpr(kind, integer);
  // The last axis is the inner loop: reduced, it accumulates in a local; kept, it walks the output.
  f = new Function(
    'x',
    'shape',
    'os',
    'A',
    `
    const nd = shape.length, n = x.length;
    if (n === 0) return;
    const inner = shape[nd - 1], innerReduced = os[nd - 1] === 0;
    const idx = new Int32Array(nd);
    let o = 0;
    for (let base = 0; base < n; base += inner) {
      if (innerReduced) {
        let acc = A[o];
        for (let j = 0; j < inner; j++) { const v = x[base + j]; acc = ${comb}; }
        A[o] = acc;
      } else {
        for (let j = 0; j < inner; j++) { const v = x[base + j], acc = A[o + j]; A[o + j] = ${comb}; }
      }
      for (let d = nd - 2; d >= 0; d--) {
        idx[d]++; o += os[d];
        if (idx[d] < shape[d]) break;
        o -= os[d] * shape[d]; idx[d] = 0;
      }
    }`,
  ) as Loop;
  loops.set(key, f);
  return f;
}

const IDENTITY: Record<ReduceKind, number> = { sum: 0, prod: 1, max: -Infinity, min: Infinity };

/**
 * Reduces `x` (of `shape`) over `axes` into `out`, whose size is the product of the kept dims.
 * Floats accumulate in float64; int32 and bool accumulate exactly and wrap like int32 at the end.
 */
export function reduce(
  kind: ReduceKind,
  x: TypedArray,
  shape: Shape,
  axes: readonly number[],
  out: TypedArray,
  integer: boolean,
): void {
  const nd = shape.length;
  if (nd === 0) {
    out[0] = x[0];
    return;
  }
  const reduced = new Array<boolean>(nd).fill(false);
  for (const a of axes) reduced[a] = true;
  const os = new Array<number>(nd);
  let s = 1;
  for (let d = nd - 1; d >= 0; d--) {
    if (reduced[d]) os[d] = 0;
    else {
      os[d] = s;
      s *= shape[d];
    }
  }
  const useInt = integer && kind === 'prod';
  const acc = useInt ? new Int32Array(out.length) : new Float64Array(out.length);
  acc.fill(IDENTITY[kind]);
  loopFor(kind, useInt)(x, shape, os, acc);
  if (integer && kind === 'sum') for (let i = 0; i < acc.length; i++) out[i] = acc[i] | 0;
  else out.set(acc);
}

/** Index of the first max (or min) along `axis`; NaN counts as the extreme, as in NumPy. */
export function argReduce(kind: 'max' | 'min', x: TypedArray, shape: Shape, axis: number, out: Int32Array): void {
  const [outer, len, inner] = aroundAxis(shape, axis);
  const better = kind === 'max' ? (v: number, b: number) => v > b : (v: number, b: number) => v < b;
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * len * inner + i;
      let best = x[base],
        bi = 0;
      if (best === best) {
        for (let j = 1; j < len; j++) {
          const v = x[base + j * inner];
          if (v !== v) {
            bi = j;
            break;
          }
          if (better(v, best)) {
            best = v;
            bi = j;
          }
        }
      }
      out[o * inner + i] = bi;
    }
  }
}
