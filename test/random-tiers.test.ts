// Random draws compiled: rand (and what draws through it: dropout, randint, permutation) and randn run
// as C kernels (native/tj_random.c) on the WASM and native tiers, with the same bits as eager, the
// generator advancing as it does eagerly; randn's log and cos are checked against the true values.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { normalOfWords } from '../runtime/kernels/random.js';
import { eagerNativeCalls } from '../runtime/native/eager.js';
import { eagerWasmCalls } from '../runtime/wasm/eager.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { missingToolchain } from './tier-toolchains.js';

/** Draws of every kind: the uniform kernel's (and a dropout step's arithmetic on them) and the normal kernel's. */
const draws = (x: Tensor) => [
  tj.rand([3, 5]),
  tj.rand([1000], 'float64'),
  tj.randn([65537]),
  tj.randn([777], 'float64'),
  tj.mul(tj.randn([2, 3]), 2),
  tj.dropout(x, 0.3),
  tj.randint([64], -5, 9),
  tj.permutation(17),
  tj.rand([0]),
];

for (const backend of ['wasm', 'native'] as const)
  test(`rand, randn, dropout, randint and permutation on the ${backend} tier: C kernels, eager's bits, call after call`, () => {
    const why = missingToolchain[backend]();
    if (why) return console.log(`  skipped (${backend} tier): ${why}`);
    const x = tj.ones([40, 30]);
    tj.seed(31);
    const want = [draws(x), draws(x), draws(x)];
    tj.seed(31);
    const f = tj.jit(draws, { hot: 0, async: false, backend });
    const got = [f(x), f(x), f(x)];
    assert.is(f.stats.tier, backend);
    got.forEach((call, c) =>
      call.forEach((t, i) => {
        assert.equal(t.shape, want[c][i].shape, `call ${c} draw ${i}: shape`);
        assert.equal(t.data(), want[c][i].data(), `call ${c} draw ${i}`);
      }),
    );
    const rows = f.profile.with({ print: false, runs: 1, minMs: 0 })(x).rows;
    assert.equal(
      rows.filter((r) => r.kind === 'kernel').map((r) => r.kernel),
      [],
      'no JS kernel rows in the profile',
    );
  });

/** Eager draws of every kind and size under `env`: a large one first (it loads the kernels), then odd tails and sizes both sides of the paths' thresholds. */
function eagerDraws(env: Record<string, string>): Float32Array[] | Float64Array[] {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    tj.seed(5);
    return [70001, 100, 5000, 50001].flatMap((n) =>
      (['float32', 'float64'] as const).flatMap((dtype) => [tj.rand([n], dtype).data(), tj.randn([n], dtype).data()]),
    ) as Float32Array[];
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

test("eager rand and randn through the native kernel library and the WASM kernels: the JS kernels' bits", () => {
  const js = eagerDraws({ TENSORJIT_EAGER_NATIVE: '0', TENSORJIT_EAGER_WASM: '0' });
  for (const [path, env, calls, why] of [
    ['native', { TENSORJIT_EAGER_WASM: '0' }, eagerNativeCalls, missingToolchain.native()],
    ['wasm', { TENSORJIT_EAGER_NATIVE: '0' }, eagerWasmCalls, missingToolchain.wasm()],
  ] as const) {
    if (why) {
      console.log(`  skipped (${path}): ${why}`);
      continue;
    }
    const before = calls.random;
    const got = eagerDraws(env);
    assert.ok(calls.random > before, `the eager draws took the ${path} path (is the setup step's build there?)`);
    got.forEach((g, i) => assert.equal(g, js[i], `${path}: draw ${i}`));
  }
});

test('a normal draw from two words: Box-Muller to within a few ulps, its ends and quadrants exact', () => {
  const boxMuller = (w0: number, w1: number) =>
    Math.sqrt(-2 * Math.log((w0 + 1) * 2 ** -32)) * Math.cos(2 * Math.PI * w1 * 2 ** -32);
  // The reference's own 2π·u rounding costs it ~1e-15 near cos's zeros; ours reduces exactly.
  const words = [0, 1, 2, 0x7fffffff, 0x80000000, 0xb504f333, 0xfffffffe, 0xffffffff];
  const angles = [0, 1, 0x1fffffff, 0x20000000, 0x3fffffff, 0x40000000, 0x80000000, 0xc0000000, 0xffffffff];
  let worst = 0;
  for (const w0 of words)
    for (const w1 of angles) worst = Math.max(worst, Math.abs(normalOfWords(w0, w1) - boxMuller(w0, w1)));
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < 20000; i++) {
    const w0 = next(),
      w1 = next();
    worst = Math.max(worst, Math.abs(normalOfWords(w0, w1) - boxMuller(w0, w1)));
  }
  assert.ok(worst < 4e-15, `largest difference from Math's Box-Muller: ${worst}`);
  assert.is(normalOfWords(0xffffffff, 0), 0, 'u1 = 1: radius 0');
  assert.is(normalOfWords(0, 0), Math.sqrt(64 * Math.LN2), 'u1 = 2^-32, angle 0: the largest draw');
  assert.is(normalOfWords(0, 0x80000000), -Math.sqrt(64 * Math.LN2), 'angle π: its negation');
  assert.ok(Math.abs(normalOfWords(0, 0x40000000)) < 1e-15, 'angle π/2: zero');
});

test.run();
