// The hand-written kernels of native/ (matmul today) as one WASM module in the shared memory,
// compiled once per toolchain through the compile cache and instantiated on first use.

import fs from 'node:fs';
import path from 'node:path';
import { cacheKey, readCache, writeCache } from '../../jit/cache.js';
import { compileC, EMCC_FLAGS, NATIVE_DIR, toolchain } from '../../jit/emcc.js';
import { instantiate } from './memory.js';

export const NATIVE_SOURCES = ['tj_matmul.c'];
export const NATIVE_EXPORTS = ['tj_matmul_f32', 'tj_matmul_f64', 'tj_matmul_scratch_bytes'];

const sourceText = () => NATIVE_SOURCES.map((f) => fs.readFileSync(path.join(NATIVE_DIR, f), 'utf8')).join('\n');

function key(source: string): string {
  const tc = toolchain();
  return cacheKey({ source, exports: NATIVE_EXPORTS, flags: EMCC_FLAGS, toolchain: tc.available ? tc.version : 'none', target: 'wasm-native' });
}

/** The kernels module's bytes if a build is in the compile cache (never compiles). */
export function nativeKernelsCached(): Uint8Array | undefined {
  return readCache(key(sourceText()), (b) => WebAssembly.validate(b));
}

/** The kernels module's bytes: from the cache, or compiled now (about a second) and cached. */
export function nativeKernelsWasm(): Uint8Array {
  const source = sourceText();
  const hit = readCache(key(source), (b) => WebAssembly.validate(b));
  if (hit) return hit;
  const bytes = compileC(source, NATIVE_EXPORTS);
  writeCache(key(source), bytes);
  return bytes;
}

let loaded: Record<string, (...args: number[]) => number> | undefined;

export function nativeKernels(bytes?: Uint8Array): Record<string, (...args: number[]) => number> {
  if (!loaded) loaded = instantiate(bytes ?? nativeKernelsWasm());
  return loaded;
}
