// relu's gradient is 0 at exactly 0 (as TF, PyTorch and JAX), eagerly and compiled, and its value
// stays max(x, 0) bit for bit (-0 gives 0, NaN gives NaN).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toolchain } from '../jit/emcc.js';
import * as tj from '../src/index.js';

type Tensor = tj.Tensor;
const POINTS = [-1, -0, 0, 1, 0.5, -2, 3, NaN, -Infinity];
const GRADS = [0, 0, 0, 1, 1, 0, 1, 1, 0]; // NaN passes its cotangent through (x <= 0 is false), as PyTorch
const show = (t: Tensor) => Array.from(t.data() as ArrayLike<number>).map((v) => (Object.is(v, -0) ? '-0' : String(v)));
const sumRelu = (x: Tensor) => tj.sum(tj.relu(x));

const backends = ['js', ...(toolchain().available ? ['wasm' as const] : [])] as const;

for (const dtype of ['float32', 'float64'] as const) {
  const x = () => tj.tensor(POINTS, { dtype });

  test(`relu (${dtype}): the same values as maximum(x, 0)`, () => {
    assert.equal(show(tj.relu(x())), show(tj.maximum(x(), 0)));
    assert.is(tj.relu(x()).dtype, dtype);
  });

  test(`relu (${dtype}): gradient 0 at 0 and at -0, 1 above, eagerly`, () => {
    assert.equal(show(tj.grad(sumRelu)(x())), GRADS.map(String));
    const [out, pullback] = tj.vjp(tj.relu, x());
    assert.equal(show(out), show(tj.maximum(x(), 0))); // the differentiable form's value, -0 and NaN included
    assert.equal(show(pullback(tj.onesLike(x()))[0]), GRADS.map(String));
    const [out2, t] = tj.jvp(tj.relu, [x()], [tj.onesLike(x())]);
    assert.equal(show(out2), show(tj.maximum(x(), 0)));
    assert.equal(show(t), GRADS.map(String));
  });

  for (const backend of backends) {
    test(`relu (${dtype}): value and gradient compiled (${backend})`, () => {
      const f = tj.jit((v: Tensor) => tj.relu(v), { hot: 0, async: false, backend });
      const g = tj.jit(tj.grad(sumRelu), { hot: 0, async: false, backend });
      assert.equal(show(f(x())), show(tj.maximum(x(), 0)));
      assert.equal(show(g(x())), GRADS.map(String));
      assert.is(f.stats.tier, backend);
      assert.is(g.stats.tier, backend);
    });
  }
}

test('relu on int32 and bool stays max(x, 0) in int32', () => {
  const i = tj.relu(tj.tensor([-3, 0, 4], { dtype: 'int32' }));
  assert.is(i.dtype, 'int32');
  assert.equal(i.toArray(), [0, 0, 4]);
  assert.equal(tj.relu(tj.tensor([true, false])).toArray(), [1, 0]);
});

test('compiled, relu is one maximum (the rewrite relu-as-maximum)', () => {
  const f = tj.jit((v: Tensor) => tj.relu(v), { hot: 0, async: false, backend: 'js' });
  const { graph } = f.lower(tj.tensor([1, -1]));
  assert.match(graph, /maximum/);
  assert.not.match(graph, /where|lessEqual/);
});

test.run();
