// Walks the whole primitive table: every VJP and JVP rule against central finite differences in
// float64. The mapped type makes a new primitive without a case a compile error here.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { primitiveNames, type Params, type Prim } from '../runtime/primitives/index.js';
import { bind } from '../src/dispatch.js';
import { jvpRules } from '../src/autodiff/jvp.js';
import { vjpRules } from '../src/autodiff/vjp.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

/** A small LCG, so the cases are the same on every run. */
let seed = 12345;
function rnd(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
/** Values in [lo, hi), float64. */
function uniform(shape: number[], lo = -1, hi = 1): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  return tj.tensor(
    Float64Array.from({ length: n }, () => lo + (hi - lo) * rnd()),
    { shape },
  );
}
/** Distinct values with gaps, so max/min/abs have no ties or kinks within the step. */
function distinct(shape: number[]): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const vals = Array.from({ length: n }, (_, i) => (i - n / 2 + 0.37) * 0.3);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [vals[i], vals[j]] = [vals[j], vals[i]];
  }
  return tj.tensor(Float64Array.from(vals), { shape });
}

interface Case<P extends Prim> {
  inputs: () => Tensor[];
  params: Params[P];
  /** Indices of the inputs that are differentiated; empty for primitives through which no gradient flows. */
  diff: number[];
  tol?: number;
}

const none = {} as Record<string, never>;
const u34 = () => [uniform([3, 4])];
const smooth = <P extends Prim>(inputs: () => Tensor[] = u34): Case<P> => ({
  inputs,
  params: none as Params[P],
  diff: [0],
});
const flat = <P extends Prim>(inputs: () => Tensor[] = u34): Case<P> => ({
  inputs,
  params: none as Params[P],
  diff: [],
});
const bin = <P extends Prim>(lo = -1, hi = 1, lo2 = lo, hi2 = hi): Case<P> => ({
  inputs: () => [uniform([3, 4], lo, hi), uniform([4], lo2, hi2)],
  params: none as Params[P],
  diff: [0, 1],
});
const cmp = <P extends Prim>(): Case<P> => flat(() => [uniform([3, 4]), uniform([3, 4])]);
const boolIn = () => [tj.greater(uniform([3, 4]), 0)];
const red = <P extends 'reduceSum' | 'reduceProd' | 'reduceMax' | 'reduceMin'>(axes: number[]): Case<P> => ({
  inputs: () => [distinct([3, 4, 2])],
  params: { axes },
  diff: [0],
});
const state = () => [tj.tensor([1, 2, 3], { dtype: 'int32' })];

const CASES: { [P in Prim]: Case<P> } = {
  neg: smooth(),
  abs: smooth(() => [distinct([3, 4])]),
  sign: flat(),
  exp: smooth(),
  expm1: smooth(),
  log: smooth(() => [uniform([3, 4], 0.5, 2)]),
  log1p: smooth(() => [uniform([3, 4], -0.5, 2)]),
  sqrt: smooth(() => [uniform([3, 4], 0.5, 2)]),
  rsqrt: smooth(() => [uniform([3, 4], 0.5, 2)]),
  sin: smooth(),
  cos: smooth(),
  tan: smooth(),
  tanh: smooth(),
  sigmoid: smooth(),
  erf: smooth(),
  floor: flat(),
  ceil: flat(),
  round: flat(),
  isnan: flat(),
  isfinite: flat(),
  logicalNot: flat(boolIn),
  square: smooth(),
  cast: { inputs: () => [tj.astype(uniform([3, 4]), 'float32')], params: { dtype: 'float64' }, diff: [0], tol: 1e-4 },
  add: bin(),
  sub: bin(),
  mul: bin(),
  div: bin(-1, 1, 0.5, 2),
  pow: bin(0.5, 2, -1.5, 1.5),
  maximum: { inputs: () => [distinct([3, 4]), tj.add(distinct([4]), 0.05)], params: none, diff: [0, 1] },
  minimum: { inputs: () => [distinct([3, 4]), tj.add(distinct([4]), 0.05)], params: none, diff: [0, 1] },
  mod: { inputs: () => [uniform([3, 4], 0.1, 0.9), uniform([4], 1.2, 2)], params: none, diff: [0, 1] },
  equal: cmp(),
  notEqual: cmp(),
  less: cmp(),
  lessEqual: cmp(),
  greater: cmp(),
  greaterEqual: cmp(),
  logicalAnd: flat(() => [...boolIn(), ...boolIn()]),
  logicalOr: flat(() => [...boolIn(), ...boolIn()]),
  where: { inputs: () => [tj.greater(uniform([3, 4]), 0), uniform([3, 4]), uniform([4])], params: none, diff: [1, 2] },
  reduceSum: red([0, 2]),
  reduceProd: red([1]),
  reduceMax: red([1, 2]),
  reduceMin: red([0]),
  argmax: { inputs: () => [distinct([3, 4])], params: { axis: 1 }, diff: [] },
  argmin: { inputs: () => [distinct([3, 4])], params: { axis: 0 }, diff: [] },
  reshape: { inputs: u34, params: { shape: [2, 6] }, diff: [0] },
  broadcastTo: { inputs: () => [uniform([3, 1])], params: { shape: [2, 3, 4] }, diff: [0] },
  transpose: { inputs: () => [uniform([2, 3, 4])], params: { perm: [2, 0, 1] }, diff: [0] },
  slice: { inputs: () => [uniform([5, 7])], params: { starts: [4, 1], steps: [-2, 3], shape: [3, 2] }, diff: [0] },
  concat: { inputs: () => [uniform([2, 3]), uniform([2, 1]), uniform([2, 2])], params: { axis: 1 }, diff: [0, 1, 2] },
  pad: {
    inputs: () => [uniform([2, 3])],
    params: {
      pads: [
        [1, 0],
        [2, 1],
      ],
      value: 0.5,
    },
    diff: [0],
  },
  gather: {
    inputs: () => [uniform([3, 4, 2]), tj.tensor([3, -1, 0, 3], { dtype: 'int32' })],
    params: { axis: 1 },
    diff: [0],
  },
  matmul: { inputs: () => [uniform([2, 3, 4]), uniform([4, 5])], params: none, diff: [0, 1] },
  linear: { inputs: () => [uniform([2, 3, 4]), uniform([4, 5]), uniform([5])], params: none, diff: [0, 1, 2] },
  conv2d: {
    inputs: () => [uniform([2, 4, 7, 6]), uniform([6, 2, 3, 2])],
    params: { stride: [2, 1], padding: [1, 2, 0, 1], dilation: [1, 2], groups: 2 },
    diff: [0, 1],
  },
  maxPool2d: {
    inputs: () => [distinct([2, 2, 5, 5])],
    params: { kernel: [3, 2], stride: [2, 2], padding: [1, 1, 0, 1] },
    diff: [0],
  },
  // Linear in the cotangent (input 1); piecewise constant in x.
  maxPool2dGrad: {
    inputs: () => [distinct([2, 2, 5, 5]), uniform([2, 2, 3, 3])],
    params: { kernel: [3, 2], stride: [2, 2], padding: [1, 1, 0, 1] },
    diff: [1],
  },
  avgPool2d: {
    inputs: () => [uniform([2, 2, 5, 5])],
    params: { kernel: [2, 3], stride: [2, 1], padding: [0, 1, 1, 1] },
    diff: [0],
  },
  stopGradient: { inputs: () => [uniform([3])], params: {}, diff: [] },
  checkIndex: {
    inputs: () => [tj.tensor([0, 2, 1], { dtype: 'int32' })],
    params: { bound: 3, op: 'test', what: 'index' },
    diff: [],
  },
  cumsum: { inputs: () => [uniform([3, 4, 2])], params: { axis: 1 }, diff: [0] },
  // Zeros in x: one in a lane, two in another (the derivative stays exact).
  cumprod: {
    inputs: () => [
      tj.tensor([0.5, 0, 1.2, -0.7, 0, 0.3, 0, 0.9, 1.1, -0.4, 0.8, 0.6], { dtype: 'float64' }).reshape([3, 4]),
    ],
    params: { axis: 1 },
    diff: [0],
  },
  argsort: { inputs: () => [distinct([3, 4])], params: { axis: 0, descending: true }, diff: [] },
  // Repeated indices: the update that loses (the first at index 2) gets no gradient.
  scatter: {
    inputs: () => [uniform([4, 3]), tj.tensor([2, -1, 2], { dtype: 'int32' }), uniform([3, 3])],
    params: { axis: 0 },
    diff: [0, 2],
  },
  scatterAdd: {
    inputs: () => [
      uniform([3, 4]),
      tj.tensor(
        [
          [1, -1],
          [1, 0],
        ],
        { dtype: 'int32' },
      ),
      uniform([3, 2, 2]),
    ],
    params: { axis: 1 },
    diff: [0, 2],
  },
  // Singular values well apart (about 3, 2 and 1), where they are smooth; batched.
  svd: {
    inputs: () => [
      tj.add(
        uniform([2, 4, 3], -0.2, 0.2),
        tj.tensor([3, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0], { dtype: 'float64' }).reshape([4, 3]),
      ),
    ],
    params: { part: 's' },
    diff: [0],
  },
  randomUniform: { inputs: state, params: { shape: [3], dtype: 'float64' }, diff: [] },
  randomNormal: { inputs: state, params: { shape: [3], dtype: 'float64' }, diff: [] },
  // In a group of one (no mpirun), as the tests run: the identity, its derivatives the same reduction.
  allReduce: { inputs: u34, params: { op: 'sum' }, diff: [0] },
  broadcast: { inputs: u34, params: { root: 0 }, diff: [] },
};

const dotAll = (a: Tensor, b: Tensor) =>
  tj.sum(tj.mul(tj.astype(a, 'float64'), tj.astype(b, 'float64'))).item() as number;
const EPS = 1e-6;

function checkPrimitive<P extends Prim>(prim: P, c: Case<P>): void {
  const inputs = c.inputs();
  const rule = { vjp: vjpRules[prim], jvp: jvpRules[prim] };
  assert.type(rule.vjp, 'function', `${prim} has a VJP rule`);
  assert.type(rule.jvp, 'function', `${prim} has a JVP rule`);
  const apply = (...xs: Tensor[]) => {
    const all = inputs.slice();
    c.diff.forEach((d, k) => {
      all[d] = xs[k];
    });
    return bind(prim, all, c.params);
  };
  const primals = c.diff.map((d) => inputs[d]);
  const out = apply(...primals);
  if (c.diff.length === 0) {
    // No gradient flows: the rules say so explicitly.
    const g = rule.vjp!(
      tj.onesLike(out),
      inputs,
      out,
      c.params as never,
      inputs.map(() => true),
    );
    assert.ok(
      g.every((x) => x === null),
      `${prim}: VJP gives no cotangents`,
    );
    assert.is(
      rule.jvp!(
        inputs.map(() => null),
        inputs,
        out,
        c.params as never,
      ),
      null,
      `${prim}: JVP gives no tangent`,
    );
    return;
  }
  const ct = uniform(out.shape);
  const dirs = primals.map((p) => tj.astype(uniform(p.shape), p.dtype));
  const moved = (s: number) => apply(...primals.map((p, i) => tj.astype(tj.add(p, tj.mul(dirs[i], s)), p.dtype)));
  const fdVec = tj.div(
    tj.sub(tj.astype(moved(EPS * (c.tol ? 1e4 : 1)), 'float64'), tj.astype(moved(-EPS * (c.tol ? 1e4 : 1)), 'float64')),
    2 * EPS * (c.tol ? 1e4 : 1),
  );
  const fd = dotAll(fdVec, ct);
  const tol = c.tol ?? 1e-6;
  const near = (a: number, b: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

  const [, pullback] = tj.vjp(apply, ...primals);
  const grads = pullback(ct) as Tensor[];
  grads.forEach((g, i) => assert.equal(g.shape, primals[i].shape, `${prim}: cotangent ${i} has its input's shape`));
  const viaVjp = grads.reduce((acc, g, i) => acc + dotAll(g, dirs[i]), 0);
  assert.ok(near(viaVjp, fd), `${prim} VJP: <ct, J u> = ${viaVjp}, finite differences give ${fd}`);

  const [, tangent] = tj.jvp(apply, primals, dirs);
  assert.equal(tangent.shape, out.shape, `${prim}: tangent has the output's shape`);
  const diff = tj.max(tj.abs(tj.sub(tj.astype(tangent, 'float64'), fdVec))).item() as number;
  assert.ok(
    diff <= tol * Math.max(1, tj.max(tj.abs(fdVec)).item() as number),
    `${prim} JVP differs from finite differences by ${diff}`,
  );
}

test('every primitive has a case', () => {
  assert.equal(Object.keys(CASES).sort(), [...primitiveNames].sort());
});

for (const prim of primitiveNames) {
  test(`${prim}: VJP and JVP against finite differences`, () => checkPrimitive(prim, CASES[prim] as Case<typeof prim>));
}

test.run();
