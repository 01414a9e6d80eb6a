// The native tier's program for a graph: the arena schedule (jit/schedule.ts) with the prebuilt
// kernels' steps, the fused loops from the host dialect of the C-family renderer, and one exported
// entry that runs every step of a call on the arena, split over OpenMP threads where a step is
// big enough: one FFI call per compiled call. Steps left to JS runtime kernels cut the entry into
// segments (the loader runs the JS step between two calls). Control steps (scan, cond, while) are
// C loops and branches in the entry around their bodies' step calls, copying rows and carries
// with memcpy. A control step with a step left to JS anywhere inside it is driven from JS by the
// loader instead: its loop or branch runs there, the C steps of its bodies through segments of
// the entry of their own (one FFI call per run of C steps per iteration), the JS kernels between.

import { sizeOf } from '../../../runtime/shape.js';
import { writtenBuffers } from '../../arena-layouts.js';
import type { Graph } from '../../graph.js';
import { C_TYPE } from '../../render/c-family.js';
import { HostCRenderer } from '../../render/c-host.js';
import {
  copiesOf,
  flatSteps,
  innerSteps,
  schedule,
  type CondStep,
  type Copy,
  type KernelStep,
  type Loop,
  type LoopStep,
  type Plan,
  type PrebuiltStep,
  type ScanStep,
  type Step,
  type WhileStep,
} from '../../schedule.js';
import { loopWork } from '../wasm/codegen.js';
import { prebuiltStep, readsThrough } from '../wasm/prebuilt-steps.js';
import { UNIT_SEPARATOR } from './toolchain.js';

export interface NativeProgram {
  source: string;
  plan: Plan;
  /** Per top-level segment of the entry, the plan's steps it runs; a step that needs JS (segmentsOf) runs after each but the last. */
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

/**
 * The compile weight from which a library is compiled as two translation units in parallel (less:
 * the link costs more than it saves). A loop weighs 1 and 1 more per float32 exp/log/tanh/sigmoid/
 * erf it inlines, a call of a prebuilt kernel a quarter, a linear step's bias loop (in the entry's
 * unit) 1.5 (measured with gcc 12 at -O1: 10-20 ms a loop, twice that with a transcendental function).
 */
const SPLIT_WEIGHT = 12;
const PREBUILT_WEIGHT = 0.25;
const BIAS_WEIGHT = 1.5;
/** A control step's statements in the entry (its loop or branch, its copies): as much as two loops (~30 ms for the RNN's two scans). */
const CONTROL_WEIGHT = 2;
const INLINED_MATH = new Set(['exp', 'log', 'tanh', 'sigmoid', 'erf']);

/** koffi calls functions of at most 64 parameters; the entry has 7 of its own. */
const MAX_DIRECT_OUTPUTS = 48;

/** Whether step s runs a JS kernel (it is one, or a control step with one anywhere inside): then the loader runs or drives it. */
export const needsJs = (s: Step): boolean => flatSteps([s]).some((x) => x.kind === 'kernel');

/** Every buffer step s reads or writes (a control step: its copies, predicate, test and results too, and everything inside). */
function buffersOf(s: Step): number[] {
  switch (s.kind) {
    case 'loop':
      return s.args;
    case 'prebuilt':
      return [...s.args, s.out, ...(s.bias === undefined ? [] : [s.bias])];
    case 'kernel':
      return [...s.args, s.out];
    default:
      return [
        ...s.results,
        ...copiesOf(s).flatMap((c) => [c.from, c.to]),
        ...(s.kind === 'cond' ? [s.pred] : s.kind === 'while' ? [s.test] : []),
        ...innerSteps(s).flatMap((l) => l.flatMap(buffersOf)),
      ];
  }
}

/**
 * How the loader runs a step the entry cannot run whole: a JS kernel, or a control step driven
 * from JS, whose step lists are runs of C steps (a segment of the entry each, by id) and steps
 * the loader runs in turn.
 */
export type Drive =
  | { kind: 'segment'; id: number }
  | { kind: 'kernel'; step: KernelStep & { nodes: number[] } }
  | { kind: 'scan'; step: ScanStep; body: Drive[] }
  | { kind: 'cond'; step: CondStep; branches: Drive[][] }
  | { kind: 'while'; step: WhileStep; cond: Drive[]; body: Drive[] };

export interface Segments {
  /** The top-level segments (ids 0..): the plan's steps each runs, cut at each step that needs JS. */
  top: number[][];
  /** The steps that need JS (by plan index), the k-th after top-level segment k, and how each runs. */
  between: { step: number; drive: Drive }[];
  /** The segments inside steps driven from JS (ids top.length + i): the steps each runs. */
  inner: Step[][];
}

/** The entry's segments and what the loader runs between them (codegen and loader both derive them from the plan). */
export function segmentsOf(plan: Plan): Segments {
  const top: number[][] = [[]];
  const js: number[] = [];
  plan.steps.forEach((s, i) => (needsJs(s) ? (js.push(i), top.push([])) : top[top.length - 1].push(i)));
  const inner: Step[][] = [];
  const list = (steps: readonly Step[]): Drive[] => {
    const out: Drive[] = [];
    let run: Step[] | undefined;
    for (const s of steps) {
      if (needsJs(s)) {
        run = undefined;
        out.push(drive(s));
        continue;
      }
      if (!run) {
        run = [];
        out.push({ kind: 'segment', id: top.length + inner.push(run) - 1 });
      }
      run.push(s);
    }
    return out;
  };
  const drive = (s: Step): Drive => {
    switch (s.kind) {
      case 'kernel':
        return { kind: 'kernel', step: s };
      case 'scan':
        return { kind: 'scan', step: s, body: list(s.body) };
      case 'cond':
        return { kind: 'cond', step: s, branches: s.branches.map((b) => list(b.steps)) };
      case 'while':
        return { kind: 'while', step: s, cond: list(s.cond), body: list(s.body) };
      default:
        throw new Error(`internal: a ${s.kind} step driven from JS`);
    }
  };
  return { top, between: js.map((i) => ({ step: i, drive: drive(plan.steps[i]) })), inner };
}

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
    ...plan.steps.flatMap((s) => (needsJs(s) ? buffersOf(s) : [])),
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

/**
 * The loops' C functions, one per distinct text: a loop that differs from an earlier one only in
 * its name and its temporaries' (the same computation on the same shapes) calls that one's
 * function (`alias`), which the compiler then builds once.
 */
function distinctLoops(loops: readonly Loop[]): { text: Map<string, string>; alias: Map<string, string> } {
  const text = new Map<string, string>(),
    alias = new Map<string, string>(),
    byShape = new Map<string, string>();
  for (const l of loops) {
    const fn = renderer.loopFunction(l);
    const temps = new Map<string, string>();
    const shape = fn
      .replace(`${l.fn}(`, 'FN(')
      .replace(/\bt\d+\b/g, (t) => temps.get(t) ?? (temps.set(t, `T${temps.size}`), `T${temps.size - 1}`));
    const first = byShape.get(shape);
    if (first !== undefined) alias.set(l.fn, first);
    else {
      byShape.set(shape, l.fn);
      text.set(l.fn, fn);
    }
  }
  return { text, alias };
}

/**
 * Step i as a function of the buffers' addresses and its share (the entry runs it through
 * tj_run_rows); `fn` the loop function it calls, `n` the loop's element count.
 */
function stepFunction(s: Step, i: number, shared: boolean, fn: string, n: number): string {
  let call: string;
  if (s.kind === 'loop') {
    const [out, ...leaves] = s.args;
    const args = [
      `(void*)${ptr(out)}`,
      ...leaves.map((b) => `(const void*)${ptr(b)}`),
      String(n),
      'part',
      'parts',
      'sc',
    ];
    call = `${fn}(${args.join(', ')})`;
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

/** Step i's rows of an entry table (tj_row): its shares, then (linear) the bias, which ends the f.profile() slot `lap`. */
function stepRows(s: LoopStep | PrebuiltStep, i: number, lap: number): string[] {
  const rows = [`{ s${i}, ${s.work.toFixed(1)}, ${s.kind === 'prebuilt' && s.bias !== undefined ? -1 : lap} }`];
  if (s.kind === 'prebuilt' && s.bias !== undefined) rows.push(`{ b${i}, 0.0, ${lap} }`);
  return rows;
}

/** Linear step i's bias as a step function of one share, run on the calling thread once the product is done. */
function biasFunction(plan: Plan, s: PrebuiltStep, i: number): string {
  // The bias joins row by row after the product (as the other tiers round it).
  const { dtype, size } = plan.buffers[s.out];
  const T = C_TYPE[dtype],
    n = s.ints[3];
  return [
    `static ${stepSignature(i).replace(`void s${i}(`, `void b${i}(`)} {`,
    '  (void)part, (void)parts, (void)sc;',
    `  ${T}* restrict o = (${T}*)${ptr(s.out)};`,
    `  const ${T}* restrict bias = (const ${T}*)${ptr(s.bias!)};`,
    `  for (int64_t r = 0; r < ${size}; r += ${n}) for (int j = 0; j < ${n}; j++) o[r + j] = o[r + j] + bias[j];`,
    '}',
  ].join('\n');
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
 * itself, as C loops and branches around their steps' calls (those driven from JS: the runs of C
 * steps in their bodies, each a segment).
 */
function stepIds(plan: Plan): { byStep: Map<Step, number>; steps: Step[] } {
  const byStep = new Map<Step, number>();
  const steps: Step[] = [...plan.steps];
  plan.steps.forEach((s, i) => byStep.set(s, i));
  for (const s of plan.steps)
    for (const inner of flatSteps([s]).slice(1))
      if (inner.kind === 'loop' || inner.kind === 'prebuilt') byStep.set(inner, steps.push(inner) - 1);
  return { byStep, steps };
}

export function generateNative(g: Graph): NativeProgram {
  const { plan, loops } = schedule(g, { prebuilt: prebuiltStep, readsThrough, loopWork });
  const { top: segments, inner } = segmentsOf(plan);
  const ids = stepIds(plan);
  /** The entry's tables of rows (file scope) and the functions of linear steps' biases. */
  const tables: string[] = [],
    biases: string[] = [];
  /**
   * The entry's statements for a list of steps: each run of C steps one table walked by
   * tj_run_rows, control steps in between; `lap(s)` is the f.profile() slot s's time ends, or -1.
   */
  const run = (steps: readonly Step[], depth: number, lap: (s: Step) => number): string[] => {
    const lines: string[] = [];
    let rows: string[] = [];
    const flush = () => {
      if (!rows.length) return;
      const name = `r${tables.length}`;
      tables.push(`static const tj_row ${name}[] = {\n${rows.map((r) => `  ${r},`).join('\n')}\n};`);
      lines.push(`tj_run_rows(${name}, ${rows.length}, addr, scratch, scratch_bytes, threads, times, &t);`);
      rows = [];
    };
    for (const s of steps) {
      if (s.kind === 'loop' || s.kind === 'prebuilt') {
        const i = ids.byStep.get(s)!;
        rows.push(...stepRows(s, i, lap(s)));
        if (s.kind === 'prebuilt' && s.bias !== undefined) biases.push(biasFunction(plan, s, i));
        continue;
      }
      flush();
      lines.push(...statements(s, depth));
      if (lap(s) >= 0) lines.push(`TJ_LAP(times, ${lap(s)}, t);`);
    }
    flush();
    return lines;
  };
  /** The entry's statements for control step s, nested `depth` control steps deep (the loop counters are k<depth>, t<depth>). */
  const statements = (s: Step, depth: number): string[] => {
    if (s.kind === 'kernel') throw new Error('internal: a JS kernel step inside a native segment');
    if (s.kind === 'loop' || s.kind === 'prebuilt') throw new Error('internal: a C step outside a run');
    const inner = (steps: readonly Step[]) => indent(run(steps, depth + 1, () => -1));
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
  const cases = [
    ...segments.map((seg, k) => [
      `  case ${k}:`,
      ...run(
        seg.map((i) => plan.steps[i]),
        0,
        (s) => plan.steps.indexOf(s),
      ).map((l) => `    ${l}`),
      '    break;',
    ]),
    // Runs of C steps inside control steps driven from JS (f.profile() times the whole control step in JS).
    ...inner.map((steps, k) => [
      `  case ${segments.length + k}: /* inside a control step driven from JS */`,
      ...run(steps, 0, () => -1).map((l) => `    ${l}`),
      '    break;',
    ]),
  ];
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
  // steps from half their compile weight on, with their loops, in the second.
  const { text, alias } = distinctLoops(loops);
  const sizes = new Map(loops.map((l) => [l.fn, sizeOf(l.root.aval.shape)]));
  const callee = (i: number) => {
    const st = ids.steps[i];
    return st.kind === 'loop' ? (alias.get(st.fn) ?? st.fn) : '';
  };
  /** Step i's function: a loop step calls its loop's shared function (callee) with its own element count. */
  const step = (i: number, shared: boolean) => {
    const st = ids.steps[i];
    return stepFunction(st, i, shared, callee(i), st.kind === 'loop' ? sizes.get(st.fn)! : 0);
  };
  // The C steps' ids, in the order the entry runs them (a control step's inner steps in its place).
  const order = [...segments.flat().map((i) => plan.steps[i]), ...inner.flat()]
    .flatMap((st) => flatSteps([st]))
    .filter((st) => st.kind === 'loop' || st.kind === 'prebuilt')
    .map((st) => ids.byStep.get(st)!);
  // The second unit: the steps from half the weight on (the first has the entry, its control steps
  // and the biases; a step calling another's loop function weighs as a call).
  const mathOps = new Map(loops.map((l) => [l.fn, l.members.filter((n) => INLINED_MATH.has(n.op)).length]));
  const weights = order.map((i) => {
    const st = ids.steps[i];
    return st.kind === 'loop' && !alias.has(st.fn) ? 1 + (mathOps.get(st.fn) ?? 0) : PREBUILT_WEIGHT;
  });
  const entryWeight =
    BIAS_WEIGHT * biases.length + CONTROL_WEIGHT * flatSteps(plan.steps).filter((st) => innerSteps(st).length).length;
  const total = weights.reduce((a, b) => a + b, entryWeight);
  let half = 0;
  for (let acc = entryWeight; half < order.length && acc + weights[half] / 2 < total / 2; half++) acc += weights[half];
  const second = new Set(total >= SPLIT_WEIGHT ? order.slice(half) : []);
  /** A unit's loop functions (as renderer.render writes a list of loops: the prelude, a blank line, the functions). */
  const loopsOf = (steps: number[]) => {
    const fns = new Set(steps.map(callee));
    return [...renderer.prelude, '', ...loops.filter((l) => fns.has(l.fn)).map((l) => text.get(l.fn)!)].join('\n');
  };
  const first = order.filter((i) => !second.has(i)),
    rest = order.filter((i) => second.has(i));
  const unit0 = [
    loopsOf(first),
    ...kernelDeclarations(plan),
    ...rest.map((i) => `${stepSignature(i)};`),
    '',
    ...first.map((i) => step(i, false)),
    ...biases,
    '',
    ...tables,
    '',
    ...entry,
    '',
  ].join('\n');
  const units = [unit0];
  if (rest.length)
    units.push([loopsOf(rest), ...kernelDeclarations(plan), '', ...rest.map((i) => step(i, true)), ''].join('\n'));
  const source = units.join(UNIT_SEPARATOR);
  return { source, plan, segments, direct };
}
