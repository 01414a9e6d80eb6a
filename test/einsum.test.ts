// einsum beyond the table rows (ops-table.test.ts, jit-table.ts): implicit outputs, '...',
// broadcasting, a contraction order that matters, gradients against finite differences, and errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { numericGrad } from './finite-differences.js';

const f64 = (shape: number[], seed: number) => {
  const n = shape.reduce((a, b) => a * b, 1);
  return tj
    .tensor(
      Array.from({ length: n }, (_, i) => Math.sin(seed * 7.1 + i * 1.3)),
      { dtype: 'float64' },
    )
    .reshape(shape);
};
const close = (got: Tensor, want: Tensor, tol = 1e-12) => {
  assert.equal(got.shape, want.shape);
  const g = Array.from(got.data()) as number[],
    w = Array.from(want.data()) as number[];
  g.forEach((v, i) =>
    assert.ok(Math.abs(v - w[i]) <= tol * Math.max(1, Math.abs(w[i])), `element ${i}: ${v} vs ${w[i]}`),
  );
};

test('implicit outputs, ellipsis and broadcasting agree with explicit forms and with matmul', () => {
  const a = f64([2, 3], 1),
    b = f64([3, 4], 2),
    c = f64([5, 2, 3], 3);
  close(tj.einsum('ij,jk', a, b), tj.matmul(a, b));
  close(tj.einsum('ij', a), a);
  close(tj.einsum('ji', a), tj.transpose(a));
  close(tj.einsum('...ij,jk->...ik', c, b), tj.matmul(c, b));
  close(tj.einsum('...ij,...jk->...ik', c, f64([1, 3, 4], 4)), tj.matmul(c, f64([1, 3, 4], 4)));
  close(tj.einsum('bij,jk', c, b), tj.matmul(c, b));
  close(tj.einsum('i,i', f64([4], 5), f64([4], 6)), tj.sum(tj.mul(f64([4], 5), f64([4], 6))));
  close(tj.einsum('ii', f64([3, 3], 7)), tj.sum(tj.mul(f64([3, 3], 7), tj.eye(3, 3, 'float64'))));
});

test('a chain contracts in a good order: the small intermediate first', () => {
  // (a b) c would make a 64x64 intermediate; a (b c) a 64-vector.
  const a = f64([64, 8], 1),
    b = f64([8, 64], 2),
    c = f64([64], 3);
  const e = tj.explain((x: Tensor, y: Tensor, z: Tensor) => tj.einsum('ij,jk,k->i', x, y, z), a, b, c);
  assert.not.match(e.graph, /: f32\[64, 64\]|: f64\[1, 64, 64\]|: f64\[64, 64\]/);
  close(tj.einsum('ij,jk,k->i', a, b, c), tj.matmul(a, tj.matmul(b, c)), 1e-10);
});

test('gradients through einsum against finite differences', () => {
  const a = f64([2, 3], 1),
    b = f64([3, 2], 2);
  const f = (x: Tensor) => tj.sum(tj.square(tj.einsum('ij,jk,ij->i', x, b, x.mul(0.5))));
  const g = tj.grad(f)(a);
  const fd = numericGrad(f, a);
  (Array.from(g.data()) as number[]).forEach((v, i) => assert.ok(Math.abs(v - fd[i]) < 1e-6, `${v} vs ${fd[i]}`));
});

test('bad subscripts throw, naming what is wrong', () => {
  const a = tj.zeros([2, 3]);
  assert.throws(() => tj.einsum('ij,jk->ik', a), /names 2 operand\(s\) but 1 were given/);
  assert.throws(() => tj.einsum('ijk', a), /operand 0 \('ijk'\) has 3 labels for an operand with 2 axes/);
  assert.throws(
    () => tj.einsum('ij,jk->ik', a, tj.zeros([4, 2])),
    /label 'j' of 'ij,jk->ik' has size 3 in one operand and 4 in another/,
  );
  assert.throws(() => tj.einsum('ij->iq', a), /the output label 'q' is in no operand/);
  assert.throws(() => tj.einsum('ij->ii', a), /repeats a label/);
  assert.throws(() => tj.einsum('i1', a), /operand 0 has '1'/);
  assert.throws(() => tj.einsum('...i->i', a), /has '...' in an operand but not in the output/);
});

test.run();
