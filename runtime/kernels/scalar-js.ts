// The JS scalar expression of every elementwise primitive per dtype: one table, read by the eager
// elementwise kernels (runtime/kernels/elementwise.ts compiles them into loops) and by the JS tier's
// renderer (jit/render/scalar-js.ts), so eager and compiled results agree bit for bit.

import { isFloat, type DType } from '../dtype.js';
import type { ElementwisePrim } from '../primitives/types.js';

/** An expression given per input dtype, with a default for the rest. */
export type Expr = string | Partial<Record<DType | 'default', string>>;
/** A scalar expression over operands a, b, c, given the input and output dtypes. */
export type ScalarFn = (inDtype: DType, outDtype: DType) => string;

/** A scalar expression chosen by input dtype. */
export function byDtype(e: Expr): ScalarFn {
  return (d) => {
    if (typeof e === 'string') return e;
    const s = e[d] ?? e.default;
    if (s === undefined) throw new Error(`internal: no scalar expression for dtype ${d}`);
    return s;
  };
}

const cmp = (op: string) => byDtype(`(a ${op} b ? 1 : 0)`);

function castJs(from: DType, to: DType): string {
  if (from === to) return 'a';
  if (to === 'bool') return '(a !== 0 ? 1 : 0)';
  if (to === 'int32' && isFloat(from)) return '(Math.trunc(a) | 0)';
  return 'a'; // widening, or float64 to float32 where the Float32Array store rounds
}

/** JS expressions over operands a, b, c; helpers (runtime/kernels/scalar-helpers.ts) are reachable as H.name. */
export const SCALAR_JS: { readonly [P in ElementwisePrim]: ScalarFn } = {
  neg: byDtype({ int32: '(-a | 0)', default: '-a' }),
  abs: byDtype({ int32: '(a < 0 ? -a | 0 : a)', default: 'Math.abs(a)' }),
  sign: byDtype('(a > 0 ? 1 : a < 0 ? -1 : a)'),
  exp: byDtype({ float32: 'H.expf(a)', float64: 'Math.exp(a)' }),
  expm1: byDtype('Math.expm1(a)'),
  log: byDtype('Math.log(a)'),
  log1p: byDtype('Math.log1p(a)'),
  sqrt: byDtype('Math.sqrt(a)'),
  rsqrt: byDtype('1 / Math.sqrt(a)'),
  sin: byDtype('Math.sin(a)'),
  cos: byDtype('Math.cos(a)'),
  tan: byDtype('Math.tan(a)'),
  tanh: byDtype({ float32: 'H.tanhf(a)', float64: 'Math.tanh(a)' }),
  sigmoid: byDtype({ float32: 'H.sigmoidf(a)', float64: 'H.sigmoid(a)' }),
  erf: byDtype('H.erf(a)'),
  floor: byDtype({ int32: 'a', default: 'Math.floor(a)' }),
  ceil: byDtype({ int32: 'a', default: 'Math.ceil(a)' }),
  round: byDtype({ int32: 'a', default: 'H.roundEven(a)' }),
  isnan: byDtype({ default: '(a !== a ? 1 : 0)', int32: '0', bool: '0' }),
  isfinite: byDtype({ default: '(a - a === 0 ? 1 : 0)', int32: '1', bool: '1' }),
  square: byDtype({ int32: 'Math.imul(a, a)', default: '(a * a)' }),
  logicalNot: byDtype('(a ^ 1)'),
  cast: castJs,
  add: byDtype({ int32: '((a + b) | 0)', bool: '(a | b)', default: '(a + b)' }),
  sub: byDtype({ int32: '((a - b) | 0)', default: '(a - b)' }),
  mul: byDtype({ int32: 'Math.imul(a, b)', bool: '(a & b)', default: '(a * b)' }),
  div: byDtype('(a / b)'),
  pow: byDtype({ int32: 'H.ipow(a, b)', default: 'H.fpow(a, b)' }),
  maximum: byDtype({ float32: 'H.fmax(a, b)', float64: 'H.fmax(a, b)', default: '(a > b ? a : b)' }),
  minimum: byDtype({ float32: 'H.fmin(a, b)', float64: 'H.fmin(a, b)', default: '(a < b ? a : b)' }),
  mod: byDtype({ int32: 'H.imod(a, b)', default: 'H.fmod(a, b)' }),
  equal: cmp('==='),
  notEqual: cmp('!=='),
  less: cmp('<'),
  lessEqual: cmp('<='),
  greater: cmp('>'),
  greaterEqual: cmp('>='),
  logicalAnd: byDtype('(a & b)'),
  logicalOr: byDtype('(a | b)'),
  where: byDtype('(a ? b : c)'),
};

/** The JS expression of elementwise primitive `op` for the given input and output dtypes. */
export function scalarJs(op: ElementwisePrim, inDtype: DType, outDtype: DType): string {
  return SCALAR_JS[op](inDtype, outDtype);
}
