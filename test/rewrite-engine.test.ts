// The rewrite engine's machinery (issue #12): rules indexed by the op at their pattern's root,
// the phase database (registered by name, position and tags, queried by tags and names), a pass
// that changes nothing returning the same graph, and backend-tagged rules.
import { test } from 'uvu';
import { eagerNativeCalls } from '../runtime/native/eager.js';
import { eagerWasmCalls } from '../runtime/wasm/eager.js';
import * as assert from 'uvu/assert';
import { fromData, printGraph, toData, topoOrder, type Graph, type GraphData } from '../jit/graph.js';
import { BACKEND_TAGS, DEFAULT_TAGS, optimize, registerRules } from '../jit/optimize.js';
import {
  rootOps,
  ruleIndex,
  runPhase,
  runPhases,
  setMatchHook,
  type Phase,
  type PhaseLog,
  type RewriteRule,
} from '../jit/rewrite/engine.js';
import { RewriteDB, optdb } from '../jit/rewrite/registry.js';
import { PHASES } from '../jit/rewrite/rules.js';
import { trace } from '../jit/tracer.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { withoutEagerNative } from './eager-paths.js';

const traced = (fn: (...a: Tensor[]) => unknown, ...args: Tensor[]) =>
  trace('f', fn, undefined, args, () => false).graph;
const v3 = tj.ones([3]);

/** Runs `f` with the match hook counting attempts as "rule@op". */
function attempts(f: () => void): Map<string, number> {
  const seen = new Map<string, number>();
  const prev = setMatchHook((rule, node) => {
    const k = `${rule.name}@${node.op}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  try {
    f();
  } finally {
    setMatchHook(prev);
  }
  return seen;
}

const never = () => null;
const onExp: RewriteRule = { name: 'on-exp', pattern: { op: 'exp', args: [{ any: 'x' }] }, rewrite: never };
const onSinCos: RewriteRule = { name: 'on-sin-cos', pattern: { op: ['sin', 'cos'] }, rewrite: never };
const onScalar: RewriteRule = { name: 'on-scalar', pattern: { scalar: () => true }, rewrite: never };
const onAny: RewriteRule = { name: 'on-any', pattern: { any: 'x' }, rewrite: never };

test('index: a rule is tried only on nodes of the op its root names; wildcard roots on every node', () => {
  const phase: Phase = { name: 'probe', rules: [onExp, onSinCos, onScalar, onAny] };
  const g = traced((x) => tj.add(tj.exp(tj.sin(x)), tj.mul(tj.cos(x), 2)), v3);
  const seen = attempts(() => runPhase(g, phase, []));
  const ops = topoOrder(g)
    .filter((n) => n.op !== 'input')
    .map((n) => n.op);
  assert.equal(ops.slice().sort(), ['add', 'const', 'cos', 'exp', 'mul', 'sin']);
  const tried = (rule: string) =>
    [...seen.keys()]
      .filter((k) => k.startsWith(`${rule}@`))
      .map((k) => k.slice(rule.length + 1))
      .sort();
  assert.equal(tried('on-exp'), ['exp']);
  assert.equal(tried('on-sin-cos'), ['cos', 'sin']);
  assert.equal(tried('on-scalar'), ['const']);
  assert.equal(tried('on-any'), ops.slice().sort());
  // One pass (nothing fires), one attempt per (rule, node).
  assert.ok(
    [...seen.values()].every((c) => c === 1),
    JSON.stringify([...seen]),
  );
});

test('index: built once per phase, each op list in the phase order, wildcard rules merged in place', () => {
  const phase: Phase = { name: 'probe', rules: [onAny, onExp, onSinCos, onScalar] };
  const ix = ruleIndex(phase);
  assert.is(ruleIndex(phase), ix);
  assert.equal(
    ix.rulesFor('exp').map((r) => r.name),
    ['on-any', 'on-exp'],
  );
  assert.equal(
    ix.rulesFor('cos').map((r) => r.name),
    ['on-any', 'on-sin-cos'],
  );
  assert.equal(
    ix.rulesFor('const').map((r) => r.name),
    ['on-any', 'on-scalar'],
  );
  assert.equal(
    ix.rulesFor('add').map((r) => r.name),
    ['on-any'],
  );
  assert.equal(
    ix.general.map((r) => r.name),
    ['on-any'],
  );
  assert.equal(rootOps(onSinCos.pattern), ['sin', 'cos']);
  assert.is(rootOps(onAny.pattern), undefined);
});

test('index: the first rule in phase order that fires wins, wildcard or not', () => {
  const toSin = (name: string, pattern: RewriteRule['pattern']): RewriteRule => ({
    name,
    pattern,
    rewrite: (_c, n, ctx) => (n.op === 'exp' ? ctx.op('sin', [n.inputs[0]]) : null),
  });
  const viaAny = toSin('via-any', { any: 'x' }),
    viaExp = toSin('via-exp', { op: 'exp' });
  const g = traced((x) => tj.exp(x), v3);
  for (const rules of [
    [viaAny, viaExp],
    [viaExp, viaAny],
  ]) {
    const log: PhaseLog[] = [];
    runPhase(g, { name: 'order', rules }, log);
    assert.equal(log[0].fired, [rules[0].name]);
  }
});

test('index: on real graphs, every attempt is at a node of an op the rule can match', () => {
  const w = tj.variable(tj.zeros([4, 3])),
    b = tj.variable(tj.zeros([3])),
    x = tj.ones([5, 4]),
    y = tj.tensor([0, 1, 2, 1, 0], { dtype: 'int32' });
  const g = trace(
    'step',
    () => {
      const [l, [gw, gb]] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(tj.add(tj.matmul(x, w), b), y), {
        wrt: [w, b],
      })();
      w.assign(tj.sub(w, tj.mul(gw, 0.1)));
      b.assign(tj.sub(b, tj.mul(gb, 0.1)));
      return l;
    },
    undefined,
    [],
    () => false,
  ).graph;
  const rules = new Map(PHASES.flatMap((p) => p.rules).map((r) => [r.name, r]));
  let total = 0,
    all: number;
  const prev = setMatchHook((rule, node) => {
    total++;
    const ops = rootOps(rule.pattern);
    assert.ok(ops === undefined || ops.includes(node.op), `${rule.name} tried on ${node.op}`);
    assert.ok(rules.has(rule.name));
  });
  try {
    const { log } = runPhases(g, PHASES, 0);
    all = log.reduce((k, l, i) => k + l.passes * PHASES[i].rules.length, 0) * topoOrder(g).length;
  } finally {
    setMatchHook(prev);
  }
  assert.ok(total > 0 && total < all / 3, `${total} attempts, ${all} without the index`);
});

test('a pass that changes nothing returns the same graph; a phase and optimize() too', () => {
  const g = traced((x) => tj.tanh(tj.exp(x)), v3);
  for (const p of PHASES) {
    const log: PhaseLog[] = [];
    assert.is(runPhase(g, p, log), g, p.name);
    assert.is(log[0].passes, 1);
  }
  const o = optimize(g);
  assert.is(o.graph, g);
  assert.equal(o.rewrites, []);
  // A phase that rewrites returns a new graph; its last pass (nothing fires) does not copy again.
  const h = traced((x) => tj.neg(tj.neg(tj.exp(x))), v3);
  const canon = PHASES.find((p) => p.name === 'canonicalize')!;
  const h2 = runPhase(h, canon, []);
  assert.is.not(h2, h);
  assert.is(runPhase(h2, canon, []), h2);
  const oh = optimize(h).graph;
  assert.is(optimize(oh).graph, oh); // already optimized: nothing fires, nothing is rebuilt
});

test('a graph that is not interned is still merged by the merge phase (rebuilt, a new object)', () => {
  const g = traced((x) => tj.add(tj.exp(x), tj.sin(x)), v3);
  const d: GraphData = toData(g);
  // Turn sin into a second exp of the same input: two equal nodes the merge phase makes one.
  const sin = d.nodes.findIndex((n) => n.op === 'sin');
  d.nodes[sin] = { ...d.nodes[sin], op: 'exp' };
  const dup: Graph = fromData(d);
  const merge = PHASES.find((p) => p.name === 'merge')!;
  const merged = runPhase(dup, merge, []);
  assert.is.not(merged, dup);
  assert.equal(
    printGraph(merged)
      .split('\n')
      .slice(1, -1)
      .map((l) => l.trim()),
    ['%0 = exp(arg0) : f32[3]', '%1 = add(%0, %0) : f32[3]', 'return %1'],
  );
  assert.is(runPhase(merged, merge, []), merged);
});

test('registry: phases ordered by position (ties in registration order), filtered by tags, names and exclusions', () => {
  const db = new RewriteDB();
  const r = (name: string): RewriteRule => ({ name, pattern: { op: 'exp' }, rewrite: never });
  db.register('late', { position: 10 })
    .register('early', { position: 0 })
    .register('mid', { position: 5 })
    .register('mid-too', { position: 5 });
  db.register('gpu-only', { position: 7, tags: ['gpu'] }).register('last');
  assert.equal(
    db.entries().map((p) => [p.name, p.position]),
    [
      ['early', 0],
      ['mid', 5],
      ['mid-too', 5],
      ['gpu-only', 7],
      ['late', 10],
      ['last', 11],
    ],
  );
  db.registerRules('mid', [r('a'), r('b')]);
  db.registerRules('mid', [r('wasm-rule')], { tags: ['wasm'] });
  db.registerRules('mid', [r('first')], { position: -1 });
  db.registerRules('mid', [r('js-or-wasm')], { tags: ['js', 'wasm'] });
  const names = (ps: readonly Phase[]) => ps.map((p) => `${p.name}[${p.rules.map((x) => x.name).join(',')}]`);
  assert.equal(names(db.query()), ['early[]', 'mid[first,a,b]', 'mid-too[]', 'late[]', 'last[]']);
  assert.equal(names(db.query({ tags: ['wasm'] })), [
    'early[]',
    'mid[first,a,b,wasm-rule,js-or-wasm]',
    'mid-too[]',
    'late[]',
    'last[]',
  ]);
  assert.equal(names(db.query({ tags: ['js'] })), [
    'early[]',
    'mid[first,a,b,js-or-wasm]',
    'mid-too[]',
    'late[]',
    'last[]',
  ]);
  assert.equal(names(db.query({ tags: ['gpu'] })), [
    'early[]',
    'mid[first,a,b]',
    'mid-too[]',
    'gpu-only[]',
    'late[]',
    'last[]',
  ]);
  assert.equal(names(db.query({ tags: ['wasm'], exclude: ['a', 'late', 'js'] })), [
    'early[]',
    'mid[first,b,wasm-rule]',
    'mid-too[]',
    'last[]',
  ]);
  assert.equal(names(db.query({ only: ['mid', 'last'] })), ['mid[first,a,b]', 'last[]']);
  // The same query gives the same phase objects (their rule index is built once) until something is registered.
  const q = db.query({ tags: ['wasm'] });
  assert.is(db.query({ tags: new Set(['wasm']) }), q);
  db.registerRules('late', [r('c')]);
  assert.is.not(db.query({ tags: ['wasm'] }), q);
  assert.throws(() => db.register('mid'), /phase mid is already registered/);
  assert.throws(() => db.registerRules('nope', [r('x')]), /no phase nope/);
});

test('registry: the built-in phases, in Theano order, with matmul-bias behind the linear tag', () => {
  assert.equal(
    optdb.entries().map((p) => p.name),
    ['merge', 'canonicalize', 'stabilize', 'specialize', 'fusion', 'final-merge'],
  );
  assert.equal(
    PHASES.map((p) => p.name),
    optdb.entries().map((p) => p.name),
  );
  const specialize = optdb.entries().find((p) => p.name === 'specialize')!;
  assert.equal(specialize.rules.find((x) => x.name === 'matmul-bias')!.tags, ['linear']);
  assert.equal([...DEFAULT_TAGS], ['linear']);
  assert.ok(BACKEND_TAGS.js.includes('linear') && BACKEND_TAGS.wasm.includes('linear'));
  const g = traced((a, w, b) => tj.add(tj.matmul(a, w), b), tj.ones([2, 3]), tj.ones([3, 4]), tj.ones([4]));
  const linear = (tags?: readonly string[]) => /linear\(/.test(printGraph(optimize(g, tags && { tags }).graph));
  assert.ok(linear());
  assert.ok(linear(BACKEND_TAGS.js));
  assert.ok(linear(BACKEND_TAGS.wasm));
  assert.not.ok(linear([]));
  assert.not.ok(linear(['js']));
  assert.equal(optimize(g, { tags: BACKEND_TAGS.js }).rewrites, optimize(g).rewrites);
  assert.equal(optimize(g, { tags: BACKEND_TAGS.wasm }).rewrites, optimize(g).rewrites);
});

test('a backend-tagged rule fires only when its tag is enabled', () => {
  // A WASM-only specialization (here neg x as 0 - x), only on f32[3, 1, 7] so it touches nothing else.
  registerRules(
    'specialize',
    [
      {
        name: 'test-wasm-neg-as-sub',
        pattern: { op: 'neg', args: [{ any: 'x' }], where: (n) => n.aval.shape.join() === '3,1,7' },
        rewrite: (c, n, ctx) => ctx.op('sub', [ctx.constant(0, n.aval.dtype), c.x]),
      },
    ],
    { tags: ['wasm'] },
  );
  const g = traced((x) => tj.exp(tj.neg(x)), tj.ones([3, 1, 7]));
  const fired = (tags?: readonly string[]) => optimize(g, tags && { tags }).rewrites.includes('test-wasm-neg-as-sub');
  assert.ok(fired(BACKEND_TAGS.wasm));
  assert.match(printGraph(optimize(g, { tags: BACKEND_TAGS.wasm }).graph), /sub\(%\d+, arg0\)/);
  assert.not.ok(fired(BACKEND_TAGS.js));
  assert.not.ok(fired());
  assert.is(optimize(g).graph, g);
  assert.not.ok(PHASES.some((p) => p.rules.some((x) => x.name === 'test-wasm-neg-as-sub'))); // the snapshot taken at load
  assert.not.ok(fired(['wasm', 'linear'].filter((t) => t !== 'wasm')));
  assert.not.ok(optimize(g, { tags: BACKEND_TAGS.wasm, exclude: ['test-wasm-neg-as-sub'] }).rewrites.length > 0);
});

test('constant folding runs JS kernels only: no WASM module, native library, thread or toolchain', () => {
  const a = tj.rand([64, 64]),
    b = tj.rand([64, 64]);
  const before = eagerWasmCalls.matmul,
    nativeBefore = eagerNativeCalls.matmul;
  const report = tj.explain(() => tj.matmul(a, b));
  assert.ok(report.rewrites.includes('constant-fold'), report.rewrites.join(', '));
  assert.is(eagerWasmCalls.matmul, before, 'the folded matmul ran on the JS kernel');
  assert.is(eagerNativeCalls.matmul, nativeBefore, 'not on the native kernel library either');
  // The WASM path: eager ops kept off the native kernel library, which comes first where it is built.
  withoutEagerNative(() => tj.matmul(a, b));
  const wasm = tj.backends().find((x) => x.name === 'wasm')!.available;
  if (wasm)
    assert.is(
      eagerWasmCalls.matmul,
      before + 1,
      'the same product eagerly takes the WASM kernel (the check above means something)',
    );
});

test.run();
