// The schedule of a compiled call, for any backend that runs a graph in one arena of memory: the
// arena layout of every buffer, and the steps of one call (a fused elementwise loop the backend
// renders, a call into one of its prebuilt kernels, a runtime kernel, or a control op: a scan,
// cond or while whose body graphs are scheduled into the same arena, their buffers allocated
// once, the loop copying rows and carries between buffers). The backend supplies which nodes its
// prebuilt kernels compute and what a loop costs; the loops' text comes from its renderer (jit/render/).

import { DTYPE_BYTES, type DType } from '../runtime/dtype.js';
import type { Aval } from '../runtime/primitives/index.js';
import { sizeOf } from '../runtime/shape.js';
import type { CondParams } from '../src/control/cond.js';
import type { ScanParams } from '../src/control/scan.js';
import type { WhileParams } from '../src/control/while.js';
import { planFusion } from './fusion.js';
import { PROJ, subgraphsOf, topoOrder, type Graph, type Node } from './graph.js';

export interface ArenaBuffer {
  offset: number;
  dtype: DType;
  size: number;
}

/**
 * A call into a prebuilt kernel: fn(...buffer pointers, ...ints, part, parts, scratch), doing the
 * part-th of `parts` shares of the work, so a step can be split over threads.
 */
export interface PrebuiltStep {
  kind: 'prebuilt';
  fn: string;
  /** Arena buffer ids passed as pointers, in order. */
  args: number[];
  ints: number[];
  out: number;
  /** Per-share scratch: bytes = the kernels' `fn(...ints)`. */
  scratch?: { fn: string; ints: number[] };
  /** Estimated nanoseconds on one thread, to decide whether to split the step over threads. */
  work: number;
  /** linear: a bias row added to every row of the product afterwards. */
  bias?: number;
  /**
   * A checking step (checkIndex, gather, scatter): its kernel records the first index out of
   * range as a flag (FLAG), and the loader raises `message`, {v} standing for the index, when the
   * call ends. `flag` is the flag's buffer on the arena tiers; the CUDA tier keeps its flags itself.
   */
  check?: { message: string; flag?: number };
}

/** A reduction's input viewed as [outer, red, inner], reducing the middle. */
export interface ReduceView {
  outer: number;
  red: number;
  inner: number;
}

/** A generated loop: fn(out, ...leaves, part, parts, scratch); `work` as in PrebuiltStep. */
export interface LoopStep {
  kind: 'loop';
  fn: string;
  args: number[];
  work: number;
  /** Set where the loop is a fused reduction (its launch takes a block per output). */
  reduce?: ReduceView;
}

/** A primitive left to its JS kernel: node is its position in planNodes(graph). */
export interface KernelStep {
  kind: 'kernel';
  node: number;
  args: number[];
  out: number;
}

/**
 * A copy of `bytes` bytes from buffer `from` to buffer `to`; a side marked `row` is row t of its
 * buffer (at t·bytes), t being the step of the scan the copy belongs to.
 */
export interface Copy {
  to: number;
  from: number;
  bytes: number;
  toRow?: boolean;
  fromRow?: boolean;
}

/**
 * A scan: `enter` (the initial carries into the carry buffers, which are also the final carry
 * results), then for each step t (length-1..0 when reversed): `before` (row t of each xs into
 * the body's x buffer), the body's steps, `after` (each y into row t of its ys, then the new
 * carries into the carry buffers, staged through temporaries where one carry's new value is
 * another's old buffer). The body reads the consts where they are.
 */
export interface ScanStep {
  kind: 'scan';
  length: number;
  reverse: boolean;
  enter: Copy[];
  before: Copy[];
  body: Step[];
  after: Copy[];
  results: number[];
}

/** A cond: branch 1 when the size-1 buffer `pred` is non-zero, else branch 0; each copies its outputs into `results`. */
export interface CondStep {
  kind: 'cond';
  pred: number;
  branches: { steps: Step[]; after: Copy[] }[];
  results: number[];
}

/** A while loop: `enter`, then while the cond steps leave a non-zero `test`: the body's steps, then `after` (as a scan's). */
export interface WhileStep {
  kind: 'while';
  enter: Copy[];
  cond: Step[];
  test: number;
  body: Step[];
  after: Copy[];
  results: number[];
}

export type ControlStep = ScanStep | CondStep | WhileStep;

export type Step = (LoopStep | PrebuiltStep | KernelStep | ControlStep) & {
  /** Positions (in planNodes order) of the graph nodes the step computes, for `f.profile()`. */
  nodes: number[];
};

export const isControlStep = (s: Step): s is ControlStep & { nodes: number[] } =>
  s.kind === 'scan' || s.kind === 'cond' || s.kind === 'while';

/** The step lists a control step runs (its bodies, branches or cond), or none. */
export function innerSteps(s: Step): Step[][] {
  switch (s.kind) {
    case 'scan':
      return [s.body];
    case 'cond':
      return s.branches.map((b) => b.steps);
    case 'while':
      return [s.cond, s.body];
    default:
      return [];
  }
}

/** The copies a control step makes, or none. */
export function copiesOf(s: Step): Copy[] {
  switch (s.kind) {
    case 'scan':
      return [...s.enter, ...s.before, ...s.after];
    case 'cond':
      return s.branches.flatMap((b) => b.after);
    case 'while':
      return [...s.enter, ...s.after];
    default:
      return [];
  }
}

/** Every step of `steps`, those inside control steps included (a control step before its inner ones). */
export function flatSteps(steps: readonly Step[]): Step[] {
  return steps.flatMap((s) => [s, ...innerSteps(s).flatMap(flatSteps)]);
}

/** The buffers step s writes (a control step: its results and everything inside it). */
export function stepWrites(s: Step): number[] {
  if (s.kind === 'loop') return [s.args[0]];
  if (s.kind === 'prebuilt' || s.kind === 'kernel') return [s.out];
  return [...s.results, ...copiesOf(s).map((c) => c.to), ...innerSteps(s).flatMap((l) => l.flatMap(stepWrites))];
}

export interface Plan {
  /** Whether steps call prebuilt kernels (loaded as a module of their own). */
  prebuilt: boolean;
  buffers: ArenaBuffer[];
  arenaBytes: number;
  /** Buffer ids of the graph inputs, constants (with their node positions in planNodes order), outputs and updates. */
  inputs: number[];
  constants: { buffer: number; node: number }[];
  results: number[];
  steps: Step[];
  /** The generated loops' function names, in the order of their steps (bodies' loops included). */
  exports: string[];
  /** Steps of one pass: each control op counts once, with the steps of its bodies. */
  kernels: number;
}

/** One fused elementwise loop for a renderer: `fn(out, ...leaves, ...)` computes members, then root, per element. */
export interface Loop {
  fn: string;
  root: Node;
  leaves: Node[];
  members: Node[];
  /** Each node's position in topological order (names of temporaries). */
  pos: ReadonlyMap<Node, number>;
  /** Set where root is a reduction computing its elementwise input (members) per element: its input's view. */
  reduce?: ReduceView;
}

/** A new arena buffer of `size` elements of `dtype`, not any node's. */
export type Fresh = (dtype: DType, size: number) => number;

/**
 * A checking kernel's flag: one 64-bit word, the position of the first index out of range in its
 * high half and the index in its low half (so the lowest position wins an atomic minimum), read as
 * int32 [index, position]. `unflagged` is its value before a call: no position failed.
 */
export const FLAG = { unflagged: [-1, 0x7fffffff], bytes: 8 } as const;

/** The error a checking step's flag at `at` of `flags` stands for ({v} in `message`: the index), or undefined where no index failed. */
export const flaggedError = (message: string, flags: ArrayLike<number>, at = 0): Error | undefined =>
  flags[at + 1] === FLAG.unflagged[1] ? undefined : new Error(message.replace('{v}', String(flags[at])));

export interface ScheduleOptions {
  /**
   * The backend's prebuilt-kernel call computing node n into buffer `out` (or calls, run in order:
   * a concat's copies), or undefined to run n's runtime kernel; `fresh` gives a buffer of its own
   * (a checking step's flag).
   */
  prebuilt?: (
    n: Node,
    out: number,
    allocate: (n: Node) => number,
    fresh: Fresh,
  ) => PrebuiltStep | PrebuiltStep[] | undefined;
  /** The nodes n's prebuilt step reads in place (transposes read as stored): nothing computes them when that is all that reads them. */
  readsThrough?: (n: Node) => Node[];
  /** Estimated work of a fused loop of `group` (its members and root) over `elements` elements. */
  loopWork?: (elements: number, group: Node[]) => number;
  /**
   * Reductions the backend's renderer computes with their elementwise input in one kernel: the
   * view of node n's input, or undefined where n cannot be (default: none are).
   */
  fusedReduction?: (n: Node) => ReduceView | undefined;
}

/** The reductions a renderer may fuse with their elementwise input. */
const FUSIBLE_REDUCTIONS = new Set(['reduceSum', 'reduceProd', 'reduceMax', 'reduceMin']);

export interface Schedule {
  plan: Plan;
  loops: Loop[];
}

/**
 * A graph and the sub-graphs of its control nodes, each a scope of its own: its nodes hold
 * positions base.. in planNodes order (a sub-graph met twice is two scopes).
 */
interface Scope {
  graph: Graph;
  base: number;
  /** Per control node: its sub-graphs' scopes by param name (subgraphsOf order). */
  subs: Map<Node, Record<string, Scope[]>>;
}

/** The scopes of g and of the sub-graphs within, and every node by position. */
function scopesOf(g: Graph): { root: Scope; table: Node[] } {
  const table: Node[] = [];
  const build = (h: Graph): Scope => {
    const order = topoOrder(h);
    const scope: Scope = { graph: h, base: table.length, subs: new Map() };
    table.push(...order);
    for (const n of order) {
      if (n.op === 'input' || n.op === 'const') continue;
      const subs = subgraphsOf(n);
      if (subs.length) scope.subs.set(n, Object.fromEntries(subs.map((sub) => [sub.key, sub.graphs.map(build)])));
    }
    return scope;
  };
  return { root: build(g), table };
}

/**
 * Every node a plan's steps and constants refer to, by position: g's nodes in topological order,
 * then those of the sub-graphs of its control nodes (each in the same way, depth first).
 */
export const planNodes = (g: Graph): Node[] => scopesOf(g).table;

const CONTROL = new Set(['scan', 'cond', 'while']);
/** Ops that check their indices: an index out of range raises even where the result is empty. */
const CHECKING = new Set(['gather', 'scatter', 'scatterAdd', 'checkIndex']);

export function schedule(g: Graph, opts: ScheduleOptions = {}): Schedule {
  const readsThrough = opts.readsThrough ?? (() => []);
  const buffers: ArenaBuffer[] = [];
  let arena = 0;
  const fresh = (dtype: DType, size: number): number => {
    arena = (arena + 63) & ~63; // cache-line aligned: v128 loads, and threads' shares never share a line
    buffers.push({ offset: arena, dtype, size });
    arena += Math.max(size, 1) * DTYPE_BYTES[dtype];
    return buffers.length - 1;
  };
  const freshFor = (a: Aval) => fresh(a.dtype, sizeOf(a.shape));
  const bytesOf = (b: number) => buffers[b].size * DTYPE_BYTES[buffers[b].dtype];
  const loops: Loop[] = [];
  const constants: { buffer: number; node: number }[] = [];
  let kernels = 0;

  /**
   * The steps of one scope, and the buffers of its inputs and results (outputs, then updates).
   * A sub-graph's inputs are given: the buffers its control node passes (read, never written).
   */
  function scheduleScope(
    scope: Scope,
    given?: readonly number[],
  ): { steps: Step[]; inputs: number[]; results: number[] } {
    const h = scope.graph;
    const fusedReduction = opts.fusedReduction;
    const fusion = planFusion(h, {
      fusedReductions: fusedReduction ? FUSIBLE_REDUCTIONS : new Set(),
      fusible: (n) => fusedReduction?.(n) !== undefined,
      absorb: false,
    });
    const { order, inlined, members, storage } = fusion;
    const pos = (n: Node) => scope.base + fusion.pos.get(n)!;
    const bufferOf = new Map<Node, number>();
    const allocate = (n: Node): number => {
      const s = storage(n);
      let id = bufferOf.get(s);
      if (id === undefined) {
        id = freshFor(s.aval);
        bufferOf.set(s, id);
      }
      bufferOf.set(n, id);
      return id;
    };
    given?.forEach((b, i) => {
      const n = h.inputs[i];
      if (bufferOf.has(n) && bufferOf.get(n) !== b)
        throw new Error(`arena schedule: graph ${h.name} takes one input node in two places, which it cannot compile`);
      bufferOf.set(n, b);
    });
    const steps: Step[] = [];
    const resultsOf = new Map<Node, number[]>();
    const inputs = h.inputs.map(allocate);
    const unneeded = readInPlace(h, order, inlined, readsThrough);
    for (const n of order) {
      if (n.op === 'input' || inlined.has(n) || unneeded.has(n)) continue;
      if (n.op === 'const') {
        constants.push({ buffer: allocate(n), node: pos(n) });
        continue;
      }
      if (n.op === 'reshape') {
        allocate(n);
        continue;
      }
      if (n.op === PROJ) {
        bufferOf.set(n, resultsOf.get(n.inputs[0])![(n.params as { index: number }).index]);
        continue;
      }
      const subs = scope.subs.get(n);
      if (!subs && !n.results && !CHECKING.has(n.op) && sizeOf(n.aval.shape) === 0) {
        allocate(n); // an empty result: nothing to compute
        continue;
      }
      kernels++;
      if (subs || n.results) {
        if (!CONTROL.has(n.op) || !subs)
          throw new Error(
            `arena schedule: ${n.op} has sub-graphs or several results, and only scan, cond and while are compiled`,
          );
        const step = controlStep(n, n.inputs.map(allocate), subs);
        resultsOf.set(n, step.results);
        steps.push({ ...step, nodes: [pos(n)] });
        continue;
      }
      const out = allocate(n);
      if (fusion.isLoopRoot(n)) {
        const leaves = fusion.leaves(n);
        const fn = `k${pos(n)}`;
        const reduce = fusion.isFusedReduce(n) ? fusedReduction!(n) : undefined;
        loops.push({ fn, root: n, leaves, members: members.get(n) ?? [], pos: fusion.pos, ...(reduce && { reduce }) });
        const group = [...(members.get(n) ?? []), n];
        const nodes = group.map(pos).sort((a, b) => a - b);
        const elements = sizeOf(fusion.domainOf(n));
        steps.push({
          kind: 'loop',
          fn,
          args: [out, ...leaves.map(allocate)],
          work: opts.loopWork ? opts.loopWork(elements, group) : elements,
          ...(reduce && { reduce }),
          nodes,
        });
      } else {
        const prebuilt = opts.prebuilt?.(n, out, allocate, fresh);
        // A prebuilt step also stands for the transposes it reads in place (nothing else computes them).
        const nodes = prebuilt
          ? [...readsThrough(n).filter((t) => unneeded.has(t)), n].map(pos).sort((a, b) => a - b)
          : [pos(n)];
        if (!prebuilt) steps.push({ kind: 'kernel', node: pos(n), args: n.inputs.map(allocate), out, nodes });
        else for (const p of Array.isArray(prebuilt) ? prebuilt : [prebuilt]) steps.push({ ...p, nodes });
      }
    }
    const results = [...h.outputs, ...h.updates.map((u) => u.value)].map(allocate);
    return { steps, inputs, results };
  }

  /** A sub-graph's steps on the given input buffers; it must update no Variable. */
  function scheduleBody(scope: Scope, given: readonly number[]) {
    if (scope.graph.updates.length)
      throw new Error(`arena schedule: the body ${scope.graph.name} updates Variables, which it cannot compile`);
    return scheduleScope(scope, given);
  }

  /**
   * New values `outs` into the carry buffers: a value in another carry's buffer goes through a
   * temporary first (a swap of two carries reads both old values).
   */
  function carryUpdates(carry: readonly number[], outs: readonly number[]): Copy[] {
    const staged: Copy[] = [],
      direct: Copy[] = [];
    outs.forEach((o, i) => {
      const bytes = bytesOf(carry[i]);
      if (o === carry[i] || bytes === 0) return;
      if (carry.includes(o)) {
        const tmp = fresh(buffers[o].dtype, buffers[o].size);
        staged.push({ to: tmp, from: o, bytes });
        direct.push({ to: carry[i], from: tmp, bytes });
      } else direct.push({ to: carry[i], from: o, bytes });
    });
    return [...staged, ...direct];
  }

  /** The initial values `ins` into the carry buffers. */
  const enterCopies = (carry: readonly number[], ins: readonly number[]): Copy[] =>
    carry.map((c, i) => ({ to: c, from: ins[i], bytes: bytesOf(c) })).filter((c) => c.bytes > 0);

  function controlStep(n: Node, ins: number[], subs: Record<string, Scope[]>): ControlStep {
    const results = n.results!.map(freshFor);
    if (n.op === 'scan') {
      const p = n.params as unknown as ScanParams;
      const [body] = subs.body;
      const nC = p.consts,
        nH = p.carry;
      const carry = results.slice(0, nH);
      const xs = ins.slice(nC + nH);
      const xBufs = xs.map((_, j) => freshFor(body.graph.inputs[nC + nH + j].aval));
      const sub = scheduleBody(body, [...ins.slice(0, nC), ...carry, ...xBufs]);
      const before = xBufs.map((x, j): Copy => ({ to: x, from: xs[j], bytes: bytesOf(x), fromRow: true }));
      const ys = results
        .slice(nH)
        .map((y, j): Copy => ({ to: y, from: sub.results[nH + j], bytes: bytesOf(sub.results[nH + j]), toRow: true }));
      return {
        kind: 'scan',
        length: p.length,
        reverse: p.reverse,
        enter: enterCopies(carry, ins.slice(nC, nC + nH)),
        before: before.filter((c) => c.bytes > 0),
        body: sub.steps,
        // The ys first: a y may be an old carry.
        after: [...ys.filter((c) => c.bytes > 0), ...carryUpdates(carry, sub.results.slice(0, nH))],
        results,
      };
    }
    if (n.op === 'cond') {
      const p = n.params as unknown as CondParams;
      const [n0, n1] = p.captures;
      const [pred, ...args] = ins;
      if (buffers[pred].size !== 1)
        throw new Error(`arena schedule: a cond's predicate must hold one value, got ${buffers[pred].size}`);
      const operands = args.slice(n0 + n1);
      const caps = [args.slice(0, n0), args.slice(n0, n0 + n1)];
      const branches = subs.branches.map((scope, k) => {
        const sub = scheduleBody(scope, [...caps[k], ...operands]);
        const after = results.map((r, j): Copy => ({ to: r, from: sub.results[j], bytes: bytesOf(r) }));
        return { steps: sub.steps, after: after.filter((c) => c.bytes > 0) };
      });
      return { kind: 'cond', pred, branches, results };
    }
    const p = n.params as unknown as WhileParams;
    const [n0, n1] = p.captures;
    const cond = scheduleBody(subs.cond[0], [...ins.slice(0, n0), ...results]);
    const body = scheduleBody(subs.body[0], [...ins.slice(n0, n0 + n1), ...results]);
    const test = cond.results[0];
    if (buffers[test].size !== 1)
      throw new Error(`arena schedule: a while loop's condition must give one value, got ${buffers[test].size}`);
    return {
      kind: 'while',
      enter: enterCopies(results, ins.slice(n0 + n1)),
      cond: cond.steps,
      test,
      body: body.steps,
      after: carryUpdates(results, body.results),
      results,
    };
  }

  const { root } = scopesOf(g);
  const { steps, inputs, results } = scheduleScope(root);
  const plan: Plan = {
    prebuilt: flatSteps(steps).some((st) => st.kind === 'prebuilt'),
    buffers,
    arenaBytes: (arena + 63) & ~63,
    inputs,
    constants,
    results,
    steps,
    exports: loops.map((l) => l.fn),
    kernels,
  };
  return { plan, loops };
}

/** Transposes that only prebuilt steps read, in place: nothing computes them. */
function readInPlace(g: Graph, order: Node[], inlined: Set<Node>, readsThrough: (n: Node) => Node[]): Set<Node> {
  const uses = new Map<Node, number>(),
    inPlace = new Map<Node, number>();
  const count = (m: Map<Node, number>, n: Node) => m.set(n, (m.get(n) ?? 0) + 1);
  for (const n of order) for (const i of n.inputs) count(uses, i);
  for (const n of [...g.outputs, ...g.updates.map((u) => u.value)]) count(uses, n);
  for (const n of order) if (!inlined.has(n)) for (const t of readsThrough(n)) count(inPlace, t);
  return new Set([...inPlace].filter(([t, k]) => uses.get(t) === k).map(([t]) => t));
}
