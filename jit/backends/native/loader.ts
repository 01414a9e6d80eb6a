// Loads a native library (jit/backends/native/codegen.ts) through koffi: each compiled function owns
// one arena (an ArrayBuffer: inputs, constants, intermediates, results) allocated once and handed
// to the library's entry in place, so a call allocates nothing and one FFI call runs every step.
// Variables the function updates stay resident in the arena between calls, as on the WASM tier;
// the arena is garbage collected with the function (and with any Variable still resident in it).
// Steps left to JS kernels run here between segments of the entry; a control step with one inside
// runs here too, as a JS loop or branch over its bodies' segments and JS kernels, copying rows and
// carries within the arena as the C loop does.

import { ARRAY_CLASS, type DType, type TypedArray } from '../../../runtime/dtype.js';
import { koffi } from '../../../runtime/native/ffi.js';
import { loadNativeKernels } from '../../../runtime/native/kernels.js';
import { threadCount } from '../../../runtime/wasm/threads.js';
import type { Residence, Variable } from '../../../src/variable.js';
import {
  arenaChecks,
  arenaCopy,
  arenaLayouts,
  profiledSteps,
  runControlStep,
  runtimeKernelStep,
} from '../../arena-layouts.js';
import type { Graph } from '../../graph.js';
import { flatSteps, planNodes } from '../../schedule.js';
import type { CompiledFn, Profiler } from '../js/loader.js';
import { copyOut } from '../wasm/memory.js';
import { segmentsOf, type Drive } from './codegen.js';
import type { NativePayload } from './compile.js';

type Entry = (
  arena: ArrayBuffer,
  at: BigInt64Array,
  scratch: ArrayBuffer,
  scratchBytes: number,
  threads: number,
  segment: number,
  times: Float64Array | null,
  ...outputs: TypedArray[]
) => void;

/** Input buffers copied into native arenas (tests check that unchanged inputs and resident Variables are not). */
export const nativeTierStats = { copiesIn: 0 };

/**
 * A Variable's value living at `offset` of an arena: it keeps the arena alive while it lives there.
 * Made here, not in loadNative, whose closures' shared context would keep the whole function alive.
 */
function residence(owner: object, arena: ArrayBuffer, offset: number, dtype: DType, size: number): Residence {
  return { owner, address: offset, read: () => copyOut(new ARRAY_CLASS[dtype](arena, offset, size)) };
}

export function loadNative(g: Graph, { program, library, kernels }: NativePayload): CompiledFn {
  const { plan, direct } = program;
  const prebuilt = kernels ? loadNativeKernels(kernels) : undefined;
  const entry = koffi()
    .load(library)
    .func(
      `void tj_entry(void* arena, void* at, void* scratch, int scratch_bytes, int threads, int segment, double* times${direct.map((k) => `, void* o${k}`).join('')})`,
    ) as Entry;
  const threads = threadCount();
  const scratchFns = prebuilt as unknown as Record<string, ((...ints: number[]) => number) | undefined>;
  const scratchBytes =
    (Math.max(
      0,
      ...flatSteps(plan.steps).map((s) =>
        s.kind === 'prebuilt' && s.scratch ? (scratchFns[s.scratch.fn]?.(...s.scratch.ints) ?? 0) : 0,
      ),
    ) +
      63) &
    ~63;
  const arena = new ArrayBuffer(Math.max(plan.arenaBytes, 64));
  const scratch = new ArrayBuffer(Math.max(scratchBytes * threads, 64));
  const order = planNodes(g);
  const outputs = g.outputs.length;
  const token = {};

  // Updated Variables stay resident: two layouts of the arena alternate (jit/arena-layouts.ts).
  const { offsets, alternate, swappedInputs, residentUpdates } = arenaLayouts(g, plan);
  const layouts = [0, 1].map((parity) => {
    const offset = offsets[parity];
    const at = BigInt64Array.from(offset, BigInt);
    const views = plan.buffers.map((b, id) => new ARRAY_CLASS[b.dtype](arena, offset[id], b.size));
    return { offset, at, views };
  });
  let parity = 0;
  for (const c of plan.constants) layouts[0].views[c.buffer].set(order[c.node].value!);

  // Top-level segment k is followed by the k-th step that needs JS: a JS kernel, or a control step
  // driven from here over the segments of its bodies (codegen.ts segmentsOf).
  const { top: segments, between } = segmentsOf(plan);
  /** The direct outputs of the call under way (every entry call passes them). */
  let current: TypedArray[] = [];
  const bytes = new Uint8Array(arena);
  const bind = (layout: (typeof layouts)[number], d: Drive): (() => void) => {
    const { offset, at, views } = layout;
    const copy = arenaCopy(() => bytes, offset);
    const all = (ds: readonly Drive[]) => {
      const fs = ds.map((x) => bind(layout, x));
      return () => {
        for (const f of fs) f();
      };
    };
    switch (d.kind) {
      case 'segment':
        return () => entry(arena, at, scratch, scratchBytes, threads, d.id, null, ...current);
      case 'kernel': {
        const run = runtimeKernelStep(order, d.step);
        return () => run(views);
      }
      case 'scan':
        return runControlStep(d.step, [all(d.body)], copy, (b) => views[b][0]);
      case 'cond':
        return runControlStep(d.step, d.branches.map(all), copy, (b) => views[b][0]);
      case 'while':
        return runControlStep(d.step, [all(d.cond), all(d.body)], copy, (b) => views[b][0]);
    }
  };
  const jsSteps = layouts.map((layout) => between.map((b) => bind(layout, b.drive)));

  const holds = new Map<number, TypedArray>();
  const checks = arenaChecks(plan);
  const copyIn = (layout: (typeof layouts)[number], ins: readonly TypedArray[], vars: readonly Variable[]) => {
    const firstVar = g.inputs.length - vars.length;
    plan.inputs.forEach((b, j) => {
      const v = j >= firstVar ? vars[j - firstVar] : undefined;
      if (v && swappedInputs.has(b)) {
        if (v._residence?.owner === token && v._residence.address === layout.offset[b]) return;
        layout.views[b].set(v.buf);
        nativeTierStats.copiesIn++;
        return;
      }
      const buf = v ? v.buf : ins[j];
      if (holds.get(layout.offset[b]) === buf) return;
      layout.views[b].set(buf);
      nativeTierStats.copiesIn++;
      holds.set(layout.offset[b], buf);
    });
  };
  // Outputs the library writes straight into fresh arrays of the call (codegen.ts directOutputs).
  const directBuffers = direct.map((k) => plan.buffers[plan.results[k]]);
  const freshOutputs = (): TypedArray[] => directBuffers.map((b) => new ARRAY_CLASS[b.dtype](b.size));
  const finish = (layout: (typeof layouts)[number], vars: readonly Variable[], fresh: TypedArray[]): TypedArray[] => {
    checks.raise(layout.views);
    const firstVar = g.inputs.length - vars.length;
    const out = plan.results.slice(0, outputs).map((b, k) => {
      const j = direct.indexOf(k);
      return j >= 0 ? fresh[j] : copyOut(layout.views[b]);
    });
    g.updates.forEach((u, i) => {
      const v = vars[u.input - firstVar];
      const result = plan.results[outputs + i];
      if (!residentUpdates.has(i)) {
        v._buf = copyOut(layout.views[result]);
        return;
      }
      const { dtype, size } = plan.buffers[result];
      v._reside(residence(token, arena, layout.offset[result], dtype, size));
    });
    if (alternate) parity ^= 1;
    return out;
  };
  /** Runs every step: the entry's segments, and the JS step after each but the last; `times` as the entry's. */
  const runSteps = (layout: (typeof layouts)[number], times: Float64Array | null, fresh: TypedArray[]) => {
    const js = jsSteps[layouts.indexOf(layout)];
    current = fresh;
    for (let k = 0; k < segments.length; k++) {
      if (segments[k].length > 0) entry(arena, layout.at, scratch, scratchBytes, threads, k, times, ...fresh);
      if (k < between.length) {
        const t0 = times ? performance.now() : 0;
        js[k]();
        if (times) times[between[k].step] += performance.now() - t0;
      }
    }
  };
  const run: CompiledFn = (ins, vars) => {
    const layout = layouts[parity];
    copyIn(layout, ins, vars);
    checks.reset(layout.views);
    const fresh = freshOutputs();
    runSteps(layout, null, fresh);
    return finish(layout, vars, fresh);
  };
  // f.profile(): the same call, the entry timing each of its steps.
  run.profiler = (): Profiler => ({
    steps: profiledSteps(plan, order),
    run(ins, vars) {
      const t0 = performance.now();
      const layout = layouts[parity];
      copyIn(layout, ins, vars);
      checks.reset(layout.views);
      const times = new Float64Array(plan.steps.length);
      const fresh = freshOutputs();
      const t1 = performance.now();
      runSteps(layout, times, fresh);
      const t2 = performance.now();
      const outs = finish(layout, vars, fresh);
      return { outs, stepMs: Array.from(times), copyInMs: t1 - t0, copyOutMs: performance.now() - t2 };
    },
  });
  return run;
}
