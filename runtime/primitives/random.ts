// Random primitives: draws are a pure function of the generator state input, so graphs can carry it.

import { allocate, type DType } from '../dtype.js';
import { eagerKernels } from '../eager-kernels.js';
import { sizeOf } from '../shape.js';
import type { Aval, Rule } from './types.js';

function checkState(name: string, s: Aval, dtype: DType): void {
  if (s.dtype !== 'int32' || s.shape.length !== 1 || s.shape[0] !== 3)
    throw new Error(`internal: ${name} state must be int32 [3]`);
  if (dtype !== 'float32' && dtype !== 'float64')
    throw new Error(`${name}: dtype must be float32 or float64, got ${dtype}`);
}

export const randomRules: { randomUniform: Rule<'randomUniform'>; randomNormal: Rule<'randomNormal'> } = {
  randomUniform: {
    name: 'randomUniform',
    version: 1,
    kind: 'random',
    infer([s], p) {
      checkState('rand', s, p.dtype);
      return { shape: p.shape, dtype: p.dtype };
    },
    impl([s], p) {
      const data = allocate(p.dtype, sizeOf(p.shape)) as Float32Array | Float64Array;
      eagerKernels.random('uniform', s.buf as Int32Array, data);
      return data;
    },
  },
  randomNormal: {
    name: 'randomNormal',
    version: 1,
    kind: 'random',
    infer([s], p) {
      checkState('randn', s, p.dtype);
      return { shape: p.shape, dtype: p.dtype };
    },
    impl([s], p) {
      const data = allocate(p.dtype, sizeOf(p.shape)) as Float32Array | Float64Array;
      eagerKernels.random('normal', s.buf as Int32Array, data);
      return data;
    },
  },
};
