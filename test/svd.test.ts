// The svd primitive under the singular-value norms: singular values against the float64 reference
// (test/reference.ts, a different algorithm), U S Vt giving A back, orthonormal U and V, the parts
// compiled on every tier, what is not differentiated, and the errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bind } from '../src/dispatch.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import * as R from './reference.js';
import { Lcg } from './seeded-data.js';

type Part = 'u' | 's' | 'vt';
const svd = (x: Tensor, part: Part) => bind('svd', [x], { part });

/** Seeded values in [-1, 1), float64. */
function rand(shape: number[], seed: number): Tensor {
  const r = new Lcg(seed);
  const n = shape.reduce((a, b) => a * b, 1);
  return tj
    .tensor(
      Array.from({ length: n }, () => r.uniform(-1, 1)),
      { dtype: 'float64' },
    )
    .reshape(shape);
}
/** The transpose of each matrix in the last two axes. */
const mT = (t: Tensor) => tj.transpose(t, [...t.shape.slice(0, -2).map((_, i) => i), t.ndim - 1, t.ndim - 2]);
const maxAbs = (t: Tensor) => tj.max(tj.abs(tj.astype(t, 'float64'))).item() as number;

/** Checks the three parts of x's SVD against each other and the reference, to `tol` relative to |A|. */
function checkSvd(what: string, x: Tensor, tol: number): void {
  const [m, n] = x.shape.slice(-2),
    k = Math.min(m, n),
    lead = x.shape.slice(0, -2);
  const u = svd(x, 'u'),
    s = svd(x, 's'),
    vt = svd(x, 'vt');
  assert.equal(u.shape, [...lead, m, k], `${what}: U's shape`);
  assert.equal(s.shape, [...lead, k], `${what}: S's shape`);
  assert.equal(vt.shape, [...lead, k, n], `${what}: Vt's shape`);
  for (const p of [u, s, vt]) assert.is(p.dtype, x.dtype, `${what}: dtype`);
  const scale = Math.max(1, maxAbs(x));
  const ref = R.singularValues(R.arr(x.shape, Array.from(x.data())));
  const got = Array.from(s.data());
  got.forEach((v, i) =>
    assert.ok(
      Math.abs(v - ref.data[i]) <= tol * scale,
      `${what}: singular value ${i} is ${v}, expected ${ref.data[i]}`,
    ),
  );
  for (let i = 0; i < got.length; i++)
    if (i % k > 0) assert.ok(got[i] <= got[i - 1], `${what}: singular values descend (${got.join(', ')})`);
  const back = tj.matmul(tj.mul(u, tj.expandDims(s, -2)), vt);
  assert.ok(maxAbs(tj.sub(back, x)) <= tol * scale, `${what}: U S Vt gives A back (off by ${maxAbs(tj.sub(back, x))})`);
  const eye = tj.eye(k, k, x.dtype);
  assert.ok(maxAbs(tj.sub(tj.matmul(mT(u), u), eye)) <= tol, `${what}: U's columns are orthonormal`);
  assert.ok(maxAbs(tj.sub(tj.matmul(vt, mT(vt)), eye)) <= tol, `${what}: V's columns are orthonormal`);
}

test('tall, wide, square, batched and 1x1 matrices, float64 and float32', () => {
  const shapes = [
    [5, 3],
    [3, 5],
    [4, 4],
    [1, 1],
    [1, 4],
    [4, 1],
    [2, 3, 4, 2],
    [8, 8],
  ];
  shapes.forEach((shape, i) => {
    const x = rand(shape, 100 + i);
    checkSvd(`[${shape.join(', ')}] float64`, x, 1e-13);
    checkSvd(`[${shape.join(', ')}] float32`, x.astype('float32'), 3e-6);
  });
  checkSvd('a negative 1x1', tj.tensor([[-2.5]], { dtype: 'float64' }), 1e-15);
  assert.equal(svd(tj.tensor([[-2.5]], { dtype: 'float64' }), 's').toArray(), [2.5]);
});

test('rank-deficient and zero matrices: zero singular values, U and V still orthonormal', () => {
  const a = rand([5, 2], 7),
    b = rand([2, 4], 8);
  checkSvd('rank 2 of 5x4', tj.matmul(a, b), 1e-13);
  checkSvd('rank 2 of 4x5', tj.matmul(a, b).T, 1e-13);
  const s = Array.from(svd(tj.matmul(a, b), 's').data());
  assert.ok(s[2] <= 1e-15 && s[3] <= 1e-15, `zero singular values: ${s.join(', ')}`);
  const repeated = tj.tensor(
    [
      [1, 2, 3],
      [2, 4, 6],
      [1, 1, 1],
      [0, 0, 0],
    ],
    { dtype: 'float64' },
  );
  checkSvd('rank 2 with a zero row', repeated, 1e-13);
  checkSvd('zeros', tj.zeros([3, 2], 'float64'), 0);
  assert.equal(svd(tj.zeros([2, 3], 'float64'), 's').toArray(), [0, 0]);
  checkSvd('a column vector of zeros', tj.zeros([3, 1], 'float64'), 0);
  // Known singular values 5, 3 and 3 (repeated), through orthogonal factors.
  const q1 = tj.tensor(
    [
      [0.6, 0.8, 0],
      [-0.8, 0.6, 0],
      [0, 0, 1],
    ],
    { dtype: 'float64' },
  );
  const q2 = tj.tensor(
    [
      [1, 0, 0],
      [0, 0.28, -0.96],
      [0, 0.96, 0.28],
    ],
    { dtype: 'float64' },
  );
  const known = tj.matmul(
    tj.matmul(
      q1,
      tj
        .tensor([5, 3, 3], { dtype: 'float64' })
        .reshape([3, 1])
        .mul(tj.eye(3, 3, 'float64')),
    ),
    q2,
  );
  checkSvd('repeated singular values', known, 1e-14);
  const ks = Array.from(svd(known, 's').data());
  [5, 3, 3].forEach((v, i) => assert.ok(Math.abs(ks[i] - v) <= 1e-14, `${ks.join(', ')}`));
});

test('NaN gives NaN singular values; a matrix with no rows or columns gives none', () => {
  const s = svd(
    tj.tensor(
      [
        [1, NaN],
        [0, 1],
      ],
      { dtype: 'float64' },
    ),
    's',
  );
  assert.ok(Array.from(s.data()).some(Number.isNaN));
  assert.equal(svd(tj.zeros([0, 3]), 's').shape, [0]);
  assert.equal(svd(tj.zeros([2, 0, 3]), 'vt').shape, [2, 0, 3]);
  assert.equal(svd(tj.zeros([3, 0]), 'u').shape, [3, 0]);
});

const tiers = (['js', 'native', 'wasm'] as const).filter((b) => tj.backends().some((i) => i.name === b && i.available));

test('each part compiled on every tier here equals eager (the JS kernel as a step)', () => {
  const x = rand([2, 4, 3], 3);
  const fn = (t: Tensor) => (['u', 's', 'vt'] as const).map((p) => svd(tj.mul(t, 2), p));
  const want = fn(x);
  for (const backend of tiers) {
    const f = tj.jit(fn, { hot: 0, async: false, backend });
    const got = f(x);
    assert.is(f.stats.tier, backend);
    got.forEach((g, i) => assert.equal(Array.from(g.data()), Array.from(want[i].data()), `${backend} part ${i}`));
  }
});

test('only the singular values are differentiated; bad inputs throw with clear messages', () => {
  const x = rand([3, 2], 5);
  for (const part of ['u', 'vt'] as const) {
    const msg = new RegExp(`svd: the gradient of the singular vectors \\(part '${part}'\\) is not implemented`);
    assert.throws(() => tj.grad((t: Tensor) => tj.sum(svd(t, part)))(x), msg);
    assert.throws(
      () => tj.jvp((t: Tensor) => svd(t, part), [x], [x]),
      new RegExp(`svd: the derivative of the singular vectors \\(part '${part}'\\)`),
    );
  }
  assert.throws(
    () => svd(tj.tensor([[1, 2]], { dtype: 'int32' }), 's'),
    /svd: dtype int32 is not supported \(expected float32 or float64\)/,
  );
  assert.throws(() => svd(tj.tensor([true]).reshape([1, 1]), 'u'), /svd: dtype bool is not supported/);
  assert.throws(() => svd(tj.zeros([3]), 's'), /svd: input must have at least 2 dimensions, got shape \[3\]/);
  assert.throws(
    () => tj.vmap((t: Tensor) => svd(t, 's'))(tj.zeros([2, 3])),
    /vmap: svd takes operands of at least 2 dimensions per row/,
  );
});

test.run();
