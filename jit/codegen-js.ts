// The JS tier's code generator: one function per graph. Chains of elementwise ops become single
// loops; other primitives call their runtime kernels; dead intermediate buffers are reused.

import { generate } from 'astring';
import type { DType } from '../runtime/dtype.js';
import type { ElementwisePrim } from '../runtime/primitives/index.js';
import { broadcastStrides, sizeOf, stridesOf, type Shape } from '../runtime/shape.js';
import { PROJ, subgraphsOf, type Graph, type Node } from './graph.js';
import * as E from './estree.js';
import { isAlias, isElementwise, planFusion } from './fusion.js';
import { scalarJs } from './render/scalar-js.js';

const ARRAY: Record<DType, string> = {
  float32: 'Float32Array',
  float64: 'Float64Array',
  int32: 'Int32Array',
  bool: 'Uint8Array',
};

export interface JsProgram {
  /** Source of `function compiled(ins, C, R, H)`: returns output buffers, then update buffers. */
  source: string;
  /** Positions (in topological order) of the nodes whose kernels R[j] calls, and of the constants C[j]. */
  kernelNodes: number[];
  constNodes: number[];
  /** Loops plus kernel calls one call runs. */
  kernels: number;
  /** Each of those `kernels`, in the order a call runs them: for `f.profile()`. */
  steps: JsStep[];
  /**
   * For each kernel call R[j] that is a control op (scan, cond, while): the programs of its body
   * graphs, in the order of subgraphsOf (the loader wraps them in the op's loop or branch).
   */
  bodies: Record<number, JsProgram[]>;
  /** Loops and branches (control ops) in the program, bodies included. */
  loops: number;
}

/** One loop or kernel call of a JS program, and the positions (topological order) of the graph nodes it computes. */
export interface JsStep {
  label: string;
  kind: 'loop' | 'kernel';
  nodes: number[];
}

export interface JsOptions {
  /**
   * Generate the profiling variant: `compiled(ins, C, R, H, P)` brackets the j-th step with
   * `const _pj = P.now();` and `P.add(j, _pj);` (everything else is the same program).
   */
  profile?: boolean;
}

/** Reductions whose loop also computes their elementwise input, with their accumulation step. */
const REDUCE_STEP: Partial<Record<string, (acc: E.Expr, v: E.Expr) => E.Expr>> = {
  reduceSum: (acc, v) => E.bin('+', acc, v),
  reduceMax: (acc, v) => ({
    type: 'ConditionalExpression',
    test: E.bin('||', E.bin('>', v, acc), E.bin('!==', v, v)),
    consequent: v,
    alternate: acc,
  }),
  reduceMin: (acc, v) => ({
    type: 'ConditionalExpression',
    test: E.bin('||', E.bin('<', v, acc), E.bin('!==', v, v)),
    consequent: v,
    alternate: acc,
  }),
};
const REDUCE_INIT: Record<string, number> = { reduceSum: 0, reduceMax: -Infinity, reduceMin: Infinity };
const FUSED_REDUCTIONS = new Set(Object.keys(REDUCE_STEP));

export function generateJs(g: Graph, opts: JsOptions = {}): JsProgram {
  const plan = planFusion(g, { fusedReductions: FUSED_REDUCTIONS });
  const { order, pos, inlined, groupOf, members, isFusedReduce, domainOf, storage, lastUse, escapes } = plan;
  const groupLeaves = plan.leaves;

  const name = new Map<Node, string>();
  const body: E.Stmt[] = [];
  const helpers: E.Stmt[] = [];
  const kernelNodes: number[] = [],
    constNodes: number[] = [];
  let kernels = 0,
    loops = 0;
  const steps: JsStep[] = [];
  const bodies: Record<number, JsProgram[]> = {};
  /** Records the step whose statements are body[start..]; the profiling variant times them. */
  const step = (start: number, label: string, kind: JsStep['kind'], nodes: Node[]) => {
    const j = steps.length;
    steps.push({ label, kind, nodes: nodes.map((m) => pos.get(m)!).sort((a, b) => a - b) });
    if (!opts.profile) return;
    body.splice(start, 0, E.decl('const', `_p${j}`, E.call(E.member(E.id('P'), 'now'), [])));
    body.push(E.exprStmt(E.call(E.member(E.id('P'), 'add'), [E.lit(j), E.id(`_p${j}`)])));
  };
  const groupNodes = (root: Node) => [...(members.get(root) ?? []), root];
  const free: Node[] = []; // storages whose readers have all run
  const freed = new Set<Node>();

  g.inputs.forEach((n, i) => {
    name.set(n, `in${i}`);
    body.push(E.decl('const', `in${i}`, E.index('ins', i)));
  });
  for (const n of order) {
    const k = pos.get(n)!;
    if (n.op === 'input' || inlined.has(n) || plan.absorbedInto.has(n)) continue;
    const v = `b${k}`;
    name.set(n, v);
    if (n.op === 'const') {
      body.push(E.decl('const', v, E.index('C', constNodes.length)));
      constNodes.push(k);
    } else if (isAlias(n)) {
      body.push(E.decl('const', v, E.id(name.get(n.inputs[0])!)));
    } else if (n.op === PROJ) {
      body.push(E.decl('const', v, E.index(name.get(n.inputs[0])!, n.params.index as number)));
    } else if (isFusedReduce(n) && inlined.has(n.inputs[0])) {
      kernels++;
      const start = body.length;
      body.push(...ownFunction(`L${k}`, groupLeaves(n), reduceLoop(n, groupLeaves(n), v), v));
      step(start, `loop L${k}`, 'loop', groupNodes(n));
    } else if (isElementwise(n)) {
      kernels++;
      const start = body.length;
      const covered: Node[] = [];
      // Reductions this loop absorbed run first, in the same kernel; the loop reads their results.
      for (const [r, root] of plan.absorbedInto) {
        if (root !== n) continue;
        covered.push(...groupNodes(r));
        name.set(r, `b${pos.get(r)}`);
        body.push(
          ...ownFunction(
            `L${pos.get(r)}`,
            plan.leaves(r),
            reduceLoop(r, plan.leaves(r), `b${pos.get(r)}`),
            `b${pos.get(r)}`,
          ),
        );
      }
      const leaves = plan.loopLeaves(n);
      // Reuse a dead buffer of the same dtype and size; a leaf read element-for-element by this
      // very loop and never again can be overwritten in place.
      const size = sizeOf(n.aval.shape);
      const fits = (s: Node) => s.aval.dtype === n.aval.dtype && sizeOf(s.aval.shape) === size;
      const inPlace = leaves
        .map(storage)
        .find(
          (s) =>
            !escapes.has(s) &&
            lastUse.get(s) === k &&
            fits(s) &&
            !freed.has(s) &&
            leaves.every((l) => storage(l) !== s || sizeOf(l.aval.shape) === size),
        );
      const reuse = inPlace ?? free.find(fits);
      if (reuse) {
        free.splice(free.indexOf(reuse), 1);
        freed.add(reuse);
        body.push(E.decl('const', v, E.id(name.get(reuse)!)));
      } else {
        body.push(E.decl('const', v, E.newExpr(ARRAY[n.aval.dtype], [E.lit(size)])));
      }
      body.push(...ownFunction(`L${k}`, leaves, loop(n, leaves, v), undefined, v));
      step(start, `loop L${k}`, 'loop', [...covered, ...groupNodes(n)]);
    } else {
      kernels++;
      const start = body.length;
      body.push(
        E.decl(
          'const',
          v,
          E.call(
            E.index('R', kernelNodes.length),
            n.inputs.map((i) => E.id(name.get(i)!)),
          ),
        ),
      );
      step(start, `kernel ${n.op}`, 'kernel', [n]);
      const subs = subgraphsOf(n).flatMap((sub) => sub.graphs.map((b) => generateJs(b)));
      if (subs.length) {
        bodies[kernelNodes.length] = subs;
        loops += 1 + subs.reduce((a, b) => a + b.loops, 0);
      }
      kernelNodes.push(k);
    }
    // Buffers whose last reader was this node become free for later loops (a control op's
    // results are an array, not a buffer: its proj nodes' buffers are freed instead).
    for (const l of groupLeaves(n)) {
      const s = storage(l);
      if (s.results) continue;
      if (lastUse.get(s) === k && !escapes.has(s) && !freed.has(s) && !free.includes(s)) free.push(s);
    }
  }
  const results = [...g.outputs, ...g.updates.map((u) => u.value)].map((n) => E.id(name.get(n)!));
  body.push(E.ret(E.array(results)));

  /**
   * Statements computing `value` (an elementwise node of a group) per element, its inlined
   * producers first, each into a const t<position>; leaves are read through `read`.
   */
  function expressions(value: Node, read: (l: Node) => E.Expr, roundValue: boolean): E.Stmt[] {
    const stmts: E.Stmt[] = [];
    const local = new Map<Node, E.Expr>();
    const operand = (i: Node) => local.get(i) ?? read(i);
    const emit = (m: Node): void => {
      const inDtype = m.inputs[m.op === 'where' ? 1 : 0].aval.dtype;
      let e = E.instantiate(scalarJs(m.op as ElementwisePrim, inDtype, m.aval.dtype), m.inputs.map(operand));
      // Round float32 intermediates as the eager kernels' Float32Array stores do.
      if (m.aval.dtype === 'float32' && (m !== value || roundValue)) e = E.call(E.member(E.id('Math'), 'fround'), [e]);
      const t = `t${pos.get(m)}`;
      stmts.push(E.decl('const', t, e));
      local.set(m, E.id(t));
    };
    // Members come in topological order, so every operand is computed before it is used. For a
    // reduction's loop, `value` (its input) is itself the last member.
    const group = members.get(groupOf.get(value) ?? value) ?? [];
    for (const m of group) emit(m);
    if (!group.includes(value)) emit(value);
    return stmts;
  }

  /**
   * A reduction that computes its elementwise input in the same loop: walk the input's shape,
   * accumulate in float64 (as the eager kernel does) at the output offset, then store.
   */
  function reduceLoop(root: Node, leaves: Node[], out: string): E.Stmt[] {
    const shape = domainOf(root);
    const axes = root.params.axes as number[];
    const outStrides = stridesOf(root.aval.shape);
    let k = 0;
    const accStrides = shape.map((_, d) => (axes.includes(d) ? 0 : outStrides[k++]));
    const strides = [...leaves.map((l) => broadcastStrides(l.aval.shape, shape)), accStrides];
    const { dims, strides: st } = collapse(shape, strides);
    const input = root.inputs[0];
    const step = REDUCE_STEP[root.op]!;
    const outSize = sizeOf(root.aval.shape);
    const stmts: E.Stmt[] = [
      E.decl('const', 'acc', E.newExpr('Float64Array', [E.lit(outSize)])),
      ...(REDUCE_INIT[root.op] === 0
        ? []
        : [E.exprStmt(E.call(E.member(E.id('acc'), 'fill'), [E.lit(REDUCE_INIT[root.op])]))]),
    ];
    const innermost = (offsets: (E.Expr | null)[]): E.Stmt[] => {
      const read = (l: Node) => E.index(name.get(l)!, offsets[leaves.indexOf(l)] ?? E.lit(0));
      const inner = expressions(input, read, true);
      const accAt = E.index('acc', offsets[offsets.length - 1] ?? E.lit(0));
      inner.push(E.exprStmt(E.assign(accAt, step(accAt, E.id(`t${pos.get(input)}`)))));
      return inner;
    };
    stmts.push(...nest(dims, st, innermost));
    const integer = root.aval.dtype === 'int32' || root.aval.dtype === 'bool';
    stmts.push(
      E.forRange('i', E.lit(outSize), [
        E.exprStmt(
          E.assign(
            E.index(out, E.id('i')),
            integer ? E.bin('|', E.index('acc', E.id('i')), E.lit(0)) : E.index('acc', E.id('i')),
          ),
        ),
      ]),
    );
    return [E.decl('const', out, E.newExpr(ARRAY[root.aval.dtype], [E.lit(outSize)])), E.block(stmts)];
  }

  /** Nested loops over `dims`, carrying one running offset per operand (null while it is 0). */
  function nest(dims: number[], strides: number[][], innermost: (offsets: (E.Expr | null)[]) => E.Stmt[]): E.Stmt[] {
    const build = (d: number, prev: (E.Expr | null)[]): E.Stmt[] => {
      const iv = `i${d}`;
      const cur = prev.map((p, li) => {
        const stv = strides[li][d];
        if (stv === 0) return p;
        const term = stv === 1 ? E.id(iv) : E.bin('*', E.id(iv), E.lit(stv));
        return p === null ? term : E.bin('+', p, term);
      });
      if (d === dims.length - 1) return [E.forRange(iv, E.lit(dims[d]), innermost(cur))];
      const named = cur.map((c, li) => (c === null || c === prev[li] ? c : E.id(`p${li}_${d}`)));
      const decls = cur.flatMap((c, li) => (c === null || c === prev[li] ? [] : [E.decl('const', `p${li}_${d}`, c)]));
      return [E.forRange(iv, E.lit(dims[d]), [...decls, ...build(d + 1, named)])];
    };
    return build(
      0,
      strides.map(() => null),
    );
  }

  function loop(root: Node, leaves: Node[], out: string): E.Stmt[] {
    const shape = root.aval.shape;
    const n = sizeOf(shape);
    const leafVar = new Map(leaves.map((l, i) => [l, `x${i}`]));
    const exprs = (read: (l: Node) => E.Expr): E.Stmt[] => expressions(root, read, false);
    const modes = leaves.map((l) =>
      sizeOf(l.aval.shape) === n ? 'full' : sizeOf(l.aval.shape) === 1 ? 'one' : 'strided',
    );
    const stmts: E.Stmt[] = [];
    leaves.forEach((l, i) => {
      if (modes[i] === 'one') stmts.push(E.decl('const', leafVar.get(l)!, E.index(name.get(l)!, 0)));
    });
    if (!modes.includes('strided')) {
      const reads = (l: Node) =>
        modes[leaves.indexOf(l)] === 'one' ? E.id(leafVar.get(l)!) : E.index(name.get(l)!, E.id('i'));
      const inner = exprs(reads);
      inner.push(E.exprStmt(E.assign(E.index(out, E.id('i')), E.id(`t${pos.get(root)}`))));
      stmts.push(E.forRange('i', E.lit(n), inner));
      return [E.block(stmts)]; // a block per loop keeps its hoisted names apart from other loops'
    }
    // Broadcasting leaves: nested loops over the (collapsed) output dims with per-leaf strides.
    const { dims, strides } = collapse(
      shape,
      leaves.map((l) => broadcastStrides(l.aval.shape, shape)),
    );
    const innermost = (offsets: (E.Expr | null)[]): E.Stmt[] => {
      const reads = (l: Node) => {
        const li = leaves.indexOf(l);
        return modes[li] === 'one' ? E.id(leafVar.get(l)!) : E.index(name.get(l)!, offsets[li] ?? E.lit(0));
      };
      const inner = exprs(reads);
      inner.push(E.exprStmt(E.assign(E.index(out, E.update('o')), E.id(`t${pos.get(root)}`))));
      return inner;
    };
    stmts.push(E.decl('let', 'o', E.lit(0)), ...nest(dims, strides, innermost));
    return [E.block(stmts)];
  }

  /**
   * Each loop is a function of its own: V8 will not optimize one huge function (a 50-step RNN
   * unrolls into thousands of lines), but it optimizes small ones separately. `result` names a
   * buffer the loop allocates and returns; `target`, one it writes that exists already.
   */
  function ownFunction(fn: string, leaves: Node[], stmts: E.Stmt[], result?: string, target?: string): E.Stmt[] {
    const params = [...new Set([...(target ? [target] : []), ...leaves.map((l) => name.get(l)!)])];
    helpers.push(E.fnDecl(fn, [...params, 'H'], result ? [...stmts, E.ret(E.id(result))] : stmts));
    const call = E.call(E.id(fn), [...params.map(E.id), E.id('H')]);
    return [result ? E.decl('const', result, call) : E.exprStmt(call)];
  }

  const program = {
    type: 'Program',
    sourceType: 'script',
    body: [E.fnDecl('compiled', ['ins', 'C', 'R', 'H', ...(opts.profile ? ['P'] : [])], [...helpers, ...body])],
  };
  return { source: generate(program as never), kernelNodes, constNodes, kernels, steps, bodies, loops };
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
  if (dims.length === 0) {
    dims.push(1);
    for (const s of st) s.push(0);
  }
  return { dims, strides: st };
}
