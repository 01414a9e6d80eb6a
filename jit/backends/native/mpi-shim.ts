// The MPI shim (native/mpi/tj_mpi.c): plain C functions over MPI, built by the MPI compiler wrapper
// (mpicc, or MPICC) into the compile cache by the setup step, or at the first `distributed.init()`
// under an MPI launcher where the setup step did not build it. Registers itself as the runtime's
// provider (runtime/distributed/mpi.ts), so the runtime imports nothing of jit/.

import fs from 'node:fs';
import path from 'node:path';
import { mpiccFromEnv } from '../../../runtime/env.js';
import { setMpiShimProvider } from '../../../runtime/distributed/mpi.js';
import { childProcess } from '../../lazy.js';
import { cachedOrBuild, cacheKey, readCache } from '../../cache.js';
import { CompileError, compileTimeout, fileFingerprint, NATIVE_DIR, which } from '../../emcc.js';
import { isSharedLibrary, libraryFile } from './toolchain.js';

const SOURCE = path.join(NATIVE_DIR, 'mpi', 'tj_mpi.c');
const FLAGS = ['-O2', '-fPIC', '-shared'];

export type MpiCompiler = { available: true; command: string; file: string } | { available: false; reason: string };

/** The MPI compiler wrapper, or why there is none. */
export function mpiCompiler(): MpiCompiler {
  const asked = mpiccFromEnv();
  const command = asked ?? 'mpicc';
  const file = which(command);
  if (!file)
    return {
      available: false,
      reason: asked
        ? `MPICC=${asked} is not a command on this machine`
        : 'no MPI compiler wrapper (mpicc) on PATH: install Open MPI (apt-get install -y openmpi-bin libopenmpi-dev)',
    };
  return { available: true, command, file };
}

/** The shim's cache key: its source, the flags and the wrapper (its file, and what it links). */
function shimKey(cc: Extract<MpiCompiler, { available: true }>): string {
  return cacheKey({
    target: 'mpi-shim',
    source: fs.readFileSync(SOURCE, 'utf8'),
    flags: FLAGS,
    mpicc: fileFingerprint(cc.file),
  });
}

/** The shim's file if it is in the compile cache (never compiles), else undefined. */
export function mpiShimIfBuilt(): string | undefined {
  const cc = mpiCompiler();
  if (!cc.available) return undefined;
  const key = shimKey(cc);
  const bytes = readCache(key, isSharedLibrary);
  return bytes ? libraryFile(key, bytes) : undefined;
}

/** The shim's file: from the cache, or built now with mpicc (under a second) and cached. */
export function mpiShim(): { file: string; cached: boolean } {
  const cc = mpiCompiler();
  if (!cc.available) throw new CompileError(`cannot build tensorjit's MPI shim: ${cc.reason}`);
  const key = shimKey(cc);
  const build = (): Uint8Array => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'tj-mpicc-'));
    try {
      const out = path.join(dir, 'tj_mpi.so');
      const r = childProcess().spawnSync(cc.command, [...FLAGS, SOURCE, '-o', out], {
        encoding: 'utf8',
        timeout: compileTimeout() * 1000,
      });
      if (r.status !== 0 || !fs.existsSync(out))
        throw new CompileError(
          `${cc.command} failed building tensorjit's MPI shim (native/mpi/tj_mpi.c): ${(r.stderr || r.stdout || String(r.error)).trim()}`,
        );
      return new Uint8Array(fs.readFileSync(out));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const { bytes, cached } = cachedOrBuild(key, build, isSharedLibrary, (compileTimeout() + 10) * 1000);
  return { file: libraryFile(key, bytes), cached };
}

setMpiShimProvider({
  cached: mpiShimIfBuilt,
  build: () => mpiShim().file,
  reason: () => {
    const cc = mpiCompiler();
    return cc.available ? undefined : cc.reason;
  },
});
