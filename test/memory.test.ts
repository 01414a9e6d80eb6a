// Memory stays bounded in a synchronous eager loop: RSS measured in a child process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toolchain } from '../jit/emcc.js';

const fixture = fileURLToPath(new URL('./fixtures/eager-loop.ts', import.meta.url));
const trainFixture = fileURLToPath(new URL('./fixtures/train-loop.ts', import.meta.url));

test('10,000 eager steps on 1 MB tensors run in bounded memory', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fixture, '10000'], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const { first, last, check } = JSON.parse(r.stdout.trim().split('\n').pop()!);
  assert.is(check, 0); // 10,000 alternations end where they began
  const growthMB = (last - first) / 2 ** 20;
  // 9,000 steps allocate ~9 GB in total; anything retained per step would show as gigabytes here.
  assert.ok(growthMB < 150, `RSS grew by ${growthMB.toFixed(1)} MB between step 1,000 and step 10,000`);
});

test('a 10,000-step training loop (valueAndGrad + assign) runs in bounded memory and learns', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', trainFixture, '10000'], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const { rss1000, rssEnd, firstLoss, lastLoss } = JSON.parse(r.stdout.trim().split('\n').pop()!);
  assert.ok(lastLoss < firstLoss / 2, `loss went from ${firstLoss} to ${lastLoss}`);
  const growthMB = (rssEnd - rss1000) / 2 ** 20;
  assert.ok(growthMB < 50, `RSS grew by ${growthMB.toFixed(1)} MB between step 1,000 and step 10,000`);
});

test('10,000 compiled training steps, swapped in inside the loop, run in bounded memory', () => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', trainFixture, '10000', 'jit'], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const { rss1000, rssEnd, firstLoss, lastLoss, tier } = JSON.parse(r.stdout.trim().split('\n').pop()!);
  // 'auto' ends on the best tier that compiles here: native where a C compiler is, else WASM, else JS.
  assert.ok(['js', 'wasm', 'native'].includes(tier), `compiled tier in use at the end: ${tier}`);
  assert.ok(lastLoss < firstLoss / 2, `loss went from ${firstLoss} to ${lastLoss}`);
  const growthMB = (rssEnd - rss1000) / 2 ** 20;
  assert.ok(growthMB < 50, `RSS grew by ${growthMB.toFixed(1)} MB between step 1,000 and step 10,000`);
});

test('10,000 WASM-tier training steps run in bounded memory: WASM memory does not grow, RSS stays flat', () => {
  const tc = toolchain();
  if (!tc.available) {
    console.log(`  skipped: ${tc.reason}`);
    return;
  }
  const r = spawnSync(process.execPath, ['--import', 'tsx', trainFixture, '10000', 'wasm'], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  const { rss1000, rssEnd, wasm1000, wasmEnd, firstLoss, lastLoss, tier } = JSON.parse(
    r.stdout.trim().split('\n').pop()!,
  );
  assert.ok(lastLoss < firstLoss / 2, `loss went from ${firstLoss} to ${lastLoss}`);
  assert.is(tier, 'wasm');
  assert.is(
    wasmEnd,
    wasm1000,
    `WASM memory grew from ${wasm1000} to ${wasmEnd} bytes between step 1,000 and step 10,000`,
  );
  const growthMB = (rssEnd - rss1000) / 2 ** 20;
  assert.ok(growthMB < 50, `RSS grew by ${growthMB.toFixed(1)} MB between step 1,000 and step 10,000`);
});

test.run();
