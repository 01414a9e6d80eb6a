// The native backend's compile half: graph to C (codegen.ts), then to a shared library by the C
// compiler through the compile cache (toolchain.ts), linked with the kernel library where steps
// call its kernels. What the compile worker loads for a native job, without the loader and koffi.

import { primitiveVersions, type Backend } from '../backend.js';
import { generateNative, type NativeProgram } from './codegen.js';
import { kernelLibrary } from './kernel-library.js';
import { blas, cCompiler, compileLibraryCached, libraryFile } from './toolchain.js';

/** What the loader needs: the program, the library's file (dlopen needs a file) and the kernel library it links. */
export interface NativePayload {
  program: NativeProgram;
  library: string;
  kernels?: string;
}

export const compiler: Pick<Backend<NativePayload>, 'title' | 'availability' | 'compile'> = {
  title: 'the native tier',
  availability() {
    const c = cCompiler();
    if (!c.available) return c;
    const threads = c.openmp.length ? 'OpenMP' : 'one thread (no OpenMP)';
    return { available: true, detail: `${c.version}; ${threads}; BLAS: ${blas()?.name ?? 'none (own kernels)'}` };
  },
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
};
