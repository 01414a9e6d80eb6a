// Modules some paths need and start-up does not, loaded on first use instead of at import: Node's
// child_process and crypto (the toolchain and the compile cache), and the CommonJS builds of acorn
// and acorn-walk (the same code as their ES builds: the parser only a graph break needs).
// require() loads synchronously, so a compile or a graph break inside a loop that never awaits
// can still load them.

import { createRequire } from 'node:module';

let require: NodeJS.Require | undefined;

/** `get()` loads the module named `id` the first time it is called, then returns it. */
function lazy<T>(id: string): () => T {
  let m: T | undefined;
  return () => (m ??= (require ??= createRequire(import.meta.url))(id) as T);
}

export const childProcess = lazy<typeof import('node:child_process')>('node:child_process');
export const crypto = lazy<typeof import('node:crypto')>('node:crypto');
export const acorn = lazy<typeof import('acorn')>('acorn');
export const acornWalk = lazy<typeof import('acorn-walk')>('acorn-walk');
