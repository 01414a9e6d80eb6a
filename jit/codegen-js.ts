// The JS tier's code generator: one function per graph. Chains of elementwise ops become single
// loops; other primitives call their runtime kernels; dead intermediate buffers are reused.

import { generate } from 'astring';
import type { DType } from '../runtime/dtype.js';
import { primitives, type ElementwiseRule, type Prim } from '../runtime/primitives/index.js';
import { broadcastStrides, sizeOf, stridesOf, type Shape } from '../runtime/shape.js';
import { topoOrder, type Graph, type Node } from './graph.js';
import * as E from './estree.js';

const ARRAY: Record<DType, string> = { float32: 'Float32Array', float64: 'Float64Array', int32: 'Int32Array', bool: 'Uint8Array' };

export interface JsProgram {
  /** Source of `function compiled(ins, C, R, H)`: returns output buffers, then update buffers. */
  source: string;
  /** Positions (in topological order) of the nodes whose kernels R[j] calls, and of the constants C[j]. */
  kernelNodes: number[];
  constNodes: number[];
  /** Loops plus kernel calls one call runs. */
  kernels: number;
}

const isElementwise = (n: Node) => n.op !== 'input' && n.op !== 'const' && primitives[n.op as Prim].kind === 'elementwise';
const isAlias = (n: Node) => n.op === 'reshape';

export function generateJs(g: Graph): JsProgram {
  const order = topoOrder(g);
  const pos = new Map(order.map((n, i) => [n, i]));
  const consumers = new Map<Node, Set<Node>>();
  for (const n of order) for (const i of n.inputs) (consumers.get(i) ?? consumers.set(i, new Set()).get(i)!).add(n);
  const escaping = new Set<Node>([...g.outputs, ...g.updates.map((u) => u.value)]);

  // An elementwise node folds into the loop of its consumers when they are all elementwise, all
  // in one loop, and that loop runs over as many elements; it is then computed once per element
  // inside the loop. Walking consumers before producers settles each node's loop.
  const groupOf = new Map<Node, Node>();
  const inlined = new Set<Node>();
  for (let k = order.length - 1; k >= 0; k--) {
    const n = order[k];
    if (!isElementwise(n) || escaping.has(n)) continue;
    const cs = [...(consumers.get(n) ?? [])];
    if (cs.length === 0 || !cs.every(isElementwise)) continue;
    const roots = new Set(cs.map((c) => groupOf.get(c) ?? c));
    if (roots.size !== 1) continue;
    const [root] = roots;
    if (sizeOf(root.aval.shape) !== sizeOf(n.aval.shape)) continue;
    inlined.add(n);
    groupOf.set(n, root);
  }

  // Storage: reshape nodes share their input's buffer. A buffer is dead after its last reader runs.
  const storage = (n: Node): Node => (isAlias(n) ? storage(n.inputs[0]) : n);
  const lastUse = new Map<Node, number>();
  for (const n of order) {
    if (inlined.has(n)) continue;
    for (const i of groupLeaves(n)) {
      const s = storage(i);
      lastUse.set(s, Math.max(lastUse.get(s) ?? -1, pos.get(n)!));
    }
  }
  const escapes = new Set<Node>();
  for (const n of order) if (escaping.has(n) || n.op === 'input' || n.op === 'const') escapes.add(storage(n));

  function groupLeaves(root: Node): Node[] {
    if (!isElementwise(root)) return [...root.inputs];
    const leaves: Node[] = [];
    const visited = new Set<Node>();
    const walk = (n: Node) => {
      for (const i of n.inputs) {
        if (inlined.has(i)) { if (!visited.has(i)) { visited.add(i); walk(i); } } else if (!leaves.includes(i)) leaves.push(i);
      }
    };
    walk(root);
    return leaves;
  }

  const name = new Map<Node, string>();
  const body: E.Stmt[] = [];
  const kernelNodes: number[] = [], constNodes: number[] = [];
  let kernels = 0;
  const free: Node[] = []; // storages whose readers have all run
  const freed = new Set<Node>();

  g.inputs.forEach((n, i) => { name.set(n, `in${i}`); body.push(E.decl('const', `in${i}`, E.index('ins', i))); });
  for (const n of order) {
    const k = pos.get(n)!;
    if (n.op === 'input' || inlined.has(n)) continue;
    const v = `b${k}`;
    name.set(n, v);
    if (n.op === 'const') {
      body.push(E.decl('const', v, E.index('C', constNodes.length)));
      constNodes.push(k);
    } else if (isAlias(n)) {
      body.push(E.decl('const', v, E.id(name.get(n.inputs[0])!)));
    } else if (isElementwise(n)) {
      kernels++;
      const leaves = groupLeaves(n);
      // Reuse a dead buffer of the same dtype and size; a leaf read element-for-element by this
      // very loop and never again can be overwritten in place.
      const size = sizeOf(n.aval.shape);
      const fits = (s: Node) => s.aval.dtype === n.aval.dtype && sizeOf(s.aval.shape) === size;
      const inPlace = leaves.map(storage).find((s) => !escapes.has(s) && lastUse.get(s) === k && fits(s) && !freed.has(s) && leaves.every((l) => storage(l) !== s || sizeOf(l.aval.shape) === size));
      const reuse = inPlace ?? free.find(fits);
      if (reuse) {
        free.splice(free.indexOf(reuse), 1);
        freed.add(reuse);
        body.push(E.decl('const', v, E.id(name.get(reuse)!)));
      } else {
        body.push(E.decl('const', v, E.newExpr(ARRAY[n.aval.dtype], [E.lit(size)])));
      }
      body.push(...loop(n, leaves, v));
    } else {
      kernels++;
      body.push(E.decl('const', v, E.call(E.index('R', kernelNodes.length), n.inputs.map((i) => E.id(name.get(i)!)))));
      kernelNodes.push(k);
    }
    // Buffers whose last reader was this node become free for later loops.
    for (const l of groupLeaves(n)) {
      const s = storage(l);
      if (lastUse.get(s) === k && !escapes.has(s) && !freed.has(s) && !free.includes(s)) free.push(s);
    }
  }
  const results = [...g.outputs, ...g.updates.map((u) => u.value)].map((n) => E.id(name.get(n)!));
  body.push(E.ret(E.array(results)));

  function loop(root: Node, leaves: Node[], out: string): E.Stmt[] {
    const shape = root.aval.shape;
    const n = sizeOf(shape);
    const leafVar = new Map(leaves.map((l, i) => [l, `x${i}`]));
    const exprs = (read: (l: Node) => E.Expr): E.Stmt[] => {
      const stmts: E.Stmt[] = [];
      const local = new Map<Node, E.Expr>();
      const operand = (i: Node) => local.get(i) ?? read(i);
      const emit = (m: Node): void => {
        for (const i of m.inputs) if (inlined.has(i) && !local.has(i)) emit(i);
        const rule = primitives[m.op as Prim] as ElementwiseRule<Prim>;
        const inDtype = m.inputs[m.op === 'where' ? 1 : 0].aval.dtype;
        let e = E.instantiate(rule.scalar.js(inDtype, m.aval.dtype), m.inputs.map(operand));
        // Round float32 intermediates as the eager kernels' Float32Array stores do.
        if (m.aval.dtype === 'float32' && m !== root) e = E.call(E.member(E.id('Math'), 'fround'), [e]);
        const t = `t${pos.get(m)}`;
        stmts.push(E.decl('const', t, e));
        local.set(m, E.id(t));
      };
      emit(root);
      return stmts;
    };
    const modes = leaves.map((l) => (sizeOf(l.aval.shape) === n ? 'full' : sizeOf(l.aval.shape) === 1 ? 'one' : 'strided'));
    const stmts: E.Stmt[] = [];
    leaves.forEach((l, i) => { if (modes[i] === 'one') stmts.push(E.decl('const', leafVar.get(l)!, E.index(name.get(l)!, 0))); });
    if (!modes.includes('strided')) {
      const reads = (l: Node) => (modes[leaves.indexOf(l)] === 'one' ? E.id(leafVar.get(l)!) : E.index(name.get(l)!, E.id('i')));
      const inner = exprs(reads);
      inner.push(E.exprStmt(E.assign(E.index(out, E.id('i')), E.id(`t${pos.get(root)}`))));
      stmts.push(E.forRange('i', E.lit(n), inner));
      return [E.block(stmts)]; // a block per loop keeps its hoisted names apart from other loops'
    }
    // Broadcasting leaves: nested loops over the (collapsed) output dims with per-leaf strides.
    const { dims, strides } = collapse(shape, leaves.map((l) => broadcastStrides(l.aval.shape, shape)));
    const offsets = leaves.map((_, i) => `p${i}`);
    const build = (d: number, prev: (E.Expr | null)[]): E.Stmt[] => {
      const iv = `i${d}`;
      const cur = prev.map((p, li) => {
        const st = strides[li][d];
        if (st === 0) return p;
        const term = st === 1 ? E.id(iv) : E.bin('*', E.id(iv), E.lit(st));
        return p === null ? term : E.bin('+', p, term);
      });
      let inner: E.Stmt[];
      if (d === dims.length - 1) {
        const reads = (l: Node) => {
          const li = leaves.indexOf(l);
          return modes[li] === 'one' ? E.id(leafVar.get(l)!) : E.index(name.get(l)!, cur[li] ?? E.lit(0));
        };
        inner = exprs(reads);
        inner.push(E.exprStmt(E.assign(E.index(out, E.update('o')), E.id(`t${pos.get(root)}`))));
      } else {
        const named = cur.map((c, li) => (c === null || c === prev[li] ? c : E.id(`${offsets[li]}_${d}`)));
        inner = [
          ...cur.flatMap((c, li) => (c === null || c === prev[li] ? [] : [E.decl('const', `${offsets[li]}_${d}`, c)])),
          ...build(d + 1, named),
        ];
      }
      return [E.forRange(iv, E.lit(dims[d]), inner)];
    };
    stmts.push(E.decl('let', 'o', E.lit(0)), ...build(0, leaves.map(() => null)));
    return [E.block(stmts)];
  }

  const program = { type: 'Program', sourceType: 'script', body: [E.fnDecl('compiled', ['ins', 'C', 'R', 'H'], body)] };
  return { source: generate(program as never), kernelNodes, constNodes, kernels };
}

/** Merges adjacent output dims that every operand walks contiguously, so loops nest less deeply. */
export function collapse(shape: Shape, strides: number[][]): { dims: number[]; strides: number[][] } {
  const dims = [...shape];
  const st = strides.map((s) => [...s]);
  const outSt = stridesOf(shape);
  for (let d = dims.length - 2; d >= 0; d--) {
    const mergeable = st.every((s) => s[d] === s[d + 1] * dims[d + 1]) && outSt[d] === outSt[d + 1] * dims[d + 1];
    if (!mergeable) continue;
    dims.splice(d, 2, dims[d] * dims[d + 1]);
    for (const s of st) s.splice(d, 2, s[d + 1]);
    outSt.splice(d, 2, outSt[d + 1]);
  }
  if (dims.length === 0) { dims.push(1); for (const s of st) s.push(0); }
  return { dims, strides: st };
}
