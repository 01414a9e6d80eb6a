// A run-time check as a primitive: indices must lie in [0, bound). It stays in compiled graphs,
// so a bad label raises the same error eagerly and under jit. And stopGradient: the identity for
// values, a wall for derivatives (its rules give none); the optimizer removes it once traced.

import type { Rule } from './types.js';

export const checkRules: { checkIndex: Rule<'checkIndex'>; stopGradient: Rule<'stopGradient'> } = {
  stopGradient: {
    name: 'stopGradient',
    version: 1,
    kind: 'shape',
    infer: ([x]) => x,
    impl: ([x]) => x.buf.slice(),
  },
  checkIndex: {
    name: 'checkIndex',
    version: 1,
    kind: 'shape',
    infer([x], p) {
      if (x.dtype !== 'int32') throw new Error(`${p.op}: ${p.what}s must be int32, got ${x.dtype}`);
      return x;
    },
    impl([x], p) {
      const b = x.buf as Int32Array;
      for (let i = 0; i < b.length; i++) {
        if (b[i] < 0 || b[i] >= p.bound)
          throw new Error(`${p.op}: ${p.what} ${b[i]} is out of range for ${p.bound} classes`);
      }
      return b.slice(); // a fresh buffer: compiled code may reuse it as scratch, never the caller's
    },
  },
};
