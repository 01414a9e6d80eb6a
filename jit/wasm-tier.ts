// Loads a compiled WASM program: every module shares one WebAssembly.Memory; each compiled
// function owns an arena in it (inputs, constants, intermediates, results), allocated once, so a
// call allocates nothing in the WASM heap and memory stays bounded in any loop.

import type { DType, TypedArray } from '../runtime/dtype.js';
import { primitives, type Arr, type Aval, type Prim } from '../runtime/primitives/index.js';
import { instantiate, reserve, sharedMemory } from '../runtime/wasm/memory.js';
import { nativeKernels } from '../runtime/wasm/native.js';
import type { ArenaBuffer, WasmProgram } from './codegen-c.js';
import { topoOrder, type Graph } from './graph.js';
import type { CompiledFn } from './js-tier.js';

type Ctor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => TypedArray;
const VIEW: Record<DType, Ctor> = { float32: Float32Array, float64: Float64Array, int32: Int32Array, bool: Uint8Array };
type Impl = (inputs: readonly Arr[], params: unknown, out: Aval) => TypedArray;

export function loadWasm(g: Graph, program: WasmProgram, bytes: Uint8Array, nativeBytes?: Uint8Array): CompiledFn {
  const { plan } = program;
  const exportsOf = instantiate(bytes);
  const native = plan.native ? nativeKernels(nativeBytes) : undefined;
  // One scratch region serves every native step of this function (they run one after another).
  const scratchBytes = native ? Math.max(0, ...plan.steps.map((s) => (s.kind === 'native' && s.scratch ? native[s.scratch.fn](...s.scratch.ints) : 0))) : 0;
  const scratch = scratchBytes > 0 ? reserve(scratchBytes) : 0;
  const base = reserve(plan.arenaBytes);
  const order = topoOrder(g);
  const fns = plan.exports.map((name) => exportsOf[name]);
  const ptr = (b: ArenaBuffer) => base + b.offset;

  let viewsFor: ArrayBuffer | null = null;
  let views: TypedArray[] = [];
  const refresh = () => {
    const buf = sharedMemory().buffer;
    if (buf !== viewsFor) { views = plan.buffers.map((b) => new VIEW[b.dtype](buf, ptr(b), b.size)); viewsFor = buf; }
  };
  refresh();
  for (const c of plan.constants) views[c.buffer].set(order[c.node].value!);

  const steps = plan.steps.map((s) => {
    if (s.kind === 'native') {
      const fn = native![s.fn];
      const pointers = s.args.map((a) => ptr(plan.buffers[a]));
      const n = s.ints[3];
      return () => {
        fn(...pointers, ...s.ints, 0, 1, scratch);
        if (s.bias !== undefined) {
          // linear: the bias joins row by row (the same roundings as matmul, then add).
          const out = views[s.out], bias = views[s.bias];
          for (let r = 0; r < out.length; r += n) for (let j = 0; j < n; j++) out[r + j] += bias[j];
        }
      };
    }
    if (s.kind === 'wasm') {
      const fn = fns[plan.exports.indexOf(s.fn)];
      const pointers = s.args.map((a) => ptr(plan.buffers[a]));
      return () => { fn(...pointers); };
    }
    const n = order[s.node];
    const impl = (primitives[n.op as Prim] as unknown as { impl: Impl }).impl;
    const avals = n.inputs.map((i) => i.aval);
    // Other primitives run their JS kernels on views of the arena; the result is copied in.
    return () => {
      const result = impl(s.args.map((a, i) => ({ shape: avals[i].shape, dtype: avals[i].dtype, buf: views[a] })), n.params, n.aval);
      if (result !== views[s.out]) views[s.out].set(result);
    };
  });
  return (ins) => {
    refresh();
    plan.inputs.forEach((b, i) => views[b].set(ins[i]));
    for (const step of steps) step();
    return plan.results.map((b) => views[b].slice());
  };
}
