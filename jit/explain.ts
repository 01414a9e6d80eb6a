// explain(): what tracing a function finds, without running it: graph breaks with their source
// lines, node counts before and after rewriting, the rewrites applied, and the kernels a call runs.

import { generateJs } from './codegen-js.js';
import { printGraph } from './graph.js';
import { nodeCount } from './jit.js';
import { describeSite, locateBreak, type BreakSite } from './locate.js';
import { optimize } from './optimize.js';
import { GraphBreak, trace, TracedCodeThrew } from './tracer.js';

export interface Explanation {
  graphBreaks: { reason: string; site: BreakSite }[];
  nodesBefore: number;
  nodesAfter: number;
  rewrites: string[];
  kernels: number;
  graph: string;
  toString(): string;
}

export function explain(fn: (...args: any[]) => unknown, ...args: unknown[]): Explanation {
  if (typeof fn !== 'function') throw new Error(`explain: expected a function, got ${typeof fn}`);
  const name = fn.name || 'anonymous';
  let report: Omit<Explanation, 'toString'>;
  try {
    const traced = trace(name, fn, undefined, args, () => false).graph;
    const { graph, rewrites } = optimize(traced);
    report = { graphBreaks: [], nodesBefore: nodeCount(traced), nodesAfter: nodeCount(graph), rewrites, kernels: generateJs(graph).kernels, graph: printGraph(graph) };
  } catch (e) {
    if (e instanceof TracedCodeThrew) throw e.error;
    if (!(e instanceof GraphBreak)) throw e;
    report = { graphBreaks: [{ reason: e.reason, site: locateBreak(fn, e.reason, e.source.stack ?? '') }], nodesBefore: 0, nodesAfter: 0, rewrites: [], kernels: 0, graph: '' };
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
        lines.push(report.graph.replace(/^/gm, '  '));
      }
      return lines.join('\n');
    },
  };
}

/** "a, b, a" -> "a ×2, b" */
function summarize(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts].map(([n, k]) => (k > 1 ? `${n} ×${k}` : n)).join(', ');
}
