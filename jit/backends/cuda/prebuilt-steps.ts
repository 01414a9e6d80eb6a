// Which graph nodes the CUDA tier runs as prebuilt steps: its own for concat, gather and checkIndex (kernels of native/cuda/tj_cuda_kernels.cu, launched as launches.ts says), else the WASM tier's (jit/backends/wasm/prebuilt-steps.ts), whose kernels have CUDA twins.

import { DTYPE_BYTES } from '../../../runtime/dtype.js';
import type { Params } from '../../../runtime/primitives/types.js';
import { sizeOf, type Shape } from '../../../runtime/shape.js';
import type { Node } from '../../graph.js';
import type { Fresh, PrebuiltStep } from '../../schedule.js';
import { prebuiltStep as wasmStep } from '../wasm/prebuilt-steps.js';

export { readsThrough } from '../wasm/prebuilt-steps.js';

type Allocate = (n: Node) => number;

/** The element counts of shape's axes before `axis` and after it. */
const around = (shape: Shape, axis: number) => ({
  outer: sizeOf(shape.slice(0, axis)),
  inner: sizeOf(shape.slice(axis + 1)),
});

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

/** gather (take) along `axis`, by element size: args [x, indices, out]; ints [outer, len, indices, inner, axis, ...x's shape] (the last for the index check's message). */
function gatherStep(n: Node, out: number, allocate: Allocate): PrebuiltStep {
  const [x, idx] = n.inputs,
    { axis } = n.params as unknown as Params['gather'];
  const { outer, inner } = around(x.aval.shape, axis);
  return {
    kind: 'prebuilt',
    fn: `tj_gather_${8 * DTYPE_BYTES[n.aval.dtype]}`,
    out,
    args: [allocate(x), allocate(idx), out],
    ints: [outer, x.aval.shape[axis], sizeOf(idx.aval.shape), inner, axis, ...x.aval.shape],
    work: sizeOf(n.aval.shape),
  };
}

/**
 * checkIndex on the device: the indices copied through, the first out of range recorded for the
 * loader, which raises the primitive's error when the call ends (before any Variable changes).
 */
function checkIndexStep(n: Node, out: number, allocate: Allocate): PrebuiltStep {
  const p = n.params as unknown as Params['checkIndex'];
  return {
    kind: 'prebuilt',
    fn: 'tj_check_index',
    out,
    args: [allocate(n.inputs[0]), out],
    ints: [sizeOf(n.aval.shape), p.bound],
    check: { source: allocate(n.inputs[0]), message: `${p.op}: ${p.what} {v} is out of range for ${p.bound} classes` },
    work: sizeOf(n.aval.shape),
  };
}

const STEPS: Partial<Record<string, (n: Node, out: number, allocate: Allocate) => PrebuiltStep>> = {
  checkIndex: checkIndexStep,
  concat: concatStep,
  gather: gatherStep,
};

/** The CUDA tier's prebuilt step for node n (its output in buffer `out`), or undefined to run its JS kernel. */
export function prebuiltStep(n: Node, out: number, allocate: Allocate, fresh: Fresh): PrebuiltStep | undefined {
  const own = STEPS[n.op];
  return own ? own(n, out, allocate) : wasmStep(n, out, allocate, fresh);
}
