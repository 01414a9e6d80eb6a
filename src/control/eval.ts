// Evaluating a body graph on tensors, node by node, through an interpreter: eagerly (a loop's
// step) or through bind (deriving a body's JVP or VJP under a tracer, a tape or a forward trace).

import type { Params, Prim } from '../../runtime/primitives/index.js';
import { PROJ, topoOrder, type Graph, type Node } from '../../jit/graph.js';
import { bind, bindControl } from '../dispatch.js';
import { Tensor } from '../tensor.js';
import { isControlOp, type ControlOp, type ControlParams } from './registry.js';

/** What evaluation applies each node with. */
export interface Applier {
  apply<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor;
  applyControl?(op: ControlOp, inputs: readonly Tensor[], params: ControlParams): Tensor[];
}

/** Applies through the interpreter running now (bind). */
export const viaBind: Applier = { apply: bind, applyControl: bindControl };

const orders = new WeakMap<Graph, Node[]>();

/**
 * The graph's outputs (or the `targets` nodes) computed from `inputs` (one tensor per graph
 * input; where a node is in `given`, that tensor instead of computing it). Only the nodes the
 * results need are computed.
 */
export function evalGraph(
  g: Graph,
  inputs: readonly (Tensor | undefined)[],
  via: Applier = viaBind,
  given?: ReadonlyMap<Node, Tensor>,
  targets: readonly Node[] = g.outputs,
): Tensor[] {
  if (inputs.length !== g.inputs.length)
    throw new Error(`internal: graph ${g.name} takes ${g.inputs.length} inputs, got ${inputs.length}`);
  let order = orders.get(g);
  if (order === undefined) orders.set(g, (order = topoOrder(g)));
  const values = new Map<Node, Tensor | Tensor[]>(given);
  g.inputs.forEach((n, i) => {
    const t = inputs[i];
    if (t !== undefined && !values.has(n)) values.set(n, t);
  });
  // Every node of the order is an input or computes an output, unless nodes are given, other
  // targets asked for or updates present: only then is the needed set worth walking for.
  const needed = given || targets !== g.outputs || g.updates.length > 0 ? neededFor(order, targets, values) : undefined;
  const one = (n: Node) => values.get(n) as Tensor;
  const applyControl = via.applyControl ?? bindControl;
  for (const n of order) {
    if (values.has(n) || (needed && !needed.has(n))) continue;
    if (n.op === 'input') throw new Error(`internal: graph ${g.name} needs an input it was not given (${n.label})`);
    if (n.op === 'const') values.set(n, new Tensor(n.aval.shape.slice(), n.aval.dtype, n.value));
    else if (n.op === PROJ) values.set(n, (values.get(n.inputs[0]) as Tensor[])[n.params.index as number]);
    else if (isControlOp(n.op)) values.set(n, applyControl(n.op, n.inputs.map(one), n.params));
    else values.set(n, via.apply(n.op as Prim, n.inputs.map(one), n.params as never));
  }
  return targets.map(one);
}

/** The nodes computing `targets` needs, walking back from them and stopping at known values. */
function neededFor(order: readonly Node[], targets: readonly Node[], known: ReadonlyMap<Node, unknown>): Set<Node> {
  const needed = new Set<Node>(targets);
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    if (!needed.has(n) || known.has(n)) continue;
    for (const x of n.inputs) needed.add(x);
  }
  return needed;
}
