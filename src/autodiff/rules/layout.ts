// Derivative rules of the shape and data-movement primitives.

import type { Tensor } from '../../tensor.js';
import * as ops from '../../ops/index.js';
import { bind } from '../../dispatch.js';
import { padOrCrop, sumToShape, unslice } from '../grad-util.js';
import type { Grad } from '../rule-types.js';

type LayoutPrim = 'reshape' | 'broadcastTo' | 'transpose' | 'slice' | 'concat' | 'pad' | 'gather';

export const layoutGrads: { [P in LayoutPrim]: Grad<P> } = {
  reshape: {
    vjp: (ct, [x]) => [ops.reshape(ct, x.shape)],
    jvp: ([t], _x, _out, p) => bind('reshape', [t!], p),
  },
  broadcastTo: {
    vjp: (ct, [x]) => [sumToShape(ct, x.shape)],
    jvp: ([t], _x, _out, p) => ops.broadcastTo(t!, p.shape as number[]),
  },
  transpose: {
    vjp: (ct, _x, _out, p) => [ops.transpose(ct, inversePerm(p.perm))],
    jvp: ([t], _x, _out, p) => bind('transpose', [t!], p),
  },
  slice: {
    vjp: (ct, [x], _out, p) => [unslice(ct, x.shape, p.starts, p.steps)],
    jvp: ([t], _x, _out, p) => bind('slice', [t!], p),
  },
  concat: {
    vjp: (ct, xs, _out, p) => ops.split(ct, cumulative(xs.map((x) => x.shape[p.axis])), p.axis),
    jvp: (ts, xs, _out, p) =>
      bind(
        'concat',
        ts.map((t, i) => t ?? ops.zerosLike(xs[i])),
        p,
      ),
  },
  pad: {
    vjp: (ct, _x, _out, p) => [
      padOrCrop(
        ct,
        p.pads.map(([lo, hi]) => [-lo, -hi] as [number, number]),
      ),
    ],
    jvp: ([t], _x, _out, p) => bind('pad', [t!], { pads: p.pads, value: 0 }),
  },
  gather: {
    vjp: (ct, [x, idx], _out, p) => [scatterAdd(ct, x.shape, idx, p.axis), null],
    jvp: ([t], [, idx], _out, p) => bind('gather', [t!, idx], p),
  },
};
function inversePerm(perm: readonly number[]): number[] {
  const inv = new Array<number>(perm.length);
  perm.forEach((p, i) => {
    inv[p] = i;
  });
  return inv;
}

/** Split points from section lengths: [2, 3, 4] -> [2, 5]. */
function cumulative(lengths: readonly number[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (let i = 0; i + 1 < lengths.length; i++) out.push((at += lengths[i]));
  return out;
}

/**
 * The transpose of take along `axis`: cotangents of repeated indices add up. Written as a product
 * with the one-hot matrix of the indices, so it needs no scatter primitive.
 */
function scatterAdd(ct: Tensor, inShape: readonly number[], idx: Tensor, axis: number): Tensor {
  const len = inShape[axis],
    m = idx.size;
  const outer = inShape.slice(0, axis).reduce((a, b) => a * b, 1);
  const inner = inShape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const wrapped = ops.where(ops.less(idx, 0), ops.add(idx, len), idx);
  const hot = ops.astype(ops.oneHot(ops.reshape(wrapped, [m]), len), ct.dtype); // [m, len]
  const g = ops.matmul(ops.transpose(hot), ops.reshape(ct, [outer, m, inner])); // [outer, len, inner]
  return ops.reshape(g, inShape as number[]);
}
