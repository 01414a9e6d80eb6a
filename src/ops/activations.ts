// The layers JAX and PyTorch users reach for beyond relu: gelu, silu, leakyRelu, elu, layerNorm,
// dropout and the mean squared error; composites of the primitives, so they differentiate, trace,
// fuse and compile like any op.

import { broadcastShapes } from '../../runtime/shape.js';
import { describeValue } from '../errors.js';
import type { Tensor } from '../tensor.js';
import { asTensor, floatTensor, type TensorLike } from './coerce.js';
import { rand } from '../random.js';
import { add, div, erf, expm1, greater, greaterEqual, mul, rsqrt, sigmoid, square, sub, where } from './elementwise.js';
import { mean } from './reduce.js';

function checkNumber(op: string, name: string, v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new Error(`${op}: ${name} must be a finite number, got ${describeValue(v)}`);
  return v;
}

/**
 * The Gaussian error linear unit in its exact form, x·Φ(x) = x/2·(1 + erf(x/√2)), elementwise
 * (PyTorch's default `gelu`, JAX's `gelu(approximate=False)`). Integer and bool inputs give float32.
 *
 * @param x - A tensor, or a number or array.
 * @example
 * ```ts
 * tj.gelu(tj.tensor([-1, 0, 1]));  // [-0.1587, 0, 0.8413]
 * ```
 * @category Neural networks
 */
export function gelu(x: TensorLike): Tensor {
  const f = floatTensor('gelu', x);
  return mul(mul(f, 0.5), add(1, erf(mul(f, Math.SQRT1_2))));
}

/**
 * The sigmoid linear unit (swish), x·sigmoid(x), elementwise. Integer and bool inputs give float32.
 *
 * @param x - A tensor, or a number or array.
 * @example
 * ```ts
 * tj.silu(tj.tensor([-1, 0, 1]));  // [-0.2689, 0, 0.7311]
 * ```
 * @category Neural networks
 */
export function silu(x: TensorLike): Tensor {
  const f = floatTensor('silu', x);
  return mul(f, sigmoid(f));
}

/**
 * x where x > 0, else slope·x, elementwise. Integer and bool inputs give float32. NaN stays NaN.
 *
 * @param x - A tensor, or a number or array.
 * @param slope - The slope below 0 (default 0.01).
 * @example
 * ```ts
 * tj.leakyRelu(tj.tensor([-2, 3]));       // [-0.02, 3]
 * tj.leakyRelu(tj.tensor([-2, 3]), 0.5);  // [-1, 3]
 * ```
 * @category Neural networks
 */
export function leakyRelu(x: TensorLike, slope = 0.01): Tensor {
  const s = checkNumber('leakyRelu', 'slope', slope);
  const f = floatTensor('leakyRelu', x);
  return where(greater(f, 0), f, mul(f, s));
}

/**
 * The exponential linear unit: x where x > 0, else alpha·(e^x - 1), elementwise. Integer and bool
 * inputs give float32. NaN stays NaN.
 *
 * @param x - A tensor, or a number or array.
 * @param alpha - The scale of the negative part (default 1).
 * @example
 * ```ts
 * tj.elu(tj.tensor([-1, 2]));  // [-0.6321, 2]
 * ```
 * @category Neural networks
 */
export function elu(x: TensorLike, alpha = 1): Tensor {
  const a = checkNumber('elu', 'alpha', alpha);
  const f = floatTensor('elu', x);
  return where(greater(f, 0), f, mul(expm1(f), a));
}

/**
 * The mean squared error, mean((pred - target)²) over every element, as a scalar. The two must
 * have broadcastable shapes; integer inputs give float32.
 *
 * @param pred - The predictions.
 * @param target - The targets.
 * @example
 * ```ts
 * tj.mseLoss(tj.tensor([1, 2, 3]), tj.tensor([1, 0, 3]));  // 4/3
 * ```
 * @category Neural networks
 */
export function mseLoss(pred: TensorLike, target: TensorLike): Tensor {
  const p = floatTensor('mseLoss', pred),
    t = floatTensor('mseLoss', target);
  broadcastShapes('mseLoss', p.shape, t.shape);
  return mean(square(sub(p, t)));
}

/**
 * Layer normalization over the last axis: (x - mean) / sqrt(variance + eps), then times `gamma`
 * and plus `beta` where given (shape [last axis], or broadcastable to x). The variance is the
 * biased one, as in PyTorch's `layer_norm`. Integer inputs give float32.
 *
 * @param x - A tensor with at least one axis.
 * @param gamma - The scale (optional).
 * @param beta - The shift (optional).
 * @param eps - Added to the variance (default 1e-5).
 * @example
 * ```ts
 * tj.layerNorm(tj.tensor([[1, 2, 3]]));  // [[-1.2247, 0, 1.2247]]
 * ```
 * @category Neural networks
 */
export function layerNorm(x: TensorLike, gamma?: TensorLike, beta?: TensorLike, eps = 1e-5): Tensor {
  const f = floatTensor('layerNorm', x);
  if (f.ndim === 0) throw new Error('layerNorm: x must have at least one axis, got a 0-d tensor');
  const e = checkNumber('layerNorm', 'eps', eps);
  if (e < 0) throw new Error(`layerNorm: eps must not be negative, got ${e}`);
  for (const [name, p] of [
    ['gamma', gamma],
    ['beta', beta],
  ] as const)
    if (p !== undefined) broadcastShapes(`layerNorm (${name})`, f.shape, asTensor('layerNorm', p).shape);
  const mu = mean(f, -1, true);
  const centered = sub(f, mu);
  let y = mul(centered, rsqrt(add(mean(square(centered), -1, true), e)));
  if (gamma !== undefined) y = mul(y, gamma);
  if (beta !== undefined) y = add(y, beta);
  return y;
}

/**
 * Dropout: while `training`, each element is kept with probability 1 - rate and scaled by
 * 1/(1 - rate), else set to 0 (draws from the seeded default generator, so runs repeat after
 * {@link seed}); not training, x itself. Integer inputs give float32.
 *
 * @param x - A tensor.
 * @param rate - The probability of dropping an element, in [0, 1).
 * @param training - Whether to drop (default true).
 * @example
 * ```ts
 * tj.seed(0);
 * tj.dropout(tj.ones([4]), 0.5);          // each element 0 or 2
 * tj.dropout(tj.ones([4]), 0.5, false);   // [1, 1, 1, 1]
 * ```
 * @category Neural networks
 */
export function dropout(x: TensorLike, rate: number, training = true): Tensor {
  const r = checkNumber('dropout', 'rate', rate);
  if (r < 0 || r >= 1) throw new Error(`dropout: rate must be in [0, 1), got ${r}`);
  if (typeof training !== 'boolean')
    throw new Error(`dropout: training must be a boolean, got ${describeValue(training)}`);
  const f = floatTensor('dropout', x);
  if (!training || r === 0) return f;
  const keep = greaterEqual(rand(f.shape, f.dtype === 'float64' ? 'float64' : 'float32'), r);
  return where(keep, div(f, 1 - r), 0);
}
