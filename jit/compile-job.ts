// What a compile job is and how it is carried out; run in the compile worker, or inline when a
// caller asks for a synchronous compile.

import { generateJs, type JsProgram } from './codegen-js.js';
import { fromData, type GraphData } from './graph.js';

export type Target = 'js';

export interface CompileJob {
  id: number;
  target: Target;
  graph: GraphData;
}

export type Artifact = { target: 'js'; program: JsProgram };

export function compileArtifact(job: CompileJob): Artifact {
  switch (job.target) {
    case 'js': return { target: 'js', program: generateJs(fromData(job.graph)) };
  }
}
