// The activation functions JAX and PyTorch users reach for beyond relu: gelu, silu, leakyRelu,
// elu, and the mean squared error; composites of the primitives, so they differentiate, trace,
// fuse and compile like any op.

import { broadcastShapes } from '../../runtime/shape.js';
import { describeValue } from '../errors.js';
import type { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, floatOf, type TensorLike } from './coerce.js';
import { add, erf, expm1, greater, mul, sigmoid, square, sub, where } from './elementwise.js';
import { mean } from './reduce.js';

/** x as a float tensor (int32 and bool as float32), for the ops whose values are not integers. */
function floatInput(op: string, x: TensorLike): Tensor {
  const t = asTensor(op, x);
  return asTensorOf(t, floatOf(t.dtype));
}

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
  const f = floatInput('gelu', x);
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
  const f = floatInput('silu', x);
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
  const f = floatInput('leakyRelu', x);
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
  const f = floatInput('elu', x);
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
  const p = floatInput('mseLoss', pred),
    t = floatInput('mseLoss', target);
  broadcastShapes('mseLoss', p.shape, t.shape);
  return mean(square(sub(p, t)));
}
