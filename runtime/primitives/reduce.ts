// Reduction primitives: sum, prod, max, min over a set of axes, and argmax/argmin along one.

import { allocate, type DType } from '../dtype.js';
import { argReduce, reduce, type ReduceKind } from '../kernels/reduce.js';
import { fmtShape, sizeOf } from '../shape.js';
import * as ops from '../../src/ops/index.js';
import type { Tensor } from '../../src/tensor.js';
import { expandReduced } from './grad-util.js';
import type { Aval, JvpRule, ReduceParams, RuleBase, VjpRule } from './types.js';

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

function viaPartial<P extends 'reduceProd' | 'reduceMax' | 'reduceMin'>(partial: Partial): { vjp: VjpRule<P>; jvp: JvpRule<P> } {
  return {
    vjp: (ct, [x], out, p) => [ops.mul(expandReduced(ct, x.shape, p.axes), partial(x, out, p.axes))],
    jvp: ([t], [x], out, p) => ops.sum(ops.mul(t!, partial(x, out, p.axes)), p.axes as number[]),
  };
}

const GRADS = {
  reduceSum: {
    vjp: (ct, [x], _out, p) => [expandReduced(ct, x.shape, p.axes)],
    jvp: ([t], _x, _out, p) => ops.sum(t!, p.axes as number[]),
  } as { vjp: VjpRule<'reduceSum'>; jvp: JvpRule<'reduceSum'> },
  reduceProd: viaPartial<'reduceProd'>(product),
  reduceMax: viaPartial<'reduceMax'>(extremum),
  reduceMin: viaPartial<'reduceMin'>(extremum),
};

function reducedShape(name: string, x: Aval, axes: readonly number[]): number[] {
  for (const a of axes) {
    if (!Number.isInteger(a) || a < 0 || a >= x.shape.length) throw new Error(`internal: ${name} axis ${a} for shape ${fmtShape(x.shape)}`);
  }
  return x.shape.filter((_, d) => !axes.includes(d));
}

function reduction<P extends 'reduceSum' | 'reduceProd' | 'reduceMax' | 'reduceMin'>(name: P, kind: ReduceKind, allowed: readonly DType[]): RuleBase<P> {
  const needsData = kind === 'max' || kind === 'min';
  return {
    name, version: 1, kind: 'reduction', ...GRADS[name],
    infer([x], p: ReduceParams) {
      if (!allowed.includes(x.dtype)) throw new Error(`${name}: dtype ${x.dtype} is not supported`);
      if (needsData) {
        for (const a of p.axes) {
          if (x.shape[a] === 0) throw new Error(`${kind}: cannot reduce over axis ${a} of size zero in shape ${fmtShape(x.shape)} (the reduction has no identity)`);
        }
      }
      return { shape: reducedShape(name, x, p.axes), dtype: x.dtype };
    },
    impl([x], p: ReduceParams, out) {
      const data = allocate(out.dtype, sizeOf(out.shape));
      reduce(kind, x.buf, x.shape, p.axes, data, x.dtype === 'int32' || x.dtype === 'bool');
      return data;
    },
  } as RuleBase<P>;
}

function argReduction<P extends 'argmax' | 'argmin'>(name: P, kind: 'max' | 'min'): RuleBase<P> {
  return {
    name, version: 1, kind: 'reduction',
    // Integer results: no gradient flows.
    vjp: () => [null],
    jvp: () => null,
    infer([x], p: { axis: number }) {
      if (x.shape[p.axis] === 0) throw new Error(`${name}: cannot take ${name} over axis ${p.axis} of size zero in shape ${fmtShape(x.shape)}`);
      return { shape: reducedShape(name, x, [p.axis]), dtype: 'int32' };
    },
    impl([x], p: { axis: number }, out) {
      const data = new Int32Array(sizeOf(out.shape));
      argReduce(kind, x.buf, x.shape, p.axis, data);
      return data;
    },
  } as RuleBase<P>;
}

const NUMERIC: readonly DType[] = ['int32', 'float32', 'float64'];
const ALL: readonly DType[] = ['bool', 'int32', 'float32', 'float64'];

export const reduceRules = {
  reduceSum: reduction('reduceSum', 'sum', NUMERIC),
  reduceProd: reduction('reduceProd', 'prod', NUMERIC),
  reduceMax: reduction('reduceMax', 'max', ALL),
  reduceMin: reduction('reduceMin', 'min', ALL),
  argmax: argReduction('argmax', 'max'),
  argmin: argReduction('argmin', 'min'),
};
