// What a compile job is and how it is carried out: the named backend compiles the graph. Run in
// the compile worker, or inline when a caller asks for a synchronous compile.

import type { Artifact, BackendName } from './backends/backend.js';
import { backendOf } from './backends/registry.js';
import { fromData, type GraphData } from './graph.js';

export type { Artifact } from './backends/backend.js';
export type Target = BackendName;

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

export function compileArtifact(job: CompileJob): Artifact {
  const candidates = [job.target, ...(job.orElse ?? [])].map(backendOf);
  const backend = candidates.find((b, i) => i === candidates.length - 1 || b.availability().available)!;
  if (!backend.compile) throw new Error(`${backend.title} cannot compile yet`);
  return backend.compile(fromData(job.graph));
}
