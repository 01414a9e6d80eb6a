// JS numbers passed to a jitted function are traced as values (weakly typed 0-d inputs, as in
// JAX): a new value does not trace again; an argument whose value the function needs becomes
// static by itself, once, and explain() says which and why; `static` still forces it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';

const wasm = tj.backends().find((b) => b.name === 'wasm')!.available;
const TIERS = wasm ? (['js', 'wasm'] as const) : (['js'] as const);
const x = tj.tensor([1, 2, 3]);
const values = (t: tj.Tensor) => Array.from(t.data() as ArrayLike<number>);

for (const backend of TIERS) {
  test(`a new number is a new value, not a new trace (${backend})`, () => {
    const step = (t: tj.Tensor, lr: number) => tj.sub(t, tj.mul(t, lr));
    const f = tj.jit(step, { hot: 0, async: false, backend });
    for (const lr of [0.1, 0.01, 0.5, 1e-3, -2.5]) assert.equal(values(f(x, lr)), values(step(x, lr)), `lr ${lr}`);
    assert.is(f.stats.traces, 1);
    assert.is(f.stats.compiledCalls, 5);
    assert.is(f.stats.tier, backend);
  });

  test(`numbers keep their weak dtype and full precision (${backend})`, () => {
    const f = tj.jit((t: tj.Tensor, k: number) => tj.add(t, k), { hot: 0, async: false, backend });
    const i = x.astype('int32'),
      d = x.astype('float64');
    assert.is(f(i, 2).dtype, 'int32', 'an integral number keeps an int32 tensor int32');
    assert.is(f(i, 2.5).dtype, 'float32', 'a fraction makes it float32, as eagerly');
    assert.equal(values(f(i, 2.5)), [3.5, 4.5, 5.5]);
    assert.is(f(x, 0.1).dtype, 'float32', 'a float32 tensor stays float32');
    assert.equal(values(f(d, 0.1)), values(tj.add(d, 0.1)), 'float64 gets the number exactly');
    assert.is(f.stats.traces, 4, 'one trace per dtype combination (integral or not), none per value');
  });
}

test('numbers inside trees are values too', () => {
  const f = tj.jit((p: { lr: number; w: tj.Tensor }) => tj.mul(p.w, p.lr), { hot: 0, async: false });
  assert.equal(values(f({ lr: 2, w: x })), [2, 4, 6]);
  assert.equal(values(f({ lr: 3, w: x })), [3, 6, 9]);
  assert.is(f.stats.traces, 1);
});

test('an argument whose value the function needs becomes static by itself, and explain() says why', () => {
  const pick = (t: tj.Tensor, n: number) => (n > 2 ? tj.mul(t, 2) : tj.neg(t));
  const f = tj.jit(pick, { hot: 0, async: false });
  assert.equal(values(f(x, 3)), [2, 4, 6]);
  assert.equal(values(f(x, 1)), [-1, -2, -3]);
  assert.equal(values(f(x, 3)), [2, 4, 6]);
  assert.is(f.stats.traces, 2, 'one per distinct value once static');
  assert.is(f.stats.tier, 'js');
  const report = tj.explain(pick, x, 3);
  assert.equal(
    report.staticArgs.map((s) => s.arg),
    [1],
  );
  assert.match(
    report.toString(),
    /argument 1 is static \(a new value traces again\): JS arithmetic or a comparison on it/,
  );
});

test('a number used as an axis or a shape becomes static', () => {
  const f = tj.jit((t: tj.Tensor, axis: number, n: number) => tj.sum(tj.reshape(t, [1, n]), axis), {
    hot: 0,
    async: false,
  });
  assert.equal(values(f(x, 0, 3)), [1, 2, 3]);
  assert.equal(values(f(x, 1, 3)), [6]);
  assert.is(f.stats.tier, 'js');
  assert.match(tj.explain((t: tj.Tensor, axis: number) => tj.sum(t, axis), x, 0).toString(), /argument 1 is static/);
});

test('static still forces a number to be part of the signature', () => {
  const f = tj.jit((t: tj.Tensor, k: number) => tj.mul(t, k), { hot: 0, async: false, static: [1] });
  f(x, 2);
  f(x, 3);
  assert.is(f.stats.traces, 2);
  assert.match(f.lower(x, 4).graph, /const f32\[\] \{4\}/);
});

test('explain() lists closed-over tensors frozen at trace time', () => {
  const w = tj.ones([2, 3]);
  const report = tj.explain((t: tj.Tensor) => tj.matmul(w, t), x);
  assert.equal(report.frozen, ['float32[2, 3]']);
  assert.match(report.toString(), /frozen at trace time \(closed-over tensors, as constants\): float32\[2, 3\]/);
});

test.run();
