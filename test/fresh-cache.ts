// Fresh compile caches for tests that must not see the shared one, each holding what the setup step
// builds (the prebuilt WASM kernels, the native kernel library, the WASM compile route), so a test
// file does not rebuild those for ~30 s. Tests of building them use an empty directory instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SETUP = fileURLToPath(new URL('../jit/setup-native.ts', import.meta.url));
/** Kept between test runs: cache entries are keyed by their sources, so a stale one is only a miss. */
const SEED = path.join(os.tmpdir(), `tensorjit-test-seed-${os.userInfo().uid}`);

let seeded = false;
/** The seed directory, brought up to date by the setup step once per process (seconds when current). */
function seed(): string {
  if (seeded) return SEED;
  const r = spawnSync(process.execPath, ['--import', 'tsx', SETUP], {
    encoding: 'utf8',
    env: { ...process.env, TENSORJIT_CACHE_DIR: SEED },
  });
  if (r.status !== 0)
    throw new Error(
      `the setup step failed on the tests' seed cache ${SEED} (exit ${r.status}):\n${r.stdout}${r.stderr}`,
    );
  seeded = true;
  return SEED;
}

/** A new temporary compile cache (its name starts with `prefix`) holding the setup step's artifacts. */
export function freshCacheDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(seed(), dir, { recursive: true, preserveTimestamps: true });
  return dir;
}
