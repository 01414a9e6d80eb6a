// The JS backend: one generated JS function per graph (jit/codegen-js.ts), loaded with new
// Function (loader.ts). Always available; the tier 'auto' starts on and falls back to.

import { BACKEND_TAGS } from '../../rewrite/registry.js';
import { generateJs, type JsProgram } from '../../codegen-js.js';
import type { Backend } from '../backend.js';
import { loadJs } from './loader.js';

export const js: Backend<JsProgram> = {
  name: 'js',
  title: 'the JS tier',
  rank: 0,
  fallback: true,
  tags: BACKEND_TAGS.js,
  availability: () => ({ available: true }),
  renderer: generateJs,
  compile(graph) {
    const program = generateJs(graph);
    return { target: 'js', source: program.source, kernels: program.kernels, payload: program };
  },
  load: (graph, { payload }) => loadJs(graph, payload),
};
