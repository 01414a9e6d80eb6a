// The rewrite engine: rules are data (a pattern, a replacement function, a name), matched with
// commutativity, applied in named phases run to a fixed point with a loop guard. Each phase's
// rules are indexed by the op at their pattern's root (built once per phase); a pass that
// rewrites nothing builds nothing and returns the graph it was given. Which phases and rules run
// comes from the database in ./registry.ts.

import { primitives, type Aval, type Prim } from '../../runtime/primitives/index.js';
import type { DType, TypedArray } from '../../runtime/dtype.js';
import { allocate } from '../../runtime/dtype.js';
import {
  GraphBuilder,
  InternTable,
  PROJ,
  nodeTypeText,
  orderOf,
  printGraph,
  smallConstKey,
  subgraphsOf,
  typeText,
  type Graph,
  type Node,
} from '../graph.js';
import { debugLevel } from '../../runtime/env.js';

/** A pattern: an op with argument patterns, a capture of anything, or a scalar constant test. */
export type Pattern =
  | {
      readonly op: Prim | readonly Prim[];
      readonly args?: readonly Pattern[];
      readonly as?: string;
      readonly where?: (n: Node) => boolean;
    }
  | { readonly any: string; readonly where?: (n: Node) => boolean }
  | { readonly scalar: number | ((v: number) => boolean); readonly as?: string };

export type Captures = Record<string, Node>;

/**
 * What a rule on a node with several results (scan, cond, while) may return instead of one node,
 * when it changes which results there are: for each result index, the node that what read that
 * result reads instead (undefined for a result nothing reads; see {@link RewriteContext.resultUses}).
 */
export interface ResultsReplacement {
  readonly results: readonly (Node | undefined)[];
}

export interface RewriteRule {
  readonly name: string;
  readonly pattern: Pattern;
  /**
   * The replacement for the matched node, or null to decline. A node with several results may be
   * replaced by a node with the same results' types, or by a {@link ResultsReplacement}.
   */
  readonly rewrite: (c: Captures, node: Node, ctx: RewriteContext) => Node | ResultsReplacement | null;
}

/** How one result of a node with several results is read in the graph being rewritten. */
export interface ResultUse {
  /** Whether a proj node reads it. */
  readonly read: boolean;
  /** The nodes that read that proj node (nodes of the graph as the pass found it). */
  readonly readers: readonly Node[];
  /** Whether that proj node is an output (or a Variable update) of the graph. */
  readonly output: boolean;
}

const isResults = (r: Node | ResultsReplacement): r is ResultsReplacement => !('op' in r);

export interface Phase {
  readonly name: string;
  readonly rules: readonly RewriteRule[];
}

const COMMUTATIVE = new Set<string>([
  'add',
  'mul',
  'maximum',
  'minimum',
  'equal',
  'notEqual',
  'logicalAnd',
  'logicalOr',
]);

/** The single value of a constant node whose elements are all equal (a scalar in effect), or undefined. */
export function scalarValue(n: Node): number | undefined {
  if (n.op !== 'const' || !n.value || n.value.length === 0) return undefined;
  const v = n.value[0];
  for (let i = 1; i < n.value.length; i++) if (!Object.is(n.value[i], v)) return undefined;
  return v;
}

type Matcher = (n: Node, c: Captures) => boolean;

/** The capture names a pattern binds (its `any` and `as` names), for undoing a failed commutative trial. */
function captureNames(p: Pattern, out: Set<string>): Set<string> {
  if ('any' in p) out.add(p.any);
  else if (p.as) out.add(p.as);
  if ('op' in p) for (const a of p.args ?? []) captureNames(a, out);
  return out;
}

/**
 * A pattern compiled to a function: the root's op test first, then `where`, then the arguments
 * (both orders for a commutative binary op, the given order first). On failure the captures may
 * hold partial bindings; a commutative node clears those of a failed order before the next.
 */
function compilePattern(p: Pattern): Matcher {
  if ('any' in p) {
    const name = p.any,
      where = p.where;
    return (n, c) => {
      if (where && !where(n)) return false;
      const prev = c[name];
      if (prev !== undefined) return prev === n; // the same name twice means the same node (interning)
      c[name] = n;
      return true;
    };
  }
  if ('scalar' in p) {
    const test = p.scalar,
      as = p.as;
    return (n, c) => {
      const v = scalarValue(n);
      if (v === undefined || !(typeof test === 'number' ? Object.is(v, test) || v === test : test(v))) return false;
      if (as) c[as] = n;
      return true;
    };
  }
  const ops = typeof p.op === 'string' ? [p.op] : p.op;
  const one = ops.length === 1 ? ops[0] : undefined;
  const opSet = new Set<string>(ops);
  const where = p.where,
    as = p.as;
  const args = p.args?.map(compiled);
  const names = p.args ? [...captureNames({ op: ops as Prim[], args: p.args }, new Set())] : [];
  return (n, c) => {
    if (one !== undefined ? n.op !== one : !opSet.has(n.op)) return false;
    if (where && !where(n)) return false;
    if (args) {
      const inputs = n.inputs;
      if (args.length !== inputs.length) return false;
      if (args.length === 2 && COMMUTATIVE.has(n.op)) {
        const saved = names.map((k) => c[k]);
        if (!(args[0](inputs[0], c) && args[1](inputs[1], c))) {
          names.forEach((k, i) => {
            c[k] = saved[i];
          });
          if (!(args[0](inputs[1], c) && args[1](inputs[0], c))) return false;
        }
      } else {
        for (let i = 0; i < args.length; i++) if (!args[i](inputs[i], c)) return false;
      }
    }
    if (as) c[as] = n;
    return true;
  };
}

const matchers = new WeakMap<Pattern, Matcher>();
function compiled(p: Pattern): Matcher {
  let m = matchers.get(p);
  if (!m) {
    m = compilePattern(p);
    matchers.set(p, m);
  }
  return m;
}

/** Whether `n` matches pattern `p`; on success `c` holds the captures. */
export function match(p: Pattern, n: Node, c: Captures): boolean {
  return compiled(p)(n, c);
}

type InferRule = { infer(inputs: readonly Aval[], params: unknown): Aval };

/** What a rule's rewrite function builds its replacement with. */
export class RewriteContext {
  /** Set when a rule asks how nodes are read: its answer then depends on more than the node (see `declined`). */
  consulted = false;

  constructor(
    readonly builder: GraphBuilder,
    private readonly useCounts: ReadonlyMap<Node, number> = new Map(),
    private readonly resultUsesOf: () => readonly ResultUse[] = () => [],
  ) {}

  /** How many nodes of the graph being rewritten read `n` (rules that would duplicate work check it). */
  uses(n: Node): number {
    this.consulted = true;
    return this.useCounts.get(n) ?? 0;
  }

  /**
   * For the node being rewritten, when it has several results: how each result is read (by
   * index), as the graph stood when the pass reached it. A result nothing reads may be dropped.
   */
  resultUses(): readonly ResultUse[] {
    this.consulted = true;
    return this.resultUsesOf();
  }

  op(prim: Prim, inputs: readonly Node[], params: Record<string, unknown> = {}): Node {
    const aval = (primitives[prim] as unknown as InferRule).infer(
      inputs.map((i) => i.aval),
      params,
    );
    return this.builder.node(prim, inputs, params, aval);
  }

  constant(value: number, dtype: DType, shape: readonly number[] = []): Node {
    const size = shape.reduce((a, b) => a * b, 1);
    const buf = allocate(dtype, size);
    buf.fill(value);
    return this.builder.constant({ shape, dtype }, buf);
  }

  constantOf(buf: TypedArray, aval: Aval): Node {
    return this.builder.constant(aval, buf);
  }

  /** x broadcast (and cast) to the aval of `like`, so a replacement never changes a node's type. */
  fit(x: Node, like: Node): Node {
    let r = x;
    if (r.aval.dtype !== like.aval.dtype) r = this.op('cast', [r], { dtype: like.aval.dtype });
    const a = r.aval.shape,
      b = like.aval.shape;
    if (a.length !== b.length || a.some((d, i) => d !== b[i])) r = this.op('broadcastTo', [r], { shape: b });
    return r;
  }
}

export const MAX_PASSES = 50;
const MAX_RULES_PER_NODE = 32;

export interface PhaseLog {
  phase: string;
  fired: string[];
  passes: number;
}

const sameAval = (a: Aval, b: Aval) =>
  a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);

// ---------------------------------------------------------------------------------------------
// The index: each rule is tried only on nodes whose op its pattern's root names.

/** The ops a pattern's root can match (a scalar test matches only constants), or undefined for a wildcard root. */
export function rootOps(p: Pattern): readonly string[] | undefined {
  if ('any' in p) return undefined;
  if ('scalar' in p) return ['const'];
  return typeof p.op === 'string' ? [p.op] : p.op;
}

/** A phase's rules by the op at their pattern's root; wildcard-rooted rules are in every list. */
export interface RuleIndex {
  /** The rules whose root is a wildcard: tried on every node. */
  readonly general: readonly RewriteRule[];
  /** The rules that can match a node of this op, in the phase's order. */
  rulesFor(op: string): readonly RewriteRule[];
}

const indexes = new WeakMap<Phase, RuleIndex>();

/** The phase's index, built once per phase (phases are immutable data; the registry hands out the same objects). */
export function ruleIndex(phase: Phase): RuleIndex {
  let ix = indexes.get(phase);
  if (!ix) {
    const roots = phase.rules.map((r) => rootOps(r.pattern));
    const general = phase.rules.filter((_, i) => roots[i] === undefined);
    const byOp = new Map<string, RewriteRule[]>();
    for (const op of new Set(roots.flatMap((o) => o ?? []))) {
      // Merged in the phase's order, so the first rule that fires is the one it was without the index.
      byOp.set(
        op,
        phase.rules.filter((_, i) => roots[i] === undefined || roots[i]!.includes(op)),
      );
    }
    ix = { general, rulesFor: (op) => byOp.get(op) ?? general };
    indexes.set(phase, ix);
  }
  return ix;
}

/** Called before each attempt to match a rule at a node: for tests that count attempts. */
export type MatchHook = (rule: RewriteRule, node: Node) => void;
let matchHook: MatchHook | undefined;

/** Installs (or, with undefined, removes) the match-attempt hook; returns the one it replaces. */
export function setMatchHook(hook: MatchHook | undefined): MatchHook | undefined {
  const prev = matchHook;
  matchHook = hook;
  return prev;
}

// ---------------------------------------------------------------------------------------------
// Passes

/**
 * Whether rebuilding `g` in a fresh GraphBuilder would give back one node per node (no merges),
 * so that a pass where no rule fires may return `g` itself. Mirrors GraphBuilder's interning: a
 * node merges with an earlier one of the same op, inputs and params; a constant with one of the
 * same buffer and type, or (16 elements or fewer) the same type and values. Graphs this engine
 * built are interned already except, rarely, for constants: only those are checked there.
 */
const builtHere = new WeakSet<Graph>();
const canonical = new WeakMap<Graph, boolean>();
function isCanonical(g: Graph, order: readonly Node[]): boolean {
  let known = canonical.get(g);
  if (known !== undefined) return known;
  const onlyConsts = builtHere.has(g);
  const inputs = new Set(g.inputs);
  const local = new Map<Node, number>();
  const keys = new Set<string>();
  const nodes = new InternTable<Node>();
  const byBuffer = new Map<TypedArray, Node>();
  known = true;
  for (let i = 0; i < order.length && known; i++) {
    const n = order[i];
    local.set(n, i);
    if (n.op === 'input') {
      known = inputs.has(n);
      continue;
    }
    if (n.op === 'const') {
      const seen = byBuffer.get(n.value!);
      if (seen && sameAval(seen.aval, n.aval)) {
        known = false;
        break;
      }
      const key = smallConstKey(n.aval, n.value!);
      if (key !== undefined) {
        if (keys.has(key)) {
          known = false;
          break;
        }
        keys.add(key);
      }
      byBuffer.set(n.value!, n);
      continue;
    }
    if (onlyConsts) continue;
    if (nodes.intern(n.op, n.inputs.map((x) => local.get(x)).join(','), n.params, () => n) !== n) known = false;
  }
  canonical.set(g, known);
  return known;
}

/**
 * The rules known to decline on a node whatever reads it: their rewrite gave nothing without
 * asking ctx.uses() or ctx.resultUses(), so their answer depends only on the node and what it is
 * computed from. They are not tried on it again (a phase's next pass, a later phase sharing the
 * rule), nor on its copy in a graph rebuilt from a canonical one when nothing it is computed from
 * changed: that copy is isomorphic, and rules look at a node only through its inputs and params.
 */
const declined = new WeakMap<Node, Set<RewriteRule>>();

/** A rule that rewrites a node, and what it gives. */
interface Firing {
  readonly rule: RewriteRule;
  readonly r: Node | ResultsReplacement;
}

/** The first of `rules` that rewrites `n` (null when none does). */
function firstFiring(n: Node, rules: readonly RewriteRule[], ctx: RewriteContext): Firing | null {
  const known = declined.get(n);
  for (const rule of rules) {
    if (known?.has(rule)) continue;
    matchHook?.(rule, n);
    const captures: Captures = {};
    if (!match(rule.pattern, n, captures)) continue;
    ctx.consulted = false;
    const r = rule.rewrite(captures, n, ctx);
    if (r !== null && r !== n) return { rule, r };
    if (!ctx.consulted) {
      let d = declined.get(n);
      if (!d) declined.set(n, (d = new Set()));
      d.add(rule);
    }
  }
  return null;
}

/** Gives `copy` (isomorphic to `n`) the rules known to decline on `n`. */
function inheritDeclined(n: Node, copy: Node): void {
  const d = declined.get(n);
  if (!d || d === declined.get(copy)) return;
  const e = declined.get(copy);
  if (e) for (const r of d) e.add(r);
  else declined.set(copy, d);
}

const sameType = (a: Node, b: Node) =>
  a.results === undefined
    ? b.results === undefined && sameAval(a.aval, b.aval)
    : b.results !== undefined &&
      a.results.length === b.results.length &&
      a.results.every((r, i) => sameAval(r, b.results![i]));

// ---------------------------------------------------------------------------------------------
// Bodies: the graphs a control node (scan, cond, while) carries are rewritten by the same phase,
// recursively, before the rules for the node itself are tried.

/** Each body graph's form after a phase, and the rules that fired getting there (the form maps to itself). */
const bodyCache = new WeakMap<Phase, WeakMap<Graph, { graph: Graph; fired: readonly string[] }>>();

function optimizedBody(b: Graph, phase: Phase): { graph: Graph; fired: readonly string[] } {
  let cache = bodyCache.get(phase);
  if (!cache) bodyCache.set(phase, (cache = new WeakMap()));
  let hit = cache.get(b);
  if (!hit) {
    const log: PhaseLog[] = [];
    const graph = runPhase(b, phase, log);
    checkSameInterface(b, graph, `${phase.name} (in body ${b.name})`);
    hit = { graph, fired: log[0].fired };
    cache.set(b, hit);
    if (graph !== b) cache.set(graph, { graph, fired: [] });
  }
  return hit;
}

/** The params of control node `n` with its bodies rewritten by `phase`, and what fired there; undefined when no body changes. */
function withOptimizedBodies(n: Node, phase: Phase): { params: Record<string, unknown>; fired: string[] } | undefined {
  if (n.results === undefined) return undefined;
  let params: Record<string, unknown> | undefined;
  const fired: string[] = [];
  for (const { key, graphs, list } of subgraphsOf(n)) {
    const outs = graphs.map((b) => optimizedBody(b, phase));
    if (outs.every((o, i) => o.graph === graphs[i])) continue;
    params ??= { ...n.params };
    params[key] = list ? outs.map((o) => o.graph) : outs[0].graph;
    for (const o of outs) fired.push(...o.fired);
  }
  return params && { params, fired };
}

interface Facts {
  /** How many nodes read each node but inputs (an output or update counts as one). */
  readonly uses: ReadonlyMap<Node, number>;
  readonly maxId: number;
  readonly isInput: ReadonlySet<Node>;
  /** For ctx.resultUses(): the nodes that read each node, and the outputs and updates. */
  wiring?: { readers: Map<Node, Node[]>; outputs: Set<Node> };
}
const facts = new WeakMap<Graph, Facts>();

/** What a pass reads of a graph, once per graph: passes of later phases meet the same graph again. */
function factsOf(g: Graph, order: readonly Node[]): Facts {
  let f = facts.get(g);
  if (f) return f;
  const uses = new Map<Node, number>();
  let maxId = -1;
  // Input nodes are left out: ctx.uses() of one is 0, as it always was.
  const use = (x: Node) => {
    if (x.op !== 'input') uses.set(x, (uses.get(x) ?? 0) + 1);
  };
  for (const n of order) {
    if (n.id > maxId) maxId = n.id;
    n.inputs.forEach(use);
  }
  g.outputs.forEach(use);
  for (const u of g.updates) use(u.value);
  facts.set(g, (f = { uses, maxId, isInput: new Set(g.inputs) }));
  return f;
}

function readersOf(g: Graph, order: readonly Node[]): { readers: Map<Node, Node[]>; outputs: Set<Node> } {
  const f = factsOf(g, order);
  if (f.wiring) return f.wiring;
  const readers = new Map<Node, Node[]>();
  for (const x of order)
    for (const i of x.inputs) {
      let r = readers.get(i);
      if (!r) readers.set(i, (r = []));
      r.push(x);
    }
  return (f.wiring = { readers, outputs: new Set([...g.outputs, ...g.updates.map((u) => u.value)]) });
}

/**
 * One pass: every node in topological order, its inputs replaced by their rewritten forms, then
 * (for a control node) its bodies rewritten by the phase, then the phase's rules for its op tried
 * until none fires. Until something fires the pass only looks (nothing is built); a pass where
 * none fires returns `g` itself. From the first node rewritten, the graph is rebuilt in a fresh
 * GraphBuilder (interning merges what becomes equal). A rule on a node with several results may
 * replace its results one by one ({@link ResultsReplacement}): the proj nodes reading them are
 * rebuilt as the nodes given.
 */
function rewritePass(g: Graph, phase: Phase, entry: PhaseLog): { graph: Graph; fired: boolean } {
  const index = ruleIndex(phase);
  const order = orderOf(g);
  const { uses, maxId, isInput } = factsOf(g, order);
  // Rebuilding, what ctx.uses() answers: the counts of the nodes visited so far (as the rebuilding loop has them).
  const useCounts = new Map<Node, number>();
  // What ctx.resultUses() answers: about the node of `g` being visited now (the readers of each node, built on first use).
  let current: Node | undefined;
  let readers: Map<Node, Node[]> | undefined;
  let outputs: Set<Node> | undefined;
  const resultUses = (): ResultUse[] => {
    const n = current;
    if (n?.results === undefined) return [];
    if (!readers) ({ readers, outputs } = readersOf(g, order));
    const out = n.results.map(() => ({ read: false, readers: [] as Node[], output: false }));
    for (const p of readers.get(n) ?? []) {
      if (p.op !== PROJ) continue;
      const u = out[p.params.index as number];
      u.read = true;
      u.readers.push(...(readers.get(p) ?? []));
      u.output ||= outputs!.has(p);
    }
    return out;
  };

  let builder: GraphBuilder | undefined;
  let ctx: RewriteContext | undefined;
  const map = new Map<Node, Node>();
  /** Results replaced one by one, by the node of `g` they were results of. */
  const resultMap = new Map<Node, readonly (Node | undefined)[]>();
  let inputs: Node[] = [];
  const rebuilt = (n: Node): Node => {
    if (n.op === 'const') return builder!.constant(n.aval, n.value!);
    if (n.op === PROJ) {
      const rep = resultMap.get(n.inputs[0]);
      if (rep) {
        const r = rep[n.params.index as number];
        if (!r)
          throw new Error(
            `internal: rewrite dropped result ${String(n.params.index)} of a ${n.inputs[0].op} that is read`,
          );
        return r;
      }
    }
    return builder!.node(
      n.op as Prim,
      n.inputs.map((i) => map.get(i)!),
      n.params,
      n.type,
    );
  };
  // Whether `g` is canonical: then the copy of a node nothing it is computed from was rewritten
  // in is isomorphic to it (`straight` holds such nodes of `g`), and inherits what it declined.
  const iso = isCanonical(g, order);
  const straight = new Set<Node>(g.inputs);
  const startBuilding = (upTo: number) => {
    builder = new GraphBuilder();
    useCounts.clear();
    ctx = new RewriteContext(builder, useCounts, resultUses);
    inputs = g.inputs.map((n) => {
      const m = builder!.input(n.aval, n.label ?? 'in');
      map.set(n, m);
      return m;
    });
    for (let j = 0; j < upTo; j++) {
      const n = order[j];
      if (map.has(n)) continue;
      const m = rebuilt(n);
      map.set(n, m);
      useCounts.set(m, uses.get(n) ?? 0);
      straight.add(n);
      inheritDeclined(n, m);
    }
  };
  // What the looking phase found firing was built over nodes of `g` in a scratch builder (its
  // ids above g's): rebuilt over their copies (`n` read as its copy `m`), so the rule need not run
  // again. Null where it reads a node of `g` not copied yet (then the rules run on `m`).
  const scratchIds = maxId + 1;
  const transplanted = (f: Firing, n: Node, m: Node): Firing | null => {
    const copies = new Map<Node, Node>([[n, m]]);
    const copy = (x: Node | undefined): Node | undefined => {
      if (x === undefined) return undefined;
      const known = map.get(x) ?? copies.get(x);
      if (known !== undefined || x.id < scratchIds || x.op === 'input') return known;
      let y: Node | undefined;
      if (x.op === 'const') y = builder!.constant(x.aval, x.value!);
      else {
        const ins: Node[] = [];
        for (const i of x.inputs) {
          const c = copy(i);
          if (c === undefined) return undefined;
          ins.push(c);
        }
        y = builder!.node(x.op as Prim, ins, x.params, x.type);
      }
      copies.set(x, y);
      return y;
    };
    const r = f.r;
    if (!isResults(r)) {
      const c = copy(r);
      return c === undefined ? null : { rule: f.rule, r: c };
    }
    const results: (Node | undefined)[] = [];
    for (const x of r.results) {
      const c = copy(x);
      if (x !== undefined && c === undefined) return null;
      results.push(c);
    }
    return { rule: f.rule, r: { results } };
  };

  let fired = false;
  if (!iso) startBuilding(0);
  // Looking, ctx.uses() answers from `uses` itself: a rule asks about what the node is computed
  // from, all visited already (topological order), or about nodes it built (0 either way).
  const scan = builder === undefined ? new RewriteContext(new GraphBuilder(scratchIds), uses, resultUses) : undefined;
  for (let k = 0; k < order.length; k++) {
    const n = order[k];
    current = n;
    let found: Firing | null = null;
    if (builder === undefined) {
      if (isInput.has(n)) continue;
      if (withOptimizedBodies(n, phase) === undefined) {
        found = firstFiring(n, index.rulesFor(n.op), scan!);
        if (found === null) continue;
      }
      startBuilding(k);
    }
    if (map.has(n)) continue;
    let m = rebuilt(n);
    let same = iso && n.inputs.every((i) => straight.has(i));
    if (same) inheritDeclined(n, m);
    const deep = withOptimizedBodies(m, phase);
    if (deep) {
      m = builder!.node(m.op as Prim, m.inputs, deep.params, m.type);
      entry.fired.push(...deep.fired);
      fired = true;
      same = false;
    }
    const first = found && transplanted(found, n, m);
    for (let t = 0; t < MAX_RULES_PER_NODE; t++) {
      const hit = t === 0 && first ? first : firstFiring(m, index.rulesFor(m.op), ctx!);
      if (hit === null) break;
      const { rule, r } = hit;
      if (isResults(r)) {
        checkResults(rule.name, m, r, resultUses());
        resultMap.set(n, r.results);
      } else if (!sameType(r, m)) {
        throw new Error(`rewrite: rule ${rule.name} changed ${nodeTypeText(m)} into ${nodeTypeText(r)}`);
      }
      entry.fired.push(rule.name);
      fired = true;
      same = false;
      if (isResults(r)) break;
      m = r;
    }
    if (same) straight.add(n);
    map.set(n, m);
    useCounts.set(m, uses.get(n) ?? 0);
  }
  if (builder === undefined) return { graph: g, fired: false };
  const graph: Graph = {
    name: g.name,
    inputs,
    outputs: g.outputs.map((n) => map.get(n)!),
    updates: g.updates.map((u) => ({ input: u.input, value: map.get(u.value)! })),
  };
  builtHere.add(graph);
  return { graph, fired };
}

/** A results replacement must give every result that is read, with its type. */
function checkResults(rule: string, m: Node, r: ResultsReplacement, uses: readonly ResultUse[]): void {
  const results = m.results;
  if (!results || r.results.length !== results.length)
    throw new Error(`rewrite: rule ${rule} gave ${r.results.length} results for ${nodeTypeText(m)}`);
  results.forEach((a, i) => {
    const x = r.results[i];
    if (x === undefined) {
      if (uses[i]?.read) throw new Error(`rewrite: rule ${rule} dropped result ${i} of ${m.op}, which is read`);
    } else if (!sameAval(x.aval, a)) {
      throw new Error(
        `rewrite: rule ${rule} changed result ${i} of ${m.op} from ${typeText(a)} into ${typeText(x.aval)}`,
      );
    }
  });
}

/**
 * Runs the phase's rules to a fixed point: passes until one changes nothing (MAX_PASSES at most).
 * A phase that changes nothing returns `g` itself, not a copy.
 */
export function runPhase(g: Graph, phase: Phase, log: PhaseLog[]): Graph {
  const entry: PhaseLog = { phase: phase.name, fired: [], passes: 0 };
  log.push(entry);
  for (;;) {
    if (entry.passes >= MAX_PASSES)
      throw new Error(
        `rewrite: phase ${phase.name} did not reach a fixed point in ${MAX_PASSES} passes (rules keep firing: ${[...new Set(entry.fired.slice(-10))].join(', ')})`,
      );
    entry.passes++;
    const { graph, fired } = rewritePass(g, phase, entry);
    g = graph;
    if (!fired) return g;
  }
}

/** Rewrites never change what a graph returns: the checker every phase must pass. */
export function checkSameInterface(before: Graph, after: Graph, phase: string): void {
  const outs = (g: Graph) => [...g.outputs, ...g.updates.map((u) => u.value)];
  const a = outs(before),
    b = outs(after);
  if (a.length !== b.length || a.some((n, i) => !sameAval(n.aval, b[i].aval))) {
    throw new Error(
      `rewrite: phase ${phase} changed the graph's results from (${a.map((n) => typeText(n.aval)).join(', ')}) to (${b.map((n) => typeText(n.aval)).join(', ')})`,
    );
  }
}

export function runPhases(g: Graph, phases: readonly Phase[], debug = debugLevel()): { graph: Graph; log: PhaseLog[] } {
  const log: PhaseLog[] = [];
  let cur = g;
  for (const phase of phases) {
    const next = runPhase(cur, phase, log);
    checkSameInterface(cur, next, phase.name);
    cur = next;
    if (debug >= 3)
      console.error(
        `tensorjit: after phase ${phase.name} (${log[log.length - 1].fired.length} rewrites)\n${printGraph(cur)}`,
      );
  }
  return { graph: cur, log };
}
