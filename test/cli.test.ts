// The command line: doctor, cache, and a one-epoch demo on real MNIST digits.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cli-cache-'));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env: { ...process.env, TENSORJIT_CACHE_DIR: cacheDir } });

test('doctor lists every backend, the toolchain and the cache', () => {
  const r = run('doctor');
  assert.is(r.status, 0, r.stderr);
  for (const b of ['js', 'wasm', 'native', 'cuda']) assert.match(r.stdout, new RegExp(`\\b${b}\\s+(available|unavailable: .+)`));
  assert.match(r.stdout, /compile cache: .*tj-cli-cache-/);
});

test('cache shows where it is and clears it', () => {
  // doctor (above) may have left entries of its own (the toolchain probe): count from there.
  const before = Number(/(\d+) entries/.exec(run('cache').stdout)?.[1]);
  fs.mkdirSync(path.join(cacheDir, 'ab'), { recursive: true });
  fs.writeFileSync(path.join(cacheDir, 'ab', 'abcd.bin'), 'x');
  assert.match(run('cache').stdout, new RegExp(`\\b${before + 1} entries`));
  assert.match(run('cache', 'clear').stdout, new RegExp(`cleared ${before + 1} entries`));
  assert.match(run('cache').stdout, /0 entries/);
});

test('a one-epoch demo trains both models eagerly and with @jit on MNIST', () => {
  const r = run('demo', '1');
  assert.is(r.status, 0, r.stderr);
  const rows = r.stdout.split('\n').filter((l) => /^\| (logistic regression|MLP 784-500-10) \|/.test(l));
  assert.is(rows.length, 4, r.stdout);
  for (const row of rows) {
    const acc = Number(/(\d+\.\d)%/.exec(row)![1]);
    assert.ok(acc > 80, `accuracy after one epoch: ${row}`);
  }
  assert.match(r.stdout, /swapped in at step/);
});

test('an unknown command prints the usage and fails', () => {
  const r = run('frobnicate');
  assert.is(r.status, 1);
  assert.match(r.stdout, /usage: tensorjit demo/);
});

test.run();
