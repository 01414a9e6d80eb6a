// Which compiled backends exist on this machine, and why not when they do not.

import fs from 'node:fs';
import { toolchain } from './emcc.js';

/** The compiled backends of {@link jit}. */
export type BackendName = 'js' | 'wasm' | 'native' | 'cuda';
/** One backend as {@link backends} reports it: whether it can run on this machine now, and if not, why. */
export interface BackendInfo {
  /** The backend, as `jit`'s `backend` option names it. */
  name: BackendName;
  /** Whether it can run on this machine now. */
  available: boolean;
  /** Why it is not available. */
  reason?: string;
}

let cached: BackendInfo[] | undefined;

function hasLibcuda(): boolean {
  const dirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/usr/local/nvidia/lib64', '/usr/lib/wsl/lib'];
  return dirs.some((d) => fs.existsSync(`${d}/libcuda.so.1`));
}

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
  if (cached) return cached.map((b) => ({ ...b }));
  const tc = toolchain();
  cached = [
    { name: 'js', available: true },
    tc.available ? { name: 'wasm', available: true } : { name: 'wasm', available: false, reason: tc.reason },
    { name: 'native', available: false, reason: 'the native (cc + koffi) tier is not built yet' },
    { name: 'cuda', available: false, reason: hasLibcuda() ? 'the CUDA tier is not built yet (libcuda.so.1 is present)' : 'no CUDA driver (libcuda.so.1) on this machine, and the CUDA tier is not built yet' },
  ];
  return cached.map((b) => ({ ...b }));
}
