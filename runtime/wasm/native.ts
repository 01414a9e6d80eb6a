// The hand-written kernels of native/ (matmul today) as one WASM module in the shared memory,
// compiled once per toolchain through the compile cache and instantiated on first use.

import fs from 'node:fs';
import path from 'node:path';
import { cacheKey, readCache, writeCache } from '../../jit/cache.js';
import { compileC, EMCC_FLAGS, NATIVE_DIR, toolchain } from '../../jit/emcc.js';
import { instantiate } from './memory.js';

export const NATIVE_SOURCES = ['tj_matmul.c'];
export const NATIVE_EXPORTS = ['tj_matmul_f32', 'tj_matmul_f64', 'tj_matmul_scratch_bytes'];

/** The kernels module's bytes: from the cache, or compiled now (about a second) and cached. */
export function nativeKernelsWasm(): Uint8Array {
  const source = NATIVE_SOURCES.map((f) => fs.readFileSync(path.join(NATIVE_DIR, f), 'utf8')).join('\n');
  const tc = toolchain();
  const key = cacheKey({ source, exports: NATIVE_EXPORTS, flags: EMCC_FLAGS, toolchain: tc.available ? tc.version : 'none', target: 'wasm-native' });
  const hit = readCache(key, (b) => WebAssembly.validate(b));
  if (hit) return hit;
  const bytes = compileC(source, NATIVE_EXPORTS);
  writeCache(key, bytes);
  return bytes;
}

let loaded: Record<string, (...args: number[]) => number> | undefined;

export function nativeKernels(bytes?: Uint8Array): Record<string, (...args: number[]) => number> {
  if (!loaded) loaded = instantiate(bytes ?? nativeKernelsWasm());
  return loaded;
}
