// int32 matmul compiled: tj_matmul_i32 (native/tj_matmul.c) on the WASM and native tiers, with the
// JS kernel's bits where products and sums wrap modulo 2^32, transposed operands read in place,
// batches broadcast (partly, too), and empty products.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { missingToolchain } from './tier-toolchains.js';

/** int32 values spread over the whole range (an LCG), so that products and sums wrap. */
function wide(shape: number[], seed: number): Tensor {
  let s = seed;
  const n = shape.reduce((a, b) => a * b, 1);
  const values = Array.from({ length: n }, () => (s = (Math.imul(s, 1103515245) + 12345) | 0));
  return tj.reshape(tj.tensor(values, { dtype: 'int32' }), shape);
}
const swap = (x: Tensor) => tj.transpose(x, [...Array(x.ndim - 2).keys(), x.ndim - 1, x.ndim - 2]);

const SHAPES: [number[], number[]][] = [
  [
    [3, 4],
    [4, 5],
  ],
  [
    [70, 33],
    [33, 65],
  ],
  [
    [2, 1, 3, 40],
    [5, 40, 7],
  ],
  [
    [1, 9],
    [9, 1],
  ],
  [
    [3, 0],
    [0, 4],
  ],
];

for (const backend of ['wasm', 'native'] as const)
  test(`int32 matmul on the ${backend} tier: tj_matmul_i32, the JS kernel's wrapped bits, no JS kernel step`, () => {
    const why = missingToolchain[backend]();
    if (why) return console.log(`  skipped (${backend} tier): ${why}`);
    const f = tj.jit(
      (a: Tensor, b: Tensor, at: Tensor, bt: Tensor) => [tj.matmul(a, b), tj.matmul(swap(at), swap(bt))],
      { hot: 0, async: false, backend },
    );
    for (const [sa, sb] of SHAPES) {
      const a = wide(sa, 7),
        b = wide(sb, 99);
      const want = tj.matmul(a, b).data();
      const args = [a, b, swap(a), swap(b)] as const;
      const got = f(...args);
      assert.is(f.stats.tier, backend);
      got.forEach((g, i) => assert.equal(g.data(), want, `${sa} @ ${sb}: output ${i}`));
      const rows = f.profile.with({ print: false, runs: 1, minMs: 0 })(...args).rows;
      assert.equal(
        rows.filter((r) => r.kind === 'kernel').map((r) => r.kernel),
        [],
        `${sa} @ ${sb}: no JS kernel rows in the profile`,
      );
    }
  });

test.run();
