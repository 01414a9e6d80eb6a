// The differentiation API: grad, valueAndGrad (argnums, trees, wrt), vjp, jvp, jacobian, hessian,
// higher order, stable gradients of named functions, and Variables.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const f64 = (data: number | number[] | number[][]) => tj.tensor(data, { dtype: 'float64' });
const close = (got: Tensor, want: number[] | number[][] | number, tol = 1e-9) => {
  const g = got.toArray() as number[] | number;
  const flatG = [g].flat(3) as number[],
    flatW = [want].flat(3) as number[];
  assert.is(flatG.length, flatW.length, `sizes ${flatG.length} vs ${flatW.length}`);
  flatG.forEach((v, i) =>
    assert.ok(Math.abs(v - flatW[i]) <= tol * Math.max(1, Math.abs(flatW[i])), `element ${i}: ${v} vs ${flatW[i]}`),
  );
};

test('grad of a scalar function, default argnum 0', () => {
  const g = tj.grad((x: Tensor) => tj.sum(tj.mul(tj.sin(x), x)))(f64([1, 2, 3]));
  close(
    g,
    [1, 2, 3].map((v) => Math.sin(v) + v * Math.cos(v)),
  );
});

test('argnums as an array gives an array of gradients; trees keep their structure', () => {
  const f = (a: Tensor, p: { w: Tensor; b: Tensor[] }, k: number) =>
    tj.sum(tj.mul(tj.add(tj.matmul(a, p.w), p.b[0]), k));
  const a = f64([[1, 2]]),
    p = { w: f64([[1], [3]]), b: [f64([0.5])] };
  const [ga, gp] = tj.grad(f, { argnums: [0, 1] })(a, p, 2);
  close(ga, [[2, 6]]);
  close(gp.w, [[2], [4]]);
  close(gp.b[0], [2]);
  const [v, gOnly] = tj.valueAndGrad(f, { argnums: 1 })(a, p, 2);
  close(v, 15);
  assert.equal(Object.keys(gOnly).sort(), ['b', 'w']);
});

test('broadcasting ops reduce gradients back to the input shape', () => {
  const [gx, gb] = tj.grad((x: Tensor, b: Tensor) => tj.sum(tj.mul(tj.add(x, b), tj.add(x, b))), { argnums: [0, 1] })(
    f64([
      [1, 2],
      [3, 4],
    ]),
    f64([1, -1]),
  );
  assert.equal(gx.shape, [2, 2]);
  assert.equal(gb.shape, [2]);
  close(gb, [2 * (2 + 4), 2 * (1 + 3)]);
});

test('maximum and max route the gradient to the chosen element, ties split', () => {
  close(tj.grad((x: Tensor) => tj.max(x))(f64([1, 5, 5, 2])), [0, 0.5, 0.5, 0]);
  close(tj.grad((x: Tensor) => tj.sum(tj.maximum(x, 2)))(f64([1, 2, 3])), [0, 0.5, 1]);
  close(tj.grad((x: Tensor) => tj.sum(tj.where(tj.greater(x, 0), x, tj.mul(x, 3))))(f64([-1, 2])), [3, 1]);
});

test('no gradient flows through comparisons, argmax or integer casts', () => {
  const g = tj.grad((x: Tensor) =>
    tj.sum(tj.add(tj.astype(tj.greater(x, 0), 'float64'), tj.astype(tj.argmax(x), 'float64'))),
  )(f64([1, -2]));
  close(g, [0, 0]);
  const h = tj.grad((x: Tensor) => tj.sum(tj.mul(x, tj.astype(tj.astype(x, 'int32'), 'float64'))))(f64([1.5, 2.5]));
  close(h, [1, 2]);
});

test('errors: non-scalar output, integer input, bad argnums', () => {
  assert.throws(() => tj.grad((x: Tensor) => tj.mul(x, 2))(f64([1, 2, 3])), /grad: .*scalar.*shape \[3\]/);
  assert.throws(
    () => tj.grad((x: Tensor) => tj.sum(x))(tj.tensor([1, 2], { dtype: 'int32' })),
    /grad: argument 0 has dtype int32/,
  );
  assert.throws(() => tj.grad((x: Tensor) => tj.sum(x), { argnums: 3 })(f64([1])), /argnums 3 is out of range/);
  assert.throws(() => tj.grad((x: Tensor) => tj.argmax(x))(f64([1, 2])), /int32 tensor, which is not differentiable/);
});

test('higher order: grad of grad, hessian, jvp of grad', () => {
  const cube = (x: Tensor) => tj.sum(tj.mul(x, tj.mul(x, x)));
  close(tj.grad(tj.grad(cube))(f64(2)), 12);
  close(tj.hessian(cube)(f64([1, 2, 3])), [
    [6, 0, 0],
    [0, 12, 0],
    [0, 0, 18],
  ]);
  const [, hvp] = tj.jvp(tj.grad(cube), [f64([1, 2])], [f64([1, 1])]);
  close(hvp, [6, 12]);
  const g3 = tj.grad(tj.grad(tj.grad((x: Tensor) => tj.sum(tj.sin(x)))))(f64(0.3));
  close(g3, -Math.cos(0.3));
});

test('vjp, jvp and jacobian of a vector function', () => {
  const f = (x: Tensor) => tj.mul(tj.exp(x), tj.reshape(tj.sum(x), [1]));
  const x = f64([0.1, 0.2]);
  const [out, pullback] = tj.vjp(f, x);
  assert.equal(out.shape, [2]);
  const s = 0.30000000000000004,
    e = [Math.exp(0.1), Math.exp(0.2)];
  const J = [
    [e[0] * s + e[0], e[0]],
    [e[1], e[1] * s + e[1]],
  ];
  close(pullback(f64([1, 0]))[0], J[0]);
  close(tj.jacobian(f)(x), J);
  const [, t] = tj.jvp(f, [x], [f64([0, 1])]);
  close(t, [J[0][1], J[1][1]]);
});

test('named functions have stable gradients at extreme inputs', () => {
  const labels = tj.tensor([1], { dtype: 'int32' });
  close(tj.grad((z: Tensor) => tj.softmaxCrossEntropy(z, labels))(tj.tensor([[1000, 0]])), [[1, -1]], 0);
  close(tj.grad((z: Tensor) => tj.sum(tj.softplus(z)))(f64([100, -100])), [1, 1 / (1 + Math.exp(100))], 1e-12);
  close(tj.grad((z: Tensor) => tj.logsumexp(z))(tj.tensor([1000, 1000, -1000])), [0.5, 0.5, 0]);
  close(tj.grad((z: Tensor) => tj.sum(tj.logSoftmax(z)))(tj.tensor([1000, 0])), [-1, 1]);
});

test('Variables: valueAndGrad with wrt, assign, and its errors leave the value as it was', () => {
  const w = tj.variable(f64([1, 2])),
    b = tj.variable(f64(0.5));
  const loss = () => tj.add(tj.sum(tj.square(w)), b);
  const [v, [gw, gb]] = tj.valueAndGrad(loss, { wrt: [w, b] })();
  close(v, 5.5);
  close(gw, [2, 4]);
  close(gb, 1);
  w.assign(tj.sub(w, tj.mul(gw, 0.25)));
  close(w, [0.5, 1]);
  assert.throws(() => w.assign(f64([1, 2, 3])), /assign: .*shape \[3\].*shape \[2\]/);
  assert.throws(() => w.assign(tj.tensor([1, 2])), /assign: .*float32.*float64/);
  close(w, [0.5, 1]);
  assert.throws(
    () => tj.valueAndGrad(() => tj.sum(w), { wrt: [tj.variable(tj.tensor([1], { dtype: 'int32' }))] })(),
    /int32 Variable/,
  );
});

test('stopGradient: the value passes, no derivative does (both modes, eagerly and compiled)', () => {
  const f = (x: Tensor) => tj.sum(tj.mul(x, tj.stopGradient(tj.mul(x, 3))));
  const x = f64([1, 2]);
  close(f(x), 15);
  close(tj.grad(f)(x), [3, 6]);
  const [, t] = tj.jvp(f, [x], [f64([1, 1])]);
  close(t, 9);
  const jitted = tj.jit(tj.grad(f), { hot: 0, async: false, backend: 'js' });
  close(jitted(x), [3, 6]);
  const e = tj.explain(tj.grad(f), x);
  assert.ok(e.rewrites.includes('stop-gradient'), e.rewrites.join(', '));
  assert.not.match(e.graph, /stopGradient/);
  assert.throws(() => tj.stopGradient([1, 2] as never), /stopGradient: expected a tensor, got an array of length 2/);
});

test.run();
