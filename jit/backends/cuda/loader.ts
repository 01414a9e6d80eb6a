// Loads a compiled CUDA program: one device arena per compiled function (inputs, constants,
// intermediates, results and the prebuilt steps' scratch), allocated once and freed when the
// function and every value living in it are unreachable. A call queues its input copies, its
// launches and its results' copies to pinned host slots on the driver's one stream and returns
// without waiting: a result is filled when the host first reads it (results.ts). Inputs already
// in the arena are not copied again. Variables the function updates stay on the GPU between
// calls (two arena layouts alternate, jit/arena-layouts.ts) and are copied to the host only when
// read; another CUDA function reading one copies it on the device. A result passed into a CUDA
// function before its own function runs again is copied on the device too, unread. Control
// steps run from JS over their bodies' launches; a step left to a JS kernel copies its operands
// to the host and its result back.

import { createHash } from 'node:crypto';
import { ARRAY_CLASS, DTYPE_BYTES, type DType, type TypedArray } from '../../../runtime/dtype.js';
import { cublas } from '../../../runtime/cuda/cublas.js';
import { cudaGraphsEnabled } from '../../../runtime/env.js';
import { CudaDriver, CudaError, KernelArgs, type CudaModule, type DevicePtr } from '../../../runtime/cuda/driver.js';
import { settle } from '../../../runtime/deferred.js';
import type { Residence, Variable } from '../../../src/variable.js';
import { arenaLayouts, profiledSteps, runControlStep, runtimeKernelStep } from '../../arena-layouts.js';
import type { Graph } from '../../graph.js';
import { loopLaunch, REDUCE_BLOCK } from '../../render/c-cuda.js';
import {
  FLAG,
  flaggedError,
  flatSteps,
  innerSteps,
  isControlStep,
  planNodes,
  type Plan,
  type Step,
} from '../../schedule.js';
import type { CompiledFn, Profiler } from '../js/loader.js';
import type { CudaPayload } from './compile.js';
import { cudaOps, gemmAsLaunch, type CudaArg, type CudaLaunch, type CudaOp } from './launches.js';
import { ResultRing, type RingMemory } from './results.js';

/** The CUDA tier's counters (tests check copies skipped and memory given back). */
export const cudaTierStats = {
  copiesIn: 0,
  copiesOnDevice: 0,
  copiesOut: 0,
  launches: 0,
  graphLaunches: 0,
  arenas: 0,
  arenaBytes: 0,
};

const modules = new Map<string, CudaModule>();

/** A module image loaded once per process (the same image from another compile reuses it). */
function moduleFor(driver: CudaDriver, image: Uint8Array, what: string): CudaModule {
  const key = createHash('sha1').update(image).digest('hex');
  let m = modules.get(key);
  if (!m) {
    m = driver.loadModule(image, what);
    modules.set(key, m);
  }
  return m;
}

/**
 * Where a result array's values still are on the device: its function's arena, until that
 * function's next call. An input that is such an array is copied on the device, not from the host.
 * Keyed weakly by the array; the arena is reached weakly (through its token) so it is never kept.
 */
interface OnDevice {
  driver: CudaDriver;
  token: WeakRef<object>;
  address: DevicePtr;
  calls: { n: number };
  at: number;
}
const onDevice = new WeakMap<TypedArray, OnDevice>();

/** Arenas given back when their function and the values living in them are gone. */
const arenas = new FinalizationRegistry<{
  driver: CudaDriver;
  address: DevicePtr;
  bytes: number;
  graphs: unknown[];
  ring: RingMemory;
}>(({ driver, address, bytes, graphs, ring }) => {
  for (const g of graphs) driver.destroyGraph(g);
  for (const b of ring.blocks) driver.freeHost(b);
  for (const e of ring.events) driver.destroyEvent(e);
  driver.free(address);
  cudaTierStats.arenas--;
  cudaTierStats.arenaBytes -= bytes;
});

/**
 * A Variable's value living at `address` on the GPU; it keeps `owner` (the arena's token) alive.
 * Made here, not inside loadCuda, whose closures' shared context would keep the function alive.
 */
function residence(driver: CudaDriver, owner: object, address: DevicePtr, dtype: DType, size: number): Residence {
  return {
    owner,
    address,
    device: driver,
    read: () => {
      const out = new ARRAY_CLASS[dtype](size);
      driver.toHost(out, address);
      cudaTierStats.copiesOut++;
      return out;
    },
  };
}

/** The scratch every prebuilt step of the plan needs at once (they run one after another), and each step's operations. */
function expandPrebuilt(plan: Plan, multiprocessors: number) {
  const ops = new Map<Step, CudaOp[]>();
  let scratch = 0;
  const bytesOf = (b: number) => plan.buffers[b].size * DTYPE_BYTES[plan.buffers[b].dtype];
  for (const s of flatSteps(plan.steps))
    if (s.kind === 'prebuilt') {
      const e = cudaOps(s, bytesOf, multiprocessors);
      ops.set(s, e.ops);
      scratch = Math.max(scratch, e.scratchBytes);
    }
  return { ops, scratchBytes: (scratch + 255) & ~255 };
}

export function loadCuda(g: Graph, payload: CudaPayload): CompiledFn {
  const driver = CudaDriver.get();
  const { plan } = payload.program;
  const own = payload.image ? moduleFor(driver, payload.image, 'the generated CUDA kernels') : undefined;
  const pre = payload.prebuilt ? moduleFor(driver, payload.prebuilt, 'the prebuilt CUDA kernels') : undefined;
  const sms = driver.info.multiprocessors;
  const blas = plan.prebuilt ? cublas(driver.stream) : undefined;
  const { ops, scratchBytes } = expandPrebuilt(plan, sms);
  // Calls whose steps are all launches replay them as one CUDA graph: no host work between kernels.
  const graphable =
    driver.graphs &&
    cudaGraphsEnabled() &&
    flatSteps(plan.steps).every((s) => s.kind === 'loop' || s.kind === 'prebuilt');
  // Checking kernels (checkIndex, gather, scatter) record the first index out of range in a flag of their own, after the scratch.
  const checks = [...ops.values()].flat().filter((o): o is CudaLaunch => o.kind === 'launch' && !!o.check);
  const arenaBytes = ((plan.arenaBytes + 255) & ~255) + scratchBytes + FLAG.bytes * checks.length;
  const base = driver.alloc(arenaBytes, `the arena of a compiled function (${plan.kernels} kernels)`);
  const scratch = base + ((plan.arenaBytes + 255) & ~255);
  const flags = scratch + scratchBytes;
  const unflagged = Int32Array.from(checks.flatMap(() => FLAG.unflagged));
  driver.toDevice(flags, unflagged);
  // Owns the arena: the function holds it, and so does every value resident in the arena.
  const token = {};
  const graphs: unknown[] = [];
  const ringMemory: RingMemory = { blocks: [], events: [] };
  arenas.register(token, { driver, address: base, bytes: arenaBytes, graphs, ring: ringMemory });
  cudaTierStats.arenas++;
  cudaTierStats.arenaBytes += arenaBytes;
  const order = planNodes(g);
  const outputs = g.outputs.length;
  const { offsets, alternate, swappedInputs, residentUpdates } = arenaLayouts(g, plan);

  /** Host copies of buffers for steps left to JS kernels and for reading predicates. */
  const host: TypedArray[] = [];
  const hostOf = (b: number) => (host[b] ??= new ARRAY_CLASS[plan.buffers[b].dtype](plan.buffers[b].size));

  function bindSteps(address: number[]): (() => void)[] {
    const argsOf = (values: readonly CudaArg[], op?: CudaOp) => {
      const a = new KernelArgs(driver, values.length);
      values.forEach((v, i) => {
        if ('flag' in v) a.pointer(i, flags + FLAG.bytes * checks.indexOf(op as CudaLaunch));
        else if ('buffer' in v) a.pointer(i, address[v.buffer] + (v.offset ?? 0));
        else if ('scratch' in v) a.pointer(i, scratch + v.scratch);
        else if ('int' in v) a.int(i, v.int);
        else if ('f32' in v) a.f32(i, v.f32);
        else a.f64(i, v.f64);
      });
      return a;
    };
    const pointerOf = (v: CudaArg) =>
      'buffer' in v ? address[v.buffer] + (v.offset ?? 0) : scratch + (v as { scratch: number }).scratch;
    const launchOf = (op: CudaOp): (() => void) => {
      if (op.kind === 'gemm') {
        if (blas && !('error' in blas)) {
          const call = { ...op, a: pointerOf(op.a), b: pointerOf(op.b), c: pointerOf(op.c) };
          return () => blas.gemm(call);
        }
        return launchOf(gemmAsLaunch(op));
      }
      const fn = pre!.kernel(op.kernel);
      const args = argsOf(op.args, op);
      return () => {
        driver.launch(fn, op.grid, op.block, args, op.kernel);
        cudaTierStats.launches++;
      };
    };
    const bind = (s: Step): (() => void) => {
      if (s.kind === 'loop') {
        const fn = own!.kernel(s.fn);
        const args = argsOf(s.args.map((b) => ({ buffer: b })));
        // A fused reduction takes a block of REDUCE_BLOCK threads per output (grid-stride over outputs).
        const { grid, block } = s.reduce
          ? { grid: Math.max(1, Math.min(s.reduce.outer * s.reduce.inner, sms * 32)), block: REDUCE_BLOCK }
          : loopLaunch(plan.buffers[s.args[0]].size, sms);
        return () => {
          driver.launch(fn, [grid, 1, 1], [block, 1, 1], args, s.fn);
          cudaTierStats.launches++;
        };
      }
      if (s.kind === 'prebuilt') {
        const fs = ops.get(s)!.map(launchOf);
        return () => {
          for (const f of fs) f();
        };
      }
      if (isControlStep(s)) {
        const inner = innerSteps(s).map((steps) => {
          const fs = steps.map(bind);
          return () => {
            for (const f of fs) f();
          };
        });
        const copy = (c: { to: number; from: number; bytes: number; toRow?: boolean; fromRow?: boolean }, t: number) =>
          driver.copy(
            address[c.to] + (c.toRow ? t * c.bytes : 0),
            address[c.from] + (c.fromRow ? t * c.bytes : 0),
            c.bytes,
          );
        const first = (b: number) => {
          const v = hostOf(b);
          driver.toHost(v, address[b], DTYPE_BYTES[plan.buffers[b].dtype]);
          return Number(v[0]);
        };
        return runControlStep(s, inner, copy, first);
      }
      // A primitive without a CUDA kernel: its JS kernel on host copies of its operands.
      const run = runtimeKernelStep(order, s);
      hostOf(s.out);
      return () => {
        s.args.forEach((a, i) => driver.toHost(hostOf(a), address[a], undefined, i === s.args.length - 1));
        run(host);
        driver.toDevice(address[s.out], hostOf(s.out));
      };
    };
    return plan.steps.map(bind);
  }

  const layouts = [0, 1].map((parity) => {
    const address = offsets[parity].map((o) => base + o);
    // graph: the steps captured as a CUDA graph after the layout's first call; null where they cannot be.
    return { address, steps: bindSteps(address), graph: graphable ? undefined : (null as unknown) };
  });
  const what = `(a compiled function of ${plan.kernels} kernels)`;
  /** The layout's steps: one graph launch once captured, else each step (capturing them after the first run). */
  const runSteps = (layout: (typeof layouts)[number]) => {
    if (layout.graph) {
      driver.launchGraph(layout.graph, what);
      cudaTierStats.graphLaunches++;
      return;
    }
    for (const step of layout.steps) step();
    if (layout.graph !== undefined) return;
    try {
      layout.graph = driver.capture(() => {
        for (const step of layout.steps) step();
      }, what);
      graphs.push(layout.graph);
    } catch {
      layout.graph = null; // the driver could not capture them (cuBLAS's, say): they run step by step
    }
  };
  let parity = 0;
  for (const c of plan.constants) driver.toDevice(layouts[0].address[c.buffer], order[c.node].value!);

  // What each input buffer holds now (a tensor's buffer is never written after it is made, so
  // the same buffer object means the same values: no copy).
  const holds = new Map<number, TypedArray>();
  // Calls begun (after their copy-in): a result of call `at` is still in the arena while n === at.
  const calls = { n: 0 };
  const tokenRef = new WeakRef(token);
  const copyIn = (address: number[], ins: readonly TypedArray[], vars: readonly Variable[]) => {
    const firstVar = g.inputs.length - vars.length;
    plan.inputs.forEach((b, j) => {
      const v = j >= firstVar ? vars[j - firstVar] : undefined;
      if (v?._residence?.device === driver) {
        // On this GPU already: where this layout reads it (the last call left it there), or copied on the device.
        if (v._residence.owner === token && v._residence.address === address[b]) return;
        driver.copy(address[b], v._residence.address, plan.buffers[b].size * DTYPE_BYTES[plan.buffers[b].dtype]);
        cudaTierStats.copiesOnDevice++;
        holds.delete(address[b]);
        return;
      }
      if (v && swappedInputs.has(b)) {
        // Its buffer alternates with the update's: copied in from the host.
        driver.toDevice(address[b], v.buf);
        cudaTierStats.copiesIn++;
        return;
      }
      const buf = v ? v.buf : ins[j];
      if (holds.get(address[b]) === buf) return;
      const from = onDevice.get(buf);
      if (from && from.driver === driver && from.calls.n === from.at && from.token.deref()) {
        driver.copy(address[b], from.address, buf.byteLength);
        cudaTierStats.copiesOnDevice++;
      } else {
        settle(buf); // a result of another call, gone from its arena: its copy to the host first
        driver.toDevice(address[b], buf);
        cudaTierStats.copiesIn++;
      }
      holds.set(address[b], buf);
    });
  };
  /** Raises the first failed check's error (nothing has changed yet: Variables take their values after this). */
  const seen = new Int32Array(unflagged.length);
  const checkFlags = () => {
    driver.toHost(seen, flags);
    for (let k = 0; k < checks.length; k++) {
      const error = flaggedError(checks[k].check!.message, seen, 2 * k);
      if (!error) continue;
      driver.toDevice(flags, unflagged);
      throw error;
    }
  };
  // The results go to the host through a ring of pinned slots, filled when read; where pinned
  // memory cannot be had, they are copied out (and waited for) when the call returns.
  const resultBuffers = plan.results.slice(0, outputs);
  let ring: ResultRing | undefined =
    outputs > 0
      ? new ResultRing(
          driver,
          resultBuffers.map((b) => plan.buffers[b]),
          token,
          ringMemory,
        )
      : undefined;
  const deliver = (address: number[]): TypedArray[] => {
    const at = resultBuffers.map((b) => address[b]);
    if (ring)
      try {
        return ring.deliver(at);
      } catch (e) {
        if (!(e instanceof CudaError) || e.call !== 'cuMemAllocHost_v2') throw e;
        ring = undefined;
      }
    return resultBuffers.map((b, i) => {
      const o = new ARRAY_CLASS[plan.buffers[b].dtype](plan.buffers[b].size);
      driver.toHost(o, at[i], undefined, false);
      return o;
    });
  };
  const finish = (address: number[], vars: readonly Variable[]): TypedArray[] => {
    if (checks.length) checkFlags();
    const firstVar = g.inputs.length - vars.length;
    const out = deliver(address);
    out.forEach((o, i) => {
      cudaTierStats.copiesOut++;
      onDevice.set(o, { driver, token: tokenRef, address: address[resultBuffers[i]], calls, at: calls.n });
    });
    // The host waits only for what it reads now: results are filled when read, Variables stay here.
    const copiedOut = (outputs > 0 && !ring) || g.updates.some((_, i) => !residentUpdates.has(i));
    g.updates.forEach((u, i) => {
      const v = vars[u.input - firstVar];
      const b = plan.results[outputs + i];
      const { dtype, size } = plan.buffers[b];
      if (residentUpdates.has(i)) {
        v._reside(residence(driver, token, address[b], dtype, size));
        return;
      }
      const o = new ARRAY_CLASS[dtype](size);
      driver.toHost(o, address[b], undefined, false);
      cudaTierStats.copiesOut++;
      v._buf = o;
    });
    if (copiedOut) driver.synchronize();
    if (alternate) parity ^= 1;
    return out;
  };
  const run: CompiledFn = (ins, vars) => {
    const layout = layouts[parity];
    copyIn(layout.address, ins, vars);
    calls.n++;
    runSteps(layout);
    return finish(layout.address, vars);
  };
  run.device = driver;
  run.profiler = (): Profiler => ({
    steps: profiledSteps(plan, order),
    run(ins, vars) {
      const t0 = performance.now();
      const { address, steps } = layouts[parity];
      copyIn(address, ins, vars);
      calls.n++;
      driver.synchronize();
      const stepMs: number[] = [];
      let t = performance.now();
      const copyInMs = t - t0;
      for (const step of steps) {
        step();
        driver.synchronize();
        const t1 = performance.now();
        stepMs.push(t1 - t);
        t = t1;
      }
      const outs = finish(address, vars);
      outs.forEach(settle); // the copy-out's time includes filling the results
      return { outs, stepMs, copyInMs, copyOutMs: performance.now() - t };
    },
  });
  return run;
}
