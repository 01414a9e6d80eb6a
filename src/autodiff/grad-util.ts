// Building blocks of the VJP/JVP rules, written with public ops so they run eagerly and traced alike.

import { keptShape, type Shape } from '../../runtime/shape.js';
import * as ops from '../ops/index.js';
import type { Tensor } from '../tensor.js';

/** Sums a cotangent over the dimensions broadcasting added, giving it `shape` again. */
export function sumToShape(ct: Tensor, shape: Shape): Tensor {
  if (ct.shape.length === shape.length && ct.shape.every((d, i) => d === shape[i])) return ct;
  const lead = ct.ndim - shape.length;
  const axes: number[] = [];
  for (let i = 0; i < ct.ndim; i++) if (i < lead || (shape[i - lead] === 1 && ct.shape[i] !== 1)) axes.push(i);
  return ops.reshape(ops.sum(ct, axes), shape as number[]);
}

/** A reduction's output (or cotangent) broadcast back over the input's shape. */
export function expandReduced(t: Tensor, inShape: Shape, axes: readonly number[]): Tensor {
  return ops.broadcastTo(ops.reshape(t, keptShape(inShape, axes)), inShape as number[]);
}

/** Pads with zeros where widths are positive and crops where negative; widths per axis [lo, hi]. */
export function padOrCrop(x: Tensor, widths: readonly (readonly [number, number])[]): Tensor {
  const crop = x.shape.map((d, i) => [Math.max(0, -widths[i][0]), d - Math.max(0, -widths[i][1])]);
  const cropped = crop.some(([s, e], i) => s > 0 || e < x.shape[i])
    ? ops.slice(
        x,
        crop.map((c) => c[0]),
        crop.map((c) => c[1]),
      )
    : x;
  const pads = widths.map(([lo, hi]) => [Math.max(0, lo), Math.max(0, hi)] as [number, number]);
  return pads.some(([lo, hi]) => lo > 0 || hi > 0) ? ops.pad(cropped, pads) : cropped;
}

/**
 * The transpose of a strided slice: places `ct` (the slice's cotangent) back into zeros of
 * `inShape` at positions start + i*step, axis by axis.
 */
export function unslice(ct: Tensor, inShape: Shape, starts: readonly number[], steps: readonly number[]): Tensor {
  let g = ct;
  for (let d = 0; d < inShape.length; d++) {
    const n = g.shape[d],
      len = inShape[d];
    if (n === 0) return ops.zeros(inShape as number[], ct.dtype);
    let step = steps[d],
      start = starts[d];
    if (step < 0) {
      g = ops.flip(g, d);
      start += (n - 1) * step;
      step = -step;
    }
    if (step > 1) g = dilate(g, d, step);
    const span = (n - 1) * step + 1;
    g = padOrCrop(g, g.shape.map((_, i) => (i === d ? [start, len - start - span] : [0, 0])) as [number, number][]);
  }
  return g;
}

/** Inserts step-1 zeros between elements along axis d (the result has (n-1)*step+1 elements there). */
export function dilate(x: Tensor, d: number, step: number): Tensor {
  if (step === 1 || x.shape[d] === 0) return x;
  const n = x.shape[d];
  const e = ops.expandDims(x, d + 1);
  const padded = ops.pad(e, e.shape.map((_, i) => (i === d + 1 ? [0, step - 1] : [0, 0])) as [number, number][]);
  const merged = ops.reshape(padded, [...x.shape.slice(0, d), n * step, ...x.shape.slice(d + 1)]);
  return ops.slice(
    merged,
    merged.shape.map(() => 0),
    merged.shape.map((s, i) => (i === d ? (n - 1) * step + 1 : s)),
  );
}

/** Swaps the last two axes. */
export function mT(x: Tensor): Tensor {
  const p = x.shape.map((_, i) => i);
  p[p.length - 1] = p.length - 2;
  p[p.length - 2] = p.length - 1;
  return ops.transpose(x, p);
}
