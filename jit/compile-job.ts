// What a compile job is and how it is carried out: the named backend compiles the graph. Run in
// the compile worker, which loads only the compile half of each backend a job names
// (jit/compile-worker.ts), or inline, with the registry's backends, when a caller asks for a
// synchronous compile. This module imports no backend, so the worker loads none it does not need.

import type { Artifact, Backend, BackendName } from './backends/backend.js';
import { fromData, type Graph, type GraphData } from './graph.js';

export type { Artifact } from './backends/backend.js';
export type Target = BackendName;

/** What compiling needs of a backend: the backend itself, or the compile half of its folder (compile.ts). */
export type Compiler = Pick<Backend, 'title' | 'availability' | 'compile'>;

export interface CompileJob {
  id: number;
  target: Target;
  /**
   * The 'auto' upgrade: backends to try, in order, when `target` is not available here (each one
   * skipped if not, the last compiled regardless, failing with its own reason).
   */
  orElse?: Target[];
  graph: GraphData;
}

/** The backends a job may compile with, in the order they are tried. */
export const jobTargets = (job: Pick<CompileJob, 'target' | 'orElse'>): Target[] => [job.target, ...(job.orElse ?? [])];

/**
 * Compiles a job's graph with the first of its targets available here that compiles it: a target
 * whose compile fails (a broken compiler) hands the job to the next; the last is tried regardless
 * of availability. When none compiles, the first failure is thrown (the most telling one).
 */
export function compileArtifact(job: CompileJob, compilerOf: (target: Target) => Compiler): Artifact {
  return compileGraph(job, fromData(job.graph), compilerOf);
}

/** {@link compileArtifact} of a graph of this thread (an inline compile): no round trip through GraphData. */
export function compileGraph(
  job: Pick<CompileJob, 'target' | 'orElse'>,
  graph: Graph,
  compilerOf: (target: Target) => Compiler,
): Artifact {
  const targets = jobTargets(job);
  let firstFailure: unknown;
  for (let i = 0; i < targets.length; i++) {
    const backend = compilerOf(targets[i]),
      last = i === targets.length - 1;
    if (!last && !backend.availability().available) continue;
    try {
      if (!backend.compile) throw new Error(`${backend.title} cannot compile yet`);
      return backend.compile(graph);
    } catch (e) {
      firstFailure ??= e;
      if (last) throw firstFailure;
    }
  }
  throw new Error('internal: a compile job with no targets');
}
