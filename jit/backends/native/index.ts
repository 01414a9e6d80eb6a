// The native backend: fused loops in C for this CPU (jit/render/c-host.ts) on the arena schedule of
// jit/schedule.ts, with native/'s kernels (and OpenBLAS for products where installed) linked from
// the native kernel library, built by the machine's C compiler (toolchain.ts; compile.ts) and
// called through koffi, one FFI call per compiled call (loader.ts); eager matmul, conv and pooling
// through the same kernel library (runtime/native/eager.ts).

import { eagerNativeCalls } from '../../../runtime/native/eager.js';
import { BACKEND_TAGS } from '../../rewrite/registry.js';
import type { Backend } from '../backend.js';
import { renderer } from './codegen.js';
import { compiler, type NativePayload } from './compile.js';
import { loadNative, nativeTierStats } from './loader.js';
import { cc } from './toolchain.js';

export type { NativePayload } from './compile.js';

export const native: Backend<NativePayload> = {
  name: 'native',
  ...compiler,
  rank: 2,
  slowCompile: true,
  tags: BACKEND_TAGS.native,
  renderer,
  toolchain: cc,
  load: (graph, { payload }) => loadNative(graph, payload),
  memory: { stats: nativeTierStats },
  eager: { calls: eagerNativeCalls },
};
