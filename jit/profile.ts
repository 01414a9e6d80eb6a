// f.profile(...args): times each kernel of the tier a signature runs on (Theano's ProfileStats for
// one function): every fused loop or kernel call of a compiled call, with the graph nodes it
// computes, plus copying inputs in, results out, and the rest of the call. Runs the timed variant
// of the compiled function (CompiledFn.profiler), never slowing the normal path.

import type { TypedArray } from '../runtime/dtype.js';
import type { Variable } from '../src/variable.js';
import { inlineParams, topoOrder, type Graph, type Node } from './graph.js';
import type { CompiledFn, ProfiledRun } from './backends/js/loader.js';

/** How `f.profile.with(opts)(...args)` runs and reports. */
export interface ProfileOptions {
  /** Print the table with console.log (default true). */
  print?: boolean;
  /** At least this many timed calls after one warm-up call (default 5). */
  runs?: number;
  /** And keep calling until this many milliseconds have been timed (default 50), up to `maxRuns`. */
  minMs?: number;
  /** At most this many timed calls (default 1000). */
  maxRuns?: number;
}

/** One row of a profile: a kernel (fused loop, kernel call, prebuilt kernel) or a part of the call around them. */
export interface ProfileRow {
  /** The loop or kernel's name (`loop L5`, `kernel matmul`, `tj_matmul_f32`), or `copy-in`, `copy-out`, `overhead`. */
  kernel: string;
  kind: 'loop' | 'kernel' | 'prebuilt' | 'copy-in' | 'copy-out' | 'overhead';
  /** The graph nodes it computes, as `f.lower().graph` prints them (`%3 = tanh(%2)`); empty for the other rows. */
  nodes: string[];
  /** The same nodes' positions in topological order (`%k` numbers count only non-input nodes). */
  positions: number[];
  /** Median milliseconds per call. */
  ms: number;
  /** ms / totalMs: the rows' shares sum to 1. */
  share: number;
}

export interface Profile {
  /** The function's name. */
  name: string;
  /** The tier the signature runs on: the one profiled. */
  tier: string;
  /** Milliseconds per call: the sum of the rows' medians (close to the median call). */
  totalMs: number;
  /** Timed calls (after one warm-up call). */
  runs: number;
  /** Median of the whole calls' times, measured around them (the rows add up to about this). */
  callMs: number;
  /** Kernels in the order a call runs them, then copy-in, copy-out and overhead. */
  rows: ProfileRow[];
  /** The printed table, largest rows first. */
  text: string;
}

const DEFAULTS: Required<ProfileOptions> = { print: true, runs: 5, minMs: 50, maxRuns: 1000 };

export function checkProfileOptions(opts: ProfileOptions, name: string): Required<ProfileOptions> {
  if (opts === null || typeof opts !== 'object')
    throw new Error(`jit(${name}).profile.with: options must be an object, got ${String(opts)}`);
  for (const k of Object.keys(opts))
    if (!(k in DEFAULTS))
      throw new Error(
        `jit(${name}).profile.with: unknown option ${JSON.stringify(k)} (expected print, runs, minMs or maxRuns)`,
      );
  const o = {
    ...DEFAULTS,
    ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
  } as Required<ProfileOptions>;
  if (typeof o.print !== 'boolean')
    throw new Error(`jit(${name}).profile.with: print must be true or false, got ${JSON.stringify(o.print)}`);
  for (const k of ['runs', 'maxRuns'] as const)
    if (!Number.isInteger(o[k]) || o[k] < 1)
      throw new Error(`jit(${name}).profile.with: ${k} must be a positive integer, got ${String(o[k])}`);
  if (typeof o.minMs !== 'number' || !(o.minMs >= 0))
    throw new Error(`jit(${name}).profile.with: minMs must be a non-negative number, got ${String(o.minMs)}`);
  return o;
}

/** Each node's text as printGraph writes it, without the type: `%3 = reduceSum(%2) {axes=[0]}`, inputs by their labels. */
function nodeTexts(g: Graph): { order: Node[]; text: (k: number) => string } {
  const order = topoOrder(g);
  const names = new Map<Node, string>();
  g.inputs.forEach((n, i) => names.set(n, n.label ?? `in${i}`));
  let k = 0;
  for (const n of order) if (n.op !== 'input') names.set(n, `%${k++}`);
  const text = (p: number) => {
    const n = order[p];
    if (n.op === 'input') return names.get(n)!;
    const rhs =
      n.op === 'const'
        ? 'const'
        : `${n.op}(${n.inputs.map((i) => names.get(i)).join(', ')})${inlineParams(n.params) ? ` {${inlineParams(n.params)}}` : ''}`;
    return `${names.get(n)} = ${rhs}`;
  };
  return { order, text };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Profiles one compiled signature. `call(fn)` runs the whole call (flattening the arguments,
 * building the result tensors) with `fn` in place of the compiled function. Every call is real:
 * the Variables advance as they would, and are put back as they were at the end (as verify() does).
 */
export function profileCompiled(
  name: string,
  tier: string,
  graph: Graph,
  compiled: CompiledFn,
  vars: readonly Variable[],
  call: (fn: CompiledFn) => unknown,
  options: ProfileOptions = {},
): Profile {
  const opts = checkProfileOptions(options, name);
  if (!compiled.profiler) throw new Error(`jit(${name}).profile: the ${tier} tier cannot be profiled`);
  const profiler = compiled.profiler();
  const saved = vars.map((v) => v._buf);
  const samples: { run: ProfiledRun; total: number }[] = [];
  try {
    let last: ProfiledRun | undefined;
    const timedFn: CompiledFn = (ins: readonly TypedArray[], vs: readonly Variable[]) => {
      last = profiler.run(ins, vs);
      return last.outs;
    };
    let timed = 0;
    for (let i = 0; ; i++) {
      last = undefined;
      const t0 = performance.now();
      call(timedFn);
      const total = performance.now() - t0;
      if (!last) throw new Error(`internal: jit(${name}).profile: the compiled function was not called`);
      if (i === 0) continue; // warm-up: first copies in, first run of the timed code
      samples.push({ run: last, total });
      timed += total;
      if (samples.length >= opts.maxRuns || (samples.length >= opts.runs && timed >= opts.minMs)) break;
    }
  } finally {
    vars.forEach((v, i) => {
      v._buf = saved[i];
    });
  }

  const { text } = nodeTexts(graph);
  const steps = profiler.steps;
  const perStep = steps.map((_, j) => median(samples.map((s) => s.run.stepMs[j])));
  const copyIn = median(samples.map((s) => s.run.copyInMs));
  const copyOut = median(samples.map((s) => s.run.copyOutMs));
  // The rest of each call: argument flattening, result tensors, the timing itself.
  const overhead = median(
    samples.map((s) =>
      Math.max(0, s.total - s.run.copyInMs - s.run.copyOutMs - s.run.stepMs.reduce((a, b) => a + b, 0)),
    ),
  );
  const rows: Omit<ProfileRow, 'share'>[] = [
    ...steps.map((s, j) => ({
      kernel: s.label,
      kind: s.kind,
      nodes: s.nodes.map(text),
      positions: s.nodes.slice(),
      ms: perStep[j],
    })),
    { kernel: 'copy-in', kind: 'copy-in' as const, nodes: [], positions: [], ms: copyIn },
    { kernel: 'copy-out', kind: 'copy-out' as const, nodes: [], positions: [], ms: copyOut },
    { kernel: 'overhead', kind: 'overhead' as const, nodes: [], positions: [], ms: overhead },
  ];
  const totalMs = rows.reduce((a, r) => a + r.ms, 0);
  const shared = rows.map((r) => ({ ...r, share: totalMs > 0 ? r.ms / totalMs : 1 / rows.length }));
  const profile: Profile = {
    name,
    tier,
    totalMs,
    runs: samples.length,
    callMs: median(samples.map((s) => s.total)),
    rows: shared,
    text: '',
  };
  profile.text = formatProfile(profile);
  if (opts.print) console.log(profile.text);
  return profile;
}

const fmtMs = (ms: number) => (ms >= 100 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(3) : ms.toPrecision(3));

/** The table: largest rows first, one line per kernel, its nodes after it (long lists cut). */
export function formatProfile(p: Profile): string {
  const sorted = [...p.rows].sort((a, b) => b.ms - a.ms);
  const cells = [['kernel', 'ms/call', 'share', 'cumul', 'nodes']];
  let cumul = 0;
  for (const r of sorted) {
    cumul += r.share;
    let nodes = r.nodes.join('; ');
    if (nodes.length > 100) nodes = `${nodes.slice(0, 97)}...`;
    cells.push([
      r.kernel,
      fmtMs(r.ms),
      `${(r.share * 100).toFixed(1)}%`,
      `${(Math.min(cumul, 1) * 100).toFixed(1)}%`,
      nodes,
    ]);
  }
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const lines = cells.map((r) =>
    r
      .map((cell, c) => (c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd(),
  );
  const kernels = p.rows.filter((r) => r.kind === 'loop' || r.kind === 'kernel' || r.kind === 'prebuilt').length;
  return [
    `profile of jit(${p.name}), ${p.tier} tier: ${fmtMs(p.totalMs)} ms per call, ${kernels} kernel${kernels === 1 ? '' : 's'} (median of ${p.runs} calls)`,
    ...lines.map((l) => `  ${l}`),
  ].join('\n');
}
