// The rewrite engine and its rules: for each rule a graph before and the printed graph after one
// phase; the interface checker and loop guard; stable results end to end; kernel counts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { printGraph, type Graph } from '../jit/graph.js';
import { checkSameInterface, runPhase, runPhases, type Phase } from '../jit/rewrite/engine.js';
import { PHASES } from '../jit/rewrite/rules.js';
import { trace } from '../jit/tracer.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const phase = (name: string) => PHASES.find((p) => p.name === name)!;
const traced = (fn: (...a: Tensor[]) => unknown, ...args: Tensor[]) =>
  trace('f', fn, undefined, args, () => false).graph;
/** The body lines of a printed graph (header and closing brace dropped). */
const body = (g: Graph) =>
  printGraph(g)
    .split('\n')
    .slice(1, -1)
    .map((l) => l.trim());
function rewrites(
  phaseName: string,
  fn: (...a: Tensor[]) => unknown,
  args: Tensor[],
  expected: string[],
  fired?: string,
) {
  const log: { phase: string; fired: string[]; passes: number }[] = [];
  const before = traced(fn, ...args);
  const after = runPhase(before, phase(phaseName), log);
  checkSameInterface(before, after, phaseName);
  assert.equal(body(after), expected);
  if (fired) assert.ok(log[0].fired.includes(fired), `${fired} fired: ${log[0].fired.join(', ')}`);
}
const v3 = tj.ones([3]);

test('merge: equal subexpressions and small constants are one node', () => {
  rewrites(
    'merge',
    (x) => tj.add(tj.mul(tj.exp(x), 2), tj.mul(tj.exp(x), 2)),
    [v3],
    [
      '%0 = exp(arg0) : f32[3]',
      '%1 = const f32[] {2} : f32[]',
      '%2 = mul(%0, %1) : f32[3]',
      '%3 = add(%2, %2) : f32[3]',
      'return %3',
    ],
  );
});

test('canonicalize: constant folding', () => {
  rewrites(
    'canonicalize',
    (x) => tj.mul(x, tj.add(tj.tensor([1, 2, 3]), 1)),
    [v3],
    ['%0 = const f32[3] {2, 3, 4} : f32[3]', '%1 = mul(arg0, %0) : f32[3]', 'return %1'],
    'constant-fold',
  );
});

test('canonicalize: x*1, x+0, x-0, x/1 (either side for commutative ops); float x + 0 stays (-0 + 0 is +0)', () => {
  rewrites(
    'canonicalize',
    (x) => tj.div(tj.sub(tj.add(tj.tensor(-0), tj.mul(1, x)), 0), 1),
    [v3],
    ['return arg0'],
    'mul-by-one',
  );
  rewrites(
    'canonicalize',
    (x) => tj.sub(tj.add(0, tj.mul(1, x)), 0),
    [tj.ones([3], 'int32')],
    ['return arg0'],
    'add-zero',
  );
  rewrites(
    'canonicalize',
    (x) => tj.add(0, x),
    [v3],
    ['%0 = const f32[] {0} : f32[]', '%1 = add(%0, arg0) : f32[3]', 'return %1'],
  );
  rewrites('canonicalize', (x) => tj.add(0, tj.exp(x)), [v3], ['%0 = exp(arg0) : f32[3]', 'return %0'], 'add-zero'); // exp is never -0
});

test('canonicalize: x*1 keeps the broadcast shape', () => {
  rewrites(
    'canonicalize',
    (x) => tj.mul(x, tj.ones([2, 3])),
    [v3],
    ['%0 = broadcastTo(arg0) {shape=[2,3]} : f32[2, 3]', 'return %0'],
  );
});

test('canonicalize: x - x on integers; not on floats, where x may be inf or nan', () => {
  rewrites(
    'canonicalize',
    (x) => tj.sub(x, x),
    [tj.ones([2], 'int32')],
    ['%0 = const i32[2] {0, 0} : i32[2]', 'return %0'],
    'sub-self',
  );
  rewrites('canonicalize', (x) => tj.sub(x, x), [v3], ['%0 = sub(arg0, arg0) : f32[3]', 'return %0']);
});

test('canonicalize: neg(neg x), exp(log x), log(exp x)', () => {
  rewrites('canonicalize', (x) => tj.neg(tj.neg(x)), [v3], ['return arg0'], 'neg-neg');
  // log(exp x) is x, but +0 at -0; exp(log x) is NaN below 0 (PyTensor's form), +0 at -0.
  rewrites(
    'canonicalize',
    (x) => tj.log(tj.exp(x)),
    [v3],
    ['%0 = const f32[] {0} : f32[]', '%1 = add(arg0, %0) : f32[3]', 'return %1'],
    'log-exp',
  );
  rewrites('canonicalize', (x) => tj.log(tj.exp(tj.abs(x))), [v3], ['%0 = abs(arg0) : f32[3]', 'return %0'], 'log-exp');
  rewrites(
    'canonicalize',
    (x) => tj.exp(tj.log(x)),
    [v3],
    [
      '%0 = const f32[] {0} : f32[]',
      '%1 = greaterEqual(arg0, %0) : bool[3]',
      '%2 = add(arg0, %0) : f32[3]',
      '%3 = const f32[] {NaN} : f32[]',
      '%4 = where(%1, %2, %3) : f32[3]',
      'return %4',
    ],
    'exp-log',
  );
});

test('canonicalize: double transpose and reshape chains', () => {
  const m = tj.ones([2, 3, 4]);
  rewrites(
    'canonicalize',
    (x) => tj.transpose(tj.transpose(x, [1, 0, 2]), [1, 0, 2]),
    [m],
    ['return arg0'],
    'transpose-transpose',
  );
  rewrites(
    'canonicalize',
    (x) => tj.transpose(tj.transpose(x, [1, 2, 0]), [1, 2, 0]),
    [m],
    ['%0 = transpose(arg0) {perm=[2,0,1]} : f32[4, 2, 3]', 'return %0'],
  );
  rewrites(
    'canonicalize',
    (x) => tj.reshape(tj.reshape(x, [6, 4]), [4, 6]),
    [m],
    ['%0 = reshape(arg0) {shape=[4,6]} : f32[4, 6]', 'return %0'],
    'reshape-reshape',
  );
});

test('canonicalize: sum of a broadcast is a multiplication (+0: a sum of -0 is +0); zeros over no copies', () => {
  rewrites(
    'canonicalize',
    (x) => tj.sum(tj.broadcastTo(x, [5, 3]), 0),
    [v3],
    [
      '%0 = const f32[] {5} : f32[]',
      '%1 = mul(arg0, %0) : f32[3]',
      '%2 = const f32[] {0} : f32[]',
      '%3 = add(%1, %2) : f32[3]',
      'return %3',
    ],
    'sum-of-broadcast',
  );
  rewrites(
    'canonicalize',
    (x) => tj.sum(tj.broadcastTo(x, [5, 3]), 0),
    [tj.ones([3], 'int32')],
    ['%0 = const i32[] {5} : i32[]', '%1 = mul(arg0, %0) : i32[3]', 'return %1'],
    'sum-of-broadcast',
  );
  rewrites(
    'canonicalize',
    (x) => tj.sum(tj.broadcastTo(x, [0, 3]), 0),
    [v3],
    ['%0 = const f32[3] {0, 0, 0} : f32[3]', 'return %0'],
    'sum-of-broadcast',
  );
});

test('canonicalize: add and mul chains collect their constants', () => {
  rewrites(
    'canonicalize',
    (x) => tj.mul(tj.mul(tj.add(tj.add(x, 1), 2), 3), 4),
    [v3],
    [
      '%0 = const f32[] {3} : f32[]',
      '%1 = add(arg0, %0) : f32[3]',
      '%2 = const f32[] {12} : f32[]',
      '%3 = mul(%1, %2) : f32[3]',
      'return %3',
    ],
  );
});

test('stabilize: log(1 + x) -> log1p, exp(x) - 1 -> expm1', () => {
  // The argument gets + 0 (log1p(-0) and expm1(-0) are -0, the naive forms +0), unless it cannot be -0.
  rewrites(
    'stabilize',
    (x) => tj.log(tj.add(1, x)),
    [v3],
    ['%0 = const f32[] {0} : f32[]', '%1 = add(arg0, %0) : f32[3]', '%2 = log1p(%1) : f32[3]', 'return %2'],
    'log1p',
  );
  rewrites(
    'stabilize',
    (x) => tj.log(tj.add(1, tj.abs(x))),
    [v3],
    ['%0 = abs(arg0) : f32[3]', '%1 = log1p(%0) : f32[3]', 'return %1'],
    'log1p',
  );
  rewrites(
    'stabilize',
    (x) => tj.sub(tj.exp(x), 1),
    [v3],
    ['%0 = const f32[] {0} : f32[]', '%1 = add(arg0, %0) : f32[3]', '%2 = expm1(%1) : f32[3]', 'return %2'],
    'expm1',
  );
});

test('stabilize: log(1 + exp x) -> softplus', () => {
  rewrites(
    'stabilize',
    (x) => tj.log(tj.add(1, tj.exp(x))),
    [v3],
    [
      '%0 = const f32[] {0} : f32[]',
      '%1 = maximum(arg0, %0) : f32[3]',
      '%2 = abs(arg0) : f32[3]',
      '%3 = neg(%2) : f32[3]',
      '%4 = exp(%3) : f32[3]',
      '%5 = log1p(%4) : f32[3]',
      '%6 = add(%1, %5) : f32[3]',
      'return %6',
    ],
    'softplus',
  );
});

test('stabilize: log(sigmoid x) and log(1 - sigmoid x) -> -softplus', () => {
  const g1 = traced((x) => tj.log(tj.sigmoid(x)), v3);
  assert.match(
    printGraph(runPhase(g1, phase('stabilize'), [])),
    /neg\(arg0\)[\s\S]*log1p[\s\S]*sub\(%\d+, %\d+\) : f32\[3\]\n {2}return/,
  ); // 0 - softplus(-x)
  const log: { phase: string; fired: string[]; passes: number }[] = [];
  runPhase(
    traced((x) => tj.log(tj.sub(1, tj.sigmoid(x))), v3),
    phase('stabilize'),
    log,
  );
  assert.ok(log[0].fired.includes('log-one-minus-sigmoid'), log[0].fired.join(', '));
});

test('stabilize: log(sum(exp x)) -> logsumexp; log(softmax) -> log-softmax', () => {
  const log: { phase: string; fired: string[]; passes: number }[] = [];
  const g = runPhase(
    traced((x) => tj.log(tj.sum(tj.exp(x))), v3),
    phase('stabilize'),
    log,
  );
  assert.ok(log[0].fired.includes('logsumexp'));
  assert.match(printGraph(g), /reduceMax/);
  const log2: { phase: string; fired: string[]; passes: number }[] = [];
  runPhase(
    traced((x) => tj.log(tj.softmax(x)), v3),
    phase('stabilize'),
    log2,
  );
  assert.ok(log2[0].fired.includes('log-div-exp'));
});

test('stabilize: the gradient of the naive softplus becomes sigmoid', () => {
  rewrites(
    'stabilize',
    (x) => tj.mul(tj.div(1, tj.add(1, tj.exp(x))), tj.exp(x)),
    [v3],
    ['%0 = sigmoid(arg0) : f32[3]', 'return %0'],
    'sigmoid-from-grad',
  );
  rewrites(
    'stabilize',
    (x) => tj.div(tj.exp(x), tj.add(tj.exp(x), 1)),
    [v3],
    ['%0 = sigmoid(arg0) : f32[3]', 'return %0'],
    'sigmoid-from-exp',
  );
});

test('stabilize: the gradient of log(sigmoid) cancels the reciprocal', () => {
  rewrites(
    'stabilize',
    (x) => {
      const s = tj.sigmoid(x);
      return tj.mul(tj.div(1, s), tj.mul(s, tj.sub(1, s)));
    },
    [v3],
    ['%0 = const f32[] {1} : f32[]', '%1 = sigmoid(arg0) : f32[3]', '%2 = sub(%0, %1) : f32[3]', 'return %2'],
    'cancel-reciprocal-sigmoid',
  );
});

test('stabilize: the multiplication canonicalizer cancels factors, distributing when that lets it', () => {
  rewrites(
    'stabilize',
    (x, y) => tj.div(tj.mul(x, y), tj.mul(y, 2)),
    [v3, v3],
    ['%0 = const f32[] {0.5} : f32[]', '%1 = mul(arg0, %0) : f32[3]', 'return %1'],
    'cancel-factors',
  );
  const log: { phase: string; fired: string[]; passes: number }[] = [];
  const g = runPhase(
    traced((x, y, z) => tj.mul(tj.add(tj.div(y, tj.exp(x)), z), tj.exp(x)), v3, v3, v3),
    phase('stabilize'),
    log,
  );
  assert.ok(log[0].fired.includes('distribute-to-cancel'), log[0].fired.join(', '));
  assert.not.match(printGraph(g), /div\(arg1, %\d+\)/); // y / exp(x) is gone: y * exp(x) / exp(x) cancelled
});

test('specialize: pow by small integers, division by a constant', () => {
  rewrites(
    'specialize',
    (x) => tj.pow(x, 3),
    [v3],
    ['%0 = square(arg0) : f32[3]', '%1 = mul(%0, arg0) : f32[3]', 'return %1'],
    'pow-small-integer',
  );
  // pow(x, 0.5) is +0 at -0 and inf at -inf (sqrt: -0 and NaN); not needed where x cannot be -0 or -inf.
  rewrites(
    'specialize',
    (x) => tj.pow(x, 0.5),
    [v3],
    [
      '%0 = const f32[] {-Infinity} : f32[]',
      '%1 = equal(arg0, %0) : bool[3]',
      '%2 = const f32[] {Infinity} : f32[]',
      '%3 = const f32[] {0} : f32[]',
      '%4 = add(arg0, %3) : f32[3]',
      '%5 = sqrt(%4) : f32[3]',
      '%6 = where(%1, %2, %5) : f32[3]',
      'return %6',
    ],
    'pow-small-integer',
  );
  rewrites(
    'specialize',
    (x) => tj.pow(tj.abs(x), 0.5),
    [v3],
    ['%0 = abs(arg0) : f32[3]', '%1 = sqrt(%0) : f32[3]', 'return %1'],
    'pow-small-integer',
  );
  rewrites(
    'specialize',
    (x) => tj.div(x, 4),
    [v3],
    ['%0 = const f32[] {0.25} : f32[]', '%1 = mul(arg0, %0) : f32[3]', 'return %1'],
    'div-by-constant',
  );
});

test('specialize: x*x -> square; matmul + bias -> one linear kernel, only when the product feeds just the add', () => {
  rewrites('specialize', (x) => tj.mul(x, x), [v3], ['%0 = square(arg0) : f32[3]', 'return %0'], 'square');
  rewrites('specialize', (x) => tj.mul(x, x), [tj.ones([3], 'bool')], ['%0 = mul(arg0, arg0) : bool[3]', 'return %0']); // square has no bool
  const m = tj.ones([2, 3]),
    w = tj.ones([3, 4]),
    b = tj.ones([4]);
  rewrites(
    'specialize',
    (a, ww, bb) => tj.add(tj.matmul(a, ww), bb),
    [m, w, b],
    ['%0 = linear(arg0, arg1, arg2) : f32[2, 4]', 'return %0'],
    'matmul-bias',
  );
  rewrites(
    'specialize',
    (a, ww, bb) => {
      const p = tj.matmul(a, ww);
      return tj.mul(tj.add(p, bb), p);
    },
    [m, w, b],
    [
      '%0 = matmul(arg0, arg1) : f32[2, 4]',
      '%1 = add(%0, arg2) : f32[2, 4]',
      '%2 = mul(%1, %0) : f32[2, 4]',
      'return %2',
    ],
  );
});

test('canonicalize: constants move outward through add and mul chains, then collect', () => {
  rewrites(
    'canonicalize',
    (x, y) => tj.add(tj.add(tj.add(x, 1), y), 2),
    [v3, v3],
    ['%0 = add(arg0, arg1) : f32[3]', '%1 = const f32[] {3} : f32[]', '%2 = add(%0, %1) : f32[3]', 'return %2'],
    'add-constants-outward',
  );
});

test('the checker rejects a phase that changes result types; the loop guard stops a cycle', () => {
  const g = traced((x) => tj.exp(x), v3);
  const h = traced((x) => tj.sum(tj.exp(x)), v3);
  assert.throws(
    () => checkSameInterface(g, h, 'bad'),
    /phase bad changed the graph's results from \(f32\[3\]\) to \(f32\[\]\)/,
  );
  const flipFlop: Phase = {
    name: 'flip-flop',
    rules: [
      {
        name: 'exp-to-sin',
        pattern: { op: 'exp', args: [{ any: 'x' }] },
        rewrite: (c, _n, ctx) => ctx.op('sin', [c.x]),
      },
      {
        name: 'sin-to-exp',
        pattern: { op: 'sin', args: [{ any: 'x' }] },
        rewrite: (c, _n, ctx) => ctx.op('exp', [c.x]),
      },
    ],
  };
  assert.throws(() => runPhase(g, flipFlop, []), /did not reach a fixed point/);
});

test('every phase keeps output types on real training graphs; TENSORJIT_DEBUG=3 prints each phase', () => {
  const w = tj.variable(tj.zeros([4, 3])),
    x = tj.ones([5, 4]),
    y = tj.tensor([0, 1, 2, 1, 0], { dtype: 'int32' });
  const g = trace(
    'step',
    () => {
      const [l, [gw]] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(tj.matmul(x, w), y), { wrt: [w] })();
      w.assign(tj.sub(w, tj.mul(gw, 0.1)));
      return l;
    },
    undefined,
    [],
    () => false,
  ).graph;
  const lines: string[] = [];
  const orig = console.error;
  console.error = (s: string) => {
    lines.push(s);
  };
  try {
    runPhases(g, PHASES, 3);
  } finally {
    console.error = orig;
  }
  assert.equal(
    lines.map((l) => /after phase (\S+)/.exec(l)?.[1]),
    PHASES.map((p) => p.name),
  );
});

// End to end: the naive formula overflows eagerly and is exact once compiled.
const J = <F extends (...a: any[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false });
for (const dtype of ['float32', 'float64'] as const) {
  const t = (d: number[]) => tj.tensor(d, { dtype });
  const same = (got: Tensor, want: number[]) => assert.equal(got.toArray(), want);
  test(`stable compiled forms of naive formulas [${dtype}]`, () => {
    const softplus = (v: Tensor) => tj.log(tj.add(1, tj.exp(v)));
    assert.equal(softplus(t([1000])).toArray(), [Infinity]);
    same(J(softplus)(t([1000, -1000])), [1000, 0]);
    const logSoftmax = (v: Tensor) => tj.log(tj.softmax(v));
    assert.equal(logSoftmax(t([1000, 0])).toArray(), [0, -Infinity]);
    same(J(logSoftmax)(t([1000, 0])), [0, -1000]);
    same(J((v: Tensor) => tj.log(tj.sigmoid(v)))(t([-1000])), [-1000]);
    same(J((v: Tensor) => tj.log(tj.sub(1, tj.sigmoid(v))))(t([1000])), [-1000]);
    const lse = J((v: Tensor) => tj.log(tj.sum(tj.exp(v))));
    assert.ok(Math.abs((lse(t([1000, 1000])).item() as number) - (1000 + Math.LN2)) < 1e-3);
    const ce = (z: Tensor) =>
      tj.neg(tj.sum(tj.mul(tj.oneHot(tj.tensor([1], { dtype: 'int32' }), 2), tj.log(tj.softmax(z)))));
    assert.is(ce(tj.tensor([[1000, 0]], { dtype })).item(), Infinity);
    assert.is(J(ce)(tj.tensor([[1000, 0]], { dtype })).item(), 1000);
    const gradSoftplus = tj.grad((v: Tensor) => tj.sum(tj.log(tj.add(1, tj.exp(v)))));
    assert.ok(Number.isNaN((gradSoftplus(t([1000])).toArray() as number[])[0]));
    same(J(gradSoftplus)(t([1000, -1000])), [1, 0]);
    const gradLogSigmoid = tj.grad((v: Tensor) => tj.sum(tj.log(tj.sigmoid(v))));
    assert.ok(Number.isNaN((gradLogSigmoid(t([-1000])).toArray() as number[])[0]));
    same(J(gradLogSigmoid)(t([-1000, 1000])), [1, 0]);
    const gradNaiveCe = tj.grad((z: Tensor) => ce(z));
    assert.ok((gradNaiveCe(tj.tensor([[1000, 0]], { dtype })).toArray() as number[][])[0].some(Number.isNaN));
    same(J(gradNaiveCe)(tj.tensor([[1000, 0]], { dtype })), [[1, -1]] as never);
    const tiny = J((v: Tensor) => tj.sub(tj.exp(v), 1))(t([1e-10]));
    assert.ok(Math.abs((tiny.item() as number) - 1e-10) < 1e-17);
  });
}

test('kernel counts: elementwise chain, logistic-regression step, MLP step', () => {
  const chain = J((a: Tensor, b: Tensor) => {
    const x = tj.add(tj.mul(a, b), 1);
    return tj.mul(tj.tanh(x), tj.exp(tj.neg(tj.mul(x, x))));
  });
  assert.is(chain.lower(v3, v3).kernels, 1);
  const xl = tj.ones([8, 5]),
    yl = tj.ones([8]);
  const wl = tj.variable(tj.zeros([5])),
    bl = tj.variable(tj.zeros([]));
  const logistic = J(() => {
    const [l, [gw, gb]] = tj.valueAndGrad(() => tj.binaryCrossEntropy(tj.sigmoid(tj.add(tj.matmul(xl, wl), bl)), yl), {
      wrt: [wl, bl],
    })();
    wl.assign(tj.sub(wl, tj.mul(gw, 0.1)));
    bl.assign(tj.sub(bl, tj.mul(gb, 0.1)));
    return l;
  });
  const logisticKernels = logistic.lower().kernels;
  const x = tj.ones([4, 6]),
    y = tj.tensor([0, 1, 2, 0], { dtype: 'int32' });
  const ps = [
    tj.variable(tj.zeros([6, 5])),
    tj.variable(tj.zeros([5])),
    tj.variable(tj.zeros([5, 3])),
    tj.variable(tj.zeros([3])),
  ];
  const mlp = J(() => {
    const [l, gs] = tj.valueAndGrad(
      () => tj.softmaxCrossEntropy(tj.add(tj.matmul(tj.relu(tj.add(tj.matmul(x, ps[0]), ps[1])), ps[2]), ps[3]), y),
      { wrt: ps },
    )();
    ps.forEach((p, i) => p.assign(tj.sub(p, tj.mul(gs[i], 0.1))));
    return l;
  });
  const mlpKernels = mlp.lower().kernels;
  // Exact on purpose: a change in fusion should be seen here and in bench/RESULTS.md.
  assert.is(logisticKernels, 10, 'logistic-regression step kernels');
  assert.is(mlpKernels, 35, 'MLP step kernels');
});

test('fusion: a reduction and its elementwise reader form one kernel', () => {
  const f = J((x: Tensor) => tj.mean(tj.square(x), 1)); // square -> sum -> * (1/n)
  const low = f.lower(tj.ones([4, 3]));
  assert.is(low.kernels, 1);
  const got = f(
    tj.tensor([
      [1, 2, 3],
      [0, 0, 3],
    ]),
  ).toArray() as number[];
  [14 / 3, 3].forEach((want, i) => assert.ok(Math.abs(got[i] - want) < 1e-6 * want, `${got[i]} vs ${want}`)); // x/3 became x*(1/3)
});

test('explain() lists the rewrites that fired', () => {
  const e = tj.explain((v: Tensor) => tj.log(tj.add(1, tj.exp(v))), v3);
  assert.ok(e.rewrites.includes('softplus') && e.rewrites.includes('log1p'), e.rewrites.join(', '));
  assert.match(String(e), /rewrites applied: .*softplus/);
});

test.run();
