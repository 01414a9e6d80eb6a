// Elementwise ops: dtype policy per op (promotion, float results, bool results), then bind.

import type { DType } from '../../runtime/dtype.js';
import { broadcastShapes } from '../../runtime/shape.js';
import type { BinaryPrim, UnaryPrim } from '../../runtime/primitives/index.js';
import { bind, EMPTY } from '../dispatch.js';
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
  const c = asTensorOf(cond, 'bool');
  const d = promoted('where', a, b);
  return bind('where', [c, asTensorOf(a, d, 'where'), asTensorOf(b, d, 'where')], EMPTY);
}

export function clip(x: TensorLike, lo: Scalar | Tensor, hi: Scalar | Tensor): Tensor {
  const shapes = [x, lo, hi].filter((v): v is Tensor => v instanceof Tensor).map((v) => v.shape);
  broadcastShapes('clip', ...shapes);
  return minimum(maximum(x, lo), hi);
}

export const square = unary('square', 'numeric');

export function reciprocal(x: TensorLike): Tensor {
  return div(1, x);
}

export function relu(x: TensorLike): Tensor {
  const t = asTensor('relu', x);
  return maximum(asTensorOf(t, inputDtype('relu', 'numeric', t.dtype)), 0);
}

/** log(1 + exp(x)) without overflow: max(x, 0) + log1p(exp(-|x|)). */
export function softplus(x: TensorLike): Tensor {
  const t = asTensor('softplus', x);
  const f = asTensorOf(t, floatOf(t.dtype));
  return add(maximum(f, 0), log1p(exp(neg(abs(f)))));
}
