// Derivative rules of the reductions.

import * as ops from '../../ops/index.js';
import type { Tensor } from '../../tensor.js';
import { expandReduced } from '../grad-util.js';
import type { Grad } from '../rule-types.js';

/**
 * d out / d x of a reduction, as a tensor of x's shape; both modes follow from it:
 * backward ct·partial, forward sum(t·partial).
 */
type Partial = (x: Tensor, out: Tensor, axes: readonly number[]) => Tensor;

/** max/min: the gradient goes to the chosen element; ties split it evenly. */
const extremum: Partial = (x, out, axes) => {
  const mask = ops.astype(ops.equal(x, expandReduced(out, x.shape, axes)), x.dtype);
  return ops.div(mask, expandReduced(ops.sum(mask, axes as number[]), x.shape, axes));
};

/** prod: the product of the others, exact where x has zeros (one zero: the rest's product; more: 0). */
const product: Partial = (x, out, axes) => {
  const isZero = ops.equal(x, 0);
  const zeros = expandReduced(ops.sum(isZero, axes as number[]), x.shape, axes);
  const nonzeroProd = expandReduced(ops.prod(ops.where(isZero, 1, x), axes as number[]), x.shape, axes);
  const atZero = ops.where(ops.equal(zeros, 1), nonzeroProd, 0);
  return ops.where(isZero, atZero, ops.div(expandReduced(out, x.shape, axes), ops.where(isZero, 1, x)));
};

function viaPartial<P extends 'reduceProd' | 'reduceMax' | 'reduceMin'>(partial: Partial): Grad<P> {
  return {
    vjp: (ct, [x], out, p) => [ops.mul(expandReduced(ct, x.shape, p.axes), partial(x, out, p.axes))],
    jvp: ([t], [x], out, p) => ops.sum(ops.mul(t!, partial(x, out, p.axes)), p.axes as number[]),
  };
}

export const reduceGrads: {
  [P in 'reduceSum' | 'reduceProd' | 'reduceMax' | 'reduceMin' | 'argmax' | 'argmin']: Grad<P>;
} = {
  reduceSum: {
    vjp: (ct, [x], _out, p) => [expandReduced(ct, x.shape, p.axes)],
    jvp: ([t], _x, _out, p) => ops.sum(t!, p.axes as number[]),
  } as Grad<'reduceSum'>,
  reduceProd: viaPartial<'reduceProd'>(product),
  reduceMax: viaPartial<'reduceMax'>(extremum),
  reduceMin: viaPartial<'reduceMin'>(extremum),
  // Integer results: no gradient flows.
  argmax: { vjp: () => [null], jvp: () => null },
  argmin: { vjp: () => [null], jvp: () => null },
};
