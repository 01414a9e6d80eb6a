// Control flow (scan, cond, whileLoop, foriLoop): eager results, trees, errors, every derivative
// rule against finite differences in float64 (lengths 0 and 1 included), and the JS tier against
// eager. The WASM and native tiers' loops are tested in control-arena.test.ts, rewrites in
// control-rewrite.test.ts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { numericGrad } from './finite-differences.js';

const f64 = (data: number | number[] | number[][] | number[][][]) => tj.tensor(data, { dtype: 'float64' });
const flat = (t: Tensor) => Array.from(t.data() as Float64Array);
const close = (got: Tensor, want: Tensor | number[] | number, tol = 1e-6, what = '') => {
  const g = flat(got);
  const w = typeof want === 'number' ? [want] : Array.isArray(want) ? want : flat(want);
  assert.is(g.length, w.length, `${what} sizes ${g.length} vs ${w.length}`);
  g.forEach((v, i) =>
    assert.ok(Math.abs(v - w[i]) <= tol * Math.max(1, Math.abs(w[i])), `${what} element ${i}: ${v} vs ${w[i]}`),
  );
};

/** A jit function compiled on the JS tier at its first call. */
const jitJs = <F extends (...a: never[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false, backend: 'js' });

// A small tanh RNN over xs [T, 3] with weights w [3, 3], carry [3].
const rnnStep = (w: Tensor) => (h: Tensor, x: Tensor) => {
  const n = tj.tanh(tj.add(tj.matmul(h, w), x));
  return [n, tj.sum(tj.square(n))] as const;
};
const rnnLoss = (w: Tensor, h0: Tensor, xs: Tensor, reverse = false) => {
  const [h, ys] = tj.scan(rnnStep(w), h0, xs, { reverse });
  return tj.add(tj.sum(h), tj.sum(ys));
};
const W = f64([
  [0.5, -0.2, 0.1],
  [0.3, 0.4, -0.6],
  [-0.1, 0.2, 0.3],
]);
const H0 = f64([0.1, -0.2, 0.3]);
const XS = (T: number) =>
  tj
    .tensor(
      Array.from({ length: T * 3 }, (_, i) => Math.sin(i + 1)),
      { dtype: 'float64' },
    )
    .reshape([T, 3]);

test('scan: carry and stacked ys, trees, y null, reverse, length from opts', () => {
  const [total, partial] = tj.scan((c: Tensor, x: Tensor) => [c.add(x), c.add(x)], tj.tensor(0), tj.tensor([1, 2, 3]));
  assert.equal(total.toArray(), 6);
  assert.equal(partial.toArray(), [1, 3, 6]);
  const [c, ys] = tj.scan(
    (carry: { a: Tensor; n: Tensor }, x: [Tensor, Tensor]) => [
      { a: carry.a.mul(x[0]), n: carry.n.add(1) },
      { s: x[1].add(carry.a) },
    ],
    { a: tj.tensor(1), n: tj.tensor(0, { dtype: 'int32' }) },
    [
      tj.tensor([2, 3, 4]),
      tj.tensor([
        [1, 1],
        [2, 2],
        [3, 3],
      ]),
    ],
  );
  assert.equal(c.a.toArray(), 24);
  assert.equal(c.n.toArray(), 3);
  assert.is(c.n.dtype, 'int32');
  assert.equal(ys.s.toArray(), [
    [2, 2],
    [4, 4],
    [9, 9],
  ]);
  const [r, rys] = tj.scan((c: Tensor, x: Tensor) => [c.add(x), c], tj.tensor(0), tj.tensor([1, 2, 3]), {
    reverse: true,
  });
  assert.equal(r.toArray(), 6);
  assert.equal(rys.toArray(), [5, 3, 0], 'ys[i] belongs to xs[i] in reverse too');
  const [count, none] = tj.scan((c: Tensor) => [c.mul(2), null], tj.tensor(1), null, { length: 5 });
  assert.equal(count.toArray(), 32);
  assert.is(none, null);
});

test('scan: length 0 gives init and empty ys; length 1 one step', () => {
  const [c, ys] = tj.scan((c: Tensor, x: Tensor) => [c.add(x), c.mul(x)], tj.tensor([1, 2]), tj.zeros([0, 2]));
  assert.equal(c.toArray(), [1, 2]);
  assert.equal(ys.shape, [0, 2]);
  const [c1, ys1] = tj.scan((c: Tensor, x: Tensor) => [c.add(x), c.mul(x)], tj.tensor([1, 2]), tj.tensor([[3, 4]]));
  assert.equal(c1.toArray(), [4, 6]);
  assert.equal(ys1.toArray(), [[3, 8]]);
});

test('scan: closed-over tensors and Variables are read by every step', () => {
  const k = tj.tensor(3);
  const v = tj.variable(tj.tensor(10));
  const [c] = tj.scan((c: Tensor, x: Tensor) => [c.add(x.mul(k)).add(v), null], tj.tensor(0), tj.tensor([1, 2]));
  assert.equal(c.toArray(), 29);
  const f = jitJs((xs: Tensor) => tj.scan((c: Tensor, x: Tensor) => [c.add(x).add(v), null], tj.tensor(0), xs)[0]);
  assert.equal(f(tj.tensor([1, 2])).toArray(), 23);
  v.assign(tj.tensor(0));
  assert.equal(f(tj.tensor([1, 2])).toArray(), 3, 'a Variable read in a body is read again at each call');
  assert.is(f.stats.tier, 'js');
});

test('scan: clear errors before anything runs', () => {
  const xs = tj.tensor([1, 2, 3]);
  assert.throws(
    () =>
      tj.scan(
        (c: [Tensor, Tensor], x: Tensor) => [[c[0].add(x), c[1].add(0.5)] as [Tensor, Tensor], null],
        [tj.tensor(0), tj.tensor(0, { dtype: 'int32' })],
        xs,
      ),
    /scan: carry\[1\] is int32\[\] in init but float32\[\] in the carry the body returned/,
  );
  assert.throws(
    () => tj.scan((c: Tensor, x: Tensor) => [tj.stack([c, x]), null], tj.tensor(0), xs),
    /scan: carry is float32\[\] in init but float32\[2\] in the carry the body returned/,
  );
  assert.throws(
    () => tj.scan((c: Tensor) => [[c, c] as never, null], tj.tensor(0), xs),
    /scan: the carry the body returned has a different structure from init/,
  );
  assert.throws(
    () => tj.scan((c: Tensor) => [c, null], tj.tensor(0), [xs, tj.zeros([2])]),
    /share the length of axis 0, got 3, 2/,
  );
  assert.throws(() => tj.scan((c: Tensor) => [c, null], tj.tensor(0), null), /opts.length is required/);
  assert.throws(
    () => tj.scan((c: Tensor) => [c, null], tj.tensor(0), xs, { length: 4 }),
    /opts.length is 4 but the xs have length 3/,
  );
  assert.throws(() => tj.scan((c: Tensor) => c as never, tj.tensor(0), xs), /the body must return \[carry, y\]/);
  const v = tj.variable(tj.tensor(1));
  assert.throws(
    () =>
      tj.scan(
        (c: Tensor, x: Tensor) => {
          v.assign(x);
          return [c, null];
        },
        tj.tensor(0),
        xs,
      ),
    /scan: assign inside a loop or branch body is not allowed/,
  );
  assert.equal(v.toArray(), 1, 'the Variable is unchanged');
  assert.throws(
    () => tj.scan((c: Tensor, x: Tensor) => [(x.item() as number) > 1 ? c : c.add(1), null], tj.tensor(0), xs),
    /scan: the body read a tensor's value \(item\(\)\)/,
  );
});

test('cond: the branch taken, JS booleans, trees; only the taken branch runs', () => {
  const x = tj.tensor([1, -2]);
  assert.equal(
    tj
      .cond(
        tj.sum(x).greater(0),
        (v: Tensor) => v.mul(2),
        (v: Tensor) => v.neg(),
        x,
      )
      .toArray(),
    [-1, 2],
  );
  assert.equal(
    tj
      .cond(
        true,
        (v: Tensor) => v.mul(2),
        (v: Tensor) => v.neg(),
        x,
      )
      .toArray(),
    [2, -4],
  );
  const out = tj.cond(
    tj.tensor(0),
    (a: Tensor, b: Tensor) => ({ s: a.add(b), p: a.mul(b) }),
    (a: Tensor, b: Tensor) => ({ s: a.sub(b), p: a.div(b) }),
    tj.tensor(6),
    tj.tensor(3),
  );
  assert.equal([out.s.toArray(), out.p.toArray()], [3, 2]);
  // An out-of-range take would throw at run time: it is in the branch not taken.
  const safe = (i: Tensor) =>
    tj.cond(
      i.less(3),
      (j: Tensor) => tj.take(tj.tensor([10, 20, 30]), j),
      () => tj.tensor(-1),
      i,
    );
  assert.equal(safe(tj.tensor(1, { dtype: 'int32' })).toArray(), 20);
  assert.equal(safe(tj.tensor(7, { dtype: 'int32' })).toArray(), -1);
  assert.equal(jitJs(safe)(tj.tensor(7, { dtype: 'int32' })).toArray(), -1);
});

test('cond: branches that disagree, and a bad pred, throw naming both', () => {
  assert.throws(
    () =>
      tj.cond(
        true,
        (v: Tensor) => v,
        (v: Tensor) => v.astype('float64'),
        tj.tensor([1, 2]),
      ),
    /cond: result is float32\[2\] in what trueFn returns but float64\[2\] in what falseFn returns/,
  );
  assert.throws(
    () =>
      tj.cond(
        true,
        (v: Tensor) => [v] as never,
        (v: Tensor) => v,
        tj.tensor(1),
      ),
    /different structure/,
  );
  assert.throws(
    () =>
      tj.cond(
        tj.tensor([1, 0]),
        (v: Tensor) => v,
        (v: Tensor) => v,
        tj.tensor(1),
      ),
    /pred must be a scalar/,
  );
});

test('whileLoop and foriLoop, with number and tensor bounds', () => {
  assert.equal(
    tj
      .whileLoop(
        (x: Tensor) => x.less(100),
        (x: Tensor) => x.mul(2),
        tj.tensor(3),
      )
      .toArray(),
    192,
  );
  const [a, b] = tj.whileLoop(
    ([i]: [Tensor, Tensor]) => i.less(4),
    ([i, s]: [Tensor, Tensor]) => [i.add(1), s.add(i.astype('float32'))] as [Tensor, Tensor],
    [tj.tensor(0, { dtype: 'int32' }), tj.tensor(0.5)],
  );
  assert.equal([a.toArray(), b.toArray()], [4, 6.5]);
  assert.equal(tj.foriLoop(0, 5, (i, acc: Tensor) => acc.add(i), tj.tensor(0)).toArray(), 10);
  assert.equal(tj.foriLoop(3, 1, (i, acc: Tensor) => acc.add(i), tj.tensor(7)).toArray(), 7, 'an empty range');
  assert.equal(
    tj
      .foriLoop(
        tj.tensor(1, { dtype: 'int32' }),
        tj.tensor(4, { dtype: 'int32' }),
        (i, acc: Tensor) => acc.mul(i),
        tj.tensor(1),
      )
      .toArray(),
    6,
  );
  assert.throws(
    () =>
      tj.whileLoop(
        (x: Tensor) => x,
        (x: Tensor) => x,
        tj.tensor([1, 2]),
      ),
    /condFn must return a scalar tensor, got float32\[2\]/,
  );
  assert.throws(
    () =>
      tj.whileLoop(
        (x: Tensor) => x.less(1),
        (x: Tensor) => x.astype('int32'),
        tj.tensor(0),
      ),
    /carry is float32\[\] in init but int32\[\]/,
  );
  assert.throws(() => tj.foriLoop(0, 2.5, (i, c: Tensor) => c, tj.tensor(0)), /upper must be an integer, got 2.5/);
});

test('scan VJP against finite differences: weights, init and xs; lengths 0, 1, 4; reverse', () => {
  for (const T of [0, 1, 4])
    for (const reverse of [false, true]) {
      const xs = XS(T);
      const what = `T=${T} reverse=${reverse}`;
      const [gw, gh, gx] = tj.grad((w: Tensor, h: Tensor, x: Tensor) => rnnLoss(w, h, x, reverse), {
        argnums: [0, 1, 2],
      })(W, H0, xs);
      close(
        gw,
        numericGrad((w) => rnnLoss(w, H0, xs, reverse), W),
        1e-6,
        `${what} dW`,
      );
      close(
        gh,
        numericGrad((h) => rnnLoss(W, h, xs, reverse), H0),
        1e-6,
        `${what} dh0`,
      );
      if (T > 0)
        close(
          gx,
          numericGrad((x) => rnnLoss(W, H0, x, reverse), xs),
          1e-6,
          `${what} dxs`,
        );
      else assert.equal(gx.shape, [0, 3]);
    }
});

test('scan: grad of grad, jvp, jacobian-vector products against finite differences', () => {
  const xs = XS(3);
  const f = (a: Tensor) => rnnLoss(W.mul(a), H0, xs);
  const g = tj.grad(f);
  close(tj.grad(g)(f64(0.7)), numericGrad(g, f64(0.7), 1e-5), 1e-5, 'second derivative');
  const dir = f64([
    [1, 0, 0.5],
    [0, -1, 0],
    [0.2, 0, 1],
  ]);
  const [out, tan] = tj.jvp((w: Tensor) => rnnLoss(w, H0, xs), [W], [dir]);
  close(out, rnnLoss(W, H0, xs));
  const e = 1e-6;
  const fd =
    ((rnnLoss(W.add(dir.mul(e)), H0, xs).item() as number) - (rnnLoss(W.sub(dir.mul(e)), H0, xs).item() as number)) /
    (2 * e);
  close(tan, fd, 1e-6, 'jvp');
  // Forward over reverse: the Hessian-vector product.
  const [, hv] = tj.jvp(g, [f64(0.7)], [f64(1)]);
  close(hv, numericGrad(g, f64(0.7), 1e-5), 1e-5, 'jvp of grad');
});

test('scan: gradients through Variables (wrt) and through integer carries', () => {
  const w = tj.variable(W);
  const xs = XS(3);
  const [value, [gw]] = tj.valueAndGrad(() => rnnLoss(w, H0, xs), { wrt: [w] })();
  close(value, rnnLoss(W, H0, xs));
  close(
    gw,
    numericGrad((m) => rnnLoss(m, H0, xs), W),
    1e-6,
    'dW via wrt',
  );
  const f = (a: Tensor) => tj.foriLoop(0, 3, (i, c: Tensor) => c.mul(a).add(i.astype('float64')), f64(1));
  close(tj.grad(f)(f64(1.5)), numericGrad(f, f64(1.5)), 1e-6, 'foriLoop');
});

test('cond: VJP and JVP of each branch against finite differences', () => {
  const f = (x: Tensor) =>
    tj.sum(
      tj.cond(
        tj.sum(x).greater(0),
        (v: Tensor) => v.mul(v).mul(x),
        (v: Tensor) => tj.sin(v),
        x,
      ),
    );
  for (const x of [f64([1, 2]), f64([-1, -0.5])]) {
    close(tj.grad(f)(x), numericGrad(f, x), 1e-6, 'grad');
    const [, t] = tj.jvp(f, [x], [f64([1, -1])]);
    const e = 1e-6;
    close(
      t,
      ((f(x.add(f64([e, -e]))).item() as number) - (f(x.sub(f64([e, -e]))).item() as number)) / (2 * e),
      1e-6,
      'jvp',
    );
  }
});

test('whileLoop: jvp works, reverse mode says to use scan or foriLoop', () => {
  const f = (a: Tensor) =>
    tj.whileLoop(
      (c: Tensor) => c.less(10),
      (c: Tensor) => c.mul(a),
      f64(1),
    );
  const [out, t] = tj.jvp(f, [f64(1.5)], [f64(1)]);
  close(out, 1.5 ** 6);
  close(t, 6 * 1.5 ** 5);
  assert.throws(() => tj.grad(f)(f64(1.5)), /whileLoop: reverse-mode differentiation .* use scan, or foriLoop/);
});

test('jit: one node with the body nested, on the JS tier equal to eager, and jit(grad)', async () => {
  const xs = XS(5);
  const loss = (w: Tensor) => rnnLoss(w, H0, xs);
  const g = jitJs(tj.valueAndGrad(loss));
  const [v, gw] = g(W);
  const [v0, gw0] = tj.valueAndGrad(loss)(W);
  close(v, v0, 1e-12);
  close(gw, gw0, 1e-12);
  assert.is(g.stats.tier, 'js');
  const e = tj.explain(jitJs(loss), W);
  assert.match(e.graph, /scan\(.*\{carry=1,consts=1,length=5,reverse=false\}/);
  assert.match(e.graph, /body = graph scan_body\(/);
  const lowered = jitJs(loss).lower(W);
  assert.ok(lowered.source.length > 0);
});

test('jit: the traced graph does not grow with the length', () => {
  const nodes = (T: number) => {
    const e = tj.explain(
      jitJs((w: Tensor) => rnnLoss(w, H0, XS(T))),
      W,
    );
    return e.graph.split('\n').length;
  };
  assert.is(nodes(1000), nodes(10));
  const gradNodes = (T: number) =>
    tj.explain(jitJs(tj.grad((w: Tensor) => rnnLoss(w, H0, XS(T)))), W).graph.split('\n').length;
  assert.is(gradNodes(1000), gradNodes(10), 'grad of a scan: a saving scan and a reverse scan, whatever the length');
  const src = (T: number) => jitJs((w: Tensor) => rnnLoss(w, H0, XS(T))).lower(W).source.length;
  assert.is(src(1000), src(10));
});

test('jit: cond, whileLoop and foriLoop on the JS tier equal eager', () => {
  const c = (x: Tensor) =>
    tj.cond(
      x.sum().greater(0),
      (v: Tensor) => v.mul(2),
      (v: Tensor) => v.neg(),
      x,
    );
  const wl = (x: Tensor) =>
    tj.whileLoop(
      (v: Tensor) => v.sum().less(100),
      (v: Tensor) => v.mul(2),
      x,
    );
  const fl = (x: Tensor) => tj.foriLoop(0, 4, (i, acc: Tensor) => acc.mul(x).add(i.astype('float32')), tj.onesLike(x));
  for (const x of [tj.tensor([1, 2]), tj.tensor([-1, -2])]) {
    assert.equal(jitJs(c)(x).toArray(), c(x).toArray());
    assert.equal(jitJs(fl)(x).toArray(), fl(x).toArray());
  }
  assert.equal(jitJs(wl)(tj.tensor([1, 2])).toArray(), [64, 128]);
});

test('nested scans, and a scan in a cond, under grad and jit', () => {
  const inner = (a: Tensor) =>
    tj.scan(
      (c: Tensor, x: Tensor) => [tj.tanh(c.mul(x).add(a)), null],
      a,
      tj.tensor([0.5, -0.3], { dtype: 'float64' }),
    )[0];
  const outer = (a: Tensor) => tj.scan((c: Tensor, x: Tensor) => [inner(c.add(x)), null], a, XS(2).sum(1))[0];
  const f = (a: Tensor) => tj.sum(tj.cond(a.sum().greater(0), outer, (v: Tensor) => v.mul(3), a));
  const a = f64([0.2]);
  close(tj.grad(f)(a), numericGrad(f, a), 1e-6, 'nested grad');
  close(jitJs(tj.grad(f))(a), tj.grad(f)(a), 1e-12, 'nested jit(grad)');
});

test('printing and dot show the body nested', () => {
  const g = jitJs((x: Tensor) => tj.scan((c: Tensor, v: Tensor) => [c.add(v), null], tj.tensor(0), x)[0]);
  const lowered = g.lower(tj.tensor([1, 2]));
  assert.match(lowered.graph, /body = graph scan_body\(a0: f32\[\], a1: f32\[\]\) \{/);
  assert.match(lowered.dot, /subgraph cluster_\w+ \{\n\s+label="scan body"; style=dashed;/);
});

test.run();
