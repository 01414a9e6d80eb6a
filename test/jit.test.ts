// The tiered jit wrapper: signatures and retracing, the cap, graph breaks, Variables and updates,
// the decorator, trees, random state, swap-in inside a synchronous loop, lower/verify/explain.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';

const sync = { hot: 0, async: false } as const;

/** Runs fn, capturing console.warn lines. */
function warnings<T>(fn: () => T): { result: T; lines: string[] } {
  const lines: string[] = [];
  const orig = console.warn;
  console.warn = (...a: unknown[]) => {
    lines.push(a.join(' '));
  };
  try {
    return { result: fn(), lines };
  } finally {
    console.warn = orig;
  }
}

test('the first hot calls run eagerly, then the compiled version', () => {
  const f = tj.jit((x: Tensor) => tj.add(tj.mul(x, 2), 1), { hot: 2, async: false });
  const x = tj.tensor([1, 2, 3]);
  f(x);
  f(x);
  assert.is(f.stats.tier, 'eager');
  assert.equal(f(x).toArray(), [3, 5, 7]);
  assert.is(f.stats.tier, 'js');
  assert.equal(f.stats, {
    calls: 3,
    eagerCalls: 2,
    compiledCalls: 1,
    traces: 1,
    compiles: 1,
    graphBreaks: 0,
    tier: 'js',
  });
});

test('a new shape, dtype, static value or tree structure traces again; the same one does not', () => {
  const f = tj.jit((x: Tensor, k: number) => tj.mul(x, k), { ...sync, static: [1] });
  f(tj.ones([2]), 2);
  f(tj.ones([2]), 2);
  assert.is(f.stats.traces, 1);
  f(tj.ones([3]), 2);
  f(tj.ones([3], 'float64'), 2);
  assert.equal(f(tj.ones([3], 'float64'), 5).toArray(), [5, 5, 5]);
  assert.is(f.stats.traces, 4);
  const g = tj.jit((p: Tensor[] | { a: Tensor }) => (Array.isArray(p) ? tj.add(p[0], p[1]) : tj.neg(p.a)), sync);
  g([tj.ones([2]), tj.ones([2])]);
  assert.equal(g({ a: tj.ones([2]) }).toArray(), [-1, -1]);
  assert.is(g.stats.traces, 2);
});

test('past 8 signatures new ones stay eager, with one message', () => {
  const f = tj.jit((x: Tensor) => tj.sum(x), sync);
  const { lines } = warnings(() => {
    for (let n = 1; n <= 11; n++) assert.is(f(tj.ones([n])).item(), n);
  });
  assert.is(f.stats.traces, 8);
  assert.is(lines.length, 1);
  assert.match(lines[0], /8 signatures/);
  assert.is(f.stats.tier, 'eager');
});

test('a graph break makes that signature eager for good, with one warning naming the line and expression', () => {
  function positivePart(x: Tensor) {
    const total = tj.sum(x).item() as number;
    return total > 0 ? x : tj.neg(x);
  }
  const f = tj.jit(positivePart, sync);
  const { lines } = warnings(() => {
    assert.equal(f(tj.tensor([1, 2])).toArray(), [1, 2]);
    assert.equal(f(tj.tensor([-1, -2])).toArray(), [1, 2]);
    assert.equal(f(tj.tensor([3, 4])).toArray(), [3, 4]);
  });
  assert.is(f.stats.graphBreaks, 1);
  assert.is(f.stats.traces, 1);
  assert.is(f.stats.compiledCalls, 0);
  assert.is(lines.length, 1);
  assert.match(lines[0], /positivePart/);
  assert.match(lines[0], /item\(\)/);
  assert.match(lines[0], /jit\.test\.ts:\d+/);
  assert.match(lines[0], /tj\.sum\(x\)\.item\(\)/);
});

test('using a traced tensor as a JS number is a graph break too', () => {
  const f = tj.jit((x: Tensor) => (+tj.max(x) > 1 ? x : tj.mul(x, 10)), sync);
  const { lines } = warnings(() => assert.equal(f(tj.tensor([0.5])).toArray(), [5]));
  assert.is(f.stats.graphBreaks, 1);
  assert.match(lines[0], /JS number/);
});

test('Variables are read on every call and assign is applied after each compiled call', () => {
  const w = tj.variable(tj.tensor([1, 2]));
  const counter = tj.variable(tj.tensor(0, { dtype: 'int32' }));
  const step = tj.jit((x: Tensor) => {
    const y = tj.mul(w, x);
    w.assign(tj.add(w, 1));
    counter.assign(tj.add(counter, 1));
    return y;
  }, sync);
  assert.equal(step(tj.tensor([1, 1])).toArray(), [1, 2]);
  assert.equal(step(tj.tensor([1, 1])).toArray(), [2, 3]);
  w.assign(tj.tensor([10, 10]));
  assert.equal(step(tj.tensor([2, 2])).toArray(), [20, 20]);
  assert.equal(w.toArray(), [11, 11]);
  assert.is(counter.item(), 3);
  assert.is(step.stats.compiledCalls, 3);
});

test('a jitted training step trains exactly as the eager one', () => {
  const make = () => {
    tj.seed(3);
    const x = tj.randn([16, 4]),
      y = tj.argmax(tj.randn([16, 3]), 1);
    const w = tj.variable(tj.mul(tj.randn([4, 3]), 0.1)),
      b = tj.variable(tj.zeros([3]));
    const opt = (g: Tensor[]) => {
      w.assign(tj.sub(w, tj.mul(g[0], 0.5)));
      b.assign(tj.sub(b, tj.mul(g[1], 0.5)));
    };
    const step = () => {
      const [loss, grads] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(tj.add(tj.matmul(x, w), b), y), {
        wrt: [w, b],
      })();
      opt(grads);
      return loss;
    };
    return { step, w };
  };
  const eager = make();
  const eagerLosses = Array.from({ length: 6 }, () => eager.step().item() as number);
  const jitted = make();
  const f = tj.jit(jitted.step, sync);
  const jitLosses = Array.from({ length: 6 }, () => f().item() as number);
  assert.is(f.stats.compiledCalls, 6);
  jitLosses.forEach((l, i) => assert.ok(Math.abs(l - eagerLosses[i]) < 1e-5, `step ${i}: ${l} vs ${eagerLosses[i]}`));
  const dw = tj.max(tj.abs(tj.sub(jitted.w, eager.w))).item() as number;
  assert.ok(dw < 1e-5, `weights differ by ${dw}`);
});

test('@jit decorates methods; each instance reads its own Variables', () => {
  class Scaler {
    w: Variable;
    constructor(s: number) {
      this.w = tj.variable(tj.tensor([s]));
    }
    @tj.jit
    apply(x: Tensor) {
      return tj.mul(x, this.w);
    }
    @tj.jit({ hot: 0, async: false })
    bump(x: Tensor) {
      this.w.assign(tj.add(this.w, x));
      return this.w;
    }
  }
  const a = new Scaler(2),
    b = new Scaler(3);
  for (let i = 0; i < 4; i++) {
    assert.equal(a.apply(tj.tensor([1])).toArray(), [2]);
    assert.equal(b.apply(tj.tensor([1])).toArray(), [3]);
  }
  a.bump(tj.tensor([1]));
  b.bump(tj.tensor([10]));
  assert.equal(a.w.toArray(), [3]);
  assert.equal(b.w.toArray(), [13]);
  assert.equal(b.bump(tj.tensor([1])).toArray(), [14]);
  assert.ok((b.bump as unknown as tj.Jitted<(x: Tensor) => Tensor>).stats.compiledCalls >= 2); // decorators do not change a method's static type
  // Each instance has its own jitted method: its own stats, and lower/verify without naming the instance.
  const jitted = (s: Scaler) => s.bump as unknown as tj.Jitted<(x: Tensor) => Tensor>;
  assert.is(jitted(a).stats.calls, 1);
  assert.is(jitted(b).stats.calls, 2);
  assert.ok(jitted(a) !== jitted(b));
  assert.match(jitted(a).lower(tj.tensor([1])).graph, /var0/);
  jitted(b).verify(tj.tensor([1]));
});

test('trees in and out', () => {
  const f = tj.jit(
    (p: { w: Tensor; bs: Tensor[] }, x: Tensor) => ({ y: tj.add(tj.matmul(x, p.w), p.bs[0]), n: [tj.sum(x)] }),
    sync,
  );
  const out = f({ w: tj.eye(2), bs: [tj.tensor([1, 1])] }, tj.tensor([[1, 2]])) as { y: Tensor; n: Tensor[] };
  assert.equal(out.y.toArray(), [[2, 3]]);
  assert.is(out.n[0].item(), 3);
});

test('random draws advance the generator per call, exactly as eagerly', () => {
  const draw = () => tj.add(tj.rand([3]), tj.randn([2]).sum());
  tj.seed(7);
  const eager = [draw(), draw(), draw()].map((t) => t.toArray());
  tj.seed(7);
  const f = tj.jit(draw, sync);
  const compiled = [f(), f(), f()].map((t) => t.toArray());
  assert.is(f.stats.compiledCalls, 3);
  assert.equal(compiled, eager);
});

test('swap-in happens inside a synchronous loop that never awaits', () => {
  const f = tj.jit((a: Tensor, b: Tensor) => tj.mul(tj.tanh(tj.add(tj.mul(a, b), 1)), 2), { hot: 2, async: true });
  const a = tj.rand([64]),
    b = tj.rand([64]);
  const want = f(a, b).toArray() as number[];
  const start = Date.now();
  let calls = 1;
  while (f.stats.tier === 'eager' && Date.now() - start < 20000) {
    f(a, b);
    calls++;
  }
  assert.ok(f.stats.tier !== 'eager', `no swap after ${calls} calls`);
  assert.ok(calls > 3, 'the first calls after hot ran eagerly while compiling');
  (f(a, b).toArray() as number[]).forEach((v, i) => assert.ok(Math.abs(v - want[i]) < 1e-6));
});

test('ready() resolves once background compiles are swapped in: the JS tier, then native or WASM where available', async () => {
  const f = tj.jit((x: Tensor) => tj.exp(x), { hot: 0 });
  const x = tj.tensor([0, 1]);
  f(x);
  await f.ready();
  const out = f(x).toArray() as number[];
  const available = (name: string) => tj.backends().find((b) => b.name === name)!.available;
  const upgrade = available('native') ? 'native' : available('wasm') ? 'wasm' : undefined;
  assert.is(f.stats.tier, upgrade ?? 'js');
  assert.is(f.stats.compiles, upgrade ? 2 : 1);
  assert.ok(Math.abs(out[1] - Math.E) < 1e-6);
});

test('lower() gives the graph, the generated source, the backend and the kernel count', () => {
  const chain = tj.jit((a: Tensor, b: Tensor) => {
    const x = tj.add(tj.mul(a, b), 1);
    return tj.mul(tj.tanh(x), tj.exp(tj.neg(tj.mul(x, x))));
  });
  const low = chain.lower(tj.ones([8]), tj.ones([8]));
  assert.is(low.backend, 'js');
  assert.is(low.kernels, 1); // the whole chain is one loop
  assert.match(low.graph, /tanh\(%\d+\)/);
  assert.match(low.source, /function compiled/);
  assert.match(low.dot, /^digraph/);
  const mlp = tj.jit((x: Tensor, w: Tensor, b: Tensor) => tj.sum(tj.relu(tj.add(tj.matmul(x, w), b)), 1));
  assert.is(mlp.lower(tj.ones([2, 3]), tj.ones([3, 4]), tj.ones([4])).kernels, 2); // matmul; bias, relu and the sum in one loop
});

test("lower() and verify() use the calls' own compiled entry: no second trace", () => {
  const f = tj.jit((x: Tensor) => tj.tanh(x), { hot: 0, async: false, backend: 'js' });
  const x = tj.ones([4]);
  f(x);
  assert.is(f.stats.traces, 1);
  f.lower(x);
  f.verify(x);
  assert.is(f.stats.traces, 1);
});

test('the printed graph is stable and shares equal subexpressions', () => {
  const f = tj.jit((x: Tensor) => tj.add(tj.exp(x), tj.exp(x)));
  const g = f.lower(tj.ones([2])).graph;
  assert.is(g, f.lower(tj.ones([2])).graph);
  assert.is(
    g,
    [
      'graph anonymous(arg0: f32[2]) {',
      '  %0 = exp(arg0) : f32[2]',
      '  %1 = add(%0, %0) : f32[2]',
      '  return %1',
      '}',
    ].join('\n'),
  );
});

test('verify() passes for a correct compile; explain() reports breaks and kernels', () => {
  const f = tj.jit((x: Tensor) => tj.softmax(tj.mul(x, 3)));
  f.verify(
    tj.tensor([
      [1, 2, 3],
      [0, 0, 1000],
    ]),
  );
  const ok = tj.explain((x: Tensor) => tj.sum(tj.square(x)), tj.ones([4]));
  assert.is(ok.graphBreaks.length, 0);
  assert.ok(ok.nodesBefore >= 2 && ok.kernels >= 1);
  assert.match(String(ok), /kernels per call/);
  const bad = tj.explain((x: Tensor) => tj.mul(x, x.toArray() as number[]), tj.ones([2]));
  assert.is(bad.graphBreaks.length, 1);
  assert.match(bad.graphBreaks[0].reason, /toArray/);
});

test('jit inside jit inlines; bad options throw', () => {
  const inner = tj.jit((x: Tensor) => tj.mul(x, 2), sync);
  const outer = tj.jit((x: Tensor) => tj.add(inner(x), 1), sync);
  assert.equal(outer(tj.tensor([1])).toArray(), [3]);
  assert.is(outer.lower(tj.tensor([1])).kernels, 1);
  assert.throws(() => tj.jit((x: Tensor) => x, { hot: -1 }), /jit: hot must be a non-negative integer/);
  assert.throws(() => tj.jit((x: Tensor) => x, { backend: 'tpu' as never }), /jit: unknown backend "tpu"/);
  assert.throws(() => tj.jit(42 as never), /jit: expected a function/);
});

test('backends() lists every backend with availability and reasons', () => {
  const b = tj.backends();
  assert.equal(
    b.map((x) => x.name),
    ['js', 'wasm', 'native', 'cuda'],
  );
  assert.is(b[0].available, true);
  for (const x of b) if (!x.available) assert.type(x.reason, 'string');
});

test.run();
