// The one WebAssembly.Memory every WASM module of the process shares (a shared memory, so that
// helper threads run the same modules on it: runtime/wasm/threads.ts), the regions handed out in
// it, and the imports modules are instantiated with.

import v8 from 'node:v8';

// V8 first runs WASM with its baseline compiler and optimizes hot functions later: our kernels ran
// at half speed for their first few dozen calls (an MLP step 16.6 ms, then 8.4). Optimize at once.
v8.setFlagsFromString('--no-wasm-dynamic-tiering');

const PAGE = 65536;
/** Modules keep their static data and stack below this address (shared/NOTES.md); regions go above. */
export const HEAP_BASE = 16 << 20;

let memory: WebAssembly.Memory | null = null;
let heapTop = HEAP_BASE;

/** A new shared memory of `pages` 64 KiB pages that can grow to 4 GiB (the modules are built for one). */
export function newMemory(pages: number): WebAssembly.Memory {
  return new WebAssembly.Memory({ initial: pages, maximum: 65536, shared: true });
}

export function sharedMemory(): WebAssembly.Memory {
  if (!memory) memory = newMemory((HEAP_BASE >> 16) + 16);
  return memory;
}

/**
 * A region of `bytes` for the life of the process (compiled functions are never freed, and there
 * are at most 8 signatures per function), aligned to a cache line; the memory grows to hold it.
 */
export function reserve(bytes: number): number {
  const mem = sharedMemory();
  const base = (heapTop + 63) & ~63;
  heapTop = base + bytes;
  const need = Math.ceil(heapTop / PAGE) - mem.buffer.byteLength / PAGE;
  if (need > 0) mem.grow(need);
  return base;
}

/** Imports for a module: the memory (the shared one unless given), and inert stubs for any function it names. */
export function importsFor(mod: WebAssembly.Module, memory: WebAssembly.Memory = sharedMemory()): WebAssembly.Imports {
  const imports: WebAssembly.Imports = {};
  for (const imp of WebAssembly.Module.imports(mod)) {
    const ns = (imports[imp.module] ??= {});
    if (imp.kind === 'memory') ns[imp.name] = memory;
    else if (imp.kind === 'function') ns[imp.name] = () => 0;
  }
  return imports;
}

export type Exports = Record<string, (...args: number[]) => number>;

/** Instantiates a module (synchronously) in the shared memory, or in `memory`, and runs its static constructors. */
export function instantiate(bytes: Uint8Array | WebAssembly.Module, memory?: WebAssembly.Memory): Exports {
  const mod = bytes instanceof WebAssembly.Module ? bytes : new WebAssembly.Module(bytes);
  const instance = new WebAssembly.Instance(mod, importsFor(mod, memory));
  const exports = instance.exports as Exports;
  exports._initialize?.();
  return exports;
}
