// The JS backend: one generated JS function per graph (jit/codegen-js.ts; compile.ts), loaded with
// new Function (loader.ts). Always available; the tier 'auto' starts on and falls back to.

import { BACKEND_TAGS } from '../../rewrite/registry.js';
import { generateJs, type JsProgram } from '../../codegen-js.js';
import type { Backend } from '../backend.js';
import { compiler } from './compile.js';
import { loadJs } from './loader.js';

export const js: Backend<JsProgram> = {
  name: 'js',
  ...compiler,
  rank: 0,
  fallback: true,
  tags: BACKEND_TAGS.js,
  renderer: generateJs,
  load: (graph, { payload }) => loadJs(graph, payload),
};
