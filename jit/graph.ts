// The graph IR: immutable, interned nodes (same op, inputs and params give the same object),
// a stable printed form, Graphviz export, and a plain-data form that crosses to a worker thread.
//
// Two extensions for control flow (scan, cond, loops):
// - A param may be a graph (or an array of graphs): a closed sub-graph, the body of a loop or a
//   branch. It is compared by structure (a hash computed once per graph, and only against nodes
//   alike in everything else), so structurally equal bodies give the same node; it prints nested
//   under its node, and draws as a dot cluster.
// - A node may have several results: built with an array of avals (`results`), it is read only
//   through `proj` nodes (`proj(n) {index=k}`, typed by result k), ordinary one-result nodes.
//   Its `aval` throws: code that expects one tensor per node (fusion, codegen) fails clearly.

import { SHORT_NAME, type DType, type TypedArray } from '../runtime/dtype.js';
import type { Aval, Prim } from '../runtime/primitives/index.js';
import type { ControlOp } from '../src/control/registry.js';
import { fmtShape } from '../runtime/shape.js';
import { crypto } from './lazy.js';

/** The op of a projection: result `params.index` of its one input, a node with several results. */
export const PROJ = 'proj';

export type NodeOp = Prim | ControlOp | 'input' | 'const' | typeof PROJ;

export class Node {
  /** For a node with several results: each result's type (read them through proj nodes). Undefined for one result. */
  readonly results: readonly Aval[] | undefined;
  private readonly single: Aval | undefined;

  constructor(
    readonly id: number,
    readonly op: NodeOp,
    readonly inputs: readonly Node[],
    readonly params: Readonly<Record<string, unknown>>,
    /** Its type: an aval, or an array of avals for a node with several results (even one). */
    type: Aval | readonly Aval[],
    /** For const nodes: the value. */
    readonly value?: TypedArray,
    /** For input nodes: what feeds it (an argument leaf or a Variable), for printing. */
    readonly label?: string,
  ) {
    if (isAvalList(type)) {
      this.results = type;
      this.single = undefined;
    } else {
      this.results = undefined;
      this.single = type;
    }
  }

  /** The node's value's shape and dtype; a node with several results has none (read a proj node). */
  get aval(): Aval {
    const a = this.single;
    if (a === undefined)
      throw new Error(
        `internal: node ${this.id} (${this.op}) has ${this.results!.length} results: read one through a proj node, not the node itself`,
      );
    return a;
  }

  /** What the builder was given: the aval, or the results' avals (for rebuilding a node elsewhere). */
  get type(): Aval | readonly Aval[] {
    return this.results ?? this.single!;
  }
}

const isAvalList = (t: Aval | readonly Aval[]): t is readonly Aval[] => Array.isArray(t);

/** Whether a value (a param) is a graph. Graphs are plain objects: recognized by their fields. */
export function isGraph(v: unknown): v is Graph {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const g = v as Partial<Graph>;
  return typeof g.name === 'string' && Array.isArray(g.inputs) && Array.isArray(g.outputs) && Array.isArray(g.updates);
}

/** The graphs a param value holds (a graph, or a non-empty array of graphs), or undefined. */
export function graphsIn(v: unknown): readonly Graph[] | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  if (!Array.isArray(v)) return isGraph(v) ? [v] : undefined;
  return v.length > 0 && v.every(isGraph) ? v : undefined;
}

/** A node's graph-valued params, by sorted key: `list` when the value is an array of graphs. */
export function subgraphsOf(n: Node): { key: string; graphs: readonly Graph[]; list: boolean }[] {
  const out: { key: string; graphs: readonly Graph[]; list: boolean }[] = [];
  for (const key of Object.keys(n.params).sort()) {
    const v = n.params[key];
    const graphs = graphsIn(v);
    if (graphs) out.push({ key, graphs, list: Array.isArray(v) });
  }
  return out;
}

const graphText = (g: Graph) => `graph#${graphKey(g)}`;
function paramText(v: unknown): string {
  const graphs = graphsIn(v);
  if (graphs === undefined) return JSON.stringify(v);
  return Array.isArray(v) ? `[${graphs.map(graphText).join(',')}]` : graphText(graphs[0]);
}

/** A stable text for params: keys sorted, arrays and numbers as JSON, graphs by structural key. */
export function paramsKey(params: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(params).sort();
  return keys.map((k) => `${k}=${paramText(params[k])}`).join(',');
}

/** The params printed on a node's line: all but graphs, which print nested below it. */
export function inlineParams(params: Readonly<Record<string, unknown>>): string {
  return Object.keys(params)
    .sort()
    .filter((k) => graphsIn(params[k]) === undefined)
    .map((k) => `${k}=${JSON.stringify(params[k])}`)
    .join(',');
}

const SMALL_CONST = 16;
const valueTexts = new WeakMap<TypedArray, string>();
/** A constant's values as text (once per buffer: a constant's buffer never changes). */
function valuesText(value: TypedArray): string {
  let t = valueTexts.get(value);
  if (t === undefined)
    valueTexts.set(value, (t = Array.from(value, (v) => (Object.is(v, -0) ? '-0' : String(v))).join(',')));
  return t;
}

/** What makes two constants of at most SMALL_CONST elements one node: type and values (undefined for larger ones, one node per buffer). */
export const smallConstKey = (aval: Aval, value: TypedArray): string | undefined =>
  value.length <= SMALL_CONST ? `const:${aval.dtype}:${fmtShape(aval.shape)}:${valuesText(value)}` : undefined;

// Structural keys of graphs: computed once per graph object (graphs are immutable).
const graphKeys = new WeakMap<Graph, string>();
const bufferIds = new WeakMap<TypedArray, number>();
let nextBufferId = 0;

/**
 * A key for a graph's structure: equal for graphs that compute the same thing the same way (the
 * same ops, params, types, wiring, inputs, outputs and updates; small constants by value, larger
 * ones by buffer, as GraphBuilder interns them). Names and input labels do not count. A hash
 * (128 bits of SHA-256), computed once per graph. Throws if the graph reads an input node that is
 * not one of its inputs: a sub-graph must be closed.
 */
export function graphKey(g: Graph): string {
  let k = graphKeys.get(g);
  if (k === undefined) {
    k = crypto().createHash('sha256').update(structureText(g)).digest('base64url').slice(0, 22);
    graphKeys.set(g, k);
  }
  return k;
}

function structureText(g: Graph): string {
  const inputPos = new Map<Node, number>();
  g.inputs.forEach((n, i) => {
    if (!inputPos.has(n)) inputPos.set(n, i);
  });
  const index = new Map<Node, number>();
  const parts = [`inputs ${g.inputs.map((n) => inputPos.get(n)).join(',')}`];
  orderOf(g).forEach((n, i) => {
    index.set(n, i);
    if (n.op === 'input') {
      const p = inputPos.get(n);
      if (p === undefined) throw notClosed(g, n);
      parts.push(`in ${p} ${typeText(n.aval)}`);
    } else if (n.op === 'const') {
      const v = n.value!;
      let id = bufferIds.get(v);
      if (v.length > SMALL_CONST && id === undefined) bufferIds.set(v, (id = nextBufferId++));
      parts.push(`const ${typeText(n.aval)} ${v.length <= SMALL_CONST ? valuesText(v) : `buffer#${id}`}`);
    } else {
      parts.push(`${n.op}(${n.inputs.map((x) => index.get(x)).join(',')}){${paramsKey(n.params)}}:${nodeTypeText(n)}`);
    }
  });
  parts.push(`outputs ${g.outputs.map((n) => index.get(n)).join(',')}`);
  parts.push(`updates ${g.updates.map((u) => `${u.input}:${index.get(u.value)}`).join(',')}`);
  return parts.join('\n');
}

// Interning keys name the graphs among a node's params by object: cheap, and exact. Nodes whose
// keys differ only in which graph objects they hold are still one node when those graphs have the
// same structure; that is compared (graphKey) only for nodes alike in everything else, down to
// what their graphs take and give, so most new bodies are never keyed by structure.

const graphIds = new WeakMap<Graph, number>();
let nextGraphId = 0;
function graphId(g: Graph): number {
  let k = graphIds.get(g);
  if (k === undefined) graphIds.set(g, (k = nextGraphId++));
  return k;
}

/** What a graph takes and gives: its inputs' and outputs' types. */
const signature = (g: Graph) =>
  `(${g.inputs.map((n) => typeText(n.aval)).join(',')})->(${g.outputs.map((n) => typeText(n.aval)).join(',')})`;

const closed = new WeakSet<Graph>();
/** Throws if `g` reads an input node that is not one of its inputs: a sub-graph must be closed. */
function checkClosed(g: Graph): void {
  if (closed.has(g)) return;
  const inputs = new Set(g.inputs);
  for (const n of orderOf(g)) if (n.op === 'input' && !inputs.has(n)) throw notClosed(g, n);
  closed.add(g);
}
const notClosed = (g: Graph, n: Node) =>
  new Error(
    `internal: graph ${g.name} reads ${n.label ?? `input node ${n.id}`}, which is not one of its inputs (a sub-graph must be closed: pass outer values in as inputs)`,
  );

interface ParamsKeys {
  /** The params as text, graphs by object. */
  readonly identity: string;
  /** The params as text, graphs by signature; undefined when there are no graphs. */
  readonly shape: string | undefined;
}
const NO_PARAMS: ParamsKeys = { identity: '', shape: undefined };
const paramsKeys = new WeakMap<object, ParamsKeys>();

/** The interning keys of a params object (once per object: params are immutable). */
function keysOf(params: Readonly<Record<string, unknown>>): ParamsKeys {
  let k = paramsKeys.get(params);
  if (k !== undefined) return k;
  const names = Object.keys(params);
  if (names.length === 0) return NO_PARAMS;
  const identity: string[] = [],
    shape: string[] = [];
  let graphs = false;
  for (const name of names.sort()) {
    const v = params[name];
    const gs = graphsIn(v);
    if (gs === undefined) {
      const text = `${name}=${JSON.stringify(v)}`;
      identity.push(text);
      shape.push(text);
      continue;
    }
    graphs = true;
    gs.forEach(checkClosed);
    const list = (f: (g: Graph) => string) => (Array.isArray(v) ? `[${gs.map(f).join(',')}]` : f(gs[0]));
    identity.push(`${name}=${list((g) => `@${graphId(g)}`)}`);
    shape.push(`${name}=${list(signature)}`);
  }
  k = { identity: identity.join(','), shape: graphs ? shape.join(',') : undefined };
  paramsKeys.set(params, k);
  return k;
}

/** Whether params alike but for which graph objects they hold hold graphs of the same structure. */
function sameGraphs(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  for (const name of Object.keys(a)) {
    const ga = graphsIn(a[name]);
    if (ga === undefined) continue;
    const gb = graphsIn(b[name])!;
    if (ga.some((g, i) => g !== gb[i] && graphKey(g) !== graphKey(gb[i]))) return false;
  }
  return true;
}

/** Nodes (or anything standing for them) by what makes two nodes one: op, inputs (by id or position) and params. */
export class InternTable<T> {
  private readonly byKey = new Map<string, T>();
  /** Those holding graphs, by the key with graphs by signature. */
  private readonly byShape = new Map<string, { params: Readonly<Record<string, unknown>>; value: T }[]>();

  /** What was stored for a node equal to this one, else `make()`, stored. */
  intern(op: string, inputs: string, params: Readonly<Record<string, unknown>>, make: () => T): T {
    const { identity, shape } = keysOf(params);
    const key = `${op}(${inputs}){${identity}}`;
    const hit = this.byKey.get(key);
    if (hit !== undefined) return hit;
    let alike: { params: Readonly<Record<string, unknown>>; value: T }[] | undefined;
    if (shape !== undefined) {
      const sk = `${op}(${inputs}){${shape}}`;
      alike = this.byShape.get(sk);
      if (alike === undefined) this.byShape.set(sk, (alike = []));
      const twin = alike.find((c) => sameGraphs(c.params, params));
      if (twin !== undefined) {
        this.byKey.set(key, twin.value);
        return twin.value;
      }
    }
    const value = make();
    this.byKey.set(key, value);
    alike?.push({ params, value });
    return value;
  }
}

/** Builds nodes for one graph, interning them so equal subexpressions are one object. */
export class GraphBuilder {
  private readonly interned = new Map<string, Node>();
  private readonly nodes = new InternTable<Node>();
  private readonly constsByBuffer = new Map<TypedArray, Node>();

  private nextId: number;

  /** `firstId`: the first node id (above another graph's ids, for nodes built over its nodes). */
  constructor(firstId = 0) {
    this.nextId = firstId;
  }

  input(aval: Aval, label: string): Node {
    return new Node(this.nextId++, 'input', [], {}, aval, undefined, label);
  }

  constant(aval: Aval, value: TypedArray): Node {
    const seen = this.constsByBuffer.get(value);
    if (seen && seen.aval.dtype === aval.dtype && fmtShape(seen.aval.shape) === fmtShape(aval.shape)) return seen;
    // Small constants are deduplicated by value, larger ones by buffer identity.
    const key = smallConstKey(aval, value);
    if (key) {
      const hit = this.interned.get(key);
      if (hit) return hit;
    }
    const n = new Node(this.nextId++, 'const', [], {}, aval, value);
    if (key) this.interned.set(key, n);
    this.constsByBuffer.set(value, n);
    return n;
  }

  /**
   * The node applying `op` to `inputs`: an existing one if the same op, inputs and params (graphs
   * among them compared by structure) were built before. `type` is an array of avals for a node
   * with several results, read through {@link GraphBuilder.proj}; only proj reads such a node.
   */
  node(
    op: Prim | ControlOp | typeof PROJ,
    inputs: readonly Node[],
    params: Readonly<Record<string, unknown>>,
    type: Aval | readonly Aval[],
  ): Node {
    if (op === PROJ) checkProj(inputs, params, type);
    else
      for (const i of inputs)
        if (i.results)
          throw new Error(
            `internal: ${op} reads node ${i.id} (${i.op}), which has ${i.results.length} results: read one through a proj node`,
          );
    if (isAvalList(type) && type.length === 0) throw new Error(`internal: ${op} built with no results`);
    return this.nodes.intern(
      op,
      inputs.map((n) => n.id).join(','),
      params,
      () => new Node(this.nextId++, op, inputs, params, type),
    );
  }

  /** Result `index` of a node with several results (interned: one proj node per result). */
  proj(n: Node, index: number): Node {
    if (!n.results) throw new Error(`internal: proj of node ${n.id} (${n.op}), which has one result`);
    return this.node(PROJ, [n], { index }, n.results[index]);
  }
}

function checkProj(
  inputs: readonly Node[],
  params: Readonly<Record<string, unknown>>,
  type: Aval | readonly Aval[],
): void {
  const k = params.index,
    of = inputs[0];
  const results = inputs.length === 1 ? of.results : undefined;
  if (!results || typeof k !== 'number' || !Number.isInteger(k) || k < 0 || k >= results.length || isAvalList(type)) {
    throw new Error(
      `internal: proj takes one node with several results and an index below their count (got ${inputs.length} inputs, index ${String(k)})`,
    );
  }
}

/** A traced function: its inputs (argument leaves, then Variables), outputs and Variable updates. */
export interface Graph {
  readonly name: string;
  readonly inputs: readonly Node[];
  readonly outputs: readonly Node[];
  /** Variable updates: index into `inputs` of the Variable's node, and its new value. */
  readonly updates: readonly { readonly input: number; readonly value: Node }[];
}

/**
 * Nodes reachable from the outputs and updates, producers before consumers. Sub-graphs (graph
 * params) are not entered: their nodes belong to them.
 */
export function topoOrder(g: Graph): Node[] {
  return orderOf(g).slice();
}

const orders = new WeakMap<Graph, readonly Node[]>();

/** {@link topoOrder}, computed once per graph (graphs are immutable) and shared: not to be changed. */
export function orderOf(g: Graph): readonly Node[] {
  let order = orders.get(g);
  if (order === undefined) orders.set(g, (order = walk(g)));
  return order;
}

function walk(g: Graph): Node[] {
  const seen = new Set<Node>();
  const order: Node[] = [];
  const visit = (root: Node) => {
    // Iterative DFS: graphs of thousands of nodes would overflow the stack recursively.
    const stack: [Node, number][] = [[root, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [n, i] = top;
      if (i === 0 && seen.has(n)) {
        stack.pop();
        continue;
      }
      if (i < n.inputs.length) {
        top[1]++;
        const child = n.inputs[i];
        if (!seen.has(child)) stack.push([child, 0]);
        continue;
      }
      stack.pop();
      if (!seen.has(n)) {
        seen.add(n);
        order.push(n);
      }
    }
  };
  g.inputs.forEach(visit);
  g.outputs.forEach(visit);
  g.updates.forEach((u) => visit(u.value));
  return order;
}

/**
 * For code generators and passes that handle only one-result nodes without sub-graphs (all of
 * them, until control flow lands): throws an internal error naming the first node that is not one.
 */
export function assertNoControlFlow(g: Graph, who: string): void {
  for (const n of orderOf(g)) {
    const why = n.results
      ? `has ${n.results.length} results`
      : n.op === PROJ
        ? 'reads one result of a node with several'
        : n.op !== 'input' && n.op !== 'const' && subgraphsOf(n).length
          ? `carries sub-graphs (${subgraphsOf(n)
              .map((s) => s.key)
              .join(', ')})`
          : undefined;
    if (why) throw new Error(`internal: ${who} cannot handle node ${n.id} (${n.op}) of graph ${g.name} yet: it ${why}`);
  }
}

export const typeText = (a: Aval) => `${SHORT_NAME[a.dtype]}${fmtShape(a.shape)}`;
/** A node's type as printed: `f32[3]`, or `(f32[3], i32[])` for a node with several results. */
export const nodeTypeText = (n: Node) => (n.results ? `(${n.results.map(typeText).join(', ')})` : typeText(n.aval));

function constText(n: Node): string {
  const v = n.value!;
  if (v.length <= 6) return `const ${typeText(n.aval)} {${Array.from(v).join(', ')}}`;
  return `const ${typeText(n.aval)} {${Array.from(v.subarray(0, 3)).join(', ')}, ...}`;
}

/**
 * The printed form: one line per node, numbered in topological order, stable across runs. A
 * node's sub-graphs print nested under it (each numbered from %0, as printGraph prints it alone):
 *
 *     %2 = scan(%0, %1) {length=3} : (f32[3], f32[3]) {
 *       body = graph body(c: f32[3], x: f32[3]) {
 *         ...
 *       }
 *     }
 */
export function printGraph(g: Graph): string {
  return graphLines(g, '').join('\n');
}

function graphLines(g: Graph, indent: string): string[] {
  const order = orderOf(g);
  const names = new Map<Node, string>();
  g.inputs.forEach((n, i) => names.set(n, n.label ?? `in${i}`));
  const lines: string[] = [];
  const header = g.inputs.map((n) => `${names.get(n)}: ${typeText(n.aval)}`).join(', ');
  lines.push(`${indent}graph ${g.name}(${header}) {`);
  let k = 0;
  for (const n of order) {
    if (n.op === 'input') continue;
    const name = `%${k++}`;
    names.set(n, name);
    const inline = n.op === 'const' ? '' : inlineParams(n.params);
    const rhs =
      n.op === 'const'
        ? constText(n)
        : `${n.op}(${n.inputs.map((i) => names.get(i)).join(', ')})${inline ? ` {${inline}}` : ''}`;
    const subs = n.op === 'const' ? [] : subgraphsOf(n);
    lines.push(`${indent}  ${name} = ${rhs} : ${nodeTypeText(n)}${subs.length ? ' {' : ''}`);
    if (subs.length === 0) continue;
    for (const { key, graphs, list } of subs) {
      graphs.forEach((sub, j) => {
        const body = graphLines(sub, `${indent}    `);
        body[0] = `${indent}    ${list ? `${key}[${j}]` : key} = ${body[0].trimStart()}`;
        lines.push(...body);
      });
    }
    lines.push(`${indent}  }`);
  }
  for (const u of g.updates) lines.push(`${indent}  ${names.get(g.inputs[u.input])} <- ${names.get(u.value)}`);
  lines.push(`${indent}  return ${g.outputs.map((o) => names.get(o)).join(', ')}`);
  lines.push(`${indent}}`);
  return lines;
}

/** Graphviz dot text: `dot -Tsvg` draws it. Sub-graphs are clusters, with a dashed edge to their node. */
export function toDot(g: Graph): string {
  const lines = [`digraph "${g.name}" {`, '  rankdir=TB;', '  node [fontname="monospace", fontsize=10];'];
  if (dotLines(g, '', '  ', lines)) lines.splice(2, 0, '  compound=true;');
  lines.push('}');
  return lines.join('\n');
}

/** Appends g's dot statements (ids prefixed by `prefix`); returns whether it drew a cluster. */
function dotLines(g: Graph, prefix: string, indent: string, lines: string[]): boolean {
  let clusters = false;
  const id = (n: Node) => `${prefix}n${n.id}`;
  for (const n of orderOf(g)) {
    const shape = n.op === 'input' ? 'invhouse' : n.op === 'const' ? 'note' : 'box';
    const label =
      n.op === 'input'
        ? `${n.label}\\n${typeText(n.aval)}`
        : n.op === 'const'
          ? `const\\n${typeText(n.aval)}`
          : n.op === PROJ
            ? `${PROJ} ${String(n.params.index)}\\n${typeText(n.aval)}`
            : `${n.op}\\n${nodeTypeText(n)}`;
    lines.push(`${indent}${id(n)} [shape=${shape}, label="${label}"];`);
    for (const i of n.inputs) lines.push(`${indent}${id(i)} -> ${id(n)};`);
    if (n.op === 'input' || n.op === 'const') continue;
    for (const { key, graphs, list } of subgraphsOf(n)) {
      graphs.forEach((sub, j) => {
        const p = `${id(n)}_${key.replace(/\W/g, '_')}${list ? j : ''}_`;
        lines.push(
          `${indent}subgraph cluster_${p} {`,
          `${indent}  label="${n.op} ${list ? `${key}[${j}]` : key}"; style=dashed;`,
        );
        dotLines(sub, p, `${indent}  `, lines);
        lines.push(`${indent}}`);
        const anchor = sub.outputs[0] ?? sub.inputs[0];
        if (anchor) lines.push(`${indent}${p}n${anchor.id} -> ${id(n)} [style=dashed, ltail=cluster_${p}];`);
        clusters = true;
      });
    }
  }
  g.outputs.forEach((o, i) => {
    lines.push(`${indent}${prefix}out${i} [shape=house, label="out ${i}"];`, `${indent}${id(o)} -> ${prefix}out${i};`);
  });
  g.updates.forEach((u, i) => {
    lines.push(
      `${indent}${prefix}upd${i} [shape=house, label="${g.inputs[u.input].label} <-"];`,
      `${indent}${id(u.value)} -> ${prefix}upd${i};`,
    );
  });
  return clusters;
}

/** One node in GraphData: its inputs and sub-graphs by index, so a DAG crosses as a table. */
export interface NodeData {
  op: NodeOp;
  inputs: number[];
  /** Params other than graphs. */
  params: Record<string, unknown>;
  /** The type of a node with one result. */
  shape?: number[];
  dtype?: DType;
  /** Each result's type, for a node with several results. */
  results?: { shape: number[]; dtype: DType }[];
  /** Graph-valued params: an index into GraphData.subgraphs, or an array of them. */
  graphParams?: Record<string, number | number[]>;
  value?: TypedArray;
  label?: string;
}

/** A graph's interface: indices into GraphData.nodes. */
export interface SubgraphData {
  name: string;
  inputs: number[];
  outputs: number[];
  updates: { input: number; value: number }[];
}

/**
 * Plain data for structured clone (to the compile worker): one table of nodes for the graph and
 * all its sub-graphs, each node once, producers (and a node's sub-graphs) before their readers;
 * the graph's interface, and each sub-graph's in `subgraphs` (each graph object once).
 */
export interface GraphData extends SubgraphData {
  nodes: NodeData[];
  subgraphs: SubgraphData[];
}

export function toData(g: Graph): GraphData {
  const nodes: NodeData[] = [];
  const index = new Map<Node, number>();
  const subgraphs: SubgraphData[] = [];
  const graphIndex = new Map<Graph, number>();
  const subgraph = (h: Graph): number => {
    let k = graphIndex.get(h);
    if (k === undefined) {
      const d = encode(h);
      k = subgraphs.push(d) - 1;
      graphIndex.set(h, k);
    }
    return k;
  };
  const encode = (h: Graph): SubgraphData => {
    for (const n of orderOf(h)) {
      if (index.has(n)) continue;
      let params = n.params as Record<string, unknown>;
      let graphParams: Record<string, number | number[]> | undefined;
      for (const { key, graphs, list } of n.op === 'input' || n.op === 'const' ? [] : subgraphsOf(n)) {
        const ids = graphs.map(subgraph);
        (graphParams ??= {})[key] = list ? ids : ids[0];
        if (params === n.params) params = { ...params };
        delete params[key];
      }
      index.set(n, nodes.length);
      const type = n.results
        ? { results: n.results.map((a) => ({ shape: a.shape.slice(), dtype: a.dtype })) }
        : { shape: n.aval.shape.slice(), dtype: n.aval.dtype };
      nodes.push({
        op: n.op,
        inputs: n.inputs.map((i) => index.get(i)!),
        params,
        ...type,
        ...(graphParams ? { graphParams } : {}),
        value: n.value,
        label: n.label,
      });
    }
    return {
      name: h.name,
      inputs: h.inputs.map((n) => index.get(n)!),
      outputs: h.outputs.map((n) => index.get(n)!),
      updates: h.updates.map((u) => ({ input: u.input, value: index.get(u.value)! })),
    };
  };
  const top = encode(g);
  return { ...top, nodes, subgraphs };
}

export function fromData(d: GraphData): Graph {
  const nodes: Node[] = [];
  const graphs: Graph[] = [];
  const graph = (s: SubgraphData): Graph => ({
    name: s.name,
    inputs: s.inputs.map((i) => nodes[i]),
    outputs: s.outputs.map((i) => nodes[i]),
    updates: s.updates.map((u) => ({ input: u.input, value: nodes[u.value] })),
  });
  const subgraph = (k: number): Graph => (graphs[k] ??= graph(d.subgraphs[k]));
  d.nodes.forEach((n, i) => {
    let params = n.params;
    if (n.graphParams) {
      params = { ...params };
      for (const [key, ref] of Object.entries(n.graphParams))
        params[key] = typeof ref === 'number' ? subgraph(ref) : ref.map(subgraph);
    }
    const type = n.results
      ? n.results.map((r) => ({ shape: r.shape, dtype: r.dtype }))
      : { shape: n.shape!, dtype: n.dtype! };
    nodes.push(
      new Node(
        i,
        n.op,
        n.inputs.map((j) => nodes[j]),
        params,
        type,
        n.value,
        n.label,
      ),
    );
  });
  return graph(d);
}
