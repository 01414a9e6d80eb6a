// The CUDA backend's compile half: graph to the arena schedule (jit/schedule.ts) with the WASM
// tier's prebuilt steps (jit/backends/wasm/prebuilt-steps.ts, whose kernels have CUDA twins in
// native/cuda/tj_cuda_kernels.cu), the fused loops as
// CUDA kernels (jit/render/c-cuda.ts), and both compiled to module images through the compile
// cache (toolchain.ts). Runs in the compile worker.

import fs from 'node:fs';
import path from 'node:path';
import { isElementwisePrim } from '../../../runtime/primitives/types.js';
import type { Graph, Node } from '../../graph.js';
import { CudaCRenderer, fusesReduction } from '../../render/c-cuda.js';
import { schedule, type Plan, type ReduceView } from '../../schedule.js';
import { primitiveVersions, type Backend } from '../backend.js';
import { loopWork } from '../wasm/codegen.js';
import { prebuiltStep, readsThrough } from '../wasm/prebuilt-steps.js';
import { reduceView } from '../wasm/prebuilt-steps.js';
import { compileCudaCached, cublasFile, CUDA_DIR, cudaCompiler } from './toolchain.js';

export interface CudaProgram {
  /** The fused loops' CUDA source ('' when there are none). */
  source: string;
  plan: Plan;
}

/** What the loader needs: the program, its module image, and the prebuilt kernels' image when steps call them. */
export interface CudaPayload {
  program: CudaProgram;
  image?: Uint8Array;
  prebuilt?: Uint8Array;
}

/** The CUDA dialect of the C-family renderer (stateless: one serves every compile). */
export const renderer = new CudaCRenderer();

/**
 * A reduction rendered with its elementwise input in one kernel (the input never goes to memory):
 * one computed by an elementwise op, over a contiguous run of at least FUSED_MIN_RED elements per
 * output (a block's threads then read adjacent elements), its dtype kept. Others run the prebuilt kernels.
 */
function fusedReduction(n: Node): ReduceView | undefined {
  const x = n.inputs[0];
  if (!fusesReduction(n.op, n.aval.dtype) || x.aval.dtype !== n.aval.dtype || !isElementwisePrim(x.op))
    return undefined;
  const view = reduceView(x.aval.shape, (n.params as { axes: readonly number[] }).axes);
  return view && view.inner === 1 && view.red >= FUSED_MIN_RED ? view : undefined;
}
const FUSED_MIN_RED = 64;

export function generateCuda(g: Graph): CudaProgram {
  const { plan, loops } = schedule(g, { prebuilt: prebuiltStep, readsThrough, loopWork, fusedReduction });
  return { source: loops.length ? renderer.render(loops) : '', plan };
}

/** The prebuilt kernels' source (native/cuda/tj_cuda_kernels.cu). */
export const prebuiltSource = () => fs.readFileSync(path.join(CUDA_DIR, 'tj_cuda_kernels.cu'), 'utf8');

export const compiler: Pick<Backend<CudaPayload>, 'title' | 'availability' | 'compile'> = {
  title: 'the CUDA tier',
  availability() {
    const c = cudaCompiler();
    if (!c.available) return c;
    return { available: true, detail: `${c.version}; sm_${c.arch}; cuBLAS: ${cublasFile() ?? 'none (own GEMM)'}` };
  },
  compile(graph) {
    const program = generateCuda(graph);
    const key = { primitives: primitiveVersions() };
    const own = program.source
      ? compileCudaCached(program.source, `${program.plan.exports.length} fused loops`, key)
      : undefined;
    const prebuilt = program.plan.prebuilt
      ? compileCudaCached(prebuiltSource(), 'the prebuilt CUDA kernels').image
      : undefined;
    return {
      target: 'cuda',
      source: program.source,
      kernels: program.plan.kernels,
      cached: own?.cached ?? true,
      payload: { program, image: own?.image, prebuilt },
    };
  },
};
