// What compiled functions hold in WASM memory (arena, scratch, their module's static data), and
// when it is given back: when the function becomes unreachable (a FinalizationRegistry; its
// callbacks run between event-loop turns, and the space is reused by the next allocation), or
// when the total passes a bound, least recently used first (TENSORJIT_WASM_MEMORY_MB).

import { unshareModule } from './threads.js';
import { release, unload, type LoadedModule } from './memory.js';
import { WasmMemoryFull } from './address-space.js';
import { wasmMemoryBoundFromEnv } from '../env.js';

/** What one compiled function holds; `token` is the object whose reachability decides its life. */
export interface Holding {
  /** Kept by the compiled function and by every Variable resident in its arena. */
  readonly token: object;
  readonly bytes: number;
  /** Marks the holding as used now (eviction takes the least recently used). */
  touch(): void;
  /** True once given back: the function must not run again. */
  readonly released: boolean;
}

interface Record {
  regions: number[];
  module?: { loaded: LoadedModule; id: number };
  bytes: number;
  lastUse: number;
  released: boolean;
  /** Moves the function off this memory (its Variables copied out first); set by the tier that loaded it. */
  evict: (token: object | undefined) => void;
  /** The token, weakly: a strong reference here would keep it alive forever. */
  token: WeakRef<object>;
}

const DEFAULT_BOUND_MB = 1024;
let bound: number | undefined;
let clock = 0;
const live = new Set<Record>();
const finalizer = new FinalizationRegistry<Record>((r) => give(r));

/** Bytes compiled functions may hold in WASM memory before the least recently used are evicted. */
export function holdingsBound(): number {
  return bound ?? wasmMemoryBoundFromEnv(DEFAULT_BOUND_MB);
}

/** Sets the bound in bytes (tests); undefined goes back to the environment's. */
export function setHoldingsBound(bytes: number | undefined): void {
  bound = bytes;
}

/** Bytes held by compiled functions now, and how many hold any. */
export function holdingsInUse(): { bytes: number; functions: number } {
  let bytes = 0;
  for (const r of live) bytes += r.bytes;
  return { bytes, functions: live.size };
}

/**
 * Allocates `sizes` bytes for a function about to load, evicting least recently used functions
 * first while the total would pass the bound, or while WASM memory is full.
 */
export function allocateFor(sizes: number[], what: string, allocate: (bytes: number) => number): number[] {
  const total = sizes.reduce((a, b) => a + b, 0);
  while (holdingsInUse().bytes + total > holdingsBound() && evictOldest()) {
    /* evicted one */
  }
  const got: number[] = [];
  try {
    for (const size of sizes) {
      for (;;) {
        try {
          got.push(size > 0 ? allocate(size) : 0);
          break;
        } catch (e) {
          if (!(e instanceof WasmMemoryFull) || !evictOldest()) throw e;
        }
      }
    }
  } catch (e) {
    for (const a of got) if (a) release(a);
    throw new Error(`${what}: ${(e as Error).message}`, { cause: e });
  }
  return got;
}

/** Records what a loaded function holds; `evict` moves it off WASM memory when the bound asks. */
export function hold(
  regions: number[],
  bytes: number,
  module: { loaded: LoadedModule; id: number } | undefined,
  evict: (token: object | undefined) => void,
): Holding {
  const token = {};
  const record: Record = {
    regions: regions.filter((a) => a !== 0),
    module,
    bytes,
    lastUse: ++clock,
    released: false,
    evict,
    token: new WeakRef(token),
  };
  live.add(record);
  finalizer.register(token, record);
  return {
    token,
    bytes,
    touch: () => {
      record.lastUse = ++clock;
    },
    get released() {
      return record.released;
    },
  };
}

function evictOldest(): boolean {
  let oldest: Record | undefined;
  for (const r of live) if (!oldest || r.lastUse < oldest.lastUse) oldest = r;
  if (!oldest) return false;
  oldest.evict(oldest.token.deref());
  give(oldest);
  return true;
}

function give(r: Record): void {
  if (r.released) return;
  r.released = true;
  live.delete(r);
  for (const a of r.regions) release(a);
  if (r.module) {
    unshareModule(r.module.id);
    unload(r.module.loaded.layout);
  }
}
