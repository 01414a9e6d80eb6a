// Regressions of the rewrite rules (jit/rewrite/rules.ts) found by the differential test
// (test/differential.test.ts) or next to what it found: each runs the program eagerly and through
// tj.jit(fn, { hot: 0, async: false, backend }) on the JS tier and, where tj.backends() says it is
// available, the WASM tier, and compares the values: NaN matches NaN, -0 does not match +0
// (1 / x tells them apart), other values within a float32 tolerance.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

type Backend = 'js' | 'wasm';
const BACKENDS: Backend[] = tj.backends().some((b) => b.name === 'wasm' && b.available) ? ['js', 'wasm'] : ['js'];

const fmt = (v: number) => (Object.is(v, -0) ? '-0' : String(v));
function sameValues(got: Tensor, want: Tensor, what: string): void {
  assert.equal(got.shape, want.shape, `${what}: shape`);
  assert.is(got.dtype, want.dtype, `${what}: dtype`);
  const g = Array.from(got.data() as ArrayLike<number>),
    w = Array.from(want.data() as ArrayLike<number>);
  for (let i = 0; i < w.length; i++) {
    const a = g[i],
      b = w[i];
    const ok =
      Object.is(a, b) ||
      (Number.isNaN(a) && Number.isNaN(b)) ||
      (a !== 0 && b !== 0 && Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-6 * Math.abs(b));
    assert.ok(
      ok,
      `${what}: element ${i} is ${fmt(a)} compiled, ${fmt(b)} eagerly (compiled [${g.map(fmt)}], eager [${w.map(fmt)}])`,
    );
  }
}

/** fn eagerly and compiled on every available tier: the same values, and the rule (if named) fired. */
function agrees(fn: (...a: Tensor[]) => Tensor | Tensor[], args: Tensor[], rule?: string): void {
  const eager = [fn(...args)].flat();
  for (const backend of BACKENDS) {
    const f = tj.jit(fn, { hot: 0, async: false, backend });
    let got: Tensor[];
    try {
      got = [f(...args)].flat();
    } catch (e) {
      throw new Error(`${backend} tier throws: ${(e as Error).message}`, { cause: e });
    }
    assert.is(f.stats.tier, backend, 'ran compiled');
    assert.is(got.length, eager.length);
    eager.forEach((w, i) => sameValues(got[i], w, `${backend} tier, output ${i}`));
  }
  if (rule) {
    const e = tj.explain(fn, ...args);
    assert.ok(e.rewrites.includes(rule), `${rule} fired: ${e.rewrites.join(', ')}`);
  }
}

const f32 = (d: number[]) => tj.tensor(Float32Array.from(d));
const f64 = (d: number[]) => tj.tensor(Float64Array.from(d));
const SPECIAL = [-Infinity, -4, -1, -0, 0, 0.25, 1, 4, Infinity, NaN];

test('square: mul(x, x) of bool stays a logical and (square has no bool)', () => {
  const b = tj.tensor(Uint8Array.from([0, 1, 1, 0]), { dtype: 'bool' });
  agrees((x) => tj.mul(x, x), [b]);
  // Two operands that the tracer interns into one node.
  agrees((x) => tj.mul(tj.greater(x, 0), tj.greater(x, 0)), [f32([-1, 2, 0, 3])]);
  agrees((x) => tj.mul(x.astype('bool'), x.astype('bool')), [tj.tensor(Int32Array.from([0, 5, -2, 0]))]);
  // Numeric dtypes still become square.
  agrees((x) => tj.mul(x, x), [tj.tensor(Int32Array.from([3, -46341, 65536, 0]))], 'square');
});

test('pow-small-integer: pow(x, ±0.5) is exact at -inf and -0 (sqrt(-0) is -0, pow(-0, 0.5) is +0)', () => {
  for (const t of [f32(SPECIAL), f64(SPECIAL)]) {
    agrees((x) => [tj.pow(x, 0.5), tj.pow(x, -0.5)], [t], 'pow-small-integer');
    agrees((x) => tj.div(1, tj.pow(x, 0.5)), [t]); // the sign of a zero shows through 1 / x
    agrees((x) => [tj.pow(tj.abs(x), 0.5), tj.pow(tj.exp(x), -0.5)], [t]);
    agrees((x) => [tj.pow(x, 2), tj.pow(x, 3), tj.pow(x, 4), tj.pow(x, -1), tj.pow(x, -2)], [t]);
  }
});

test('logsumexp: log(sum(exp x)) over an empty axis is -inf, not a max over nothing', () => {
  agrees((x) => tj.log(tj.sum(tj.exp(x), 1)), [tj.zeros([2, 0])]);
  agrees((x) => tj.log(tj.sum(tj.exp(x))), [tj.zeros([0])]);
  agrees((x) => tj.log(tj.sum(tj.exp(x), 0)), [tj.zeros([3, 0], 'float64')]); // a non-empty axis of an empty tensor
  agrees(
    (x) => tj.log(tj.sum(tj.exp(x), 1)),
    [f32([1, 2, -Infinity, -Infinity, NaN, 0, Infinity, 3]).reshape([4, 2])],
    'logsumexp',
  ); // (1000 would be the stabilization itself)
});

test('sum-of-broadcast: zero copies sum to zeros; a sum of -0 copies is +0', () => {
  const x = f32([Infinity, NaN, -1]);
  agrees((v) => tj.sum(tj.broadcastTo(v, [0, 3]), 0), [x]);
  agrees((v) => tj.sum(tj.broadcastTo(v, [2, 0, 3]), [0, 1]), [x]);
  agrees((v) => tj.sum(tj.broadcastTo(v, [0, 3]), 0), [tj.tensor(Int32Array.from([1, -2, 3]))]);
  agrees((v) => tj.div(1, tj.sum(tj.broadcastTo(v, [1, 3]), 0)), [f32([-0, 2, -3])], 'sum-of-broadcast');
  agrees((v) => tj.div(1, tj.sum(tj.broadcastTo(v, [4, 3]), 0)), [f64([-0, 2, Infinity])], 'sum-of-broadcast');
});

test('add-zero, sub-zero: x + 0 is +0 at x = -0; x - (-0) too', () => {
  const x = f32([-0, 0, 1, -Infinity, NaN]);
  agrees(
    (v) => [
      tj.div(1, tj.add(v, 0)),
      tj.div(1, tj.sub(v, tj.tensor(-0))),
      tj.div(1, tj.sub(v, 0)),
      tj.div(1, tj.add(v, tj.tensor(-0))),
    ],
    [x],
  );
  agrees((v) => tj.add(v, 0), [tj.tensor(Int32Array.from([0, -3]))], 'add-zero');
});

test('add/mul-collect-constants: int32 wraps exactly, bool stays 0/1, floats do not overflow early', () => {
  agrees(
    (v) => tj.mul(tj.mul(v, 123456789), 987654321),
    [tj.tensor(Int32Array.from([1, 2, -7]))],
    'mul-collect-constants',
  );
  agrees(
    (v) => tj.add(tj.add(v, 2_000_000_000), 2_000_000_000),
    [tj.tensor(Int32Array.from([1, -5]))],
    'add-collect-constants',
  );
  const b = tj.tensor(Uint8Array.from([0, 1]), { dtype: 'bool' });
  agrees((v) => tj.add(tj.add(v, tj.tensor(true)), tj.tensor(true)).astype('int32'), [b]);
  agrees((v) => tj.mul(tj.mul(v, tj.tensor(true)), tj.tensor(false)).astype('int32'), [b]);
  agrees((v) => [tj.mul(tj.mul(v, 1e30), 1e30), tj.mul(tj.mul(v, 1e-30), 1e-30)], [f32([1e-30, 1e30, 0, 1])]);
});

test('div-by-constant: not where 1/k overflows the dtype (float32 k = 1e-39)', () => {
  agrees((v) => tj.div(v, tj.tensor(Float32Array.from([1e-39]))), [f32([0, 1e-40, -0])]);
  agrees((v) => tj.div(v, 4), [f32([0, -0, 3, Infinity])], 'div-by-constant');
});

test('exp-log: exp(log x) is NaN below 0 and +0 at -0; log-exp: log(exp x) is +0 at -0', () => {
  const x = f32([-2, -0, 0, 3, NaN, Infinity, -Infinity]);
  agrees((v) => [tj.exp(tj.log(v)), tj.div(1, tj.exp(tj.log(v)))], [x], 'exp-log');
  agrees((v) => tj.div(1, tj.log(tj.exp(v))), [x], 'log-exp');
});

test('log1p, log1p-of-sub, expm1: no -0 where the naive form gives +0', () => {
  const x = f32([-0, 0, 0.5, -Infinity, NaN]);
  agrees((v) => tj.div(1, tj.log(tj.add(v, 1))), [x], 'log1p');
  agrees((v) => tj.div(1, tj.log(tj.sub(1, v))), [x], 'log1p-of-sub');
  agrees((v) => tj.div(1, tj.sub(tj.exp(v), 1)), [x], 'expm1');
});

test('log-sigmoid, log-one-minus-sigmoid, log-div-exp: +0 where the naive log gives +0', () => {
  agrees((v) => tj.div(1, tj.log(tj.sigmoid(v))), [f32([Infinity, 0, -1])], 'log-sigmoid');
  agrees((v) => tj.div(1, tj.log(tj.sub(1, tj.sigmoid(v)))), [f32([-Infinity, 0, 1])], 'log-one-minus-sigmoid');
  agrees((v) => tj.div(1, tj.log1p(tj.neg(tj.sigmoid(v)))), [f32([-Infinity, 0, 1])], 'log-one-minus-sigmoid');
  agrees((v, s) => tj.div(1, tj.log(tj.div(tj.exp(v), s))), [f32([-0, 0, 1]), f32([1, 1, 2])], 'log-div-exp');
});

test('matmul-bias: not where the bias broadcasts the product to a larger result (a [1,1] product + a [2] bias)', () => {
  const t = (d: number[], shape: number[]) => tj.tensor(Float32Array.from(d), { shape });
  const linear = (a: Tensor, b: Tensor, bias: Tensor) => tj.add(tj.matmul(a, b), bias);
  agrees(linear, [t([1.9], [1, 1]), t([2], [1, 1]), t([-1.5, -1.25], [2])]);
  agrees(linear, [t([1, 2, 3], [1, 3]), t([1, 0, 2], [3, 1]), t([0.5, 1, 2, 4], [4])]);
  agrees(
    linear,
    [t([1, 2, 3, 4, 5, 6], [2, 3]), t([1, 0, 2, 1, 3, 1, 0, 2, 1, 1, 1, 0], [3, 4]), t([1, 2, 3, 4], [4])],
    'matmul-bias',
  );
});

test.run();
