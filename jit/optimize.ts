// The optimizer: a traced graph through the rewrite phases (jit/rewrite), with the record of what fired.
// Which phases and rules run comes from the rewrite database (jit/rewrite/registry.ts), queried
// with the tags of the backend compiling.

import type { Graph } from './graph.js';
import { runPhases, type PhaseLog } from './rewrite/engine.js';
import { DEFAULT_TAGS, optdb } from './rewrite/registry.js';
import './rewrite/rules.js'; // registers the built-in phases and rules
import './rewrite/scan-rules.js'; // and the control-flow rules (scan, cond, while) and their phase

export { BACKEND_TAGS, DEFAULT_TAGS, registerPhase, registerRules } from './rewrite/registry.js';

export interface Optimized {
  graph: Graph;
  log: PhaseLog[];
  rewrites: string[];
}

export interface OptimizeOptions {
  /**
   * The tags of the backend compiling (BACKEND_TAGS.js, BACKEND_TAGS.wasm): rules and phases
   * registered with tags run only when one of theirs is here. Default: DEFAULT_TAGS, what every
   * tier shares, for a graph optimized before its tier is chosen.
   */
  tags?: Iterable<string>;
  /** Phases or rules to leave out, by name or tag. */
  exclude?: Iterable<string>;
}

export function optimize(g: Graph, options: OptimizeOptions = {}): Optimized {
  const phases = optdb.query({ tags: options.tags ?? DEFAULT_TAGS, exclude: options.exclude });
  const { graph, log } = runPhases(g, phases);
  return { graph, log, rewrites: log.flatMap((l) => l.fired) };
}
