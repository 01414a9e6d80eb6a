// The benchmark workloads (logistic regression, MLP, convnet, RNN training steps) on the WASM tier:
// after a few calls (Variables resident, kernels split over threads), verify() finds the compiled
// step equal to the eager one on the same inputs and parameters.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { convnet, logisticRegression, mlp, rnn } from '../bench/workloads.js';
import { toolchain } from '../jit/emcc.js';
import * as tj from '../src/index.js';

const tc = toolchain();
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-workloads-cache-'));
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = cacheDir;
});
test.after.each(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
});

for (const [name, make] of [
  ['logistic regression', logisticRegression],
  ['MLP', mlp],
  ['convnet', convnet],
  ['RNN', rnn],
] as const) {
  test(`${name} step: the WASM tier equals eager after resident calls`, () => {
    if (!tc.available) {
      console.log(`  skipped (${name}): ${tc.reason}`);
      return;
    }
    tj.seed(11);
    const wl = make();
    const step = tj.jit(wl.step, { backend: 'wasm', hot: 0, async: false });
    for (let i = 0; i < 3; i++) step();
    assert.is(step.stats.tier, 'wasm');
    step.verify();
  });
}

test.run();
