// The C renderers' scalar expressions: one C expression per elementwise primitive and dtype, over
// operands a, b, c (native/tj_scalar.h supplies the tj_ helpers). test/scalar-c.test.ts checks each
// against the eager JS kernels. (The float32 forms matching SIMD lanes exactly, tj_*f_s of
// native/tj_simd.h, belong with the vector forms in the C renderer.)

import { isFloat, type DType } from '../../runtime/dtype.js';
import { byDtype, type ScalarFn } from '../../runtime/kernels/scalar-js.js';
import type { ElementwisePrim } from '../../runtime/primitives/types.js';

const C_TYPE: Record<DType, string> = { float32: 'float', float64: 'double', int32: 'int32_t', bool: 'uint8_t' };

/** A float function: f / ff in C. */
const mathFn = (c: string) => byDtype({ float32: `${c}f(a)`, float64: `${c}(a)` });
const cmp = (op: string) => byDtype(`(a ${op} b)`);

export const SCALAR_C: { readonly [P in ElementwisePrim]: ScalarFn } = {
  neg: byDtype({ int32: '(int32_t)(0u - (uint32_t)a)', default: '(-a)' }),
  abs: byDtype({ int32: '(a < 0 ? (int32_t)(0u - (uint32_t)a) : a)', float32: 'fabsf(a)', float64: 'fabs(a)' }),
  sign: byDtype('(a > 0 ? 1 : a < 0 ? -1 : a)'),
  exp: byDtype({ float32: 'expf(a)', float64: 'exp(a)' }),
  expm1: mathFn('expm1'),
  log: mathFn('log'),
  log1p: mathFn('log1p'),
  sqrt: mathFn('sqrt'),
  rsqrt: byDtype({ float32: '(1.0f / sqrtf(a))', float64: '(1.0 / sqrt(a))' }),
  sin: mathFn('sin'),
  cos: mathFn('cos'),
  tan: mathFn('tan'),
  tanh: byDtype({ float32: 'tanhf(a)', float64: 'tanh(a)' }),
  sigmoid: byDtype({ float32: 'tj_sigmoidf(a)', float64: 'tj_sigmoid(a)' }),
  erf: byDtype({ float32: 'erff(a)', float64: 'erf(a)' }),
  floor: byDtype({ int32: 'a', float32: 'floorf(a)', float64: 'floor(a)' }),
  ceil: byDtype({ int32: 'a', float32: 'ceilf(a)', float64: 'ceil(a)' }),
  round: byDtype({ int32: 'a', float32: 'rintf(a)', float64: 'rint(a)' }),
  isnan: byDtype({ default: '(a != a)', int32: '0', bool: '0' }),
  isfinite: byDtype({ default: '(a - a == 0)', int32: '1', bool: '1' }),
  square: byDtype({ int32: '(int32_t)((uint32_t)a * (uint32_t)a)', default: '(a * a)' }),
  logicalNot: byDtype('(a ^ 1)'),
  cast: (from, to) => (to === 'bool' ? '(a != 0)' : to === 'int32' && isFloat(from) ? 'tj_f2i(a)' : `(${C_TYPE[to]})a`),
  add: byDtype({ int32: '(int32_t)((uint32_t)a + (uint32_t)b)', bool: '(a | b)', default: '(a + b)' }),
  sub: byDtype({ int32: '(int32_t)((uint32_t)a - (uint32_t)b)', default: '(a - b)' }),
  mul: byDtype({ int32: '(int32_t)((uint32_t)a * (uint32_t)b)', bool: '(a & b)', default: '(a * b)' }),
  div: byDtype('(a / b)'),
  pow: byDtype({ int32: 'tj_ipow(a, b)', float32: 'powf(a, b)', float64: 'pow(a, b)' }),
  maximum: byDtype({ float32: 'tj_fmaxf(a, b)', float64: 'tj_fmax(a, b)', default: '(a > b ? a : b)' }),
  minimum: byDtype({ float32: 'tj_fminf(a, b)', float64: 'tj_fmin(a, b)', default: '(a < b ? a : b)' }),
  mod: byDtype({ int32: 'tj_imod(a, b)', float32: 'tj_fmodf(a, b)', float64: 'tj_fmod(a, b)' }),
  equal: cmp('=='),
  notEqual: cmp('!='),
  less: cmp('<'),
  lessEqual: cmp('<='),
  greater: cmp('>'),
  greaterEqual: cmp('>='),
  logicalAnd: byDtype('(a & b)'),
  logicalOr: byDtype('(a | b)'),
  where: byDtype('(a ? b : c)'),
};

/** The C expression of elementwise primitive `op` for the given input and output dtypes. */
export function scalarC(op: ElementwisePrim, inDtype: DType, outDtype: DType): string {
  return SCALAR_C[op](inDtype, outDtype);
}
