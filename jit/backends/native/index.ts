// The native backend: fused loops in C for this CPU (jit/render/c-host.ts) on the arena schedule of
// jit/schedule.ts, with native/'s kernels (and OpenBLAS for products where installed) linked from
// the native kernel library, built by the machine's C compiler (toolchain.ts) and called through
// koffi, one FFI call per compiled call (loader.ts); eager matmul, conv and pooling through the
// same kernel library (runtime/native/eager.ts).

import { eagerNativeCalls } from '../../../runtime/native/eager.js';
import { BACKEND_TAGS } from '../../rewrite/registry.js';
import { primitiveVersions, type Backend } from '../backend.js';
import { generateNative, renderer } from './codegen.js';
import { kernelLibrary } from './kernel-library.js';
import { loadNative, nativeTierStats, type NativePayload } from './loader.js';
import { blas, cc, cCompiler, compileLibraryCached, libraryFile } from './toolchain.js';

export const native: Backend<NativePayload> = {
  name: 'native',
  title: 'the native tier',
  rank: 2,
  slowCompile: true,
  tags: BACKEND_TAGS.native,
  availability() {
    const c = cCompiler();
    if (!c.available) return c;
    const threads = c.openmp.length ? 'OpenMP' : 'one thread (no OpenMP)';
    return { available: true, detail: `${c.version}; ${threads}; BLAS: ${blas()?.name ?? 'none (own kernels)'}` };
  },
  renderer,
  toolchain: cc,
  compile(graph) {
    const program = generateNative(graph);
    const kernels = program.plan.prebuilt ? kernelLibrary().file : undefined;
    const { key, bytes, cached } = compileLibraryCached(
      program.source,
      kernels ? [kernels] : [],
      'generated',
      `a native library of ${program.plan.kernels} kernels`,
      { target: 'native', primitives: primitiveVersions() },
    );
    return {
      target: 'native',
      source: program.source,
      kernels: program.plan.kernels,
      cached,
      payload: { program, library: libraryFile(key, bytes), kernels },
    };
  },
  load: (graph, { payload }) => loadNative(graph, payload),
  memory: { stats: nativeTierStats },
  eager: { calls: eagerNativeCalls },
};
