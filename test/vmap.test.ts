// vmap: every primitive's batching rule against a loop of the unbatched op stacked, in-axes and
// out-axes variants, nested vmap, composition with grad, jvp, jit, scan, cond and whileLoop, and
// the errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { primitiveNames, type Params, type Prim } from '../runtime/primitives/index.js';
import { bind } from '../src/dispatch.js';
import * as tj from '../src/index.js';
import { batchRules } from '../src/vmap/rules.js';
import { Lcg } from './seeded-data.js';

type Tensor = tj.Tensor;
type DType = Tensor['dtype'];
const B = 3;

// ---------------------------------------------------------------------------------------------
// Helpers

/** Close (NaN equals NaN), same shape and dtype. */
function close(got: Tensor, want: Tensor, where: string, tol = 1e-5): void {
  assert.equal(got.shape, want.shape, `${where}: shape`);
  assert.is(got.dtype, want.dtype, `${where}: dtype`);
  const g = got.data(),
    w = want.data();
  for (let i = 0; i < w.length; i++) {
    const a = g[i],
      b = w[i];
    const ok = Number.isNaN(b) ? Number.isNaN(a) : a === b || Math.abs(a - b) <= tol * (1 + Math.abs(b));
    if (!ok) assert.unreachable(`${where}: element ${i} is ${a}, expected ${b}`);
  }
}

/** Row b of x along axis a. */
const row = (x: Tensor, a: number, b: number) => tj.take(x, tj.tensor(b, { dtype: 'int32' }), a);

/** What vmap(f, inAxes) should give: f on every row (unmapped arguments whole), stacked on axis `out`. */
function loop(f: (...xs: Tensor[]) => Tensor, xs: Tensor[], axes: (number | null)[], out = 0): Tensor {
  const rows = Array.from({ length: B }, (_, b) =>
    f(...xs.map((x, i) => (axes[i] === null ? x : row(x, axes[i]!, b)))),
  );
  return tj.stack(rows, out);
}

interface Spec {
  shape: number[];
  dtype?: DType;
  /** A value from the generator (default uniform in [0.5, 2)). */
  gen?: (r: Lcg) => number;
}
const f32 = (...shape: number[]): Spec => ({ shape });
const ints = (lo: number, hi: number, ...shape: number[]): Spec => ({
  shape,
  dtype: 'int32',
  gen: (r) => r.int(lo, hi),
});
const bools = (...shape: number[]): Spec => ({ shape, dtype: 'bool', gen: (r) => r.int(0, 1) });
const signed = (...shape: number[]): Spec => ({ shape, gen: (r) => r.uniform(-2, 2) });

/** A batch of B rows of `s`, stacked along axis `a` (of the batched value). */
function batchOf(s: Spec, r: Lcg, a: number): Tensor {
  const n = s.shape.reduce((p, q) => p * q, 1);
  const rows = Array.from({ length: B }, () =>
    tj
      .tensor(
        Array.from({ length: n }, () => (s.gen ?? ((q: Lcg) => q.uniform(0.5, 2)))(r)),
        {
          dtype: s.dtype ?? 'float32',
        },
      )
      .reshape(s.shape),
  );
  return tj.stack(rows, a < 0 ? a + s.shape.length + 1 : a);
}

// ---------------------------------------------------------------------------------------------
// The primitive table: one case (or more) per primitive, each an op on per-row inputs.

interface Case {
  inputs: Spec[];
  params: unknown;
}
const cases: Partial<Record<Prim, Case[]>> = {};
const add = <P extends Prim>(p: P, inputs: Spec[], params: Params[P]) =>
  (cases[p] ??= [] as Case[]).push({ inputs, params: params as unknown });

const UNARY_FLOAT = ['neg', 'abs', 'sign', 'exp', 'expm1', 'log', 'log1p', 'sqrt', 'rsqrt', 'sin', 'cos', 'tan'];
for (const p of [...UNARY_FLOAT, 'tanh', 'sigmoid', 'erf', 'floor', 'ceil', 'round', 'isnan', 'isfinite', 'square'])
  add(p as 'neg', [f32(2, 3)], {});
add('logicalNot', [bools(2, 3)], {});
add('cast', [signed(2, 3)], { dtype: 'int32' });
add('cast', [ints(-3, 3, 4)], { dtype: 'float64' });
for (const p of ['add', 'sub', 'mul', 'div', 'pow', 'maximum', 'minimum', 'mod']) {
  add(p as 'add', [f32(2, 3), f32(3)], {});
  add(p as 'add', [f32(), f32(2, 1)], {});
}
for (const p of ['equal', 'notEqual', 'less', 'lessEqual', 'greater', 'greaterEqual'])
  add(p as 'less', [ints(0, 2, 2, 3), ints(0, 2, 3)], {});
for (const p of ['logicalAnd', 'logicalOr']) add(p as 'logicalAnd', [bools(2, 3), bools(2, 1)], {});
add('where', [bools(2, 1), f32(3), f32(2, 3)], {});
add('where', [bools(), f32(2), f32()], {});
for (const p of ['reduceSum', 'reduceProd', 'reduceMax', 'reduceMin']) {
  add(p as 'reduceSum', [f32(2, 3, 4)], { axes: [0, 2] });
  add(p as 'reduceSum', [f32(3)], { axes: [0] });
}
add('argmax', [ints(0, 3, 2, 4)], { axis: 1 });
add('argmin', [ints(0, 3, 2, 4)], { axis: 0 });
add('reshape', [f32(2, 3)], { shape: [3, 1, 2] });
add('broadcastTo', [f32(3, 1)], { shape: [2, 3, 4] });
add('transpose', [f32(2, 3, 4)], { perm: [2, 0, 1] });
add('slice', [f32(5, 4)], { starts: [1, 3], steps: [2, -1], shape: [2, 3] });
add('concat', [f32(2, 3), f32(1, 3)], { axis: 0 });
add('concat', [f32(2, 3), f32(2, 1), f32(2, 2)], { axis: 1 });
add('pad', [f32(2, 3)], {
  pads: [
    [1, 0],
    [0, 2],
  ],
  value: 7,
});
add('gather', [f32(4, 3), ints(-4, 3, 2, 2)], { axis: 0 });
add('gather', [f32(2, 4, 3), ints(-4, 3, 5)], { axis: 1 });
add('matmul', [f32(2, 3), f32(3, 4)], {});
add('matmul', [f32(2, 2, 3), f32(3, 4)], {});
add('linear', [f32(2, 3), f32(3, 4), f32(4)], {});
const convP = { stride: [1, 2], padding: [1, 0, 1, 1], dilation: [1, 1], groups: 2 } as const;
add('conv2d', [f32(2, 4, 5, 5), f32(6, 2, 3, 3)], convP);
add('conv2d', [f32(1, 1, 6, 6), f32(2, 1, 2, 2)], {
  stride: [2, 1],
  padding: [0, 0, 0, 0],
  dilation: [2, 1],
  groups: 1,
});
const poolP = { kernel: [2, 2], stride: [2, 2], padding: [0, 1, 0, 1] } as const;
add('maxPool2d', [signed(1, 2, 5, 5)], poolP);
add('avgPool2d', [signed(2, 2, 4, 4)], { kernel: [3, 2], stride: [1, 2], padding: [1, 1, 0, 0] });
add('maxPool2dGrad', [ints(0, 2, 1, 2, 4, 4), f32(1, 2, 2, 2)], {
  kernel: [2, 2],
  stride: [2, 2],
  padding: [0, 0, 0, 0],
});
add('stopGradient', [f32(2, 3)], {});
add('checkIndex', [ints(0, 4, 2, 3)], { bound: 5, op: 'take', what: 'index' });
add('cumsum', [f32(3, 4)], { axis: 1 });
add('cumprod', [f32(3, 4)], { axis: 0 });
add('argsort', [ints(0, 3, 3, 4)], { axis: 0, descending: true });
add('argsort', [ints(0, 3, 5)], { axis: 0, descending: false });
add('scatter', [f32(4, 3), ints(-4, 3, 2), f32(2, 3)], { axis: 0 });
add('scatterAdd', [f32(4, 3), ints(-4, 3, 2, 2), f32(2, 2, 3)], { axis: 0 });
add('scatterAdd', [f32(3, 4), ints(0, 3, 2), f32(3, 2)], { axis: 1 });
add('svd', [signed(3, 2)], { part: 's' });
add('svd', [signed(2, 3)], { part: 'u' });
add('svd', [signed(2, 2, 3)], { part: 'vt' });
add('allReduce', [f32(2, 3)], { op: 'sum' });
add('broadcast', [f32(2, 3)], { root: 0 });
// Draws read the generator state, never mapped: tested below.
const RANDOM: Prim[] = ['randomUniform', 'randomNormal'];

// maxPool2dGrad's x is int-valued (ties), but its dtype must be float.
cases.maxPool2dGrad![0].inputs[0] = { shape: [1, 2, 4, 4], gen: (r) => r.int(0, 2) };

test('every primitive has a batching rule and a case in this table', () => {
  const ruled = Object.keys(batchRules).sort();
  assert.equal(ruled, [...primitiveNames].sort(), 'the rule table covers exactly the primitives');
  const missing = primitiveNames.filter((p) => !cases[p] && !RANDOM.includes(p));
  assert.equal(missing, [], `primitives without a vmap case: ${missing.join(', ')}`);
});

/** The in-axes variants of a case: all on axis 0, all on the last axis, each input unmapped in turn. */
function variants(n: number): (number | null)[][] {
  const out: (number | null)[][] = [Array<number>(n).fill(0), Array<number>(n).fill(-1)];
  if (n > 1) for (let i = 0; i < n; i++) out.push(Array.from({ length: n }, (_, j) => (j === i ? null : 0)));
  return out;
}

let seed = 1;
for (const [prim, cs] of Object.entries(cases) as [Prim, Case[]][]) {
  cs.forEach((c, k) => {
    const name = `${prim}${cs.length > 1 ? ` #${k}` : ''}`;
    const s = seed++;
    test(`vmap of ${name} matches a loop of it`, () => {
      const f = (...xs: Tensor[]) => bind(prim, xs, c.params as never);
      for (const axes of variants(c.inputs.length)) {
        const r = new Lcg(s * 7919);
        const xs = c.inputs.map((spec, i) =>
          axes[i] === null ? batchOf(spec, r, 0).take(tj.tensor(0, { dtype: 'int32' }), 0) : batchOf(spec, r, axes[i]!),
        );
        const pos = axes.map((a, i) => (a === null ? null : a < 0 ? a + xs[i].ndim : a));
        let want: Tensor | undefined, err: unknown;
        try {
          want = loop(f, xs, pos);
        } catch (e) {
          err = e;
        }
        if (err !== undefined) {
          // An op that cannot run here (a collective without a process group) fails the same way.
          assert.throws(
            () => tj.vmap(f, { inAxes: axes })(...xs),
            (e: Error) => e.message === (err as Error).message,
          );
          continue;
        }
        close(tj.vmap(f, { inAxes: axes })(...xs), want!, `${name} inAxes ${JSON.stringify(axes)}`);
        if (axes.every((a) => a === 0)) {
          const j = tj.jit(tj.vmap(f, { inAxes: axes }), { backend: 'js', hot: 0, async: false });
          close(j(...xs), want!, `${name} under jit (js)`);
        }
      }
    });
  });
}

test('random draws inside vmap are drawn once and shared by every row; a mapped state throws', () => {
  tj.seed(3);
  const out = tj.vmap((x: Tensor) => tj.add(x, tj.rand([2])))(tj.zeros([B, 2]));
  close(out, tj.broadcastTo(out.take(tj.tensor(0, { dtype: 'int32' }), 0), [B, 2]), 'shared draws');
  tj.seed(3);
  close(out.take(tj.tensor(1, { dtype: 'int32' }), 0), tj.rand([2]), 'the same draw as outside');
  const states = tj.tensor(
    [
      [1, 2, 0],
      [3, 4, 0],
      [5, 6, 0],
    ],
    { dtype: 'int32' },
  );
  for (const p of RANDOM)
    assert.throws(
      () => tj.vmap((s: Tensor) => bind(p, [s], { shape: [2], dtype: 'float32' }))(states),
      /mapped generator state is not supported/,
    );
});

test('take with indices out of range inside vmap throws as take does', () => {
  const x = tj.ones([B, 4]),
    idx = tj.tensor([[0], [4], [1]], { dtype: 'int32' });
  assert.throws(() => tj.vmap((a: Tensor, i: Tensor) => tj.take(a, i))(x, idx), /take: index 4 is out of range/);
});

// ---------------------------------------------------------------------------------------------
// In-axes and out-axes

const X = tj.tensor([
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
]);
const V = tj.tensor([1, -1, 2]);
const dot = (a: Tensor, b: Tensor) => tj.sum(tj.mul(a, b));

test('inAxes: a number for every argument, null, an array, negative axes, trees', () => {
  close(tj.vmap(dot)(X, X), tj.tensor([14, 77, 194]), 'default 0');
  close(tj.vmap(dot, { inAxes: 1 })(X, X), tj.tensor([66, 93, 126]), 'axis 1 for both');
  close(tj.vmap(dot, { inAxes: -1 })(X, X), tj.tensor([66, 93, 126]), 'axis -1');
  close(tj.vmap(dot, { inAxes: [0, null] })(X, V), tj.tensor([5, 11, 17]), 'second unmapped');
  close(tj.vmap(dot, { inAxes: [null, 1] })(V, X), tj.tensor([11, 13, 15]), 'first unmapped, second on axis 1');
  const tree = (p: { w: Tensor; b: Tensor[] }, x: Tensor) => tj.add(dot(p.w, x), tj.add(p.b[0], p.b[1]));
  const out = tj.vmap(tree, { inAxes: [0, null] })({ w: X, b: [tj.tensor([1, 2, 3]), tj.tensor([10, 20, 30])] }, V);
  close(out, tj.tensor([16, 33, 50]), 'a tree argument: the axis applies to every leaf');
  // Non-tensor arguments pass through.
  close(tj.vmap((x: Tensor, k: number) => tj.mul(x, k))(V, 3), tj.tensor([3, -3, 6]), 'a JS number argument');
});

test('outAxes: a number, negative, one per result leaf, null for an unmapped result; unmapped results repeat', () => {
  const f = (x: Tensor) => tj.mul(x, 2);
  close(tj.vmap(f, { outAxes: 1 })(X), tj.transpose(tj.mul(X, 2)), 'outAxes 1');
  close(tj.vmap(f, { outAxes: -1 })(X), tj.transpose(tj.mul(X, 2)), 'outAxes -1');
  const g = (x: Tensor) => ({ s: tj.sum(x), t: x, c: tj.tensor([1, 2]) });
  const r = tj.vmap(g, { outAxes: [null, 0, 1] })(X) as { s: Tensor; t: Tensor; c: Tensor };
  // leaves in key order: c, s, t
  close(r.c, tj.tensor([1, 2]), 'null: the unmapped leaf as it is');
  close(r.s, tj.tensor([6, 15, 24]), 'mapped on 0');
  close(r.t, tj.transpose(X), 'mapped on 1');
  close(
    tj.vmap((_x: Tensor) => tj.tensor([1, 2]), { outAxes: 1 })(X),
    tj.tensor([
      [1, 1, 1],
      [2, 2, 2],
    ]),
    'an unmapped result repeated along the out axis',
  );
});

// ---------------------------------------------------------------------------------------------
// Nesting and composition

test('nested vmap: vmap of vmap, the inner one closing over the outer tracers', () => {
  const r = new Lcg(5);
  const a = batchOf(f32(4, 2), r, 0),
    b = batchOf(f32(4, 2), r, 0); // [3, 4, 2]
  const want = tj.sum(tj.mul(a, b), -1);
  close(tj.vmap(tj.vmap(dot))(a, b), want, 'vmap(vmap(dot))');
  close(tj.vmap(tj.vmap(dot), { inAxes: [0, 0] })(a, b), want, 'explicit axes');
  // Inner over axis 1 of a row-of-the-outer: matrices [4, 2] per outer row, mapped on their axis 1.
  const inner = (m: Tensor, w: Tensor) => tj.vmap((col: Tensor) => dot(col, w), { inAxes: 1 })(m);
  const got = tj.vmap(inner, { inAxes: [0, null] })(a, tj.tensor([1, 2, 3, 4]));
  close(
    got,
    tj.sum(tj.mul(a, tj.tensor([1, 2, 3, 4]).reshape([1, 4, 1])), 1),
    'inner inAxes 1, outer weights unmapped',
  );
  const closing = (x: Tensor) => tj.vmap((y: Tensor) => tj.mul(x, y))(tj.tensor([1, 10]));
  close(
    tj.vmap(closing)(V),
    tj.tensor([
      [1, 10],
      [-1, -10],
      [2, 20],
    ]),
    'the inner function closes over x',
  );
});

const W = tj.tensor([0.5, -1, 2]);
const loss = (w: Tensor, x: Tensor) => tj.sum(tj.square(tj.tanh(tj.mul(w, x))));

test('vmap of grad gives per-example gradients', () => {
  const perEx = tj.vmap(tj.grad(loss), { inAxes: [null, 0] })(W, X);
  close(
    perEx,
    loop((x) => tj.grad(loss)(W, x), [X], [0]),
    'per-example grads',
  );
  const both = tj.vmap(tj.grad(loss, { argnums: [0, 1] }), { inAxes: [null, 0] })(W, X) as Tensor[];
  close(
    both[1],
    loop((x) => tj.grad(loss, { argnums: 1 })(W, x), [X], [0]),
    'the grads of x',
  );
});

test('grad of vmap, jvp of vmap, vmap of jvp', () => {
  const total = (w: Tensor) => tj.sum(tj.vmap(loss, { inAxes: [null, 0] })(w, X));
  const want = [0, 1, 2].map((i) => tj.grad(loss)(W, row(X, 0, i))).reduce((p, q) => tj.add(p, q));
  close(tj.grad(total)(W), want, 'grad of a sum over vmap');
  const f = tj.vmap((x: Tensor) => tj.mul(tj.sin(x), tj.sum(x)));
  const [out, tan] = tj.jvp(f, [X], [tj.onesLike(X)]) as [Tensor, Tensor];
  const rows = [0, 1, 2].map((i) =>
    tj.jvp((x: Tensor) => tj.mul(tj.sin(x), tj.sum(x)), [row(X, 0, i)], [tj.ones([3])]),
  ) as [Tensor, Tensor][];
  close(out, tj.stack(rows.map((r) => r[0])), 'jvp of vmap: primal');
  close(tan, tj.stack(rows.map((r) => r[1])), 'jvp of vmap: tangent');
  const jv = tj.vmap((x: Tensor) => tj.jvp((y: Tensor) => tj.exp(y), [x], [tj.onesLike(x)])[1])(X);
  close(jv, tj.exp(X), 'vmap of jvp', 1e-5);
});

const nativeAvailable = tj.backends().some((b) => b.name === 'native' && b.available);
for (const backend of ['js', 'native'] as const) {
  test(`jit(vmap(grad(f))) on the ${backend} tier`, () => {
    if (backend === 'native' && !nativeAvailable) {
      console.log('  skipped: the native tier is not available here');
      return;
    }
    const f = tj.jit(tj.vmap(tj.grad(loss), { inAxes: [null, 0] }), { backend, hot: 0, async: false });
    const want = loop((x) => tj.grad(loss)(W, x), [X], [0]);
    close(f(W, X), want, 'first call', 1e-4);
    close(f(W, X), want, 'compiled call', 1e-4);
    assert.ok(f.stats.compiledCalls >= 1, 'ran compiled');
    const g = tj.jit(
      tj.grad((w: Tensor) => tj.sum(tj.vmap(loss, { inAxes: [null, 0] })(w, X))),
      {
        backend,
        hot: 0,
        async: false,
      },
    );
    close(g(W), tj.grad((w: Tensor) => tj.sum(tj.vmap(loss, { inAxes: [null, 0] })(w, X)))(W), 'jit(grad(vmap))', 1e-4);
  });
}

// ---------------------------------------------------------------------------------------------
// Control flow

const cumStep = (c: Tensor, x: Tensor) => [tj.add(c, x), tj.mul(c, x)] as [Tensor, Tensor];

test('vmap of scan: mapped xs and carry, an unmapped carry the body maps, mapped consts, reverse', () => {
  const r = new Lcg(9);
  const xs = batchOf(f32(4, 2), r, 0); // [3, 4, 2]: 3 rows of 4 steps
  const init = batchOf(f32(2), r, 0);
  const run = (c0: Tensor, x: Tensor) => tj.scan(cumStep, c0, x);
  const flat = (o: [Tensor, Tensor]) => [o[0], o[1]];
  const check = (got: [Tensor, Tensor], f: (b: number) => [Tensor, Tensor], where: string) => {
    const rows = [0, 1, 2].map((b) => flat(f(b)));
    close(got[0], tj.stack(rows.map((q) => q[0])), `${where}: carry`);
    close(got[1], tj.stack(rows.map((q) => q[1])), `${where}: ys`);
  };
  check(tj.vmap(run)(init, xs) as [Tensor, Tensor], (b) => run(row(init, 0, b), row(xs, 0, b)), 'both mapped');
  const c0 = tj.tensor([1, 2]);
  check(
    tj.vmap(run, { inAxes: [null, 0] })(c0, xs) as [Tensor, Tensor],
    (b) => run(c0, row(xs, 0, b)),
    'unmapped init, the body maps the carry',
  );
  const xs0 = row(xs, 0, 0);
  check(
    tj.vmap(run, { inAxes: [0, null] })(init, xs0) as [Tensor, Tensor],
    (b) => run(row(init, 0, b), xs0),
    'mapped carry, unmapped xs',
  );
  // Consts: the body closes over a mapped value; reverse.
  const withConst = (k: Tensor, x: Tensor) =>
    tj.scan((c: Tensor, xi: Tensor) => [tj.add(c, tj.mul(k, xi)), tj.sum(c)], tj.zeros([2]), x, { reverse: true });
  const ks = batchOf(f32(2), r, 0);
  check(
    tj.vmap(withConst)(ks, xs) as [Tensor, Tensor],
    (b) => withConst(row(ks, 0, b), row(xs, 0, b)),
    'consts, reverse',
  );
  // ys on axis 1 of xs
  check(
    tj.vmap(run, { inAxes: [0, 1] })(init, tj.transpose(xs, [1, 0, 2])) as [Tensor, Tensor],
    (b) => run(row(init, 0, b), row(xs, 0, b)),
    'xs mapped on axis 1',
  );
});

test('grad of vmap of scan, and vmap of grad of scan', () => {
  const xs = batchOf(f32(4, 2), new Lcg(11), 0);
  const f = (w: Tensor, x: Tensor) =>
    tj.sum(tj.scan((c: Tensor, xi: Tensor) => [tj.tanh(tj.add(tj.mul(c, w), xi)), null], tj.zeros([2]), x)[0]);
  const w = tj.tensor([0.3, -0.7]);
  const per = tj.vmap(tj.grad(f), { inAxes: [null, 0] })(w, xs);
  close(
    per,
    loop((x) => tj.grad(f)(w, x), [xs], [0]),
    'vmap(grad(scan))',
    1e-4,
  );
  const sumGrad = tj.grad((v: Tensor) => tj.sum(tj.vmap(f, { inAxes: [null, 0] })(v, xs)))(w);
  close(sumGrad, tj.sum(per, 0), 'grad(vmap(scan))', 1e-4);
  const j = tj.jit(tj.vmap(tj.grad(f), { inAxes: [null, 0] }), { backend: 'js', hot: 0, async: false });
  close(j(w, xs), per, 'jit(vmap(grad(scan)))', 1e-4);
});

const branchy = (x: Tensor) =>
  tj.cond(
    tj.greater(tj.sum(x), 0),
    (v: Tensor) => tj.mul(v, 2),
    (v: Tensor) => tj.neg(v),
    x,
  );

test('vmap of cond: a mapped predicate runs both branches and selects; an unmapped one stays a cond', () => {
  const xs = tj.tensor([
    [1, 2],
    [-3, -4],
    [5, -1],
  ]);
  close(tj.vmap(branchy)(xs), loop(branchy, [xs], [0]), 'mapped predicate');
  // Unmapped predicate (from an unmapped argument), mapped operands; one branch maps its result, the other does not.
  const g = (flag: Tensor, x: Tensor) =>
    tj.cond(
      flag,
      (v: Tensor) => tj.mul(v, 3),
      () => tj.tensor([7, 7]),
      x,
    );
  for (const flag of [tj.tensor(true), tj.tensor(false)])
    close(
      tj.vmap(g, { inAxes: [null, 0] })(flag, xs),
      loop((x) => g(flag, x), [xs], [0]),
      `unmapped predicate ${String(flag.item())}`,
    );
  close(tj.jit(tj.vmap(branchy), { backend: 'js', hot: 0, async: false })(xs), loop(branchy, [xs], [0]), 'under jit');
  close(
    tj.vmap(tj.grad((x: Tensor) => tj.sum(branchy(x))))(xs),
    loop(
      tj.grad((x: Tensor) => tj.sum(branchy(x))),
      [xs],
      [0],
    ),
    'vmap(grad(cond))',
  );
  close(
    tj.grad((x: Tensor) => tj.sum(tj.vmap(branchy)(x)))(xs),
    loop(
      tj.grad((x: Tensor) => tj.sum(branchy(x))),
      [xs],
      [0],
    ),
    'grad(vmap(cond))',
  );
});

test('vmap of whileLoop: mapped predicate (rows finish apart), unmapped predicate, under jit', () => {
  const f = (x: Tensor) =>
    tj.whileLoop(
      (v: Tensor) => tj.less(tj.sum(v), 100),
      (v: Tensor) => tj.mul(v, 2),
      x,
    );
  const xs = tj.tensor([
    [1, 2],
    [30, 40],
    [200, 1],
  ]);
  close(tj.vmap(f)(xs), loop(f, [xs], [0]), 'mapped predicate');
  const n = (k: Tensor, x: Tensor) =>
    tj.whileLoop(
      ([i]: Tensor[]) => tj.less(i, k),
      ([i, v]: Tensor[]) => [tj.add(i, 1), tj.add(v, i)],
      [tj.tensor(0), x],
    )[1];
  const k = tj.tensor(4);
  close(
    tj.vmap(n, { inAxes: [null, 0] })(k, xs),
    loop((x) => n(k, x), [xs], [0]),
    'unmapped predicate, mapped carry',
  );
  close(tj.jit(tj.vmap(f), { backend: 'js', hot: 0, async: false })(xs), loop(f, [xs], [0]), 'under jit');
  const ks = tj.tensor([1, 3, 0]);
  close(tj.vmap(n, { inAxes: [0, null] })(ks, tj.tensor(0)), tj.tensor([0, 3, 0]), 'mapped bound, unmapped carry');
});

// ---------------------------------------------------------------------------------------------
// Errors

test('errors: mismatched sizes, axes out of range, nothing mapped, axes lists of the wrong length, values read', () => {
  assert.throws(
    () => tj.vmap(dot)(tj.ones([3, 2]), tj.ones([4, 2])),
    (e: Error) => /argument 0 has 3/.test(e.message) && /argument 1 has 4/.test(e.message),
  );
  assert.throws(
    () => tj.vmap(dot)({ a: tj.ones([3]) } as never, tj.ones([2])),
    (e: Error) => /argument 0\.a has 3/.test(e.message) && /argument 1 has 2/.test(e.message),
  );
  assert.throws(
    () => tj.vmap(dot, { inAxes: 2 })(X, X),
    /inAxes 2 is out of range for argument 0, a float32 tensor of shape \[3, 3\]/,
  );
  assert.throws(() => tj.vmap(dot, { inAxes: -3 })(X, X), /inAxes -3 is out of range/);
  assert.throws(() => tj.vmap((x: Tensor) => x)(tj.tensor(1)), /inAxes 0 is out of range for argument 0/);
  assert.throws(() => tj.vmap(dot, { inAxes: null })(X, X), /no argument is mapped/);
  assert.throws(() => tj.vmap(dot, { inAxes: [0] })(X, X), /inAxes has 1 entries but there are 2 arguments/);
  assert.throws(
    () => tj.vmap((x: Tensor) => x, { outAxes: [0, 1] })(X),
    /outAxes has 2 entries but there are 1 result tensors/,
  );
  assert.throws(() => tj.vmap((x: Tensor) => x, { outAxes: 2 })(X), /outAxes 2 is out of range/);
  assert.throws(
    () => tj.vmap((x: Tensor) => x, { outAxes: null })(X),
    /outAxes is null for result, but it differs per row/,
  );
  assert.throws(() => tj.vmap((x: Tensor) => x, { inAxes: 0.5 } as never), /inAxes must be an integer/);
  assert.throws(() => tj.vmap((x: Tensor) => x, { axes: 0 } as never), /unknown option 'axes'/);
  assert.throws(() => tj.vmap(3 as never), /vmap: expected a function/);
  assert.throws(
    () => tj.vmap((x: Tensor) => (tj.sum(x).item() > 0 ? x : x))(X),
    /vmap: the function read a tensor's value \(item\(\)\)/,
  );
  assert.throws(
    () => tj.vmap((x: Tensor) => bind('maxPool2d', [x], { kernel: [1, 1], stride: [1, 1], padding: [0, 0, 0, 0] }))(X),
    /vmap: maxPool2d takes 4-D operands per row/,
  );
  const v = tj.variable(tj.zeros([3]));
  assert.throws(
    () => tj.vmap((x: Tensor) => v.assign(x))(X),
    /vmap: assigning a value that differs per row to a Variable/,
  );
  // A value read under jit is a graph break; the eager run then gives vmap's error.
  const j = tj.jit(
    tj.vmap((x: Tensor) => (tj.sum(x).item() > 0 ? x : x)),
    { backend: 'js', hot: 0, async: false },
  );
  assert.throws(() => j(X), /vmap: the function read a tensor's value/);
});

test.run();
