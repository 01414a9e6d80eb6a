// The hand-written kernels of native/ (matmul today) as one WASM module in the shared memory,
// compiled once per toolchain through the compile cache and instantiated on first use.

import fs from 'node:fs';
import path from 'node:path';
import { cachedWasm, compileCached, NATIVE_DIR, wasmKey } from '../../jit/emcc.js';
import { instantiate } from './memory.js';

export const NATIVE_SOURCES = ['tj_matmul.c'];
export const NATIVE_EXPORTS = ['tj_matmul_f32', 'tj_matmul_f64', 'tj_matmul_scratch_bytes'];

const sourceText = () => NATIVE_SOURCES.map((f) => fs.readFileSync(path.join(NATIVE_DIR, f), 'utf8')).join('\n');
const KEY_EXTRA = { target: 'wasm-native' };

/** The kernels module's bytes if a build is in the compile cache (never compiles). */
export function nativeKernelsCached(): Uint8Array | undefined {
  return cachedWasm(wasmKey(sourceText(), NATIVE_EXPORTS, KEY_EXTRA));
}

/** The kernels module's bytes: from the cache, or compiled now (about a second) and cached. */
export function nativeKernelsWasm(): Uint8Array {
  return compileCached(sourceText(), NATIVE_EXPORTS, KEY_EXTRA).wasm;
}

let loaded: Record<string, (...args: number[]) => number> | undefined;

export function nativeKernels(bytes?: Uint8Array): Record<string, (...args: number[]) => number> {
  if (!loaded) loaded = instantiate(bytes ?? nativeKernelsWasm());
  return loaded;
}
