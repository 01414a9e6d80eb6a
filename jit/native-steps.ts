// Which graph nodes the WASM tier runs as calls into the hand-written kernels of native/, and with
// what arguments. Every native kernel is called as fn(...buffer pointers, ...ints, part, parts,
// scratch) and does the part-th of `parts` shares of the work, so a step can be split over threads.

import { sizeOf } from '../runtime/shape.js';
import type { Node } from './graph.js';

export interface NativeStep {
  kind: 'native';
  fn: string;
  /** Arena buffer ids passed as pointers, in order. */
  args: number[];
  ints: number[];
  out: number;
  /** Per-share scratch: bytes = the module's `fn(...ints)`. */
  scratch?: { fn: string; ints: number[] };
  /** Rough count of arithmetic operations, to decide whether to split the step over threads. */
  work: number;
  /** linear: a bias row added to every row of the product afterwards. */
  bias?: number;
}

/**
 * matmul and linear on floats call native/tj_matmul.c when their batch dimensions broadcast
 * simply (one side's batch is all of it or nothing); linear adds its bias after the product.
 */
function matmulStep(n: Node, out: number, allocate: (n: Node) => number): NativeStep | undefined {
  const [a, b] = n.inputs;
  const dtype = n.aval.dtype;
  if (dtype !== 'float32' && dtype !== 'float64') return undefined;
  const [m, k] = a.aval.shape.slice(-2), nn = b.aval.shape[b.aval.shape.length - 1];
  const batch = sizeOf(n.aval.shape.slice(0, -2));
  const aBatch = sizeOf(a.aval.shape.slice(0, -2)), bBatch = sizeOf(b.aval.shape.slice(0, -2));
  const ok = (x: number) => x === batch || x === 1;
  if (!ok(aBatch) || !ok(bBatch)) return undefined;
  return {
    kind: 'native', fn: dtype === 'float32' ? 'tj_matmul_f32' : 'tj_matmul_f64', out,
    args: [allocate(a), allocate(b), out],
    ints: [batch, m, k, nn, aBatch === 1 ? 0 : m * k, bBatch === 1 ? 0 : k * nn],
    scratch: { fn: 'tj_matmul_scratch_bytes', ints: [m, k, nn] },
    work: 2 * batch * m * k * nn,
    ...(n.op === 'linear' ? { bias: allocate(n.inputs[2]) } : {}),
  };
}

const STEPS: Partial<Record<string, (n: Node, out: number, allocate: (n: Node) => number) => NativeStep | undefined>> = {
  matmul: matmulStep,
  linear: matmulStep,
};

/** The native call for node n (its output in buffer `out`), or undefined to run its JS kernel. */
export function nativeStep(n: Node, out: number, allocate: (n: Node) => number): NativeStep | undefined {
  return STEPS[n.op]?.(n, out, allocate);
}
