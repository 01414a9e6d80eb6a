// Elementwise primitives: one record each, with dtype rules and the scalar expression per target.

import { allocate, isFloat, type DType } from '../dtype.js';
import { ElementwiseLoops } from '../kernels/elementwise.js';
import { broadcastShapes, sizeOf } from '../shape.js';
import * as ops from '../../src/ops/index.js';
import type { Tensor } from '../../src/tensor.js';
import type { Arr, Aval, BinaryPrim, ElementwisePrim, ElementwiseRule, JvpRule, ScalarExpr, UnaryPrim, VjpRule } from './types.js';

type Expr = string | Partial<Record<DType | 'default', string>>;

/** A scalar expression given per input dtype, with a default for the rest. */
function byDtype(js: Expr, c: Expr): ScalarExpr {
  const pick = (e: Expr, d: DType): string => {
    if (typeof e === 'string') return e;
    const s = e[d] ?? e.default;
    if (s === undefined) throw new Error(`internal: no scalar expression for dtype ${d}`);
    return s;
  };
  return { js: (d) => pick(js, d), c: (d) => pick(c, d) };
}

function sameInputDtypes(name: string, inputs: readonly Aval[], from: number): DType {
  const d = inputs[from].dtype;
  for (let i = from + 1; i < inputs.length; i++) {
    if (inputs[i].dtype !== d) throw new Error(`internal: ${name} got mixed dtypes ${inputs.map((x) => x.dtype).join(', ')}`);
  }
  return d;
}

/** Derivative rules of an elementwise primitive. */
interface Grad<P extends ElementwisePrim> { vjp: VjpRule<P>; jvp: JvpRule<P> }

function elementwise<P extends ElementwisePrim>(
  name: P,
  arity: number,
  allowed: readonly DType[],
  outDtype: (inDtype: DType, params: any) => DType,
  scalar: ScalarExpr,
  grad: Grad<P>,
): ElementwiseRule<P> {
  // Loops are cached per (input dtype, output dtype), the only things an expression depends on.
  const loops: Partial<Record<string, ElementwiseLoops>> = {};
  const dataFrom = name === 'where' ? 1 : 0;
  return {
    name, version: 1, kind: 'elementwise', scalar, vjp: grad.vjp, jvp: grad.jvp,
    infer(inputs, params) {
      if (inputs.length !== arity) throw new Error(`internal: ${name} takes ${arity} inputs, got ${inputs.length}`);
      const d = sameInputDtypes(name, inputs, dataFrom);
      if (!allowed.includes(d)) throw new Error(`${name}: dtype ${d} is not supported (expected one of ${allowed.join(', ')})`);
      if (name === 'where' && inputs[0].dtype !== 'bool') throw new Error(`internal: where condition must be bool, got ${inputs[0].dtype}`);
      if (arity === 1) return { shape: inputs[0].shape, dtype: outDtype(d, params) };
      return { shape: broadcastShapes(name, ...inputs.map((x) => x.shape)), dtype: outDtype(d, params) };
    },
    impl(inputs: readonly Arr[], _params, out) {
      const inDtype = inputs[dataFrom].dtype;
      const key = inDtype + out.dtype;
      let l = loops[key];
      if (l === undefined) l = loops[key] = new ElementwiseLoops(scalar.js(inDtype, out.dtype));
      const data = allocate(out.dtype, sizeOf(out.shape));
      if (arity === 1) l.run(data, [inputs[0].buf], [inputs[0].shape], out.shape);
      else l.run(data, inputs.map((x) => x.buf), inputs.map((x) => x.shape), out.shape);
      return data;
    },
  } as ElementwiseRule<P>;
}

/** A unary function with derivative d(x, out): ct·d backward, t·d forward. */
function smooth<P extends ElementwisePrim>(d: (x: Tensor, out: Tensor) => Tensor): Grad<P> {
  return {
    vjp: (ct, [x], out) => [ops.mul(ct, d(x, out))],
    jvp: ([t], [x], out) => ops.mul(t!, d(x, out)),
  };
}

/** A binary function with partial derivatives (da, db). */
function smooth2<P extends ElementwisePrim>(partials: (a: Tensor, b: Tensor, out: Tensor) => [Tensor, Tensor]): Grad<P> {
  return {
    vjp: (ct, [a, b], out) => { const [da, db] = partials(a, b, out); return [ops.mul(ct, da), ops.mul(ct, db)]; },
    jvp: ([ta, tb], [a, b], out) => {
      const [da, db] = partials(a, b, out);
      const parts = [ta && ops.mul(ta, da), tb && ops.mul(tb, db)].filter((x): x is Tensor => x !== null);
      return parts.length === 2 ? ops.add(parts[0], parts[1]) : parts[0];
    },
  };
}

/** Piecewise-constant or non-float results: no gradient flows. */
function flat<P extends ElementwisePrim>(): Grad<P> {
  return { vjp: (_ct, inputs) => inputs.map(() => null), jvp: () => null };
}

const sumOf = (xs: (Tensor | null)[]): Tensor | null => xs.reduce<Tensor | null>((acc, x) => (x === null ? acc : acc === null ? x : ops.add(acc, x)), null);
const TWO_OVER_SQRT_PI = 1.1283791670955126;

const ALL: readonly DType[] = ['bool', 'int32', 'float32', 'float64'];
const NUMERIC: readonly DType[] = ['int32', 'float32', 'float64'];
const FLOAT: readonly DType[] = ['float32', 'float64'];
const BOOL: readonly DType[] = ['bool'];
const same = (d: DType) => d;
const toBool = () => 'bool' as DType;

/** A float function: Math.f(a) in JS, f / ff in C. */
const mathFn = (js: string, c: string) => byDtype(js, { float32: `${c}f(a)`, float64: `${c}(a)` });

type UnaryTable = { [P in UnaryPrim]: ElementwiseRule<P> };
type BinaryTable = { [P in BinaryPrim]: ElementwiseRule<P> };

export const unaryRules: UnaryTable = {
  neg: elementwise('neg', 1, NUMERIC, same, byDtype({ int32: '(-a | 0)', default: '-a' }, { int32: '(int32_t)(0u - (uint32_t)a)', default: '(-a)' }),
    { vjp: (ct) => [ops.neg(ct)], jvp: ([t]) => ops.neg(t!) }),
  abs: elementwise('abs', 1, NUMERIC, same, byDtype({ int32: '(a < 0 ? -a | 0 : a)', default: 'Math.abs(a)' }, { int32: '(a < 0 ? (int32_t)(0u - (uint32_t)a) : a)', float32: 'fabsf(a)', float64: 'fabs(a)' }),
    smooth((x) => ops.sign(x))),
  sign: elementwise('sign', 1, NUMERIC, same, byDtype('(a > 0 ? 1 : a < 0 ? -1 : a)', '(a > 0 ? 1 : a < 0 ? -1 : a)'),
    flat()),
  exp: elementwise('exp', 1, FLOAT, same, byDtype({ float32: 'H.expf(a)', float64: 'Math.exp(a)' }, { float32: 'expf(a)', float64: 'exp(a)' }),
    smooth((_x, out) => out)),
  expm1: elementwise('expm1', 1, FLOAT, same, mathFn('Math.expm1(a)', 'expm1'),
    smooth((_x, out) => ops.add(out, 1))),
  log: elementwise('log', 1, FLOAT, same, mathFn('Math.log(a)', 'log'),
    smooth((x) => ops.reciprocal(x))),
  log1p: elementwise('log1p', 1, FLOAT, same, mathFn('Math.log1p(a)', 'log1p'),
    smooth((x) => ops.reciprocal(ops.add(x, 1)))),
  sqrt: elementwise('sqrt', 1, FLOAT, same, mathFn('Math.sqrt(a)', 'sqrt'),
    smooth((_x, out) => ops.div(0.5, out))),
  rsqrt: elementwise('rsqrt', 1, FLOAT, same, byDtype('1 / Math.sqrt(a)', { float32: '(1.0f / sqrtf(a))', float64: '(1.0 / sqrt(a))' }),
    smooth((x, out) => ops.div(ops.mul(out, -0.5), x))),
  sin: elementwise('sin', 1, FLOAT, same, mathFn('Math.sin(a)', 'sin'),
    smooth((x) => ops.cos(x))),
  cos: elementwise('cos', 1, FLOAT, same, mathFn('Math.cos(a)', 'cos'),
    smooth((x) => ops.neg(ops.sin(x)))),
  tan: elementwise('tan', 1, FLOAT, same, mathFn('Math.tan(a)', 'tan'),
    smooth((_x, out) => ops.add(ops.square(out), 1))),
  tanh: elementwise('tanh', 1, FLOAT, same, byDtype({ float32: 'H.tanhf(a)', float64: 'Math.tanh(a)' }, { float32: 'tanhf(a)', float64: 'tanh(a)' }),
    smooth((_x, out) => ops.sub(1, ops.square(out)))),
  sigmoid: elementwise('sigmoid', 1, FLOAT, same, byDtype({ float32: 'H.sigmoidf(a)', float64: 'H.sigmoid(a)' }, { float32: 'tj_sigmoidf(a)', float64: 'tj_sigmoid(a)' }),
    smooth((_x, out) => ops.mul(out, ops.sub(1, out)))),
  erf: elementwise('erf', 1, FLOAT, same, byDtype('H.erf(a)', { float32: 'erff(a)', float64: 'erf(a)' }),
    smooth((x) => ops.mul(ops.exp(ops.neg(ops.square(x))), TWO_OVER_SQRT_PI))),
  floor: elementwise('floor', 1, NUMERIC, same, byDtype({ int32: 'a', default: 'Math.floor(a)' }, { int32: 'a', float32: 'floorf(a)', float64: 'floor(a)' }),
    flat()),
  ceil: elementwise('ceil', 1, NUMERIC, same, byDtype({ int32: 'a', default: 'Math.ceil(a)' }, { int32: 'a', float32: 'ceilf(a)', float64: 'ceil(a)' }),
    flat()),
  round: elementwise('round', 1, NUMERIC, same, byDtype({ int32: 'a', default: 'H.roundEven(a)' }, { int32: 'a', float32: 'rintf(a)', float64: 'rint(a)' }),
    flat()),
  isnan: elementwise('isnan', 1, ALL, toBool, byDtype({ default: '(a !== a ? 1 : 0)', int32: '0', bool: '0' }, { default: '(a != a)', int32: '0', bool: '0' }),
    flat()),
  isfinite: elementwise('isfinite', 1, ALL, toBool, byDtype({ default: '(a - a === 0 ? 1 : 0)', int32: '1', bool: '1' }, { default: '(a - a == 0)', int32: '1', bool: '1' }),
    flat()),
  square: elementwise('square', 1, NUMERIC, same, byDtype({ int32: 'Math.imul(a, a)', default: '(a * a)' }, { int32: '(int32_t)((uint32_t)a * (uint32_t)a)', default: '(a * a)' }),
    smooth((x) => ops.mul(x, 2))),
  logicalNot: elementwise('logicalNot', 1, BOOL, same, byDtype('(a ^ 1)', '(a ^ 1)'),
    flat()),
  cast: elementwise('cast', 1, ALL, (_d, p: { dtype: DType }) => p.dtype, {
    js: (from, to) => castJs(from, to),
    c: (from, to) => (to === 'bool' ? '(a != 0)' : to === 'int32' && isFloat(from) ? 'tj_f2i(a)' : `(${C_TYPE[to]})a`),
  }, {
    // Between floats a cast is linear; from integers nothing flows.
    vjp: (ct, [x]) => [isFloat(x.dtype) ? ops.astype(ct, x.dtype) : null],
    jvp: ([t], [x], out) => (isFloat(x.dtype) ? ops.astype(t!, out.dtype) : null),
  }),
};

const C_TYPE: Record<DType, string> = { float32: 'float', float64: 'double', int32: 'int32_t', bool: 'uint8_t' };

function castJs(from: DType, to: DType): string {
  if (from === to) return 'a';
  if (to === 'bool') return '(a !== 0 ? 1 : 0)';
  if (to === 'int32' && isFloat(from)) return '(Math.trunc(a) | 0)';
  return 'a'; // widening, or float64 to float32 where the Float32Array store rounds
}

const cmp = <P extends BinaryPrim>(name: P, op: string) => elementwise(name, 2, ALL, toBool, byDtype(`(a ${op} b ? 1 : 0)`, `(a ${op === '===' ? '==' : op === '!==' ? '!=' : op} b)`), flat());

export const binaryRules: BinaryTable = {
  add: elementwise('add', 2, ALL, same, byDtype({ int32: '((a + b) | 0)', bool: '(a | b)', default: '(a + b)' }, { int32: '(int32_t)((uint32_t)a + (uint32_t)b)', bool: '(a | b)', default: '(a + b)' }),
    { vjp: (ct) => [ct, ct], jvp: (ts) => sumOf([...ts]) }),
  sub: elementwise('sub', 2, NUMERIC, same, byDtype({ int32: '((a - b) | 0)', default: '(a - b)' }, { int32: '(int32_t)((uint32_t)a - (uint32_t)b)', default: '(a - b)' }),
    { vjp: (ct) => [ct, ops.neg(ct)], jvp: ([ta, tb]) => (tb === null ? ta : ta === null ? ops.neg(tb) : ops.sub(ta, tb)) }),
  mul: elementwise('mul', 2, ALL, same, byDtype({ int32: 'Math.imul(a, b)', bool: '(a & b)', default: '(a * b)' }, { int32: '(int32_t)((uint32_t)a * (uint32_t)b)', bool: '(a & b)', default: '(a * b)' }),
    smooth2((a, b) => [b, a])),
  div: elementwise('div', 2, FLOAT, same, byDtype('(a / b)', '(a / b)'),
    smooth2((_a, b, out) => [ops.reciprocal(b), ops.neg(ops.div(out, b))])),
  pow: elementwise('pow', 2, NUMERIC, same, byDtype({ int32: 'H.ipow(a, b)', default: 'H.fpow(a, b)' }, { int32: 'tj_ipow(a, b)', float32: 'powf(a, b)', float64: 'pow(a, b)' }),
    smooth2((a, b, out) => [
    ops.where(ops.equal(b, 0), 0, ops.mul(b, ops.pow(a, ops.sub(b, 1)))),
    ops.mul(out, ops.where(ops.equal(a, 0), 0, ops.log(a))),
  ])),
  maximum: elementwise('maximum', 2, ALL, same, byDtype({ float32: 'H.fmax(a, b)', float64: 'H.fmax(a, b)', default: '(a > b ? a : b)' }, { float32: 'tj_fmaxf(a, b)', float64: 'tj_fmax(a, b)', default: '(a > b ? a : b)' }),
    smooth2((a, b) => { const da = ops.where(ops.greater(a, b), 1, ops.where(ops.equal(a, b), 0.5, 0)); return [da, ops.sub(1, da)]; })),
  minimum: elementwise('minimum', 2, ALL, same, byDtype({ float32: 'H.fmin(a, b)', float64: 'H.fmin(a, b)', default: '(a < b ? a : b)' }, { float32: 'tj_fminf(a, b)', float64: 'tj_fmin(a, b)', default: '(a < b ? a : b)' }),
    smooth2((a, b) => { const da = ops.where(ops.less(a, b), 1, ops.where(ops.equal(a, b), 0.5, 0)); return [da, ops.sub(1, da)]; })),
  mod: elementwise('mod', 2, NUMERIC, same, byDtype({ int32: 'H.imod(a, b)', default: 'H.fmod(a, b)' }, { int32: 'tj_imod(a, b)', float32: 'tj_fmodf(a, b)', float64: 'tj_fmod(a, b)' }),
    smooth2((a, b) => [ops.onesLike(a), ops.neg(ops.floor(ops.div(a, b)))])),
  equal: cmp('equal', '==='),
  notEqual: cmp('notEqual', '!=='),
  less: cmp('less', '<'),
  lessEqual: cmp('lessEqual', '<='),
  greater: cmp('greater', '>'),
  greaterEqual: cmp('greaterEqual', '>='),
  logicalAnd: elementwise('logicalAnd', 2, BOOL, same, byDtype('(a & b)', '(a & b)'),
    flat()),
  logicalOr: elementwise('logicalOr', 2, BOOL, same, byDtype('(a | b)', '(a | b)'),
    flat()),
};

export const whereRule: ElementwiseRule<'where'> = elementwise('where', 3, ALL, same, byDtype('(a ? b : c)', '(a ? b : c)'), {
  vjp: (ct, [c]) => [null, ops.where(c, ct, 0), ops.where(c, 0, ct)],
  jvp: ([, ta, tb], [c]) => ops.where(c, ta ?? 0, tb ?? 0),
});

