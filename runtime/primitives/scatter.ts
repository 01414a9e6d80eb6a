// Functional updates at indices along one axis (JAX's x.at[idx].set / .add): scatter and scatterAdd.
// Indices out of range throw in the kernel, so every tier (which runs this kernel) raises take's error.

import { allocate } from '../dtype.js';
import { scatter } from '../kernels/scatter.js';
import { fmtShape, sameShape, sizeOf } from '../shape.js';
import type { Rule } from './types.js';

function scatterRule<P extends 'scatter' | 'scatterAdd'>(name: P): Rule<P> {
  return {
    name,
    version: 1,
    kind: 'shape',
    infer([x, idx, upd], p: { axis: number }) {
      if (idx.dtype !== 'int32') throw new Error(`${name}: indices must be int32, got ${idx.dtype}`);
      if (!Number.isInteger(p.axis) || p.axis < 0 || p.axis >= x.shape.length)
        throw new Error(`internal: ${name} axis ${p.axis} for shape ${fmtShape(x.shape)}`);
      if (upd.dtype !== x.dtype) throw new Error(`internal: ${name} updates of dtype ${upd.dtype} into ${x.dtype}`);
      if (x.shape[p.axis] === 0 && sizeOf(idx.shape) > 0)
        throw new Error(`${name}: cannot index axis ${p.axis} of size zero in shape ${fmtShape(x.shape)}`);
      const want = [...x.shape.slice(0, p.axis), ...idx.shape, ...x.shape.slice(p.axis + 1)];
      if (!sameShape(upd.shape, want))
        throw new Error(
          `${name}: updates of shape ${fmtShape(upd.shape)} do not match ${fmtShape(want)} (x's shape ${fmtShape(x.shape)} with axis ${p.axis} replaced by the indices' shape ${fmtShape(idx.shape)})`,
        );
      return x;
    },
    impl([x, idx, upd], p: { axis: number }, out) {
      const ind = idx.buf as Int32Array,
        len = x.shape[p.axis];
      for (let i = 0; i < ind.length; i++) {
        if (ind[i] < -len || ind[i] >= len)
          throw new Error(
            `${name}: index ${ind[i]} is out of range for axis ${p.axis} with size ${len} (shape ${fmtShape(x.shape)})`,
          );
      }
      const data = allocate(out.dtype, sizeOf(out.shape));
      const mode = name === 'scatter' ? 'set' : x.dtype === 'bool' ? 'or' : 'add';
      scatter(mode, x.buf, x.shape, ind, upd.buf, p.axis, data);
      return data;
    },
  } as Rule<P>;
}

export const scatterRules: { scatter: Rule<'scatter'>; scatterAdd: Rule<'scatterAdd'> } = {
  scatter: scatterRule('scatter'),
  scatterAdd: scatterRule('scatterAdd'),
};
