// Scans and sorting along one axis: cumsum, cumprod (running sum / product) and a stable argsort.

import { allocate, type DType } from '../dtype.js';
import { argsort, cumulative } from '../kernels/scan-sort.js';
import { fmtShape, sizeOf } from '../shape.js';
import type { Aval, Rule } from './types.js';

const NUMERIC: readonly DType[] = ['int32', 'float32', 'float64'];

function checkAxis(name: string, x: Aval, axis: number): void {
  if (!Number.isInteger(axis) || axis < 0 || axis >= x.shape.length)
    throw new Error(`internal: ${name} axis ${axis} for shape ${fmtShape(x.shape)}`);
}

function cumulativeRule<P extends 'cumsum' | 'cumprod'>(name: P, kind: 'sum' | 'prod'): Rule<P> {
  return {
    name,
    version: 1,
    kind: 'reduction',
    infer([x], p: { axis: number }) {
      if (!NUMERIC.includes(x.dtype)) throw new Error(`${name}: dtype ${x.dtype} is not supported`);
      checkAxis(name, x, p.axis);
      return x;
    },
    impl([x], p: { axis: number }, out) {
      const data = allocate(out.dtype, sizeOf(out.shape));
      cumulative(kind, x.buf, x.shape, p.axis, data, x.dtype === 'int32');
      return data;
    },
  } as Rule<P>;
}

export const scanSortRules: { cumsum: Rule<'cumsum'>; cumprod: Rule<'cumprod'>; argsort: Rule<'argsort'> } = {
  cumsum: cumulativeRule('cumsum', 'sum'),
  cumprod: cumulativeRule('cumprod', 'prod'),
  argsort: {
    name: 'argsort',
    version: 1,
    kind: 'reduction',
    infer([x], p) {
      checkAxis('argsort', x, p.axis);
      return { shape: x.shape, dtype: 'int32' };
    },
    impl([x], p, out) {
      const data = new Int32Array(sizeOf(out.shape));
      argsort(x.buf, x.shape, p.axis, p.descending, data);
      return data;
    },
  },
};
