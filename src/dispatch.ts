// The one dispatch point: every op reaches a primitive through bind(), where eager execution,
// the autodiff tape and the tracer plug in as interpreters; Variable.assign goes to the running
// interpreter the same way (assignVariable), so traces nest.

import { primitives, type Arr, type Params, type Prim } from '../runtime/primitives/index.js';
import { checkSize } from '../runtime/shape.js';
import { Tensor } from './tensor.js';
import type { Variable } from './variable.js';

export interface Interpreter {
  apply<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor;
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
  assign(v, value) {
    v._buf = value.buf;
  },
};

const stack: Interpreter[] = [eager];
let top: Interpreter = eager;

/** Whether ops run plainly now (no tape, tracer or other interpreter is watching). */
export function isEager(): boolean {
  return top === eager;
}

export function bind<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor {
  return top.apply(prim, inputs, params);
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

/** Runs `fn` with `interp` handling every bind; restores the previous one even on a throw. */
export function withInterpreter<T>(interp: Interpreter, fn: () => T): T {
  stack.push(interp);
  top = interp;
  try {
    return fn();
  } finally {
    stack.pop();
    top = stack[stack.length - 1];
  }
}

/** The interpreter below `interp`, for interpreters that delegate (the tape records, then runs). */
export function interpreterBelow(interp: Interpreter): Interpreter {
  const i = stack.lastIndexOf(interp);
  return i > 0 ? stack[i - 1] : eager;
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
