// The CUDA backend: fused loops as CUDA kernels (jit/render/c-cuda.ts) and the prebuilt kernels'
// CUDA twins (native/cuda/tj_cuda_kernels.cu, launches.ts) on the arena schedule of
// jit/schedule.ts, compiled at run time by NVRTC or nvcc (toolchain.ts; compile.ts), launched
// through the CUDA driver API with cuBLAS for products where found (loader.ts). Used only when
// asked for (`backend: 'cuda'` or TENSORJIT_BACKEND=cuda), as Theano's device=cuda.

import { BACKEND_TAGS } from '../../rewrite/registry.js';
import type { Backend } from '../backend.js';
import { compiler, renderer, type CudaPayload } from './compile.js';
import { cudaTierStats, loadCuda } from './loader.js';
import { nvcuda } from './toolchain.js';

export type { CudaPayload } from './compile.js';

export const cuda: Backend<CudaPayload> = {
  name: 'cuda',
  ...compiler,
  rank: 3,
  slowCompile: true,
  onlyWhenAsked: true,
  tags: BACKEND_TAGS.cuda,
  renderer,
  toolchain: nvcuda,
  load: (graph, { payload }) => loadCuda(graph, payload),
  memory: { stats: cudaTierStats },
};
