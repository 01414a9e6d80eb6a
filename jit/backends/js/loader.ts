// Loads a generated JS program for a graph: binds its kernel calls and constants, giving a
// function from input buffers to output and update buffers.

import type { TypedArray } from '../../../runtime/dtype.js';
import * as H from '../../../runtime/kernels/scalar-helpers.js';
import { primitives, type Arr, type Aval, type Prim } from '../../../runtime/primitives/index.js';
import type { Variable } from '../../../src/variable.js';
import { subgraphsOf, topoOrder, type Graph } from '../../graph.js';
import { generateJs, type JsProgram } from '../../codegen-js.js';
import { controlKernel } from './control.js';

/** One step a compiled call runs (a fused loop or a kernel), and the positions (topological order) of the nodes it computes. */
export interface ProfiledStep {
  label: string;
  kind: 'loop' | 'kernel' | 'prebuilt';
  nodes: number[];
}

/** One timed call: its outputs, and milliseconds per step, copying inputs in and results out. */
export interface ProfiledRun {
  outs: TypedArray[];
  stepMs: number[];
  copyInMs: number;
  copyOutMs: number;
}

/** The timed variant of a compiled function (`f.profile()`): the same steps, each timed. */
export interface Profiler {
  steps: ProfiledStep[];
  /** Does what the compiled function does (updates included), timing each step. */
  run(ins: readonly TypedArray[], vars: readonly Variable[]): ProfiledRun;
}

/**
 * A compiled graph: takes the buffers of the inputs that are not Variables, and the Variables
 * (the graph's last inputs); returns the output buffers and has updated the Variables.
 */
export type CompiledFn = ((ins: readonly TypedArray[], vars: readonly Variable[]) => TypedArray[]) & {
  /** Set by the jit wrapper: called when a tier holding memory outside the JS heap moved the function off it. */
  onEvict?: () => void;
  /** The device its results stay on until read (runtime/deferred.ts); an input still there is passed unfilled. */
  device?: object;
  /** Builds the timed variant (only `f.profile()` asks: the normal path is untouched). */
  profiler?: () => Profiler;
};

/** For each update of g, the index of its Variable among the graph's `varCount` variable inputs. */
export function updateTargets(g: Graph, varCount: number): number[] {
  return g.updates.map((u) => u.input - (g.inputs.length - varCount));
}

type Impl = (inputs: readonly Arr[], params: unknown, out: Aval) => TypedArray;
type Program = (ins: readonly TypedArray[], C: TypedArray[], R: unknown[], h: typeof H, P?: unknown) => TypedArray[];

/** The program's function, with its kernel calls R and constants C bound. */
function bind(g: Graph, prog: JsProgram): (ins: readonly TypedArray[], P?: unknown) => TypedArray[] {
  const order = topoOrder(g);
  const R = prog.kernelNodes.map((k, j) => {
    const n = order[k];
    const bodies = prog.bodies[j];
    if (bodies) {
      const graphs = subgraphsOf(n).flatMap((s) => s.graphs);
      return controlKernel(
        n,
        graphs.map((b, i) => bind(b, bodies[i])),
      );
    }
    const impl = (primitives[n.op as Prim] as unknown as { impl: Impl }).impl;
    const avals = n.inputs.map((i) => i.aval);
    return (...bufs: TypedArray[]) =>
      impl(
        bufs.map((buf, i) => ({ shape: avals[i].shape, dtype: avals[i].dtype, buf })),
        n.params,
        n.aval,
      );
  });
  const C = prog.constNodes.map((k) => order[k].value!);
  const compiled = new Function(`${prog.source}\nreturn compiled;`)() as Program;
  return (ins, P) => compiled(ins, C, R, H, P);
}

export function loadJs(g: Graph, prog: JsProgram): CompiledFn {
  const compiled = bind(g, prog);
  const outputs = g.outputs.length;
  let targets: number[] | undefined;
  const run: CompiledFn = (ins, vars) => {
    const all = ins.slice();
    for (const v of vars) all.push(v.buf);
    const bufs = compiled(all);
    targets ??= updateTargets(g, vars.length);
    for (let i = 0; i < targets.length; i++) vars[targets[i]]._buf = bufs[outputs + i];
    bufs.length = outputs;
    return bufs;
  };
  run.profiler = () => jsProfiler(g, prog);
  return run;
}

/**
 * The profiling variant of a JS program: generated again with each step between P.now() and
 * P.add(j, start), the rest unchanged. Copying in is gathering the buffers (a Variable resident
 * in WASM memory is read out there); copying out, the Variables' updates and the outputs.
 */
function jsProfiler(g: Graph, prog: JsProgram): Profiler {
  const timed = generateJs(g, { profile: true });
  if (timed.kernels !== prog.kernels || timed.source.length < prog.source.length)
    throw new Error('internal: the profiling variant of a JS program does not match it');
  const compiled = bind(g, timed);
  const now = () => performance.now();
  const acc = new Float64Array(timed.steps.length);
  const P = {
    now,
    add: (j: number, start: number) => {
      acc[j] += performance.now() - start;
    },
  };
  const outputs = g.outputs.length;
  return {
    steps: timed.steps.map((s) => ({ ...s, nodes: s.nodes.slice() })),
    run(ins, vars) {
      acc.fill(0);
      const t0 = now();
      const all = [...ins, ...vars.map((v) => v.buf)];
      const t1 = now();
      const bufs = compiled(all, P);
      const t2 = now();
      updateTargets(g, vars.length).forEach((v, i) => {
        vars[v]._buf = bufs[outputs + i];
      });
      const outs = bufs.slice(0, outputs);
      const t3 = now();
      return { outs, stepMs: Array.from(acc), copyInMs: t1 - t0, copyOutMs: t3 - t2 };
    },
  };
}
