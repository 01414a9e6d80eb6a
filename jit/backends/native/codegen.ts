// The native tier's program for a graph: the arena schedule (jit/schedule.ts) with the prebuilt
// kernels' steps, the fused loops from the host dialect of the C-family renderer, and one exported
// entry that runs every step of a call on the arena, split over OpenMP threads where a step is
// big enough: one FFI call per compiled call. Steps left to JS runtime kernels cut the entry into
// segments (the loader runs the JS step between two calls). Control steps (scan, cond, while) are
// C loops and branches in the entry around their bodies' step calls, copying rows and carries
// with memcpy; a body with a step left to JS cannot run there, and the compile says so.

import { writtenBuffers } from '../../arena-layouts.js';
import type { Graph, Node } from '../../graph.js';
import { C_TYPE } from '../../render/c-family.js';
import { HostCRenderer } from '../../render/c-host.js';
import {
  flatSteps,
  planNodes,
  schedule,
  type Copy,
  type LoopStep,
  type Plan,
  type PrebuiltStep,
  type Step,
} from '../../schedule.js';
import { loopWork } from '../wasm/codegen.js';
import { prebuiltStep, readsThrough } from '../wasm/prebuilt-steps.js';
import { UNIT_SEPARATOR } from './toolchain.js';

export interface NativeProgram {
  source: string;
  plan: Plan;
  /** Per segment of the entry, the plan's steps it runs; a JS kernel step runs after each segment but the last. */
  segments: number[][];
  /**
   * Outputs written straight into the caller's fresh arrays (the entry's trailing pointers, in
   * this order): their positions among the graph's outputs. The others are copied out of the arena.
   */
  direct: number[];
}

/** The host dialect of the C-family renderer (stateless: one serves every compile). */
export const renderer = new HostCRenderer();

const ptr = (b: number) => `addr[${b}]`;

/** Steps from which a library is compiled as two translation units in parallel (fewer: the link costs more than it saves). */
const SPLIT_STEPS = 16;

/** koffi calls functions of at most 64 parameters; the entry has 7 of its own. */
const MAX_DIRECT_OUTPUTS = 48;

/**
 * The outputs a call can have the library write into fresh arrays instead of the arena (no copy
 * out): those whose buffer only C steps write and read (no JS kernel step, no input, constant,
 * Variable update or other output shares it).
 */
function directOutputs(g: Graph, plan: Plan): number[] {
  const outputs = plan.results.slice(0, g.outputs.length);
  const taken = new Set<number>([
    ...plan.inputs,
    ...plan.constants.map((c) => c.buffer),
    ...plan.results.slice(g.outputs.length),
    ...plan.steps.flatMap((s) => (s.kind === 'kernel' ? [...s.args, s.out] : [])),
  ]);
  const written = writtenBuffers(plan);
  return outputs
    .flatMap((b, k) =>
      written.has(b) && !taken.has(b) && outputs.indexOf(b) === k && outputs.lastIndexOf(b) === k ? [k] : [],
    )
    .slice(0, MAX_DIRECT_OUTPUTS);
}

const stepSignature = (i: number) =>
  `void s${i}(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc)`;

/** Step i as a function of the buffers' addresses and its share (the entry runs it through tj_run_step). */
function stepFunction(s: Step, i: number, shared = false): string {
  let call: string;
  if (s.kind === 'loop') {
    const [out, ...leaves] = s.args;
    call = `${s.fn}(${[`(void*)${ptr(out)}`, ...leaves.map((b) => `(const void*)${ptr(b)}`), 'part', 'parts', 'sc'].join(', ')})`;
  } else if (s.kind === 'prebuilt') {
    call = `${s.fn}(${[...s.args.map(ptr), ...s.ints.map(String), 'part', 'parts', 'sc'].join(', ')})`;
  } else throw new Error('internal: a JS kernel step inside a native segment');
  return [
    `${shared ? '__attribute__((visibility("hidden"))) ' : 'static '}${stepSignature(i)} {`,
    `  (void)sc;`,
    `  ${call};`,
    '}',
  ].join('\n');
}

/** The entry's statements for step i: its shares, then (linear) the bias. */
function stepStatement(plan: Plan, s: LoopStep | PrebuiltStep, i: number): string[] {
  const lines = [`tj_run_step(s${i}, tj_shares(threads, ${s.work.toFixed(1)}), addr, scratch, scratch_bytes);`];
  if (s.kind === 'prebuilt' && s.bias !== undefined) {
    // linear: the bias joins row by row after the product (as the other tiers round it).
    const { dtype, size } = plan.buffers[s.out];
    const T = C_TYPE[dtype],
      n = s.ints[3];
    lines.push(
      `{ ${T}* restrict o = (${T}*)${ptr(s.out)}; const ${T}* restrict bias = (const ${T}*)${ptr(s.bias)};`,
      `  for (int64_t r = 0; r < ${size}; r += ${n}) for (int j = 0; j < ${n}; j++) o[r + j] = o[r + j] + bias[j]; }`,
    );
  }
  return lines;
}

/** Declarations of the prebuilt kernels the steps call (pointers, then ints, then the share parameters). */
function kernelDeclarations(plan: Plan): string[] {
  const seen = new Map<string, string>();
  for (const s of flatSteps(plan.steps))
    if (s.kind === 'prebuilt' && !seen.has(s.fn))
      seen.set(
        s.fn,
        `void ${s.fn}(${[...s.args.map(() => 'void*'), ...s.ints.map(() => 'int'), 'int', 'int', 'void*'].join(', ')});`,
      );
  return [...seen.values()];
}

/** Splits the plan's steps into the entry's segments: C steps, cut at each JS kernel step. */
function segmentsOf(plan: Plan): number[][] {
  const segments: number[][] = [[]];
  plan.steps.forEach((s, i) => (s.kind === 'kernel' ? segments.push([]) : segments[segments.length - 1].push(i)));
  return segments;
}

/** Row t of buffer b (t·bytes in) where `row`, else b. */
const at = (b: number, row: boolean | undefined, bytes: number, t: string) =>
  row ? `${ptr(b)} + ${t} * ${bytes}` : ptr(b);
const copyLines = (copies: readonly Copy[], t: string) =>
  copies.map(
    (c) => `__builtin_memcpy(${at(c.to, c.toRow, c.bytes, t)}, ${at(c.from, c.fromRow, c.bytes, t)}, ${c.bytes});`,
  );
const indent = (lines: string[]) => lines.map((l) => `  ${l}`);

/**
 * The C steps' functions: each step that calls a loop or kernel has an id (s<id>): a step of the
 * plan its index, a step inside a control step one after them. The entry runs control steps
 * itself, as C loops and branches around their steps' calls.
 */
function stepIds(plan: Plan, nodes: readonly Node[]): { byStep: Map<Step, number>; steps: Step[] } {
  const byStep = new Map<Step, number>();
  const steps: Step[] = [...plan.steps];
  plan.steps.forEach((s, i) => byStep.set(s, i));
  for (const s of plan.steps)
    for (const inner of flatSteps([s]).slice(1)) {
      if (inner.kind === 'kernel')
        throw new Error(
          `the native tier cannot compile ${nodes[inner.node].op} inside the body of a ${s.kind}: it has no C kernel, and a body runs inside one C loop (the WASM and JS tiers can run it)`,
        );
      if (inner.kind === 'loop' || inner.kind === 'prebuilt') byStep.set(inner, steps.push(inner) - 1);
    }
  return { byStep, steps };
}

export function generateNative(g: Graph): NativeProgram {
  const { plan, loops } = schedule(g, { prebuilt: prebuiltStep, readsThrough, loopWork });
  const nodes = planNodes(g);
  const segments = segmentsOf(plan);
  const ids = stepIds(plan, nodes);
  /** The entry's statements for step s, nested `depth` control steps deep (the loop counters are k<depth>, t<depth>). */
  const statements = (s: Step, depth: number): string[] => {
    if (s.kind === 'kernel') throw new Error('internal: a JS kernel step inside a native segment');
    if (s.kind === 'loop' || s.kind === 'prebuilt') return stepStatement(plan, s, ids.byStep.get(s)!);
    const inner = (steps: readonly Step[]) => indent(steps.flatMap((x) => statements(x, depth + 1)));
    const truth = (b: number) => `(*(const ${C_TYPE[plan.buffers[b].dtype]}*)${ptr(b)} != 0)`;
    if (s.kind === 'scan') {
      const k = `k${depth}`,
        t = `t${depth}`;
      return [
        `{ /* scan of ${s.length} steps${s.reverse ? ', reversed' : ''} */`,
        ...indent(copyLines(s.enter, '0')),
        `  for (int64_t ${k} = 0; ${k} < ${s.length}; ${k}++) {`,
        `    const int64_t ${t} = ${s.reverse ? `${s.length - 1} - ${k}` : k};`,
        `    (void)${t};`,
        ...indent(indent(copyLines(s.before, t))),
        ...indent(inner(s.body)),
        ...indent(indent(copyLines(s.after, t))),
        '  }',
        '}',
      ];
    }
    if (s.kind === 'cond') {
      const [whenFalse, whenTrue] = s.branches;
      const branch = (b: typeof whenTrue) => [...inner(b.steps), ...indent(copyLines(b.after, '0'))];
      return [`if ${truth(s.pred)} { /* cond */`, ...branch(whenTrue), '} else {', ...branch(whenFalse), '}'];
    }
    return [
      '{ /* while */',
      ...indent(copyLines(s.enter, '0')),
      '  for (;;) {',
      ...indent(inner(s.cond)),
      `    if (!${truth(s.test)}) break;`,
      ...indent(inner(s.body)),
      ...indent(indent(copyLines(s.after, '0'))),
      '  }',
      '}',
    ];
  };
  const cases = segments.map((seg, k) => [
    `  case ${k}:`,
    ...seg.flatMap((i) => [...statements(plan.steps[i], 0), `TJ_LAP(times, ${i}, t);`].map((l) => `    ${l}`)),
    '    break;',
  ]);
  const direct = directOutputs(g, plan);
  const outputs = plan.results.slice(0, g.outputs.length);
  const nb = Math.max(plan.buffers.length, 1);
  const entry = [
    "/* One call: every step on the arena (at[b]: buffer b's offset in this call's layout), outputs o<k> written in place; times: per-step ms for f.profile(), or NULL. */",
    '__attribute__((visibility("default")))',
    `void tj_entry(${['uint8_t* restrict arena', 'const int64_t* restrict at', 'uint8_t* restrict scratch', 'int scratch_bytes', 'int threads', 'int segment', 'double* restrict times', ...direct.map((k) => `void* o${k}`)].join(', ')}) {`,
    '  (void)scratch, (void)scratch_bytes, (void)threads;',
    `  uint8_t* addr[${nb}];`,
    `  for (int b = 0; b < ${plan.buffers.length}; b++) addr[b] = arena + at[b];`,
    ...direct.map((k) => `  addr[${outputs[k]}] = (uint8_t*)o${k};`),
    '  double t = times ? tj_now_ms() : 0.0;',
    '  (void)t;',
    '  switch (segment) {',
    ...cases.flat(),
    '  }',
    '}',
  ];
  // Big libraries are two translation units the compiler builds in parallel (toolchain.ts): the
  // second half of the steps, with their loops, in the second.
  // The C steps' ids, in the order the entry runs them (a control step's inner steps in its place).
  const order = segments
    .flat()
    .flatMap((i) => flatSteps([plan.steps[i]]))
    .filter((st) => st.kind === 'loop' || st.kind === 'prebuilt')
    .map((st) => ids.byStep.get(st)!);
  const second = new Set(order.length >= SPLIT_STEPS ? order.slice(Math.ceil(order.length / 2)) : []);
  const loopsOf = (steps: number[]) => {
    const fns = new Set(steps.map((i) => ids.steps[i]).flatMap((st) => (st.kind === 'loop' ? [st.fn] : [])));
    return loops.filter((l) => fns.has(l.fn));
  };
  const first = order.filter((i) => !second.has(i)),
    rest = order.filter((i) => second.has(i));
  const unit0 = [
    renderer.render(loopsOf(first)),
    ...kernelDeclarations(plan),
    ...rest.map((i) => `${stepSignature(i)};`),
    '',
    ...first.map((i) => stepFunction(ids.steps[i], i)),
    '',
    ...entry,
    '',
  ].join('\n');
  const units = [unit0];
  if (rest.length)
    units.push(
      [
        renderer.render(loopsOf(rest)),
        ...kernelDeclarations(plan),
        '',
        ...rest.map((i) => stepFunction(ids.steps[i], i, true)),
        '',
      ].join('\n'),
    );
  const source = units.join(UNIT_SEPARATOR);
  return { source, plan, segments, direct };
}
