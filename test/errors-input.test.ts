// Bad input gets a clear Error before any work: values that do not fit int32, tensors too large to
// hold, mismatched batches, and errors that name the function the user called.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { threadsFromEnv } from '../runtime/env.js';
import { threadCount } from '../runtime/wasm/threads.js';
import * as tj from '../src/index.js';

/** Calls fn, requires an Error (not a bare RangeError or TypeError) whose message matches every pattern. */
function throwsWith(fn: () => unknown, ...patterns: RegExp[]): string {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, `expected a throw matching ${patterns.join(' ')}, but nothing was thrown`);
  assert.ok(err instanceof Error && err.constructor === Error, `expected a plain Error, got ${String(err)}`);
  const msg = (err as Error).message;
  for (const p of patterns) assert.ok(p.test(msg), `message ${JSON.stringify(msg)} does not match ${p}`);
  return msg;
}

const lit = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const any = (x: unknown) => x as never;
const TOO_MANY = /more than the 2\^31-1 \(2147483647\) a tensor can hold/;

// ---------------------------------------------------------------------------------------------
// JS numbers into int32

test('tensor() and full() reject numbers int32 cannot hold, naming the value', () => {
  throwsWith(() => tj.tensor([3e9], { dtype: 'int32' }), /^tensor: 3000000000 is out of bounds for int32/);
  throwsWith(
    () => tj.tensor([1, -3e9], { dtype: 'int32' }),
    /^tensor: -3000000000 is out of bounds for int32/,
    /element 1/,
  );
  throwsWith(() => tj.tensor([1, NaN], { dtype: 'int32' }), /^tensor: NaN cannot be stored as int32 \(element 1\)/);
  throwsWith(
    () => tj.tensor(new Float64Array([Infinity]), { dtype: 'int32' }),
    /^tensor: Infinity is out of bounds for int32/,
  );
  throwsWith(() => tj.tensor(2 ** 31, { dtype: 'int32' }), /^tensor: 2147483648 is out of bounds for int32/);
  throwsWith(() => tj.full([2], 1e10, 'int32'), /^full: 10000000000 is out of bounds for int32/);
  throwsWith(() => tj.full([2], NaN, 'int32'), /^full: NaN cannot be stored as int32/);
  throwsWith(() => tj.full([2], -Infinity, 'int32'), /^full: -Infinity is out of bounds for int32/);
  throwsWith(() => tj.arange(2147483640, 2147483650), /^arange: 2147483649 is out of bounds for int32/);
  throwsWith(() => tj.linspace(0, 3e9, 3, 'int32'), /^linspace: 3000000000 is out of bounds for int32/);
});

test('int32 keeps what fits: the extremes, and fractions truncated toward zero (as NumPy)', () => {
  assert.equal(tj.tensor([2147483647, -2147483648], { dtype: 'int32' }).toArray(), [2147483647, -2147483648]);
  assert.equal(tj.tensor([1.7, -1.7, 2147483647.5], { dtype: 'int32' }).toArray(), [1, -1, 2147483647]);
  assert.equal(tj.full([1], -2.5, 'int32').toArray(), [-2]);
  assert.equal(tj.tensor([NaN, 1e40]).toArray(), [NaN, Infinity]); // float32 takes anything
});

// ---------------------------------------------------------------------------------------------
// Tensors too large to hold

test('creation with too many elements names the op and the shape', () => {
  throwsWith(() => tj.ones([1e6, 1e6]), /^ones: shape \[1000000, 1000000\] has 1e12 elements/, TOO_MANY);
  throwsWith(() => tj.zeros([1e6, 1e6], 'int32'), /^zeros: shape \[1000000, 1000000\] has 1e12 elements/, TOO_MANY);
  throwsWith(() => tj.full([2 ** 31], 1), /^full: shape \[2147483648\] has 2147483648 elements/, TOO_MANY);
  throwsWith(() => tj.randn([1e5, 1e5]), /^randn: shape \[100000, 100000\] has 1e10 elements/, TOO_MANY);
  throwsWith(() => tj.rand([1e5, 1e5]), /^rand: shape \[100000, 100000\]/, TOO_MANY);
  throwsWith(() => tj.eye(1e5), /^eye: shape \[100000, 100000\]/, TOO_MANY);
  throwsWith(
    () => tj.broadcastTo(tj.ones([1]), [1e6, 1e6]),
    /^broadcastTo: shape \[1000000, 1000000\] has 1e12 elements/,
    TOO_MANY,
  );
  throwsWith(() => tj.arange(1e12), /^arange: start 0, stop 1000000000000, step 1 give 1e12 elements/, TOO_MANY);
  throwsWith(() => tj.linspace(0, 1, 3e9), /^linspace: shape \[3000000000\] has 3e9 elements/, TOO_MANY);
  throwsWith(
    () => tj.outer(tj.ones([1e5]), tj.ones([1e5])),
    /^outer: shape \[100000, 100000\] has 1e10 elements/,
    TOO_MANY,
  );
  throwsWith(
    () => tj.tensor([1], { shape: [1e6, 1e6] }),
    /^tensor: shape \[1000000, 1000000\] has 1e12 elements/,
    TOO_MANY,
  );
});

test('an op whose result would be too large names the op and the result shape', () => {
  throwsWith(
    () => tj.mul(tj.ones([1e5, 1]), tj.ones([1, 1e5])),
    /^mul: shape \[100000, 100000\] has 1e10 elements/,
    TOO_MANY,
  );
  throwsWith(() => tj.tile(tj.ones([2, 3]), [1e5, 1e5]), /^tile: shape \[200000, 300000\] has 6e10 elements/, TOO_MANY);
  throwsWith(
    () => tj.oneHot(tj.tensor([1], { dtype: 'int32' }), 1e10),
    /^oneHot: shape \[1, 10000000000\] has 1e10 elements/,
    TOO_MANY,
  );
  assert.equal(tj.zeros([0, 1e10]).shape, [0, 1e10]); // no elements: fine, as in NumPy
});

test('string arguments where numbers belong are quoted as strings', () => {
  throwsWith(() => tj.sum(tj.ones([2]), any('0')), /^sum: axis must be .*got the string '0'/);
  throwsWith(() => tj.softmax(tj.ones([2]), any('0')), /^softmax: axis must be an integer, got the string '0'/);
  throwsWith(() => tj.arange(any('5')), /^arange: stop must be a finite number, got the string '5'/);
  throwsWith(
    () => tj.oneHot(tj.tensor([1], { dtype: 'int32' }), any('3')),
    /^oneHot: depth must be a non-negative integer, got the string '3'/,
  );
  throwsWith(
    () => tj.add(tj.ones([2]), any('1')),
    /^add: expected a tensor, number, boolean or array, got the string '1'/,
  );
});

// ---------------------------------------------------------------------------------------------
// Errors name the function the user called, and the full shapes

test('batched matmul: mismatched batch dimensions name both full shapes', () => {
  throwsWith(
    () => tj.matmul(tj.ones([2, 3, 4]), tj.ones([5, 4, 2])),
    /^matmul: /,
    lit('[2, 3, 4]'),
    lit('[5, 4, 2]'),
    /2 != 5/,
  );
  throwsWith(
    () => tj.matmul(tj.ones([7, 2, 3, 4]), tj.ones([3, 4, 2])),
    /^matmul: /,
    lit('[7, 2, 3, 4]'),
    lit('[3, 4, 2]'),
    /2 != 3/,
  );
  throwsWith(
    () => tj.matmul(tj.ones([2, 3, 4]), tj.ones([2, 5, 2])),
    /^matmul: inner dimensions differ: \[2, 3, 4\] @ \[2, 5, 2\]/,
  );
  assert.equal(tj.matmul(tj.ones([2, 1, 3, 4]), tj.ones([5, 4, 2])).shape, [2, 5, 3, 2]);
});

test('hessian: errors say hessian', () => {
  const f = (x: tj.Tensor) => tj.sum(tj.mul(x, x));
  throwsWith(() => tj.hessian(any(3)), /^hessian: expected a function, got 3/);
  throwsWith(
    () => tj.hessian((x: tj.Tensor) => x)(tj.ones([2])),
    /^hessian: the function must return a scalar/,
    lit('[2]'),
  );
  throwsWith(() => tj.hessian(f)(any('a')), /^hessian: argument 0 must be a tensor, got the string 'a'/);
  throwsWith(() => tj.hessian(f)(tj.ones([2], 'int32')), /^hessian: argument 0 has dtype int32/);
  throwsWith(
    () => tj.hessian(f, { argnums: 1.5 })(tj.ones([2])),
    /^hessian: argnums must be a non-negative integer, got 1.5/,
  );
  throwsWith(() => tj.hessian(f, { argnums: 1 })(tj.ones([2])), /^hessian: argument 1 must be a tensor, got undefined/);
  assert.equal(
    tj
      .hessian(f)(tj.ones([2], 'float64'))
      .toArray(),
    [
      [2, 0],
      [0, 2],
    ],
  );
  throwsWith(() => tj.jacobian(any(null)), /^jacobian: expected a function, got null/);
  throwsWith(() => tj.grad(any('f')), /^grad: expected a function, got the string 'f'/);
  throwsWith(
    () => tj.valueAndGrad(f, { argnums: any('0') })(tj.ones([2])),
    /^valueAndGrad: argnums must be a number or an array of numbers, got the string '0'/,
  );
});

test('where: errors say where', () => {
  const c = tj.tensor([true, false]);
  throwsWith(
    () => tj.where(tj.ones([2]), tj.ones([3]), tj.ones([4])),
    /^where: shapes \[2\] and \[3\] and \[4\] cannot be broadcast/,
  );
  throwsWith(() => tj.where(c, tj.ones([3]), 0), /^where: shapes \[2\] and \[3\] and \[\]/);
  throwsWith(() => tj.where(any('a'), 1, 2), /^where: expected a tensor, number, boolean or array, got the string 'a'/);
  throwsWith(() => tj.where(c, any({}), 2), /^where: expected a tensor, number, boolean or array, got an object/);
  throwsWith(() => tj.where(c, 1, any(undefined)), /^where: .*got undefined/);
  throwsWith(() => tj.where(any([[true], [false, true]]), 1, 2), /^where: tensor: ragged nested array/);
});

test('clip: errors say clip', () => {
  throwsWith(() => tj.clip(tj.ones([2]), tj.ones([3]), 1), /^clip: shapes \[2\] and \[3\] cannot be broadcast/);
  throwsWith(() => tj.clip(any('a'), 0, 1), /^clip: expected a tensor, number, boolean or array, got the string 'a'/);
  throwsWith(() => tj.clip(tj.ones([2]), any('0'), 1), /^clip: .*got the string '0'/);
  throwsWith(() => tj.clip(tj.ones([2]), 0, any(null)), /^clip: .*got null/);
  assert.equal(tj.clip([-1, 0.5, 2], any([0, 0, 0]), 1).toArray(), [0, 0.5, 1]);
});

test('conv2d and pooling: errors say conv2d, and options are checked', () => {
  const x = tj.ones([1, 3, 5, 5]),
    w = tj.ones([2, 3, 3, 3]);
  throwsWith(
    () => tj.conv2d(x, tj.ones([2, 4, 3, 3])),
    /^conv2d: input channels 3 do not match weights \[2, 4, 3, 3\]/,
  );
  throwsWith(() => tj.conv2d(tj.ones([3, 5, 5]), w), /^conv2d: input and weights must be 4-D/, lit('[3, 5, 5]'));
  throwsWith(() => tj.conv2d(any('x'), w), /^conv2d: expected a tensor, number, boolean or array, got the string 'x'/);
  throwsWith(
    () => tj.conv2d(x, w, any({ strides: 2 })),
    /^conv2d: unknown option 'strides'/,
    /stride, padding, dilation, groups/,
  );
  throwsWith(() => tj.conv2d(x, w, any(null)), /^conv2d: options must be an object/, /got null/);
  throwsWith(
    () => tj.conv2d(x, w, any({ stride: '2' })),
    /^conv2d: stride must be a number or a pair, got the string '2'/,
  );
  throwsWith(() => tj.conv2d(x, w, { groups: 0 }), /^conv2d: groups must be a positive integer, got 0/);
  throwsWith(() => tj.maxPool2d(x, 2, any({ strides: 1 })), /^maxPool2d: unknown option 'strides'/);
  throwsWith(() => tj.avgPool2d(x, any({ kernelSize: 2, pad: 1 })), /^avgPool2d: unknown option 'pad'/);
});

test('binaryCrossEntropy and oneHot name themselves', () => {
  throwsWith(
    () => tj.binaryCrossEntropy(tj.ones([3]).mul(0.5), tj.ones([2])),
    /^binaryCrossEntropy: shapes \[3\] and \[2\]/,
  );
  throwsWith(() => tj.binaryCrossEntropy(any('p'), tj.ones([2])), /^binaryCrossEntropy: .*got the string 'p'/);
  throwsWith(() => tj.oneHot([1, 3e9], 4), /^oneHot: .*3000000000 is out of bounds for int32/);
});

// ---------------------------------------------------------------------------------------------
// TENSORJIT_THREADS

test('TENSORJIT_THREADS that is not a positive integer throws, naming the variable and the value', () => {
  const saved = process.env.TENSORJIT_THREADS;
  try {
    for (const bad of ['abc', '0', '-2', '2.5', '1e3', '4 threads']) {
      process.env.TENSORJIT_THREADS = bad;
      throwsWith(() => threadsFromEnv(), /^TENSORJIT_THREADS must be a positive integer/, lit(`got '${bad}'`));
      throwsWith(() => threadCount(), /^TENSORJIT_THREADS must be a positive integer/, lit(`'${bad}'`));
    }
    process.env.TENSORJIT_THREADS = '3';
    assert.is(threadCount(), 3);
    process.env.TENSORJIT_THREADS = '';
    assert.is(threadsFromEnv(), undefined); // empty means unset
  } finally {
    if (saved === undefined) delete process.env.TENSORJIT_THREADS;
    else process.env.TENSORJIT_THREADS = saved;
  }
});

test.run();
