// The WASM tier's code generator: each fused elementwise loop becomes one C function (SIMD128
// vector loop plus scalar tail where every op has a vector form), compiled by emcc; the other
// primitives run their runtime kernels on views of the WASM memory. The result is the C source
// and a plan: an arena layout of every buffer and the steps of one call.

import { DTYPE_BYTES, type DType } from '../runtime/dtype.js';
import { primitives, type ElementwiseRule, type Prim } from '../runtime/primitives/index.js';
import { broadcastStrides, sizeOf } from '../runtime/shape.js';
import { collapse } from './codegen-js.js';
import { planFusion } from './fusion.js';
import type { Graph, Node } from './graph.js';
import { nativeStep, readsThrough, type NativeStep } from './native-steps.js';

export interface ArenaBuffer { offset: number; dtype: DType; size: number }
export type Step = (
  /** A generated loop: fn(out, ...leaves, part, parts, scratch); `work` as in NativeStep. */
  | { kind: 'wasm'; fn: string; args: number[]; work: number }
  | NativeStep
  | { kind: 'kernel'; node: number; args: number[]; out: number }
) & {
  /** Positions (in topological order) of the graph nodes the step computes, for `f.profile()`. */
  nodes: number[];
};

export interface WasmPlan {
  /** Whether steps call the hand-written kernels of native/ (loaded as a module of their own). */
  native: boolean;
  buffers: ArenaBuffer[];
  arenaBytes: number;
  /** Buffer ids of the graph inputs, constants (with their node positions), outputs and updates. */
  inputs: number[];
  constants: { buffer: number; node: number }[];
  results: number[];
  steps: Step[];
  exports: string[];
  kernels: number;
}
export interface WasmProgram { source: string; plan: WasmPlan }

const C_TYPE: Record<DType, string> = { float32: 'float', float64: 'double', int32: 'int32_t', bool: 'uint8_t' };

/** SIMD128 forms of float32 elementwise ops over operands a, b (native/tj_simd.h supplies the tj_ ones). */
const SIMD_F32: Partial<Record<string, string>> = {
  add: 'wasm_f32x4_add(a, b)', sub: 'wasm_f32x4_sub(a, b)', mul: 'wasm_f32x4_mul(a, b)', div: 'wasm_f32x4_div(a, b)',
  neg: 'wasm_f32x4_neg(a)', abs: 'wasm_f32x4_abs(a)', sqrt: 'wasm_f32x4_sqrt(a)', square: 'wasm_f32x4_mul(a, a)',
  maximum: 'wasm_f32x4_max(a, b)', minimum: 'wasm_f32x4_min(a, b)', floor: 'wasm_f32x4_floor(a)', ceil: 'wasm_f32x4_ceil(a)',
  round: 'wasm_f32x4_nearest(a)', rsqrt: 'wasm_f32x4_div(wasm_f32x4_splat(1.0f), wasm_f32x4_sqrt(a))',
  exp: 'tj_exp_f32x4(a)', log: 'tj_log_f32x4(a)', tanh: 'tj_tanh_f32x4(a)', sigmoid: 'tj_sigmoid_f32x4(a)', erf: 'tj_erf_f32x4(a)',
};
/** Scalar forms matching the vector ones exactly (the loop tail must agree with the lanes). */
const SCALAR_F32: Partial<Record<string, string>> = {
  exp: 'tj_expf_s(a)', log: 'tj_logf_s(a)', tanh: 'tj_tanhf_s(a)', sigmoid: 'tj_sigmoidf_s(a)', erf: 'tj_erff_s(a)',
};

/** Rough cost per element of the expensive elementwise ops, relative to an add (about 0.12 ns a unit in a SIMD loop). */
const OP_COST: Partial<Record<string, number>> = { exp: 20, log: 20, tanh: 24, sigmoid: 24, erf: 24, pow: 40, div: 4, sqrt: 4, rsqrt: 5 };

const substitute = (template: string, operands: string[]) => template.replace(/\b([abc])\b/g, (_, v: string) => operands['abc'.indexOf(v)]);

export function generateC(g: Graph): WasmProgram {
  const plan = planFusion(g, { fusedReductions: new Set() });
  const { order, pos, inlined, members, storage } = plan;
  const buffers: ArenaBuffer[] = [];
  let arena = 0;
  const bufferOf = new Map<Node, number>();
  const allocate = (n: Node): number => {
    const s = storage(n);
    const known = bufferOf.get(s);
    if (known !== undefined) { bufferOf.set(n, known); return known; }
    arena = (arena + 63) & ~63; // cache-line aligned: v128 loads, and threads' shares never share a line
    const size = sizeOf(s.aval.shape);
    buffers.push({ offset: arena, dtype: s.aval.dtype, size });
    arena += Math.max(size, 1) * DTYPE_BYTES[s.aval.dtype];
    bufferOf.set(s, buffers.length - 1);
    bufferOf.set(n, buffers.length - 1);
    return buffers.length - 1;
  };
  const steps: Step[] = [];
  const functions: string[] = [];
  const exports: string[] = [];
  const constants: { buffer: number; node: number }[] = [];
  let kernels = 0;

  const inputs = g.inputs.map(allocate);
  const unneeded = readInPlace(g, order, inlined);
  for (const n of order) {
    if (n.op === 'input' || inlined.has(n) || unneeded.has(n)) continue;
    if (n.op === 'const') { constants.push({ buffer: allocate(n), node: pos.get(n)! }); continue; }
    if (n.op === 'reshape') { allocate(n); continue; }
    const out = allocate(n);
    kernels++;
    if (plan.isLoopRoot(n)) {
      const leaves = plan.leaves(n);
      const fn = `k${pos.get(n)}`;
      functions.push(loopFunction(fn, n, leaves, members.get(n) ?? [], pos));
      exports.push(fn);
      const group = [...(members.get(n) ?? []), n];
      const nodes = group.map((m) => pos.get(m)!).sort((a, b) => a - b);
      steps.push({ kind: 'wasm', fn, args: [out, ...leaves.map(allocate)], work: sizeOf(n.aval.shape) * (1 + 0.12 * group.reduce((w, m) => w + (OP_COST[m.op] ?? 1), 0)), nodes });
    } else {
      const native = nativeStep(n, out, allocate);
      // A native step also stands for the transposes it reads in place (nothing else computes them).
      const nodes = native ? [...readsThrough(n).filter((t) => unneeded.has(t)), n].map((m) => pos.get(m)!).sort((a, b) => a - b) : [pos.get(n)!];
      steps.push({ ...(native ?? { kind: 'kernel', node: pos.get(n)!, args: n.inputs.map(allocate), out }), nodes });
    }
  }
  const results = [...g.outputs, ...g.updates.map((u) => u.value)].map(allocate);
  const source = ['#include <stdint.h>', '#include <wasm_simd128.h>', '#include "tj_scalar.h"', '#include "tj_simd.h"', '', ...functions].join('\n');
  return { source, plan: { native: steps.some((st) => st.kind === 'native'), buffers, arenaBytes: (arena + 63) & ~63, inputs, constants, results, steps, exports, kernels } };
}

/** Transposes that only native steps read, in place: nothing computes them. */
function readInPlace(g: Graph, order: Node[], inlined: Set<Node>): Set<Node> {
  const uses = new Map<Node, number>(), inPlace = new Map<Node, number>();
  const count = (m: Map<Node, number>, n: Node) => m.set(n, (m.get(n) ?? 0) + 1);
  for (const n of order) for (const i of n.inputs) count(uses, i);
  for (const n of [...g.outputs, ...g.updates.map((u) => u.value)]) count(uses, n);
  for (const n of order) if (!inlined.has(n)) for (const t of readsThrough(n)) count(inPlace, t);
  return new Set([...inPlace].filter(([t, k]) => uses.get(t) === k).map(([t]) => t));
}

/** One fused loop as a C function: out first, then the leaves, all restrict pointers into the arena. */
function loopFunction(fn: string, root: Node, leaves: Node[], members: Node[], pos: Map<Node, number>): string {
  const shape = root.aval.shape;
  const n = sizeOf(shape);
  const group = [...members, root];
  const params = [`${C_TYPE[root.aval.dtype]}* restrict out`, ...leaves.map((l, i) => `const ${C_TYPE[l.aval.dtype]}* restrict x${i}`), 'int part', 'int parts', 'void* scratch'];
  const modes = leaves.map((l) => (sizeOf(l.aval.shape) === n ? 'full' : sizeOf(l.aval.shape) === 1 ? 'one' : 'strided'));
  const inDtype = (m: Node) => m.inputs[m.op === 'where' ? 1 : 0].aval.dtype;
  const scalarBody = (read: (i: number) => string, write: string): string[] => {
    const local = new Map<Node, string>();
    const lines = group.map((m) => {
      const operands = m.inputs.map((i) => local.get(i) ?? read(leaves.indexOf(i)));
      const rule = primitives[m.op as Prim] as ElementwiseRule<Prim>;
      const template = (m.aval.dtype === 'float32' && inDtype(m) === 'float32' && SCALAR_F32[m.op]) || rule.scalar.c(inDtype(m), m.aval.dtype);
      const t = `t${pos.get(m)}`;
      local.set(m, t);
      return `const ${C_TYPE[m.aval.dtype]} ${t} = (${C_TYPE[m.aval.dtype]})(${substitute(template, operands)});`;
    });
    return [...lines, `${write} = t${pos.get(root)};`];
  };
  const body: string[] = [];
  const vectorizable = !modes.includes('strided') && group.every((m) => m.aval.dtype === 'float32' && m.inputs.every((i) => i.aval.dtype === 'float32') && SIMD_F32[m.op]);
  if (!modes.includes('strided')) {
    const read = (i: number) => (modes[i] === 'one' ? `x${i}[0]` : `x${i}[i]`);
    // This call's share: whole 64-byte lines, so shares never write the same cache line.
    body.push(`  const int chunk = ((${n} + parts - 1) / parts + 15) & ~15;`, `  const int lo = part * chunk < ${n} ? part * chunk : ${n};`, `  const int hi = lo + chunk < ${n} ? lo + chunk : ${n};`);
    if (vectorizable && n >= 4) {
      const local = new Map<Node, string>();
      const splats = leaves.map((_, i) => (modes[i] === 'one' ? `  const v128_t s${i} = wasm_f32x4_splat(x${i}[0]);` : '')).filter(Boolean);
      const lines = group.map((m) => {
        const operands = m.inputs.map((i) => local.get(i) ?? (modes[leaves.indexOf(i)] === 'one' ? `s${leaves.indexOf(i)}` : `wasm_v128_load(x${leaves.indexOf(i)} + i)`));
        const t = `v${pos.get(m)}`;
        local.set(m, t);
        return `    const v128_t ${t} = ${substitute(SIMD_F32[m.op]!, operands)};`;
      });
      body.push(...splats, `  int i = lo;`, `  for (; i + 4 <= hi; i += 4) {`, ...lines, `    wasm_v128_store(out + i, v${pos.get(root)});`, '  }');
      body.push(`  for (; i < hi; i++) {`, ...scalarBody(read, 'out[i]').map((l) => `    ${l}`), '  }');
    } else {
      body.push(`  for (int i = lo; i < hi; i++) {`, ...scalarBody(read, 'out[i]').map((l) => `    ${l}`), '  }');
    }
  } else {
    const { dims, strides } = collapse(shape, leaves.map((l) => broadcastStrides(l.aval.shape, shape)));
    const index = (i: number) => strides[i].map((s, d) => (s === 0 ? '' : `i${d} * ${s}`)).filter(Boolean).join(' + ') || '0';
    // This call's share: a range of the outermost dimension.
    const inner = sizeOf(dims.slice(1));
    body.push(`  const int lo = (int)((int64_t)${dims[0]} * part / parts), hi = (int)((int64_t)${dims[0]} * (part + 1) / parts);`, `  int o = lo * ${inner};`);
    dims.forEach((dim, d) => body.push(`${'  '.repeat(d + 1)}for (int i${d} = ${d === 0 ? 'lo' : '0'}; i${d} < ${d === 0 ? 'hi' : dim}; i${d}++) {`));
    const read = (i: number) => (modes[i] === 'one' ? `x${i}[0]` : `x${i}[${index(i)}]`);
    body.push(...scalarBody(read, 'out[o++]').map((l) => `${'  '.repeat(dims.length + 1)}${l}`));
    dims.forEach((_, d) => body.push(`${'  '.repeat(dims.length - d)}}`));
  }
  return `void ${fn}(${params.join(', ')}) {\n${body.join('\n')}\n}\n`;
}

export { C_TYPE };
