// The graph IR's control-flow extensions, tested on the IR directly (a fake op, no primitive):
// graph-valued params (interned by structure, printed nested, drawn as clusters, sent to the
// worker as one node table), nodes with several results read through proj nodes; and
// Variable.assign dispatched through the running interpreter (eager, tape, forward, trace).
import { test } from 'uvu';
import { optimize } from '../jit/optimize.js';
import * as assert from 'uvu/assert';
import {
  assertNoControlFlow,
  fromData,
  graphKey,
  GraphBuilder,
  printGraph,
  toData,
  toDot,
  topoOrder,
  type Graph,
  type Node,
} from '../jit/graph.js';
import { trace } from '../jit/tracer.js';
import type { Aval, Prim } from '../runtime/primitives/index.js';
import { eager, withInterpreter, type Interpreter } from '../src/dispatch.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const f32 = (...shape: number[]): Aval => ({ shape, dtype: 'float32' });
/** Stand-ins for control-flow ops: no primitive has these names, and the IR does not need one. */
const SCAN = 'fake_scan' as Prim,
  COND = 'fake_cond' as Prim;

/** A closed body: (c, x) -> (c + x, (c + x) * 2), built in its own builder. */
function body(name = 'body', labels = ['c', 'x'], op: Prim = 'add', k = 2): Graph {
  const b = new GraphBuilder();
  const c = b.input(f32(3), labels[0]),
    x = b.input(f32(3), labels[1]);
  const s = b.node(op, [c, x], {}, f32(3));
  const y = b.node('mul', [s, b.constant(f32(), new Float32Array([k]))], {}, f32(3));
  return { name, inputs: [c, x], outputs: [s, y], updates: [] };
}

/** f(arg0, arg1) = let (c, y) = scan(arg0, arg1) with `b` in c + y. */
function scanGraph(b: Graph = body()): Graph {
  const g = new GraphBuilder();
  const a0 = g.input(f32(3), 'arg0'),
    a1 = g.input(f32(3), 'arg1');
  const s = g.node(SCAN, [a0, a1], { length: 3, body: b }, [f32(3), f32(3)]);
  const out = g.node('add', [g.proj(s, 0), g.proj(s, 1)], {}, f32(3));
  return { name: 'f', inputs: [a0, a1], outputs: [out], updates: [] };
}

const PRINTED = [
  'graph f(arg0: f32[3], arg1: f32[3]) {',
  '  %0 = fake_scan(arg0, arg1) {length=3} : (f32[3], f32[3]) {',
  '    body = graph body(c: f32[3], x: f32[3]) {',
  '      %0 = add(c, x) : f32[3]',
  '      %1 = const f32[] {2} : f32[]',
  '      %2 = mul(%0, %1) : f32[3]',
  '      return %0, %2',
  '    }',
  '  }',
  '  %1 = proj(%0) {index=0} : f32[3]',
  '  %2 = proj(%0) {index=1} : f32[3]',
  '  %3 = add(%1, %2) : f32[3]',
  '  return %3',
  '}',
];

test('graph params are keyed by structure: equal bodies give one node, different ones two', () => {
  const b = new GraphBuilder();
  const a0 = b.input(f32(3), 'arg0'),
    a1 = b.input(f32(3), 'arg1');
  const scan = (g: Graph) => b.node(SCAN, [a0, a1], { length: 3, body: g }, [f32(3), f32(3)]);
  const first = scan(body());
  // Another graph object, other names and labels, same structure: the same node.
  assert.is(scan(body('other', ['p', 'q'])), first);
  assert.is(graphKey(body()), graphKey(body('z', ['u', 'v'])));
  // An op, a constant's value or the wiring differs: another node.
  assert.is.not(scan(body('body', ['c', 'x'], 'sub')), first);
  assert.is.not(scan(body('body', ['c', 'x'], 'add', 3)), first);
  const swapped = body();
  assert.is.not(scan({ ...swapped, outputs: [swapped.outputs[1], swapped.outputs[0]] }), first);
  // The key is computed once per graph object.
  const g = body();
  assert.is(graphKey(g), graphKey(g));
  // Arrays of graphs (the branches of a cond) are keyed element by element.
  const cond = (bs: Graph[]) => b.node(COND, [a0, a1], { branches: bs }, [f32(3), f32(3)]);
  assert.is(cond([body(), body('b', ['c', 'x'], 'sub')]), cond([body('a'), body('c', ['c', 'x'], 'sub')]));
  assert.is.not(cond([body(), body('b', ['c', 'x'], 'sub')]), cond([body('b', ['c', 'x'], 'sub'), body()]));
});

test('a sub-graph must be closed: reading an outer node is an internal error', () => {
  const outer = new GraphBuilder();
  const a = outer.input(f32(3), 'arg0');
  const b = new GraphBuilder();
  const c = b.input(f32(3), 'c');
  const open: Graph = { name: 'open', inputs: [c], outputs: [b.node('add', [c, a], {}, f32(3))], updates: [] };
  assert.throws(() => graphKey(open), /closed/);
  assert.throws(() => outer.node(SCAN, [a], { body: open }, [f32(3)]), /closed/);
});

test('several results: read through interned proj nodes; the node itself has no aval', () => {
  const b = new GraphBuilder();
  const x = b.input(f32(3), 'x');
  const s = b.node(SCAN, [x], { body: body() }, [f32(3), { shape: [], dtype: 'int32' }]);
  assert.equal(s.results, [f32(3), { shape: [], dtype: 'int32' }]);
  assert.equal(s.type, s.results);
  assert.throws(() => s.aval, /2 results: read one through a proj node/);
  const p1 = b.proj(s, 1);
  assert.is(b.proj(s, 1), p1);
  assert.is.not(b.proj(s, 0), p1);
  assert.equal(p1.aval, { shape: [], dtype: 'int32' });
  assert.equal([p1.op, p1.params, p1.inputs[0] === s, p1.results], ['proj', { index: 1 }, true, undefined]);
  // Rebuilding generically (as the rewrite engine does) gives the same nodes.
  assert.is(b.node(p1.op as Prim, p1.inputs, p1.params, p1.type), p1);
  assert.is(b.node(s.op as Prim, s.inputs, s.params, s.type), s);
  // Only proj reads such a node, with an index in range.
  assert.throws(() => b.node('exp', [s], {}, f32(3)), /exp reads node \d+ \(fake_scan\), which has 2 results/);
  assert.throws(() => b.proj(s, 2), /index below their count/);
  assert.throws(() => b.proj(p1, 0), /has one result/);
  assert.throws(() => b.node('proj' as Prim, [x], { index: 0 }, f32(3)), /proj takes one node with several results/);
  assert.throws(() => b.node(SCAN, [x], {}, []), /no results/);
  // A one-result node is as before.
  const e = b.node('exp', [x], {}, f32(3));
  assert.equal([e.results, e.aval, e.type], [undefined, f32(3), f32(3)]);
});

test('printed form: sub-graphs nest under their node, results print as a tuple type', () => {
  assert.equal(printGraph(scanGraph()).split('\n'), PRINTED);
  // Arrays of graphs print with their index; nesting goes as deep as the graphs do.
  const b = new GraphBuilder();
  const x = b.input(f32(3), 'x');
  const inner = scanGraph();
  const c = b.node(COND, [x], { branches: [inner, body()] }, [f32(3)]);
  const g: Graph = { name: 'g', inputs: [x], outputs: [b.proj(c, 0)], updates: [] };
  const lines = printGraph(g).split('\n');
  assert.equal(lines.slice(0, 4), [
    'graph g(x: f32[3]) {',
    '  %0 = fake_cond(x) : (f32[3]) {',
    '    branches[0] = graph f(arg0: f32[3], arg1: f32[3]) {',
    '      %0 = fake_scan(arg0, arg1) {length=3} : (f32[3], f32[3]) {',
  ]);
  assert.ok(lines.includes('          %2 = mul(%0, %1) : f32[3]'), lines.join('\n'));
  assert.ok(lines.includes('    branches[1] = graph body(c: f32[3], x: f32[3]) {'));
  assert.equal(lines.slice(-3), ['  %1 = proj(%0) {index=0} : f32[3]', '  return %1', '}']);
});

test('topoOrder: the node before its projections, sub-graph nodes left to the sub-graph', () => {
  const g = scanGraph();
  const order = topoOrder(g);
  assert.equal(
    order.map((n) => n.op),
    ['input', 'input', SCAN, 'proj', 'proj', 'add'],
  );
  const b = order[2].params.body as Graph;
  assert.equal(
    topoOrder(b).map((n) => n.op),
    ['input', 'input', 'add', 'const', 'mul'],
  );
});

test('dot: a sub-graph is a cluster with a dashed edge to its node; plain graphs are drawn as before', () => {
  const g = scanGraph();
  const dot = toDot(g);
  const s = topoOrder(g)[2];
  const p = `n${s.id}_body_`;
  assert.ok(dot.includes('  compound=true;'));
  assert.ok(dot.includes(`  subgraph cluster_${p} {`), dot);
  assert.ok(dot.includes(`    label="${SCAN} body"; style=dashed;`));
  assert.ok(dot.includes(`  n${s.id} [shape=box, label="${SCAN}\\n(f32[3], f32[3])"];`), dot);
  assert.match(dot, new RegExp(`    ${p}n\\d+ \\[shape=invhouse, label="c\\\\nf32\\[3\\]"\\];`));
  assert.match(dot, new RegExp(`  ${p}n\\d+ -> n${s.id} \\[style=dashed, ltail=cluster_${p}\\];`));
  assert.ok(dot.includes(`    ${p}out1 [shape=house, label="out 1"];`));
  assert.match(dot, /label="proj 0\\nf32\[3\]"/);
  // Braces balance (clusters close).
  assert.is(dot.split('{').length, dot.split('}').length);
  const plain = trace(
    'h',
    (x: Tensor) => tj.exp(x),
    undefined,
    [tj.ones([2])],
    () => false,
  ).graph;
  assert.not.ok(toDot(plain).includes('compound'));
  assert.not.ok(toDot(plain).includes('subgraph'));
});

test('toData/fromData: one node table, sub-graphs by index, each node and graph once; a round trip prints the same', () => {
  const g = scanGraph();
  const d = toData(g);
  assert.is(d.nodes.length, 6 + 5);
  assert.is(d.subgraphs.length, 1);
  const scanAt = d.nodes.findIndex((n) => n.op === SCAN);
  const sd = d.nodes[scanAt];
  assert.equal(sd.params, { length: 3 });
  assert.equal(sd.graphParams, { body: 0 });
  assert.equal(sd.results, [
    { shape: [3], dtype: 'float32' },
    { shape: [3], dtype: 'float32' },
  ]);
  assert.is(sd.shape, undefined);
  // The body's nodes come before the node that carries it; references are indices.
  for (const i of [...d.subgraphs[0].inputs, ...d.subgraphs[0].outputs]) assert.ok(i < scanAt);
  // No node objects inside: plain data, and JSON-able apart from constant buffers.
  assert.not.ok(JSON.stringify(d.nodes.map((n) => n.params)).includes('inputs'));
  const back = fromData(structuredClone(d));
  assert.equal(printGraph(back).split('\n'), PRINTED);
  const bodyBack = topoOrder(back).find((n) => n.op === SCAN)!.params.body as Graph;
  assert.is(graphKey(bodyBack), graphKey(body()));
  // Node ids stay unique across the graph and its sub-graphs.
  const ids = [...topoOrder(back), ...topoOrder(bodyBack)].map((n) => n.id);
  assert.is(new Set(ids).size, ids.length);
  // The same graph object twice (and shared nodes) is encoded once; structurally equal objects once each.
  const b = new GraphBuilder();
  const x = b.input(f32(3), 'x');
  const same = body();
  const c = b.node(COND, [x, x], { branches: [same, same, body()] }, [f32(3), f32(3)]);
  const h: Graph = { name: 'h', inputs: [x], outputs: [b.proj(c, 1)], updates: [] };
  const hd = toData(h);
  assert.equal(hd.nodes.find((n) => n.op === COND)!.graphParams, { branches: [0, 0, 1] });
  assert.is(hd.subgraphs.length, 2);
  assert.is(hd.nodes.length, 3 + 5 + 5);
  const hb = fromData(hd);
  const branches = topoOrder(hb).find((n) => n.op === COND)!.params.branches as Graph[];
  assert.is(branches[0], branches[1]);
  assert.equal(printGraph(hb), printGraph(h));
  // Nested sub-graphs round-trip too.
  const nest = new GraphBuilder();
  const y = nest.input(f32(3), 'y');
  const outer = nest.node(SCAN, [y], { body: scanGraph() }, [f32(3)]);
  const ng: Graph = { name: 'n', inputs: [y], outputs: [nest.proj(outer, 0)], updates: [] };
  const nd = toData(ng);
  assert.is(nd.subgraphs.length, 2);
  assert.equal(printGraph(fromData(structuredClone(nd))), printGraph(ng));
});

test('toData/fromData of a traced graph is unchanged for one-result nodes', () => {
  const w = tj.variable(tj.ones([2]));
  const g = trace(
    't',
    (x: Tensor) => {
      w.assign(tj.add(w, x));
      return tj.mul(tj.exp(x), 2);
    },
    undefined,
    [tj.ones([2])],
    () => false,
  ).graph;
  const d = toData(g);
  assert.equal(d.subgraphs, []);
  assert.ok(
    d.nodes.every(
      (n) => n.shape !== undefined && n.dtype !== undefined && n.results === undefined && n.graphParams === undefined,
    ),
  );
  assert.equal(printGraph(fromData(d)), printGraph(g));
});

// ---------------------------------------------------------------------------------------------
// assign through the running interpreter

const updatesOf = (g: Graph) => g.updates.map((u) => `${g.inputs[u.input].label} <- ${u.value.op}`);

test('assign: eager sets the value; an interpreter without assign passes it down', () => {
  const v = tj.variable(tj.zeros([2]));
  v.assign(tj.tensor([1, 2]));
  assert.equal(v.toArray(), [1, 2]);
  const seen: string[] = [];
  const spy: Interpreter = {
    apply(prim, inputs, params) {
      seen.push(prim);
      return eager.apply(prim, inputs, params);
    },
  };
  withInterpreter(spy, () => v.assign(tj.add(v, 1)));
  assert.equal(v.toArray(), [2, 3]);
  assert.equal(seen, ['add']);
  // The checks come first: a bad value changes nothing under any interpreter.
  assert.throws(() => withInterpreter(spy, () => v.assign(tj.zeros([3]))), /must match the variable/);
  assert.equal(v.toArray(), [2, 3]);
});

test('assign under a trace is an update of that trace; nested traces record their own', () => {
  const v = tj.variable(tj.zeros([2]));
  let inner: Graph | undefined;
  const outer = trace(
    'outer',
    (x: Tensor) => {
      inner = trace(
        'inner',
        (y: Tensor) => {
          v.assign(tj.mul(y, 2));
          return y;
        },
        undefined,
        [tj.ones([2])],
        () => false,
      ).graph;
      v.assign(tj.add(v, x));
      return x;
    },
    undefined,
    [tj.ones([2])],
    () => false,
  ).graph;
  assert.equal(updatesOf(inner!), ['var0 <- mul']);
  assert.equal(updatesOf(outer), ['var0 <- add']);
  assert.equal(v.toArray(), [0, 0]); // tracing assigned nothing
  // A jit called inside a trace runs inline: its assign is the enclosing trace's update.
  const bump = tj.jit(
    () => {
      v.assign(tj.add(v, 1));
    },
    { hot: 0, async: false },
  );
  const g = trace(
    'g',
    (x: Tensor) => {
      bump();
      return tj.mul(v, x);
    },
    undefined,
    [tj.ones([2])],
    () => false,
  ).graph;
  assert.equal(updatesOf(g), ['var0 <- add']);
  assert.match(
    printGraph(g),
    /%0 = const f32\[\] \{1\} : f32\[\]\n {2}%1 = add\(var0, %0\) : f32\[2\]\n {2}%2 = mul\(%1, arg0\)/,
  );
  assert.equal(v.toArray(), [0, 0]);
  // explain() traces without assigning.
  const ex = tj.explain(
    (x: Tensor) => {
      v.assign(tj.add(v, x));
      return x;
    },
    tj.ones([2]),
  );
  assert.match(ex.graph, /var0 <- /);
  assert.equal(v.toArray(), [0, 0]);
});

test('assign inside grad and jvp: the tape and the forward trace pass it down (eager, or to a trace)', () => {
  const w = tj.variable(tj.tensor([1, 2, 3]));
  const seen = tj.variable(tj.zeros([3]));
  const loss = () => {
    seen.assign(tj.mul(w, 2));
    return tj.sum(tj.square(w));
  };
  const [value, [gw]] = tj.valueAndGrad(loss, { wrt: [w] })();
  assert.is(value.item(), 14);
  assert.equal(gw.toArray(), [2, 4, 6]);
  assert.equal(seen.toArray(), [2, 4, 6]);
  const [out, tan] = tj.jvp(
    (x: Tensor) => {
      seen.assign(tj.add(x, 1));
      return tj.mul(x, x);
    },
    [tj.tensor([1, 2, 3])],
    [tj.ones([3])],
  );
  assert.equal(
    [(out as Tensor).toArray(), (tan as Tensor).toArray(), seen.toArray()],
    [
      [1, 4, 9],
      [2, 4, 6],
      [2, 3, 4],
    ],
  );
  // Under a trace, the assign made inside grad is the trace's update.
  const g = trace(
    'step',
    () => {
      const [, [gr]] = tj.valueAndGrad(
        () => {
          seen.assign(w);
          return tj.sum(tj.square(w));
        },
        { wrt: [w] },
      )();
      w.assign(tj.sub(w, tj.mul(gr, 0.5)));
      return gr;
    },
    undefined,
    [],
    () => false,
  ).graph;
  assert.equal(updatesOf(g).sort(), ['var0 <- input', 'var1 <- sub']);
  assert.equal(w.toArray(), [1, 2, 3]);
});

test('assertNoControlFlow: what code generators call until they handle control flow', () => {
  assert.throws(
    () => assertNoControlFlow(scanGraph(), 'codegen-js'),
    /internal: codegen-js cannot handle node \d+ \(fake_scan\) of graph f yet: it has 2 results/,
  );
  const b = new GraphBuilder();
  const x = b.input(f32(3), 'x');
  const one = b.node(SCAN, [x], { body: body() }, f32(3));
  assert.throws(
    () => assertNoControlFlow({ name: 'g', inputs: [x], outputs: [one], updates: [] }, 'fusion'),
    /carries sub-graphs \(body\)/,
  );
  assertNoControlFlow(
    trace(
      't',
      (y: Tensor) => tj.exp(y),
      undefined,
      [tj.ones([2])],
      () => false,
    ).graph,
    'codegen-js',
  );
});

test('Node: one-result nodes are unaffected (aval is the type, results undefined)', () => {
  const g = trace(
    't',
    (x: Tensor) => tj.exp(x),
    undefined,
    [tj.ones([2])],
    () => false,
  ).graph;
  const n: Node = g.outputs[0];
  assert.equal([n.op, n.aval, n.results], ['exp', f32(2), undefined]);
});

test('the rewrite phases pass a multi-result node and its projections through', () => {
  const g = scanGraph();
  const { graph } = optimize(g);
  assert.match(printGraph(graph), /fake_scan\(arg0, arg1\)/);
  assert.match(printGraph(graph), /proj\(%0\) \{index=1\}/);
});

test.run();
