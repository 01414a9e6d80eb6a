// Matrix product, 2-D convolution and pooling primitives (NCHW / OIHW), over the kernels in ../kernels.

import { allocate, type DType } from '../dtype.js';
import * as conv from '../kernels/conv.js';
import { matmul } from '../kernels/matmul.js';
import { eagerKernels } from '../eager-kernels.js';
import { broadcastShapes, broadcastStrides, fmtShape, sizeOf } from '../shape.js';
import type { Aval, PoolParams, Rule, RuleBase } from './types.js';

type Buf = Float32Array | Float64Array | Int32Array;
const NUMERIC: readonly DType[] = ['int32', 'float32', 'float64'];

function checkNumeric(op: string, ...xs: Aval[]): void {
  for (const x of xs) if (!NUMERIC.includes(x.dtype)) throw new Error(`${op}: dtype ${x.dtype} is not supported`);
  if (xs.some((x) => x.dtype !== xs[0].dtype)) throw new Error(`internal: ${op} of mixed dtypes`);
}

function pool<P extends 'maxPool2d' | 'avgPool2d'>(name: P, dtypes: readonly DType[]): RuleBase<P> {
  return {
    name,
    version: 1,
    kind: 'nn',
    infer([x], p: PoolParams) {
      if (x.shape.length !== 4) throw new Error(`${name}: input must be 4-D (NCHW), got shape ${fmtShape(x.shape)}`);
      if (!dtypes.includes(x.dtype))
        throw new Error(`${name}: dtype ${x.dtype} is not supported (expected ${dtypes.join(' or ')})`);
      const g = conv.poolGeometry(x, p);
      if (g.oh <= 0 || g.ow <= 0)
        throw new Error(
          `${name}: window ${fmtShape(p.kernel)} does not fit input ${fmtShape(x.shape)} with padding ${fmtShape(p.padding)}`,
        );
      return { shape: [g.n, g.c, g.oh, g.ow], dtype: x.dtype };
    },
    impl([x], p: PoolParams, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Buf;
      const g = conv.poolGeometry(x, p);
      eagerKernels.pool2d(name === 'maxPool2d' ? 'max' : 'avg', x.buf, data, g);
      return data;
    },
  } as RuleBase<P>;
}

type LinalgPrim = 'matmul' | 'linear' | 'conv2d' | 'maxPool2d' | 'avgPool2d' | 'maxPool2dGrad';

const matmulRule = () => linalgRules.matmul;

export const linalgRules: { [P in LinalgPrim]: Rule<P> } = {
  matmul: {
    name: 'matmul',
    version: 1,
    kind: 'linalg',
    infer([a, b]) {
      checkNumeric('matmul', a, b);
      if (a.shape.length < 2 || b.shape.length < 2)
        throw new Error(
          `internal: matmul primitive takes operands of rank >= 2, got ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`,
        );
      const [m, k] = a.shape.slice(-2),
        [k2, n] = b.shape.slice(-2);
      if (k !== k2)
        throw new Error(`matmul: inner dimensions differ: ${fmtShape(a.shape)} @ ${fmtShape(b.shape)} (${k} != ${k2})`);
      const batch = broadcastShapes('matmul', a.shape.slice(0, -2), b.shape.slice(0, -2));
      return { shape: [...batch, m, n], dtype: a.dtype };
    },
    impl([a, b], _p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Buf;
      const [m, k] = a.shape.slice(-2),
        n = b.shape[b.shape.length - 1];
      const outBatch = out.shape.slice(0, -2),
        batch = sizeOf(outBatch);
      const aBatch = sizeOf(a.shape.slice(0, -2)),
        bBatch = sizeOf(b.shape.slice(0, -2));
      const simple = (aBatch === batch || aBatch === 1) && (bBatch === batch || bBatch === 1);
      if (simple) {
        const sa = aBatch === 1 ? 0 : m * k,
          sb = bBatch === 1 ? 0 : k * n;
        eagerKernels.matmul(a.buf, b.buf, data, batch, m, k, n, sa, sb);
        return data;
      }
      // Batch dims broadcast against each other: one product per output batch index.
      const sa = broadcastStrides(a.shape.slice(0, -2), outBatch),
        sb = broadcastStrides(b.shape.slice(0, -2), outBatch);
      const idx = new Array<number>(outBatch.length).fill(0);
      for (let t = 0; t < batch; t++) {
        let oa = 0,
          ob = 0;
        for (let d = 0; d < idx.length; d++) {
          oa += idx[d] * sa[d];
          ob += idx[d] * sb[d];
        }
        const A = (a.buf as Buf).subarray(oa * m * k),
          B = (b.buf as Buf).subarray(ob * k * n);
        matmul(A as Buf, B as Buf, data.subarray(t * m * n) as Buf, 1, m, k, n, 0, 0);
        for (let d = idx.length - 1; d >= 0; d--) {
          if (++idx[d] < outBatch[d]) break;
          idx[d] = 0;
        }
      }
      return data;
    },
  },
  linear: {
    name: 'linear',
    version: 1,
    kind: 'linalg',
    infer([a, b, bias]) {
      const out = matmulRule().infer([a, b], {});
      const n = out.shape[out.shape.length - 1];
      const core = bias.shape.filter((d, i) => !(d === 1 && i < bias.shape.length - 1));
      if (core.length !== 1 || core[0] !== n || bias.dtype !== out.dtype)
        throw new Error(
          `internal: linear bias ${fmtShape(bias.shape)} (${bias.dtype}) does not fit ${fmtShape(out.shape)} (${out.dtype})`,
        );
      return out;
    },
    impl([a, b, bias], _p, out) {
      const data = matmulRule().impl([a, b], {}, out);
      // Bias added in place row by row: the same two roundings as matmul then add eagerly.
      const n = out.shape[out.shape.length - 1],
        bb = bias.buf;
      for (let r = 0; r < data.length; r += n) for (let j = 0; j < n; j++) data[r + j] += bb[j];
      return data;
    },
  },
  conv2d: {
    name: 'conv2d',
    version: 1,
    kind: 'nn',
    infer([x, w], p) {
      if (x.shape.length !== 4 || w.shape.length !== 4)
        throw new Error(
          `conv2d: input and weights must be 4-D (NCHW, OIHW), got ${fmtShape(x.shape)} and ${fmtShape(w.shape)}`,
        );
      checkNumeric('conv2d', x, w);
      const [n, c, h, wd] = x.shape,
        [o, ci, kh, kw] = w.shape;
      if (c % p.groups !== 0 || o % p.groups !== 0 || ci * p.groups !== c) {
        throw new Error(
          `conv2d: input channels ${c} do not match weights ${fmtShape(w.shape)} with groups=${p.groups} (expected weight dim 1 = ${c / p.groups}, and ${o} divisible by groups)`,
        );
      }
      const g = conv.convGeometry(x.shape, w.shape, p);
      if (g.oh <= 0 || g.ow <= 0)
        throw new Error(
          `conv2d: kernel ${fmtShape([kh, kw])} with dilation ${fmtShape(p.dilation)} does not fit input ${fmtShape([h, wd])} with padding ${fmtShape(p.padding)}`,
        );
      return { shape: [n, o, g.oh, g.ow], dtype: x.dtype };
    },
    impl([x, w], p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Buf;
      const g = conv.convGeometry(x.shape, w.shape, p);
      eagerKernels.conv2d(x.buf, w.buf, data, g);
      return data;
    },
  },
  maxPool2d: pool('maxPool2d', NUMERIC),
  maxPool2dGrad: {
    name: 'maxPool2dGrad',
    version: 1,
    kind: 'nn',
    infer([x, ct], p) {
      if (x.shape.length !== 4 || (x.dtype !== 'float32' && x.dtype !== 'float64'))
        throw new Error(`internal: maxPool2dGrad of ${fmtShape(x.shape)} (${x.dtype})`);
      const g = conv.poolGeometry(x, p);
      if (ct.dtype !== x.dtype || ct.shape.join() !== [g.n, g.c, g.oh, g.ow].join())
        throw new Error(
          `internal: maxPool2dGrad cotangent ${fmtShape(ct.shape)} (${ct.dtype}) for input ${fmtShape(x.shape)}`,
        );
      return { shape: x.shape, dtype: x.dtype };
    },
    impl([x, ct], p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Buf;
      const g = conv.poolGeometry(x, p);
      eagerKernels.maxPool2dGrad(x.buf, ct.buf, data, g);
      return data;
    },
  },
  avgPool2d: pool('avgPool2d', ['float32', 'float64']),
};
