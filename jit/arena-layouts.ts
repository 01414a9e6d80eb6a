// What every arena backend's loader (WASM, native) does alike with a schedule (jit/schedule.ts):
// the two layouts of the arena that let updated Variables stay resident, and the steps left to a
// primitive's JS kernel, run on typed views of the arena.

import type { TypedArray } from '../runtime/dtype.js';
import { primitives, type Arr, type Aval, type Prim } from '../runtime/primitives/index.js';
import type { ProfiledStep } from './backends/js/loader.js';
import type { Graph, Node } from './graph.js';
import { flatSteps, innerSteps, stepWrites, type Plan, type Step } from './schedule.js';

type Impl = (inputs: readonly Arr[], params: unknown, out: Aval) => TypedArray;

export interface ArenaLayouts {
  /** Per parity (0, 1), each buffer's offset in the arena. */
  offsets: [number[], number[]];
  /** Whether calls alternate between the two layouts. */
  alternate: boolean;
  /** Input buffers of Variables that stay resident. */
  swappedInputs: Set<number>;
  /** Updates (by index) whose Variable stays resident. */
  residentUpdates: Set<number>;
}

/** The buffers the plan's steps write (control steps: everything inside them too). */
export const writtenBuffers = (plan: Plan): Set<number> => new Set(plan.steps.flatMap(stepWrites));

/**
 * Variables the function updates stay in its arena between calls: each call reads the value where
 * the last call wrote it and writes the new one where the last call read it, so two layouts of the
 * arena alternate, the input and update buffers of those Variables swapped.
 */
export function arenaLayouts(g: Graph, plan: Plan): ArenaLayouts {
  const outputs = g.outputs.length;
  const written = writtenBuffers(plan);
  const swaps = g.updates
    .map((u, i) => ({ index: i, input: plan.inputs[u.input], update: plan.results[outputs + i] }))
    .filter(
      (sw, i, all) =>
        sw.input !== sw.update &&
        written.has(sw.update) &&
        all.findIndex((o) => o.update === sw.update || o.input === sw.input) === i,
    );
  const swapped = new Map(swaps.flatMap((sw) => [[sw.input, sw.update] as const, [sw.update, sw.input] as const]));
  const offsetsOf = (parity: number) =>
    plan.buffers.map((_, id) => plan.buffers[parity === 1 ? (swapped.get(id) ?? id) : id].offset);
  return {
    offsets: [offsetsOf(0), offsetsOf(1)],
    alternate: swaps.length > 0,
    swappedInputs: new Set(swaps.map((sw) => sw.input)),
    residentUpdates: new Set(swaps.map((sw) => sw.index)),
  };
}

/** A step left to its primitive's JS kernel, as a function of the arena's views: the result is copied in (`order`: planNodes). */
export function runtimeKernelStep(order: readonly Node[], s: Extract<Step, { kind: 'kernel' }>) {
  const n = order[s.node];
  const impl = (primitives[n.op as Prim] as unknown as { impl: Impl }).impl;
  const avals = n.inputs.map((i) => i.aval);
  return (views: readonly TypedArray[]): void => {
    const result = impl(
      s.args.map((a, i) => ({ shape: avals[i].shape, dtype: avals[i].dtype, buf: views[a] })),
      n.params,
      n.aval,
    );
    if (result !== views[s.out]) views[s.out].set(result);
  };
}

/** The plan's steps as f.profile() lists them (a control op, its bodies included, counts as one kernel); `order`: planNodes. */
export const profiledSteps = (plan: Plan, order: readonly Node[]): ProfiledStep[] =>
  plan.steps.map((s) => ({
    label:
      s.kind === 'loop'
        ? `loop ${s.fn}`
        : s.kind === 'prebuilt'
          ? s.fn
          : s.kind === 'kernel'
            ? `kernel ${order[s.node].op}`
            : `${s.kind} (${innerSteps(s).reduce((k, l) => k + flatSteps(l).length, 0)} inner steps)`,
    kind: s.kind === 'loop' || s.kind === 'prebuilt' ? s.kind : 'kernel',
    nodes: s.nodes.slice(),
  }));
