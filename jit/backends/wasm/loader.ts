// Loads a compiled WASM program: every module shares one WebAssembly.Memory; each compiled
// function owns an arena in it (inputs, constants, intermediates, results), allocated once, so a
// call allocates nothing in the WASM heap and memory stays bounded in any loop. The arena, the
// scratch and the module's static data are given back when the function is unreachable or
// evicted (runtime/wasm/holdings.ts). Views, copying out, residence and eviction: memory.ts.
// Control steps (scan, cond, while) run here as JS loops and branches over their bodies' steps,
// whose buffers sit in the same arena (rows and carries copied within WASM memory).

import type { TypedArray } from '../../../runtime/dtype.js';
import { allocateFor, hold } from '../../../runtime/wasm/holdings.js';
import type { LoadedModule } from '../../../runtime/wasm/memory.js';
import { instantiate, release, reserve, sharedMemory, unload } from '../../../runtime/wasm/memory.js';
import { prebuiltKernels, prebuiltShared } from '../../../runtime/wasm/prebuilt.js';
import { MIN_SHARED_WORK, runShared, shareModule, sharesFor, threadCount } from '../../../runtime/wasm/threads.js';
import type { WasmProgram } from './codegen.js';
import {
  arenaChecks,
  arenaCopy,
  arenaLayouts,
  profiledSteps,
  runControlStep,
  runtimeKernelStep,
} from '../../arena-layouts.js';
import type { Graph } from '../../graph.js';
import { flatSteps, innerSteps, isControlStep, planNodes, type Step } from '../../schedule.js';
import type { Variable } from '../../../src/variable.js';
import type { CompiledFn, Profiler } from '../js/loader.js';
import { copyOut, evictThrough, residence, VIEW, wasmTierStats } from './memory.js';

export { wasmTierStats } from './memory.js';

export function loadWasm(g: Graph, program: WasmProgram, bytes: Uint8Array, prebuiltBytes?: Uint8Array): CompiledFn {
  const { plan } = program;
  const prebuilt = plan.prebuilt ? prebuiltKernels(prebuiltBytes) : undefined;
  // One scratch region per thread serves every prebuilt step of this function (they run one after another).
  const scratchBytes = prebuilt
    ? (Math.max(
        0,
        ...flatSteps(plan.steps).map((s) =>
          s.kind === 'prebuilt' && s.scratch ? prebuilt[s.scratch.fn](...s.scratch.ints) : 0,
        ),
      ) +
        63) &
      ~63
    : 0;
  // Scratch for as many shares as threads now; a step never takes more shares than that.
  const maxShares = threadCount();
  // Small steps skip the thread bookkeeping altogether (threadCount() above checked TENSORJIT_THREADS).
  const shares = (work: number) => (work < MIN_SHARED_WORK ? 1 : Math.min(maxShares, sharesFor(work, MIN_SHARED_WORK)));
  const [base, scratch] = allocateFor(
    [plan.arenaBytes, scratchBytes * maxShares],
    'loading a compiled function into WASM memory',
    (n) => reserve(n, "a compiled function's arena"),
  );
  let loaded: LoadedModule | undefined, moduleId: number;
  try {
    loaded = instantiate(bytes);
    moduleId = shareModule(loaded, plan.exports);
  } catch (e) {
    for (const a of [base, scratch]) if (a) release(a);
    if (loaded) unload(loaded.layout);
    throw e;
  }
  const exportsOf = loaded.exports;
  const order = planNodes(g);
  const outputs = g.outputs.length;

  // Updated Variables stay resident: two layouts of the arena alternate (jit/arena-layouts.ts).
  const { offsets, alternate, swappedInputs, residentUpdates } = arenaLayouts(g, plan);
  const layouts = [0, 1].map((parity) => {
    const address = offsets[parity].map((o) => base + o);
    return { address, ...bindSteps(address) };
  });
  let parity = 0;

  function bindSteps(address: number[]) {
    let viewsFor: ArrayBuffer | null = null;
    let views: TypedArray[] = [];
    let bytes = new Uint8Array(0);
    const refresh = () => {
      const buf = sharedMemory().buffer;
      if (buf !== viewsFor) {
        views = plan.buffers.map((b, id) => new VIEW[b.dtype](buf, address[id], b.size));
        bytes = new Uint8Array(buf);
        viewsFor = buf;
      }
      return views;
    };
    const copy = arenaCopy(() => bytes, address);
    const bind = (s: Step): (() => void) => {
      if (s.kind === 'prebuilt') {
        const fn = prebuiltShared(s.fn, prebuiltBytes);
        const args = [...s.args.map((a) => address[a]), ...s.ints];
        const n = s.ints[3];
        return () => {
          runShared(fn, args, shares(s.work), scratch, scratchBytes);
          if (s.bias !== undefined) {
            // linear: the bias joins row by row (the same roundings as matmul, then add).
            const out = views[s.out],
              bias = views[s.bias];
            for (let r = 0; r < out.length; r += n) for (let j = 0; j < n; j++) out[r + j] += bias[j];
          }
        };
      }
      if (s.kind === 'loop') {
        const fn = { module: moduleId, index: plan.exports.indexOf(s.fn), local: exportsOf[s.fn] };
        const args = s.args.map((a) => address[a]);
        return () => runShared(fn, args, shares(s.work));
      }
      // Control ops: their loops and branches run here, over their bodies' steps, in the same arena.
      if (isControlStep(s)) {
        const inner = innerSteps(s).map((steps) => {
          const fs = steps.map(bind);
          return () => {
            for (const f of fs) f();
          };
        });
        return runControlStep(s, inner, copy, (b) => views[b][0]);
      }
      // Other primitives run their JS kernels on views of the arena.
      const run = runtimeKernelStep(order, s);
      return () => run(views);
    };
    return { refresh, steps: plan.steps.map(bind) };
  }

  // Constants sit at the same addresses in both layouts.
  const views0 = layouts[0].refresh();
  for (const c of plan.constants) views0[c.buffer].set(order[c.node].value!);

  // What each input buffer holds now (a tensor's buffer is never written after it is made, so
  // the same buffer object means the same values: no copy).
  const holds = new Map<number, TypedArray>();
  const checks = arenaChecks(plan);
  // A compiled function always gets the same Variables in the same slots (signatures key
  // Variables by identity, methods have a cache per instance), so a value held here is only ever
  // overwritten by the update of that same Variable.

  // The Variables resident in this arena, held weakly: eviction copies them out even after the
  // function itself is gone, without keeping them or the function alive.
  const residents: (WeakRef<Variable> | undefined)[] = [];
  /** Copies the inputs that changed (and Variables not resident where this layout reads them) into the arena. */
  const copyIn = (
    layout: (typeof layouts)[number],
    views: TypedArray[],
    ins: readonly TypedArray[],
    vars: readonly Variable[],
  ) => {
    const firstVar = g.inputs.length - vars.length;
    plan.inputs.forEach((b, j) => {
      const v = j >= firstVar ? vars[j - firstVar] : undefined;
      if (v && swappedInputs.has(b)) {
        if (v._residence?.owner === holding.token && v._residence.address === layout.address[b]) return;
        views[b].set(v.buf);
        wasmTierStats.copiesIn++;
        return;
      }
      const buf = v ? v.buf : ins[j];
      if (holds.get(layout.address[b]) === buf) return;
      views[b].set(buf);
      wasmTierStats.copiesIn++;
      holds.set(layout.address[b], buf);
    });
  };
  /** Copies the outputs out, updates the Variables (resident ones stay in the arena) and flips the layout. */
  const finish = (layout: (typeof layouts)[number], views: TypedArray[], vars: readonly Variable[]): TypedArray[] => {
    checks.raise(views);
    const firstVar = g.inputs.length - vars.length;
    const out = plan.results.slice(0, outputs).map((b) => copyOut(views[b]));
    g.updates.forEach((u, i) => {
      const v = vars[u.input - firstVar];
      const result = plan.results[outputs + i];
      if (!residentUpdates.has(i)) {
        v._buf = copyOut(views[result]);
        return;
      }
      const { dtype, size } = plan.buffers[result];
      v._reside(residence(holding.token, layout.address[result], dtype, size));
      if (residents[i]?.deref() !== v) residents[i] = new WeakRef(v);
    });
    if (alternate) parity ^= 1;
    return out;
  };
  const enter = () => {
    if (holding.released) throw new Error('internal: a compiled function ran after its WASM memory was given back');
    holding.touch();
  };
  const run: CompiledFn = (ins, vars) => {
    enter();
    const layout = layouts[parity];
    const views = layout.refresh();
    copyIn(layout, views, ins, vars);
    checks.reset(views);
    for (const step of layout.steps) step();
    return finish(layout, views, vars);
  };
  // f.profile(): the same call, each step (and the copies) timed; built only when asked for.
  run.profiler = (): Profiler => ({
    steps: profiledSteps(plan, order),
    run(ins, vars) {
      enter();
      const t0 = performance.now();
      const layout = layouts[parity];
      const views = layout.refresh();
      copyIn(layout, views, ins, vars);
      checks.reset(views);
      const stepMs: number[] = [];
      let t = performance.now();
      const copyInMs = t - t0;
      for (const step of layout.steps) {
        step();
        const t1 = performance.now();
        stepMs.push(t1 - t);
        t = t1;
      }
      const outs = finish(layout, views, vars);
      return { outs, stepMs, copyInMs, copyOutMs: performance.now() - t };
    },
  });
  const holding = hold(
    [base, scratch],
    plan.arenaBytes + scratchBytes * maxShares,
    { loaded, id: moduleId },
    evictThrough(new WeakRef(run), residents),
  );
  return run;
}
