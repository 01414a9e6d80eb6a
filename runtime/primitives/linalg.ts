// Matrix product, 2-D convolution and pooling primitives (NCHW / OIHW), over the kernels in ../kernels.

import { allocate, type DType } from '../dtype.js';
import * as conv from '../kernels/conv.js';
import { matmul } from '../kernels/matmul.js';
import { wasmConv2d, wasmMatmul, wasmMaxPoolGrad, wasmPool2d } from '../wasm/eager.js';
import { broadcastShapes, broadcastStrides, fmtShape, sizeOf } from '../shape.js';
import * as ops from '../../src/ops/index.js';
import { bind } from '../../src/dispatch.js';
import type { Tensor } from '../../src/tensor.js';
import { dilate, mT, padOrCrop, unslice } from './grad-util.js';
import type { Aval, JvpRule, Params, PoolParams, Rule, RuleBase, VjpRule } from './types.js';

type Buf = Float32Array | Float64Array | Int32Array;
const NUMERIC: readonly DType[] = ['int32', 'float32', 'float64'];

function checkNumeric(op: string, ...xs: Aval[]): void {
  for (const x of xs) if (!NUMERIC.includes(x.dtype)) throw new Error(`${op}: dtype ${x.dtype} is not supported`);
  if (xs.some((x) => x.dtype !== xs[0].dtype)) throw new Error(`internal: ${op} of mixed dtypes`);
}

function pool<P extends 'maxPool2d' | 'avgPool2d'>(name: P, kernel: (x: Buf, out: Buf, g: conv.Pool2dGeometry) => void, dtypes: readonly DType[], grad: { vjp: VjpRule<P>; jvp: JvpRule<P> }): RuleBase<P> {
  return {
    name, version: 1, kind: 'nn', ...grad,
    infer([x], p: PoolParams) {
      if (x.shape.length !== 4) throw new Error(`${name}: input must be 4-D (NCHW), got shape ${fmtShape(x.shape)}`);
      if (!dtypes.includes(x.dtype)) throw new Error(`${name}: dtype ${x.dtype} is not supported (expected ${dtypes.join(' or ')})`);
      const g = conv.poolGeometry(x, p);
      if (g.oh <= 0 || g.ow <= 0) throw new Error(`${name}: window ${fmtShape(p.kernel)} does not fit input ${fmtShape(x.shape)} with padding ${fmtShape(p.padding)}`);
      return { shape: [g.n, g.c, g.oh, g.ow], dtype: x.dtype };
    },
    impl([x], p: PoolParams, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Buf;
      const g = conv.poolGeometry(x, p);
      if (!wasmPool2d(name === 'maxPool2d' ? 'max' : 'avg', x.buf, data, g)) kernel(x.buf as Buf, data, g);
      return data;
    },
  } as RuleBase<P>;
}

type LinalgPrim = 'matmul' | 'linear' | 'conv2d' | 'maxPool2d' | 'avgPool2d' | 'maxPool2dGrad';

const matmulRule = () => linalgRules.matmul;

export const linalgRules: { [P in LinalgPrim]: Rule<P> } = {
  matmul: {
    name: 'matmul', version: 1, kind: 'linalg',
    // Batch dimensions that broadcast are summed back by the tape.
    vjp: (ct, [a, b], _out, _p, needed) => [needed[0] ? ops.matmul(ct, mT(b)) : null, needed[1] ? ops.matmul(mT(a), ct) : null],
    jvp: ([ta, tb], [a, b]) => {
      const l = ta && ops.matmul(ta, b), r = tb && ops.matmul(a, tb);
      return l && r ? ops.add(l, r) : (l ?? r);
    },
    infer([a, b]) {
      checkNumeric('matmul', a, b);
      if (a.shape.length < 2 || b.shape.length < 2) throw new Error(`internal: matmul primitive takes operands of rank >= 2, got ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
      const [m, k] = a.shape.slice(-2), [k2, n] = b.shape.slice(-2);
      if (k !== k2) throw new Error(`matmul: inner dimensions differ: ${fmtShape(a.shape)} @ ${fmtShape(b.shape)} (${k} != ${k2})`);
      const batch = broadcastShapes('matmul', a.shape.slice(0, -2), b.shape.slice(0, -2));
      return { shape: [...batch, m, n], dtype: a.dtype };
    },
    impl([a, b], _p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Buf;
      const [m, k] = a.shape.slice(-2), n = b.shape[b.shape.length - 1];
      const outBatch = out.shape.slice(0, -2), batch = sizeOf(outBatch);
      const aBatch = sizeOf(a.shape.slice(0, -2)), bBatch = sizeOf(b.shape.slice(0, -2));
      const simple = (aBatch === batch || aBatch === 1) && (bBatch === batch || bBatch === 1);
      if (simple) {
        const sa = aBatch === 1 ? 0 : m * k, sb = bBatch === 1 ? 0 : k * n;
        if (!wasmMatmul(a.buf, b.buf, data, batch, m, k, n, sa, sb)) matmul(a.buf as Buf, b.buf as Buf, data, batch, m, k, n, sa, sb);
        return data;
      }
      // Batch dims broadcast against each other: one product per output batch index.
      const sa = broadcastStrides(a.shape.slice(0, -2), outBatch), sb = broadcastStrides(b.shape.slice(0, -2), outBatch);
      const idx = new Array<number>(outBatch.length).fill(0);
      for (let t = 0; t < batch; t++) {
        let oa = 0, ob = 0;
        for (let d = 0; d < idx.length; d++) { oa += idx[d] * sa[d]; ob += idx[d] * sb[d]; }
        const A = (a.buf as Buf).subarray(oa * m * k), B = (b.buf as Buf).subarray(ob * k * n);
        matmul(A as Buf, B as Buf, data.subarray(t * m * n) as Buf, 1, m, k, n, 0, 0);
        for (let d = idx.length - 1; d >= 0; d--) { if (++idx[d] < outBatch[d]) break; idx[d] = 0; }
      }
      return data;
    },
  },
  linear: {
    name: 'linear', version: 1, kind: 'linalg',
    // The bias cotangent is ct itself: the tape sums it back to the bias's shape.
    vjp: (ct, [a, b], _out, _p, needed) => [needed[0] ? ops.matmul(ct, mT(b)) : null, needed[1] ? ops.matmul(mT(a), ct) : null, ct],
    jvp: ([ta, tb, tc], [a, b]) => [ta && ops.matmul(ta, b), tb && ops.matmul(a, tb), tc].reduce<Tensor | null>((acc, t) => (t === null ? acc : acc === null ? t : ops.add(acc, t)), null),
    infer([a, b, bias]) {
      const out = matmulRule().infer([a, b], {});
      const n = out.shape[out.shape.length - 1];
      const core = bias.shape.filter((d, i) => !(d === 1 && i < bias.shape.length - 1));
      if (core.length !== 1 || core[0] !== n || bias.dtype !== out.dtype) throw new Error(`internal: linear bias ${fmtShape(bias.shape)} (${bias.dtype}) does not fit ${fmtShape(out.shape)} (${out.dtype})`);
      return out;
    },
    impl([a, b, bias], _p, out) {
      const data = matmulRule().impl([a, b], {}, out);
      // Bias added in place row by row: the same two roundings as matmul then add eagerly.
      const n = out.shape[out.shape.length - 1], bb = bias.buf;
      for (let r = 0; r < data.length; r += n) for (let j = 0; j < n; j++) data[r + j] += bb[j];
      return data;
    },
  },
  conv2d: {
    name: 'conv2d', version: 1, kind: 'nn',
    vjp: (ct, [x, w], _out, p, needed) => [needed[0] ? convInputGrad(ct, x.shape, w, p) : null, needed[1] ? convWeightGrad(ct, x, w.shape, p) : null],
    jvp: ([tx, tw], [x, w], _out, p) => {
      const l = tx && bind('conv2d', [tx, w], p), r = tw && bind('conv2d', [x, tw], p);
      return l && r ? ops.add(l, r) : (l ?? r);
    },
    infer([x, w], p) {
      if (x.shape.length !== 4 || w.shape.length !== 4) throw new Error(`conv2d: input and weights must be 4-D (NCHW, OIHW), got ${fmtShape(x.shape)} and ${fmtShape(w.shape)}`);
      checkNumeric('conv2d', x, w);
      const [n, c, h, wd] = x.shape, [o, ci, kh, kw] = w.shape;
      if (c % p.groups !== 0 || o % p.groups !== 0 || ci * p.groups !== c) {
        throw new Error(`conv2d: input channels ${c} do not match weights ${fmtShape(w.shape)} with groups=${p.groups} (expected weight dim 1 = ${c / p.groups}, and ${o} divisible by groups)`);
      }
      const g = conv.convGeometry(x.shape, w.shape, p);
      if (g.oh <= 0 || g.ow <= 0) throw new Error(`conv2d: kernel ${fmtShape([kh, kw])} with dilation ${fmtShape(p.dilation)} does not fit input ${fmtShape([h, wd])} with padding ${fmtShape(p.padding)}`);
      return { shape: [n, o, g.oh, g.ow], dtype: x.dtype };
    },
    impl([x, w], p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Buf;
      const g = conv.convGeometry(x.shape, w.shape, p);
      if (!wasmConv2d(x.buf, w.buf, data, g)) conv.conv2d(x.buf as Buf, w.buf as Buf, data, g);
      return data;
    },
  },
  maxPool2d: pool('maxPool2d', conv.maxPool2d, NUMERIC, {
    vjp: (ct, [x], _out, p) => [bind('maxPool2dGrad', [x, ct], p)],
    jvp: ([t], [x], out, p) => sharedMax(x, out, t!, p),
  }),
  maxPool2dGrad: {
    name: 'maxPool2dGrad', version: 1, kind: 'nn',
    // Linear in ct; the shares are piecewise constant in x, so no gradient flows into x. The
    // transpose of "spread each window's ct over its maxima" is "gather by the same shares".
    vjp: (g, [x], _out, p, needed) => [null, needed[1] ? sharedMax(x, bind('maxPool2d', [x], p), g, p) : null],
    jvp: ([, t], [x], _out, p) => (t ? bind('maxPool2dGrad', [x, t], p) : null),
    infer([x, ct], p) {
      if (x.shape.length !== 4 || (x.dtype !== 'float32' && x.dtype !== 'float64')) throw new Error(`internal: maxPool2dGrad of ${fmtShape(x.shape)} (${x.dtype})`);
      const g = conv.poolGeometry(x, p);
      if (ct.dtype !== x.dtype || ct.shape.join() !== [g.n, g.c, g.oh, g.ow].join()) throw new Error(`internal: maxPool2dGrad cotangent ${fmtShape(ct.shape)} (${ct.dtype}) for input ${fmtShape(x.shape)}`);
      return { shape: x.shape, dtype: x.dtype };
    },
    impl([x, ct], p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Buf;
      const g = conv.poolGeometry(x, p);
      if (!wasmMaxPoolGrad(x.buf, ct.buf, data, g)) conv.maxPool2dGrad(x.buf as Buf, ct.buf as Buf, data, g);
      return data;
    },
  },
  avgPool2d: pool('avgPool2d', conv.avgPool2d, ['float32', 'float64'], {
    vjp: (ct, [x], _out, p) => [poolBackward(x, p, () => ops.div(ct, p.kernel[0] * p.kernel[1]))],
    jvp: ([t], _x, _out, p) => bind('avgPool2d', [t!], p),
  }),
};

type ConvParams = Params['conv2d'];

/** Every window position (p, q) of a pool as a strided slice of the padded input: [N, C, OH, OW] each. */
function poolWindows(x: Tensor, p: PoolParams, fill: number): Tensor[] {
  const [pt, pb, pl, pr] = p.padding, [kh, kw] = p.kernel, [sh, sw] = p.stride;
  const xp = pt || pb || pl || pr ? ops.pad(x, [[0, 0], [0, 0], [pt, pb], [pl, pr]], fill) : x;
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
  const [pt, pb, pl, pr] = p.padding, [kh, kw] = p.kernel, [sh, sw] = p.stride;
  const padded = [x.shape[0], x.shape[1], x.shape[2] + pt + pb, x.shape[3] + pl + pr];
  let acc: Tensor | null = null;
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const g = unslice(contribution(i * kw + j), padded, [0, 0, i, j], [1, 1, sh, sw]);
      acc = acc === null ? g : ops.add(acc, g);
    }
  }
  return padOrCrop(acc!, [[0, 0], [0, 0], [-pt, -pb], [-pl, -pr]]);
}

/** Sum over window positions of t's window times that position's share of the max: max pooling's JVP. */
function sharedMax(x: Tensor, out: Tensor, t: Tensor, p: PoolParams): Tensor {
  const shares = maxShares(x, out, p);
  return poolWindows(t, p, 0).map((tw, i) => ops.mul(tw, shares[i])).reduce((a, b) => ops.add(a, b));
}

/** The share of each max-pool window's gradient per window position: 1/ties where it holds the max. */
function maxShares(x: Tensor, out: Tensor, p: PoolParams): Tensor[] {
  const masks = poolWindows(x, p, -Infinity).map((w) => ops.astype(ops.equal(w, out), x.dtype));
  const count = masks.reduce((a, b) => ops.add(a, b));
  return masks.map((m) => ops.div(m, count));
}

/** dL/dx of conv2d: the transposed convolution of the cotangent with the flipped kernel. */
function convInputGrad(ct: Tensor, xShape: readonly number[], w: Tensor, p: ConvParams): Tensor {
  const [, c, h, wd] = xShape, [o, cg, kh, kw] = w.shape;
  const G = p.groups, og = o / G;
  const [sh, sw] = p.stride, [dh, dw] = p.dilation, [pt, , pl] = p.padding;
  // Kernel for the transposed convolution: groups kept, in/out channels swapped, spatially flipped.
  const wt = ops.flip(ops.reshape(ops.transpose(ops.reshape(w, [G, og, cg, kh, kw]), [0, 2, 1, 3, 4]), [c, og, kh, kw]), [2, 3]);
  const ctd = dilate(dilate(ct, 2, sh), 3, sw);
  const [hd, wdd] = [ctd.shape[2], ctd.shape[3]];
  const top = dh * (kh - 1) - pt, left = dw * (kw - 1) - pl;
  const bottom = h + dh * (kh - 1) - hd - top, right = wd + dw * (kw - 1) - wdd - left;
  const padded = padOrCrop(ctd, [[0, 0], [0, 0], [top, bottom], [left, right]]);
  return bind('conv2d', [padded, wt], { stride: [1, 1], padding: [0, 0, 0, 0], dilation: [dh, dw], groups: G });
}

/** dL/dw of conv2d: the correlation of the input with the cotangent, batch as the contraction. */
function convWeightGrad(ct: Tensor, x: Tensor, wShape: readonly number[], p: ConvParams): Tensor {
  const [o, cg, kh, kw] = wShape;
  const G = p.groups, og = o / G;
  const [sh, sw] = p.stride, [dh, dw] = p.dilation, [pt, pb, pl, pr] = p.padding;
  const [oh, ow] = [ct.shape[2], ct.shape[3]];
  // Keep only the input rows/columns the forward pass read.
  const needH = (oh - 1) * sh + (kh - 1) * dh + 1, needW = (ow - 1) * sw + (kw - 1) * dw + 1;
  const xp = padOrCrop(x, [[0, 0], [0, 0], [pt, needH - x.shape[2] - pt], [pl, needW - x.shape[3] - pl]]);
  void pb; void pr;
  const perGroup: Tensor[] = [];
  for (let g = 0; g < G; g++) {
    const xg = G === 1 ? xp : ops.slice(xp, [0, g * cg], [xp.shape[0], (g + 1) * cg]);
    const cg_ = G === 1 ? ct : ops.slice(ct, [0, g * og], [ct.shape[0], (g + 1) * og]);
    // [Cg, N, H, W] convolved with [Og, N, OH, OW] (stride and dilation trade places) -> [Cg, Og, KH, KW].
    const r = bind('conv2d', [ops.transpose(xg, [1, 0, 2, 3]), ops.transpose(cg_, [1, 0, 2, 3])], {
      stride: [dh, dw], padding: [0, 0, 0, 0], dilation: [sh, sw], groups: 1,
    });
    perGroup.push(ops.transpose(r, [1, 0, 2, 3]));
  }
  return perGroup.length === 1 ? perGroup[0] : ops.concat(perGroup, 0);
}
