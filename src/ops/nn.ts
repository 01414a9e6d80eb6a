// Neural-network functions: softmax family, one-hot, cross-entropies, conv2d and pooling.

import { broadcastShapes, checkSize, fmtShape, normalizeAxis } from '../../runtime/shape.js';
import { arange } from '../creation.js';
import { bind } from '../dispatch.js';
import { checkOptions, describeValue } from '../errors.js';
import { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, floatOf, floatTensor, promoted, type TensorLike } from './coerce.js';
import { add, clip, div, equal, exp, log, mul, neg, sub } from './elementwise.js';
import { max, mean, shiftedLogSumExp, sum } from './reduce.js';
import { expandDims, reshape } from './shape.js';

/**
 * exp(x) / sum(exp(x)) along an axis, shifted by the maximum so that it is stable for large inputs. Integer and bool inputs give float32.
 *
 * @param x - The logits.
 * @param axis - The axis to normalize over (default -1, the last).
 * @example
 * ```ts
 * tj.softmax(tj.tensor([1000, 0])); // [1, 0]
 * tj.softmax(tj.tensor([[1, 1], [0, 0]]), 0); // [[0.7310586, 0.7310586], [0.2689414, 0.2689414]]
 * ```
 * @category Neural networks
 */
export function softmax(x: TensorLike, axis = -1): Tensor {
  const t = floatTensor('softmax', x);
  const a = [normalizeAxis('softmax', axis, t.ndim)];
  const e = exp(sub(t, max(t, a, true)));
  return div(e, sum(e, a, true));
}

/**
 * log(softmax(x)) along an axis, computed as x - logsumexp(x) so that it stays finite and accurate. Integer and bool inputs give float32.
 *
 * @param x - The logits.
 * @param axis - The axis to normalize over (default -1, the last).
 * @example
 * ```ts
 * tj.logSoftmax(tj.tensor([0, 0])); // [-0.6931472, -0.6931472]
 * ```
 * @category Neural networks
 */
export function logSoftmax(x: TensorLike, axis = -1): Tensor {
  const t = floatTensor('logSoftmax', x);
  const { shift, logSum } = shiftedLogSumExp(t, [normalizeAxis('logSoftmax', axis, t.ndim)]);
  return sub(sub(t, shift), logSum);
}

function intLabels(op: string, labels: TensorLike): Tensor {
  const l = asTensor(op, labels);
  if (l.dtype !== 'int32')
    throw new Error(`${op}: labels must be int32 class ids, got ${l.dtype} (shape ${fmtShape(l.shape)})`);
  return l;
}

/**
 * One-hot rows: a float32 tensor of shape [...indices.shape, depth] with a 1 at each index (rows of out-of-range indices are all zero).
 *
 * @param indices - int32 class ids (a tensor, number or array of integers).
 * @param depth - The number of classes.
 * @example
 * ```ts
 * tj.oneHot([0, 2], 3); // [[1, 0, 0], [0, 0, 1]]
 * ```
 * @category Neural networks
 */
export function oneHot(indices: TensorLike, depth: number): Tensor {
  const idx = intLabels(
    'oneHot',
    Array.isArray(indices) || typeof indices === 'number' ? asTensorOf(indices, 'int32', 'oneHot') : indices,
  );
  if (!Number.isInteger(depth) || depth < 0)
    throw new Error(`oneHot: depth must be a non-negative integer, got ${describeValue(depth)}`);
  checkSize('oneHot', [...idx.shape, depth]);
  return asTensorOf(equal(expandDims(idx, -1), arange(depth)), 'float32');
}

/**
 * The mean over the batch of -log(softmax(logits)[label]), computed stably (large logits do not overflow). Labels out of range throw.
 *
 * @param logits - Unnormalized scores, shape [..., classes].
 * @param labels - int32 class ids, shape [...] (the logits' shape without the last axis).
 * @returns A 0-d float tensor.
 * @example
 * ```ts
 * const logits = tj.tensor([[2, 0, 0], [0, 0, 3]]);
 * tj.softmaxCrossEntropy(logits, tj.tensor([0, 2], { dtype: 'int32' })); // 0.1672
 * ```
 * @category Neural networks
 */
export function softmaxCrossEntropy(logits: TensorLike, labels: TensorLike): Tensor {
  const z = floatTensor('softmaxCrossEntropy', logits);
  const l = intLabels('softmaxCrossEntropy', labels);
  if (z.ndim === 0) throw new Error('softmaxCrossEntropy: logits must be at least 1-D [..., classes]');
  const batch = z.shape.slice(0, -1),
    c = z.shape[z.ndim - 1];
  if (l.ndim !== batch.length || l.shape.some((d, i) => d !== batch[i])) {
    throw new Error(
      `softmaxCrossEntropy: labels of shape ${fmtShape(l.shape)} do not match logits ${fmtShape(z.shape)} (expected labels ${fmtShape(batch)})`,
    );
  }
  const checked = bind('checkIndex', [l], { bound: c, op: 'softmaxCrossEntropy', what: 'label' });
  // -log softmax(z)[label] = log(sum(exp(z - shift))) + (shift - z[label]): no large terms cancel.
  const { shift, logSum } = shiftedLogSumExp(z, [z.ndim - 1]);
  const picked = sum(mul(sub(z, shift), asTensorOf(oneHot(checked, c), z.dtype)), -1);
  return mean(sub(reshape(logSum, batch), picked));
}

/**
 * The mean of -(y log(p) + (1 - y) log(1 - p)), with p clipped to [eps, 1 - eps] (eps 1e-7 for float32, 1e-12 for float64) so that it stays finite.
 *
 * @param p - Predicted probabilities in [0, 1].
 * @param y - Targets in [0, 1], broadcasting with p.
 * @returns A 0-d float tensor.
 * @example
 * ```ts
 * tj.binaryCrossEntropy(tj.tensor([0.5, 0.9]), tj.tensor([1, 1])); // 0.39925
 * ```
 * @category Neural networks
 */
export function binaryCrossEntropy(p: TensorLike, y: TensorLike): Tensor {
  const d = floatOf(promoted('binaryCrossEntropy', p, y));
  const pt = asTensorOf(p, d, 'binaryCrossEntropy'),
    yt = asTensorOf(y, d, 'binaryCrossEntropy');
  broadcastShapes('binaryCrossEntropy', pt.shape, yt.shape);
  const eps = d === 'float64' ? 1e-12 : 1e-7;
  const pc = clip(pt, eps, 1 - eps);
  return neg(mean(add(mul(yt, log(pc)), mul(sub(1, yt), log(sub(1, pc))))));
}

/**
 * A size given for both spatial axes, or as [height, width].
 * @category Types
 */
export type Pair = number | readonly [number, number];
/**
 * Padding of {@link conv2d} and the pools: one number for every side, [height, width],
 * [top, bottom, left, right], `'valid'` (none), or `'same'` (so that the output size is
 * ceil(input / stride)).
 * @category Types
 */
export type Padding = number | readonly [number, number] | readonly [number, number, number, number] | 'valid' | 'same';
/**
 * Options of {@link conv2d}.
 * @category Types
 */
export interface Conv2dOptions {
  /** The step between windows (default 1). */
  stride?: Pair;
  /** Padding of the input (default 0). */
  padding?: Padding;
  /** The spacing between kernel elements (default 1). */
  dilation?: Pair;
  /** Input and output channels split into this many groups (default 1). */
  groups?: number;
}
/**
 * Options of {@link maxPool2d} and {@link avgPool2d}.
 * @category Types
 */
export interface PoolOptions {
  /** The step between windows (default: the window size). */
  stride?: Pair;
  /** Padding of the input (default 0). */
  padding?: Padding;
}

function pair(op: string, name: string, v: Pair | undefined, dflt: number, min: number): [number, number] {
  const p: [number, number] = v === undefined ? [dflt, dflt] : typeof v === 'number' ? [v, v] : [v[0], v[1]];
  if (!Array.isArray(v) && typeof v !== 'number' && v !== undefined)
    throw new Error(`${op}: ${name} must be a number or a pair, got ${describeValue(v)}`);
  if (!p.every((x) => Number.isInteger(x) && x >= min))
    throw new Error(`${op}: ${name} must be integers >= ${min}, got ${JSON.stringify(v)}`);
  return p;
}

/** Padding as [top, bottom, left, right]; 'same' pads so that out = ceil(in / stride). */
function paddingOf(
  op: string,
  p: Padding | undefined,
  hw: readonly number[],
  k: readonly number[],
  stride: readonly number[],
  dil: readonly number[],
): [number, number, number, number] {
  if (p === undefined || p === 'valid') return [0, 0, 0, 0];
  if (p === 'same') {
    const total = [0, 1].map((i) =>
      Math.max(0, (Math.ceil(hw[i] / stride[i]) - 1) * stride[i] + dil[i] * (k[i] - 1) + 1 - hw[i]),
    );
    return [Math.floor(total[0] / 2), Math.ceil(total[0] / 2), Math.floor(total[1] / 2), Math.ceil(total[1] / 2)];
  }
  const q =
    typeof p === 'number'
      ? [p, p, p, p]
      : Array.isArray(p) && p.length === 2
        ? [p[0], p[0], p[1], p[1]]
        : Array.isArray(p) && p.length === 4
          ? p.slice()
          : null;
  if (q === null || !q.every((x) => Number.isInteger(x) && x >= 0)) {
    throw new Error(
      `${op}: padding must be a non-negative integer, [h, w], [top, bottom, left, right], 'valid' or 'same'; got ${JSON.stringify(p)}`,
    );
  }
  return q as [number, number, number, number];
}

/**
 * 2-D convolution (cross-correlation, as in deep-learning frameworks) of an NCHW input with OIHW weights.
 *
 * @param x - The input, shape [N, C, H, W].
 * @param w - The weights, shape [O, C / groups, KH, KW].
 * @param options - `stride` (default 1), `padding` (a {@link Padding}, default 0), `dilation` (default 1), `groups` (default 1).
 * @returns Shape [N, O, OH, OW].
 * @example
 * ```ts
 * const x = tj.ones([1, 1, 4, 4]), w = tj.ones([2, 1, 3, 3]);
 * tj.conv2d(x, w).shape;                      // [1, 2, 2, 2]
 * tj.conv2d(x, w, { padding: 'same' }).shape; // [1, 2, 4, 4]
 * ```
 * @category Neural networks
 */
export function conv2d(x: TensorLike, w: TensorLike, options: Conv2dOptions = {}): Tensor {
  const xt = asTensor('conv2d', x),
    wt = asTensor('conv2d', w);
  const opts = checkOptions('conv2d', options, ['stride', 'padding', 'dilation', 'groups']);
  if (xt.ndim !== 4 || wt.ndim !== 4)
    throw new Error(
      `conv2d: input and weights must be 4-D (NCHW, OIHW), got ${fmtShape(xt.shape)} and ${fmtShape(wt.shape)}`,
    );
  const stride = pair('conv2d', 'stride', opts.stride, 1, 1);
  const dilation = pair('conv2d', 'dilation', opts.dilation, 1, 1);
  const groups = opts.groups ?? 1;
  if (!Number.isInteger(groups) || groups < 1)
    throw new Error(`conv2d: groups must be a positive integer, got ${describeValue(groups)}`);
  const padding = paddingOf('conv2d', opts.padding, xt.shape.slice(2), wt.shape.slice(2), stride, dilation);
  let d = promoted('conv2d', xt, wt);
  if (d === 'bool') d = 'int32';
  return bind('conv2d', [asTensorOf(xt, d), asTensorOf(wt, d)], { stride, padding, dilation, groups });
}

/**
 * Pool arguments in the forms people write: pool(x, 2), pool(x, [2, 3], { stride, padding }),
 * pool(x, { kernelSize, stride, padding }), or pool(x, 2, 1) with the stride third.
 */
function poolArgs(
  op: string,
  x: TensorLike,
  kernel: Pair | (PoolOptions & { kernelSize?: Pair; kernel?: Pair }),
  opts?: PoolOptions | number,
) {
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

/**
 * 2-D max pooling over the last two axes of an NCHW input.
 *
 * @param x - The input, shape [N, C, H, W].
 * @param kernel - The window size (a number or [height, width]), or an object `{ kernelSize, stride?, padding? }`.
 * @param opts - `{ stride?, padding? }` (the stride defaults to the window size), or the stride as a number.
 * @example
 * ```ts
 * const x = tj.reshape(tj.arange(16), [1, 1, 4, 4]);
 * tj.maxPool2d(x, 2); // [[[[5, 7], [13, 15]]]]
 * ```
 * @category Neural networks
 */
export function maxPool2d(
  x: TensorLike,
  kernel: Pair | (PoolOptions & { kernelSize?: Pair }),
  opts?: PoolOptions | number,
): Tensor {
  const { t, params } = poolArgs('maxPool2d', x, kernel, opts);
  return bind('maxPool2d', [t.dtype === 'bool' ? asTensorOf(t, 'int32') : t], params);
}

/**
 * 2-D average pooling over the last two axes of an NCHW input; integer and bool inputs give float32.
 *
 * @param x - The input, shape [N, C, H, W].
 * @param kernel - The window size (a number or [height, width]), or an object `{ kernelSize, stride?, padding? }`.
 * @param opts - `{ stride?, padding? }` (the stride defaults to the window size), or the stride as a number.
 * @example
 * ```ts
 * const x = tj.reshape(tj.arange(16), [1, 1, 4, 4]);
 * tj.avgPool2d(x, 2); // [[[[2.5, 4.5], [10.5, 12.5]]]]
 * ```
 * @category Neural networks
 */
export function avgPool2d(
  x: TensorLike,
  kernel: Pair | (PoolOptions & { kernelSize?: Pair }),
  opts?: PoolOptions | number,
): Tensor {
  const { t, params } = poolArgs('avgPool2d', x, kernel, opts);
  return bind('avgPool2d', [asTensorOf(t, floatOf(t.dtype))], params);
}
