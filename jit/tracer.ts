// The tracer: runs a function on abstract tensors, recording every primitive into a graph.
// Closed-over tensors become constants; Variables become inputs read on every call, and their
// assigns become updates applied after each call.

import { primitives, type Aval, type Params, type Prim } from '../runtime/primitives/index.js';
import { checkSize } from '../runtime/shape.js';
import { controlRule, type ControlOp, type ControlParams } from '../src/control/registry.js';
import { withInterpreter, type Interpreter } from '../src/dispatch.js';
import { TracedValueError } from '../src/errors.js';
import { Tensor, tensorSerial } from '../src/tensor.js';
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
    const aval = (primitives[prim] as unknown as AnyRule).infer(
      nodes.map((n) => n.aval),
      params,
    );
    checkSize(prim, aval.shape);
    const node = this.builder.node(prim, nodes, params as Record<string, unknown>, aval);
    return this.abstract(node);
  }

  applyControl(op: ControlOp, inputs: readonly Tensor[], params: ControlParams): Tensor[] {
    const nodes = inputs.map((t) => this.nodeOf(t));
    const results = controlRule(op).infer(
      nodes.map((n) => n.aval),
      params,
    );
    for (const r of results) checkSize(op, r.shape);
    const node = this.builder.node(op, nodes, params, results);
    return results.map((_, i) => this.abstract(this.builder.proj(node, i)));
  }

  abstract(node: Node): Tensor {
    const t = new Tensor(node.aval.shape as number[], node.aval.dtype, undefined);
    this.nodes.set(t, node);
    return t;
  }

  /** Variable.assign under this trace (directly, or passed down by a tape above it): an update. */
  assign(v: Variable, value: Tensor): void {
    this.nodeOf(v); // a Variable assigned before it is read is still an input (its update needs a slot)
    this.assigned.set(v, this.nodeOf(value));
  }
}

/**
 * Traces a loop or branch body: every tensor it reads that it did not make (a closed-over tensor,
 * a Variable, a value of an enclosing trace) becomes a captured input, passed in by the op; tensors
 * it makes from data (literals, zeros) are constants. Assigning a Variable throws.
 */
class BodyTracer extends TraceInterpreter {
  readonly captures: Tensor[] = [];
  readonly captureNodes: Node[] = [];
  private readonly start = tensorSerial();

  constructor(private readonly op: string) {
    super();
  }

  override nodeOf(t: Tensor): Node {
    const n = this.nodes.get(t);
    if (n) return n;
    if (t instanceof Variable || t._buf === undefined || t._serial < this.start) {
      const c = this.builder.input({ shape: t.shape, dtype: t.dtype }, `cap${this.captures.length}`);
      this.nodes.set(t, c);
      this.captures.push(t);
      this.captureNodes.push(c);
      return c;
    }
    const c = this.builder.constant({ shape: t.shape, dtype: t.dtype }, t._buf);
    this.nodes.set(t, c);
    return c;
  }

  override assign(v: Variable): void {
    throw new Error(
      `${this.op}: assign inside a loop or branch body is not allowed (a ${v.dtype} Variable of shape [${v.shape.join(', ')}]): return the new value from the body and assign it after`,
    );
  }
}

/** A traced body: its graph (inputs: the captures, then the arguments) and what it closed over. */
export interface Body {
  graph: Graph;
  /** The outer tensors and Variables the body reads, in the order of the graph's first inputs. */
  captures: Tensor[];
  outDef: TreeDef;
  outAvals: Aval[];
}

/**
 * Traces `fn` once on abstract arguments of `avals` (the loop's carries and slices, a branch's
 * operands) into a closed graph. `op` names the API function in errors.
 */
export function traceBody(op: string, name: string, fn: (args: Tensor[]) => unknown, avals: readonly Aval[]): Body {
  const tr = new BodyTracer(op);
  const argNodes = avals.map((a, i) => tr.builder.input(a, `a${i}`));
  const args = argNodes.map((n) => tr.abstract(n));
  let out: unknown;
  try {
    out = withInterpreter(tr, () => fn(args));
  } catch (e) {
    if (e instanceof TracedValueError)
      throw new Error(
        `${op}: the body read a tensor's value (${e.reason}); bodies are traced once on abstract values, so branch with cond or where instead`,
        { cause: e },
      );
    throw e;
  }
  const { leaves, def } = flatten(out);
  const outputs = leaves.map((t) => tr.nodeOf(t));
  const graph: Graph = { name, inputs: [...tr.captureNodes, ...argNodes], outputs, updates: [] };
  return { graph, captures: tr.captures, outDef: def, outAvals: outputs.map((n) => n.aval) };
}

export interface TraceResult {
  graph: Graph;
  /** The Variables the graph reads, in the order of their input nodes after the argument leaves. */
  variables: Variable[];
  outDef: TreeDef;
  /** Tensors the function closed over (not arguments or Variables): frozen into the graph as constants. */
  frozen: Aval[];
}

/** Where tracing stopped because the function read a traced value. */
export class GraphBreak extends Error {
  constructor(
    readonly reason: string,
    readonly source: TracedValueError,
  ) {
    super(reason);
  }
}

/** The traced function itself threw (`error`); the caller decides what that call does instead. */
export class TracedCodeThrew extends Error {
  constructor(readonly error: unknown) {
    super(error instanceof Error ? error.message : String(error));
  }
}

/** The function needed the concrete value of the JS number traced as a value in argument `arg`. */
export class NumberNeeded extends Error {
  constructor(
    readonly arg: number,
    readonly how: string,
  ) {
    super(`argument ${arg}'s value was needed (${how})`);
  }
}

/**
 * The stand-in for a JS number argument traced as a value: a weakly typed 0-d float32 tensor
 * whose float64 source is the graph input. Used as a JS number (arithmetic, a comparison, a
 * template string) it throws NumberNeeded, and the argument becomes static.
 */
class TracedNumber extends Tensor {
  constructor(readonly arg: number) {
    super([], 'float32', undefined);
  }

  override [Symbol.toPrimitive](): never {
    throw new NumberNeeded(this.arg, 'JS arithmetic or a comparison on it');
  }

  /** How it shows in an op's error message (a shape or an axis that got the stand-in). */
  toJSON(): string {
    return `<argument ${this.arg}, traced as a value>`;
  }
}

/**
 * Traces fn on abstract stand-ins for the tensor leaves of `args` (Variables among them stay
 * themselves and are read as Variables) and for the JS numbers of arguments that are not static
 * (weakly typed values, fed at each call as float64 inputs). Throws GraphBreak if fn reads a
 * traced value, NumberNeeded if it needs a traced number's value, TracedCodeThrew if it throws.
 */
export function trace(
  name: string,
  fn: (...args: any[]) => unknown,
  self: unknown,
  args: unknown[],
  isStatic: (i: number) => boolean,
): TraceResult {
  const tr = new TraceInterpreter();
  const argInputs: Node[] = [];
  const tracedArgs = args.map((a, i) => {
    if (isStatic(i)) return a;
    const { leaves, def } = flatten(a, true);
    return unflatten(
      def,
      leaves.map((t) => {
        if (t instanceof Variable) return t;
        const shape = typeof t === 'number' ? [] : t.shape,
          dtype = typeof t === 'number' ? 'float64' : t.dtype;
        const n = tr.builder.input({ shape, dtype }, `arg${argInputs.length}`);
        argInputs.push(n);
        return typeof t === 'number' ? tracedNumber(tr, i, n, Number.isInteger(t)) : tr.abstract(n);
      }),
    );
  });
  let out: unknown;
  try {
    out = withInterpreter(tr, () => fn.apply(self, tracedArgs));
  } catch (e) {
    if (e instanceof NumberNeeded) throw e;
    if (e instanceof TracedValueError) throw new GraphBreak(e.reason, e);
    throw new TracedCodeThrew(e);
  }
  const { leaves, def } = flatten(out);
  const outputs = leaves.map((t) => tr.nodeOf(t));
  const variables = [...tr.variables.keys()];
  const inputs = [...argInputs, ...variables.map((v) => tr.variables.get(v)!)];
  const updates = [...tr.assigned]
    .map(([v, value]) => ({ input: argInputs.length + variables.indexOf(v), value }))
    .filter((u) => inputs[u.input] !== u.value);
  // Constants standing for tensors with dimensions (a literal number in an op is a 0-d constant).
  const frozen = [...tr.nodes].filter(([t, n]) => n.op === 'const' && t.shape.length > 0).map(([, n]) => n.aval);
  return { graph: { name, inputs, outputs, updates }, variables, outDef: def, frozen };
}

function tracedNumber(tr: TraceInterpreter, arg: number, input: Node, integral: boolean): Tensor {
  const t = new TracedNumber(arg);
  t._weak = { source: tr.abstract(input), integral };
  tr.nodes.set(t, tr.builder.node('cast', [input], { dtype: 'float32' }, { shape: [], dtype: 'float32' }));
  return t;
}

/** Why arguments holding JS numbers became static: argument index → what needed the value. */
export type LearnedStatic = Map<number, string>;

const hasNumber = (x: unknown): boolean => flatten(x, true).leaves.some((l) => typeof l === 'number');

/**
 * trace(), learning which number arguments must be static: one whose value the function needs
 * (NumberNeeded) becomes static and the trace runs again; if the function throws otherwise while
 * numbers are traced as values (a shape or an axis given as one, say), all number arguments
 * become static and it runs again once. What was learned goes into `learned` (kept by the caller).
 */
export function traceLearning(
  name: string,
  fn: (...args: any[]) => unknown,
  self: unknown,
  args: unknown[],
  isStatic: (i: number) => boolean,
  learned: LearnedStatic,
): TraceResult {
  const statics = (i: number) => isStatic(i) || learned.has(i);
  for (;;) {
    try {
      return trace(name, fn, self, args, statics);
    } catch (e) {
      if (e instanceof NumberNeeded && !learned.has(e.arg)) {
        learned.set(e.arg, e.how);
        continue;
      }
      const traced = args.map((a, i) => i).filter((i) => !statics(i) && hasNumber(args[i]));
      if (!(e instanceof TracedCodeThrew) || traced.length === 0) throw e;
      const result = trace(name, fn, self, args, (i) => statics(i) || traced.includes(i));
      for (const i of traced) learned.set(i, `used where a concrete number is needed: ${e.message}`);
      return result;
    }
  }
}
