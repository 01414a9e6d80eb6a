// The one dispatch point: every op reaches a primitive through bind(), where eager execution,
// the autodiff tape and the tracer plug in as interpreters; Variable.assign goes to the running
// interpreter the same way (assignVariable), so traces nest.

import { primitives, type Arr, type Params, type Prim } from '../runtime/primitives/index.js';
import { checkSize } from '../runtime/shape.js';
import { controlRule, type ControlOp } from './control/registry.js';
import { Tensor } from './tensor.js';
import type { Variable } from './variable.js';

export interface Interpreter {
  apply<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor;
  /**
   * Applies a control-flow op (scan, cond, while: several results, a body graph in its params).
   * Eager runs the loop, a tape records it, a tracer builds its node; an interpreter without this
   * method passes them to the interpreter below.
   */
  applyControl?(op: ControlOp, inputs: readonly Tensor[], params: Readonly<Record<string, unknown>>): Tensor[];
  /**
   * Records or performs `v.assign(value)` (shape and dtype already checked): eager sets the
   * buffer, a tape passes it to the interpreter below, a trace records an update. An
   * interpreter without this method passes assigns to the one below.
   */
  assign?(v: Variable, value: Tensor): void;
}

type AnyRule = {
  infer(inputs: readonly Arr[], params: unknown): { shape: readonly number[]; dtype: Tensor['dtype'] };
  impl(inputs: readonly Arr[], params: unknown, out: { shape: readonly number[]; dtype: Tensor['dtype'] }): Arr['buf'];
};

/** Runs the primitive's JS kernel now. */
export const eager: Interpreter = {
  apply(prim, inputs, params) {
    const rule = primitives[prim] as unknown as AnyRule;
    const out = rule.infer(inputs, params);
    checkSize(prim, out.shape);
    return new Tensor(out.shape as number[], out.dtype, rule.impl(inputs, params, out));
  },
  applyControl(op, inputs, params) {
    return controlRule(op).run(inputs, params);
  },
  assign(v, value) {
    v._buf = value.buf;
  },
};

/** The interpreter that was running when each one started: the one it delegates to. */
const belowOf = new WeakMap<Interpreter, Interpreter>();
let top: Interpreter = eager;

/** The interpreter binds go to now (walk down with interpreterBelow to eager). */
export function currentInterpreter(): Interpreter {
  return top;
}

/** Whether ops run plainly now (no tape, tracer or other interpreter is watching). */
export function isEager(): boolean {
  return top === eager;
}

export function bind<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor {
  return top.apply(prim, inputs, params);
}

/** bind() for the control-flow ops: their results, one tensor each. */
export function bindControl(
  op: ControlOp,
  inputs: readonly Tensor[],
  params: Readonly<Record<string, unknown>>,
): Tensor[] {
  return controlWith(top, op, inputs, params);
}

/** For interpreters that pass control ops through: applies one with the interpreter below `interp`. */
export function applyControlBelow(
  interp: Interpreter,
  op: ControlOp,
  inputs: readonly Tensor[],
  params: Readonly<Record<string, unknown>>,
): Tensor[] {
  return controlWith(interpreterBelow(interp), op, inputs, params);
}

function controlWith(
  interp: Interpreter,
  op: ControlOp,
  inputs: readonly Tensor[],
  params: Readonly<Record<string, unknown>>,
): Tensor[] {
  while (!interp.applyControl) interp = interpreterBelow(interp);
  return interp.applyControl(op, inputs, params);
}

/** Variable.assign's dispatch point: the interpreter running now records or performs it. */
export function assignVariable(v: Variable, value: Tensor): void {
  assignWith(top, v, value);
}

/** For interpreters that pass assigns through: performs `v.assign(value)` with the interpreter below `interp`. */
export function assignBelow(interp: Interpreter, v: Variable, value: Tensor): void {
  assignWith(interpreterBelow(interp), v, value);
}

function assignWith(interp: Interpreter, v: Variable, value: Tensor): void {
  // Interpreters without an assign method pass it down; eager, at the bottom, has one.
  while (!interp.assign) interp = interpreterBelow(interp);
  interp.assign(v, value);
}

/**
 * Runs `fn` with `interp` handling every bind; restores the previous one even on a throw. The
 * interpreter running before (even one that runBelow made current) is the one below `interp`.
 */
export function withInterpreter<T>(interp: Interpreter, fn: () => T): T {
  const saved = top;
  const savedBelow = belowOf.get(interp);
  belowOf.set(interp, saved);
  top = interp;
  try {
    return fn();
  } finally {
    top = saved;
    if (savedBelow !== undefined) belowOf.set(interp, savedBelow);
  }
}

/** The interpreter below `interp`, for interpreters that delegate (the tape records, then runs). */
export function interpreterBelow(interp: Interpreter): Interpreter {
  return belowOf.get(interp) ?? eager;
}

/**
 * Runs `fn` with binds going to the interpreter below `interp`: how an interpreter evaluates a
 * rule (a JVP, say) written with ops without seeing its own work.
 */
export function runBelow<T>(interp: Interpreter, fn: () => T): T {
  const saved = top;
  top = interpreterBelow(interp);
  try {
    return fn();
  } finally {
    top = saved;
  }
}

export const EMPTY = Object.freeze({}) as Record<string, never>;
