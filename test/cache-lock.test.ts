// The compile cache under stress: processes building one entry at once wait for the first one's
// result, stale locks are broken, and a cache directory that cannot be written (under /proc, below
// a regular file) costs one warning and the disk cache, never an exception or a hang.
import { spawn } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  cachedOrBuild,
  cacheDirProblem,
  cacheKey,
  clearCache,
  clearMemoryCache,
  readCache,
  writeCache,
} from '../jit/cache.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cache-lock-test-'));
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = dir;
  clearMemoryCache();
});
test.after.each(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
  clearMemoryCache();
});
const builder = fileURLToPath(new URL('./fixtures/cache-builder.ts', import.meta.url));
const lockOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.bin.lock`);
const bytes = new Uint8Array([9, 8, 7]);

/** A build that counts its runs. */
function counted(ms = 0): { build: () => Uint8Array; runs: () => number } {
  let runs = 0;
  return {
    build: () => {
      runs++;
      if (ms) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      return bytes;
    },
    runs: () => runs,
  };
}

function holdLock(key: string, holder: string, ageMs = 0): void {
  fs.mkdirSync(path.dirname(lockOf(key)), { recursive: true });
  fs.writeFileSync(lockOf(key), holder);
  const t = (Date.now() - ageMs) / 1000;
  fs.utimesSync(lockOf(key), t, t);
}

const runBuilder = (key: string, countFile: string, startAt: number) =>
  new Promise<{ cached: boolean; bytes: number[]; ms: number }>((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', builder, key, countFile, String(startAt)], {
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

test('four processes building one key at once: one builds, the others wait for its entry', async () => {
  const key = cacheKey({ source: 'built by one of four processes' }),
    countFile = path.join(dir, 'builds.txt');
  const startAt = Date.now() + 4000; // all children loaded by then, then they ask together
  const results = await Promise.all([0, 1, 2, 3].map(() => runBuilder(key, countFile, startAt)));
  const builds = fs.readFileSync(countFile, 'utf8').split('\n').filter(Boolean);
  assert.is(builds.length, 1, `built by ${builds.length} processes: ${builds.join(', ')}`);
  for (const r of results) assert.equal(r.bytes, [1, 2, 3, 4]);
  assert.is(results.filter((r) => r.cached).length, 3);
  assert.not.ok(fs.existsSync(lockOf(key)), 'the builder removed its lock');
});

test('a lock older than the wait is stale and broken at once', () => {
  const key = cacheKey({ source: 'stale lock by age' });
  holdLock(key, `${process.pid} ${os.hostname()} crashed-long-ago`, 60_000);
  const b = counted(),
    t0 = Date.now();
  assert.equal(cachedOrBuild(key, b.build, undefined, 10_000), { bytes, cached: false });
  assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  assert.is(b.runs(), 1);
  assert.not.ok(fs.existsSync(lockOf(key)));
});

test('a fresh lock of a process of this machine that is gone is broken at once', () => {
  const key = cacheKey({ source: 'stale lock by dead holder' });
  const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
  holdLock(key, `${dead} ${os.hostname()} crashed`);
  const b = counted(),
    t0 = Date.now();
  assert.equal(cachedOrBuild(key, b.build, undefined, 10_000), { bytes, cached: false });
  assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  assert.not.ok(fs.existsSync(lockOf(key)));
});

test('a live holder that keeps its lock past the wait counts as crashed: the waiter builds then', () => {
  const key = cacheKey({ source: 'lock held too long' });
  holdLock(key, `${process.pid} ${os.hostname()} alive`);
  const b = counted(),
    t0 = Date.now();
  assert.equal(cachedOrBuild(key, b.build, undefined, 400), { bytes, cached: false });
  const ms = Date.now() - t0;
  assert.ok(ms >= 400 && ms < 3000, `waited ${ms} ms`);
  assert.is(b.runs(), 1);
  assert.not.ok(fs.existsSync(lockOf(key)), 'the old lock was broken, and the waiter removed its own');
  clearMemoryCache();
  assert.equal(readCache(key), bytes, 'the result was cached');
});

test('a lock that never ages (a clock ahead) held by a live process: after the wait, build without it', () => {
  const key = cacheKey({ source: 'lock from the future' });
  const holder = `${process.pid} ${os.hostname()} alive`;
  holdLock(key, holder, -3_600_000);
  const b = counted(),
    t0 = Date.now();
  assert.equal(cachedOrBuild(key, b.build, undefined, 400), { bytes, cached: false });
  assert.ok(Date.now() - t0 >= 400, `waited ${Date.now() - t0} ms`);
  assert.is(fs.readFileSync(lockOf(key), 'utf8'), holder, "the holder's lock is left alone");
});

test('a build that throws or gives invalid bytes releases the lock and caches nothing', () => {
  const key = cacheKey({ source: 'failing build' });
  assert.throws(
    () =>
      cachedOrBuild(key, () => {
        throw new Error('compile failed');
      }),
    /compile failed/,
  );
  assert.not.ok(fs.existsSync(lockOf(key)));
  assert.throws(
    () =>
      cachedOrBuild(
        key,
        () => bytes,
        () => false,
      ),
    /the build of cache entry [0-9a-f]{64} gave 3 bytes that fail validation; nothing was cached/,
  );
  assert.not.ok(fs.existsSync(lockOf(key)));
  clearMemoryCache();
  assert.is(readCache(key), undefined);
});

/** Runs `fn` with console.warn captured. */
function warnings(fn: () => void): string[] {
  const seen: string[] = [],
    warn = console.warn;
  console.warn = (m: unknown) => {
    seen.push(String(m));
  };
  try {
    fn();
  } finally {
    console.warn = warn;
  }
  return seen;
}

const file = path.join(dir, 'a-regular-file');
fs.writeFileSync(file, 'not a directory');
for (const [what, bad, code] of [
  ['under /proc', '/proc/tensorjit-cache-test', 'ENOENT'],
  ['below a regular file', path.join(file, 'cache'), 'ENOTDIR'],
  ['a regular file', file, 'ENOTDIR'],
]) {
  test(`a cache directory ${what}: one warning naming it and the error, then memory only`, () => {
    process.env.TENSORJIT_CACHE_DIR = bad;
    const b = counted(),
      t0 = Date.now();
    const seen = warnings(() => {
      for (const source of ['one', 'two', 'one'])
        assert.equal(cachedOrBuild(cacheKey({ source }), b.build).bytes, bytes);
      writeCache(cacheKey({ source: 'three' }), bytes);
    });
    assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
    assert.is(b.runs(), 2, 'the second "one" came from memory');
    assert.is(seen.length, 1, seen.join('\n'));
    assert.ok(
      seen[0].includes(`compile cache directory ${bad} (TENSORJIT_CACHE_DIR) cannot be written (${code}`),
      seen[0],
    );
    assert.match(seen[0], /kept in memory only/);
    assert.match(cacheDirProblem() ?? '', new RegExp(code));
    clearCache();
    assert.is(fs.readFileSync(file, 'utf8'), 'not a directory', "clearCache never removes what is not the cache's");
  });
}

test('a jitted function on the WASM tier with the cache directory under /proc: right values, one warning', () => {
  const fixture = fileURLToPath(new URL('./fixtures/wasm-cache.ts', import.meta.url));
  const r = spawnSync(process.execPath, ['--import', 'tsx', fixture], {
    encoding: 'utf8',
    env: { ...process.env, TENSORJIT_CACHE_DIR: '/proc/tensorjit-cache-test' },
    timeout: 120_000,
  });
  assert.is(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim());
  assert.ok(
    out.value.every((v: number) => Math.abs(v - 3 * Math.tanh(2)) < 1e-5),
    String(out.value.slice(0, 4)),
  );
  const warned = r.stderr.split('\n').filter((l) => l.includes('cannot be written'));
  if (out.tier === 'wasm') assert.is(warned.length, 1, r.stderr);
  assert.ok(
    warned.every((l) => l.includes('/proc/tensorjit-cache-test') && l.includes('ENOENT')),
    r.stderr,
  );
});

test('cacheDirProblem: a writable directory, made or not, passes and is left as it was', () => {
  assert.is(cacheDirProblem(), undefined);
  const fresh = path.join(dir, 'not-yet', 'cache');
  process.env.TENSORJIT_CACHE_DIR = fresh;
  assert.is(cacheDirProblem(), undefined);
  assert.not.ok(fs.existsSync(path.join(dir, 'not-yet')), 'the directories made to probe were removed');
});

test.run();
