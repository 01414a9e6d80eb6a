// The JS backend's compile half: graph to generated JS (jit/codegen-js.ts). What the compile worker
// loads for a JS job (jit/compile-worker.ts), without the loader.

import { generateJs, type JsProgram } from '../../codegen-js.js';
import type { Backend } from '../backend.js';

export const compiler: Pick<Backend<JsProgram>, 'title' | 'availability' | 'compile'> = {
  title: 'the JS tier',
  availability: () => ({ available: true }),
  compile(graph) {
    const program = generateJs(graph);
    return { target: 'js', source: program.source, kernels: program.kernels, payload: program };
  },
};
