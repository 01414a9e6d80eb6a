// The batching interpreter (JAX's BatchTrace): a tracer is an abstract tensor of the per-example
// shape standing for a batched value and the axis its batch lies on. Each primitive with a mapped
// input runs its batching rule (rules.ts) on the interpreter below; ops whose inputs are all
// unmapped pass straight down. Control ops run their rules in control.ts.

import type { Params, Prim } from '../../runtime/primitives/index.js';
import type { ControlOp, ControlParams } from '../control/registry.js';
import {
  applyControlBelow,
  assignBelow,
  interpreterBelow,
  runBelow,
  withInterpreter,
  type Interpreter,
} from '../dispatch.js';
import { Tensor } from '../tensor.js';
import type { Variable } from '../variable.js';
import { controlBatchRules } from './control.js';
import { batchRules } from './rules.js';
import type { BatchRule, BatchScope, Dim } from './types.js';

/** A tracer: the per-example view of a batched value (it has no data of its own). */
export class BatchTracer extends Tensor {
  constructor(
    shape: number[],
    dtype: Tensor['dtype'],
    readonly trace: BatchTrace,
  ) {
    super(shape, dtype, undefined);
  }
}

export class BatchTrace implements Interpreter, BatchScope {
  private readonly values = new Map<Tensor, { value: Tensor; dim: number }>();

  constructor(readonly size: number) {}

  fresh(): BatchTrace {
    return new BatchTrace(this.size);
  }

  run<T>(fn: () => T): T {
    return withInterpreter(this, fn);
  }

  below<T>(fn: () => T): T {
    return runBelow(this, fn);
  }

  wrap(value: Tensor, dim: Dim): Tensor {
    if (dim === null) return value;
    if (value.shape[dim] !== this.size)
      throw new Error(
        `internal: vmap: a batched value of shape [${value.shape.join(', ')}] has ${value.shape[dim]} rows on axis ${dim}, not ${this.size}`,
      );
    const t = new BatchTracer(
      value.shape.filter((_, i) => i !== dim),
      value.dtype,
      this,
    );
    this.values.set(t, { value, dim });
    return t;
  }

  unwrap(t: Tensor): { value: Tensor; dim: Dim } {
    return this.values.get(t) ?? { value: t, dim: null };
  }

  apply<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor {
    const ins = inputs.map((x) => this.unwrap(x));
    if (ins.every((x) => x.dim === null)) return interpreterBelow(this).apply(prim, inputs, params);
    const rule = batchRules[prim] as BatchRule<P> | undefined;
    if (rule === undefined) throw new Error(`vmap: primitive ${prim} has no batching rule`);
    const [out, dim] = runBelow(this, () =>
      rule(
        ins.map((x) => x.value),
        ins.map((x) => x.dim),
        params,
        this.size,
      ),
    );
    return this.wrap(out, dim);
  }

  applyControl(op: ControlOp, inputs: readonly Tensor[], params: ControlParams): Tensor[] {
    if (inputs.every((x) => !this.values.has(x))) return applyControlBelow(this, op, inputs, params);
    const rule = controlBatchRules[op];
    if (rule === undefined) throw new Error(`vmap: control op ${op} has no batching rule`);
    return rule(this, inputs, params);
  }

  /** A mapped value cannot go into one Variable; an unmapped one is assigned as usual. */
  assign(v: Variable, value: Tensor): void {
    const { value: val, dim } = this.unwrap(value);
    if (dim !== null)
      throw new Error(
        `vmap: assigning a value that differs per row to a Variable (shape [${v.shape.join(', ')}]) is not supported; return it from the function and assign after`,
      );
    assignBelow(this, v, val);
  }
}
