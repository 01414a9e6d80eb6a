// cumsum, cumprod, sort, argsort, topk, scatter, scatterAdd and permutation: behaviour the tables
// do not show (accumulation, stability, NaN, errors eager and compiled, gradients, seeding).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { numericGrad } from './finite-differences.js';

const f64 = (v: number[], shape = [v.length]) => tj.tensor(v, { dtype: 'float64' }).reshape(shape);
const i32 = (v: number[]) => tj.tensor(v, { dtype: 'int32' });
const near = (got: ArrayLike<number>, want: ArrayLike<number>, tol = 1e-6) =>
  assert.ok(
    Array.from(want).every((w, i) => Math.abs(got[i] - w) <= tol * Math.max(1, Math.abs(w))),
    `${Array.from(got).join(', ')} vs ${Array.from(want).join(', ')}`,
  );
const compiled = <A extends Tensor[], R>(f: (...a: A) => R, backend: 'js' | 'native' | 'wasm' = 'js') =>
  tj.jit(f, { hot: 0, async: false, backend });
const tiers = (['js', 'native', 'wasm'] as const).filter((b) => tj.backends().some((i) => i.name === b && i.available));

test('cumsum: float32 accumulates in float64 as sum does; bool counts as int32; int32 wraps', () => {
  const x = tj.tensor([1e8, 1, -1e8, 1, 0.5]);
  const c = tj.cumsum(x);
  assert.is(c.dtype, 'float32');
  assert.is(c.data()[4], tj.sum(x).item());
  assert.equal(Array.from(c.data()), [1e8, 1e8, 1, 2, 2.5]);
  assert.equal(tj.cumsum(tj.tensor([true, true, false])).toArray(), [1, 2, 2]);
  assert.is(tj.cumprod(tj.tensor([true, false])).dtype, 'int32');
  assert.equal(Array.from(tj.cumsum(i32([2 ** 31 - 1, 1, 1])).data()), [2 ** 31 - 1, -(2 ** 31), -(2 ** 31) + 1]);
  assert.equal(Array.from(tj.cumprod(i32([65536, 65536, 3])).data()), [65536, 0, 0]);
  assert.equal(tj.cumsum(tj.zeros([0])).shape, [0]);
});

test('sort and argsort: stable in both directions, NaN last ascending and first descending', () => {
  const x = tj.tensor([2, NaN, 1, 2, -Infinity, 1, NaN]);
  assert.equal(Array.from(tj.argsort(x).data()), [4, 2, 5, 0, 3, 1, 6]);
  assert.equal(Array.from(tj.argsort(x, -1, true).data()), [1, 6, 0, 3, 2, 5, 4]);
  assert.equal(Array.from(tj.sort(x).data()).slice(0, 5), [-Infinity, 1, 1, 2, 2]);
  assert.equal(Array.from(tj.argsort(tj.tensor([0, -0, 0])).data()), [0, 1, 2]);
  assert.equal(tj.sort(tj.tensor([[3, 1, 2]]), 0).toArray(), [[3, 1, 2]]);
  const [v, i] = tj.topk(tj.tensor([1, 5, 3, 5, 5]), 3);
  assert.equal(v.toArray(), [5, 5, 5]);
  assert.equal(i.toArray(), [1, 3, 4]);
  assert.is(i.dtype, 'int32');
});

test('scatter and scatterAdd: x is unchanged; the last repeated index wins a set; updates cast and broadcast', () => {
  const x = tj.zeros([3, 2]);
  const s = tj.scatter(
    x,
    [2, 0, 2],
    tj.tensor([
      [1, 1],
      [2, 2],
      [3, 3],
    ]),
  );
  assert.equal(s.toArray(), [
    [2, 2],
    [0, 0],
    [3, 3],
  ]);
  assert.equal(x.toArray(), [
    [0, 0],
    [0, 0],
    [0, 0],
  ]);
  assert.equal(tj.scatterAdd(x, [-1, 2], 1.5).toArray(), [
    [0, 0],
    [0, 0],
    [3, 3],
  ]);
  assert.equal(tj.scatterAdd(i32([1, 2]), [0], 2.7).toArray(), [3, 2]);
  assert.equal(tj.scatterAdd(tj.tensor([false, false]), [1, 1], true).toArray(), [false, true]);
});

test('errors name the axis, the shapes, k and the bad index', () => {
  assert.throws(() => tj.cumsum(tj.zeros([2, 3]), 2), /cumsum: axis 2 is out of bounds for shape \[2, 3\]/);
  assert.throws(() => tj.cumprod(tj.zeros([]), -1), /cumprod: axis -1 is out of bounds for shape \[\]/);
  assert.throws(() => tj.sort(tj.zeros([2]), 1.5), /sort: axis must be an integer/);
  assert.throws(() => tj.argsort(tj.zeros([2]), -2), /argsort: axis -2 is out of bounds for shape \[2\]/);
  assert.throws(() => tj.topk(tj.zeros([2, 3]), 4), /topk: k must be an integer from 0 to 3 .*shape \[2, 3\].*got 4/);
  assert.throws(() => tj.topk(tj.zeros([3]), -1), /topk: k must be/);
  assert.throws(() => tj.topk(tj.zeros([3]), 1.5), /topk: k must be/);
  assert.throws(
    () => tj.scatter(tj.zeros([3, 2]), [1], tj.zeros([2, 2])),
    /scatter: updates of shape \[2, 2\] do not broadcast to \[1, 2\] \(x's shape \[3, 2\] with axis 0 replaced by the indices' shape \[1\]\)/,
  );
  assert.throws(
    () => tj.scatterAdd(tj.zeros([3]), [0], 1, 1),
    /scatterAdd: axis 1 is out of bounds for x of shape \[3\]/,
  );
  assert.throws(() => tj.scatter(tj.zeros([3]), tj.tensor([0]), 1), /scatter: indices must be int32, got float32/);
  assert.throws(() => tj.scatter(tj.zeros([3]), [0.5], 1), /scatter: indices must be integers/);
  assert.throws(
    () => tj.scatter(tj.zeros([3]), [3], 1),
    /scatter: index 3 is out of range for axis 0 with size 3 \(shape \[3\]\)/,
  );
  assert.throws(() => tj.scatterAdd(tj.zeros([2, 3]), [-4], 1, 1), /scatterAdd: index -4 is out of range for axis 1/);
  assert.throws(() => tj.permutation(-1), /permutation: n must be a non-negative integer, got -1/);
  assert.throws(() => tj.permutation(2.5), /permutation: n must be a non-negative integer/);
});

test('indices out of range throw compiled as they do eagerly, on every tier here', () => {
  for (const backend of tiers) {
    const f = compiled((x: Tensor, i: Tensor) => tj.scatterAdd(tj.mul(x, 2), i, 1), backend);
    assert.equal(f(tj.ones([3]), i32([0, -1, 0])).toArray(), [4, 2, 3], backend);
    assert.throws(
      () => f(tj.ones([3]), i32([3])),
      /scatterAdd: index 3 is out of range for axis 0 with size 3/,
      backend,
    );
    const g = compiled((x: Tensor, i: Tensor) => tj.scatter(x, i, tj.neg(x)), backend);
    assert.throws(
      () => g(tj.ones([2]), i32([0, -3])),
      /scatter: index -3 is out of range for axis 0 with size 2/,
      backend,
    );
  }
});

test('gradients: sort, topk and cumprod (with zeros) against finite differences', () => {
  const w5 = f64([0.3, -1.2, 2, 0.7, -0.4]);
  const cases: [string, (x: Tensor) => Tensor, Tensor][] = [
    ['sort', (x) => tj.sum(tj.mul(tj.sort(x), w5)), f64([0.3, -2, 1.5, 0.1, 0.9])],
    [
      'sort descending, axis 0',
      (x) => tj.sum(tj.mul(tj.sort(x, 0, true), f64([1, 2, 3, 4, 5, 6], [3, 2]))),
      f64([3, 1, 2, 5, 4, 0], [3, 2]),
    ],
    ['topk values', (x) => tj.sum(tj.mul(tj.topk(x, 2)[0], f64([1.5, -0.5]))), f64([0.3, -2, 1.5, 0.1, 0.9])],
    ['cumprod with zeros', (x) => tj.sum(tj.mul(tj.cumprod(x), w5)), f64([2, 0, 3, 0, 5])],
    ['cumprod, one zero', (x) => tj.sum(tj.mul(tj.cumprod(x), w5)), f64([0.5, 1.5, 0, -2, 0.7])],
    [
      'cumsum axis 0',
      (x) => tj.sum(tj.mul(tj.cumsum(x, 0), f64([1, 2, 3, 4, 5, 6], [3, 2]))),
      f64([1, 2, 3, 4, 5, 6], [3, 2]),
    ],
  ];
  for (const [name, f, x] of cases) {
    const g = tj.grad(f)(x);
    near(g.data(), numericGrad(f, x));
    const gj = compiled(tj.grad(f))(x);
    near(gj.data(), g.data());
    assert.ok(name.length > 0);
  }
  // Second order through cumprod's rule (away from zeros: there the rule's masks count as constants).
  const inner = (x: Tensor) => tj.sum(tj.mul(tj.grad((y: Tensor) => tj.sum(tj.cumprod(y)))(x), f64([1, -2, 0.5])));
  near(
    tj
      .grad(inner)(f64([1.5, 0.4, 2]))
      .data(),
    numericGrad(inner, f64([1.5, 0.4, 2]), 1e-4),
    1e-5,
  );
});

test('gradients: scatter gives the last repeated update the cotangent, scatterAdd every one; take through scatterAdd', () => {
  const idx = i32([1, 0, 1]);
  const ct = f64([1, 2, 3, 4, 5, 6], [3, 2]);
  const [gx, gu] = tj.grad((x: Tensor, u: Tensor) => tj.sum(tj.mul(tj.scatter(x, idx, u), ct)), { argnums: [0, 1] })(
    tj.zeros([3, 2], 'float64'),
    tj.ones([3, 2], 'float64'),
  ) as Tensor[];
  assert.equal(gx.toArray(), [
    [0, 0],
    [0, 0],
    [5, 6],
  ]);
  assert.equal(gu.toArray(), [
    [0, 0],
    [1, 2],
    [3, 4],
  ]);
  const ga = tj.grad((u: Tensor) => tj.sum(tj.mul(tj.scatterAdd(tj.zeros([3, 2], 'float64'), idx, u), ct)))(
    tj.ones([3, 2], 'float64'),
  );
  assert.equal(ga.toArray(), [
    [3, 4],
    [1, 2],
    [3, 4],
  ]);
  const [, tangent] = tj.jvp(
    (u: Tensor) => tj.scatter(tj.zeros([3], 'float64'), i32([2, 2]), u),
    [f64([0, 0])],
    [f64([1, 7])],
  );
  assert.equal(tangent.toArray(), [0, 0, 7]);
  // take's gradient: repeated indices add up, and it stays linear in size (no one-hot product).
  const n = 200000;
  const gt = tj.grad((x: Tensor) => tj.sum(tj.take(x, i32([0, -1, 0]))))(tj.zeros([n]));
  const d = gt.data();
  assert.ok(d[0] === 2 && d[n - 1] === 1 && d[1] === 0);
  assert.is(tj.grad((x: Tensor) => tj.sum(tj.sort(x)))(tj.randn([n])).shape[0], n);
});

test('permutation: every integer once, reproducible after seed, the same compiled', () => {
  tj.seed(3);
  const p = tj.permutation(50);
  assert.is(p.dtype, 'int32');
  assert.equal(
    Array.from(p.data()).sort((a, b) => a - b),
    Array.from({ length: 50 }, (_, i) => i),
  );
  assert.not.equal(
    Array.from(p.data()),
    Array.from({ length: 50 }, (_, i) => i),
  );
  const q = tj.permutation(50);
  assert.not.equal(Array.from(q.data()), Array.from(p.data()));
  tj.seed(3);
  assert.equal(Array.from(tj.permutation(50).data()), Array.from(p.data()));
  assert.equal(tj.permutation(0).shape, [0]);
  assert.equal(tj.permutation(1).toArray(), [0]);
  const g = new tj.Generator(3);
  assert.equal(Array.from(g.permutation(50).data()), Array.from(p.data()));
  tj.seed(5);
  const eager = [tj.permutation(8), tj.permutation(8)].map((t) => Array.from(t.data()));
  tj.seed(5);
  const jf = compiled(() => tj.permutation(8));
  assert.equal(
    [jf(), jf()].map((t) => Array.from(t.data())),
    eager,
  );
});

test.run();
