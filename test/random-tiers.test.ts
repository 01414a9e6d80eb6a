// Random draws compiled: rand (and what draws through it: dropout, randint, permutation) runs as a C
// kernel (native/tj_random.c) on the WASM and native tiers, with the same bits as eager, the
// generator advancing as it does eagerly; randn stays a JS kernel step.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cCompiler } from '../jit/backends/native/toolchain.js';
import { toolchain } from '../jit/emcc.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const missing = {
  wasm: () => {
    const t = toolchain();
    return t.available ? undefined : t.reason;
  },
  native: () => {
    const c = cCompiler();
    return c.available ? undefined : c.reason;
  },
};

/** Draws of every kind that goes through the uniform kernel, and a dropout step's arithmetic on them. */
const draws = (x: Tensor) => [
  tj.rand([3, 5]),
  tj.rand([1000], 'float64'),
  tj.dropout(x, 0.3),
  tj.randint([64], -5, 9),
  tj.permutation(17),
  tj.rand([0]),
];

for (const backend of ['wasm', 'native'] as const)
  test(`rand, dropout, randint and permutation on the ${backend} tier: C kernels, eager's bits, call after call`, () => {
    const why = missing[backend]();
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
    // randn has no C kernel: it runs its JS kernel inside the compiled function, the same bits.
    tj.seed(8);
    const n = [tj.randn([50]), tj.randn([50])];
    tj.seed(8);
    const g = tj.jit(() => tj.randn([50]), { hot: 0, async: false, backend });
    assert.equal([g().data(), g().data()], [n[0].data(), n[1].data()]);
  });

test.run();
