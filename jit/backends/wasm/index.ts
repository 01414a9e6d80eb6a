// The WASM backend: fused loops in C with SIMD128 (jit/render/c-wasm.ts) on the schedule of
// jit/schedule.ts, prebuilt kernels for matmul, conv, pooling, reductions and layout
// (prebuilt-steps.ts), compiled by emcc (toolchain.ts) and run in one shared WebAssembly.Memory
// with an arena per function (loader.ts), resident Variables and eviction (memory.ts); eager
// matmul, conv and pooling through the same prebuilt kernels (runtime/wasm/eager.ts).

import { eagerWasmCalls } from '../../../runtime/wasm/eager.js';
import { prebuiltKernelsWasm } from '../../../runtime/wasm/prebuilt.js';
import { BACKEND_TAGS } from '../../rewrite/registry.js';
import { primitiveVersions, type Backend } from '../backend.js';
import { generateC, renderer, type WasmProgram } from './codegen.js';
import { loadWasm } from './loader.js';
import { wasmTierStats } from './memory.js';
import { emcc } from './toolchain.js';

/** What the loader needs: the program, its module, and the prebuilt kernels' module when steps call them. */
export interface WasmPayload {
  program: WasmProgram;
  wasm: Uint8Array;
  prebuilt?: Uint8Array;
}

export const wasm: Backend<WasmPayload> = {
  name: 'wasm',
  title: 'the WASM tier',
  rank: 1,
  slowCompile: true,
  tags: BACKEND_TAGS.wasm,
  availability() {
    const tc = emcc.probe();
    return tc.available ? { available: true } : { available: false, reason: tc.reason };
  },
  renderer,
  toolchain: emcc,
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
  load: (graph, { payload }) => loadWasm(graph, payload.program, payload.wasm, payload.prebuilt),
  evictionReason:
    'compiled functions hold more WASM memory than TENSORJIT_WASM_MEMORY_MB allows, and it was the least recently used',
  memory: { stats: wasmTierStats },
  // matmul, conv2d and pooling through the prebuilt kernels (runtime/wasm/eager.ts, called by the primitives' eager kernels).
  eager: { calls: eagerWasmCalls },
};
