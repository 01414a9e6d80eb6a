// The one WebAssembly.Memory every WASM module of the process shares (a shared memory, so that
// helper threads run the same modules on it: runtime/wasm/threads.ts), the regions handed out in
// it (runtime/wasm/address-space.ts), and how a module is instantiated in it.

import v8 from 'node:v8';
import { AddressSpace, MAX_WASM_BYTES, WASM_PAGE } from './address-space.js';
import { moduleImports, moduleNeeds, type ModuleLayout } from './module-imports.js';

// V8 first runs WASM with its baseline compiler and optimizes hot functions later: our kernels ran
// at half speed for their first few dozen calls (an MLP step 16.6 ms, then 8.4). Optimize at once,
// from the first module compiled on (every module is compiled by instantiate() below), not at import:
// once a V8 flag changes, every worker thread started afterwards boots about twice as slowly (Node's
// code cache of its own modules no longer matches the flags), the compile worker included, which
// 'auto' starts before any WASM module is loaded.
let tieringSet = false;
function optimizeWasmAtOnce(): void {
  if (tieringSet) return;
  v8.setFlagsFromString('--no-wasm-dynamic-tiering');
  tieringSet = true;
}

/** Address 0 is never handed out: a null pointer stays an error. */
const FIRST_ADDRESS = WASM_PAGE;
/** Bytes of this thread's stack, shared by every module it runs (kernels keep little on it). */
export const STACK_BYTES = 1 << 20;

let memory: WebAssembly.Memory | null = null;
const spaces = new WeakMap<WebAssembly.Memory, AddressSpace>();
const stacks = new WeakMap<WebAssembly.Memory, WebAssembly.Global>();

/** A new shared memory of `pages` 64 KiB pages that can grow to 4 GiB (the modules are built for one). */
export function newMemory(pages: number): WebAssembly.Memory {
  return new WebAssembly.Memory({ initial: pages, maximum: MAX_WASM_BYTES / WASM_PAGE, shared: true });
}

export function sharedMemory(): WebAssembly.Memory {
  if (!memory) memory = newMemory(64);
  return memory;
}

/** The regions of `mem` (the shared memory unless given). */
export function addressSpace(mem: WebAssembly.Memory = sharedMemory()): AddressSpace {
  let space = spaces.get(mem);
  if (!space) {
    space = new AddressSpace(FIRST_ADDRESS, MAX_WASM_BYTES, (bytes) => growTo(mem, bytes));
    spaces.set(mem, space);
  }
  return space;
}

function growTo(mem: WebAssembly.Memory, bytes: number): void {
  const need = Math.ceil(bytes / WASM_PAGE) - mem.buffer.byteLength / WASM_PAGE;
  if (need > 0) mem.grow(need);
}

/** A region of `bytes` in the shared memory, aligned to a cache line, until release(); `what` names it in errors. */
export function reserve(bytes: number, what = 'a WASM buffer'): number {
  return addressSpace().allocate(bytes, what);
}

/** Gives back a region reserve() handed out. */
export function release(address: number): void {
  addressSpace().release(address);
}

/** This thread's stack pointer in `mem`: one stack for every module the thread runs. */
function stackPointer(mem: WebAssembly.Memory): WebAssembly.Global {
  let sp = stacks.get(mem);
  if (!sp) {
    const base = addressSpace(mem).allocate(STACK_BYTES, 'the main thread stack');
    sp = new WebAssembly.Global({ value: 'i32', mutable: true }, base + STACK_BYTES);
    stacks.set(mem, sp);
  }
  return sp;
}

export type Exports = Record<string, (...args: number[]) => number>;

/** A module instantiated in a memory: its exports and where its static data lives (for helper threads and release). */
export interface LoadedModule {
  module: WebAssembly.Module;
  exports: Exports;
  layout: ModuleLayout;
}

/**
 * Instantiates a position-independent module (synchronously) in the shared memory, or in `mem`:
 * its static data gets a region of its own, initialised (and relocated) by the module's start
 * function, which runs once per memory however many threads instantiate it.
 */
export function instantiate(bytes: Uint8Array, mem: WebAssembly.Memory = sharedMemory()): LoadedModule {
  const needs = moduleNeeds(bytes);
  optimizeWasmAtOnce();
  const module = new WebAssembly.Module(bytes);
  const space = addressSpace(mem);
  const sink = space.allocate(64, "a module's unused imports");
  let memoryBase = 0;
  try {
    memoryBase = needs.bytes > 0 ? space.allocate(needs.bytes, "a module's static data", needs.align) : 0;
    // The region may have held another module's data: its start function initialises the data
    // only when its flag word there reads 0, and expects zeros in its bss.
    if (memoryBase) new Uint8Array(mem.buffer, memoryBase, needs.bytes).fill(0);
    const got = Object.fromEntries([...needs.dataSymbols].map(([name, offset]) => [name, memoryBase + offset]));
    const layout: ModuleLayout = { memoryBase, tableSize: needs.tableSize, got, sink };
    const instance = new WebAssembly.Instance(module, moduleImports(module, mem, stackPointer(mem), layout));
    return { module, exports: instance.exports as Exports, layout };
  } catch (e) {
    if (memoryBase) space.release(memoryBase);
    space.release(sink);
    throw e;
  }
}

/** Gives back a module's static data (it must never run again). */
export function unload(layout: ModuleLayout, mem: WebAssembly.Memory = sharedMemory()): void {
  const space = addressSpace(mem);
  if (layout.memoryBase) space.release(layout.memoryBase);
  space.release(layout.sink);
}
