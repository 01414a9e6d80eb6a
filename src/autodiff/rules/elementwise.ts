// Derivative rules of the elementwise primitives.

import { isFloat } from '../../../runtime/dtype.js';
import type { BinaryPrim, ElementwisePrim, UnaryPrim } from '../../../runtime/primitives/types.js';
import * as ops from '../../ops/index.js';
import type { Tensor } from '../../tensor.js';
import type { Grad } from '../rule-types.js';

/** A unary function with derivative d(x, out): ct·d backward, t·d forward. */
function smooth<P extends ElementwisePrim>(d: (x: Tensor, out: Tensor) => Tensor): Grad<P> {
  return {
    vjp: (ct, [x], out) => [ops.mul(ct, d(x, out))],
    jvp: ([t], [x], out) => ops.mul(t!, d(x, out)),
  };
}

/** A binary function with partial derivatives (da, db). */
function smooth2<P extends ElementwisePrim>(
  partials: (a: Tensor, b: Tensor, out: Tensor) => [Tensor, Tensor],
): Grad<P> {
  return {
    vjp: (ct, [a, b], out) => {
      const [da, db] = partials(a, b, out);
      return [ops.mul(ct, da), ops.mul(ct, db)];
    },
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

const sumOf = (xs: (Tensor | null)[]): Tensor | null =>
  xs.reduce<Tensor | null>((acc, x) => (x === null ? acc : acc === null ? x : ops.add(acc, x)), null);
const TWO_OVER_SQRT_PI = 1.1283791670955126;

export const unaryGrads: { [P in UnaryPrim]: Grad<P> } = {
  neg: { vjp: (ct) => [ops.neg(ct)], jvp: ([t]) => ops.neg(t!) },
  abs: smooth((x) => ops.sign(x)),
  sign: flat(),
  exp: smooth((_x, out) => out),
  expm1: smooth((_x, out) => ops.add(out, 1)),
  log: smooth((x) => ops.reciprocal(x)),
  log1p: smooth((x) => ops.reciprocal(ops.add(x, 1))),
  sqrt: smooth((_x, out) => ops.div(0.5, out)),
  rsqrt: smooth((x, out) => ops.div(ops.mul(out, -0.5), x)),
  sin: smooth((x) => ops.cos(x)),
  cos: smooth((x) => ops.neg(ops.sin(x))),
  tan: smooth((_x, out) => ops.add(ops.square(out), 1)),
  tanh: smooth((_x, out) => ops.sub(1, ops.square(out))),
  sigmoid: smooth((_x, out) => ops.mul(out, ops.sub(1, out))),
  erf: smooth((x) => ops.mul(ops.exp(ops.neg(ops.square(x))), TWO_OVER_SQRT_PI)),
  floor: flat(),
  ceil: flat(),
  round: flat(),
  isnan: flat(),
  isfinite: flat(),
  square: smooth((x) => ops.mul(x, 2)),
  logicalNot: flat(),
  cast: {
    // Between floats a cast is linear; from integers nothing flows.
    vjp: (ct, [x]) => [isFloat(x.dtype) ? ops.astype(ct, x.dtype) : null],
    jvp: ([t], [x], out) => (isFloat(x.dtype) ? ops.astype(t!, out.dtype) : null),
  },
};

export const binaryGrads: { [P in BinaryPrim]: Grad<P> } = {
  add: { vjp: (ct) => [ct, ct], jvp: (ts) => sumOf([...ts]) },
  sub: {
    vjp: (ct) => [ct, ops.neg(ct)],
    jvp: ([ta, tb]) => (tb === null ? ta : ta === null ? ops.neg(tb) : ops.sub(ta, tb)),
  },
  mul: smooth2((a, b) => [b, a]),
  div: smooth2((_a, b, out) => [ops.reciprocal(b), ops.neg(ops.div(out, b))]),
  pow: smooth2((a, b, out) => [
    ops.where(ops.equal(b, 0), 0, ops.mul(b, ops.pow(a, ops.sub(b, 1)))),
    ops.mul(out, ops.where(ops.equal(a, 0), 0, ops.log(a))),
  ]),
  maximum: smooth2((a, b) => {
    const da = ops.where(ops.greater(a, b), 1, ops.where(ops.equal(a, b), 0.5, 0));
    return [da, ops.sub(1, da)];
  }),
  minimum: smooth2((a, b) => {
    const da = ops.where(ops.less(a, b), 1, ops.where(ops.equal(a, b), 0.5, 0));
    return [da, ops.sub(1, da)];
  }),
  mod: smooth2((a, b) => [ops.onesLike(a), ops.neg(ops.floor(ops.div(a, b)))]),
  equal: flat(),
  notEqual: flat(),
  less: flat(),
  lessEqual: flat(),
  greater: flat(),
  greaterEqual: flat(),
  logicalAnd: flat(),
  logicalOr: flat(),
};

export const whereGrad: Grad<'where'> = {
  vjp: (ct, [c]) => [null, ops.where(c, ct, 0), ops.where(c, 0, ct)],
  jvp: ([, ta, tb], [c]) => ops.where(c, ta ?? 0, tb ?? 0),
};
