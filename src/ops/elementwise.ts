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
    case 'numeric': return d === 'bool' ? 'int32' : d;
    case 'float': return floatOf(d);
    case 'any': return d;
    case 'logical': return 'bool';
  }
  throw new Error(`internal: ${op}`);
}

function unary(prim: Exclude<UnaryPrim, 'cast'>, policy: Policy) {
  return (x: TensorLike): Tensor => {
    const t = asTensor(prim, x);
    return bind(prim, [asTensorOf(t, inputDtype(prim, policy, t.dtype))], EMPTY);
  };
}

export const neg = unary('neg', 'numeric');
export const abs = unary('abs', 'numeric');
export const sign = unary('sign', 'numeric');
export const exp = unary('exp', 'float');
export const expm1 = unary('expm1', 'float');
export const log = unary('log', 'float');
export const log1p = unary('log1p', 'float');
export const sqrt = unary('sqrt', 'float');
export const rsqrt = unary('rsqrt', 'float');
export const sin = unary('sin', 'float');
export const cos = unary('cos', 'float');
export const tan = unary('tan', 'float');
export const tanh = unary('tanh', 'float');
export const sigmoid = unary('sigmoid', 'float');
export const erf = unary('erf', 'float');
export const floor = unary('floor', 'numeric');
export const ceil = unary('ceil', 'numeric');
export const round = unary('round', 'numeric');
export const isnan = unary('isnan', 'any');
export const isfinite = unary('isfinite', 'any');
export const logicalNot = unary('logicalNot', 'logical');

function binary(prim: BinaryPrim, policy: Policy) {
  return (a: TensorLike, b: TensorLike): Tensor => {
    const d = inputDtype(prim, policy, promoted(prim, a, b));
    return bind(prim, [asTensorOf(a, d, prim), asTensorOf(b, d, prim)], EMPTY);
  };
}

export const add = binary('add', 'any');
export const mul = binary('mul', 'any');
const subtract = binary('sub', 'any');
export function sub(a: TensorLike, b: TensorLike): Tensor {
  if (promoted('sub', a, b) === 'bool') throw new Error('sub: subtracting bool from bool is not supported (as in NumPy); cast to int32 first or use logicalAnd/logicalNot');
  return subtract(a, b);
}
export const div = binary('div', 'float');
export const pow = binary('pow', 'numeric');
export const maximum = binary('maximum', 'any');
export const minimum = binary('minimum', 'any');
export const mod = binary('mod', 'numeric');
export const equal = binary('equal', 'any');
export const notEqual = binary('notEqual', 'any');
export const less = binary('less', 'any');
export const lessEqual = binary('lessEqual', 'any');
export const greater = binary('greater', 'any');
export const greaterEqual = binary('greaterEqual', 'any');
export const logicalAnd = binary('logicalAnd', 'logical');
export const logicalOr = binary('logicalOr', 'logical');

export function where(cond: TensorLike, a: TensorLike, b: TensorLike): Tensor {
  const c = asTensorOf(cond, 'bool', 'where');
  const d = promoted('where', a, b);
  const x = asTensorOf(a, d, 'where'), y = asTensorOf(b, d, 'where');
  broadcastShapes('where', c.shape, x.shape, y.shape);
  return bind('where', [c, x, y], EMPTY);
}

export function clip(x: TensorLike, lo: Scalar | Tensor, hi: Scalar | Tensor): Tensor {
  // JS numbers stay weakly typed; anything else must make a tensor, under clip's name.
  const args = [x, lo, hi].map((v) => (typeof v === 'number' || typeof v === 'boolean' ? v : asTensor('clip', v)));
  broadcastShapes('clip', ...args.filter((v): v is Tensor => v instanceof Tensor).map((v) => v.shape));
  return minimum(maximum(args[0], args[1]), args[2]);
}

export const square = unary('square', 'numeric');

export function reciprocal(x: TensorLike): Tensor {
  return div(1, x);
}

/**
 * max(x, 0) with gradient 0 at x = 0 (as TF, PyTorch and JAX), where maximum's would split the tie.
 * x <= 0 keeps NaN (NaN <= 0 is false) and turns -0 into 0, as maximum(x, 0) does. With nothing
 * to differentiate or trace it is maximum itself; compiled, the rewrite 'relu-as-maximum' turns
 * the where form back into one maximum (a SIMD max).
 */
export function relu(x: TensorLike): Tensor {
  const t = asTensor('relu', x);
  const v = asTensorOf(t, inputDtype('relu', 'numeric', t.dtype));
  return isEager() ? maximum(v, 0) : where(lessEqual(v, 0), 0, v);
}

/** log(1 + exp(x)) without overflow: max(x, 0) + log1p(exp(-|x|)). */
export function softplus(x: TensorLike): Tensor {
  const t = asTensor('softplus', x);
  const f = asTensorOf(t, floatOf(t.dtype));
  return add(maximum(f, 0), log1p(exp(neg(abs(f)))));
}
