// The setup step: builds the prebuilt kernels (the hand-written C of native/) once, to WASM with
// emcc and for this CPU with its C compiler (the native kernel library, with OpenBLAS where
// installed), and for this GPU where there is one (native/cuda/), and leaves them in the compile cache, where eager ops and the compiled tiers find
// them, with the WASM route for generated modules prepared. A missing toolchain is said and the
// step still succeeds: those kernels then run in JS.
import * as tj from '../src/index.js';
import { toolchain, wasmRoute } from './emcc.js';
import { cacheDir } from './cache.js';
import { prebuiltKernelsCached, prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';
import { kernelLibrary, kernelLibraryIfBuilt } from './backends/native/kernel-library.js';
import { blas, cCompiler } from './backends/native/toolchain.js';
import { prebuiltSource } from './backends/cuda/compile.js';
import { compileCudaCached, cudaCompiler } from './backends/cuda/toolchain.js';
import { mpiCompiler, mpiShim } from './backends/native/mpi-shim.js';

const tc = toolchain();
if (!tc.available) {
  console.log(`tensorjit setup: prebuilt WASM kernels not built (${tc.reason}); the JS kernels will be used`);
} else if (prebuiltKernelsCached()) {
  console.log(`tensorjit setup: prebuilt WASM kernels already built (${cacheDir()})`);
} else {
  const t0 = Date.now();
  const bytes = prebuiltKernelsWasm();
  console.log(
    `tensorjit setup: built the prebuilt WASM kernels with ${tc.version} in ${Date.now() - t0} ms (${bytes.length} bytes, cached in ${cacheDir()})`,
  );
}

// The route generated modules take (the direct route's recorded commands, its precompiled
// prelude), prepared by compiling one small function, so a program's first compile does not pay
// for them (~1.5 s).
if (tc.available) {
  const t0 = Date.now();
  const v = tj.variable(tj.ones([8]));
  const lowered = tj.jit(() => tj.exp(v), { hot: 0, async: false, backend: 'wasm' }).lower();
  const route = wasmRoute().startsWith('direct') ? 'direct (clang, wasm-ld)' : 'emcc';
  console.log(
    lowered.backend !== 'wasm'
      ? `tensorjit setup: a small WASM module did not compile (it ran on ${lowered.backend}); see the warning above`
      : `tensorjit setup: WASM modules compile by the ${route} route${lowered.cached ? '' : ` (prepared in ${Date.now() - t0} ms)`}`,
  );
}

const cc = cCompiler();
if (!cc.available) {
  console.log(`tensorjit setup: native kernel library not built (${cc.reason}); the native tier is unavailable`);
} else if (kernelLibraryIfBuilt()) {
  console.log(`tensorjit setup: native kernel library already built (${cacheDir()})`);
} else {
  const t0 = Date.now();
  kernelLibrary();
  console.log(
    `tensorjit setup: built the native kernel library with ${cc.version} in ${Date.now() - t0} ms (BLAS: ${blas()?.name ?? 'none'}; cached in ${cacheDir()})`,
  );
}

// The CUDA tier's prebuilt kernels, for this GPU, where there is one (else nothing to say but why).
const cuda = cudaCompiler();
if (!cuda.available) {
  console.log(`tensorjit setup: CUDA kernels not built (${cuda.reason.split('\n')[0]})`);
} else {
  const t0 = Date.now();
  const { cached } = compileCudaCached(prebuiltSource(), 'the prebuilt CUDA kernels');
  console.log(
    `tensorjit setup: ${cached ? 'CUDA kernels already built' : `built the CUDA kernels for sm_${cuda.arch} with ${cuda.version} in ${Date.now() - t0} ms`} (${cacheDir()})`,
  );
}

// The MPI shim of tj.distributed (native/mpi/tj_mpi.c), where Open MPI's mpicc is installed.
const mpicc = mpiCompiler();
if (!mpicc.available) {
  console.log(`tensorjit setup: MPI shim not built (${mpicc.reason}); tj.distributed runs as a group of one`);
} else {
  const t0 = Date.now();
  const { cached } = mpiShim();
  console.log(
    `tensorjit setup: ${cached ? 'MPI shim already built' : `built the MPI shim with ${mpicc.command} in ${Date.now() - t0} ms`} (${cacheDir()})`,
  );
}
