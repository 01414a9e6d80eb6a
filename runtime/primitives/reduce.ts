// Reduction primitives: sum, prod, max, min over a set of axes, and argmax/argmin along one.

import { allocate, type DType } from '../dtype.js';
import { argReduce, reduce, type ReduceKind } from '../kernels/reduce.js';
import { fmtShape, sizeOf } from '../shape.js';
import type { Aval, ReduceParams, RuleBase } from './types.js';

function reducedShape(name: string, x: Aval, axes: readonly number[]): number[] {
  for (const a of axes) {
    if (!Number.isInteger(a) || a < 0 || a >= x.shape.length)
      throw new Error(`internal: ${name} axis ${a} for shape ${fmtShape(x.shape)}`);
  }
  return x.shape.filter((_, d) => !axes.includes(d));
}

function reduction<P extends 'reduceSum' | 'reduceProd' | 'reduceMax' | 'reduceMin'>(
  name: P,
  kind: ReduceKind,
  allowed: readonly DType[],
): RuleBase<P> {
  const needsData = kind === 'max' || kind === 'min';
  return {
    name,
    version: 1,
    kind: 'reduction',
    infer([x], p: ReduceParams) {
      if (!allowed.includes(x.dtype)) throw new Error(`${name}: dtype ${x.dtype} is not supported`);
      if (needsData) {
        for (const a of p.axes) {
          if (x.shape[a] === 0)
            throw new Error(
              `${kind}: cannot reduce over axis ${a} of size zero in shape ${fmtShape(x.shape)} (the reduction has no identity)`,
            );
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
    name,
    version: 1,
    kind: 'reduction',
    infer([x], p: { axis: number }) {
      if (x.shape[p.axis] === 0)
        throw new Error(`${name}: cannot take ${name} over axis ${p.axis} of size zero in shape ${fmtShape(x.shape)}`);
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
