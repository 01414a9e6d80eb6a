// explain(): what tracing a function finds, without running it: graph breaks with their source
// lines, node counts before and after rewriting, the rewrites applied, and the kernels a call runs.

import { generateJs } from './codegen-js.js';
import { printGraph, subgraphsOf, topoOrder, type Graph } from './graph.js';
import { nodeCount } from './jit.js';
import { describeSite, locateBreak, type BreakSite } from './locate.js';
import { optimize } from './optimize.js';
import { fmtShape } from '../runtime/shape.js';
import { GraphBreak, traceLearning, TracedCodeThrew, type LearnedStatic } from './tracer.js';

/** What explain() found by tracing a function on some arguments. */
export interface Explanation {
  /** Where tracing stopped because the function read a traced value (those arguments run eagerly). */
  graphBreaks: { reason: string; site: BreakSite }[];
  /** Primitive nodes traced, and left after the rewrites. */
  nodesBefore: number;
  nodesAfter: number;
  /** Names of the rewrites that fired, in order (a name appears once per firing). */
  rewrites: string[];
  /** Kernels (fused loops and kernel calls) a call runs on the JS tier. */
  kernels: number;
  /** Control-flow nodes (scan, cond, while) in the optimized graph, those inside bodies included. */
  loops: number;
  /** The optimized graph as text. */
  graph: string;
  /** Number arguments made static because the function needs their values, and why. */
  staticArgs: { arg: number; reason: string }[];
  /** Closed-over tensors frozen into the graph at trace time (shape and dtype). */
  frozen: string[];
  toString(): string;
}

/**
 * Traces `fn` on `args` without running it and reports what tracing found: graph breaks with
 * their source lines, node counts before and after rewriting, the rewrites applied, the kernels a
 * call runs, number arguments that must be static and why, and closed-over tensors frozen into
 * the graph. `String(explain(...))` is a readable report.
 *
 * @example
 * ```ts
 * const naive = (x: tj.Tensor) => tj.log(tj.add(1, tj.exp(x)));
 * tj.explain(naive, tj.tensor([1000])).rewrites; // ['log1p', 'softplus', ...]
 * ```
 */
export function explain(fn: (...args: any[]) => unknown, ...args: unknown[]): Explanation {
  if (typeof fn !== 'function') throw new Error(`explain: expected a function, got ${typeof fn}`);
  const name = fn.name || 'anonymous';
  let report: Omit<Explanation, 'toString'>;
  const learned: LearnedStatic = new Map();
  const staticArgs = () => [...learned].map(([arg, reason]) => ({ arg, reason }));
  try {
    const result = traceLearning(name, fn, undefined, args, () => false, learned);
    const traced = result.graph;
    const { graph, rewrites } = optimize(traced);
    const frozen = result.frozen.map((a) => `${a.dtype}${fmtShape(a.shape)}`);
    report = {
      graphBreaks: [],
      nodesBefore: nodeCount(traced),
      nodesAfter: nodeCount(graph),
      rewrites,
      kernels: generateJs(graph).kernels,
      loops: loopCount(graph),
      graph: printGraph(graph),
      staticArgs: staticArgs(),
      frozen,
    };
  } catch (e) {
    if (e instanceof TracedCodeThrew) throw e.error;
    if (!(e instanceof GraphBreak)) throw e;
    report = {
      graphBreaks: [{ reason: e.reason, site: locateBreak(fn, e.reason, e.source.stack ?? '') }],
      nodesBefore: 0,
      nodesAfter: 0,
      rewrites: [],
      kernels: 0,
      loops: 0,
      graph: '',
      staticArgs: staticArgs(),
      frozen: [],
    };
  }
  return {
    ...report,
    toString() {
      const lines = [`explain(${name}):`];
      if (report.graphBreaks.length) {
        for (const b of report.graphBreaks) lines.push(`  graph break: ${b.reason} at ${describeSite(b.site)}`);
        lines.push('  the function runs eagerly for these arguments');
      } else {
        lines.push(`  nodes: ${report.nodesBefore} traced, ${report.nodesAfter} after rewrites`);
        lines.push(`  rewrites applied: ${report.rewrites.length ? summarize(report.rewrites) : 'none'}`);
        lines.push(`  kernels per call: ${report.kernels}`);
        if (report.loops) lines.push(`  loops and branches (scan, cond, while): ${report.loops}`);
        for (const s of report.staticArgs)
          lines.push(`  argument ${s.arg} is static (a new value traces again): ${s.reason}`);
        if (report.frozen.length)
          lines.push(`  frozen at trace time (closed-over tensors, as constants): ${report.frozen.join(', ')}`);
        lines.push(report.graph.replace(/^/gm, '  '));
      }
      return lines.join('\n');
    },
  };
}

/** The scan, cond and while nodes of `g` and of the bodies they carry, recursively. */
export function loopCount(g: Graph): number {
  let count = 0;
  for (const n of topoOrder(g)) {
    if (n.op !== 'scan' && n.op !== 'cond' && n.op !== 'while') continue;
    count++;
    for (const { graphs } of subgraphsOf(n)) for (const b of graphs) count += loopCount(b);
  }
  return count;
}

/** "a, b, a" -> "a ×2, b" */
function summarize(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, k]) => (k > 1 ? `${n} ×${k}` : n)).join(', ');
}
