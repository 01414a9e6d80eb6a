// Data movement on the WASM tier: transpose, slice (any steps), broadcastTo and pad run the native
// window copy of native/tj_layout.c; results equal eager exactly, in every dtype, with fill values
// that are NaN, -0, infinities or integers, and through ranks that collapse or fall back to JS.
// concat's copies (tj_layout.c too) on the WASM and native tiers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cCompiler } from '../jit/backends/native/toolchain.js';
import { toolchain } from '../jit/emcc.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const tc = toolchain();
const nativeMissing = () => {
  const cc = cCompiler();
  return cc.available ? undefined : cc.reason;
};
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-layout-cache-'));
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = cacheDir;
});
test.after.each(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
});

const wasmTest = (name: string, fn: () => void) =>
  test(name, () => {
    if (!tc.available) {
      console.log(`  skipped (${name}): ${tc.reason}`);
      return;
    }
    fn();
  });

/** Every data-movement case on one input: one compiled module per dtype. */
function moves(x: Tensor, fill: number): Tensor[] {
  return [
    tj.transpose(x),
    tj.transpose(x, [1, 0, 2]),
    tj.transpose(x, [0, 2, 1]), // only the last two: read in place by matmul, copied here
    tj.slice(x, [1, 0, 1], [3, 5, 6], [1, 2, 2]),
    tj.slice(x, [-1, -1, -2], [-4, -6, -7], [-1, -2, -3]), // negative steps
    tj.flip(x, 1),
    tj.broadcastTo(tj.slice(x, [0, 0, 0], [1, 5, 1]), [4, 3, 5, 7]),
    tj.broadcastTo(x, [2, ...x.shape]),
    tj.pad(
      x,
      [
        [1, 2],
        [0, 0],
        [3, 1],
      ],
      fill,
    ),
    tj.pad(
      x,
      [
        [0, 0],
        [2, 2],
        [0, 0],
      ],
      fill,
    ),
    tj.reshape(tj.transpose(tj.reshape(x, [2, 2, 5, 7])), [7, 5, 4]),
    tj.transpose(tj.reshape(x, [1, 2, 1, 2, 5, 1, 7, 1]), [7, 6, 5, 4, 3, 2, 1, 0]), // 8-D: collapses to 3
    tj.transpose(tj.reshape(x, [2, 2, 5, 7, 1, 1, 1]), [3, 2, 1, 0, 4, 5, 6]),
    // 7 dimensions that do not collapse: the JS kernel runs it
    tj.transpose(tj.reshape(tj.slice(tj.reshape(x, [140]), [0], [128]), [2, 2, 2, 2, 2, 2, 2]), [6, 5, 4, 3, 2, 1, 0]),
  ];
}

function same(got: Tensor, want: Tensor, what: string) {
  assert.equal(got.shape, want.shape, `${what}: shape`);
  assert.is(got.dtype, want.dtype, `${what}: dtype`);
  const g = got.data(),
    w = want.data();
  for (let i = 0; i < w.length; i++) assert.ok(Object.is(g[i], w[i]), `${what}: element ${i}: ${g[i]} vs ${w[i]}`);
}

wasmTest('transpose, slice, broadcastTo and pad equal eager exactly (float32, float64, int32, bool)', () => {
  tj.seed(9);
  const base = tj.randn([4, 5, 7]);
  const cases: [Tensor, number][] = [
    [base, NaN],
    [tj.astype(base, 'float64'), -Infinity],
    [tj.astype(tj.mul(base, 100), 'int32'), -7],
    [tj.greater(base, 0), 1],
  ];
  for (const [x, fill] of cases) {
    const f = tj.jit((t: Tensor) => moves(t, fill), { hot: 0, async: false, backend: 'wasm' });
    const got = f(x) as Tensor[],
      want = moves(x, fill);
    assert.is(f.stats.tier, 'wasm');
    got.forEach((t, i) => same(t, want[i], `${x.dtype} case ${i}`));
  }
});

wasmTest('a pad with -0 keeps the sign of zero', () => {
  const x = tj.tensor([
    [1, 2],
    [3, 4],
  ]);
  const f = tj.jit(
    (t: Tensor) =>
      tj.pad(
        t,
        [
          [1, 1],
          [1, 1],
        ],
        -0,
      ),
    { hot: 0, async: false, backend: 'wasm' },
  );
  same(
    f(x),
    tj.pad(
      x,
      [
        [1, 1],
        [1, 1],
      ],
      -0,
    ),
    'pad -0',
  );
  assert.ok(Object.is((f(x).data() as Float32Array)[0], -0));
});

/** Concats along each axis: many inputs, one repeated, one empty, one a transpose (read as stored). */
const concats = (x: Tensor, y: Tensor) => [
  tj.concat([x, y, x], 2),
  tj.concat([x, tj.slice(y, [0, 0, 0], [4, 5, 0]), y], 2),
  tj.concat([x, tj.mul(x, 2)], 0),
  tj.concat([y, x, y, x], 1),
  tj.stack([x, y]),
  tj.concat([tj.transpose(x, [0, 2, 1]), tj.transpose(y, [0, 2, 1])], 1),
];

for (const backend of ['wasm', 'native'] as const)
  test(`concat on the ${backend} tier: a C copy per input, no JS kernel step, equal to eager exactly (every dtype)`, () => {
    const why = backend === 'wasm' ? (tc.available ? undefined : tc.reason) : nativeMissing();
    if (why) return console.log(`  skipped (${backend} tier): ${why}`);
    tj.seed(21);
    const a = tj.randn([4, 5, 3]),
      b = tj.randn([4, 5, 3]);
    const cases: [Tensor, Tensor][] = [
      [a, b],
      [tj.astype(a, 'float64'), tj.astype(b, 'float64')],
      [tj.astype(tj.mul(a, 50), 'int32'), tj.astype(tj.mul(b, 50), 'int32')],
      [tj.greater(a, 0), tj.less(b, 0)],
    ];
    for (const [x, y] of cases) {
      const f = tj.jit(concats, { hot: 0, async: false, backend });
      const got = f(x, y),
        want = concats(x, y);
      assert.is(f.stats.tier, backend);
      got.forEach((t, i) => same(t, want[i], `${backend} ${x.dtype} case ${i}`));
      const rows = f.profile.with({ print: false, runs: 1, minMs: 0 })(x, y).rows;
      assert.equal(
        rows.filter((r) => r.kind === 'kernel').map((r) => r.kernel),
        [],
        'no JS kernel rows in the profile',
      );
    }
  });

test.run();
