// Which backends exist on this machine, and why not when they do not: the registry's backends
// (jit/backends/registry.ts), each asked once.

import type { BackendName } from './backends/backend.js';
import { BACKENDS } from './backends/registry.js';

export type { BackendName } from './backends/backend.js';

/** One backend as {@link backends} reports it: whether it can run on this machine now, and if not, why. */
export interface BackendInfo {
  /** The backend, as `jit`'s `backend` option names it. */
  name: BackendName;
  /** Whether it can run on this machine now. */
  available: boolean;
  /** Why it is not available. */
  reason?: string;
  /** What it runs on where available and worth saying (the native tier: compiler, threads, BLAS). */
  detail?: string;
}

let cached: BackendInfo[] | undefined;

/**
 * Every compiled backend of {@link jit}, whether it is available on this machine now, and the
 * reason where it is not (for example that no `emcc` was found).
 *
 * @example
 * ```ts
 * tj.backends();
 * // [{ name: 'js', available: true }, { name: 'wasm', available: false, reason: '...' }, ...]
 * ```
 * @category Compilation
 */
export function backends(): BackendInfo[] {
  cached ??= BACKENDS.map((b) => {
    const a = b.availability();
    if (!a.available) return { name: b.name, available: false, reason: a.reason };
    return a.detail ? { name: b.name, available: true, detail: a.detail } : { name: b.name, available: true };
  });
  return cached.map((b) => ({ ...b }));
}
