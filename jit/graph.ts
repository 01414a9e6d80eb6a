// The graph IR: immutable, interned nodes (same op, inputs and params give the same object),
// a stable printed form, Graphviz export, and a plain-data form that crosses to a worker thread.

import type { DType, TypedArray } from '../runtime/dtype.js';
import type { Aval, Prim } from '../runtime/primitives/index.js';
import { fmtShape } from '../runtime/shape.js';

export type NodeOp = Prim | 'input' | 'const';

export class Node {
  constructor(
    readonly id: number,
    readonly op: NodeOp,
    readonly inputs: readonly Node[],
    readonly params: Readonly<Record<string, unknown>>,
    readonly aval: Aval,
    /** For const nodes: the value. */
    readonly value?: TypedArray,
    /** For input nodes: what feeds it (an argument leaf or a Variable), for printing. */
    readonly label?: string,
  ) {}
}

/** A stable text for params: keys sorted, arrays and numbers as JSON. */
export function paramsKey(params: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(params).sort();
  return keys.map((k) => `${k}=${JSON.stringify(params[k])}`).join(',');
}

const SMALL_CONST = 16;

/** Builds nodes for one graph, interning them so equal subexpressions are one object. */
export class GraphBuilder {
  private readonly interned = new Map<string, Node>();
  private readonly constsByBuffer = new Map<TypedArray, Node>();
  private nextId = 0;

  input(aval: Aval, label: string): Node {
    return new Node(this.nextId++, 'input', [], {}, aval, undefined, label);
  }

  constant(aval: Aval, value: TypedArray): Node {
    const seen = this.constsByBuffer.get(value);
    if (seen && seen.aval.dtype === aval.dtype && fmtShape(seen.aval.shape) === fmtShape(aval.shape)) return seen;
    // Small constants are deduplicated by value, larger ones by buffer identity.
    const key = value.length <= SMALL_CONST ? `const:${aval.dtype}:${fmtShape(aval.shape)}:${Array.from(value, (v) => (Object.is(v, -0) ? '-0' : String(v))).join(',')}` : undefined;
    if (key) {
      const hit = this.interned.get(key);
      if (hit) return hit;
    }
    const n = new Node(this.nextId++, 'const', [], {}, aval, value);
    if (key) this.interned.set(key, n);
    this.constsByBuffer.set(value, n);
    return n;
  }

  node(op: Prim, inputs: readonly Node[], params: Readonly<Record<string, unknown>>, aval: Aval): Node {
    const key = `${op}(${inputs.map((n) => n.id).join(',')}){${paramsKey(params)}}`;
    const hit = this.interned.get(key);
    if (hit) return hit;
    const n = new Node(this.nextId++, op, inputs, params, aval);
    this.interned.set(key, n);
    return n;
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

/** Nodes reachable from the outputs and updates, producers before consumers. */
export function topoOrder(g: Graph): Node[] {
  const seen = new Set<Node>();
  const order: Node[] = [];
  const visit = (root: Node) => {
    // Iterative DFS: graphs of thousands of nodes would overflow the stack recursively.
    const stack: [Node, number][] = [[root, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [n, i] = top;
      if (i === 0 && seen.has(n)) { stack.pop(); continue; }
      if (i < n.inputs.length) {
        top[1]++;
        const child = n.inputs[i];
        if (!seen.has(child)) stack.push([child, 0]);
        continue;
      }
      stack.pop();
      if (!seen.has(n)) { seen.add(n); order.push(n); }
    }
  };
  g.inputs.forEach(visit);
  g.outputs.forEach(visit);
  g.updates.forEach((u) => visit(u.value));
  return order;
}

const SHORT: Record<DType, string> = { float32: 'f32', float64: 'f64', int32: 'i32', bool: 'bool' };
export const typeText = (a: Aval) => `${SHORT[a.dtype]}${fmtShape(a.shape)}`;

function constText(n: Node): string {
  const v = n.value!;
  if (v.length <= 6) return `const ${typeText(n.aval)} {${Array.from(v).join(', ')}}`;
  return `const ${typeText(n.aval)} {${Array.from(v.subarray(0, 3)).join(', ')}, ...}`;
}

/** The printed form: one line per node, numbered in topological order, stable across runs. */
export function printGraph(g: Graph): string {
  const order = topoOrder(g);
  const names = new Map<Node, string>();
  g.inputs.forEach((n, i) => names.set(n, n.label ?? `in${i}`));
  const lines: string[] = [];
  const header = g.inputs.map((n) => `${names.get(n)}: ${typeText(n.aval)}`).join(', ');
  lines.push(`graph ${g.name}(${header}) {`);
  let k = 0;
  for (const n of order) {
    if (n.op === 'input') continue;
    const name = `%${k++}`;
    names.set(n, name);
    const rhs = n.op === 'const' ? constText(n) : `${n.op}(${n.inputs.map((i) => names.get(i)).join(', ')})${Object.keys(n.params).length ? ` {${paramsKey(n.params)}}` : ''}`;
    lines.push(`  ${name} = ${rhs} : ${typeText(n.aval)}`);
  }
  for (const u of g.updates) lines.push(`  ${names.get(g.inputs[u.input])} <- ${names.get(u.value)}`);
  lines.push(`  return ${g.outputs.map((o) => names.get(o)).join(', ')}`);
  lines.push('}');
  return lines.join('\n');
}

/** Graphviz dot text: `dot -Tsvg` draws it. */
export function toDot(g: Graph): string {
  const order = topoOrder(g);
  const lines = [`digraph "${g.name}" {`, '  rankdir=TB;', '  node [fontname="monospace", fontsize=10];'];
  for (const n of order) {
    const shape = n.op === 'input' ? 'invhouse' : n.op === 'const' ? 'note' : 'box';
    const label = n.op === 'input' ? `${n.label}\\n${typeText(n.aval)}` : n.op === 'const' ? `const\\n${typeText(n.aval)}` : `${n.op}\\n${typeText(n.aval)}`;
    lines.push(`  n${n.id} [shape=${shape}, label="${label}"];`);
    for (const i of n.inputs) lines.push(`  n${i.id} -> n${n.id};`);
  }
  g.outputs.forEach((o, i) => { lines.push(`  out${i} [shape=house, label="out ${i}"];`, `  n${o.id} -> out${i};`); });
  g.updates.forEach((u, i) => { lines.push(`  upd${i} [shape=house, label="${g.inputs[u.input].label} <-"];`, `  n${u.value.id} -> upd${i};`); });
  lines.push('}');
  return lines.join('\n');
}

/** Plain data for structured clone (to the compile worker). */
export interface GraphData {
  name: string;
  nodes: { op: NodeOp; inputs: number[]; params: Record<string, unknown>; shape: number[]; dtype: DType; value?: TypedArray; label?: string }[];
  inputs: number[];
  outputs: number[];
  updates: { input: number; value: number }[];
}

export function toData(g: Graph): GraphData {
  const order = topoOrder(g);
  const index = new Map(order.map((n, i) => [n, i]));
  return {
    name: g.name,
    nodes: order.map((n) => ({ op: n.op, inputs: n.inputs.map((i) => index.get(i)!), params: n.params as Record<string, unknown>, shape: n.aval.shape.slice(), dtype: n.aval.dtype, value: n.value, label: n.label })),
    inputs: g.inputs.map((n) => index.get(n)!),
    outputs: g.outputs.map((n) => index.get(n)!),
    updates: g.updates.map((u) => ({ input: u.input, value: index.get(u.value)! })),
  };
}

export function fromData(d: GraphData): Graph {
  const nodes: Node[] = [];
  d.nodes.forEach((n, i) => nodes.push(new Node(i, n.op, n.inputs.map((j) => nodes[j]), n.params, { shape: n.shape, dtype: n.dtype }, n.value, n.label)));
  return { name: d.name, inputs: d.inputs.map((i) => nodes[i]), outputs: d.outputs.map((i) => nodes[i]), updates: d.updates.map((u) => ({ input: u.input, value: nodes[u.value] })) };
}
