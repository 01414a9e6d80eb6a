// The WASM tier on several threads and with resident state: kernels split over helper threads give
// eager's results; unchanged inputs and the variables a function updates stay in WASM memory
// between calls, and every way of reading or replacing such a variable sees the right value.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toolchain } from '../jit/emcc.js';
import { wasmTierStats } from '../jit/backends/wasm/loader.js';
import { prebuiltKernelsWasm, prebuiltShared } from '../runtime/wasm/prebuilt.js';
import { helpersReady, runShared, threadStats } from '../runtime/wasm/threads.js';
import { reserve, sharedMemory } from '../runtime/wasm/memory.js';
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';

const tc = toolchain();
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-threads-cache-'));
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
const callerThreads = process.env.TENSORJIT_THREADS;
test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = cacheDir;
  process.env.TENSORJIT_THREADS = '2';
});
test.after.each(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
  if (callerThreads === undefined) delete process.env.TENSORJIT_THREADS;
  else process.env.TENSORJIT_THREADS = callerThreads;
});
const W = <F extends (...a: any[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false, backend: 'wasm' });

const wasmTest = (name: string, fn: () => void | Promise<void>) =>
  test(name, async () => {
    if (!tc.available) {
      console.log(`  skipped (${name}): ${tc.reason}`);
      return;
    }
    await fn();
  });

function close(got: Tensor, want: Tensor, rtol: number, atol = 1e-30) {
  assert.equal(got.shape, want.shape);
  const g = got.data(),
    w = want.data();
  for (let i = 0; i < w.length; i++) {
    assert.ok(
      g[i] === w[i] || Math.abs(g[i] - w[i]) <= rtol * Math.abs(w[i]) + atol,
      `element ${i}: ${g[i]} vs ${w[i]}`,
    );
  }
}

/** Waits (a bounded time) for the helper thread to start: it does so in the background. */
async function helpersStarted(): Promise<void> {
  const until = Date.now() + 10_000;
  while (helpersReady() === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  assert.ok(helpersReady() > 0, 'no helper thread started within 10 s');
}

wasmTest('a large fused loop and a large matmul split over two threads give eager results', async () => {
  await helpersStarted();
  tj.seed(3);
  const n = (1 << 18) + 13; // shares of whole cache lines, and a scalar tail
  const a = tj.randn([n]),
    b = tj.randn([n]);
  const chain = (x: Tensor, y: Tensor) => {
    const t = tj.add(tj.mul(x, y), 1);
    return tj.mul(tj.tanh(t), tj.exp(tj.neg(tj.mul(t, t))));
  };
  const m = tj.randn([301, 257]),
    w = tj.randn([257, 190]);
  const f = W((x: Tensor, y: Tensor, p: Tensor, q: Tensor) => [
    chain(x, y),
    tj.matmul(p, q),
    tj.sum(tj.matmul(p, q), 1),
  ]);
  const before = threadStats.sharedCalls;
  const [c, mm, s] = f(a, b, m, w) as Tensor[];
  assert.ok(threadStats.sharedCalls >= before + 2, `shared calls: ${threadStats.sharedCalls - before}`);
  close(c, chain(a, b), 4e-7);
  close(mm, tj.matmul(m, w), 1e-5, 1e-4);
  close(s, tj.sum(tj.matmul(m, w), 1), 1e-4, 1e-3);
});

wasmTest('a strided (broadcasting) loop splits over its outer dimension', async () => {
  await helpersStarted();
  const x = tj.randn([700, 513]),
    v = tj.randn([513]);
  const g = (p: Tensor, q: Tensor) => tj.tanh(tj.mul(tj.sub(p, q), tj.exp(q)));
  const before = threadStats.sharedCalls;
  close(W(g)(x, v), g(x, v), 4e-7, 1e-7);
  assert.ok(threadStats.sharedCalls > before);
});

wasmTest('unchanged inputs and updated variables are not copied in again', () => {
  tj.seed(4);
  const wv = tj.variable(tj.randn([64, 8])),
    bv = tj.variable(tj.zeros([8]));
  const x = tj.randn([32, 64]),
    y = tj.randn([32, 8]);
  const loss = (w: Tensor, b: Tensor) => tj.mean(tj.square(tj.sub(tj.add(tj.matmul(x, w), b), y)));
  const step = (xs: Tensor) => {
    const [l, [gw, gb]] = tj.valueAndGrad(
      (w: Tensor, b: Tensor) => tj.mean(tj.square(tj.sub(tj.add(tj.matmul(xs, w), b), y))),
      { argnums: [0, 1] },
    )(wv, bv) as [Tensor, Tensor[]];
    wv.assign(tj.sub(wv, tj.mul(gw, 0.1)));
    bv.assign(tj.sub(bv, tj.mul(gb, 0.1)));
    return l;
  };
  // The same steps eagerly, on copies, for reference.
  const we = tj.variable(wv),
    be = tj.variable(bv);
  const f = W(step);
  f(x);
  const copies = wasmTierStats.copiesIn;
  for (let i = 0; i < 5; i++) f(x);
  assert.is(wasmTierStats.copiesIn, copies, 'repeated calls copied inputs in');
  for (let i = 0; i < 6; i++) {
    const [, [gw, gb]] = tj.valueAndGrad(loss, { argnums: [0, 1] })(we, be) as [Tensor, Tensor[]];
    we.assign(tj.sub(we, tj.mul(gw, 0.1)));
    be.assign(tj.sub(be, tj.mul(gb, 0.1)));
  }
  close(wv, we, 1e-5, 1e-6);
  close(bv, be, 1e-5, 1e-6);
  // Read between calls (copied out), assigned from outside (copied in once), then read again.
  const seen = wv.data();
  f(x);
  assert.not.equal(Array.from(wv.data()), Array.from(seen));
  wv.assign(tj.zeros([64, 8]));
  const before = wasmTierStats.copiesIn;
  f(x);
  assert.is(wasmTierStats.copiesIn, before + 1, 'the assigned variable is copied in, nothing else');
});

wasmTest('variables passed as arguments take turns in one compiled function', () => {
  const sgd = W((v: Variable, g: Tensor) => {
    v.assign(tj.sub(v, tj.mul(g, 0.5)));
    return tj.sum(v);
  });
  const g = tj.ones([1000]);
  const v1 = tj.variable(tj.full([1000], 10)),
    v2 = tj.variable(tj.full([1000], 100));
  for (let i = 0; i < 3; i++) {
    sgd(v1, g);
    sgd(v2, g);
  }
  sgd(v1, g);
  assert.is((v1.data() as Float32Array)[999], 10 - 4 * 0.5);
  assert.is((v2.data() as Float32Array)[0], 100 - 3 * 0.5);
  // One function updates, another reads: the reader sees every update.
  const read = W((v: Variable) => tj.mul(v, 2));
  for (let i = 0; i < 3; i++) {
    sgd(v1, g);
    assert.is((read(v1).data() as Float32Array)[7], 2 * (10 - (5 + i) * 0.5));
  }
  // Eager ops read the resident value; an eager assign ends the residence.
  assert.is(tj.sum(v1).item(), 1000 * (10 - 7 * 0.5));
  v1.assign(tj.full([1000], 1));
  assert.is(sgd(v1, g).item(), 1000 * 0.5);
});

wasmTest('a kernel that traps on both threads throws, and the next split call works', async () => {
  await helpersStarted();
  prebuiltKernelsWasm();
  const copy = prebuiltShared('tj_window_32');
  // A plain copy of 1024 rows of 1024 elements, read from past the end of memory: both shares trap.
  const window = (src: number, dst: number) => [
    src,
    dst,
    1,
    1,
    1,
    1,
    1024,
    1024,
    0,
    0,
    0,
    0,
    1024,
    1,
    0,
    0,
    0,
    0,
    0,
    0,
    1,
    1,
    1,
    1,
    1024,
    1024,
    0,
    0,
    0,
  ];
  assert.throws(() => runShared(copy, window(0x7ff00000, 1 << 24), 2), /out of bounds|memory access/);
  // The same kernel within bounds, split again: the helper is free and no stale failure is left.
  const src = reserve(8 << 20),
    dst = src + (4 << 20);
  const a = new Float32Array(sharedMemory().buffer, src, 1 << 20);
  for (let i = 0; i < a.length; i++) a[i] = i;
  runShared(copy, window(src, dst), 2);
  const b = new Float32Array(sharedMemory().buffer, dst, 1 << 20);
  assert.is(b[12345], 12345);
  assert.is(b[(1 << 20) - 1], (1 << 20) - 1);
});

test.run();
