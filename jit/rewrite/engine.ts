// The rewrite engine: rules are data (a pattern, a replacement function, a name), matched with
// commutativity, applied in named phases run to a fixed point with a loop guard.

import { primitives, type Aval, type Prim } from '../../runtime/primitives/index.js';
import type { DType, TypedArray } from '../../runtime/dtype.js';
import { allocate } from '../../runtime/dtype.js';
import { GraphBuilder, printGraph, topoOrder, typeText, type Graph, type Node } from '../graph.js';

/** A pattern: an op with argument patterns, a capture of anything, or a scalar constant test. */
export type Pattern =
  | { readonly op: Prim | readonly Prim[]; readonly args?: readonly Pattern[]; readonly as?: string; readonly where?: (n: Node) => boolean }
  | { readonly any: string; readonly where?: (n: Node) => boolean }
  | { readonly scalar: number | ((v: number) => boolean); readonly as?: string };

export type Captures = Record<string, Node>;

export interface RewriteRule {
  readonly name: string;
  readonly pattern: Pattern;
  /** The replacement for the matched node, or null to decline. */
  readonly rewrite: (c: Captures, node: Node, ctx: RewriteContext) => Node | null;
}

export interface Phase { readonly name: string; readonly rules: readonly RewriteRule[] }

const COMMUTATIVE = new Set<string>(['add', 'mul', 'maximum', 'minimum', 'equal', 'notEqual', 'logicalAnd', 'logicalOr']);

/** The single value of a constant node whose elements are all equal (a scalar in effect), or undefined. */
export function scalarValue(n: Node): number | undefined {
  if (n.op !== 'const' || !n.value || n.value.length === 0) return undefined;
  const v = n.value[0];
  for (let i = 1; i < n.value.length; i++) if (!Object.is(n.value[i], v)) return undefined;
  return v;
}

function match(p: Pattern, n: Node, c: Captures): boolean {
  if ('any' in p) {
    if (p.where && !p.where(n)) return false;
    const prev = c[p.any];
    if (prev !== undefined) return prev === n; // the same name twice means the same node (interning)
    c[p.any] = n;
    return true;
  }
  if ('scalar' in p) {
    const v = scalarValue(n);
    if (v === undefined || !(typeof p.scalar === 'number' ? Object.is(v, p.scalar) || v === p.scalar : p.scalar(v))) return false;
    if (p.as) c[p.as] = n;
    return true;
  }
  const ops = typeof p.op === 'string' ? [p.op] : p.op;
  if (!ops.includes(n.op as Prim)) return false;
  if (p.where && !p.where(n)) return false;
  const args = p.args;
  if (args) {
    if (args.length !== n.inputs.length) return false;
    const orders = args.length === 2 && COMMUTATIVE.has(n.op) ? [[0, 1], [1, 0]] : [args.map((_, i) => i)];
    let ok = false;
    for (const order of orders) {
      const trial: Captures = { ...c };
      if (order.every((j, i) => match(args[i], n.inputs[j], trial))) { Object.assign(c, trial); ok = true; break; }
    }
    if (!ok) return false;
  }
  if (p.as) c[p.as] = n;
  return true;
}

type InferRule = { infer(inputs: readonly Aval[], params: unknown): Aval };

/** What a rule's rewrite function builds its replacement with. */
export class RewriteContext {
  constructor(readonly builder: GraphBuilder, private readonly useCounts: ReadonlyMap<Node, number> = new Map()) {}

  /** How many nodes of the graph being rewritten read `n` (rules that would duplicate work check it). */
  uses(n: Node): number {
    return this.useCounts.get(n) ?? 0;
  }

  op(prim: Prim, inputs: readonly Node[], params: Record<string, unknown> = {}): Node {
    const aval = (primitives[prim] as unknown as InferRule).infer(inputs.map((i) => i.aval), params);
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
    const a = r.aval.shape, b = like.aval.shape;
    if (a.length !== b.length || a.some((d, i) => d !== b[i])) r = this.op('broadcastTo', [r], { shape: b });
    return r;
  }
}

export const MAX_PASSES = 50;
const MAX_RULES_PER_NODE = 32;

export interface PhaseLog { phase: string; fired: string[]; passes: number }

const sameAval = (a: Aval, b: Aval) => a.dtype === b.dtype && a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]);

/** Rebuilds the graph node by node, trying the phase's rules on each, until a pass changes nothing. */
export function runPhase(g: Graph, phase: Phase, log: PhaseLog[]): Graph {
  const entry: PhaseLog = { phase: phase.name, fired: [], passes: 0 };
  log.push(entry);
  for (;;) {
    if (entry.passes >= MAX_PASSES) throw new Error(`rewrite: phase ${phase.name} did not reach a fixed point in ${MAX_PASSES} passes (rules keep firing: ${[...new Set(entry.fired.slice(-10))].join(', ')})`);
    entry.passes++;
    const builder = new GraphBuilder();
    const useCounts = new Map<Node, number>();
    const ctx = new RewriteContext(builder, useCounts);
    const map = new Map<Node, Node>();
    const uses = new Map<Node, number>();
    for (const n of topoOrder(g)) for (const i of n.inputs) uses.set(i, (uses.get(i) ?? 0) + 1);
    for (const o of [...g.outputs, ...g.updates.map((u) => u.value)]) uses.set(o, (uses.get(o) ?? 0) + 1);
    let changed = false;
    const inputs = g.inputs.map((n) => { const m = builder.input(n.aval, n.label ?? 'in'); map.set(n, m); return m; });
    for (const n of topoOrder(g)) {
      if (map.has(n)) continue;
      let m = n.op === 'const' ? builder.constant(n.aval, n.value!) : builder.node(n.op as Prim, n.inputs.map((i) => map.get(i)!), n.params, n.aval);
      for (let k = 0; k < MAX_RULES_PER_NODE; k++) {
        let fired = false;
        for (const rule of phase.rules) {
          const captures: Captures = {};
          if (!match(rule.pattern, m, captures)) continue;
          const r = rule.rewrite(captures, m, ctx);
          if (r === null || r === m) continue;
          if (!sameAval(r.aval, m.aval)) throw new Error(`rewrite: rule ${rule.name} changed ${typeText(m.aval)} into ${typeText(r.aval)}`);
          entry.fired.push(rule.name);
          m = r;
          fired = changed = true;
          break;
        }
        if (!fired) break;
      }
      map.set(n, m);
      useCounts.set(m, uses.get(n) ?? 0);
    }
    g = { name: g.name, inputs, outputs: g.outputs.map((n) => map.get(n)!), updates: g.updates.map((u) => ({ input: u.input, value: map.get(u.value)! })) };
    if (!changed) break;
  }
  return g;
}

/** Rewrites never change what a graph returns: the checker every phase must pass. */
export function checkSameInterface(before: Graph, after: Graph, phase: string): void {
  const outs = (g: Graph) => [...g.outputs, ...g.updates.map((u) => u.value)];
  const a = outs(before), b = outs(after);
  if (a.length !== b.length || a.some((n, i) => !sameAval(n.aval, b[i].aval))) {
    throw new Error(`rewrite: phase ${phase} changed the graph's results from (${a.map((n) => typeText(n.aval)).join(', ')}) to (${b.map((n) => typeText(n.aval)).join(', ')})`);
  }
}

export function runPhases(g: Graph, phases: readonly Phase[], debug = Number(process.env.TENSORJIT_DEBUG ?? 0)): { graph: Graph; log: PhaseLog[] } {
  const log: PhaseLog[] = [];
  let cur = g;
  for (const phase of phases) {
    const next = runPhase(cur, phase, log);
    checkSameInterface(cur, next, phase.name);
    cur = next;
    if (debug >= 3) console.error(`tensorjit: after phase ${phase.name} (${log[log.length - 1].fired.length} rewrites)\n${printGraph(cur)}`);
  }
  return { graph: cur, log };
}
