// norm against values NumPy's linalg.norm gives (computed once with numpy 2.4 and written here),
// gradients against finite differences, the singular-value norms (2, -2, 'nuc') compiled on every
// tier here and under vmap, and errors. The svd primitive itself: test/svd.test.ts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { numericGrad } from './finite-differences.js';

const f64 = (x: number[] | number[][]) => tj.tensor(x, { dtype: 'float64' });
const close = (got: Tensor, want: number | number[], tol = 1e-12) =>
  [want].flat().forEach((w, i) => {
    const g = [got.toArray() as number | number[]].flat()[i];
    assert.ok(Math.abs(g - w) <= tol * Math.max(1, Math.abs(w)), `element ${i}: ${g} vs ${w}`);
  });

test('matrix and vector norms as NumPy', () => {
  const x = f64([
    [1, -2],
    [3, 4],
  ]);
  close(tj.norm(x, 1), 6);
  close(tj.norm(x, -1), 4);
  close(tj.norm(x, Infinity), 7);
  close(tj.norm(x, -Infinity), 3);
  close(tj.norm(x), 5.477225575051661);
  close(tj.norm(x, 'fro'), 5.477225575051661);
  const v = f64([3, -4, 0, 1]);
  close(tj.norm(v, 0), 3);
  close(tj.norm(v, 3), 4.514357435474001);
  close(tj.norm(v, -Infinity), 0);
  close(tj.norm(v, -1), 0);
  const y = tj.arange(24, undefined, 1, 'float64').reshape([2, 3, 4]).sub(5);
  close(tj.norm(y, undefined, [0, 2]), [18.65475810617763, 25.219040425836983, 34.351128074635334]);
  assert.equal(tj.norm(y, 1, [2, 0], true).shape, [1, 3, 1]);
  close(tj.norm(y, 1, [2, 0]), [34, 50, 66]);
  close(
    tj.norm(
      tj.tensor([
        [3, 4],
        [6, 8],
      ]),
      2,
      1,
    ),
    [5, 10],
    1e-6,
  );
  assert.is(tj.norm(tj.tensor([3, 4], { dtype: 'int32' })).dtype, 'float32');
});

test('gradient of the 2-norm and the 3-norm against finite differences; jit agrees', () => {
  const v = [0.3, -1.2, 2.5];
  for (const ord of [2, 3]) {
    const f = (t: Tensor) => tj.norm(t, ord);
    const g = tj.grad(f)(f64(v));
    close(g, numericGrad(f, f64(v)), 1e-6);
    close(tj.jit(f, { hot: 0, async: false, backend: 'js' })(f64(v)), f(f64(v)).item() as number);
  }
});

test('the norms of the singular values as NumPy: 2, -2 and nuc, over any two axes, batched, keepdims', () => {
  const x = f64([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  close(tj.norm(x, 2), 9.508032000695724);
  close(tj.norm(x, -2), 0.7728696356734843);
  close(tj.norm(x, 'nuc'), 10.280901636369208);
  close(tj.norm(x.T, 2), 9.508032000695724);
  close(tj.norm(x, 2, [1, 0]), 9.508032000695724);
  assert.equal(tj.norm(x, 'nuc', undefined, true).shape, [1, 1]);
  // A rank-one matrix: one singular value, the others zero.
  const r1 = f64([
    [1, 2],
    [2, 4],
    [3, 6],
  ]);
  close(tj.norm(r1, 2), Math.sqrt(70));
  close(tj.norm(r1, -2), 0);
  close(tj.norm(r1, 'nuc'), Math.sqrt(70));
  // [2, 3, 4] over axes (0, 2): the matrices y[:, j, :], as NumPy's norm(y, ord, axis=(0, 2)).
  const y = tj.arange(24, undefined, 1, 'float64').reshape([2, 3, 4]).sub(5);
  close(tj.norm(y, 2, [0, 2]), [18.42599714234225, 25.12844979855732, 34.31551038253919]);
  close(tj.norm(y, -2, [2, 0]), [2.9124953751714937, 2.135652294121063, 1.563888482547581]);
  close(tj.norm(y, 'nuc', [-3, -1]), [21.338492517513743, 27.26410209267838, 35.87939886508677]);
  assert.equal(tj.norm(y, 2, [0, 2], true).shape, [1, 3, 1]);
  assert.equal(tj.norm(y, 'nuc', [2, 1]).shape, [2]);
  const d34 = [
    [3, 0],
    [0, 4],
  ];
  const fromInt = tj.norm(tj.tensor(d34, { dtype: 'int32' }), 'nuc');
  assert.is(fromInt.dtype, 'float32');
  close(fromInt, 7);
  assert.is(tj.norm(tj.tensor(d34), 2).dtype, 'float32');
});

test('gradients: u1 v1^T for 2, U V^T for nuc, uk vk^T for -2; against finite differences', () => {
  const d = f64([
    [3, 0],
    [0, -1],
  ]);
  const flat = (t: Tensor) => Array.from(t.data());
  const gradAt = (ord: 2 | -2 | 'nuc') =>
    tj
      .grad((t: Tensor) => tj.norm(t, ord))(d)
      .reshape([4]);
  close(gradAt(2), [1, 0, 0, 0]);
  close(gradAt(-2), [0, 0, 0, -1]);
  close(gradAt('nuc'), [1, 0, 0, -1]);
  // Well-separated singular values (about 3, 2 and 1 plus noise): tall, wide and batched.
  tj.seed(1);
  const tall = f64([
    [3.1, 0.2, -0.1],
    [0.3, 2.0, 0.15],
    [-0.2, 0.1, 0.9],
    [0.25, -0.3, 0.2],
  ]);
  const batch = tj.stack([
    tall,
    tall.mul(-0.5).add(
      f64([
        [0, 0, 0.4],
        [0, 0, 0],
        [0.3, 0, 0],
        [0, 0, 0],
      ]),
    ),
  ]);
  const cases: [string, Tensor, number[] | undefined][] = [
    ['tall', tall, undefined],
    ['wide', tall.T, undefined],
    ['batched, axes (2, 1)', batch, [2, 1]],
    ['batched over the middle axis', batch.transpose([1, 0, 2]), [0, 2]],
  ];
  for (const [what, x, axis] of cases)
    for (const ord of [2, -2, 'nuc'] as const) {
      const w = tj.randn(tj.norm(x, ord, axis).shape, 'float64');
      const f = (t: Tensor) => tj.sum(tj.mul(tj.norm(t, ord, axis), w));
      const g = tj.grad(f)(x),
        fd = numericGrad(f, x);
      assert.equal(g.shape, x.shape);
      assert.ok(
        flat(g).every((v, i) => Math.abs(v - fd[i]) <= 1e-7),
        `${what}, ord ${ord}: ${flat(g).join(', ')} vs ${fd.join(', ')}`,
      );
      // Forward mode agrees with reverse mode along a direction.
      const dir = tj.randn(x.shape, 'float64');
      const [, tangent] = tj.jvp(f, [x], [dir]);
      close(tangent, tj.sum(tj.mul(g, dir)).item() as number, 1e-10);
    }
});

const tiers = (['js', 'native', 'wasm'] as const).filter((b) => tj.backends().some((i) => i.name === b && i.available));

test('jit: the singular-value norms and their gradients compiled on every tier here equal eager', () => {
  tj.seed(2);
  const x = tj.add(tj.randn([2, 4, 3], 'float64'), tj.mul(tj.eye(4, 3, 'float64'), 3));
  const fn = (t: Tensor) => {
    const loss = (u: Tensor) => tj.sum(tj.add(tj.norm(u, 2, [1, 2]), tj.norm(u, 'nuc', [2, 1], true).reshape([2])));
    return [tj.norm(t, -2, [1, 2], true), tj.norm(t.astype('float32'), 'nuc', [0, 1]), tj.grad(loss)(t)];
  };
  const want = fn(x);
  for (const backend of tiers) {
    const f = tj.jit(fn, { hot: 0, async: false, backend });
    const got = f(x);
    assert.is(f.stats.tier, backend);
    assert.is(f.stats.graphBreaks, 0);
    got.forEach((g, i) => {
      assert.equal(g.shape, want[i].shape, `${backend} output ${i}`);
      assert.is(g.dtype, want[i].dtype, `${backend} output ${i}`);
      close(g.reshape([-1]), Array.from(want[i].data()), g.dtype === 'float32' ? 1e-5 : 1e-12);
    });
  }
});

test('vmap of the singular-value norms equals the loop, with the batch on any axis', () => {
  tj.seed(3);
  const x = tj.randn([3, 4, 2, 5], 'float64');
  for (const ord of [2, -2, 'nuc'] as const)
    for (const inAxis of [0, 1, 3]) {
      const f = (t: Tensor) => tj.norm(t, ord, [0, 2]);
      const got = tj.vmap(f, { inAxes: [inAxis] })(x);
      const rows = Array.from({ length: x.shape[inAxis] }, (_, b) =>
        f(tj.take(x, tj.tensor(b, { dtype: 'int32' }), inAxis)),
      );
      const want = tj.stack(rows);
      assert.equal(got.shape, want.shape);
      close(got.reshape([-1]), Array.from(want.data()));
    }
  // And under grad: a batch of gradients, each the loop's.
  const m = tj.randn([3, 4, 5], 'float64');
  const g = tj.grad((t: Tensor) => tj.norm(t, 'nuc'));
  const want = tj.stack([0, 1, 2].map((b) => g(tj.take(m, tj.tensor(b, { dtype: 'int32' }), 0))));
  close(tj.vmap(g)(m).reshape([-1]), Array.from(want.data()));
});

test('bad arguments and what is not differentiated throw, saying why', () => {
  const x = tj.zeros([2, 2]);
  assert.throws(() => tj.norm(x, 3), /ord 3 is not a matrix norm/);
  assert.throws(() => tj.norm(tj.zeros([2]), 'fro'), /ord 'fro' is for matrices/);
  assert.throws(() => tj.norm(tj.zeros([2]), 'nuc'), /ord 'nuc' is for matrices/);
  assert.throws(() => tj.norm(tj.zeros([2, 2, 2]), 1), /ord needs a 1-D or 2-D input or an axis/);
  assert.throws(() => tj.norm(tj.zeros([2, 2, 2]), 'nuc'), /ord needs a 1-D or 2-D input or an axis/);
  assert.throws(() => tj.norm(x, undefined, [0, 0]), /one axis or two different ones/);
  assert.throws(() => tj.norm(x, 2, [0, 0]), /one axis or two different ones/);
  assert.throws(() => tj.norm(x, undefined, 2), /axis 2 is out of range|norm: axis/);
  assert.throws(() => tj.norm(tj.tensor([true, false]), 'nuc'), /norm/);
  // The second derivative would need the singular vectors' derivatives.
  assert.throws(
    () =>
      tj.hessian((t: Tensor) => tj.norm(t, 2))(
        f64([
          [1, 2],
          [3, 4],
        ]),
      ),
    /svd: the (gradient|derivative) of the singular vectors \(part '(u|vt)'\) is not implemented; only the singular values are differentiated/,
  );
});

test.run();
