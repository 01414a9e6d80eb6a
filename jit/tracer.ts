// The tracer: runs a function on abstract tensors, recording every primitive into a graph.
// Closed-over tensors become constants; Variables become inputs read on every call, and their
// assigns become updates applied after each call.

import { primitives, type Aval, type Params, type Prim } from '../runtime/primitives/index.js';
import { checkSize } from '../runtime/shape.js';
import { withInterpreter, type Interpreter } from '../src/dispatch.js';
import { TracedValueError } from '../src/errors.js';
import { Tensor } from '../src/tensor.js';
import { flatten, unflatten, type TreeDef } from '../src/tree.js';
import { Variable } from '../src/variable.js';
import { GraphBuilder, type Graph, type Node } from './graph.js';

type AnyRule = { infer(inputs: readonly Aval[], params: unknown): Aval };

class TraceInterpreter implements Interpreter {
  readonly builder = new GraphBuilder();
  readonly nodes = new Map<Tensor, Node>();
  /** Variables read so far, in first-use order, with the node standing for their value at entry. */
  readonly variables = new Map<Variable, Node>();
  /** The latest value assigned to each Variable inside the trace. */
  readonly assigned = new Map<Variable, Node>();

  nodeOf(t: Tensor): Node {
    if (t instanceof Variable) {
      const a = this.assigned.get(t);
      if (a) return a;
      let n = this.variables.get(t);
      if (!n) {
        n = this.builder.input({ shape: t.shape, dtype: t.dtype }, `var${this.variables.size}`);
        this.variables.set(t, n);
      }
      return n;
    }
    const n = this.nodes.get(t);
    if (n) return n;
    if (t._buf === undefined) throw new Error('internal: a traced tensor from another trace reached this one');
    const c = this.builder.constant({ shape: t.shape, dtype: t.dtype }, t._buf);
    this.nodes.set(t, c);
    return c;
  }

  apply<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor {
    const nodes = inputs.map((t) => this.nodeOf(t));
    const aval = (primitives[prim] as unknown as AnyRule).infer(nodes.map((n) => n.aval), params);
    checkSize(prim, aval.shape);
    const node = this.builder.node(prim, nodes, params as Record<string, unknown>, aval);
    return this.abstract(node);
  }

  abstract(node: Node): Tensor {
    const t = new Tensor(node.aval.shape as number[], node.aval.dtype, undefined);
    this.nodes.set(t, node);
    return t;
  }

  assign(v: Variable, value: Tensor): void {
    this.nodeOf(v); // a Variable assigned before it is read is still an input (its update needs a slot)
    this.assigned.set(v, this.nodeOf(value));
  }
}

export interface TraceResult {
  graph: Graph;
  /** The Variables the graph reads, in the order of their input nodes after the argument leaves. */
  variables: Variable[];
  outDef: TreeDef;
}

/** Where tracing stopped because the function read a traced value. */
export class GraphBreak extends Error {
  constructor(readonly reason: string, readonly source: TracedValueError) {
    super(reason);
  }
}

/** The traced function itself threw (`error`); the caller decides what that call does instead. */
export class TracedCodeThrew extends Error {
  constructor(readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Traces fn on abstract stand-ins for the tensor leaves of `args` (Variables among them stay
 * themselves and are read as Variables). Throws GraphBreak if fn reads a traced value.
 */
export function trace(name: string, fn: (...args: any[]) => unknown, self: unknown, args: unknown[], isStatic: (i: number) => boolean): TraceResult {
  const tr = new TraceInterpreter();
  const argInputs: Node[] = [];
  const tracedArgs = args.map((a, i) => {
    if (isStatic(i)) return a;
    const { leaves, def } = flatten(a);
    return unflatten(def, leaves.map((t) => {
      if (t instanceof Variable) return t;
      const n = tr.builder.input({ shape: t.shape, dtype: t.dtype }, `arg${argInputs.length}`);
      argInputs.push(n);
      return tr.abstract(n);
    }));
  });
  const previousHook = Variable.onAssign;
  Variable.onAssign = (v, value) => { tr.assign(v, value); return true; };
  let out: unknown;
  try {
    out = withInterpreter(tr, () => fn.apply(self, tracedArgs));
  } catch (e) {
    if (e instanceof TracedValueError) throw new GraphBreak(e.reason, e);
    throw new TracedCodeThrew(e);
  } finally {
    Variable.onAssign = previousHook;
  }
  const { leaves, def } = flatten(out);
  const outputs = leaves.map((t) => tr.nodeOf(t));
  const variables = [...tr.variables.keys()];
  const inputs = [...argInputs, ...variables.map((v) => tr.variables.get(v)!)];
  const updates = [...tr.assigned].map(([v, value]) => ({ input: argInputs.length + variables.indexOf(v), value }))
    .filter((u) => inputs[u.input] !== u.value);
  return { graph: { name, inputs, outputs, updates }, variables, outDef: def };
}
