// gelu, silu, leakyRelu, elu, layerNorm, dropout, mseLoss and clipGradNorm: values at known
// points, gradients against finite differences in float64, their parameters and errors. Eager against the float64 reference and
// compiled against eager are rows of ops-table.test.ts and jit-table.ts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { numericGrad } from './finite-differences.js';

const f64 = (data: number[]) => tj.tensor(data, { dtype: 'float64' });
const close = (got: Tensor, want: number[], tol = 1e-9) =>
  [got.toArray() as number | number[]]
    .flat()
    .forEach((v, i) =>
      assert.ok(Math.abs(v - want[i]) <= tol * Math.max(1, Math.abs(want[i])), `element ${i}: ${v} vs ${want[i]}`),
    );

test('values at known points', () => {
  close(tj.gelu(f64([-1, 0, 1, 3])), [-0.15865525393145707, 0, 0.8413447460685429, 3 * 0.9986501019683699]);
  close(tj.silu(f64([-1, 0, 2])), [-0.2689414213699951, 0, 1.7615941559557649]);
  close(tj.leakyRelu(f64([-2, 0, 3])), [-0.02, 0, 3]);
  close(tj.leakyRelu(f64([-2, 3]), 0.5), [-1, 3]);
  close(tj.elu(f64([-1, 0, 2])), [Math.expm1(-1), 0, 2]);
  close(tj.elu(f64([-1]), 2), [2 * Math.expm1(-1)]);
  close(tj.mseLoss(f64([1, 2, 3]), f64([1, 0, 3])), [4 / 3]);
  assert.ok(
    Number.isNaN(tj.elu(f64([NaN])).item() as number) && Number.isNaN(tj.leakyRelu(f64([NaN])).item() as number),
  );
  assert.is(tj.gelu(tj.tensor([1, 2], { dtype: 'int32' })).dtype, 'float32');
});

test('gradients against finite differences (float64)', () => {
  const x = [-2.5, -0.7, 0.3, 1.9];
  for (const [name, f] of [
    ['gelu', (t: Tensor) => tj.sum(tj.gelu(t))],
    ['silu', (t: Tensor) => tj.sum(tj.silu(t))],
    ['leakyRelu', (t: Tensor) => tj.sum(tj.leakyRelu(t, 0.2))],
    ['elu', (t: Tensor) => tj.sum(tj.elu(t, 1.5))],
    ['mseLoss', (t: Tensor) => tj.mseLoss(t, f64([1, 0, -1, 2]))],
    [
      'layerNorm',
      (t: Tensor) => tj.sum(tj.mul(tj.layerNorm(t, f64([1, 2, 3, 4]), f64([0, 1, 0, 1])), f64([1, -2, 3, 0.5]))),
    ],
  ] as const) {
    close(tj.grad(f)(f64(x)), numericGrad(f, f64(x)), 1e-6);
    const jitted = tj.jit(tj.grad(f), { hot: 0, async: false, backend: 'js' });
    close(jitted(f64(x)), numericGrad(f, f64(x)), 1e-6);
    void name;
  }
});

test('bad parameters and shapes throw, naming them', () => {
  assert.throws(
    () => tj.leakyRelu(tj.zeros([2]), '0.1' as never),
    /leakyRelu: slope must be a finite number, got the string '0.1'/,
  );
  assert.throws(() => tj.elu(tj.zeros([2]), NaN), /elu: alpha must be a finite number, got NaN/);
  assert.throws(() => tj.mseLoss(tj.zeros([2]), tj.zeros([3])), /mseLoss: shapes \[2\] and \[3\] cannot be broadcast/);
});

test('dropout: kept values scaled by 1/(1 - rate), seeded, the same compiled; gradients through the kept ones', () => {
  tj.seed(3);
  const y = tj.dropout(tj.ones([1000]), 0.25);
  const vals = new Set(Array.from(y.data()));
  assert.equal([...vals].sort(), [0, 4 / 3].map(Math.fround).sort());
  const kept = Array.from(y.data()).filter((v) => v !== 0).length;
  assert.ok(kept > 700 && kept < 800, `${kept} of 1000 kept at rate 0.25`);
  tj.seed(3);
  assert.equal(tj.dropout(tj.ones([1000]), 0.25).data(), y.data(), 'seeded: the same draws');
  const f = (x: Tensor) => tj.dropout(x, 0.5);
  tj.seed(5);
  const eager = f(tj.ones([64]));
  tj.seed(5);
  assert.equal(
    tj
      .jit(f, { hot: 0, async: false, backend: 'js' })(tj.ones([64]))
      .data(),
    eager.data(),
    'compiled draws as eager',
  );
  tj.seed(7);
  const g = tj.grad((x: Tensor) => tj.sum(tj.dropout(x, 0.5)))(tj.ones([64]));
  tj.seed(7);
  assert.equal(g.data(), tj.dropout(tj.ones([64]), 0.5).data(), 'the gradient is the mask, scaled');
  assert.throws(() => tj.dropout(tj.ones([2]), 1), /dropout: rate must be in \[0, 1\), got 1/);
});

test('layerNorm: zero mean and unit variance over the last axis; errors', () => {
  const y = tj.layerNorm(f64([1, 2, 3, 4, 10, 20, 30, 40]).reshape([2, 4]));
  close(tj.mean(y, -1), [0, 0], 1e-12);
  close(tj.mean(tj.square(y), -1), [1, 1], 1e-4);
  assert.throws(() => tj.layerNorm(tj.tensor(1)), /layerNorm: x must have at least one axis/);
  assert.throws(() => tj.layerNorm(tj.zeros([2, 3]), tj.zeros([4])), /cannot be broadcast/);
});

test('clipGradNorm: the global norm over a tree, at most maxNorm; gradients below it unchanged', () => {
  const [a, b] = tj.clipGradNorm([f64([3, 4]), f64([0, 12])], 6.5);
  close(a, [1.5, 2], 1e-6);
  close(b, [0, 6], 1e-6);
  const small = tj.clipGradNorm({ w: f64([0.3, 0.4]) }, 1);
  close(small.w, [0.3, 0.4], 1e-12);
  const jitted = tj.jit((g: Tensor) => tj.clipGradNorm(g, 1), { hot: 0, async: false, backend: 'js' });
  close(jitted(tj.tensor([3, 4])), [0.6, 0.8], 1e-6);
  assert.throws(() => tj.clipGradNorm([f64([1])], 0), /clipGradNorm: maxNorm must be a positive finite number, got 0/);
  assert.throws(
    () => tj.clipGradNorm([tj.tensor([1], { dtype: 'int32' })], 1),
    /must be float32 or float64, got a int32/,
  );
});

test.run();
