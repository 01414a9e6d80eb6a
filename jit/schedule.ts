// The schedule of a compiled call, for any backend that runs a graph in one arena of memory: the
// arena layout of every buffer, and the steps of one call (a fused elementwise loop the backend
// renders, a call into one of its prebuilt kernels, or a runtime kernel). The backend supplies
// which nodes its prebuilt kernels compute and what a loop costs; the loops' text comes from its
// renderer (jit/render/).

import { DTYPE_BYTES, type DType } from '../runtime/dtype.js';
import { sizeOf } from '../runtime/shape.js';
import { planFusion } from './fusion.js';
import type { Graph, Node } from './graph.js';

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
}

export type Step =
  /** A generated loop: fn(out, ...leaves, part, parts, scratch); `work` as in PrebuiltStep. */
  (
    | { kind: 'loop'; fn: string; args: number[]; work: number }
    | PrebuiltStep
    | { kind: 'kernel'; node: number; args: number[]; out: number }
  ) & {
    /** Positions (in topological order) of the graph nodes the step computes, for `f.profile()`. */
    nodes: number[];
  };

export interface Plan {
  /** Whether steps call prebuilt kernels (loaded as a module of their own). */
  prebuilt: boolean;
  buffers: ArenaBuffer[];
  arenaBytes: number;
  /** Buffer ids of the graph inputs, constants (with their node positions), outputs and updates. */
  inputs: number[];
  constants: { buffer: number; node: number }[];
  results: number[];
  steps: Step[];
  /** The generated loops' function names, in the order of their steps. */
  exports: string[];
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
}

export interface ScheduleOptions {
  /** The backend's prebuilt-kernel call computing node n into buffer `out`, or undefined to run n's runtime kernel. */
  prebuilt?: (n: Node, out: number, allocate: (n: Node) => number) => PrebuiltStep | undefined;
  /** The nodes n's prebuilt step reads in place (transposes read as stored): nothing computes them when that is all that reads them. */
  readsThrough?: (n: Node) => Node[];
  /** Estimated work of a fused loop of `group` (its members and root) over `elements` elements. */
  loopWork?: (elements: number, group: Node[]) => number;
}

export interface Schedule {
  plan: Plan;
  loops: Loop[];
}

export function schedule(g: Graph, opts: ScheduleOptions = {}): Schedule {
  const fusion = planFusion(g, { fusedReductions: new Set() });
  const { order, pos, inlined, members, storage } = fusion;
  const readsThrough = opts.readsThrough ?? (() => []);
  const buffers: ArenaBuffer[] = [];
  let arena = 0;
  const bufferOf = new Map<Node, number>();
  const allocate = (n: Node): number => {
    const s = storage(n);
    const known = bufferOf.get(s);
    if (known !== undefined) {
      bufferOf.set(n, known);
      return known;
    }
    arena = (arena + 63) & ~63; // cache-line aligned: v128 loads, and threads' shares never share a line
    const size = sizeOf(s.aval.shape);
    buffers.push({ offset: arena, dtype: s.aval.dtype, size });
    arena += Math.max(size, 1) * DTYPE_BYTES[s.aval.dtype];
    bufferOf.set(s, buffers.length - 1);
    bufferOf.set(n, buffers.length - 1);
    return buffers.length - 1;
  };
  const steps: Step[] = [];
  const loops: Loop[] = [];
  const constants: { buffer: number; node: number }[] = [];
  let kernels = 0;

  const inputs = g.inputs.map(allocate);
  const unneeded = readInPlace(g, order, inlined, readsThrough);
  for (const n of order) {
    if (n.op === 'input' || inlined.has(n) || unneeded.has(n)) continue;
    if (n.op === 'const') {
      constants.push({ buffer: allocate(n), node: pos.get(n)! });
      continue;
    }
    if (n.op === 'reshape') {
      allocate(n);
      continue;
    }
    const out = allocate(n);
    kernels++;
    if (fusion.isLoopRoot(n)) {
      const leaves = fusion.leaves(n);
      const fn = `k${pos.get(n)}`;
      loops.push({ fn, root: n, leaves, members: members.get(n) ?? [], pos });
      const group = [...(members.get(n) ?? []), n];
      const nodes = group.map((m) => pos.get(m)!).sort((a, b) => a - b);
      const elements = sizeOf(n.aval.shape);
      steps.push({
        kind: 'loop',
        fn,
        args: [out, ...leaves.map(allocate)],
        work: opts.loopWork ? opts.loopWork(elements, group) : elements,
        nodes,
      });
    } else {
      const prebuilt = opts.prebuilt?.(n, out, allocate);
      // A prebuilt step also stands for the transposes it reads in place (nothing else computes them).
      const nodes = prebuilt
        ? [...readsThrough(n).filter((t) => unneeded.has(t)), n].map((m) => pos.get(m)!).sort((a, b) => a - b)
        : [pos.get(n)!];
      steps.push({ ...(prebuilt ?? { kind: 'kernel', node: pos.get(n)!, args: n.inputs.map(allocate), out }), nodes });
    }
  }
  const results = [...g.outputs, ...g.updates.map((u) => u.value)].map(allocate);
  const exports = loops.map((l) => l.fn);
  const plan: Plan = {
    prebuilt: steps.some((st) => st.kind === 'prebuilt'),
    buffers,
    arenaBytes: (arena + 63) & ~63,
    inputs,
    constants,
    results,
    steps,
    exports,
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
