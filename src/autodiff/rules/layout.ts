// Derivative rules of the shape and data-movement primitives.

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
    // The transpose of take: cotangents of repeated indices add up.
    vjp: (ct, [x, idx], _out, p) => [bind('scatterAdd', [ops.zeros(x.shape as number[], ct.dtype), idx, ct], p), null],
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
