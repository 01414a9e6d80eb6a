// The rule table of the control-flow ops (scan, cond, while): what each interpreter asks of them.
// Filled by src/control/*.ts when they load; the dispatcher looks rules up here, so it imports
// none of them (no import circle).

import type { Aval } from '../../runtime/primitives/index.js';
import type { Tensor } from '../tensor.js';

/** The graph ops that carry body graphs and have several results. */
export type ControlOp = 'scan' | 'cond' | 'while';
export const CONTROL_OPS: readonly ControlOp[] = ['scan', 'cond', 'while'];
export const isControlOp = (op: string): op is ControlOp => (CONTROL_OPS as readonly string[]).includes(op);

export type ControlParams = Readonly<Record<string, unknown>>;

/** Applies a control op with the interpreter a rule is given (the one below a tape, say). */
export type ApplyControl = (op: ControlOp, inputs: readonly Tensor[], params: ControlParams) => Tensor[];

export interface ControlRule {
  /** The results' shapes and dtypes. */
  infer(inputs: readonly Aval[], params: ControlParams): Aval[];
  /** Runs it on concrete inputs (eagerly): the loop, or the branch taken. */
  run(inputs: readonly Tensor[], params: ControlParams): Tensor[];
  /**
   * For a tape: runs it through `apply`, returning its results, the tensors its VJP needs saved
   * (a scan's per-step values) and anything else its VJP is handed (`aux`). Throws where reverse
   * mode is refused (while).
   */
  forwardForVjp(
    apply: ApplyControl,
    inputs: readonly Tensor[],
    params: ControlParams,
  ): {
    outs: Tensor[];
    residuals: Tensor[];
    aux?: unknown;
  };
  /** Cotangents of the inputs (null: none) from those of the results (null: zero), with ops bound as usual. */
  vjp(
    cts: readonly (Tensor | null)[],
    inputs: readonly Tensor[],
    residuals: readonly Tensor[],
    params: ControlParams,
    aux?: unknown,
  ): (Tensor | null)[];
  /** Results and their tangents from the inputs and theirs (null: zero), in one op of the same kind. */
  jvp(
    inputs: readonly Tensor[],
    tangents: readonly (Tensor | null)[],
    params: ControlParams,
  ): { outs: Tensor[]; tangents: (Tensor | null)[] };
}

const rules = new Map<ControlOp, ControlRule>();

export function registerControl(op: ControlOp, rule: ControlRule): void {
  rules.set(op, rule);
}

export function controlRule(op: ControlOp): ControlRule {
  const r = rules.get(op);
  if (r === undefined) throw new Error(`internal: control op ${op} has no rule (src/control/${op}.ts not loaded)`);
  return r;
}
