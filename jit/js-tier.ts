// Loads a generated JS program for a graph: binds its kernel calls and constants, giving a
// function from input buffers to output and update buffers.

import type { TypedArray } from '../runtime/dtype.js';
import * as H from '../runtime/kernels/scalar-helpers.js';
import { primitives, type Arr, type Aval, type Prim } from '../runtime/primitives/index.js';
import type { Variable } from '../src/variable.js';
import { topoOrder, type Graph } from './graph.js';
import type { JsProgram } from './codegen-js.js';

/**
 * A compiled graph: takes the buffers of the inputs that are not Variables, and the Variables
 * (the graph's last inputs); returns the output buffers and has updated the Variables.
 */
export type CompiledFn = ((ins: readonly TypedArray[], vars: readonly Variable[]) => TypedArray[]) & {
  /** Set by the jit wrapper: called when a tier holding memory outside the JS heap moved the function off it. */
  onEvict?: () => void;
};

/** For each update of g, the index of its Variable among the graph's `varCount` variable inputs. */
export function updateTargets(g: Graph, varCount: number): number[] {
  return g.updates.map((u) => u.input - (g.inputs.length - varCount));
}

type Impl = (inputs: readonly Arr[], params: unknown, out: Aval) => TypedArray;

export function loadJs(g: Graph, prog: JsProgram): CompiledFn {
  const order = topoOrder(g);
  const R = prog.kernelNodes.map((k) => {
    const n = order[k];
    const impl = (primitives[n.op as Prim] as unknown as { impl: Impl }).impl;
    const avals = n.inputs.map((i) => i.aval);
    return (...bufs: TypedArray[]) => impl(bufs.map((buf, i) => ({ shape: avals[i].shape, dtype: avals[i].dtype, buf })), n.params, n.aval);
  });
  const C = prog.constNodes.map((k) => order[k].value!);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const compiled = new Function(`${prog.source}\nreturn compiled;`)() as (ins: readonly TypedArray[], C: TypedArray[], R: unknown[], h: typeof H) => TypedArray[];
  const outputs = g.outputs.length;
  return (ins, vars) => {
    const bufs = compiled([...ins, ...vars.map((v) => v.buf)], C, R, H);
    updateTargets(g, vars.length).forEach((v, i) => { vars[v]._buf = bufs[outputs + i]; });
    return bufs.slice(0, outputs);
  };
}
