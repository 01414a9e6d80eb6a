// The thin SVD of the last two axes as one primitive per factor (param `part`): a single result
// each, so it compiles on every tier; the kernel is deterministic, so the parts agree.

import { allocate } from '../dtype.js';
import { svd } from '../kernels/svd.js';
import { fmtShape, sizeOf } from '../shape.js';
import type { Rule } from './types.js';

export const svdRules: { svd: Rule<'svd'> } = {
  svd: {
    name: 'svd',
    version: 1,
    kind: 'linalg',
    infer([x], p) {
      if (x.dtype !== 'float32' && x.dtype !== 'float64')
        throw new Error(`svd: dtype ${x.dtype} is not supported (expected float32 or float64)`);
      if (x.shape.length < 2)
        throw new Error(`svd: input must have at least 2 dimensions, got shape ${fmtShape(x.shape)}`);
      if (p.part !== 'u' && p.part !== 's' && p.part !== 'vt') throw new Error(`internal: svd part ${String(p.part)}`);
      const lead = x.shape.slice(0, -2),
        [m, n] = x.shape.slice(-2),
        k = Math.min(m, n);
      const shape = p.part === 'u' ? [...lead, m, k] : p.part === 's' ? [...lead, k] : [...lead, k, n];
      return { shape, dtype: x.dtype };
    },
    impl([x], p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape)) as Float32Array | Float64Array;
      svd(x.buf, x.shape, p.part, data);
      return data;
    },
  },
};
