// The native kernel library: native/'s hand-written kernels (the same C as the WASM tier's, through
// native/host/wasm_simd128.h) and their threaded eager entries (native/host/tj_parallel.c), built
// by the machine's C compiler into the compile cache, with OpenBLAS behind products where there is
// one, and the precompiled headers of generated code with it. Registers itself as the runtime's
// provider (runtime/native/kernels.ts).

import fs from 'node:fs';
import path from 'node:path';
import { setNativeKernelProvider } from '../../../runtime/native/kernels.js';
import { NATIVE_SOURCES } from '../../../runtime/wasm/prebuilt.js';
import { readCache } from '../../cache.js';
import { NATIVE_DIR } from '../../emcc.js';
import {
  blas,
  buildPrecompiledPrelude,
  cCompiler,
  compileLibraryCached,
  HOST_DIR,
  isSharedLibrary,
  libraryFile,
  libraryKey,
} from './toolchain.js';

/** The library's source: the kernels of native/ as one translation unit, then the eager entries. */
function librarySource(): string {
  const withBlas = blas() ? '#define TJ_BLAS 1\n' : '';
  const kernels = NATIVE_SOURCES.map((f) => fs.readFileSync(path.join(NATIVE_DIR, f), 'utf8'));
  return [withBlas, ...kernels, fs.readFileSync(path.join(HOST_DIR, 'tj_parallel.c'), 'utf8')].join('\n');
}

/** What was found for the BLAS the probes now name (forgetProbes() and a new TENSORJIT_BLAS give another). */
let known: { link: string; key?: string; built?: string } = { link: '' };
function knownForBlas(): typeof known {
  const link = JSON.stringify(blas()?.link ?? []);
  if (known.link !== link) known = { link };
  return known;
}

/** The library's file if it is in the compile cache (never compiles; after the first look, one file check). */
export function kernelLibraryIfBuilt(): string | undefined {
  const k = knownForBlas();
  if (k.built) return k.built;
  if (!cCompiler().available) return undefined;
  k.key ??= libraryKey(librarySource(), blas()?.link ?? [], 'kernels', { target: 'native-kernels' });
  const bytes = readCache(k.key, isSharedLibrary);
  return bytes ? (k.built = libraryFile(k.key, bytes)) : undefined;
}

/** The library's file: from the cache, or compiled now (a few seconds) and cached. */
export function kernelLibrary(): { file: string; cached: boolean } {
  const k = knownForBlas();
  if (k.built) return { file: k.built, cached: true };
  const { key, bytes, cached } = compileLibraryCached(
    librarySource(),
    blas()?.link ?? [],
    'kernels',
    'the native kernel library (native/*.c)',
    { target: 'native-kernels' },
  );
  k.built = libraryFile(key, bytes);
  // Built with the library (the setup step), so that generated libraries never wait for it.
  if (!cached) buildPrecompiledPrelude();
  return { file: k.built, cached };
}

setNativeKernelProvider({
  cached: kernelLibraryIfBuilt,
  build: () => kernelLibrary().file,
  available: () => cCompiler().available,
});
