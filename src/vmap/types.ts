// The shape of vmap's batching rules: given inputs with batch dimensions, the output and its own.

import type { Params, Prim } from '../../runtime/primitives/index.js';
import type { ControlOp, ControlParams } from '../control/registry.js';
import type { Tensor } from '../tensor.js';

/** Where a value's batch axis is: an axis of the batched value, or null when it is not mapped. */
export type Dim = number | null;

/**
 * A primitive's batching rule: `xs` are the batched values (each holding the batch axis at
 * `dims[i]`, or not mapped where that is null; at least one is mapped), `size` the batch size.
 * It returns the batched result and where its batch axis is. Rules bind ops as usual; the
 * interpreter runs them below itself.
 */
export type BatchRule<P extends Prim> = (
  xs: readonly Tensor[],
  dims: readonly Dim[],
  params: Params[P],
  size: number,
) => [Tensor, Dim];

/** The batching table: the compiler rejects it if any primitive lacks its rule. */
export type BatchTable = { readonly [P in Prim]: BatchRule<P> };

/** What a control op's batching rule is handed of the running batch trace. */
export interface BatchContext {
  readonly size: number;
  /** A new batch trace of the same size, for evaluating a body inside a traced body. */
  fresh(): BatchScope;
  /** Applies a primitive or control op through this trace (inputs may be its tracers). */
  apply<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor;
  applyControl(op: ControlOp, inputs: readonly Tensor[], params: ControlParams): Tensor[];
  /** A tracer of this trace for `value` batched along `dim` (the value itself when `dim` is null). */
  wrap(value: Tensor, dim: Dim): Tensor;
  /** The batched value of a tensor seen by this trace, and its batch axis (null: not mapped). */
  unwrap(t: Tensor): { value: Tensor; dim: Dim };
  /** Runs `fn` with binds going to the interpreter below this trace (on batched values). */
  below<T>(fn: () => T): T;
}

/** A fresh batch trace: wrap values, run a function with it as the interpreter, read results. */
export interface BatchScope extends BatchContext {
  run<T>(fn: () => T): T;
}

/** A control op's batching rule: the results (tracers where mapped) through the trace `ctx`. */
export type ControlBatchRule = (ctx: BatchContext, inputs: readonly Tensor[], params: ControlParams) => Tensor[];
