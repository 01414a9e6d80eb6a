// The WASM backend's compile half: graph to C (codegen.ts), then to a module by emcc through the
// compile cache (toolchain.ts). What the compile worker loads for a WASM job (jit/compile-worker.ts),
// without the loader and its memory.

import { prebuiltKernelsWasm } from '../../../runtime/wasm/prebuilt.js';
import { primitiveVersions, type Backend } from '../backend.js';
import { generateC, type WasmProgram } from './codegen.js';
import { emcc } from './toolchain.js';

/** What the loader needs: the program, its module, and the prebuilt kernels' module when steps call them. */
export interface WasmPayload {
  program: WasmProgram;
  wasm: Uint8Array;
  prebuilt?: Uint8Array;
}

export const compiler: Pick<Backend<WasmPayload>, 'title' | 'availability' | 'compile'> = {
  title: 'the WASM tier',
  availability() {
    const tc = emcc.probe();
    return tc.available ? { available: true } : { available: false, reason: tc.reason };
  },
  compile(graph) {
    const program = generateC(graph);
    const prebuilt = program.plan.prebuilt ? prebuiltKernelsWasm() : undefined;
    const { binary, cached } = emcc.compile(program.source, program.plan.exports, {
      target: 'wasm',
      primitives: primitiveVersions(),
    });
    return {
      target: 'wasm',
      source: program.source,
      kernels: program.plan.kernels,
      cached,
      payload: { program, wasm: binary, prebuilt },
    };
  },
};
