// Edge cases: empty and size-1 dimensions, negative axes, 0-d tensors, NaN and Inf, int32 wrap-around,
// bool arithmetic, the promotion table, tensor() inputs and reading, astype, creation, random numbers.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';

type Tensor = tj.Tensor;

/** Values of a tensor as plain numbers (bools as 0/1). */
const vals = (t: Tensor): number[] => Array.from(t.data() as ArrayLike<number>);

/** Elementwise closeness; NaN matches NaN, infinities match exactly. */
function close(got: ArrayLike<number>, want: ArrayLike<number>, rtol = 1e-6, atol = 1e-7, msg = ''): void {
  assert.is(got.length, want.length, `${msg} length: got [${Array.from(got)}], want [${Array.from(want)}]`);
  for (let i = 0; i < want.length; i++) {
    const g = got[i],
      w = want[i];
    const ok = Number.isNaN(w)
      ? Number.isNaN(g)
      : !Number.isFinite(w)
        ? g === w
        : Math.abs(g - w) <= atol + rtol * Math.abs(w);
    assert.ok(ok, `${msg} element ${i}: got ${g}, want ${w} (all: [${Array.from(got)}] vs [${Array.from(want)}])`);
  }
}

function check(t: Tensor, shape: number[], dtype: string, values?: number[], rtol = 1e-6): void {
  assert.equal(t.shape, shape, `shape ${JSON.stringify(t.shape)} vs ${JSON.stringify(shape)}`);
  assert.is(t.dtype, dtype);
  if (values) close(vals(t), values, rtol, rtol * 0.1);
}

const i32 = (data: unknown) => tj.tensor(data as number[], { dtype: 'int32' });
const f64 = (data: unknown) => tj.tensor(data as number[], { dtype: 'float64' });
const f32 = (data: unknown) => tj.tensor(data as number[], { dtype: 'float32' });
const bools = (data: unknown) => tj.tensor(data as boolean[], { dtype: 'bool' });

// ---------------------------------------------------------------------------------------------
// Empty dimensions

test('empty: elementwise ops keep a [0, 3] shape', () => {
  const e = tj.zeros([0, 3]);
  check(tj.add(e, 1), [0, 3], 'float32', []);
  check(tj.exp(e), [0, 3], 'float32', []);
  check(tj.mul(e, tj.ones([3])), [0, 3], 'float32', []);
  check(tj.add(e, tj.ones([1, 3])), [0, 3], 'float32', []);
  check(tj.greater(e, 0), [0, 3], 'bool', []);
  check(tj.add(tj.zeros([0, 1]), tj.ones([1, 4])), [0, 4], 'float32', []);
  assert.equal(tj.add(e, 1).toArray(), []);
  assert.equal(tj.zeros([2, 0]).toArray(), [[], []]);
});

test('empty: sum gives zeros, prod ones, mean NaN', () => {
  const e = tj.zeros([0, 3]);
  check(tj.sum(e), [], 'float32', [0]);
  check(tj.sum(e, 0), [3], 'float32', [0, 0, 0]);
  check(tj.sum(e, 1), [0], 'float32', []);
  check(tj.sum(e, 0, true), [1, 3], 'float32', [0, 0, 0]);
  check(tj.sum(tj.zeros([0], 'int32')), [], 'int32', [0]);
  check(tj.prod(e, 0), [3], 'float32', [1, 1, 1]);
  check(tj.mean(e), [], 'float32', [NaN]);
  check(tj.mean(e, 0), [3], 'float32', [NaN, NaN, NaN]);
  check(tj.all(e), [], 'bool', [1]);
  check(tj.any(e), [], 'bool', [0]);
});

test('empty: concat, stack, reshape, matmul and slices with empty parts', () => {
  const e = tj.zeros([0, 3]);
  const o = tj.tensor([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  check(tj.concat([e, o]), [2, 3], 'float32', [1, 2, 3, 4, 5, 6]);
  check(tj.concat([o, e, o], 0), [4, 3], 'float32', [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
  check(tj.concat([tj.zeros([2, 0]), o], 1), [2, 3], 'float32', [1, 2, 3, 4, 5, 6]);
  check(tj.reshape(e, [3, 0]), [3, 0], 'float32', []);
  check(tj.reshape(e, [0, 5, 0]), [0, 5, 0], 'float32', []);
  check(tj.matmul(tj.zeros([2, 0]), tj.zeros([0, 3])), [2, 3], 'float32', [0, 0, 0, 0, 0, 0]);
  check(tj.matmul(e, tj.ones([3, 2])), [0, 2], 'float32', []);
  check(tj.slice(o, [1, 0], [1, 3]), [0, 3], 'float32', []);
  check(tj.transpose(e), [3, 0], 'float32', []);
  check(tj.softmax(e), [0, 3], 'float32', []);
  check(tj.take(o, tj.zeros([0], 'int32'), 1), [2, 0], 'float32', []);
  check(tj.arange(0), [0], 'int32', []);
});

// ---------------------------------------------------------------------------------------------
// Size-1 broadcasting

test('broadcasting: [3, 1] + [1, 4] and [2, 1, 3] * [4, 1]', () => {
  const a = tj.tensor([[0], [10], [20]]);
  const b = tj.tensor([[1, 2, 3, 4]]);
  check(tj.add(a, b), [3, 4], 'float32', [1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 23, 24]);
  const c = tj.tensor([[[1, 2, 3]], [[4, 5, 6]]]); // [2, 1, 3]
  const d = tj.tensor([[1], [2], [3], [4]]); // [4, 1]
  const r = tj.mul(c, d);
  const want: number[] = [];
  for (let i = 0; i < 2; i++)
    for (let j = 0; j < 4; j++) for (let k = 0; k < 3; k++) want.push((i * 3 + k + 1) * (j + 1));
  check(r, [2, 4, 3], 'float32', want);
  check(tj.sub(tj.tensor([1, 2, 3]), tj.tensor([[1], [2]])), [2, 3], 'float32', [0, 1, 2, -1, 0, 1]);
  check(tj.where(tj.tensor([[true], [false]]), tj.tensor([1, 2]), tj.tensor(9)), [2, 2], 'float32', [1, 2, 9, 9]);
  check(tj.broadcastTo(tj.tensor([[5], [6]]), [3, 2, 2]), [3, 2, 2], 'float32', [5, 5, 6, 6, 5, 5, 6, 6, 5, 5, 6, 6]);
  check(tj.add(tj.ones([1, 1, 1]), tj.ones([2])), [1, 1, 2], 'float32', [2, 2]);
});

// ---------------------------------------------------------------------------------------------
// Negative axes

test('negative axes: reductions', () => {
  const x = tj.arange(24).reshape([2, 3, 4]).astype('float64');
  for (const op of ['sum', 'mean', 'prod', 'max', 'min', 'logsumexp', 'variance', 'std', 'all', 'any'] as const) {
    for (const [neg, pos] of [
      [-1, 2],
      [-2, 1],
      [-3, 0],
    ]) {
      assert.equal(tj[op](x, neg).toArray(), tj[op](x, pos).toArray(), `${op} axis ${neg}`);
      assert.equal(tj[op](x, neg, true).shape, tj[op](x, pos, true).shape, `${op} axis ${neg} keepdims`);
    }
    assert.equal(tj[op](x, [-1, -3]).toArray(), tj[op](x, [0, 2]).toArray(), `${op} axes [-1, -3]`);
  }
  check(tj.sum(x, -1), [2, 3], 'float64', [6, 22, 38, 54, 70, 86]);
  check(tj.max(x, [-3, -2]), [4], 'float64', [20, 21, 22, 23]);
  check(tj.argmax(x, -1), [2, 3], 'int32', [3, 3, 3, 3, 3, 3]);
  check(tj.argmin(x, -3), [3, 4], 'int32', new Array(12).fill(0));
  check(tj.argmax(x, -2, true), [2, 1, 4], 'int32', [2, 2, 2, 2, 2, 2, 2, 2]);
});

test('negative axes: shape ops and softmax', () => {
  const x = tj.arange(6).reshape([2, 3]);
  check(tj.concat([x, x], -1), [2, 6], 'int32', [0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5]);
  check(tj.concat([x, x], -2), [4, 3], 'int32', [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5]);
  check(tj.stack([x, x], -1), [2, 3, 2], 'int32', [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  check(tj.stack([x, x], -3), [2, 2, 3], 'int32', [0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 5]);
  const parts = tj.split(x, 3, -1);
  assert.is(parts.length, 3);
  check(parts[2], [2, 1], 'int32', [2, 5]);
  check(tj.squeeze(tj.reshape(x, [2, 3, 1]), -1), [2, 3], 'int32', [0, 1, 2, 3, 4, 5]);
  check(tj.expandDims(x, -1), [2, 3, 1], 'int32');
  check(tj.expandDims(x, -3), [1, 2, 3], 'int32');
  check(tj.flip(x, -1), [2, 3], 'int32', [2, 1, 0, 5, 4, 3]);
  check(tj.take(x, [0, -1], -1), [2, 2], 'int32', [0, 2, 3, 5]);
  check(tj.take(x, [-1], -2), [1, 3], 'int32', [3, 4, 5]);
  check(tj.transpose(x, [-1, -2]), [3, 2], 'int32', [0, 3, 1, 4, 2, 5]);
  check(tj.slice(x, [-1, -2]), [1, 2], 'int32', [4, 5]);
  const y = tj.tensor(
    [
      [1, 2],
      [3, 5],
    ],
    { dtype: 'float64' },
  );
  assert.equal(tj.softmax(y, -2).toArray(), tj.softmax(y, 0).toArray());
  assert.equal(tj.logSoftmax(y, -1).toArray(), tj.logSoftmax(y, 1).toArray());
  close(
    vals(tj.softmax(y, -2)),
    [1 / (1 + Math.exp(2)), 1 / (1 + Math.exp(3)), 1 / (1 + Math.exp(-2)), 1 / (1 + Math.exp(-3))],
    1e-12,
    1e-15,
  );
});

// ---------------------------------------------------------------------------------------------
// 0-d tensors

test('0-d tensors: creation, item, toArray', () => {
  const t = tj.tensor(3);
  check(t, [], 'float32', [3]);
  assert.is(t.ndim, 0);
  assert.is(t.size, 1);
  assert.is(t.item(), 3);
  assert.is(t.toArray(), 3);
  assert.is(tj.tensor(true).item(), true);
  assert.is(tj.tensor(true).dtype, 'bool');
  assert.is(tj.tensor(-7, { dtype: 'int32' }).item(), -7);
  assert.is(tj.tensor([[5]]).item(), 5);
});

test('0-d tensors: reductions and broadcasting', () => {
  const t = tj.tensor(3, { dtype: 'float64' });
  check(tj.sum(t), [], 'float64', [3]);
  check(tj.mean(t), [], 'float64', [3]);
  check(tj.max(t), [], 'float64', [3]);
  check(tj.prod(t), [], 'float64', [3]);
  check(tj.variance(t), [], 'float64', [0]);
  check(tj.logsumexp(t), [], 'float64', [3]);
  check(tj.argmax(t), [], 'int32', [0]);
  check(tj.sum(t, [], false), [], 'float64', [3]);
  check(tj.mul(tj.tensor(2), tj.ones([2, 3])), [2, 3], 'float32', [2, 2, 2, 2, 2, 2]);
  check(tj.sub(tj.arange(6).reshape([2, 3]), tj.tensor(1, { dtype: 'int32' })), [2, 3], 'int32', [-1, 0, 1, 2, 3, 4]);
  check(tj.add(tj.tensor(1), tj.tensor(2)), [], 'float32', [3]);
  check(tj.reshape(t, [1, 1]), [1, 1], 'float64', [3]);
  check(tj.expandDims(t, 0), [1], 'float64', [3]);
  check(tj.sum(tj.ones([2, 3])), [], 'float32', [6]);
  check(tj.exp(tj.tensor(0)), [], 'float32', [1]);
  check(tj.broadcastTo(tj.tensor(4), [2]), [2], 'float32', [4, 4]);
});

// ---------------------------------------------------------------------------------------------
// NaN and Inf

test('NaN: max/min/maximum/minimum propagate NaN as NumPy does', () => {
  const x = tj.tensor([1, NaN, 3]);
  check(tj.max(x), [], 'float32', [NaN]);
  check(tj.min(x), [], 'float32', [NaN]);
  check(tj.max(tj.tensor([NaN, 1, 3])), [], 'float32', [NaN]);
  check(tj.min(tj.tensor([1, 3, NaN])), [], 'float32', [NaN]);
  check(
    tj.max(
      tj.tensor([
        [1, NaN],
        [3, 4],
      ]),
      1,
    ),
    [2],
    'float32',
    [NaN, 4],
  );
  check(tj.maximum(tj.tensor([NaN, 1, 2]), tj.tensor([1, NaN, 0])), [3], 'float32', [NaN, NaN, 2]);
  check(tj.minimum(tj.tensor([NaN, 1, 2]), tj.tensor([1, NaN, 0])), [3], 'float32', [NaN, NaN, 0]);
  check(tj.maximum(tj.tensor([NaN]), 0), [1], 'float32', [NaN]);
  check(tj.clip(tj.tensor([NaN, -5, 5]), -1, 1), [3], 'float32', [NaN, -1, 1]);
  check(tj.relu(tj.tensor([NaN, -1, 2])), [3], 'float32', [NaN, 0, 2]);
});

test('NaN: sum/mean/prod propagate, argmax/argmin return the first NaN', () => {
  check(tj.sum(tj.tensor([1, NaN, 3])), [], 'float32', [NaN]);
  check(tj.mean(tj.tensor([1, NaN], { dtype: 'float64' })), [], 'float64', [NaN]);
  check(tj.prod(tj.tensor([0, Infinity])), [], 'float32', [NaN]);
  check(tj.sum(tj.tensor([Infinity, -Infinity])), [], 'float32', [NaN]);
  check(tj.sum(tj.tensor([Infinity, 1])), [], 'float32', [Infinity]);
  check(tj.argmax(tj.tensor([1, NaN, 3, NaN])), [], 'int32', [1]);
  check(tj.argmin(tj.tensor([1, 0, NaN, NaN])), [], 'int32', [2]);
  check(tj.argmax(tj.tensor([NaN, 5])), [], 'int32', [0]);
  check(
    tj.argmax(
      tj.tensor([
        [1, 2],
        [NaN, 0],
        [4, NaN],
      ]),
      1,
    ),
    [3],
    'int32',
    [1, 0, 1],
  );
  check(
    tj.argmax(
      tj.tensor([
        [1, 2],
        [NaN, 0],
        [4, NaN],
      ]),
      0,
    ),
    [2],
    'int32',
    [1, 2],
  );
  check(tj.argmax(tj.tensor([-Infinity, -Infinity])), [], 'int32', [0]);
  check(tj.argmax(tj.tensor([3, 7, 7, 1])), [], 'int32', [1]);
  check(tj.argmin(tj.tensor([3, 1, 7, 1])), [], 'int32', [1]);
});

test('NaN and Inf through elementwise ops and comparisons', () => {
  check(tj.exp(tj.tensor([Infinity, -Infinity])), [2], 'float32', [Infinity, 0]);
  check(tj.log(tj.tensor([0, -1, Infinity])), [3], 'float32', [-Infinity, NaN, Infinity]);
  check(tj.sqrt(tj.tensor([-1, Infinity])), [2], 'float32', [NaN, Infinity]);
  check(tj.div(tj.tensor([1, -1, 0]), 0), [3], 'float32', [Infinity, -Infinity, NaN]);
  check(tj.sign(tj.tensor([NaN, -Infinity, -0, 2])), [4], 'float32', [NaN, -1, 0, 1]);
  check(tj.round(tj.tensor([NaN, Infinity])), [2], 'float32', [NaN, Infinity]);
  check(tj.tanh(tj.tensor([Infinity, -Infinity])), [2], 'float32', [1, -1]);
  check(tj.isnan(tj.tensor([NaN, Infinity, 0])), [3], 'bool', [1, 0, 0]);
  check(tj.isfinite(tj.tensor([NaN, Infinity, -Infinity, 0])), [4], 'bool', [0, 0, 0, 1]);
  check(tj.equal(tj.tensor([NaN]), tj.tensor([NaN])), [1], 'bool', [0]);
  check(tj.notEqual(tj.tensor([NaN]), tj.tensor([NaN])), [1], 'bool', [1]);
  check(tj.less(tj.tensor([NaN, 1]), tj.tensor([1, NaN])), [2], 'bool', [0, 0]);
  check(tj.greaterEqual(tj.tensor([NaN]), NaN), [1], 'bool', [0]);
  check(tj.mul(tj.tensor([Infinity]), 0), [1], 'float32', [NaN]);
  check(tj.logsumexp(tj.tensor([Infinity, 1])), [], 'float32', [Infinity]);
  check(tj.logsumexp(tj.tensor([-Infinity, -Infinity])), [], 'float32', [-Infinity]);
  check(tj.logsumexp(tj.tensor([NaN, 1])), [], 'float32', [NaN]);
  check(tj.isnan(tj.tensor([1, 2], { dtype: 'int32' })), [2], 'bool', [0, 0]);
});

// ---------------------------------------------------------------------------------------------
// int32 wrap-around

test('int32: add, sub, neg, abs wrap like int32', () => {
  const max = i32([2147483647]),
    min = i32([-2147483648]);
  check(tj.add(max, 1), [1], 'int32', [-2147483648]);
  check(tj.add(max, max), [1], 'int32', [-2]);
  check(tj.sub(min, 1), [1], 'int32', [2147483647]);
  check(tj.neg(min), [1], 'int32', [-2147483648]);
  check(tj.abs(min), [1], 'int32', [-2147483648]);
  check(tj.add(i32([2000000000]), i32([2000000000])), [1], 'int32', [2000000000 * 2 - 2 ** 32]);
});

test('int32: mul wraps like Math.imul, pow wraps, sum and prod wrap', () => {
  const a = [65536, 123456789, -987654321, 2147483647, 46341];
  const b = [65536, 987654321, 123456789, 2, 46341];
  check(
    tj.mul(i32(a), i32(b)),
    [5],
    'int32',
    a.map((x, i) => Math.imul(x, b[i])),
  );
  check(tj.square(i32([46341, 65536])), [2], 'int32', [Math.imul(46341, 46341), 0]);
  const wrap = (v: bigint) => Number(BigInt.asIntN(32, v));
  check(tj.pow(i32([2, 3, -3, 7]), i32([31, 40, 21, 12])), [4], 'int32', [
    wrap(2n ** 31n),
    wrap(3n ** 40n),
    wrap((-3n) ** 21n),
    wrap(7n ** 12n),
  ]);
  check(tj.sum(i32([2147483647, 1])), [], 'int32', [-2147483648]);
  check(tj.sum(i32([2147483647, 2147483647, 2147483647, 5])), [], 'int32', [wrap(3n * 2147483647n + 5n)]);
  check(
    tj.sum(
      i32([
        [2147483647, 1],
        [-2147483648, -1],
      ]),
      1,
    ),
    [2],
    'int32',
    [-2147483648, 2147483647],
  );
  check(tj.prod(i32([65536, 65536, 3])), [], 'int32', [0]);
  check(tj.prod(i32([100000, 100000])), [], 'int32', [wrap(10000000000n)]);
});

test('int32: matmul and dot wrap like int32', () => {
  const wrap = (v: bigint) => Number(BigInt.asIntN(32, v));
  check(tj.matmul(i32([[65536]]), i32([[65536]])), [1, 1], 'int32', [0]);
  check(tj.matmul(i32([[2147483647, 1]]), i32([[1], [1]])), [1, 1], 'int32', [-2147483648]);
  check(tj.dot(i32([100000, 3]), i32([100000, 5])), [], 'int32', [wrap(10000000015n)]);
});

test('int32: mod is floored, division gives float32, floor/ceil/round keep int32', () => {
  check(tj.mod(i32([7, -7, 7, -7, 0]), i32([3, 3, -3, -3, 5])), [5], 'int32', [1, 2, -2, -1, 0]);
  check(tj.mod(i32([5, -5]), 0), [2], 'int32', [0, 0]);
  check(tj.div(i32([7, -7, 1]), i32([2, 2, 3])), [3], 'float32', [3.5, -3.5, Math.fround(1 / 3)]);
  check(tj.round(i32([3, -4])), [2], 'int32', [3, -4]);
  check(tj.floor(i32([3, -4])), [2], 'int32', [3, -4]);
});

test('float mod is floored: the result takes the divisor sign', () => {
  check(
    tj.mod(f64([5.5, -5.5, 5.5, -5.5, 6, -0.5]), f64([2, 2, -2, -2, 3, 4])),
    [6],
    'float64',
    [1.5, 0.5, -0.5, -1.5, 0, 3.5],
  );
  check(tj.mod(f32([7.25, -7.25]), 2), [2], 'float32', [1.25, 0.75]);
});

test('round is half to even', () => {
  check(tj.round(f64([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 1e16 + 2])), [10], 'float64', [
    0,
    2,
    2,
    4,
    -0,
    -2,
    -2,
    2,
    3,
    1e16 + 2,
  ]);
  check(tj.round(f32([0.5, 1.5, 2.5, -2.5, -3.5])), [5], 'float32', [0, 2, 2, -2, -4]);
});

test('more NumPy details: scalar take, truthy where conditions, float mod by zero, mixed bool/number data', () => {
  check(tj.take(tj.arange(5), 2), [], 'int32', [2]);
  check(
    tj.take(
      tj.tensor([
        [1, 2],
        [3, 4],
      ]),
      1,
      0,
    ),
    [2],
    'float32',
    [3, 4],
  );
  check(
    tj.take(
      tj.tensor([
        [1, 2],
        [3, 4],
      ]),
      tj.tensor([[1, 0]], { dtype: 'int32' }),
      1,
    ),
    [2, 1, 2],
    'float32',
    [2, 1, 4, 3],
  );
  check(tj.where(tj.tensor([0, 2, NaN, -1]), 1, 0), [4], 'float32', [0, 1, 1, 1]);
  check(tj.mod(f32([5, -5]), 0), [2], 'float32', [NaN, NaN]);
  check(tj.tensor([true, 2]), [2], 'float32', [1, 2]);
  check(tj.equal(i32([2147483647, -2147483648]), 2147483647), [2], 'bool', [1, 0]);
  check(tj.concat([bools([true]), i32([5])]), [2], 'int32', [1, 5]);
  check(tj.expandDims(tj.tensor(1), -1), [1], 'float32', [1]);
});

// ---------------------------------------------------------------------------------------------
// Bool arithmetic

test('bool: add is logical or, mul is and, both stay bool', () => {
  const a = bools([true, true, false, false]),
    b = bools([true, false, true, false]);
  check(tj.add(a, b), [4], 'bool', [1, 1, 1, 0]);
  check(tj.mul(a, b), [4], 'bool', [1, 0, 0, 0]);
  check(tj.maximum(a, b), [4], 'bool', [1, 1, 1, 0]);
  check(tj.minimum(a, b), [4], 'bool', [1, 0, 0, 0]);
  check(tj.logicalAnd(a, b), [4], 'bool', [1, 0, 0, 0]);
  check(tj.logicalOr(a, b), [4], 'bool', [1, 1, 1, 0]);
  check(tj.logicalNot(a), [4], 'bool', [0, 0, 1, 1]);
  check(tj.add(a, true), [4], 'bool', [1, 1, 1, 1]);
  check(tj.equal(a, b), [4], 'bool', [1, 0, 0, 1]);
  assert.equal(tj.add(a, b).toArray(), [true, true, true, false]);
});

test('bool: sum counts as int32, bool with numbers promotes', () => {
  const a = bools([true, true, false, true]);
  check(tj.sum(a), [], 'int32', [3]);
  check(
    tj.sum(
      bools([
        [true, false],
        [true, true],
      ]),
      0,
    ),
    [2],
    'int32',
    [2, 1],
  );
  check(tj.add(a, 1), [4], 'int32', [2, 2, 1, 2]);
  check(tj.add(a, 1.5), [4], 'float32', [2.5, 2.5, 1.5, 2.5]);
  check(tj.mul(a, 3), [4], 'int32', [3, 3, 0, 3]);
  check(tj.add(a, i32([1, 2, 3, 4])), [4], 'int32', [2, 3, 3, 5]);
  check(tj.add(a, f64([0.5, 0.5, 0.5, 0.5])), [4], 'float64', [1.5, 1.5, 0.5, 1.5]);
  check(tj.mean(a), [], 'float32', [0.75]);
  check(tj.max(a), [], 'bool', [1]);
  check(tj.astype(a, 'int32'), [4], 'int32', [1, 1, 0, 1]);
});

// ---------------------------------------------------------------------------------------------
// Promotion

test('promotion: JS numbers are weakly typed', () => {
  const f = f32([1, 2]),
    d = f64([1, 2]),
    n = i32([1, 2]);
  check(tj.add(f, 2.5), [2], 'float32', [3.5, 4.5]);
  check(tj.mul(2.5, f), [2], 'float32', [2.5, 5]);
  check(tj.add(d, 2.5), [2], 'float64', [3.5, 4.5]);
  check(tj.add(n, 3), [2], 'int32', [4, 5]);
  check(tj.mul(3, n), [2], 'int32', [3, 6]);
  check(tj.add(n, 2.5), [2], 'float32', [3.5, 4.5]);
  check(tj.sub(2.5, n), [2], 'float32', [1.5, 0.5]);
  check(tj.maximum(n, 1.5), [2], 'float32', [1.5, 2]);
  check(tj.pow(n, 0.5), [2], 'float32', [1, Math.SQRT2]);
  check(tj.add(n, true), [2], 'int32', [2, 3]);
  check(tj.add(f, 1e10), [2], 'float32', [1e10, 1e10]);
  check(n.add(3), [2], 'int32', [4, 5]);
});

test('promotion: tensor with tensor follows bool < int32 < float32 < float64', () => {
  const f = f32([1, 2]),
    d = f64([1, 2]),
    n = i32([1, 2]),
    b = bools([true, false]);
  check(tj.add(n, f), [2], 'float32', [2, 4]);
  check(tj.add(f, n), [2], 'float32', [2, 4]);
  check(tj.mul(f, d), [2], 'float64', [1, 4]);
  check(tj.sub(n, d), [2], 'float64', [0, 0]);
  check(tj.add(b, n), [2], 'int32', [2, 2]);
  check(tj.add(b, f), [2], 'float32', [2, 2]);
  check(tj.maximum(n, f), [2], 'float32', [1, 2]);
  check(tj.where(b, n, f), [2], 'float32', [1, 2]);
  check(tj.concat([n, f]), [4], 'float32', [1, 2, 1, 2]);
  check(tj.matmul(n, f), [], 'float32', [5]);
});

test('promotion: div always gives a float, comparisons give bool', () => {
  check(tj.div(i32([1, 2]), i32([2, 4])), [2], 'float32', [0.5, 0.5]);
  check(tj.div(i32([3]), 2), [1], 'float32', [1.5]);
  check(tj.div(bools([true]), 2), [1], 'float32', [0.5]);
  check(tj.div(f64([1]), 4), [1], 'float64', [0.25]);
  check(tj.reciprocal(i32([4])), [1], 'float32', [0.25]);
  for (const op of ['equal', 'notEqual', 'less', 'lessEqual', 'greater', 'greaterEqual'] as const) {
    check(tj[op](f32([1, 2, 3]), 2), [3], 'bool');
    check(tj[op](i32([1, 2, 3]), f64([2, 2, 2])), [3], 'bool');
  }
  check(tj.less(i32([1, 2, 3]), 2.5), [3], 'bool', [1, 1, 0]);
  check(tj.greaterEqual(f32([1, 2, 3]), 2), [3], 'bool', [0, 1, 1]);
  check(tj.equal(i32([2, 3]), 2.5), [2], 'bool', [0, 0]);
});

// ---------------------------------------------------------------------------------------------
// tensor() and reading

test('tensor(): nested arrays, booleans, dtype and shape options', () => {
  check(
    tj.tensor([
      [1, 2, 3],
      [4, 5, 6],
    ]),
    [2, 3],
    'float32',
    [1, 2, 3, 4, 5, 6],
  );
  check(
    tj.tensor([
      [[1], [2]],
      [[3], [4]],
    ]),
    [2, 2, 1],
    'float32',
    [1, 2, 3, 4],
  );
  check(tj.tensor([true, false, true]), [3], 'bool', [1, 0, 1]);
  check(tj.tensor([[true], [false]]), [2, 1], 'bool', [1, 0]);
  check(tj.tensor([1.5, 2], { dtype: 'float64' }), [2], 'float64', [1.5, 2]);
  check(tj.tensor([1.7, -1.7, 2.5], { dtype: 'int32' }), [3], 'int32', [1, -1, 2]);
  check(tj.tensor([0, 2, -1], { dtype: 'bool' }), [3], 'bool', [0, 1, 1]);
  check(tj.tensor([1, 2, 3, 4, 5, 6], { shape: [2, 3] }), [2, 3], 'float32', [1, 2, 3, 4, 5, 6]);
  check(
    tj.tensor(
      [
        [1, 2],
        [3, 4],
      ],
      { shape: [4] },
    ),
    [4],
    'float32',
    [1, 2, 3, 4],
  );
  check(tj.tensor(7, { shape: [1, 1] }), [1, 1], 'float32', [7]);
  check(tj.tensor([]), [0], 'float32', []);
  check(tj.tensor([[], []]), [2, 0], 'float32', []);
  check(tj.tensor(0.1), [], 'float32', [Math.fround(0.1)]);
  assert.is(tj.tensor(0.1).item(), Math.fround(0.1));
  assert.is(tj.tensor(0.1, { dtype: 'float64' }).item(), 0.1);
});

test('tensor(): TypedArrays give their dtype and are copied', () => {
  const f = new Float32Array([1.5, 2.5]);
  const t = tj.tensor(f);
  check(t, [2], 'float32', [1.5, 2.5]);
  f[0] = 99;
  assert.is(t.data()[0], 1.5, 'the tensor must not alias the source array');
  check(tj.tensor(new Float64Array([0.1, 0.2])), [2], 'float64', [0.1, 0.2]);
  check(tj.tensor(new Int32Array([1, -2, 3])), [3], 'int32', [1, -2, 3]);
  check(tj.tensor(new Uint8Array([1, 0, 1]), { dtype: 'bool' }), [3], 'bool', [1, 0, 1]);
  assert.equal(tj.tensor(new Uint8Array([1, 0]), { dtype: 'bool' }).toArray(), [true, false]);
  check(tj.tensor(new Float64Array([1, 2, 3, 4, 5, 6]), { shape: [3, 2] }), [3, 2], 'float64', [1, 2, 3, 4, 5, 6]);
  check(tj.tensor(new Int32Array([1, 2]), { dtype: 'float32' }), [2], 'float32', [1, 2]);
  check(tj.tensor(new Float64Array([2.9, -2.9]), { dtype: 'int32' }), [2], 'int32', [2, -2]);
  assert.ok(tj.tensor(new Float64Array([1])).data() instanceof Float64Array);
  assert.ok(tj.tensor([true]).data() instanceof Uint8Array);
  assert.ok(tj.tensor([1], { dtype: 'int32' }).data() instanceof Int32Array);
});

test('reading: toArray, data (a copy), item, properties', () => {
  const t = tj.tensor(
    [
      [1, 2],
      [3, 4],
    ],
    { dtype: 'int32' },
  );
  assert.equal(t.toArray(), [
    [1, 2],
    [3, 4],
  ]);
  assert.equal(t.shape, [2, 2]);
  assert.is(t.ndim, 2);
  assert.is(t.size, 4);
  const d = t.data();
  d[0] = 100;
  assert.equal(
    t.toArray(),
    [
      [1, 2],
      [3, 4],
    ],
    'data() must return a copy',
  );
  assert.equal(tj.tensor([[true, false]]).toArray(), [[true, false]]);
  assert.is(tj.tensor([[2.5]]).item(), 2.5);
  assert.is(tj.tensor([false]).item(), false);
  const r = tj.tensor([1, 2, 3, 4]).reshape([2, 2]);
  assert.equal(r.toArray(), [
    [1, 2],
    [3, 4],
  ]);
  assert.is(tj.zeros([3, 0, 2]).size, 0);
});

test('toString prints values and dtype, NumPy-like', () => {
  const s = tj
    .tensor([
      [1, 2],
      [3, 4.5],
    ])
    .toString();
  for (const piece of ['1', '2', '3', '4.5', 'float32']) assert.ok(s.includes(piece), `missing ${piece} in ${s}`);
  assert.ok(s.includes('[['), s);
  assert.ok(s.split('\n').length === 2, `a 2x2 tensor prints on two lines: ${s}`);
  const b = tj.tensor([true, false]).toString();
  assert.ok(/true|True/.test(b) && /false|False/.test(b) && b.includes('bool'), b);
  assert.ok(tj.tensor([1, 2], { dtype: 'int32' }).toString().includes('int32'));
  const n = tj.tensor([NaN, Infinity, -Infinity]).toString();
  assert.ok(/nan/i.test(n) && /inf/i.test(n) && /-inf/i.test(n), n);
  const big = tj.zeros([5000]).toString();
  assert.ok(big.includes('...') && big.length < 300, `a 5000-element tensor is summarized: ${big.length} chars`);
  assert.ok(tj.tensor(3.5).toString().includes('3.5'));
  assert.is(String(tj.tensor([1])), tj.tensor([1]).toString());
});

// ---------------------------------------------------------------------------------------------
// astype

test('astype: float to int32 truncates toward zero, NaN to bool is true', () => {
  check(f32([1.7, -1.7, 2.5, -0.5, 0.99, -2147483648]).astype('int32'), [6], 'int32', [1, -1, 2, 0, 0, -2147483648]);
  check(f64([3.999999, -3.999999]).astype('int32'), [2], 'int32', [3, -3]);
  check(f32([NaN, 0, -0, 0.1, -3, Infinity]).astype('bool'), [6], 'bool', [1, 0, 0, 1, 1, 1]);
  check(i32([0, 5, -1]).astype('bool'), [3], 'bool', [0, 1, 1]);
  check(bools([true, false]).astype('float32'), [2], 'float32', [1, 0]);
  check(bools([true, false]).astype('float64'), [2], 'float64', [1, 0]);
  check(i32([16777217, -3]).astype('float32'), [2], 'float32', [16777216, -3]);
  check(i32([16777217]).astype('float64'), [1], 'float64', [16777217]);
  check(f64([0.1]).astype('float32'), [1], 'float32', [Math.fround(0.1)]);
  assert.is(f64([0.1]).astype('float32').data()[0], Math.fround(0.1));
  check(f32([0.1]).astype('float64'), [1], 'float64', [Math.fround(0.1)]);
  check(f32([1, 2]).astype('float32'), [2], 'float32', [1, 2]);
  check(tj.astype(f32([2.5]), 'int32'), [1], 'int32', [2]);
});

// ---------------------------------------------------------------------------------------------
// Creation functions

test('zeros, ones, full, zerosLike, onesLike, eye', () => {
  check(tj.zeros([2, 3]), [2, 3], 'float32', [0, 0, 0, 0, 0, 0]);
  check(tj.zeros([2], 'int32'), [2], 'int32', [0, 0]);
  check(tj.zeros([]), [], 'float32', [0]);
  check(tj.ones([3]), [3], 'float32', [1, 1, 1]);
  check(tj.ones([2], 'float64'), [2], 'float64', [1, 1]);
  check(tj.ones([2], 'bool'), [2], 'bool', [1, 1]);
  check(tj.full([2, 2], 7), [2, 2], 'float32', [7, 7, 7, 7]);
  check(tj.full([2], 2.5, 'float64'), [2], 'float64', [2.5, 2.5]);
  check(tj.full([2], 3.7, 'int32'), [2], 'int32', [3, 3]);
  check(tj.full([2], true), [2], 'bool', [1, 1]);
  check(tj.full([1], -1, 'bool'), [1], 'bool', [1]);
  const i = i32([[1, 2, 3]]);
  check(tj.zerosLike(i), [1, 3], 'int32', [0, 0, 0]);
  check(tj.onesLike(i), [1, 3], 'int32', [1, 1, 1]);
  check(tj.onesLike(bools([false, false])), [2], 'bool', [1, 1]);
  check(tj.zerosLike(f64([[1], [2]])), [2, 1], 'float64', [0, 0]);
  check(tj.eye(3), [3, 3], 'float32', [1, 0, 0, 0, 1, 0, 0, 0, 1]);
  check(tj.eye(1), [1, 1], 'float32', [1]);
  check(tj.eye(0), [0, 0], 'float32', []);
});

test('arange: integer, negative and fractional steps', () => {
  check(tj.arange(5), [5], 'int32', [0, 1, 2, 3, 4]);
  check(tj.arange(2, 10, 3), [3], 'int32', [2, 5, 8]);
  check(tj.arange(-3, 3), [6], 'int32', [-3, -2, -1, 0, 1, 2]);
  check(tj.arange(5, 0, -1), [5], 'int32', [5, 4, 3, 2, 1]);
  check(tj.arange(5, 0, -2), [3], 'int32', [5, 3, 1]);
  check(tj.arange(0, 5, -1), [0], 'int32', []);
  check(tj.arange(3, 3), [0], 'int32', []);
  check(tj.arange(0, 1, 0.25), [4], 'float32', [0, 0.25, 0.5, 0.75]);
  check(tj.arange(0, -1, -0.3), [4], 'float32', [0, -0.3, -0.6, -0.9]);
  check(tj.arange(1, 2.1, 0.5), [3], 'float32', [1, 1.5, 2]);
  check(tj.arange(0.5, 3), [3], 'float32', [0.5, 1.5, 2.5]);
  check(tj.arange(2.5), [3], 'float32', [0, 1, 2]);
  check(tj.arange(1, 0, 0.5), [0], 'float32', []);
});

test('linspace', () => {
  check(tj.linspace(0, 1, 5), [5], 'float32', [0, 0.25, 0.5, 0.75, 1]);
  check(tj.linspace(2, -2, 3), [3], 'float32', [2, 0, -2]);
  check(tj.linspace(0, 1, 1), [1], 'float32', [0]);
  check(tj.linspace(0, 1, 0), [0], 'float32', []);
  check(tj.linspace(-1, 1, 4), [4], 'float32', [-1, -1 / 3, 1 / 3, 1]);
  const l = tj.linspace(0, 0.3, 7);
  assert.is(l.data()[6], Math.fround(0.3), 'the last value is exactly stop');
});

// ---------------------------------------------------------------------------------------------
// Random numbers

test('random: the same seed gives the same numbers, other seeds differ', () => {
  tj.seed(42);
  const a = vals(tj.rand([100]));
  const a2 = vals(tj.rand([100]));
  const an = vals(tj.randn([50]));
  tj.seed(42);
  const b = vals(tj.rand([100]));
  const b2 = vals(tj.rand([100]));
  const bn = vals(tj.randn([50]));
  assert.equal(a, b);
  assert.equal(a2, b2);
  assert.equal(an, bn);
  assert.not.equal(a, a2, 'consecutive draws differ');
  tj.seed(43);
  const c = vals(tj.rand([100]));
  const same = c.filter((v, i) => v === a[i]).length;
  assert.ok(same < 3, `seed 43 repeats ${same} of seed 42's numbers`);
  tj.seed(2 ** 40 + 7);
  const big = vals(tj.rand([20]));
  tj.seed(7);
  assert.not.equal(big, vals(tj.rand([20])), 'seeds beyond 32 bits matter');
  assert.is(new Set(a).size, a.length, 'no repeats within a draw');
});

test('random: rand is uniform in [0, 1)', () => {
  tj.seed(1);
  const r = tj.rand([10000]);
  check(r, [10000], 'float32');
  const v = vals(r);
  assert.ok(
    v.every((x) => x >= 0 && x < 1),
    'all in [0, 1)',
  );
  const mean = v.reduce((s, x) => s + x, 0) / v.length;
  const variance = v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length;
  assert.ok(Math.abs(mean - 0.5) < 0.015, `mean ${mean}`);
  assert.ok(Math.abs(variance - 1 / 12) < 0.005, `variance ${variance}`);
  const below = v.filter((x) => x < 0.1).length / v.length;
  assert.ok(Math.abs(below - 0.1) < 0.015, `fraction below 0.1: ${below}`);
  let lag = 0;
  for (let i = 1; i < v.length; i++) lag += (v[i] - mean) * (v[i - 1] - mean);
  assert.ok(Math.abs(lag / (v.length - 1) / variance) < 0.05, 'successive values are uncorrelated');
  check(tj.rand([2, 3]), [2, 3], 'float32');
});

test('random: randn is standard normal', () => {
  tj.seed(2);
  const r = tj.randn([10000]);
  check(r, [10000], 'float32');
  const v = vals(r);
  const mean = v.reduce((s, x) => s + x, 0) / v.length;
  const std = Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / v.length);
  assert.ok(Math.abs(mean) < 0.05, `mean ${mean}`);
  assert.ok(Math.abs(std - 1) < 0.05, `std ${std}`);
  const within1 = v.filter((x) => Math.abs(x) < 1).length / v.length;
  assert.ok(Math.abs(within1 - 0.6827) < 0.02, `fraction within one sigma: ${within1}`);
  assert.ok(v.every(Number.isFinite), 'all finite');
  check(tj.randn([3, 1, 2]), [3, 1, 2], 'float32');
});

test('pad fills with its value as an element of the dtype (bool: non-zero is true; int32: truncated)', () => {
  const b = tj.greater(tj.tensor([1, -1]), 0);
  assert.equal(Array.from(tj.pad(b, 1, 2).data()), [1, 1, 0, 1]);
  assert.equal(Array.from(tj.pad(b, 1, 0.5).data()), [1, 1, 0, 1]);
  assert.equal(Array.from(tj.pad(tj.tensor([5], { dtype: 'int32' }), 1, 2.7).data()), [2, 5, 2]);
  assert.throws(
    () => tj.pad(tj.tensor([5], { dtype: 'int32' }), 1, NaN),
    /pad: value NaN does not fit an int32 tensor \(shape \[1\]\)/,
  );
  assert.throws(() => tj.pad(tj.tensor([5], { dtype: 'int32' }), 1, 2 ** 31), /does not fit an int32/);
});

test.run();
