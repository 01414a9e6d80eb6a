// `tensorjit doctor` writes nothing into the compile cache, says when the cache directory cannot
// be written, and whether the prebuilt WASM kernels are built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cacheDir } from '../jit/cache.js';
import { toolchain } from '../jit/emcc.js';
import { prebuiltKernelsCached } from '../runtime/wasm/prebuilt.js';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const doctor = (dir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', main, 'doctor'], {
    encoding: 'utf8',
    env: { ...process.env, TENSORJIT_CACHE_DIR: dir },
    timeout: 60_000,
  });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-doctor-test-'));

test('doctor writes nothing into the cache: a missing directory stays missing, an empty one empty', () => {
  const missing = path.join(tmp, 'missing', 'cache'),
    empty = path.join(tmp, 'empty');
  fs.mkdirSync(empty);
  for (const dir of [missing, empty]) {
    const r = doctor(dir);
    assert.is(r.status, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`compile cache: ${dir} \\(0 entries`));
    assert.match(r.stdout, /prebuilt WASM kernels: not built/);
    assert.not.match(r.stdout, /not writable/);
  }
  assert.not.ok(fs.existsSync(path.join(tmp, 'missing')));
  assert.equal(fs.readdirSync(empty), []);
});

test('doctor says when the cache directory cannot be written, and why', () => {
  const file = path.join(tmp, 'a-file');
  fs.writeFileSync(file, 'x');
  for (const [dir, code] of [
    ['/proc/tensorjit-doctor-test', 'ENOENT'],
    [path.join(file, 'cache'), 'ENOTDIR'],
  ]) {
    const r = doctor(dir);
    assert.is(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      new RegExp(
        `compile cache: ${dir} \\(0 entries, 0 KiB\\)\\n  not writable \\(${code}: .*\\): compiled modules are kept in memory only`,
      ),
    );
  }
});

test('doctor says whether the prebuilt WASM kernels are built', () => {
  const r = doctor(cacheDir());
  assert.is(r.status, 0, r.stderr);
  if (!toolchain().available) assert.match(r.stdout, /prebuilt WASM kernels: not built \(no emcc\)/);
  else if (prebuiltKernelsCached()) assert.match(r.stdout, /prebuilt WASM kernels: built \(\d+ KiB\)/);
  else assert.match(r.stdout, /prebuilt WASM kernels: not built \(npm run setup builds them/);
});

test.run();
