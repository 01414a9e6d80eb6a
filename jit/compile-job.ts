// What a compile job is and how it is carried out; run in the compile worker, or inline when a
// caller asks for a synchronous compile.

import { primitives } from '../runtime/primitives/index.js';
import { generateC, type WasmProgram } from './codegen-c.js';
import { generateJs, type JsProgram } from './codegen-js.js';
import { compileCached } from './emcc.js';
import { fromData, type GraphData } from './graph.js';
import { nativeKernelsWasm } from '../runtime/wasm/native.js';

export type Target = 'js' | 'wasm';

export interface CompileJob {
  id: number;
  target: Target;
  graph: GraphData;
}

export type Artifact =
  | { target: 'js'; program: JsProgram }
  | { target: 'wasm'; program: WasmProgram; wasm: Uint8Array; cached: boolean; native?: Uint8Array };

/** Every primitive's version: part of each cache key, so a changed primitive never reuses old code. */
const primitiveVersions = () => Object.values(primitives).map((r) => `${r.name}:${r.version}`).join(',');

export function compileArtifact(job: CompileJob): Artifact {
  switch (job.target) {
    case 'js': return { target: 'js', program: generateJs(fromData(job.graph)) };
    case 'wasm': {
      const program = generateC(fromData(job.graph));
      const native = program.plan.native ? nativeKernelsWasm() : undefined;
      const { wasm, cached } = compileCached(program.source, program.plan.exports, { target: 'wasm', primitives: primitiveVersions() });
      return { target: 'wasm', program, wasm, cached, native };
    }
  }
}
