// Which graph nodes the CUDA tier runs as prebuilt steps: its own for concat (kernels of native/cuda/tj_cuda_kernels.cu, launched as launches.ts says), else the WASM tier's (jit/backends/wasm/prebuilt-steps.ts), whose kernels have CUDA twins.

import { DTYPE_BYTES } from '../../../runtime/dtype.js';
import type { Params } from '../../../runtime/primitives/types.js';
import { sizeOf } from '../../../runtime/shape.js';
import type { Node } from '../../graph.js';
import type { Fresh, PrebuiltStep } from '../../schedule.js';
import { prebuiltStep as wasmStep } from '../wasm/prebuilt-steps.js';

export { readsThrough } from '../wasm/prebuilt-steps.js';

type Allocate = (n: Node) => number;

/** concat along any axis, by element size: args [...inputs, out]; ints [outer, each input's block (its axis on)]. */
function concatStep(n: Node, out: number, allocate: Allocate): PrebuiltStep {
  const { axis } = n.params as unknown as Params['concat'];
  return {
    kind: 'prebuilt',
    fn: `tj_concat_${8 * DTYPE_BYTES[n.aval.dtype]}`,
    out,
    args: [...n.inputs.map(allocate), out],
    ints: [sizeOf(n.aval.shape.slice(0, axis)), ...n.inputs.map((x) => sizeOf(x.aval.shape.slice(axis)))],
    work: sizeOf(n.aval.shape),
  };
}

const STEPS: Partial<Record<string, (n: Node, out: number, allocate: Allocate) => PrebuiltStep>> = {
  concat: concatStep,
};

/** The CUDA tier's prebuilt step for node n (its output in buffer `out`), or undefined to run its JS kernel. */
export function prebuiltStep(n: Node, out: number, allocate: Allocate, fresh: Fresh): PrebuiltStep | undefined {
  const own = STEPS[n.op];
  return own ? own(n, out, allocate) : wasmStep(n, out, allocate, fresh);
}
