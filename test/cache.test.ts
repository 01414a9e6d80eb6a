// The compile cache and the emcc driver: round trips, corrupt or misplaced entries, TENSORJIT_CACHE_DIR,
// concurrent processes, and compile errors that show emcc's message with the source.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cacheDir, cacheInfo, cacheKey, clearCache, clearMemoryCache, readCache, writeCache } from '../jit/cache.js';
import { CompileError, compileC, toolchain } from '../jit/emcc.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cache-test-'));
// uvu runs every test file in one process: set the cache dir per test, not at import, and put it back.
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
test.after.each(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
});
test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = dir;
  clearMemoryCache();
});
const writer = fileURLToPath(new URL('./fixtures/cache-writer.ts', import.meta.url));

test('TENSORJIT_CACHE_DIR is honored; entries round-trip through disk', () => {
  assert.is(cacheDir(), dir);
  const key = cacheKey({
    source: 'int f;',
    target: 'wasm',
    flags: ['-O3'],
    toolchain: 'emcc 3.1.6',
    versions: 'add:1',
  });
  assert.match(key, /^[0-9a-f]{64}$/);
  assert.is.not(
    key,
    cacheKey({ source: 'int f;', target: 'wasm', flags: ['-O2'], toolchain: 'emcc 3.1.6', versions: 'add:1' }),
  );
  writeCache(key, new Uint8Array([1, 2, 3]));
  clearMemoryCache();
  assert.equal(Array.from(readCache(key)!), [1, 2, 3]);
  assert.ok(cacheInfo().entries >= 1);
});

test('a corrupt or truncated entry is dropped and never returned', () => {
  const key = cacheKey({ source: 'corrupt me' });
  writeCache(key, new Uint8Array(1000).fill(7));
  const file = path.join(dir, key.slice(0, 2), `${key}.bin`);
  const bytes = fs.readFileSync(file);
  bytes[bytes.length - 1] ^= 0xff;
  fs.writeFileSync(file, bytes);
  clearMemoryCache();
  assert.is(readCache(key), undefined);
  assert.not.ok(fs.existsSync(file), 'the corrupt entry was removed');
  writeCache(key, new Uint8Array(10));
  fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 20));
  clearMemoryCache();
  assert.is(readCache(key), undefined);
  writeCache(key, new Uint8Array([5]));
  clearMemoryCache();
  assert.is(
    readCache(key, () => false),
    undefined,
    'an entry the caller finds invalid is dropped too',
  );
});

test('an entry records its key: a valid entry of another key copied into place is dropped', () => {
  const mine = cacheKey({ source: 'mine' }),
    theirs = cacheKey({ source: 'theirs' });
  writeCache(theirs, new Uint8Array([6, 6, 6]));
  const file = (k: string) => path.join(dir, k.slice(0, 2), `${k}.bin`);
  fs.mkdirSync(path.dirname(file(mine)), { recursive: true });
  fs.copyFileSync(file(theirs), file(mine));
  clearMemoryCache();
  assert.is(readCache(mine), undefined);
  assert.not.ok(fs.existsSync(file(mine)), 'the misplaced entry was removed');
  assert.equal(Array.from(readCache(theirs)!), [6, 6, 6], 'the original is still good');
});

test('an entry of the previous format (TJC1: magic, checksum, payload) is dropped', () => {
  const key = cacheKey({ source: 'old format' });
  const payload = Buffer.from([1, 2, 3]);
  const file = path.join(dir, key.slice(0, 2), `${key}.bin`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.concat([Buffer.from('TJC1'), createHash('sha256').update(payload).digest(), payload]));
  assert.is(readCache(key), undefined);
  assert.not.ok(fs.existsSync(file));
});

test("clearCache removes the cache's files and nothing else", () => {
  writeCache(cacheKey({ source: 'to clear' }), new Uint8Array([1]));
  fs.writeFileSync(path.join(dir, 'not-ours.txt'), 'keep me');
  clearCache();
  assert.is(cacheInfo().entries, 0);
  assert.is(fs.readFileSync(path.join(dir, 'not-ours.txt'), 'utf8'), 'keep me');
  fs.rmSync(path.join(dir, 'not-ours.txt'));
});

const run = (args: string[]) =>
  new Promise<{ bad: number; seen: number }>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', writer, ...args], {
      env: { ...process.env, TENSORJIT_CACHE_DIR: dir },
    });
    let out = '',
      err = '';
    p.stdout.on('data', (d) => {
      out += d;
    });
    p.stderr.on('data', (d) => {
      err += d;
    });
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim())) : reject(new Error(err))));
  });

test('several processes writing and reading one key never see a partial entry', async () => {
  const key = cacheKey({ source: 'shared by processes' });
  await run(['write', key, '1']); // readers then always find an entry, possibly being replaced
  const results = await Promise.all([
    run(['write', key, '150']),
    run(['write', key, '150']),
    run(['read', key, '400']),
    run(['read', key, '400']),
  ]);
  for (const r of results) assert.is(r.bad, 0);
  assert.ok(results[2].seen + results[3].seen > 0, 'readers saw the entry');
  clearMemoryCache();
  assert.ok(readCache(key));
});

test('clearCache removes everything', () => {
  clearCache();
  assert.is(cacheInfo().entries, 0);
});

test('emcc: compiles C against native/ with the project flags; a failure shows the message and the source', () => {
  const tc = toolchain();
  if (!tc.available) {
    console.log(`  skipped: ${tc.reason}`);
    return;
  }
  const wasm = compileC(
    '#include "tj_scalar.h"\nvoid relu(float* x, int n) { for (int i = 0; i < n; i++) x[i] = tj_fmaxf(x[i], 0.0f); }\n',
    ['relu'],
  );
  const mod = new WebAssembly.Module(wasm);
  assert.ok(WebAssembly.Module.exports(mod).some((e) => e.name === 'relu'));
  assert.ok(
    WebAssembly.Module.imports(mod).some((i) => i.name === 'memory'),
    'memory is imported, to be shared',
  );
  try {
    compileC('float broken(float x) { return x +; }\n', ['broken']);
    assert.unreachable('should have failed');
  } catch (e) {
    assert.instance(e, CompileError);
    assert.match((e as Error).message, /error/);
    assert.match((e as Error).message, /1 {2}float broken\(float x\) \{ return x \+; \}/);
  }
});

test.run();
