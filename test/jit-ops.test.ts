// Every public op, and the differentiation API, under jit: each row of the table (test/jit-table.ts)
// runs eagerly, then through tj.jit(fn, { hot: 0, async: false }) (compiled at the first call, JS
// tier), and compares shapes, dtypes and values; f.verify runs both side by side once more, and
// inputs must come back unchanged.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import {
  checkUnchanged,
  compareTensor,
  compareTrees,
  JIT_OPS,
  opsByName as lib,
  rowInputs,
  rows,
  snapshot,
} from './jit-table.js';
import { K, Lcg, makeInputs, type DType, type InputSpec } from './seeded-data.js';

type Tensor = tj.Tensor;

const JIT = { hot: 0, async: false } as const;

/**
 * Runs fn eagerly and compiled on the same arguments and compares; the compiled call must be the
 * JS tier, must not modify the arguments, and verify() must pass. Returns the eager result.
 */
function checkJit<A extends unknown[]>(where: string, fn: (...args: A) => unknown, args: A): unknown {
  const before = snapshot(args);
  const eager = fn(...args);
  checkUnchanged(`${where} (eager)`, args, before);
  const jitted = tj.jit(fn, JIT);
  const out = jitted(...args);
  const st = jitted.stats;
  assert.is(st.graphBreaks, 0, `${where}: graph breaks`);
  assert.is(st.tier, 'js', `${where}: tier of the first call`);
  assert.is(st.compiledCalls, 1, `${where}: compiled calls`);
  compareTrees(where, out, eager);
  checkUnchanged(`${where} (compiled)`, args, before);
  // A second compiled call reuses the program: same values, inputs still intact.
  const again = jitted(...args);
  assert.is(jitted.stats.compiledCalls, 2, `${where}: second call compiled`);
  assert.is(jitted.stats.traces, 1, `${where}: traced once`);
  compareTrees(`${where} (second call)`, again, eager);
  // The first output must not have been overwritten by the second call.
  compareTrees(`${where} (first result after the second call)`, out, eager);
  jitted.verify(...args);
  checkUnchanged(`${where} (verify)`, args, before);
  return eager;
}

// ---------------------------------------------------------------------------------------------
// Coverage: every op named in API.md "Operations" (plus astype) has a row.

test('the jit table has a row for every op of API.md', () => {
  const covered = new Set(rows.map((r) => r.op));
  const missing = JIT_OPS.filter((op) => !covered.has(op));
  assert.equal(missing, [], `ops without a jit row: ${missing.join(', ')}`);
  const unknown = [...covered].filter((op) => op !== 'chain' && !JIT_OPS.includes(op));
  assert.equal(unknown, [], `rows for ops not in the list: ${unknown.join(', ')}`);
  const notExported = JIT_OPS.filter((op) => op !== 'T' && typeof lib[op] !== 'function');
  assert.equal(notExported, [], `not exported as functions: ${notExported.join(', ')}`);
  assert.ok(
    rows.some((r) => r.op === 'chain'),
    'multi-op chains are present',
  );
});

rows.forEach((row, index) => {
  for (const dtype of row.dtypes) {
    const name = `jit: ${row.label ?? row.op} [${dtype}]`;
    test(name, () => {
      const xs = rowInputs(index, dtype);
      checkJit(name, (...a: Tensor[]) => row.run(...a), xs);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Random op graphs: seeded mixes of fused elementwise ops, broadcasting, reductions, reshapes and
// data movement with several outputs, which exercise loop fusion and buffer reuse.

function randomGraph(seed: number, dtype: DType): (...xs: Tensor[]) => Tensor[] {
  return (...xs: Tensor[]) => {
    const r = new Lcg(seed);
    const pick = <T>(a: readonly T[]): T => a[r.int(0, a.length - 1)];
    const [rows, cols] = xs[0].shape;
    const pool: Tensor[] = [...xs];
    const full = () => pool.filter((t) => t.ndim === 2 && t.shape[0] === rows && t.shape[1] === cols);
    const float = dtype !== 'int32';
    const unary: ((t: Tensor) => Tensor)[] = float
      ? [
          tj.neg,
          tj.abs,
          tj.sin,
          tj.tanh,
          tj.square,
          tj.relu,
          tj.sigmoid,
          (t) => tj.exp(tj.tanh(t)),
          (t) => tj.mul(t, 0.5),
          (t) => tj.add(t, 1),
        ]
      : [tj.neg, tj.abs, tj.square, tj.relu, tj.sign, (t) => tj.mul(t, 3), (t) => tj.add(t, -2)];
    const binary: ((a: Tensor, b: Tensor) => Tensor)[] = [
      tj.add,
      tj.sub,
      tj.mul,
      tj.maximum,
      tj.minimum,
      (a, b) => tj.where(tj.greater(a, b), a, b),
    ];
    const steps = r.int(4, 14);
    for (let s = 0; s < steps; s++) {
      const k = r.int(0, 11);
      const t = pick(pool);
      let out: Tensor;
      if (k <= 2) out = pick(unary)(t);
      else if (k <= 5) out = pick(binary)(t, pick(pool));
      else if (k === 6) {
        const f = pick(full());
        out = pick([
          () => tj.sum(f, 0, true),
          () => tj.sum(f, 1, true),
          () => tj.max(f, 1, true),
          () => tj.sum(f, 0),
          () => tj.sum(f),
        ])();
      } else if (k === 7) {
        const f = pick(full());
        out = pick([
          () => tj.reshape(tj.flatten(f), [rows, cols]),
          () => tj.flip(f, 1),
          () => tj.slice(f, [null, null], [null, null], [-1, 1]),
          () => tj.transpose(tj.transpose(f)),
        ])();
      } else if (k === 8) {
        const f = pick(full());
        const [a, b] = tj.split(tj.concat([f, pick(full())], 0), 2, 0);
        out = tj.add(a, tj.mul(b, 2));
      } else if (k === 10) {
        const f = pick(full());
        out = pick([
          () =>
            tj.slice(
              tj.pad(
                f,
                [
                  [1, 2],
                  [2, 0],
                ],
                1,
              ),
              [1, 2],
              [1 + rows, 2 + cols],
            ),
          () => tj.take(f, tj.tensor(Int32Array.from({ length: cols }, (_, i) => cols - 1 - i)), 1),
          () => tj.astype(tj.astype(f, 'int32'), dtype === 'int32' ? 'int32' : 'float64'),
          () => tj.astype(tj.greater(f, 0), f.dtype),
        ])();
        if (out.dtype !== f.dtype) out = tj.astype(out, f.dtype);
      } else {
        const f = pick(full());
        out = tj.matmul(f, tj.transpose(pick(full())));
        out = tj.slice(out, [0, 0], [rows, Math.min(rows, cols)]);
        if (out.shape[1] !== cols) out = tj.add(tj.sum(out, 1, true), tj.zerosLike(f));
      }
      pool.push(out);
    }
    const outs = pool.slice(xs.length).filter(() => r.next() < 0.4);
    outs.push(pool[pool.length - 1]);
    if (r.next() < 0.2) outs.push(xs[0]);
    return outs;
  };
}

for (let g = 0; g < 150; g++) {
  const dtype = (['float32', 'float64', 'int32'] as const)[g % 3];
  test(`jit: random op graph #${g} [${dtype}]`, () => {
    const rng = new Lcg(1000 + g);
    const rows = rng.int(1, 5),
      cols = rng.int(1, 5);
    const specs: InputSpec[] = [
      { shape: [rows, cols], kind: K.any },
      { shape: [rows, cols], kind: K.any },
      { shape: [1, cols], kind: K.any },
      { shape: [rows, 1], kind: K.any },
      { shape: [], kind: K.any },
      { shape: [cols], kind: K.any },
    ];
    const xs = makeInputs(specs, dtype, 2000 + g);
    checkJit(`random graph #${g} [${dtype}]`, randomGraph(3000 + g, dtype), xs);
  });
}

// ---------------------------------------------------------------------------------------------
// The differentiation API under jit, both directions

type FDType = 'float32' | 'float64';
const FD: FDType[] = ['float32', 'float64'];

function floats(dtype: FDType, shape: number[], seed: number, lo = -1, hi = 1): Tensor {
  return makeInputs([{ shape, kind: (r) => r.uniform(lo, hi) }], dtype, seed)[0];
}
function labels(shape: number[], classes: number, seed: number): Tensor {
  return makeInputs([{ shape, kind: K.index(0, classes - 1), dtype: 'int32' }], 'int32', seed)[0];
}

const mlpLoss = (w: Tensor, b: Tensor, x: Tensor, y: Tensor) =>
  tj.softmaxCrossEntropy(tj.relu(tj.add(tj.matmul(x, w), b)), y);
const logregLoss = (w: Tensor, b: Tensor, x: Tensor, y: Tensor) =>
  tj.binaryCrossEntropy(tj.sigmoid(tj.add(tj.matmul(x, w), b)), y);
const treeLoss = (p: { w: Tensor; b: Tensor }, x: Tensor, y: Tensor) =>
  tj.mean(tj.square(tj.sub(tj.tanh(tj.add(tj.matmul(x, p.w), p.b)), y)));

for (const dt of FD) {
  const W = floats(dt, [4, 3], 11),
    B = floats(dt, [3], 12),
    X = floats(dt, [6, 4], 13, -2, 2),
    Y = labels([6], 3, 14);
  const w1 = floats(dt, [4], 21),
    b1 = floats(dt, [], 22),
    y01 = makeInputs([{ shape: [6], kind: K.zeroOne }], dt, 23)[0];

  test(`jit(grad(f)): MLP relu(x@W+b) + softmaxCrossEntropy, argnums [0, 1] [${dt}]`, () => {
    const g = checkJit('jit(grad(mlp))', tj.grad(mlpLoss, { argnums: [0, 1] }), [W, B, X, Y]) as Tensor[];
    assert.equal(g[0].shape, [4, 3]);
    assert.equal(g[1].shape, [3]);
    assert.is(g[0].dtype, dt);
  });

  test(`jit(valueAndGrad(f)): logistic regression sigmoid + binaryCrossEntropy [${dt}]`, () => {
    const [v, gs] = checkJit('jit(valueAndGrad(logreg))', tj.valueAndGrad(logregLoss, { argnums: [0, 1] }), [
      w1,
      b1,
      X,
      y01,
    ]) as [Tensor, Tensor[]];
    assert.equal(v.shape, []);
    assert.equal(
      gs.map((t) => t.shape),
      [[4], []],
    );
  });

  test(`jit(grad(f)) of a default argnum, a scalar cubic [${dt}]`, () => {
    checkJit(
      'jit(grad(cubic))',
      tj.grad((x: Tensor) => tj.sum(tj.mul(x, tj.mul(x, x)))),
      [floats(dt, [5], 31)],
    );
    checkJit('jit(grad(grad(scalar)))', tj.grad(tj.grad((x: Tensor) => tj.sum(tj.sin(tj.mul(x, x))))), [
      floats(dt, [], 32),
    ]);
  });

  test(`jit(grad(f)) with a tree argument {w, b} and argnums [${dt}]`, () => {
    const p = { w: floats(dt, [4, 2], 41), b: floats(dt, [2], 42) },
      x = floats(dt, [5, 4], 43),
      y = floats(dt, [5, 2], 44);
    const g = checkJit('jit(grad(tree))', tj.grad(treeLoss), [p, x, y]) as { w: Tensor; b: Tensor };
    assert.equal(Object.keys(g).sort(), ['b', 'w']);
    const both = checkJit('jit(grad(tree, argnums [0, 1]))', tj.grad(treeLoss, { argnums: [0, 1] }), [p, x, y]) as [
      { w: Tensor; b: Tensor },
      Tensor,
    ];
    assert.equal(both[1].shape, [5, 4]);
    checkJit('jit(valueAndGrad(tree, argnums 0))', tj.valueAndGrad(treeLoss, { argnums: 0 }), [p, x, y]);
    // A tree holding an array of tensors and an int32 leaf (zero gradient).
    const h = (q: { ws: Tensor[]; k: Tensor }, xx: Tensor) =>
      tj.sum(tj.mul(tj.matmul(xx, q.ws[0]), tj.add(q.ws[1], tj.astype(q.k, q.ws[1].dtype))));
    const q = { ws: [floats(dt, [4, 2], 45), floats(dt, [2], 46)], k: tj.tensor(new Int32Array([1, -2])) };
    checkJit('jit(grad(array tree with an int leaf))', tj.grad(h), [q, x]);
  });

  test(`grad and valueAndGrad called inside a jitted function [${dt}]`, () => {
    const step = (w: Tensor, b: Tensor, x: Tensor, y: Tensor) => {
      const [gw, gb] = tj.grad(mlpLoss, { argnums: [0, 1] })(w, b, x, y) as Tensor[];
      return { w: tj.sub(w, tj.mul(gw, 0.1)), b: tj.sub(b, tj.mul(gb, 0.1)) };
    };
    checkJit('jit(step with grad inside)', step, [W, B, X, Y]);
    const step2 = (w: Tensor, b: Tensor, x: Tensor, y: Tensor) => {
      const [loss, [gw, gb]] = tj.valueAndGrad(logregLoss, { argnums: [0, 1] })(w, b, x, y) as [Tensor, Tensor[]];
      return [loss, tj.sum(tj.square(gw)), gb, tj.mul(loss, 2)];
    };
    checkJit('jit(step with valueAndGrad inside)', step2, [w1, b1, X, y01]);
  });

  test(`valueAndGrad with wrt: [variables] inside jit, with assign [${dt}]`, () => {
    const mk = () => ({ w: tj.variable(W), b: tj.variable(B) });
    const make = (v: { w: tj.Variable; b: tj.Variable }) => (x: Tensor, y: Tensor) => {
      const [loss, [gw, gb]] = tj.valueAndGrad(() => mlpLoss(v.w, v.b, x, y), { wrt: [v.w, v.b] })() as [
        Tensor,
        Tensor[],
      ];
      v.w.assign(tj.sub(v.w, tj.mul(gw, 0.5)));
      v.b.assign(tj.sub(v.b, tj.mul(gb, 0.5)));
      return [loss, gw, gb];
    };
    const ve = mk(),
      vc = mk();
    const eagerStep = make(ve),
      jitted = tj.jit(make(vc), JIT);
    const before = snapshot([X, Y]);
    for (let i = 0; i < 3; i++) {
      const want = eagerStep(X, Y);
      const got = jitted(X, Y);
      assert.is(jitted.stats.tier, 'js', 'compiled');
      compareTrees(`step ${i}`, got, want);
      compareTensor(`step ${i}: w after`, vc.w, ve.w);
      compareTensor(`step ${i}: b after`, vc.b, ve.b);
    }
    assert.is(jitted.stats.compiledCalls, 3);
    assert.is(jitted.stats.traces, 1);
    checkUnchanged('wrt step', [X, Y], before);
    // The initial tensors the Variables were made from are not modified either.
    compareTensor('W is intact', W, floats(dt, [4, 3], 11));
    compareTensor('B is intact', B, floats(dt, [3], 12));
    // And a wrt gradient without assign, checked with verify.
    const v = mk();
    checkJit(
      'jit(valueAndGrad wrt, no assign)',
      (x: Tensor, y: Tensor) => tj.valueAndGrad(() => mlpLoss(v.w, v.b, x, y), { wrt: [v.w, v.b] })(),
      [X, Y],
    );
  });

  test(`vjp and its pullback inside a jitted function [${dt}]`, () => {
    const g = (x: Tensor, w: Tensor) => tj.tanh(tj.matmul(x, w));
    const f = (x: Tensor, w: Tensor, ct: Tensor) => {
      const [out, pullback] = tj.vjp(g, x, w);
      const [gx, gw] = pullback(ct) as Tensor[];
      return [out, gx, gw, pullback(tj.mul(ct, 2))[1]];
    };
    checkJit('jit(vjp)', f, [floats(dt, [3, 4], 51), floats(dt, [4, 2], 52), floats(dt, [3, 2], 53)]);
  });

  test(`jvp inside a jitted function, and jvp of grad (Hessian-vector product) [${dt}]`, () => {
    const g = (x: Tensor) => tj.mul(tj.exp(tj.mul(x, 0.5)), tj.sum(tj.sin(x)));
    checkJit('jit(jvp)', (x: Tensor, t: Tensor) => tj.jvp(g, [x], [t]), [floats(dt, [4], 61), floats(dt, [4], 62)]);
    const cube = (x: Tensor) => tj.sum(tj.mul(x, tj.mul(x, x)));
    checkJit('jit(jvp(grad))', (x: Tensor, t: Tensor) => tj.jvp(tj.grad(cube), [x], [t])[1], [
      floats(dt, [3], 63),
      floats(dt, [3], 64),
    ]);
  });

  test(`jit(hessian(f)) of a small cubic [${dt}]`, () => {
    const cubic = (x: Tensor) =>
      tj.add(tj.sum(tj.mul(x, tj.mul(x, x))), tj.mul(tj.sum(tj.mul(tj.slice(x, [0], [2]), tj.slice(x, [1], [3]))), 3));
    const h = checkJit('jit(hessian(cubic))', tj.hessian(cubic), [floats(dt, [3], 71)]) as Tensor;
    assert.equal(h.shape, [3, 3]);
  });

  test(`jit(jacobian(f)) of a vector function [${dt}]`, () => {
    const f = (x: Tensor) => tj.mul(tj.exp(x), tj.reshape(tj.sum(x), [1]));
    checkJit('jit(jacobian)', tj.jacobian(f), [floats(dt, [3], 81)]);
  });
}

test('softmaxCrossEntropy with out-of-range labels throws under jit as it does eagerly', () => {
  const f = (z: Tensor, l: Tensor) => tj.softmaxCrossEntropy(z, l);
  const z = tj.tensor([
      [1, 2, 3],
      [0, 1, 0],
    ]),
    bad = tj.tensor(new Int32Array([0, 5]));
  assert.throws(() => f(z, bad), /label 5 is out of range for 3 classes/);
  const jitted = tj.jit(f, JIT);
  assert.throws(
    () => jitted(z, bad),
    /label 5 is out of range for 3 classes/,
    'the compiled call must not return a loss for an invalid label',
  );
});

test('grad, vjp and jvp of a jitted function give the same results as of the plain function', () => {
  const f = (x: Tensor) => tj.sum(tj.mul(tj.sin(x), x));
  const g = (x: Tensor) => tj.exp(tj.mul(x, 0.5));
  const failures: string[] = [];
  for (const dt of FD) {
    const x = floats(dt, [4], 91),
      t = floats(dt, [4], 92);
    const jf = tj.jit(f, JIT),
      jg = tj.jit(g, JIT);
    const checks: [string, () => void][] = [
      [`grad(jit(f)) [${dt}]`, () => compareTensor(`grad(jit(f)) [${dt}]`, tj.grad(jf)(x), tj.grad(f)(x))],
      [
        `valueAndGrad(jit(f)) [${dt}]`,
        () => compareTrees(`valueAndGrad(jit(f)) [${dt}]`, tj.valueAndGrad(jf)(x), tj.valueAndGrad(f)(x)),
      ],
      [
        `vjp(jit(g)) [${dt}]`,
        () => compareTrees(`vjp(jit(g)) pullback [${dt}]`, tj.vjp(jg, x)[1](t), tj.vjp(g, x)[1](t)),
      ],
      [`jvp(jit(g)) [${dt}]`, () => compareTrees(`jvp(jit(g)) [${dt}]`, tj.jvp(jg, [x], [t]), tj.jvp(g, [x], [t]))],
    ];
    for (const [what, check] of checks) {
      try {
        check();
      } catch (e) {
        failures.push(`${what}: ${(e as Error).message}`);
      }
    }
  }
  assert.equal(failures, [], failures.join('\n'));
});

test.run();
