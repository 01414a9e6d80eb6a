// What every arena backend's loader (WASM, native) does alike with a schedule (jit/schedule.ts):
// the two layouts of the arena that let updated Variables stay resident, the steps left to a
// primitive's JS kernel, run on typed views of the arena, the control steps run from JS, and the
// checking steps' flags.

import type { TypedArray } from '../runtime/dtype.js';
import { primitives, type Arr, type Aval, type Prim } from '../runtime/primitives/index.js';
import type { ProfiledStep } from './backends/js/loader.js';
import type { Graph, Node } from './graph.js';
import {
  FLAG,
  flaggedError,
  flatSteps,
  innerSteps,
  stepWrites,
  type ControlStep,
  type Copy,
  type Plan,
  type Step,
} from './schedule.js';

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

/**
 * The checks of the plan's checking steps (checkIndex, gather, scatter: native/tj_index.c), each
 * flagging into an arena buffer of its own: `reset` before a call, `raise` after its steps and
 * before any Variable takes a value, throwing the primitive's error for the first step whose
 * flag is set, with the value it recorded.
 */
export function arenaChecks(plan: Plan) {
  const checks = flatSteps(plan.steps).flatMap((s) =>
    s.kind === 'prebuilt' && s.check?.flag !== undefined ? [{ flag: s.check.flag, message: s.check.message }] : [],
  );
  return {
    reset(views: readonly TypedArray[]): void {
      for (const c of checks) views[c.flag].set(FLAG.unflagged);
    },
    raise(views: readonly TypedArray[]): void {
      for (const c of checks) {
        const error = flaggedError(c.message, views[c.flag]);
        if (error) throw error;
      }
    },
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

/** A control step's copy within the arena (`bytes()`: the arena's bytes now; `offset`: each buffer's); t: the step of its scan. */
export function arenaCopy(bytes: () => Uint8Array, offset: readonly number[]): (c: Copy, t: number) => void {
  return (c, t) => {
    const from = offset[c.from] + (c.fromRow ? t * c.bytes : 0);
    bytes().copyWithin(offset[c.to] + (c.toRow ? t * c.bytes : 0), from, from + c.bytes);
  };
}

/**
 * A control step run from JS: a scan's loop, a cond's branch, a while's loop, around `inner` (its
 * bodies bound, in innerSteps order: scan [body], cond [branch 0, branch 1], while [cond, body]),
 * with its copies through `copy` and its predicate or test read by `first` (a buffer's first value).
 */
export function runControlStep(
  s: ControlStep,
  inner: readonly (() => void)[],
  copy: (c: Copy, t: number) => void,
  first: (buffer: number) => number,
): () => void {
  switch (s.kind) {
    case 'scan': {
      const { length, reverse, enter, before, after } = s;
      const [body] = inner;
      return () => {
        for (const c of enter) copy(c, 0);
        for (let k = 0; k < length; k++) {
          const t = reverse ? length - 1 - k : k;
          for (const c of before) copy(c, t);
          body();
          for (const c of after) copy(c, t);
        }
      };
    }
    case 'cond':
      return () => {
        const k = first(s.pred) !== 0 ? 1 : 0;
        inner[k]();
        for (const c of s.branches[k].after) copy(c, 0);
      };
    case 'while': {
      const [cond, body] = inner;
      return () => {
        for (const c of s.enter) copy(c, 0);
        for (;;) {
          cond();
          if (first(s.test) === 0) break;
          body();
          for (const c of s.after) copy(c, 0);
        }
      };
    }
  }
}
