// The WASM backend: fused loops in C with SIMD128 (jit/render/c-wasm.ts) on the schedule of
// jit/schedule.ts, prebuilt kernels for matmul, conv, pooling, reductions and layout
// (prebuilt-steps.ts), compiled by emcc (toolchain.ts; compile.ts) and run in one shared
// WebAssembly.Memory with an arena per function (loader.ts), resident Variables and eviction
// (memory.ts); eager matmul, conv and pooling through the same prebuilt kernels (runtime/wasm/eager.ts).

import { eagerWasmCalls } from '../../../runtime/wasm/eager.js';
import { BACKEND_TAGS } from '../../rewrite/registry.js';
import type { Backend } from '../backend.js';
import { renderer } from './codegen.js';
import { compiler, type WasmPayload } from './compile.js';
import { loadWasm } from './loader.js';
import { wasmTierStats } from './memory.js';
import { emcc } from './toolchain.js';

export type { WasmPayload } from './compile.js';

export const wasm: Backend<WasmPayload> = {
  name: 'wasm',
  ...compiler,
  rank: 1,
  slowCompile: true,
  tags: BACKEND_TAGS.wasm,
  renderer,
  toolchain: emcc,
  load: (graph, { payload }) => loadWasm(graph, payload.program, payload.wasm, payload.prebuilt),
  evictionReason:
    'compiled functions hold more WASM memory than TENSORJIT_WASM_MEMORY_MB allows, and it was the least recently used',
  memory: { stats: wasmTierStats },
  // matmul, conv2d and pooling through the prebuilt kernels (runtime/wasm/eager.ts, called by the primitives' eager kernels).
  eager: { calls: eagerWasmCalls },
};
