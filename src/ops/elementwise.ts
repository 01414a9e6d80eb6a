// Elementwise ops: dtype policy per op (promotion, float results, bool results), then bind.

import type { DType } from '../../runtime/dtype.js';
import { broadcastShapes } from '../../runtime/shape.js';
import type { BinaryPrim, UnaryPrim } from '../../runtime/primitives/index.js';
import { bind, EMPTY, isEager } from '../dispatch.js';
import { Tensor } from '../tensor.js';
import { asTensor, asTensorOf, floatOf, promoted, type Scalar, type TensorLike } from './coerce.js';

/** What an op does with input dtypes: keep them, require a float result, or work on bools. */
type Policy = 'numeric' | 'float' | 'any' | 'logical';

function inputDtype(op: string, policy: Policy, d: DType): DType {
  switch (policy) {
    case 'numeric':
      return d === 'bool' ? 'int32' : d;
    case 'float':
      return floatOf(d);
    case 'any':
      return d;
    case 'logical':
      return 'bool';
  }
  throw new Error(`internal: ${op}`);
}

function unary(prim: Exclude<UnaryPrim, 'cast'>, policy: Policy) {
  return (x: TensorLike): Tensor => {
    const t = asTensor(prim, x);
    return bind(prim, [asTensorOf(t, inputDtype(prim, policy, t.dtype))], EMPTY);
  };
}

/**
 * -x, elementwise. Bool input is computed as int32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.neg(tj.tensor([1, -2])); // [-1, 2]
 * ```
 * @category Elementwise
 */
export const neg = unary('neg', 'numeric');
/**
 * |x|, elementwise. Bool input is computed as int32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.abs(tj.tensor([-1.5, 2])); // [1.5, 2]
 * ```
 * @category Elementwise
 */
export const abs = unary('abs', 'numeric');
/**
 * The sign of x, elementwise: -1, 0 or 1 (NaN stays NaN). Bool input is computed as int32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.sign(tj.tensor([-2, 0, 3])); // [-1, 0, 1]
 * ```
 * @category Elementwise
 */
export const sign = unary('sign', 'numeric');
/**
 * e^x, elementwise. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.exp(tj.tensor([0, 1])); // [1, 2.7182817]
 * ```
 * @category Elementwise
 */
export const exp = unary('exp', 'float');
/**
 * e^x - 1, elementwise, accurate for small x. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.expm1(tj.tensor([1e-10])); // [1e-10]
 * ```
 * @category Elementwise
 */
export const expm1 = unary('expm1', 'float');
/**
 * The natural logarithm, elementwise (NaN below 0, -Infinity at 0). Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.log(tj.tensor([1, Math.E])); // [0, 1]
 * ```
 * @category Elementwise
 */
export const log = unary('log', 'float');
/**
 * log(1 + x), elementwise, accurate for small x. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.log1p(tj.tensor([1e-10])); // [1e-10]
 * ```
 * @category Elementwise
 */
export const log1p = unary('log1p', 'float');
/**
 * The square root, elementwise (NaN below 0). Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.sqrt(tj.tensor([4, 9])); // [2, 3]
 * ```
 * @category Elementwise
 */
export const sqrt = unary('sqrt', 'float');
/**
 * 1 / sqrt(x), elementwise. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.rsqrt(tj.tensor([4, 16])); // [0.5, 0.25]
 * ```
 * @category Elementwise
 */
export const rsqrt = unary('rsqrt', 'float');
/**
 * The sine (radians), elementwise. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.sin(tj.tensor([0, Math.PI / 2])); // [0, 1]
 * ```
 * @category Elementwise
 */
export const sin = unary('sin', 'float');
/**
 * The cosine (radians), elementwise. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.cos(tj.tensor([0, Math.PI])); // [1, -1]
 * ```
 * @category Elementwise
 */
export const cos = unary('cos', 'float');
/**
 * The tangent (radians), elementwise. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.tan(tj.tensor([0, Math.PI / 4])); // [0, 1]
 * ```
 * @category Elementwise
 */
export const tan = unary('tan', 'float');
/**
 * The hyperbolic tangent, elementwise. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.tanh(tj.tensor([0, 100])); // [0, 1]
 * ```
 * @category Elementwise
 */
export const tanh = unary('tanh', 'float');
/**
 * The logistic function 1 / (1 + e^-x), elementwise. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.sigmoid(tj.tensor([0, 100])); // [0.5, 1]
 * ```
 * @category Elementwise
 */
export const sigmoid = unary('sigmoid', 'float');
/**
 * The Gauss error function, elementwise. Integer and bool inputs give float32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.erf(tj.tensor([0, 3])); // [0, 0.9999779]
 * ```
 * @category Elementwise
 */
export const erf = unary('erf', 'float');
/**
 * The largest integer <= x, elementwise; integer tensors are unchanged. Bool input is computed as int32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.floor(tj.tensor([1.5, -1.5])); // [1, -2]
 * ```
 * @category Elementwise
 */
export const floor = unary('floor', 'numeric');
/**
 * The smallest integer >= x, elementwise; integer tensors are unchanged. Bool input is computed as int32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.ceil(tj.tensor([1.5, -1.5])); // [2, -1]
 * ```
 * @category Elementwise
 */
export const ceil = unary('ceil', 'numeric');
/**
 * x rounded to the nearest integer, halves to even (as NumPy), elementwise. Bool input is computed as int32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.round(tj.tensor([0.5, 1.5, 2.7])); // [0, 2, 3]
 * ```
 * @category Elementwise
 */
export const round = unary('round', 'numeric');
/**
 * Whether x is NaN, elementwise: a bool tensor.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.isnan(tj.tensor([1, NaN])); // [false, true]
 * ```
 * @category Comparison and logic
 */
export const isnan = unary('isnan', 'any');
/**
 * Whether x is finite (not NaN or ±Infinity), elementwise: a bool tensor.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.isfinite(tj.tensor([1, Infinity, NaN])); // [true, false, false]
 * ```
 * @category Comparison and logic
 */
export const isfinite = unary('isfinite', 'any');
/**
 * Logical not, elementwise: x is cast to bool (non-zero is true), the result is bool.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.logicalNot(tj.tensor([true, false])); // [false, true]
 * ```
 * @category Comparison and logic
 */
export const logicalNot = unary('logicalNot', 'logical');

function binary(prim: BinaryPrim, policy: Policy) {
  return (a: TensorLike, b: TensorLike): Tensor => {
    const d = inputDtype(prim, policy, promoted(prim, a, b));
    return bind(prim, [asTensorOf(a, d, prim), asTensorOf(b, d, prim)], EMPTY);
  };
}

/**
 * a + b, elementwise, with NumPy broadcasting and promotion (JS numbers are weakly typed: they do not widen the other operand's dtype).
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.add(tj.tensor([1, 2]), 10); // [11, 12] float32
 * tj.add(tj.tensor([[1], [2]]), tj.tensor([10, 20])); // [[11, 21], [12, 22]]
 * ```
 * @category Elementwise
 */
export const add = binary('add', 'any');
/**
 * a * b, elementwise, with NumPy broadcasting and promotion.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.mul(tj.tensor([1, 2]), tj.tensor([3, 4])); // [3, 8]
 * ```
 * @category Elementwise
 */
export const mul = binary('mul', 'any');
const subtract = binary('sub', 'any');
/**
 * a - b, elementwise, with NumPy broadcasting and promotion. Two bool operands throw (as in NumPy).
 *
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.sub(tj.tensor([5, 7]), 2); // [3, 5]
 * ```
 * @category Elementwise
 */
export function sub(a: TensorLike, b: TensorLike): Tensor {
  if (promoted('sub', a, b) === 'bool')
    throw new Error(
      'sub: subtracting bool from bool is not supported (as in NumPy); cast to int32 first or use logicalAnd/logicalNot',
    );
  return subtract(a, b);
}
/**
 * a / b, elementwise, with broadcasting. Always gives a float (int32 and bool operands give float32).
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.div(tj.tensor([1, 3], { dtype: 'int32' }), 2); // [0.5, 1.5] float32
 * ```
 * @category Elementwise
 */
export const div = binary('div', 'float');
/**
 * a raised to the power b, elementwise, with broadcasting and promotion (bool is computed as int32).
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.pow(tj.tensor([2, 3]), 2); // [4, 9]
 * ```
 * @category Elementwise
 */
export const pow = binary('pow', 'numeric');
/**
 * The larger of a and b, elementwise, with broadcasting (NaN propagates).
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.maximum(tj.tensor([1, 5]), 3); // [3, 5]
 * ```
 * @category Elementwise
 */
export const maximum = binary('maximum', 'any');
/**
 * The smaller of a and b, elementwise, with broadcasting (NaN propagates).
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.minimum(tj.tensor([1, 5]), 3); // [1, 3]
 * ```
 * @category Elementwise
 */
export const minimum = binary('minimum', 'any');
/**
 * The remainder of a / b with the sign of b (as NumPy's `mod` and Python's `%`), elementwise, with broadcasting.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.mod(tj.tensor([-7, 7]), 3); // [2, 1]
 * ```
 * @category Elementwise
 */
export const mod = binary('mod', 'numeric');
/**
 * a == b, elementwise, with broadcasting: a bool tensor.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.equal(tj.tensor([1, 2]), 2); // [false, true]
 * ```
 * @category Comparison and logic
 */
export const equal = binary('equal', 'any');
/**
 * a != b, elementwise, with broadcasting: a bool tensor.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.notEqual(tj.tensor([1, 2]), 2); // [true, false]
 * ```
 * @category Comparison and logic
 */
export const notEqual = binary('notEqual', 'any');
/**
 * a < b, elementwise, with broadcasting: a bool tensor.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.less(tj.tensor([1, 2]), 2); // [true, false]
 * ```
 * @category Comparison and logic
 */
export const less = binary('less', 'any');
/**
 * a <= b, elementwise, with broadcasting: a bool tensor.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.lessEqual(tj.tensor([1, 3]), 2); // [true, false]
 * ```
 * @category Comparison and logic
 */
export const lessEqual = binary('lessEqual', 'any');
/**
 * a > b, elementwise, with broadcasting: a bool tensor.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.greater(tj.tensor([1, 3]), 2); // [false, true]
 * ```
 * @category Comparison and logic
 */
export const greater = binary('greater', 'any');
/**
 * a >= b, elementwise, with broadcasting: a bool tensor.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.greaterEqual(tj.tensor([1, 2]), 2); // [false, true]
 * ```
 * @category Comparison and logic
 */
export const greaterEqual = binary('greaterEqual', 'any');
/**
 * Logical and, elementwise, with broadcasting: operands are cast to bool, the result is bool.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.logicalAnd(tj.tensor([true, true]), tj.tensor([true, false])); // [true, false]
 * ```
 * @category Comparison and logic
 */
export const logicalAnd = binary('logicalAnd', 'logical');
/**
 * Logical or, elementwise, with broadcasting: operands are cast to bool, the result is bool.
 *
 * @function
 * @param a - A tensor, or a JS number, boolean or array.
 * @param b - A tensor, or a JS number, boolean or array.
 * @returns A tensor of the broadcast shape of a and b.
 * @example
 * ```ts
 * tj.logicalOr(tj.tensor([false, false]), tj.tensor([true, false])); // [true, false]
 * ```
 * @category Comparison and logic
 */
export const logicalOr = binary('logicalOr', 'logical');

/**
 * Picks a where cond is true and b where it is false, elementwise, with broadcasting of all three.
 *
 * @param cond - The condition (cast to bool: non-zero is true).
 * @param a - Values where cond is true (a tensor or a JS number).
 * @param b - Values where cond is false; a and b promote to a common dtype.
 * @returns A tensor of the broadcast shape.
 * @example
 * ```ts
 * const x = tj.tensor([-1, 2, -3]);
 * tj.where(tj.greater(x, 0), x, 0); // [0, 2, 0]
 * ```
 * @category Comparison and logic
 */
export function where(cond: TensorLike, a: TensorLike, b: TensorLike): Tensor {
  const c = asTensorOf(cond, 'bool', 'where');
  const d = promoted('where', a, b);
  const x = asTensorOf(a, d, 'where'),
    y = asTensorOf(b, d, 'where');
  broadcastShapes('where', c.shape, x.shape, y.shape);
  return bind('where', [c, x, y], EMPTY);
}

/**
 * Limits x to [lo, hi], elementwise: minimum(maximum(x, lo), hi).
 *
 * @param x - The tensor to clip.
 * @param lo - The lower bound (a JS number or a tensor that broadcasts with x).
 * @param hi - The upper bound.
 * @example
 * ```ts
 * tj.clip(tj.tensor([-2, 0.5, 3]), 0, 1); // [0, 0.5, 1]
 * ```
 * @category Elementwise
 */
export function clip(x: TensorLike, lo: Scalar | Tensor, hi: Scalar | Tensor): Tensor {
  // JS numbers stay weakly typed; anything else must make a tensor, under clip's name.
  const args = [x, lo, hi].map((v) => (typeof v === 'number' || typeof v === 'boolean' ? v : asTensor('clip', v)));
  broadcastShapes('clip', ...args.filter((v): v is Tensor => v instanceof Tensor).map((v) => v.shape));
  return minimum(maximum(args[0], args[1]), args[2]);
}

/**
 * x * x, elementwise. Bool input is computed as int32.
 *
 * @function
 * @param x - A tensor, or a number, boolean or array (made into a tensor).
 * @returns A tensor of x's shape.
 * @example
 * ```ts
 * tj.square(tj.tensor([2, -3])); // [4, 9]
 * ```
 * @category Elementwise
 */
export const square = unary('square', 'numeric');

/**
 * 1 / x, elementwise; always a float (int32 and bool give float32).
 *
 * @param x - A tensor, or a number, boolean or array.
 * @example
 * ```ts
 * tj.reciprocal(tj.tensor([2, 4])); // [0.5, 0.25]
 * ```
 * @category Elementwise
 */
export function reciprocal(x: TensorLike): Tensor {
  return div(1, x);
}

/**
 * The rectified linear unit max(x, 0), elementwise, with gradient 0 at x = 0 (as TF, PyTorch and JAX). NaN stays NaN. Bool input is computed as int32.
 *
 * @param x - A tensor, or a number, boolean or array.
 * @example
 * ```ts
 * tj.relu(tj.tensor([-1, 0, 2])); // [0, 0, 2]
 * ```
 * @category Neural networks
 */
export function relu(x: TensorLike): Tensor {
  const t = asTensor('relu', x);
  const v = asTensorOf(t, inputDtype('relu', 'numeric', t.dtype));
  return isEager() ? maximum(v, 0) : where(lessEqual(v, 0), 0, v);
}

/**
 * log(1 + e^x), elementwise, computed as max(x, 0) + log1p(e^-|x|) so that it never overflows. Integer and bool inputs give float32.
 *
 * @param x - A tensor, or a number, boolean or array.
 * @example
 * ```ts
 * tj.softplus(tj.tensor([0, 1000])); // [0.6931472, 1000]
 * ```
 * @category Neural networks
 */
export function softplus(x: TensorLike): Tensor {
  const t = asTensor('softplus', x);
  const f = asTensorOf(t, floatOf(t.dtype));
  return add(maximum(f, 0), log1p(exp(neg(abs(f)))));
}
