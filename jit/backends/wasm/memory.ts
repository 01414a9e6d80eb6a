// The WASM backend's memory, besides each function's arena (loader.ts allocates it in the shared
// WebAssembly.Memory of runtime/wasm/memory.ts): typed views of it, copying results out,
// Variables resident in an arena between calls, and what eviction does to them.

import { ARRAY_CLASS, type DType, type TypedArray } from '../../../runtime/dtype.js';
import { sharedMemory } from '../../../runtime/wasm/memory.js';
import type { Residence, Variable } from '../../../src/variable.js';
import type { CompiledFn } from '../js/loader.js';

/** Views of WASM memory by dtype. */
export const VIEW = ARRAY_CLASS;

/** Input buffers copied into WASM memory (tests check that unchanged inputs and resident variables are not). */
export const wasmTierStats = { copiesIn: 0 };

/**
 * A Variable's value living at `address`; it keeps `owner` (the holding's token), so the arena
 * outlives the function while a value lives in it. Made here, not inside loadWasm, whose closures'
 * shared context would keep the whole function alive.
 */
export function residence(owner: object, address: number, dtype: DType, size: number): Residence {
  return { owner, address, read: () => copyOut(new VIEW[dtype](sharedMemory().buffer, address, size)) };
}

/**
 * What eviction does: copies the values still resident here out to their Variables (read, then
 * written back as their own), then tells the jit wrapper. It reaches the function and the
 * Variables only weakly, through a closure made here for the same reason as residence's.
 */
export function evictThrough(
  run: WeakRef<CompiledFn>,
  residents: (WeakRef<Variable> | undefined)[],
): (token: object | undefined) => void {
  return (token) => {
    for (const ref of residents) {
      const v = ref?.deref();
      // Reading runs the getter (copies the value out), writing the setter (it becomes the Variable's own).
      // eslint-disable-next-line no-self-assign
      if (token && v?._residence?.owner === token) v._buf = v._buf;
    }
    run.deref()?.onEvict?.();
  };
}

/** A copy of a view of WASM memory in an array of its own (allocate and set: faster than slice). */
export function copyOut(view: TypedArray): TypedArray {
  const copy = new (view.constructor as new (n: number) => TypedArray)(view.length);
  copy.set(view);
  return copy;
}
