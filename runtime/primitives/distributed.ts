// Collectives as primitives, so a jitted training step that all-reduces its gradients still
// compiles: no tier has a kernel for them, so each runs its JS kernel (the MPI call) as a step
// between the compiled kernels ('kernel' steps, jit/schedule.ts). They are never constant-folded
// (jit/rewrite/rules.ts) nor moved out of loops (jit/rewrite/scan-rules.ts). Inputs after the
// first are ordering tokens: allReduce(x, previous) runs after `previous` is computed (how the
// optimizer's buckets keep one order on every process and every tier); their values are unused.

import { allReduceBuffer, broadcastBuffer, REDUCE_OPS } from '../distributed/mpi.js';
import type { Rule } from './types.js';

const COLLECTIVE_DTYPES = new Set(['float32', 'float64', 'int32']);

export const distributedRules: { allReduce: Rule<'allReduce'>; broadcast: Rule<'broadcast'> } = {
  allReduce: {
    name: 'allReduce',
    version: 1,
    kind: 'collective',
    infer([x], p) {
      if (!REDUCE_OPS.includes(p.op))
        throw new Error(`distributed.allReduce: op must be 'sum', 'mean', 'max' or 'min', got ${String(p.op)}`);
      if (!COLLECTIVE_DTYPES.has(x.dtype))
        throw new Error(`distributed.allReduce: tensors must be float32, float64 or int32, got ${x.dtype}`);
      if (p.op === 'mean' && x.dtype === 'int32')
        throw new Error("distributed.allReduce: 'mean' needs a float tensor, got int32 (cast it, or use 'sum')");
      return { shape: x.shape, dtype: x.dtype };
    },
    impl: ([x], p) => allReduceBuffer('distributed.allReduce', x.buf, x.dtype, x.shape, p.op),
  },
  broadcast: {
    name: 'broadcast',
    version: 1,
    kind: 'collective',
    infer([x], p) {
      if (!COLLECTIVE_DTYPES.has(x.dtype))
        throw new Error(`distributed.broadcast: tensors must be float32, float64 or int32, got ${x.dtype}`);
      if (!Number.isInteger(p.root) || p.root < 0)
        throw new Error(`distributed.broadcast: root must be a non-negative integer rank, got ${String(p.root)}`);
      return { shape: x.shape, dtype: x.dtype };
    },
    impl: ([x], p) => broadcastBuffer('distributed.broadcast', x.buf, x.dtype, x.shape, p.root),
  },
};
