// Derivative rules of cumsum, cumprod and argsort (sort's values are a gather, differentiated as one).

import * as ops from '../../ops/index.js';
import type { Tensor } from '../../tensor.js';
import type { Grad } from '../rule-types.js';

/** The cumsum's transpose: sums from each position to the lane's end. */
const revCumsum = (t: Tensor, axis: number) => ops.flip(ops.cumsum(ops.flip(t, axis), axis), axis);

/**
 * What keeps cumprod's derivative exact where x has zeros: `before` (no zero up to and including
 * j), `first` (j is its lane's first zero), `safeX` (zeros as 1) and `y1` (the cumprod with the
 * first zero read as 1: for i past it, the product of all but that zero).
 */
function zeroParts(x: Tensor, axis: number) {
  const isZero = ops.equal(x, 0);
  const count = ops.cumsum(isZero, axis);
  const first = ops.logicalAnd(isZero, ops.equal(count, 1));
  return {
    before: ops.equal(count, 0),
    first,
    safeX: ops.where(isZero, 1, x),
    y1: ops.cumprod(ops.where(first, 1, x), axis),
  };
}

export const scanSortGrads: { cumsum: Grad<'cumsum'>; cumprod: Grad<'cumprod'>; argsort: Grad<'argsort'> } = {
  cumsum: {
    vjp: (ct, _x, _out, p) => [revCumsum(ct, p.axis)],
    jvp: ([t], _x, _out, p) => ops.cumsum(t!, p.axis),
  },
  // d y_i / d x_j = prod of x_k for k <= i but j: before the first zero that is y_i / x_j, at the
  // first zero y1_i, past it 0 (two zeros in every product). Exact at first order; a second
  // derivative taken at an exact zero sees the masks as constants (past the zero it misses terms).
  cumprod: {
    vjp: (ct, [x], out, p) => {
      const z = zeroParts(x, p.axis);
      const early = ops.div(revCumsum(ops.mul(ct, out), p.axis), z.safeX);
      const atZero = revCumsum(ops.mul(ct, z.y1), p.axis);
      return [ops.where(z.before, early, ops.where(z.first, atZero, 0))];
    },
    jvp: ([t], [x], out, p) => {
      const z = zeroParts(x, p.axis);
      const early = ops.mul(out, ops.cumsum(ops.where(z.before, ops.div(t!, z.safeX), 0), p.axis));
      return ops.add(early, ops.mul(z.y1, ops.cumsum(ops.where(z.first, t!, 0), p.axis)));
    },
  },
  // Integer results: no gradient flows.
  argsort: { vjp: () => [null], jvp: () => null },
};
