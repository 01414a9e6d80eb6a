// Derivative rules of matmul, linear, conv2d and the poolings (NCHW / OIHW).

import * as conv from '../../../runtime/kernels/conv.js';
import type { Params, PoolParams } from '../../../runtime/primitives/types.js';
import * as ops from '../../ops/index.js';
import { bind } from '../../dispatch.js';
import type { Tensor } from '../../tensor.js';
import { dilate, mT, padOrCrop, unslice } from '../grad-util.js';
import type { Grad } from '../rule-types.js';

type LinalgPrim = 'matmul' | 'linear' | 'conv2d' | 'maxPool2d' | 'avgPool2d' | 'maxPool2dGrad';

export const linalgGrads: { [P in LinalgPrim]: Grad<P> } = {
  matmul: {
    // Batch dimensions that broadcast are summed back by the tape.
    vjp: (ct, [a, b], _out, _p, needed) => [
      needed[0] ? ops.matmul(ct, mT(b)) : null,
      needed[1] ? ops.matmul(mT(a), ct) : null,
    ],
    jvp: ([ta, tb], [a, b]) => {
      const l = ta && ops.matmul(ta, b),
        r = tb && ops.matmul(a, tb);
      return l && r ? ops.add(l, r) : (l ?? r);
    },
  },
  linear: {
    // The bias cotangent is ct itself: the tape sums it back to the bias's shape.
    vjp: (ct, [a, b], _out, _p, needed) => [
      needed[0] ? ops.matmul(ct, mT(b)) : null,
      needed[1] ? ops.matmul(mT(a), ct) : null,
      ct,
    ],
    jvp: ([ta, tb, tc], [a, b]) =>
      [ta && ops.matmul(ta, b), tb && ops.matmul(a, tb), tc].reduce<Tensor | null>(
        (acc, t) => (t === null ? acc : acc === null ? t : ops.add(acc, t)),
        null,
      ),
  },
  conv2d: {
    vjp: (ct, [x, w], _out, p, needed) => [
      needed[0] ? convInputGrad(ct, x.shape, w, p) : null,
      needed[1] ? convWeightGrad(ct, x, w.shape, p) : null,
    ],
    jvp: ([tx, tw], [x, w], _out, p) => {
      const l = tx && bind('conv2d', [tx, w], p),
        r = tw && bind('conv2d', [x, tw], p);
      return l && r ? ops.add(l, r) : (l ?? r);
    },
  },
  maxPool2d: {
    vjp: (ct, [x], _out, p) => [bind('maxPool2dGrad', [x, ct], p)],
    jvp: ([t], [x], out, p) => sharedMax(x, out, t!, p),
  },
  maxPool2dGrad: {
    // Linear in ct; the shares are piecewise constant in x, so no gradient flows into x. The
    // transpose of "spread each window's ct over its maxima" is "gather by the same shares".
    vjp: (g, [x], _out, p, needed) => [null, needed[1] ? sharedMax(x, bind('maxPool2d', [x], p), g, p) : null],
    jvp: ([, t], [x], _out, p) => (t ? bind('maxPool2dGrad', [x, t], p) : null),
  },
  avgPool2d: {
    vjp: (ct, [x], _out, p) => [poolBackward(x, p, () => ops.div(ct, p.kernel[0] * p.kernel[1]))],
    jvp: ([t], _x, _out, p) => bind('avgPool2d', [t!], p),
  },
};
type ConvParams = Params['conv2d'];

/** Every window position (p, q) of a pool as a strided slice of the padded input: [N, C, OH, OW] each. */
function poolWindows(x: Tensor, p: PoolParams, fill: number): Tensor[] {
  const [pt, pb, pl, pr] = p.padding,
    [kh, kw] = p.kernel,
    [sh, sw] = p.stride;
  const xp =
    pt || pb || pl || pr
      ? ops.pad(
          x,
          [
            [0, 0],
            [0, 0],
            [pt, pb],
            [pl, pr],
          ],
          fill,
        )
      : x;
  const g = conv.poolGeometry(x, p);
  const out: Tensor[] = [];
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      out.push(bind('slice', [xp], { starts: [0, 0, i, j], steps: [1, 1, sh, sw], shape: [g.n, g.c, g.oh, g.ow] }));
    }
  }
  return out;
}

/** Sums each window position's contribution back into the input's shape (padding cropped). */
function poolBackward(x: Tensor, p: PoolParams, contribution: (window: number) => Tensor): Tensor {
  const [pt, pb, pl, pr] = p.padding,
    [kh, kw] = p.kernel,
    [sh, sw] = p.stride;
  const padded = [x.shape[0], x.shape[1], x.shape[2] + pt + pb, x.shape[3] + pl + pr];
  let acc: Tensor | null = null;
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const g = unslice(contribution(i * kw + j), padded, [0, 0, i, j], [1, 1, sh, sw]);
      acc = acc === null ? g : ops.add(acc, g);
    }
  }
  return padOrCrop(acc!, [
    [0, 0],
    [0, 0],
    [-pt, -pb],
    [-pl, -pr],
  ]);
}

/** Sum over window positions of t's window times that position's share of the max: max pooling's JVP. */
function sharedMax(x: Tensor, out: Tensor, t: Tensor, p: PoolParams): Tensor {
  const shares = maxShares(x, out, p);
  return poolWindows(t, p, 0)
    .map((tw, i) => ops.mul(tw, shares[i]))
    .reduce((a, b) => ops.add(a, b));
}

/** The share of each max-pool window's gradient per window position: 1/ties where it holds the max. */
function maxShares(x: Tensor, out: Tensor, p: PoolParams): Tensor[] {
  const masks = poolWindows(x, p, -Infinity).map((w) => ops.astype(ops.equal(w, out), x.dtype));
  const count = masks.reduce((a, b) => ops.add(a, b));
  return masks.map((m) => ops.div(m, count));
}

/** dL/dx of conv2d: the transposed convolution of the cotangent with the flipped kernel. */
function convInputGrad(ct: Tensor, xShape: readonly number[], w: Tensor, p: ConvParams): Tensor {
  const [, c, h, wd] = xShape,
    [o, cg, kh, kw] = w.shape;
  const G = p.groups,
    og = o / G;
  const [sh, sw] = p.stride,
    [dh, dw] = p.dilation,
    [pt, , pl] = p.padding;
  // Kernel for the transposed convolution: groups kept, in/out channels swapped, spatially flipped.
  const wt = ops.flip(
    ops.reshape(ops.transpose(ops.reshape(w, [G, og, cg, kh, kw]), [0, 2, 1, 3, 4]), [c, og, kh, kw]),
    [2, 3],
  );
  const ctd = dilate(dilate(ct, 2, sh), 3, sw);
  const [hd, wdd] = [ctd.shape[2], ctd.shape[3]];
  const top = dh * (kh - 1) - pt,
    left = dw * (kw - 1) - pl;
  const bottom = h + dh * (kh - 1) - hd - top,
    right = wd + dw * (kw - 1) - wdd - left;
  const padded = padOrCrop(ctd, [
    [0, 0],
    [0, 0],
    [top, bottom],
    [left, right],
  ]);
  return bind('conv2d', [padded, wt], { stride: [1, 1], padding: [0, 0, 0, 0], dilation: [dh, dw], groups: G });
}

/** dL/dw of conv2d: the correlation of the input with the cotangent, batch as the contraction. */
function convWeightGrad(ct: Tensor, x: Tensor, wShape: readonly number[], p: ConvParams): Tensor {
  const [o, cg, kh, kw] = wShape;
  const G = p.groups,
    og = o / G;
  const [sh, sw] = p.stride,
    [dh, dw] = p.dilation,
    [pt, pb, pl, pr] = p.padding;
  const [oh, ow] = [ct.shape[2], ct.shape[3]];
  // Keep only the input rows/columns the forward pass read.
  const needH = (oh - 1) * sh + (kh - 1) * dh + 1,
    needW = (ow - 1) * sw + (kw - 1) * dw + 1;
  const xp = padOrCrop(x, [
    [0, 0],
    [0, 0],
    [pt, needH - x.shape[2] - pt],
    [pl, needW - x.shape[3] - pl],
  ]);
  void pb;
  void pr;
  const perGroup: Tensor[] = [];
  for (let g = 0; g < G; g++) {
    const xg = G === 1 ? xp : ops.slice(xp, [0, g * cg], [xp.shape[0], (g + 1) * cg]);
    const cg_ = G === 1 ? ct : ops.slice(ct, [0, g * og], [ct.shape[0], (g + 1) * og]);
    // [Cg, N, H, W] convolved with [Og, N, OH, OW] (stride and dilation trade places) -> [Cg, Og, KH, KW].
    const r = bind('conv2d', [ops.transpose(xg, [1, 0, 2, 3]), ops.transpose(cg_, [1, 0, 2, 3])], {
      stride: [dh, dw],
      padding: [0, 0, 0, 0],
      dilation: [sh, sw],
      groups: 1,
    });
    perGroup.push(ops.transpose(r, [1, 0, 2, 3]));
  }
  return perGroup.length === 1 ? perGroup[0] : ops.concat(perGroup, 0);
}
