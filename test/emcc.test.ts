// The emcc driver against a fake emcc first on PATH: the compile time limit (TENSORJIT_COMPILE_TIMEOUT),
// an emcc that exits 0 without a valid module, and the cached version probe checked on every read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clearMemoryCache, readCache, writeCache } from '../jit/cache.js';

const FAKE_VERSION = 'emcc (Emscripten gcc/clang-like replacement + linker emulating GNU ld) 9.9.9 (fake)';
const FAKE_EMCC = `#!/bin/sh
if [ "$1" = "--version" ]; then echo probe >> "$FAKE_EMCC_LOG"; echo "${FAKE_VERSION}"; exit 0; fi
out=""; prev=""
for a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done
case "$FAKE_EMCC_MODE" in
  sleep) sleep 30 ;;
  garbage) printf 'not wasm at all' > "$out" ;;
  valid) printf '\\000asm\\001\\000\\000\\000' > "$out" ;;
esac
exit 0
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-emcc-test-'));
const bin = path.join(dir, 'bin'),
  cache = path.join(dir, 'cache'),
  log = path.join(dir, 'probes.log');
fs.mkdirSync(bin);
fs.writeFileSync(path.join(bin, 'emcc'), FAKE_EMCC, { mode: 0o755 });
const child = fileURLToPath(new URL('./fixtures/fake-emcc-compile.ts', import.meta.url));

type Result = { version?: string; error?: string; message?: string; bytes?: number; ms?: number };
function run(...cases: string[]): Result[] {
  const env = {
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    TENSORJIT_CACHE_DIR: cache,
    FAKE_EMCC_LOG: log,
  };
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, ...cases], {
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  assert.is(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim());
}
const probes = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);

test('a compile past TENSORJIT_COMPILE_TIMEOUT throws CompileError naming the limit and the exports', () => {
  const [timedOut, fine] = run('sleep:0.5', 'valid:0.5');
  assert.is(timedOut.error, 'CompileError');
  assert.match(
    timedOut.message!,
    /emcc timed out after 0\.5 s compiling 2 lines of C exporting f; TENSORJIT_COMPILE_TIMEOUT/,
  );
  assert.ok(timedOut.ms! < 10_000, `gave up after ${timedOut.ms} ms`);
  assert.is(fine.bytes, 8, 'a module in time is returned');
});

test('TENSORJIT_COMPILE_TIMEOUT must be a positive number of seconds', () => {
  for (const r of run('valid:-3', 'valid:abc', 'valid:0')) {
    assert.is(r.error, 'CompileError');
    assert.match(r.message!, /^TENSORJIT_COMPILE_TIMEOUT must be a positive number of seconds, got "(-3|abc|0)"$/);
  }
});

test('an emcc that exits 0 with garbage or no output raises CompileError', () => {
  const [garbage, nothing] = run('garbage', 'nothing');
  assert.is(garbage.error, 'CompileError');
  assert.match(
    garbage.message!,
    /emcc exited 0 but its output \(15 bytes\) is not a valid WASM module compiling 2 lines of C exporting f/,
  );
  assert.is(nothing.error, 'CompileError');
  assert.match(nothing.message!, /emcc exited 0 but wrote no kernel\.wasm compiling 2 lines of C exporting f/);
});

test('the cached emcc version is checked: an entry that is not a version line is dropped and emcc asked again', () => {
  fs.rmSync(cache, { recursive: true, force: true });
  fs.rmSync(log, { force: true });
  assert.equal(run('version'), [{ version: FAKE_VERSION }]);
  assert.equal(run('version'), [{ version: FAKE_VERSION }]);
  assert.is(probes(), 1, 'the second process read the version from the cache');
  const entry = fs
    .readdirSync(cache, { recursive: true })
    .map(String)
    .find((f) => f.endsWith('.bin'))!;
  const key = path.basename(entry, '.bin');
  const saved = process.env.TENSORJIT_CACHE_DIR;
  process.env.TENSORJIT_CACHE_DIR = cache;
  try {
    writeCache(key, new TextEncoder().encode('<html>502 Bad Gateway</html>')); // well formed, for this key, but no version
    assert.equal(run('version'), [{ version: FAKE_VERSION }]);
    assert.is(probes(), 2, 'emcc was asked again');
    clearMemoryCache();
    assert.is(new TextDecoder().decode(readCache(key)), FAKE_VERSION, 'and the entry rewritten');
  } finally {
    if (saved === undefined) delete process.env.TENSORJIT_CACHE_DIR;
    else process.env.TENSORJIT_CACHE_DIR = saved;
    clearMemoryCache();
  }
});

test.run();
