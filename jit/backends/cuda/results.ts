// A compiled CUDA function's results on their way to the host. At the end of a call each result is
// queued for copying from the arena into a slot of pinned host memory and an event marks the end of
// the copies; the result arrays are returned at once and filled from the slot when first read
// (waiting for the event), so a call returning tensors does not wait for the GPU. The slots are a
// ring: a call that reuses a slot first fills the arrays still waiting on it (their copies finished
// calls ago), so pinned memory stays fixed however many results are never read.

import { ARRAY_CLASS, DTYPE_BYTES, type DType, type TypedArray } from '../../../runtime/dtype.js';
import type { CudaDriver, DevicePtr, PinnedBlock } from '../../../runtime/cuda/driver.js';
import { defer, settle } from '../../../runtime/deferred.js';

/** Calls whose results can be in flight at once: the host runs at most this many calls ahead of reading. */
export const RESULT_SLOTS = 2;

/** One result: its element type and count. */
export interface ResultShape {
  dtype: DType;
  size: number;
}

interface Slot {
  block: PinnedBlock;
  event: unknown;
  /** The arrays filled from this slot that nobody has read yet. */
  waiting: TypedArray[];
}

/** What the arena's finalizer gives back with it. */
export interface RingMemory {
  blocks: PinnedBlock[];
  events: unknown[];
}

export class ResultRing {
  private readonly slots: Slot[] = [];
  private next = 0;
  /** Each result's byte offset in a slot (256-byte aligned). */
  private readonly offsets: number[];
  private readonly slotBytes: number;

  /**
   * `owner` is kept alive by every array still waiting (the arena its function frees holds the
   * slots); `memory` collects the blocks and events for the arena's finalizer.
   */
  constructor(
    private readonly driver: CudaDriver,
    private readonly results: readonly ResultShape[],
    private readonly owner: object,
    private readonly memory: RingMemory,
  ) {
    let at = 0;
    this.offsets = results.map((r) => {
      const o = at;
      at += (r.size * DTYPE_BYTES[r.dtype] + 255) & ~255;
      return o;
    });
    this.slotBytes = at;
  }

  /** The next slot, made at its first use (pinned memory and an event), its earlier arrays filled. */
  private take(): Slot {
    const k = this.next;
    this.next = (k + 1) % RESULT_SLOTS;
    let slot = this.slots[k];
    if (!slot) {
      const block = this.driver.allocHost(this.slotBytes, 'the results of a compiled function');
      this.memory.blocks.push(block);
      const event = this.driver.createEvent();
      this.memory.events.push(event);
      slot = this.slots[k] = { block, event, waiting: [] };
    }
    for (const a of slot.waiting) settle(a);
    slot.waiting.length = 0;
    return slot;
  }

  /** Queues the copies of the results at `addresses` and returns their arrays, each filled when first read. */
  deliver(addresses: readonly DevicePtr[]): TypedArray[] {
    const slot = this.take();
    const { driver, owner } = this;
    const arrays = this.results.map((r, i) => {
      const out = new ARRAY_CLASS[r.dtype](r.size);
      driver.toPinned(slot.block, this.offsets[i], addresses[i], out.byteLength);
      return out;
    });
    driver.record(slot.event);
    arrays.forEach((out, i) => {
      if (out.byteLength === 0) return;
      const from = slot.block.bytes.subarray(this.offsets[i], this.offsets[i] + out.byteLength);
      defer(out, {
        device: driver,
        settle: () => {
          void owner; // the slot's memory lives as long as an array waits on it
          driver.waitFor(slot.event, '(waiting for the results of a compiled function)');
          new Uint8Array(out.buffer, out.byteOffset, out.byteLength).set(from);
        },
      });
      slot.waiting.push(out);
    });
    return arrays;
  }
}
