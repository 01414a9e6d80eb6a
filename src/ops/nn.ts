// Neural-network functions: softmax family, one-hot, cross-entropies, conv2d and pooling.

import { broadcastShapes, checkSize, fmtShape, normalizeAxis } from '../../runtime/shape.js';
import { arange } from '../creation.js';
import { bind } from '../dispatch.js';
import { checkOptions, describeValue } from '../errors.js';
import { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, floatOf, promoted, type TensorLike } from './coerce.js';
import { add, clip, div, equal, exp, log, mul, neg, sub } from './elementwise.js';
import { max, mean, shiftedLogSumExp, sum } from './reduce.js';
import { expandDims, reshape } from './shape.js';

function floatTensor(op: string, x: TensorLike): Tensor {
  const t = asTensor(op, x);
  return asTensorOf(t, floatOf(t.dtype));
}

export function softmax(x: TensorLike, axis = -1): Tensor {
  const t = floatTensor('softmax', x);
  const a = [normalizeAxis('softmax', axis, t.ndim)];
  const e = exp(sub(t, max(t, a, true)));
  return div(e, sum(e, a, true));
}

export function logSoftmax(x: TensorLike, axis = -1): Tensor {
  const t = floatTensor('logSoftmax', x);
  const { shift, logSum } = shiftedLogSumExp(t, [normalizeAxis('logSoftmax', axis, t.ndim)]);
  return sub(sub(t, shift), logSum);
}

function intLabels(op: string, labels: TensorLike): Tensor {
  const l = asTensor(op, labels);
  if (l.dtype !== 'int32') throw new Error(`${op}: labels must be int32 class ids, got ${l.dtype} (shape ${fmtShape(l.shape)})`);
  return l;
}

/** oneHot(indices, depth): float32 rows with a 1 at each index (rows of out-of-range indices are all zero). */
export function oneHot(indices: TensorLike, depth: number): Tensor {
  const idx = intLabels('oneHot', Array.isArray(indices) || typeof indices === 'number' ? asTensorOf(indices, 'int32', 'oneHot') : indices);
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`oneHot: depth must be a non-negative integer, got ${describeValue(depth)}`);
  checkSize('oneHot', [...idx.shape, depth]);
  return asTensorOf(equal(expandDims(idx, -1), arange(depth)), 'float32');
}

/** Mean over the batch of -log softmax(logits)[label]; logits [..., C], labels int32 [...]. */
export function softmaxCrossEntropy(logits: TensorLike, labels: TensorLike): Tensor {
  const z = floatTensor('softmaxCrossEntropy', logits);
  const l = intLabels('softmaxCrossEntropy', labels);
  if (z.ndim === 0) throw new Error('softmaxCrossEntropy: logits must be at least 1-D [..., classes]');
  const batch = z.shape.slice(0, -1), c = z.shape[z.ndim - 1];
  if (l.ndim !== batch.length || l.shape.some((d, i) => d !== batch[i])) {
    throw new Error(`softmaxCrossEntropy: labels of shape ${fmtShape(l.shape)} do not match logits ${fmtShape(z.shape)} (expected labels ${fmtShape(batch)})`);
  }
  const checked = bind('checkIndex', [l], { bound: c, op: 'softmaxCrossEntropy', what: 'label' });
  // -log softmax(z)[label] = log(sum(exp(z - shift))) + (shift - z[label]): no large terms cancel.
  const { shift, logSum } = shiftedLogSumExp(z, [z.ndim - 1]);
  const picked = sum(mul(sub(z, shift), asTensorOf(oneHot(checked, c), z.dtype)), -1);
  return mean(sub(reshape(logSum, batch), picked));
}

/** Mean of -(y log p + (1 - y) log(1 - p)), with p kept inside [eps, 1 - eps]. */
export function binaryCrossEntropy(p: TensorLike, y: TensorLike): Tensor {
  const d = floatOf(promoted('binaryCrossEntropy', p, y));
  const pt = asTensorOf(p, d, 'binaryCrossEntropy'), yt = asTensorOf(y, d, 'binaryCrossEntropy');
  broadcastShapes('binaryCrossEntropy', pt.shape, yt.shape);
  const eps = d === 'float64' ? 1e-12 : 1e-7;
  const pc = clip(pt, eps, 1 - eps);
  return neg(mean(add(mul(yt, log(pc)), mul(sub(1, yt), log(sub(1, pc))))));
}

type Pair = number | readonly [number, number];
export type Padding = number | readonly [number, number] | readonly [number, number, number, number] | 'valid' | 'same';
export interface Conv2dOptions { stride?: Pair; padding?: Padding; dilation?: Pair; groups?: number }
export interface PoolOptions { stride?: Pair; padding?: Padding }

function pair(op: string, name: string, v: Pair | undefined, dflt: number, min: number): [number, number] {
  const p: [number, number] = v === undefined ? [dflt, dflt] : typeof v === 'number' ? [v, v] : [v[0], v[1]];
  if (!Array.isArray(v) && typeof v !== 'number' && v !== undefined) throw new Error(`${op}: ${name} must be a number or a pair, got ${describeValue(v)}`);
  if (!p.every((x) => Number.isInteger(x) && x >= min)) throw new Error(`${op}: ${name} must be integers >= ${min}, got ${JSON.stringify(v)}`);
  return p;
}

/** Padding as [top, bottom, left, right]; 'same' pads so that out = ceil(in / stride). */
function paddingOf(op: string, p: Padding | undefined, hw: readonly number[], k: readonly number[], stride: readonly number[], dil: readonly number[]): [number, number, number, number] {
  if (p === undefined || p === 'valid') return [0, 0, 0, 0];
  if (p === 'same') {
    const total = [0, 1].map((i) => Math.max(0, (Math.ceil(hw[i] / stride[i]) - 1) * stride[i] + dil[i] * (k[i] - 1) + 1 - hw[i]));
    return [Math.floor(total[0] / 2), Math.ceil(total[0] / 2), Math.floor(total[1] / 2), Math.ceil(total[1] / 2)];
  }
  const q = typeof p === 'number' ? [p, p, p, p] : Array.isArray(p) && p.length === 2 ? [p[0], p[0], p[1], p[1]] : Array.isArray(p) && p.length === 4 ? p.slice() : null;
  if (q === null || !q.every((x) => Number.isInteger(x) && x >= 0)) {
    throw new Error(`${op}: padding must be a non-negative integer, [h, w], [top, bottom, left, right], 'valid' or 'same'; got ${JSON.stringify(p)}`);
  }
  return q as [number, number, number, number];
}

/** 2-D convolution (cross-correlation) of x [N, C, H, W] with w [O, C/groups, KH, KW]. */
export function conv2d(x: TensorLike, w: TensorLike, options: Conv2dOptions = {}): Tensor {
  const xt = asTensor('conv2d', x), wt = asTensor('conv2d', w);
  const opts = checkOptions('conv2d', options, ['stride', 'padding', 'dilation', 'groups']);
  if (xt.ndim !== 4 || wt.ndim !== 4) throw new Error(`conv2d: input and weights must be 4-D (NCHW, OIHW), got ${fmtShape(xt.shape)} and ${fmtShape(wt.shape)}`);
  const stride = pair('conv2d', 'stride', opts.stride, 1, 1);
  const dilation = pair('conv2d', 'dilation', opts.dilation, 1, 1);
  const groups = opts.groups ?? 1;
  if (!Number.isInteger(groups) || groups < 1) throw new Error(`conv2d: groups must be a positive integer, got ${describeValue(groups)}`);
  const padding = paddingOf('conv2d', opts.padding, xt.shape.slice(2), wt.shape.slice(2), stride, dilation);
  let d = promoted('conv2d', xt, wt);
  if (d === 'bool') d = 'int32';
  return bind('conv2d', [asTensorOf(xt, d), asTensorOf(wt, d)], { stride, padding, dilation, groups });
}

/**
 * Pool arguments in the forms people write: pool(x, 2), pool(x, [2, 3], { stride, padding }),
 * pool(x, { kernelSize, stride, padding }), or pool(x, 2, 1) with the stride third.
 */
function poolArgs(op: string, x: TensorLike, kernel: Pair | (PoolOptions & { kernelSize?: Pair; kernel?: Pair }), opts?: PoolOptions | number) {
  const t = asTensor(op, x);
  if (t.ndim !== 4) throw new Error(`${op}: input must be 4-D (NCHW), got shape ${fmtShape(t.shape)}`);
  let k: Pair | undefined, o: PoolOptions;
  if (typeof kernel === 'object' && !Array.isArray(kernel)) {
    const kk = kernel as PoolOptions & { kernelSize?: Pair; kernel?: Pair };
    o = checkOptions(op, kk, ['kernelSize', 'kernel', 'stride', 'padding']);
    k = kk.kernelSize ?? kk.kernel;
  } else {
    k = kernel as Pair;
    o = typeof opts === 'number' ? { stride: opts } : checkOptions(op, opts, ['stride', 'padding']);
  }
  if (k === undefined) throw new Error(`${op}: a kernel size is required`);
  const kp = pair(op, 'kernel size', k, 1, 1);
  const s = o.stride === undefined ? kp : pair(op, 'stride', o.stride, 1, 1);
  const padding = paddingOf(op, o.padding, t.shape.slice(2), kp, s, [1, 1]);
  return { t, params: { kernel: kp, stride: s, padding } };
}

export function maxPool2d(x: TensorLike, kernel: Pair | (PoolOptions & { kernelSize?: Pair }), opts?: PoolOptions | number): Tensor {
  const { t, params } = poolArgs('maxPool2d', x, kernel, opts);
  return bind('maxPool2d', [t.dtype === 'bool' ? asTensorOf(t, 'int32') : t], params);
}

export function avgPool2d(x: TensorLike, kernel: Pair | (PoolOptions & { kernelSize?: Pair }), opts?: PoolOptions | number): Tensor {
  const { t, params } = poolArgs('avgPool2d', x, kernel, opts);
  return bind('avgPool2d', [asTensorOf(t, floatOf(t.dtype))], params);
}
