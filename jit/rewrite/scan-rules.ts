// Theano's scan rewrites (PyTensor's scan_opt), as rules on the control nodes (scan, cond, while)
// of the rewrite engine: the bodies themselves are rewritten by every phase first (the engine
// does that), then these rules change the node around them.
// - push-out: body nodes that read only loop invariants run once, before the loop, as new consts
//   (PyTensor's push_out_non_seq); for scan and while, never cond (only the taken branch runs).
//   Body nodes that read only xs and invariants (elementwise, matmul, layout) run once over the
//   stacked xs and the body reads their rows (push_out_seq).
// - dead results: results nothing reads leave the node; a carry goes too when nothing that stays
//   needs it; then inputs the bodies no longer read (remove_constants_and_unused_inputs_scan).
// - invariant carries and uniform xs become consts, constant consts become constants of the body,
//   so the body's own rules see them.
// - save-mem: a y whose readers all take the last step's row becomes a carry: no stacked buffer
//   (PyTensor's scan_save_mem, keeping one row). It runs on the graph as optimize() gets it, so
//   after gradients are built.
// - a cond on a constant predicate is its branch; a short scan with a small body is unrolled.
// Registered in canonicalize (PyTensor's scan_eqopt1) and again in specialize (its scan_eqopt2,
// after stabilize, for what the phases between leave); unrolling only when a backend enables the
// `unroll` tag (on the JS tier a 3-step scan of a 16-element body ran slower unrolled, 22 against
// 15 us a call: the slices and the concat cost more than the loop's calls).

import './rules.js'; // the built-in phases first: these rules join canonicalize
import type { Aval, Prim } from '../../runtime/primitives/index.js';
import { isElementwisePrim } from '../../runtime/primitives/types.js';
import type { CondParams } from '../../src/control/cond.js';
import type { ScanParams } from '../../src/control/scan.js';
import type { WhileParams } from '../../src/control/while.js';
import { GraphBuilder, PROJ, orderOf, subgraphsOf, topoOrder, type Graph, type Node } from '../graph.js';
import { RewriteContext, scalarValue, type ResultsReplacement, type ResultUse, type RewriteRule } from './engine.js';
import { optdb } from './registry.js';

// ---------------------------------------------------------------------------------------------
// Graph helpers

const graphOf = (outputs: readonly Node[]): Graph => ({ name: '', inputs: [], outputs, updates: [] });

/** The nodes `roots` are computed from, within their graph (the roots included). */
const ancestors = (roots: readonly Node[]): Set<Node> => new Set(topoOrder(graphOf(roots)));

/**
 * Copies into `b` the nodes `roots` are computed from, stopping at nodes `map` already has (seed
 * it with what a graph's inputs become, or any node to substitute); returns the roots' copies.
 */
function copyInto(b: GraphBuilder, roots: readonly Node[], map: Map<Node, Node>): Node[] {
  const stack: [Node, number][] = roots.filter((r) => !map.has(r)).map((r) => [r, 0]);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const [n, i] = top;
    if (map.has(n)) {
      stack.pop();
      continue;
    }
    if (i < n.inputs.length) {
      top[1]++;
      if (!map.has(n.inputs[i])) stack.push([n.inputs[i], 0]);
      continue;
    }
    stack.pop();
    if (n.op === 'input') throw new Error(`internal: copying a body: its input ${n.label ?? n.id} has no substitute`);
    map.set(
      n,
      n.op === 'const'
        ? b.constant(n.aval, n.value!)
        : b.node(
            n.op as Prim,
            n.inputs.map((x) => map.get(x)!),
            n.params,
            n.type,
          ),
    );
  }
  return roots.map((r) => map.get(r)!);
}

/** Nodes whose run may throw (checkIndex, or a body holding one): never moved to where they would run more often. */
function mayThrow(n: Node): boolean {
  if (n.op === 'checkIndex' || n.op === 'allReduce' || n.op === 'broadcast') return true;
  if (n.results === undefined) return false;
  return subgraphsOf(n).some(({ graphs }) => graphs.some((g) => orderOf(g).some(mayThrow)));
}

/**
 * What a rule found nothing to do for, per body graph (bodies are immutable) and a key of what
 * else that depends on (how many consts and carries): passes and phases try the rule on the same
 * body again and again.
 */
class NothingFor {
  private readonly seen = new WeakMap<Graph, Set<string>>();
  has(g: Graph, key: string): boolean {
    return this.seen.get(g)?.has(key) ?? false;
  }
  add(g: Graph, key: string): void {
    let s = this.seen.get(g);
    if (!s) this.seen.set(g, (s = new Set()));
    s.add(key);
  }
}

/** Ops that compute nothing worth moving out of a loop on their own: the loop's fused code reads them as it goes. */
const FREE = new Set<string>(['input', 'const', 'reshape', 'broadcastTo']);

const nothingInvariant = new NothingFor();

/**
 * Moves out of graph `g` the nodes computed only from its first `nInv` inputs (loop invariants)
 * and constants: each such node a variant node (or an output) reads becomes a new input, right
 * after the invariant ones, computed outside by a copy built with `ctx` from `outer` (what the
 * invariant inputs are outside). Undefined when there is nothing worth moving.
 */
function pushOut(
  g: Graph,
  nInv: number,
  outer: readonly Node[],
  ctx: RewriteContext,
): { graph: Graph; added: Node[] } | undefined {
  if (nothingInvariant.has(g, String(nInv))) return undefined;
  const inv = new Set<Node>(g.inputs.slice(0, nInv));
  const order = orderOf(g);
  for (const n of order) {
    if (n.op === 'input') continue;
    if (n.op === 'const' || (!mayThrow(n) && n.inputs.every((i) => inv.has(i)))) inv.add(n);
  }
  // Whether an invariant node does real work (it or something it is computed from).
  const worth = new Map<Node, boolean>();
  for (const n of order) if (inv.has(n)) worth.set(n, !FREE.has(n.op) || n.inputs.some((i) => worth.get(i) === true));
  const boundary = new Set<Node>();
  const consider = (x: Node) => {
    if (inv.has(x) && worth.get(x) && x.op !== 'const') boundary.add(x);
  };
  for (const n of order) if (!inv.has(n)) n.inputs.forEach(consider);
  g.outputs.forEach(consider);
  if (boundary.size === 0) {
    nothingInvariant.add(g, String(nInv));
    return undefined;
  }
  const moved = [...boundary];
  const added = copyInto(ctx.builder, moved, new Map(g.inputs.slice(0, nInv).map((x, i) => [x, outer[i]])));
  return { graph: movedToInputs(g, moved, nInv, (i) => `inv${nInv + i}`), added };
}

/**
 * A copy of graph `g` in which each of `moved` (nodes of g) is read from a new input instead,
 * the new inputs placed before input `at`, labelled by `label`.
 */
function movedToInputs(g: Graph, moved: readonly Node[], at: number, label: (i: number) => string): Graph {
  const b = new GraphBuilder();
  const map = new Map<Node, Node>();
  const copyInput = (x: Node) => {
    const y = b.input(x.aval, x.label ?? 'in');
    map.set(x, y);
    return y;
  };
  const head = g.inputs.slice(0, at).map(copyInput);
  const added = moved.map((x, i) => {
    const y = b.input(x.aval, label(i));
    map.set(x, y);
    return y;
  });
  const tail = g.inputs.slice(at).map(copyInput);
  return { name: g.name, inputs: [...head, ...added, ...tail], outputs: copyInto(b, g.outputs, map), updates: [] };
}

/**
 * A copy of graph `g` whose input `i` becomes `subst(i, ctx)` when that gives a node (built with
 * `ctx`, the copy's builder: a constant, an expression of inputs it made), else a new input.
 * `extra` inputs are appended. The new inputs, in order, and the outputs' copies.
 */
function rebuildGraph(
  g: Graph,
  subst: (i: number, bctx: RewriteContext, input: (aval: Aval, label: string) => Node) => Node | undefined,
  outputs: readonly Node[] = g.outputs,
): Graph {
  const bctx = new RewriteContext(new GraphBuilder());
  const inputs: Node[] = [];
  const input = (aval: Aval, label: string) => {
    const x = bctx.builder.input(aval, label);
    inputs.push(x);
    return x;
  };
  const map = new Map<Node, Node>();
  g.inputs.forEach((x, i) => map.set(x, subst(i, bctx, input) ?? input(x.aval, x.label ?? 'in')));
  return { name: g.name, inputs, outputs: copyInto(bctx.builder, outputs, map), updates: [] };
}

const rule = (name: string, op: 'scan' | 'cond' | 'while', rewrite: RewriteRule['rewrite']): RewriteRule => ({
  name,
  pattern: { op: op as Prim },
  rewrite,
});

/** Result uses as the engine gives them; none known (a rule called outside a pass) means all are read. */
const usesOf = (ctx: RewriteContext, n: Node): readonly ResultUse[] => {
  const u = ctx.resultUses();
  return u.length === n.results!.length
    ? u
    : n.results!.map(() => ({ read: true, readers: [], output: true }) satisfies ResultUse);
};

// ---------------------------------------------------------------------------------------------
// scan

interface ScanParts {
  readonly name: string;
  readonly length: number;
  readonly reverse: boolean;
  /** Outer input and body input of each const, carry (with its body output) and x. */
  readonly consts: readonly { outer: Node; inner: Node }[];
  readonly carry: readonly { outer: Node; inner: Node; out: Node }[];
  readonly xs: readonly { outer: Node; inner: Node }[];
  /** The body outputs stacked into ys. */
  readonly ys: readonly Node[];
}

function scanParts(n: Node): ScanParts {
  const p = n.params as unknown as ScanParams;
  const { body, consts: nC, carry: nH } = p;
  return {
    name: body.name,
    length: p.length,
    reverse: p.reverse,
    consts: n.inputs.slice(0, nC).map((outer, i) => ({ outer, inner: body.inputs[i] })),
    carry: n.inputs.slice(nC, nC + nH).map((outer, i) => ({ outer, inner: body.inputs[nC + i], out: body.outputs[i] })),
    xs: n.inputs.slice(nC + nH).map((outer, i) => ({ outer, inner: body.inputs[nC + nH + i] })),
    ys: body.outputs.slice(nH),
  };
}

/** The scan node of `s` (its body made of the inner nodes, which must be one closed graph). */
function buildScan(ctx: RewriteContext, s: ScanParts): Node {
  const body: Graph = {
    name: s.name,
    inputs: [...s.consts, ...s.carry, ...s.xs].map((c) => c.inner),
    outputs: [...s.carry.map((c) => c.out), ...s.ys],
    updates: [],
  };
  const params: ScanParams = {
    body,
    length: s.length,
    reverse: s.reverse,
    consts: s.consts.length,
    carry: s.carry.length,
  };
  const results: Aval[] = [
    ...s.carry.map((c) => c.out.aval),
    ...s.ys.map((y) => ({ shape: [s.length, ...y.aval.shape], dtype: y.aval.dtype })),
  ];
  return ctx.builder.node(
    'scan',
    [...s.consts, ...s.carry, ...s.xs].map((c) => c.outer),
    params as never,
    results,
  );
}

/** `s` with its body replaced by `g` (the same inputs and outputs, in order, as buildScan lays them out). */
function withBody(s: ScanParts, g: Graph, counts: { consts: number; carry: number }): ScanParts {
  const outers = [...s.consts, ...s.carry, ...s.xs].map((c) => c.outer);
  const { consts: nC, carry: nH } = counts;
  return {
    ...s,
    consts: outers.slice(0, nC).map((outer, i) => ({ outer, inner: g.inputs[i] })),
    carry: outers.slice(nC, nC + nH).map((outer, i) => ({ outer, inner: g.inputs[nC + i], out: g.outputs[i] })),
    xs: outers.slice(nC + nH).map((outer, i) => ({ outer, inner: g.inputs[nC + nH + i] })),
    ys: g.outputs.slice(nH),
  };
}

/** Each result of the old node by index: `keep` says which remain, in order, as the new node's results. */
function remap(ctx: RewriteContext, m: Node, keep: readonly boolean[]): (Node | undefined)[] {
  let k = 0;
  return keep.map((kept) => (kept ? ctx.builder.proj(m, k++) : undefined));
}

const neededByKeep = new WeakMap<Graph, Map<string, Set<Node>>>();
/** The nodes of `body` its outputs where `keep` is true are computed from (once per body and `keep`). */
function neededIn(body: Graph, keep: readonly boolean[]): Set<Node> {
  let byKeep = neededByKeep.get(body);
  if (!byKeep) neededByKeep.set(body, (byKeep = new Map()));
  const key = keep.map(Number).join('');
  let r = byKeep.get(key);
  if (!r) byKeep.set(key, (r = ancestors(body.outputs.filter((_, i) => keep[i]))));
  return r;
}

const scanDeadOutputs = rule('scan-dead-outputs', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  const uses = usesOf(ctx, n);
  const nH = s.carry.length;
  const keepH = s.carry.map((_, j) => uses[j].read);
  const keepY = s.ys.map((_, j) => uses[nH + j].read);
  if (keepH.every(Boolean) && keepY.every(Boolean)) return null;
  // A carry nothing reads stays if a carry or y that stays is computed from it.
  const body = (n.params as unknown as ScanParams).body;
  for (let grew = true; grew;) {
    grew = false;
    const needed = neededIn(body, [...keepH, ...keepY]);
    s.carry.forEach((c, j) => {
      if (!keepH[j] && needed.has(c.inner)) grew = keepH[j] = true;
    });
  }
  if (keepH.every(Boolean) && keepY.every(Boolean)) return null;
  if (!keepH.some(Boolean) && !keepY.some(Boolean)) return null;
  const m = buildScan(ctx, {
    ...s,
    carry: s.carry.filter((_, j) => keepH[j]),
    ys: s.ys.filter((_, j) => keepY[j]),
  });
  return { results: remap(ctx, m, [...keepH, ...keepY]) };
});

/** The nodes a body's outputs are computed from (bodies are immutable: once per body). */
const bodyReads = new WeakMap<Graph, Set<Node>>();
const readsOf = (g: Graph): Set<Node> => {
  let r = bodyReads.get(g);
  if (!r) bodyReads.set(g, (r = ancestors(g.outputs)));
  return r;
};

const scanUnusedInputs = rule('scan-unused-inputs', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  const read = readsOf((n.params as unknown as ScanParams).body);
  // An outer node passed twice among the consts (or the xs) is passed once.
  const dup = new Map<Node, Node>();
  for (const group of [s.consts, s.xs]) {
    const first = new Map<Node, Node>();
    for (const c of group) {
      if (!read.has(c.inner)) continue;
      const seen = first.get(c.outer);
      if (seen) dup.set(c.inner, seen);
      else first.set(c.outer, c.inner);
    }
  }
  const keep = (c: { inner: Node }) => read.has(c.inner) && !dup.has(c.inner);
  if (s.consts.every(keep) && s.xs.every(keep)) return null;
  let t: ScanParts = { ...s, consts: s.consts.filter(keep), xs: s.xs.filter(keep) };
  if (dup.size) t = withBody(t, substituted(t, dup), { consts: t.consts.length, carry: t.carry.length });
  return buildScan(ctx, t);
});

/** The body of `t` copied, each input in `dup` read as the input it duplicates. */
function substituted(t: ScanParts, dup: ReadonlyMap<Node, Node>): Graph {
  const b = new GraphBuilder();
  const map = new Map<Node, Node>();
  const inputs = [...t.consts, ...t.carry, ...t.xs].map((c) => {
    const y = b.input(c.inner.aval, c.inner.label ?? 'in');
    map.set(c.inner, y);
    return y;
  });
  for (const [a, first] of dup) map.set(a, map.get(first)!);
  const outputs = copyInto(b, [...t.carry.map((c) => c.out), ...t.ys], map);
  return { name: t.name, inputs, outputs, updates: [] };
}

const scanPushOut = rule('scan-push-out', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  const p = n.params as unknown as ScanParams;
  if (s.length === 0) return null;
  const r = pushOut(
    p.body,
    s.consts.length,
    s.consts.map((c) => c.outer),
    ctx,
  );
  if (!r) return null;
  const t: ScanParts = { ...s, consts: [...s.consts, ...r.added.map((outer) => ({ outer, inner: outer }))] };
  return buildScan(ctx, withBody(t, r.graph, { consts: t.consts.length, carry: s.carry.length }));
});

/**
 * The node computing, over all steps at once, what body node `n` computes per step: `ins` are its
 * inputs outside the loop, `stacked[i]` whether input i has the steps on a new axis 0 (of length
 * `T`) or is invariant. Undefined for ops that do not batch this way.
 */
function batched(
  b: GraphBuilder,
  n: Node,
  ins: readonly Node[],
  stacked: readonly boolean[],
  T: number,
): Node | undefined {
  const shape = [T, ...n.aval.shape];
  const out = { shape, dtype: n.aval.dtype };
  const rank = n.aval.shape.length;
  // A stacked operand with fewer axes than the result gets size-1 axes after the steps' axis, so
  // broadcasting lines the per-step axes up as it did inside the loop.
  const lifted = (x: Node, i: number) => {
    const s = n.inputs[i].aval.shape;
    if (!stacked[i] || s.length === rank) return x;
    const to = [T, ...Array<number>(rank - s.length).fill(1), ...s];
    return b.node('reshape', [x], { shape: to }, { shape: to, dtype: x.aval.dtype });
  };
  if (isElementwisePrim(n.op)) return b.node(n.op, ins.map(lifted), n.params, out);
  switch (n.op) {
    case 'reshape':
      return b.node('reshape', ins, { shape }, out);
    case 'broadcastTo':
      return b.node('broadcastTo', [lifted(ins[0], 0)], { shape }, out);
    case 'transpose': {
      const perm = [0, ...(n.params.perm as number[]).map((a) => a + 1)];
      return b.node('transpose', ins, { perm }, out);
    }
    case 'matmul':
      if (n.inputs.some((x) => x.aval.shape.length < 2)) return undefined;
      return b.node('matmul', ins.map(lifted), n.params, out);
    default:
      return undefined;
  }
}

const nothingPerX = new NothingFor();

/**
 * Body nodes computed only from the xs and loop invariants (elementwise ops, matmul, layout ops)
 * run once over the stacked xs, before the loop, and the body reads their rows as new xs
 * (PyTensor's push_out_seq): one large product instead of one small one per step.
 */
const scanPushOutXs = rule('scan-push-out-xs', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  const p = n.params as unknown as ScanParams;
  if (s.length === 0 || s.xs.length === 0) return null;
  const body = p.body;
  const layout = `${s.consts.length},${s.carry.length}`;
  if (nothingPerX.has(body, layout)) return null;
  const outer = new Map<Node, Node>([...s.consts, ...s.xs].map((c) => [c.inner, c.outer]));
  const isX = new Set<Node>(s.xs.map((c) => c.inner));
  const invariant = (x: Node) => x.op === 'const' || (outer.has(x) && !isX.has(x));
  // Per-step nodes that batch: their stacked copies, built as the walk goes.
  const seq = new Map<Node, Node>(s.xs.map((c) => [c.inner, c.outer]));
  const worth = new Set<Node>();
  for (const n2 of orderOf(body)) {
    if (n2.op === 'input' || n2.op === 'const' || n2.results || mayThrow(n2)) continue;
    if (!n2.inputs.some((x) => seq.has(x)) || !n2.inputs.every((x) => seq.has(x) || invariant(x))) continue;
    const ins = n2.inputs.map(
      (x) => seq.get(x) ?? (x.op === 'const' ? ctx.builder.constant(x.aval, x.value!) : outer.get(x)!),
    );
    const m = batched(
      ctx.builder,
      n2,
      ins,
      n2.inputs.map((x) => seq.has(x)),
      s.length,
    );
    if (m === undefined) continue;
    seq.set(n2, m);
    if (!FREE.has(n2.op) || n2.inputs.some((x) => worth.has(x))) worth.add(n2);
  }
  // The batched nodes a per-step node (or an output) reads become xs.
  const boundary = new Set<Node>();
  const consider = (x: Node) => {
    if (worth.has(x)) boundary.add(x);
  };
  for (const n2 of orderOf(body)) if (!seq.has(n2)) n2.inputs.forEach(consider);
  body.outputs.forEach(consider);
  if (boundary.size === 0) {
    nothingPerX.add(body, layout);
    return null;
  }
  const moved = [...boundary];
  const g = movedToInputs(body, moved, body.inputs.length, (i) => `seq${i}`);
  const t: ScanParts = { ...s, xs: [...s.xs, ...moved.map((x) => ({ outer: seq.get(x)!, inner: x }))] };
  return buildScan(ctx, withBody(t, g, { consts: s.consts.length, carry: s.carry.length }));
});

/**
 * A carry the body returns unchanged is a const: its final value is its first. A carry the body
 * sets to a const (or a constant) has that as its final value, after one step or more.
 */
const scanInvariantCarry = rule('scan-invariant-carry', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  const still = s.carry.map((c) => c.out === c.inner);
  if (!still.some(Boolean)) {
    if (s.length === 0) return null;
    const uses = usesOf(ctx, n);
    const constOf = new Map(s.consts.map((c) => [c.inner, c.outer]));
    const fixed = s.carry.map((c, j) =>
      !uses[j].read ? undefined : c.out.op === 'const' ? ctx.constantOf(c.out.value!, c.out.aval) : constOf.get(c.out),
    );
    if (fixed.every((f) => f === undefined)) return null;
    return { results: n.results!.map((_, k) => fixed[k] ?? ctx.builder.proj(n, k)) };
  }
  const m = buildScan(ctx, {
    ...s,
    consts: [...s.consts, ...s.carry.filter((_, j) => still[j])],
    carry: s.carry.filter((_, j) => !still[j]),
  });
  const rest = remap(ctx, m, [...still.map((x) => !x), ...s.ys.map(() => true)]);
  return { results: rest.map((r, j) => (j < still.length && still[j] ? s.carry[j].outer : r)) };
});

/**
 * An x whose rows are all equal (a constant of one value, a broadcast along axis 0) is read as
 * one row: a constant in the body, or a const input broadcast there.
 */
const scanConstXs = rule('scan-const-xs', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  if (s.length === 0) return null;
  const row = (x: Node): { value: number } | { outer: Node } | undefined => {
    const v = scalarValue(x);
    if (v !== undefined) return { value: v };
    if (x.op !== 'broadcastTo') return undefined;
    const src = x.inputs[0];
    const q = x.aval.shape.length - src.aval.shape.length;
    if (q >= 1) return { outer: src };
    if (src.aval.shape[0] === 1 && x.aval.shape[0] !== 1)
      return { outer: ctx.op('reshape', [src], { shape: src.aval.shape.slice(1) }) };
    return undefined;
  };
  const rows = s.xs.map((x) => row(x.outer));
  if (rows.every((r) => r === undefined)) return null;
  const nC = s.consts.length,
    nH = s.carry.length;
  const added: Node[] = [];
  const addedInner: Node[] = [];
  const body = (n.params as unknown as ScanParams).body;
  const g = rebuildGraph(body, (i, bctx) => {
    const j = i - nC - nH;
    const r = j >= 0 ? rows[j] : undefined;
    if (r === undefined) return undefined;
    const shape = body.inputs[i].aval.shape;
    const dtype = body.inputs[i].aval.dtype;
    let v: Node;
    if ('value' in r) v = bctx.constant(r.value, dtype);
    else {
      added.push(r.outer);
      v = bctx.builder.input(r.outer.aval, `inv${nC + added.length - 1}`);
      addedInner.push(v);
    }
    return v.aval.shape.length === shape.length && v.aval.shape.every((d, k) => d === shape[k])
      ? v
      : bctx.op('broadcastTo', [v], { shape });
  });
  // rebuildGraph listed only the inputs it made: put the added consts after the old ones.
  const head = g.inputs.slice(0, nC),
    rest = g.inputs.slice(nC);
  const keptXs = s.xs.filter((_, j) => rows[j] === undefined);
  return buildScan(ctx, {
    ...s,
    consts: [
      ...s.consts.map((c, i) => ({ outer: c.outer, inner: head[i] })),
      ...added.map((outer, i) => ({ outer, inner: addedInner[i] })),
    ],
    carry: s.carry.map((c, i) => ({ outer: c.outer, inner: rest[i], out: g.outputs[i] })),
    xs: keptXs.map((x, i) => ({ outer: x.outer, inner: rest[nH + i] })),
    ys: g.outputs.slice(nH),
  });
});

/** A const input that is a constant is that constant in the body, where the body's own rules (constant folding) see it. */
const scanInlineConstants = rule('scan-inline-constants', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  const inline = s.consts.map((c) => c.outer.op === 'const');
  if (!inline.some(Boolean)) return null;
  const body = (n.params as unknown as ScanParams).body;
  const g = rebuildGraph(body, (i, bctx) =>
    i < inline.length && inline[i] ? bctx.constantOf(s.consts[i].outer.value!, s.consts[i].outer.aval) : undefined,
  );
  const t: ScanParts = { ...s, consts: s.consts.filter((_, i) => !inline[i]) };
  return buildScan(ctx, withBody(t, g, { consts: t.consts.length, carry: t.carry.length }));
});

/** Whether node `r` reads only row `row` of axis 0 of `proj` (a slice of that one row, or a take of it). */
function takesRow(r: Node, proj: (x: Node) => boolean, row: number, length: number): boolean {
  if (r.op === 'slice') {
    const p = r.params as { starts: readonly number[]; shape: readonly number[] };
    return proj(r.inputs[0]) && p.shape[0] === 1 && p.starts[0] === row;
  }
  if (r.op === 'gather') {
    const [x, idx] = r.inputs;
    if ((r.params as { axis: number }).axis !== 0 || !proj(x) || idx.op !== 'const') return false;
    return Array.prototype.every.call(idx.value!, (v: number) => (v < 0 ? v + length : v) === row);
  }
  return false;
}

/**
 * save-mem: a y whose readers all read only the last step's row (`ys[length - 1]`; row 0 for a
 * reverse scan) becomes a carry, so no [length, ...] buffer is made. What read the stacked ys
 * reads that carry broadcast to the ys' shape (the same last row), which slice-of-broadcast and
 * take-of-broadcast turn into the carry itself.
 */
const scanSaveMem = rule('scan-save-mem', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  if (s.length <= 1) return null;
  const uses = usesOf(ctx, n);
  const nH = s.carry.length;
  const row = s.reverse ? 0 : s.length - 1;
  const last = s.ys.map((_, j) => {
    const u = uses[nH + j];
    const isProj = (x: Node) => x.op === PROJ && x.params.index === nH + j;
    return u.read && !u.output && u.readers.length > 0 && u.readers.every((r) => takesRow(r, isProj, row, s.length));
  });
  if (!last.some(Boolean)) return null;
  const init = (a: Aval) => {
    const z = ctx.constant(0, a.dtype);
    return a.shape.length === 0 ? z : ctx.op('broadcastTo', [z], { shape: a.shape });
  };
  const moved = s.ys.filter((_, j) => last[j]);
  // The moved ys' carry-in inputs are new body inputs: the body is copied with them.
  const body = (n.params as unknown as ScanParams).body;
  const b = new GraphBuilder();
  const map = new Map<Node, Node>();
  const copy = (x: Node) => {
    const y = b.input(x.aval, x.label ?? 'in');
    map.set(x, y);
    return y;
  };
  const cIn = s.consts.map((c) => copy(c.inner));
  const hIn = s.carry.map((c) => copy(c.inner));
  const mIn = moved.map((y, i) => b.input(y.aval, `last${i}`));
  const xIn = s.xs.map((c) => copy(c.inner));
  const outs = copyInto(b, body.outputs, map);
  const m = buildScan(ctx, {
    ...s,
    consts: s.consts.map((c, i) => ({ outer: c.outer, inner: cIn[i] })),
    carry: [
      ...s.carry.map((c, i) => ({ outer: c.outer, inner: hIn[i], out: outs[i] })),
      ...moved.map((y, i) => ({ outer: init(y.aval), inner: mIn[i], out: outs[nH + s.ys.indexOf(y)] })),
    ],
    xs: s.xs.map((c, i) => ({ outer: c.outer, inner: xIn[i] })),
    ys: outs.slice(nH).filter((_, j) => !last[j]),
  });
  const results: (Node | undefined)[] = s.carry.map((_, j) => ctx.builder.proj(m, j));
  let carryAt = nH,
    yAt = nH + moved.length;
  s.ys.forEach((y, j) => {
    if (!last[j]) return void results.push(ctx.builder.proj(m, yAt++));
    const c = ctx.builder.proj(m, carryAt++);
    const one = ctx.op('reshape', [c], { shape: [1, ...y.aval.shape] });
    results.push(ctx.op('broadcastTo', [one], { shape: [s.length, ...y.aval.shape] }));
  });
  return { results };
});

/** Steps at most, and body nodes times steps at most, for a scan to be unrolled. */
export const UNROLL_MAX_STEPS = 4;
export const UNROLL_MAX_NODES = 64;

/**
 * A scan of a few steps with a small body becomes the body's nodes once per step: no loop, no
 * per-step call, and the steps' elementwise work fuses across steps.
 */
const scanUnroll = rule('scan-unroll', 'scan', (_c, n, ctx) => {
  const s = scanParts(n);
  const body = (n.params as unknown as ScanParams).body;
  if (s.length === 0 || s.length > UNROLL_MAX_STEPS) return null;
  const work = topoOrder(body).filter((x) => x.op !== 'input' && x.op !== 'const');
  if (work.length * s.length > UNROLL_MAX_NODES || work.some((x) => x.results !== undefined)) return null;
  let carry = s.carry.map((c) => c.outer);
  const ys: Node[][] = s.ys.map(() => []);
  for (let k = 0; k < s.length; k++) {
    const t = s.reverse ? s.length - 1 - k : k;
    const map = new Map<Node, Node>();
    s.consts.forEach((c) => map.set(c.inner, c.outer));
    s.carry.forEach((c, i) => map.set(c.inner, carry[i]));
    s.xs.forEach((c) => {
      const shape = c.outer.aval.shape;
      const one = ctx.op('slice', [c.outer], {
        starts: shape.map((_, d) => (d === 0 ? t : 0)),
        steps: shape.map(() => 1),
        shape: [1, ...shape.slice(1)],
      });
      map.set(c.inner, ctx.op('reshape', [one], { shape: shape.slice(1) }));
    });
    const outs = copyInto(ctx.builder, body.outputs, map);
    carry = outs.slice(0, s.carry.length);
    outs.slice(s.carry.length).forEach((y, j) => (ys[j][t] = y));
  }
  const stacked = ys.map((rows) => {
    const parts = rows.map((y) => ctx.op('reshape', [y], { shape: [1, ...y.aval.shape] }));
    return parts.length === 1 ? parts[0] : ctx.op('concat', parts, { axis: 0 });
  });
  return { results: [...carry, ...stacked] } satisfies ResultsReplacement;
});

// ---------------------------------------------------------------------------------------------
// slice and take of a broadcast: what save-mem leaves behind, and Theano's local_subtensor_of_alloc.

const sliceOfBroadcast: RewriteRule = {
  name: 'slice-of-broadcast',
  pattern: { op: 'slice', args: [{ op: 'broadcastTo', args: [{ any: 'x' }] }] },
  rewrite: (c, n, ctx) => {
    const x = c.x;
    const p = n.params as { starts: readonly number[]; steps: readonly number[]; shape: readonly number[] };
    const target = n.inputs[0].aval.shape;
    const q = target.length - x.aval.shape.length;
    // On x's own axes: a broadcast axis keeps its one element; another is sliced as before.
    const starts: number[] = [],
      steps: number[] = [],
      shape: number[] = [];
    x.aval.shape.forEach((d, e) => {
      const broadcast = d === 1 && target[e + q] !== 1;
      starts.push(broadcast ? 0 : p.starts[e + q]);
      steps.push(broadcast ? 1 : p.steps[e + q]);
      shape.push(broadcast ? 1 : p.shape[e + q]);
    });
    const whole = shape.every((d, e) => d === x.aval.shape[e] && (steps[e] === 1 || d <= 1));
    const sliced = whole
      ? x
      : ctx.op('slice', [x], { starts: shape.map((d, e) => (d === 0 ? 0 : starts[e])), steps, shape });
    const same = sliced.aval.shape.length === p.shape.length && sliced.aval.shape.every((d, e) => d === p.shape[e]);
    return same ? sliced : ctx.op('broadcastTo', [sliced], { shape: p.shape });
  },
};

const takeOfBroadcast: RewriteRule = {
  name: 'take-of-broadcast',
  pattern: {
    op: 'gather',
    args: [
      { op: 'broadcastTo', args: [{ any: 'x' }] },
      { any: 'idx', where: (i) => i.op === 'const' },
    ],
  },
  rewrite: (c, n, ctx) => {
    // Along a broadcast axis 0 every in-range index reads the same row (out of range must still throw).
    if ((n.params as { axis: number }).axis !== 0) return null;
    const target = n.inputs[0].aval.shape;
    const x = c.x;
    const q = target.length - x.aval.shape.length;
    if (q < 1 && x.aval.shape[0] !== 1) return null;
    if (target[0] === 0) return null;
    const len = target[0];
    if (!Array.prototype.every.call(c.idx.value!, (v: number) => v >= -len && v < len)) return null;
    const row = q >= 1 ? x : ctx.op('reshape', [x], { shape: x.aval.shape.slice(1) });
    return ctx.fit(row, n);
  },
};

// ---------------------------------------------------------------------------------------------
// cond

const condParts = (n: Node) => {
  const p = n.params as unknown as CondParams;
  const [n0, n1] = p.captures;
  const args = n.inputs.slice(1);
  return {
    p,
    pred: n.inputs[0],
    caps: [args.slice(0, n0), args.slice(n0, n0 + n1)] as const,
    operands: args.slice(n0 + n1),
  };
};

function buildCond(
  ctx: RewriteContext,
  pred: Node,
  branches: readonly [Graph, Graph],
  caps: readonly [readonly Node[], readonly Node[]],
  operands: readonly Node[],
): Node {
  const params: CondParams = { branches: [branches[0], branches[1]], captures: [caps[0].length, caps[1].length] };
  return ctx.builder.node(
    'cond',
    [pred, ...caps[0], ...caps[1], ...operands],
    params as never,
    branches[0].outputs.map((o) => o.aval),
  );
}

const condDeadOutputs = rule('cond-dead-outputs', 'cond', (_c, n, ctx) => {
  const { p, pred, caps, operands } = condParts(n);
  const keep = usesOf(ctx, n).map((u) => u.read);
  if (keep.every(Boolean) || !keep.some(Boolean)) return null;
  const pick = (g: Graph): Graph => ({ ...g, outputs: g.outputs.filter((_, i) => keep[i]) });
  const branches: [Graph, Graph] = [pick(p.branches[0]), pick(p.branches[1])];
  const m = buildCond(ctx, pred, branches, caps, operands);
  return { results: remap(ctx, m, keep) };
});

const condUnusedInputs = rule('cond-unused-inputs', 'cond', (_c, n, ctx) => {
  const { p, pred, caps, operands } = condParts(n);
  const read = p.branches.map((g) => ancestors(g.outputs));
  const keepCap = caps.map((cs, k) => cs.map((_, i) => read[k].has(p.branches[k].inputs[i])));
  const keepOp = operands.map((_, i) => p.branches.some((g, k) => read[k].has(g.inputs[caps[k].length + i])));
  if (keepCap.every((ks) => ks.every(Boolean)) && keepOp.every(Boolean)) return null;
  const pick = (g: Graph, k: 0 | 1): Graph => ({
    ...g,
    inputs: [
      ...g.inputs.slice(0, caps[k].length).filter((_, i) => keepCap[k][i]),
      ...g.inputs.slice(caps[k].length).filter((_, i) => keepOp[i]),
    ],
  });
  const branches: [Graph, Graph] = [pick(p.branches[0], 0), pick(p.branches[1], 1)];
  return buildCond(
    ctx,
    pred,
    branches,
    [caps[0].filter((_, i) => keepCap[0][i]), caps[1].filter((_, i) => keepCap[1][i])],
    operands.filter((_, i) => keepOp[i]),
  );
});

/** A cond whose predicate is a constant is the branch it takes, inlined. */
const condConstPred = rule('cond-const-pred', 'cond', (_c, n, ctx) => {
  const { p, pred, caps, operands } = condParts(n);
  const v = scalarValue(pred);
  if (v === undefined) return null;
  const k = v !== 0 ? 1 : 0;
  const g = p.branches[k];
  const map = new Map<Node, Node>(g.inputs.map((x, i) => [x, [...caps[k], ...operands][i]]));
  return { results: copyInto(ctx.builder, g.outputs, map) };
});

// ---------------------------------------------------------------------------------------------
// while

const whileParts = (n: Node) => {
  const p = n.params as unknown as WhileParams;
  const [n0, n1] = p.captures;
  return {
    p,
    condCaps: n.inputs.slice(0, n0),
    bodyCaps: n.inputs.slice(n0, n0 + n1),
    carry: n.inputs.slice(n0 + n1),
  };
};

function buildWhile(
  ctx: RewriteContext,
  cond: Graph,
  body: Graph,
  condCaps: readonly Node[],
  bodyCaps: readonly Node[],
  carry: readonly Node[],
): Node {
  const params: WhileParams = { cond, body, captures: [condCaps.length, bodyCaps.length] };
  return ctx.builder.node(
    'while',
    [...condCaps, ...bodyCaps, ...carry],
    params as never,
    body.outputs.map((o) => o.aval),
  );
}

const whileDeadCarry = rule('while-dead-carry', 'while', (_c, n, ctx) => {
  const { p, condCaps, bodyCaps, carry } = whileParts(n);
  const [n0, n1] = p.captures;
  const keep = usesOf(ctx, n).map((u) => u.read);
  const condReads = ancestors(p.cond.outputs);
  carry.forEach((_, j) => {
    if (condReads.has(p.cond.inputs[n0 + j])) keep[j] = true;
  });
  for (let grew = true; grew;) {
    grew = false;
    const needed = ancestors(p.body.outputs.filter((_, j) => keep[j]));
    carry.forEach((_, j) => {
      if (!keep[j] && needed.has(p.body.inputs[n1 + j])) grew = keep[j] = true;
    });
  }
  if (keep.every(Boolean)) return null;
  const cond: Graph = {
    ...p.cond,
    inputs: [...p.cond.inputs.slice(0, n0), ...p.cond.inputs.slice(n0).filter((_, j) => keep[j])],
  };
  const body: Graph = {
    ...p.body,
    inputs: [...p.body.inputs.slice(0, n1), ...p.body.inputs.slice(n1).filter((_, j) => keep[j])],
    outputs: p.body.outputs.filter((_, j) => keep[j]),
  };
  const m = buildWhile(
    ctx,
    cond,
    body,
    condCaps,
    bodyCaps,
    carry.filter((_, j) => keep[j]),
  );
  return { results: remap(ctx, m, keep) };
});

const whileUnusedInputs = rule('while-unused-inputs', 'while', (_c, n, ctx) => {
  const { p, condCaps, bodyCaps, carry } = whileParts(n);
  const [n0, n1] = p.captures;
  const condReads = ancestors(p.cond.outputs),
    bodyReads = ancestors(p.body.outputs);
  const keepC = condCaps.map((_, i) => condReads.has(p.cond.inputs[i]));
  const keepB = bodyCaps.map((_, i) => bodyReads.has(p.body.inputs[i]));
  if (keepC.every(Boolean) && keepB.every(Boolean)) return null;
  const cond: Graph = {
    ...p.cond,
    inputs: [...p.cond.inputs.slice(0, n0).filter((_, i) => keepC[i]), ...p.cond.inputs.slice(n0)],
  };
  const body: Graph = {
    ...p.body,
    inputs: [...p.body.inputs.slice(0, n1).filter((_, i) => keepB[i]), ...p.body.inputs.slice(n1)],
  };
  return buildWhile(
    ctx,
    cond,
    body,
    condCaps.filter((_, i) => keepC[i]),
    bodyCaps.filter((_, i) => keepB[i]),
    carry,
  );
});

const whilePushOut = rule('while-push-out', 'while', (_c, n, ctx) => {
  const { p, condCaps, bodyCaps, carry } = whileParts(n);
  const c = pushOut(p.cond, condCaps.length, condCaps, ctx);
  const b = pushOut(p.body, bodyCaps.length, bodyCaps, ctx);
  if (!c && !b) return null;
  return buildWhile(
    ctx,
    c?.graph ?? p.cond,
    b?.graph ?? p.body,
    [...condCaps, ...(c?.added ?? [])],
    [...bodyCaps, ...(b?.added ?? [])],
    carry,
  );
});

// ---------------------------------------------------------------------------------------------
// Registration

/** The rules that tidy a control node (run in canonicalize and again in the scan phase). */
const tidy: readonly RewriteRule[] = [
  condConstPred,
  scanDeadOutputs,
  condDeadOutputs,
  whileDeadCarry,
  scanInvariantCarry,
  scanConstXs,
  scanInlineConstants,
  scanPushOut,
  scanPushOutXs,
  whilePushOut,
  scanUnusedInputs,
  condUnusedInputs,
  whileUnusedInputs,
];

/** The control-flow rules by the phase they join (scan-unroll only with the `unroll` tag). */
export const SCAN_RULES = {
  canonicalize: [...tidy, scanSaveMem, sliceOfBroadcast, takeOfBroadcast],
  specialize: [...tidy, scanSaveMem, sliceOfBroadcast, takeOfBroadcast],
  unroll: [scanUnroll],
} as const;

optdb.registerRules('canonicalize', SCAN_RULES.canonicalize);
optdb.registerRules('specialize', SCAN_RULES.specialize);
optdb.registerRules('specialize', SCAN_RULES.unroll, { tags: ['unroll'] });
