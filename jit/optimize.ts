// The optimizer: a traced graph through the rewrite phases (jit/rewrite), with the record of what fired.

import type { Graph } from './graph.js';
import { runPhases, type PhaseLog } from './rewrite/engine.js';
import { PHASES } from './rewrite/rules.js';

export interface Optimized { graph: Graph; log: PhaseLog[]; rewrites: string[] }

export function optimize(g: Graph): Optimized {
  const { graph, log } = runPhases(g, PHASES);
  return { graph, log, rewrites: log.flatMap((l) => l.fired) };
}
