// The WASM tier's program for a graph: the schedule (jit/schedule.ts) with the prebuilt kernels'
// steps, and the C of its fused loops from the WASM dialect of the C-family renderer.

import type { Graph, Node } from '../../graph.js';
import { WasmCRenderer } from '../../render/c-wasm.js';
import { schedule, type Plan } from '../../schedule.js';
import { prebuiltStep, readsThrough } from './prebuilt-steps.js';

export interface WasmProgram {
  source: string;
  plan: Plan;
}

/** Rough cost per element of the expensive elementwise ops, relative to an add (about 0.12 ns a unit in a SIMD loop). */
const OP_COST: Partial<Record<string, number>> = {
  exp: 20,
  log: 20,
  tanh: 24,
  sigmoid: 24,
  erf: 24,
  pow: 40,
  div: 4,
  sqrt: 4,
  rsqrt: 5,
};
export const loopWork = (elements: number, group: Node[]) =>
  elements * (1 + 0.12 * group.reduce((w, m) => w + (OP_COST[m.op] ?? 1), 0));

/** The WASM dialect of the C-family renderer (stateless: one serves every compile). */
export const renderer = new WasmCRenderer();

export function generateC(g: Graph): WasmProgram {
  const { plan, loops } = schedule(g, { prebuilt: prebuiltStep, readsThrough, loopWork });
  return { source: renderer.render(loops), plan };
}
