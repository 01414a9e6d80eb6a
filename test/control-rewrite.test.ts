// Theano's scan rewrites on the control-flow nodes (jit/rewrite/scan-rules.ts): bodies rewritten
// by every phase, invariants pushed out, dead results, carries and inputs dropped, save-mem, a
// cond on a constant; each shown firing (explain().rewrites, the printed graph) and the jitted
// results checked against eager ones.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GraphBuilder, printGraph, topoOrder, type Graph, type Node } from '../jit/graph.js';
import { DEFAULT_TAGS, optimize } from '../jit/optimize.js';
import { RewriteContext } from '../jit/rewrite/engine.js';
import { evalGraph } from '../src/control/eval.js';
import { eager } from '../src/dispatch.js';
import { trace } from '../jit/tracer.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

type Fn = (...a: Tensor[]) => unknown;

const traced = (fn: Fn, ...args: Tensor[]) => trace('f', fn as never, undefined, args, () => false).graph;
const optimized = (fn: Fn, args: Tensor[], exclude: string[] = []) => optimize(traced(fn, ...args), { exclude });

/** A tensor of `shape` with values in [-0.5, 0.5) from a small LCG (the same values every run). */
function seeded(shape: number[], seed: number): Tensor {
  let s = seed;
  const n = shape.reduce((a, b) => a * b, 1);
  const v: number[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    v.push(s / 2147483648 - 0.5);
  }
  return tj.reshape(tj.tensor(v), shape);
}

const flat = (r: unknown): number[][] =>
  (Array.isArray(r) ? (r as unknown[]) : [r]).flatMap((t) =>
    Array.isArray(t) ? flat(t) : [Array.from((t as Tensor).toArray() as never as number[]).flat(4) as number[]],
  );

/** fn's results compiled (the JS tier, called until it runs compiled) equal its eager results. */
function agreesWithEager(fn: Fn, ...args: Tensor[]): void {
  const want = flat(fn(...args));
  const f = tj.jit(fn, { hot: 1, async: false });
  let got = flat(f(...args));
  for (let i = 0; i < 3 && f.stats.compiledCalls === 0; i++) got = flat(f(...args));
  assert.is(f.stats.tier, 'js');
  assert.ok(f.stats.compiledCalls > 0, 'ran compiled');
  assert.is(got.length, want.length);
  got.forEach((g, i) => {
    assert.is(g.length, want[i].length);
    g.forEach((v, j) => {
      const w = want[i][j];
      const same = Object.is(v, w) || Math.abs(v - w) <= 1e-5 * Math.max(1, Math.abs(w));
      assert.ok(same, `result ${i}[${j}]: ${v} against eager ${w}`);
    });
  });
}

/** The control nodes of a graph, bodies included. */
function controlNodes(g: Graph): Node[] {
  return topoOrder(g).flatMap((n) => {
    if (n.op !== 'scan' && n.op !== 'cond' && n.op !== 'while') return [];
    const bodies = Object.values(n.params).flatMap((v) => (Array.isArray(v) ? v : [v])) as Graph[];
    return [n, ...bodies.filter((b) => b && typeof b === 'object' && 'outputs' in b).flatMap(controlNodes)];
  });
}
const ops = (g: Graph) => topoOrder(g).map((n) => n.op);
const bodyOf = (n: Node) => n.params.body as Graph;

// ---------------------------------------------------------------------------------------------

test('bodies are rewritten by the same phases: a softplus and a log1p inside a scan', () => {
  const fn = (xs: Tensor) =>
    tj.scan(
      (c: Tensor, x: Tensor) => [tj.add(c, tj.log(tj.add(1, tj.exp(tj.mul(x, c))))), tj.log(tj.add(1, tj.mul(x, c)))],
      tj.tensor(0),
      xs,
    );
  const xs = tj.tensor([0.5, -1, 2, 30, -40, 0.25]);
  const e = tj.explain(fn, xs);
  assert.ok(e.rewrites.includes('softplus'), e.rewrites.join(', '));
  assert.ok(e.rewrites.includes('log1p'), e.rewrites.join(', '));
  const body = e.graph.slice(e.graph.indexOf('body = '));
  assert.match(body, /maximum\(%\d+, %\d+\)/); // softplus's stable form
  assert.match(body, /log1p\(/);
  assert.not.match(body, /= log\(/);
  assert.is(e.loops, 1);
  agreesWithEager(fn, xs);
});

test('scan-push-out: body nodes that read only consts run once, before the loop', () => {
  const fn = (w: Tensor, xs: Tensor) =>
    tj.scan(
      (h: Tensor, x: Tensor) => [tj.tanh(tj.add(tj.matmul(h, tj.transpose(tj.exp(w))), x)), null],
      tj.zeros([3]),
      xs,
    )[0];
  const args = [seeded([3, 3], 1), seeded([6, 3], 2)];
  const o = optimized(fn, args);
  assert.ok(o.rewrites.includes('scan-push-out'), o.rewrites.join(', '));
  const [scan] = controlNodes(o.graph);
  assert.not.ok(ops(bodyOf(scan)).includes('exp'), printGraph(bodyOf(scan)));
  assert.not.ok(ops(bodyOf(scan)).includes('transpose'));
  assert.ok(ops(o.graph).includes('exp') && ops(o.graph).includes('transpose'));
  const off = optimized(fn, args, ['scan-push-out']);
  assert.not.ok(off.rewrites.includes('scan-push-out'));
  assert.ok(ops(bodyOf(controlNodes(off.graph)[0])).includes('exp'), 'excluded by name');
  agreesWithEager(fn, ...args);
});

test('scan-push-out leaves a bare broadcast or reshape of a const in the loop', () => {
  const fn = (b: Tensor, xs: Tensor) =>
    tj.scan((c: Tensor, x: Tensor) => [tj.add(c, tj.mul(x, tj.broadcastTo(b, [4]))), null], tj.zeros([4]), xs)[0];
  const o = optimized(fn, [tj.tensor(2), tj.ones([5, 4])]);
  assert.not.ok(o.rewrites.includes('scan-push-out'), o.rewrites.join(', '));
});

test('scan-dead-outputs: ys nothing reads leave the scan, and no stacked buffer is made', () => {
  const fn = (xs: Tensor) => tj.scan((c: Tensor, x: Tensor) => [tj.add(c, x), tj.mul(c, x)], tj.zeros([2]), xs)[0];
  const xs = seeded([7, 2], 3);
  const e = tj.explain(fn, xs);
  assert.ok(e.rewrites.includes('scan-dead-outputs'), e.rewrites.join(', '));
  assert.match(e.graph, /scan\(.*\) \{.*\} : \(f32\[2\]\) \{/);
  assert.not.match(e.graph, /: \(.*f32\[7, 2\]/);
  assert.not.match(e.graph, /mul\(/);
  agreesWithEager(fn, xs);
});

test('scan-dead-outputs: a carry nothing needs goes (in, out and init); one another carry reads stays', () => {
  // [h, n, k]: h is returned; n only counts steps; k feeds h, so it stays though nothing reads it.
  const fn = (xs: Tensor, s: Tensor) =>
    tj.scan(
      ([h, n, k]: Tensor[], x: Tensor) => [[tj.add(h, tj.mul(k, x)), tj.add(n, s), tj.mul(k, 0.5)], null],
      [tj.zeros([3]), tj.tensor(0), tj.tensor(1)],
      xs,
    )[0][0];
  const args = [seeded([5, 3], 4), tj.tensor(3)];
  const o = optimized(fn, args);
  assert.ok(o.rewrites.includes('scan-dead-outputs'), o.rewrites.join(', '));
  assert.ok(o.rewrites.includes('scan-unused-inputs'), o.rewrites.join(', '));
  const [scan] = controlNodes(o.graph);
  assert.is(scan.params.carry, 2);
  assert.is(scan.params.consts, 0, 's was read only by the dead carry');
  assert.equal(
    scan.results!.map((a) => a.shape),
    [[3], []],
  );
  agreesWithEager(fn, ...args);
});

test('scan-unused-inputs: a const passed twice is passed once', () => {
  // Built by hand: scan(w, w, h0) whose body reads both copies (a transformed scan can give this).
  const f32 = (shape: number[]) => ({ shape, dtype: 'float32' as const });
  const bb = new RewriteContext(new GraphBuilder());
  const [w1, w2, c] = ['w1', 'w2', 'c'].map((l) => bb.builder.input(f32([3]), l));
  const body: Graph = {
    name: 'body',
    inputs: [w1, w2, c],
    outputs: [bb.op('add', [bb.op('mul', [c, w1]), w2])],
    updates: [],
  };
  const b = new GraphBuilder();
  const [w, h0] = ['w', 'h0'].map((l) => b.input(f32([3]), l));
  const scan = b.node('scan', [w, w, h0], { body, length: 4, reverse: false, consts: 2, carry: 1 }, [f32([3])]);
  const g: Graph = { name: 'g', inputs: [w, h0], outputs: [b.proj(scan, 0)], updates: [] };
  const o = optimize(g);
  assert.ok(o.rewrites.includes('scan-unused-inputs'), o.rewrites.join(', '));
  const [after] = controlNodes(o.graph);
  assert.is(after.params.consts, 1);
  assert.is(after.inputs.length, 2);
  const args = [seeded([3], 5), seeded([3], 6)];
  assert.equal(flat(evalGraph(o.graph, args, eager)), flat(evalGraph(g, args, eager)));
});

test('scan-invariant-carry and scan-const-xs: an unchanged carry and a constant x become consts', () => {
  const fn = (xs: Tensor, w: Tensor) => {
    const [[h, same]] = tj.scan(
      ([h, k]: Tensor[], [x, z]: Tensor[]) => [[tj.add(tj.mul(h, k), tj.add(x, z)), k], null],
      [tj.zeros([3]), w],
      [xs, tj.zeros([6, 3])],
    );
    return [h, same];
  };
  const args = [seeded([6, 3], 7), seeded([3], 8)];
  const o = optimized(fn, args);
  assert.ok(o.rewrites.includes('scan-invariant-carry'), o.rewrites.join(', '));
  assert.ok(o.rewrites.includes('scan-const-xs'), o.rewrites.join(', '));
  const [scan] = controlNodes(o.graph);
  assert.is(scan.params.carry, 1);
  assert.is(scan.inputs.length, 3, 'w, the h init and xs');
  agreesWithEager(fn, ...args);
});

test('scan-save-mem: ys read only at the last step become a carry (slice and take)', () => {
  const step = (h: Tensor, x: Tensor): [Tensor, Tensor] => {
    const nh = tj.tanh(tj.add(h, x));
    return [nh, tj.mul(nh, 2)];
  };
  const bySlice = (xs: Tensor) => tj.reshape(tj.slice(tj.scan(step, tj.zeros([3]), xs)[1], [-1]), [3]);
  const byTake = (xs: Tensor) => tj.take(tj.scan(step, tj.zeros([3]), xs)[1], -1, 0);
  const reversed = (xs: Tensor) => tj.slice(tj.scan(step, tj.zeros([3]), xs, { reverse: true })[1], [0], [1]);
  const xs = seeded([9, 3], 9);
  for (const fn of [bySlice, byTake, reversed]) {
    const e = tj.explain(fn, xs);
    assert.ok(e.rewrites.includes('scan-save-mem'), `${fn.name}: ${e.rewrites.join(', ')}`);
    assert.not.match(e.graph, /: \(.*f32\[9, 3\]/, `${fn.name}: no stacked ys\n${e.graph}`);
    assert.not.match(e.graph, /broadcastTo/, e.graph);
    agreesWithEager(fn, xs);
  }
  // Read anywhere else too: the stack stays.
  const both = (xs: Tensor) => {
    const ys = tj.scan(step, tj.zeros([3]), xs)[1];
    return [tj.slice(ys, [-1]), tj.sum(ys)];
  };
  assert.not.ok(tj.explain(both, xs).rewrites.includes('scan-save-mem'));
  const notLast = (xs: Tensor) => tj.slice(tj.scan(step, tj.zeros([3]), xs)[1], [-2], [-1]);
  assert.not.ok(tj.explain(notLast, xs).rewrites.includes('scan-save-mem'));
  agreesWithEager(both, xs);
  agreesWithEager(notLast, xs);
});

test('cond: unused results and inputs go; a constant predicate is its branch', () => {
  const fn = (p: Tensor, a: Tensor, b: Tensor) => {
    const [x] = tj.cond(
      tj.greater(tj.sum(p), 0),
      (u: Tensor, v: Tensor) => [tj.mul(u, 2), tj.exp(v)],
      (u: Tensor, v: Tensor) => [tj.neg(u), tj.log(v)],
      a,
      b,
    );
    return x;
  };
  const args = [tj.tensor([1, -3]), seeded([4], 10), tj.ones([4])];
  const o = optimized(fn, args);
  assert.ok(o.rewrites.includes('cond-dead-outputs'), o.rewrites.join(', '));
  assert.ok(o.rewrites.includes('cond-unused-inputs'), o.rewrites.join(', '));
  const [c] = controlNodes(o.graph);
  assert.is(c.results!.length, 1);
  assert.is(c.inputs.length, 2, 'pred and a');
  agreesWithEager(fn, ...args);
  agreesWithEager(fn, tj.tensor([1, 3]), args[1], args[2]);

  const fixed = (a: Tensor) =>
    tj.cond(
      true,
      (u: Tensor) => tj.mul(u, 3),
      (u: Tensor) => tj.neg(u),
      a,
    );
  const e = tj.explain(fixed, args[1]);
  assert.ok(e.rewrites.includes('cond-const-pred'), e.rewrites.join(', '));
  assert.is(e.loops, 0);
  assert.not.match(e.graph, /cond|neg/);
  agreesWithEager(fixed, args[1]);
});

test('while: a carry nothing needs goes; invariants of the body and cond move out', () => {
  const fn = (x: Tensor, w: Tensor) =>
    tj.whileLoop(
      ([i]: Tensor[]) => tj.less(i, tj.add(tj.sum(tj.exp(w)), 3)),
      ([i, v, junk]: Tensor[]) => [tj.add(i, 1), tj.add(v, tj.sqrt(tj.abs(w))), tj.mul(junk, 2)],
      [tj.tensor(0), x, x],
    )[1];
  const args = [seeded([3], 11), seeded([3], 12)];
  const o = optimized(fn, args);
  assert.ok(o.rewrites.includes('while-dead-carry'), o.rewrites.join(', '));
  assert.ok(o.rewrites.includes('while-push-out'), o.rewrites.join(', '));
  const [w] = controlNodes(o.graph);
  assert.is(w.results!.length, 2);
  assert.not.ok(ops(w.params.body as Graph).includes('sqrt'));
  assert.not.ok(ops(w.params.cond as Graph).includes('exp'));
  agreesWithEager(fn, ...args);
});

test('scan-unroll (with the unroll tag): a short scan with a small body becomes plain nodes', () => {
  const fn = (h0: Tensor, xs: Tensor, w: Tensor) =>
    tj.scan(
      (h: Tensor, x: Tensor) => {
        const nh = tj.tanh(tj.add(tj.mul(h, w), x));
        return [nh, tj.mul(nh, 2)];
      },
      h0,
      xs,
      { reverse: true },
    );
  const args = [seeded([5], 16), seeded([3, 5], 17), seeded([5], 18)];
  const g = traced(fn, ...args);
  assert.not.ok(optimize(g).rewrites.includes('scan-unroll'), 'off by default');
  const o = optimize(g, { tags: [...DEFAULT_TAGS, 'unroll'] });
  assert.ok(o.rewrites.includes('scan-unroll'), o.rewrites.join(', '));
  assert.is(controlNodes(o.graph).length, 0);
  const want = flat(evalGraph(g, args, eager)),
    got = flat(evalGraph(o.graph, args, eager));
  assert.equal(got, want);
  const long = traced(fn, args[0], seeded([5, 5], 19), args[2]);
  assert.not.ok(optimize(long, { tags: [...DEFAULT_TAGS, 'unroll'] }).rewrites.includes('scan-unroll'));
});

test('explain().loops counts control nodes, bodies included', () => {
  const fn = (xs: Tensor) =>
    tj.scan(
      (c: Tensor, x: Tensor) => [
        tj.cond(
          tj.greater(x, 0),
          (u: Tensor) => tj.add(u, x),
          (u: Tensor) => tj.sub(u, x),
          c,
        ),
        null,
      ],
      tj.tensor(0),
      xs,
    )[0];
  const xs = tj.tensor([1, -2, 3, -4, 5]);
  const e = tj.explain(fn, xs);
  assert.is(e.loops, 2);
  assert.match(String(e), /loops and branches \(scan, cond, while\): 2/);
  assert.is(tj.explain((x: Tensor) => tj.exp(x), xs).loops, 0);
  agreesWithEager(fn, xs);
});

test('jit(grad(50-step RNN)): the saving scan keeps only the residuals; the reverse scan drops dead work and recomputes nothing', () => {
  const U = seeded([4, 4], 13);
  const loss = (w: Tensor, xs: Tensor) => {
    const [h] = tj.scan(
      (h: Tensor, x: Tensor) => {
        const nh = tj.tanh(tj.add(tj.matmul(h, w), tj.matmul(x, U)));
        return [nh, tj.sum(nh)];
      },
      tj.zeros([4]),
      xs,
    );
    return tj.sum(h);
  };
  const g = tj.grad(loss);
  const args = [seeded([4, 4], 14), seeded([50, 4], 15)];
  const before = traced(g, ...args);
  const [fwd0, rev0] = controlNodes(before);
  assert.ok(fwd0.results!.length > 3, 'traced: final carry, ys, saved carries, saved residuals of the reverse step');
  assert.is(rev0.results!.length, 4, "traced: h's, w's and U's cotangents, x's");
  const e = tj.explain(tj.jit(g), ...args);
  for (const r of ['scan-dead-outputs', 'scan-push-out', 'scan-const-xs', 'scan-inline-constants'])
    assert.ok(e.rewrites.includes(r), `${r}: ${e.rewrites.join(', ')}`);
  assert.is(e.loops, 2);
  const o = optimize(before);
  const [fwd, rev] = controlNodes(o.graph);
  assert.equal(
    fwd.results!.map((a) => a.shape),
    [[4], [50, 4], [50, 4, 1]],
    "the carry and the reverse step's residuals (1 - tanh², h as a column): no ys of sum(h), no saved carries",
  );
  assert.equal(
    rev.results!.map((a) => a.shape),
    [[4], [4, 4]],
    "h's cotangent (w's reads it) and w's: U's accumulator and the xs' cotangents are gone",
  );
  assert.ok(ops(o.graph).includes('transpose'), 'transpose(w) runs once, outside');
  assert.not.ok(
    topoOrder(bodyOf(rev)).some((n) => n.op === 'tanh'),
    'the reverse body does not recompute the step',
  );
  const revBody = bodyOf(rev);
  assert.not.ok(
    topoOrder(revBody).some((n) => n.op === 'transpose' && revBody.inputs.indexOf(n.inputs[0]) === 0),
    printGraph(revBody),
  );
  agreesWithEager(g, ...args);
});

test('scan-push-out-xs: work on the xs alone runs once over all steps; the body reads its rows', () => {
  const U = seeded([3, 4], 21);
  const fn = (w: Tensor, xs: Tensor) =>
    tj.scan(
      (h: Tensor, x: Tensor) => [tj.tanh(tj.add(tj.matmul(h, w), tj.matmul(tj.mul(x, 2), U))), tj.exp(x)],
      tj.zeros([2, 4]),
      xs,
    );
  const args = [seeded([4, 4], 22), seeded([6, 2, 3], 23)];
  const e = tj.explain(fn, ...args);
  assert.ok(e.rewrites.includes('scan-push-out-xs'), e.rewrites.join(', '));
  const outside = e.graph.slice(0, e.graph.indexOf('body = '));
  assert.match(outside, /matmul\(.*\) : f32\[6, 2, 4\]/, 'x*2 @ U for all 6 steps at once, before the loop');
  const body = e.graph.slice(e.graph.indexOf('body = '));
  assert.is(body.match(/matmul/g)?.length, 1, 'only h @ w stays in the loop');
  agreesWithEager(fn, ...args);
  const g = tj.grad((w: Tensor, xs: Tensor) => tj.sum(fn(w, xs)[0]));
  agreesWithEager(g, ...args);
});

test.run();
