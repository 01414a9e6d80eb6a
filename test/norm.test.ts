// norm against values NumPy's linalg.norm gives (computed once with numpy 2.4 and written here),
// gradients against finite differences, and errors.
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

test('norms that need singular values, and bad arguments, throw', () => {
  const x = tj.zeros([2, 2]);
  assert.throws(() => tj.norm(x, 2), /ord 2 of a matrix needs its singular values/);
  assert.throws(() => tj.norm(x, 'nuc'), /ord "nuc" of a matrix needs its singular values/);
  assert.throws(() => tj.norm(x, 3), /ord 3 is not a matrix norm/);
  assert.throws(() => tj.norm(tj.zeros([2]), 'fro'), /ord 'fro' is for matrices/);
  assert.throws(() => tj.norm(tj.zeros([2, 2, 2]), 1), /ord needs a 1-D or 2-D input or an axis/);
  assert.throws(() => tj.norm(x, undefined, [0, 0]), /one axis or two different ones/);
  assert.throws(() => tj.norm(x, undefined, 2), /axis 2 is out of range|norm: axis/);
});

test.run();
