// The WASM tier: generated C compiled by emcc, results against eager, the compile cache across
// processes, and fallback when emcc is missing. Skips (saying why) only where emcc is absent;
// CI installs emscripten, so there it always runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toolchain } from '../jit/emcc.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { withoutEagerNative } from './eager-paths.js';

const tc = toolchain();
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-wasm-cache-'));
// uvu runs every test file in one process: set the cache dir per test, not at import, and put it back.
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
test.after.each(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
});
test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = cacheDir;
});
const W = <F extends (...a: any[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false, backend: 'wasm' });
const fixture = fileURLToPath(new URL('./fixtures/wasm-cache.ts', import.meta.url));

function close(got: Tensor, want: Tensor, rtol: number, atol = 1e-30) {
  assert.equal(got.shape, want.shape);
  assert.is(got.dtype, want.dtype);
  const g = got.data(),
    w = want.data();
  for (let i = 0; i < w.length; i++) {
    if (Number.isNaN(w[i])) {
      assert.ok(Number.isNaN(g[i]), `element ${i}: ${g[i]} vs NaN`);
      continue;
    }
    assert.ok(
      g[i] === w[i] || Math.abs(g[i] - w[i]) <= rtol * Math.abs(w[i]) + atol,
      `element ${i}: ${g[i]} vs ${w[i]}`,
    );
  }
}

const wasmTest = (name: string, fn: () => void | Promise<void>) =>
  test(name, async () => {
    if (!tc.available) {
      console.log(`  skipped (${name}): ${tc.reason}`);
      return;
    }
    await fn();
  });

wasmTest('backends() reports wasm as available', () => {
  assert.ok(tj.backends().find((b) => b.name === 'wasm')!.available);
});

wasmTest('fused float32 chains (SIMD loop and scalar tail) match eager', () => {
  tj.seed(1);
  for (const n of [3, 37]) {
    // each size is its own module: emcc takes ~1 s a compile
    const a = tj.randn([n]),
      b = tj.randn([n]);
    const chain = (x: Tensor, y: Tensor) => {
      const t = tj.add(tj.mul(x, y), 1);
      return tj.mul(tj.tanh(t), tj.exp(tj.neg(tj.mul(t, t))));
    };
    const f = W(chain);
    close(f(a, b), chain(a, b), 4e-7);
    assert.is(f.stats.tier, 'wasm');
    const g = W((x: Tensor) => tj.add(tj.sigmoid(x), tj.add(tj.erf(x), tj.log(tj.add(tj.abs(x), 1)))));
    // A sum of terms of either sign: compare against the terms' scale, not the (small) result's.
    close(g(a), tj.add(tj.sigmoid(a), tj.add(tj.erf(a), tj.log(tj.add(tj.abs(a), 1)))), 4e-7, 2e-6);
  }
});

wasmTest('broadcasting, float64, int32 wrap-around and bool loops match eager exactly', () => {
  const m = tj.randn([3, 4], 'float64'),
    v = tj.randn([4], 'float64');
  const f = (x: Tensor, y: Tensor) => tj.div(tj.sub(x, y), tj.add(tj.square(y), 1));
  close(W(f)(m, v), f(m, v), 1e-15);
  const i = tj.tensor([2147483647, -5, 7], { dtype: 'int32' });
  const g = (x: Tensor) => tj.add(tj.mul(x, 3), 1);
  close(W(g)(i), g(i), 0);
  const h = (x: Tensor) => tj.where(tj.logicalAnd(tj.greater(x, 0), tj.less(x, 5)), x, tj.neg(x));
  close(W(h)(i), h(i), 0);
});

wasmTest('graphs with matmul and reductions (run by their kernels) and Variable updates match eager', () => {
  tj.seed(2);
  const x = tj.randn([6, 5]),
    y = tj.tensor([0, 1, 2, 0, 1, 2], { dtype: 'int32' });
  const make = () => {
    const w = tj.variable(tj.mul(tj.randn([5, 3]), 0.1)),
      b = tj.variable(tj.zeros([3]));
    const step = () => {
      const [loss, [gw, gb]] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(tj.add(tj.matmul(x, w), b), y), {
        wrt: [w, b],
      })();
      w.assign(tj.sub(w, tj.mul(gw, 0.5)));
      b.assign(tj.sub(b, tj.mul(gb, 0.5)));
      return loss;
    };
    return { step, w };
  };
  tj.seed(3);
  const e = make();
  const eager = [0, 1, 2].map(() => e.step().item() as number);
  tj.seed(3);
  const c = make();
  const f = W(c.step);
  const compiled = [0, 1, 2].map(() => f().item() as number);
  assert.is(f.stats.tier, 'wasm');
  compiled.forEach((l, i) => assert.ok(Math.abs(l - eager[i]) < 1e-5, `${l} vs ${eager[i]}`));
  close(c.w, e.w, 1e-4);
});

wasmTest('matmul and matmul + bias run the native SIMD kernel, batched and broadcast', () => {
  tj.seed(4);
  const a = tj.randn([2, 33, 17]),
    b = tj.randn([17, 9]),
    bias = tj.randn([9]);
  const f = (x: Tensor, y: Tensor, z: Tensor) => tj.relu(tj.add(tj.matmul(x, y), z));
  const low = W(f).lower(a, b, bias);
  assert.match(low.graph, /linear\(/);
  close(W(f)(a, b, bias), f(a, b, bias), 1e-5, 1e-5);
  const d = tj.randn([5, 7], 'float64'),
    e = tj.randn([3, 7, 4], 'float64');
  close(W((x: Tensor, y: Tensor) => tj.matmul(x, y))(d, e), tj.matmul(d, e), 1e-12, 1e-12);
});

wasmTest(
  'eager matmul runs the native kernel once the setup step has built it, and matches the JS kernel',
  async () => {
    const { prebuiltKernelsWasm } = await import('../runtime/wasm/prebuilt.js');
    const { eagerWasmCalls } = await import('../runtime/wasm/eager.js');
    const { matmul } = await import('../runtime/kernels/matmul.js');
    prebuiltKernelsWasm(); // the setup step (npm run setup) does this
    tj.seed(6);
    const a = tj.randn([2, 70, 90]),
      b = tj.randn([90, 50]);
    const before = eagerWasmCalls.matmul;
    // The WASM path: eager ops kept off the native kernel library, which comes first where it is built.
    const got = withoutEagerNative(() => tj.matmul(a, b));
    assert.ok(eagerWasmCalls.matmul > before, 'the eager product ran in WASM');
    const want = new Float32Array(2 * 70 * 50);
    matmul(a.data() as Float32Array, b.data() as Float32Array, want, 2, 70, 90, 50, 70 * 90, 0);
    close(got, tj.tensor(want, { shape: [2, 70, 50] }), 1e-5, 1e-5);
  },
);

wasmTest('a second process loads the module from the compile cache', () => {
  const run = () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fixture], {
      encoding: 'utf8',
      env: { ...process.env, TENSORJIT_CACHE_DIR: cacheDir },
    });
    assert.is(r.status, 0, r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as {
      ms: number;
      cached: boolean;
      tier: string;
      value: number[];
    };
  };
  const first = run(),
    second = run();
  assert.is(first.tier, 'wasm');
  assert.is(second.cached, true);
  assert.equal(second.value, first.value);
  console.log(`  first compiled call: ${first.ms.toFixed(1)} ms cold, ${second.ms.toFixed(1)} ms from the cache`);
});

wasmTest('background compile swaps the WASM version in inside a synchronous loop', () => {
  const f = tj.jit((a: Tensor) => tj.exp(tj.mul(a, 0.5)), { hot: 1, backend: 'wasm' });
  const a = tj.ones([64]);
  const start = Date.now();
  while (f.stats.tier !== 'wasm' && Date.now() - start < 60000) f(a);
  assert.is(f.stats.tier, 'wasm');
  close(f(a), tj.exp(tj.mul(a, 0.5)), 4e-7);
});

test('without emcc, backend "wasm" throws at jit() with the reason; TENSORJIT_BACKEND=wasm warns once and runs on "auto"', () => {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `
    import('${new URL('../src/index.ts', import.meta.url).href}').then((tj) => {
      const b = tj.backends().find((x) => x.name === 'wasm');
      let thrown = '';
      try { tj.jit((x) => tj.mul(x, 2), { hot: 0, async: false, backend: 'wasm' }); } catch (e) { thrown = e.message; }
      process.env.TENSORJIT_BACKEND = 'wasm';
      const f = tj.jit((x) => tj.mul(x, 2), { hot: 0, async: false });
      const g = tj.jit((x) => tj.mul(x, 3), { hot: 0, async: false });
      const out = f(tj.ones([2])).toArray();
      g(tj.ones([2]));
      console.log(JSON.stringify({ available: b.available, reason: b.reason, thrown, tier: f.stats.tier, out }));
    });`,
    ],
    { encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent' } },
  );
  assert.is(r.status, 0, r.stderr);
  const res = JSON.parse(r.stdout.trim().split('\n').pop()!);
  assert.is(res.available, false);
  assert.match(res.reason, /emcc/);
  assert.match(res.thrown, /backend "wasm" is not available: no emcc/);
  assert.is(res.tier, 'js');
  assert.equal(res.out, [2, 2]);
  assert.is(r.stderr.match(/TENSORJIT_BACKEND=wasm is not available/g)?.length, 1, r.stderr);
});

test.run();
