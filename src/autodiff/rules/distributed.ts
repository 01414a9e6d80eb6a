// Derivatives of the collectives. Every process differentiates its own part of one global loss
// (the sum of the processes' losses), so allReduce-sum's VJP is the allReduce-sum of the
// cotangents (the transpose of "every output is the sum of every input"), and mean's is their
// mean; both are linear, so their JVPs reduce the tangents alike. max and min are not
// differentiable here (which process holds the extremum is not known locally): they throw. No
// derivative flows through broadcast (as through stopGradient): parameters are broadcast once,
// before training. Ordering tokens (inputs after the first) get none.

import type { Tensor } from '../../tensor.js';
import { allReduceOp } from '../../ops/collective.js';
import type { Grad } from '../rule-types.js';

const linear = (op: string): 'sum' | 'mean' => {
  if (op === 'sum' || op === 'mean') return op;
  throw new Error(`distributed.allReduce: '${op}' is not differentiable (only 'sum' and 'mean' are)`);
};

export const distributedGrads: { allReduce: Grad<'allReduce'>; broadcast: Grad<'broadcast'> } = {
  allReduce: {
    vjp: (ct, inputs, _out, p) => [allReduceOp(ct, linear(p.op)), ...inputs.slice(1).map((): Tensor | null => null)],
    jvp: ([t], _inputs, _out, p) => (t ? allReduceOp(t, linear(p.op)) : null),
  },
  broadcast: {
    vjp: (_ct, inputs) => inputs.map(() => null),
    jvp: () => null,
  },
};
