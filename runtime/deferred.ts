// Result arrays whose values are still on their way from a device (a CUDA call's results): the
// array exists at once and is filled when first read, so a call returning tensors need not wait
// for the device. A compiled function on the same device reads such an array where it still is.

import type { TypedArray } from './dtype.js';

/** Where an array's values are, and how to bring them in (waiting for the device). */
export interface Deferred {
  device: object;
  settle(): void;
}

const waiting = new WeakMap<TypedArray, Deferred>();

/** Marks `array` as filled later by `d.settle()`. */
export function defer(array: TypedArray, d: Deferred): void {
  waiting.set(array, d);
}

/** The device an array's values are still on, or undefined once they are on the host. */
export function deferredOn(array: TypedArray): object | undefined {
  return waiting.get(array)?.device;
}

/** Fills `array` if its values are still on their way (waiting for them); nothing otherwise. */
export function settle(array: TypedArray): void {
  const d = waiting.get(array);
  if (!d) return;
  d.settle();
  waiting.delete(array);
}
