// Fusion planning, shared by the code generators: which elementwise nodes fold into which loop,
// which buffers alias (reshape), and when each buffer is last read.

import { isElementwisePrim } from '../runtime/primitives/types.js';
import { sizeOf } from '../runtime/shape.js';
import { topoOrder, type Graph, type Node } from './graph.js';

// By name, not through the primitive table: the compile worker's JS lane then loads no eager kernel.
export const isElementwise = (n: Node) => isElementwisePrim(n.op);
export const isAlias = (n: Node) => n.op === 'reshape';

export interface FusionOptions {
  /** Reductions that can compute their elementwise input inside their own loop (Theano's Composite into a CAReduce). */
  fusedReductions: ReadonlySet<string>;
  /** Of those, the nodes a backend can render so (default: every one). */
  fusible?: (n: Node) => boolean;
  /** Whether a reduction read only by an elementwise loop may run inside that loop's kernel (default true). */
  absorb?: boolean;
}

export interface FusionPlan {
  order: Node[];
  pos: Map<Node, number>;
  /** Nodes computed inside another node's loop, and that node (the loop's root). */
  inlined: Set<Node>;
  groupOf: Map<Node, Node>;
  /** Each root's inlined nodes, in topological order. */
  members: Map<Node, Node[]>;
  /**
   * Reductions whose only reader is an elementwise loop: they run inside that loop's kernel, just
   * before it (Theano's Composite around a CAReduce: a reduction's elementwise outputs fused).
   */
  absorbedInto: Map<Node, Node>;
  isFusedReduce(n: Node): boolean;
  isLoopRoot(n: Node): boolean;
  /** The shape a root's loop walks: its own, or a fused reduction's input shape. */
  domainOf(root: Node): readonly number[];
  /** The nodes a root's kernel reads (for a loop with absorbed reductions, what they read too). */
  leaves(root: Node): Node[];
  /** The nodes a root's own loop reads, absorbed reductions' results among them. */
  loopLeaves(root: Node): Node[];
  /** The node whose buffer `n` uses (reshape shares its input's). */
  storage(n: Node): Node;
  /** Position of the last node that reads each storage. */
  lastUse: Map<Node, number>;
  /** Storages that outlive the call or belong to the caller: inputs, constants, outputs, updates. */
  escapes: Set<Node>;
}

export function planFusion(g: Graph, opts: FusionOptions): FusionPlan {
  const order = topoOrder(g);
  const pos = new Map(order.map((n, i) => [n, i]));
  const consumers = new Map<Node, Set<Node>>();
  for (const n of order) for (const i of n.inputs) (consumers.get(i) ?? consumers.set(i, new Set()).get(i)!).add(n);
  const escaping = new Set<Node>([...g.outputs, ...g.updates.map((u) => u.value)]);
  const isFusedReduce = (n: Node) => opts.fusedReductions.has(n.op) && (opts.fusible?.(n) ?? true);
  const domainOf = (root: Node) => (isFusedReduce(root) ? root.inputs[0].aval.shape : root.aval.shape);
  const isLoopRoot = (n: Node) => isElementwise(n) || isFusedReduce(n);

  // An elementwise node folds into the loop of its consumers when they are all elementwise (or a
  // reduction reading it), all in one loop, and that loop runs over as many elements; it is then
  // computed once per element inside the loop. Walking consumers before producers settles each
  // node's loop.
  const groupOf = new Map<Node, Node>();
  const members = new Map<Node, Node[]>();
  const inlined = new Set<Node>();
  for (let k = order.length - 1; k >= 0; k--) {
    const n = order[k];
    if (!isElementwise(n) || escaping.has(n)) continue;
    const cs = [...(consumers.get(n) ?? [])];
    if (cs.length === 0 || !cs.every(isLoopRoot)) continue;
    const roots = new Set(cs.map((c) => groupOf.get(c) ?? c));
    if (roots.size !== 1) continue;
    const [root] = roots;
    if (sizeOf(domainOf(root)) !== sizeOf(n.aval.shape)) continue;
    inlined.add(n);
    groupOf.set(n, root);
    (members.get(root) ?? members.set(root, []).get(root)!).push(n);
  }
  for (const list of members.values()) list.reverse(); // collected consumers first

  const absorbedInto = new Map<Node, Node>();
  const absorbs = new Map<Node, Node[]>();
  for (const n of opts.absorb === false ? [] : order) {
    if (!isFusedReduce(n) || escaping.has(n) || !inlined.has(n.inputs[0])) continue;
    const cs = [...(consumers.get(n) ?? [])];
    if (cs.length !== 1 || !isElementwise(cs[0])) continue;
    const root = groupOf.get(cs[0]) ?? cs[0];
    if (!isElementwise(root)) continue;
    absorbedInto.set(n, root);
    (absorbs.get(root) ?? absorbs.set(root, []).get(root)!).push(n);
  }

  const ownLeaves = (root: Node): Node[] => {
    if (!isLoopRoot(root)) return [...root.inputs];
    const out: Node[] = [];
    const seen = new Set<Node>();
    for (const m of [...(members.get(root) ?? []), root]) {
      for (const i of m.inputs)
        if (!inlined.has(i) && !seen.has(i)) {
          seen.add(i);
          out.push(i);
        }
    }
    return out;
  };
  // A loop that absorbed reductions reads what they read, not their results.
  const leaves = (root: Node): Node[] => {
    const taken = absorbs.get(root);
    if (!taken) return ownLeaves(root);
    const out = ownLeaves(root).filter((l) => !taken.includes(l));
    for (const r of taken) for (const l of ownLeaves(r)) if (!out.includes(l)) out.push(l);
    return out;
  };
  const storage = (n: Node): Node => (isAlias(n) ? storage(n.inputs[0]) : n);
  const lastUse = new Map<Node, number>();
  for (const n of order) {
    if (inlined.has(n) || absorbedInto.has(n)) continue;
    for (const i of leaves(n)) {
      const s = storage(i);
      lastUse.set(s, Math.max(lastUse.get(s) ?? -1, pos.get(n)!));
    }
  }
  const escapes = new Set<Node>();
  for (const n of order) if (escaping.has(n) || n.op === 'input' || n.op === 'const') escapes.add(storage(n));
  return {
    order,
    pos,
    inlined,
    groupOf,
    members,
    absorbedInto,
    isFusedReduce,
    isLoopRoot,
    domainOf,
    leaves,
    loopLeaves: ownLeaves,
    storage,
    lastUse,
    escapes,
  };
}
