// Runs WASM kernels on several cores: worker threads instantiate the same modules in the shared
// WebAssembly.Memory, each with a stack of its own, and take shares of a kernel's work on request.
// Tasks are handed over through a SharedArrayBuffer (Atomics.wait/notify), modules through a
// MessagePort drained synchronously, so a call splits its work without the event loop: it works
// inside a loop that never awaits. Every kernel is called as fn(...args, part, parts, scratch).

import os from 'node:os';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { reserve, sharedMemory } from './memory.js';

/** Bytes of each worker's stack (kernels keep little on it). */
const STACK_BYTES = 1 << 20;
/** Control words per worker: [task sequence, done sequence, ready, failed, started sequence, module, function, argc, ...args]. */
const SEQ = 0, DONE = 1, READY = 2, FAILED = 3, STARTED = 4, MODULE = 5, FN = 6, ARGC = 7, ARGS = 8;
/** A helper that has not picked a task up after this long is taken for dead: this thread does its share. */
const PICKUP_TIMEOUT_MS = 2000;
const MAX_ARGS = 64;

// The worker: a plain CommonJS script, so it needs no loader whether the package runs from its
// TypeScript sources or from dist/.
const WORKER_SOURCE = `
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const { control, port, memory, stackTop } = workerData;
const ctl = new Int32Array(control);
const modules = new Map();
function load() {
  for (let m; (m = receiveMessageOnPort(port)); ) {
    const { id, module, names } = m.message;
    const imports = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      const ns = (imports[imp.module] ??= {});
      ns[imp.name] = imp.kind === 'memory' ? memory : () => 0;
    }
    const ex = new WebAssembly.Instance(module, imports).exports;
    if (ex._initialize) ex._initialize();
    (ex.stackRestore ?? ex._emscripten_stack_restore)(stackTop); // shareModule checked it is there
    modules.set(id, names.map((n) => ex[n]));
  }
}
Atomics.store(ctl, ${READY}, 1);
let seen = 0;
for (;;) {
  // Spin briefly before sleeping: the steps of one call come back to back.
  for (let spin = 0; spin < 20000 && Atomics.load(ctl, ${SEQ}) === seen; spin++);
  Atomics.wait(ctl, ${SEQ}, seen);
  const seq = Atomics.load(ctl, ${SEQ});
  if (seq === seen) continue;
  seen = seq;
  Atomics.store(ctl, ${STARTED}, seq);
  try {
    load();
    const fn = modules.get(ctl[${MODULE}])[ctl[${FN}]];
    const args = [];
    for (let i = 0; i < ctl[${ARGC}]; i++) args.push(ctl[${ARGS} + i]);
    fn(...args);
  } catch (e) {
    Atomics.store(ctl, ${FAILED}, 1);
    port.postMessage(String(e && e.stack || e));
  }
  Atomics.store(ctl, ${DONE}, seq);
  Atomics.notify(ctl, ${DONE});
}
`;

interface Helper { worker: Worker; ctl: Int32Array; port: MessagePort; seq: number; dead: boolean }

let helpers: Helper[] | undefined;
/** The helpers that have started and not died, once they are known to be (checked until all are). */
let ready: Helper[] = [];
/** Calls whose work was split over helper threads (tests check the path is taken). */
export const threadStats = { sharedCalls: 0 };
/** Modules helpers may run (undefined where a module cannot run on a helper). */
const modules: ({ module: WebAssembly.Module; names: string[] } | undefined)[] = [];

/** Threads a kernel may use, the calling one included: TENSORJIT_THREADS, else the cores (at most 8). */
export function threadCount(): number {
  const env = Number(process.env.TENSORJIT_THREADS);
  if (Number.isInteger(env) && env >= 1) return Math.min(env, 64);
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

function startHelpers(): Helper[] {
  const list: Helper[] = [];
  for (let i = 0; i < threadCount() - 1; i++) {
    const control = new SharedArrayBuffer(4 * (ARGS + MAX_ARGS));
    const channel = new MessageChannel();
    const stackTop = (reserve(STACK_BYTES) + STACK_BYTES) & ~15;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { control, port: channel.port2, memory: sharedMemory(), stackTop },
      transferList: [channel.port2],
    });
    worker.unref();
    channel.port1.unref();
    const helper: Helper = { worker, ctl: new Int32Array(control), port: channel.port1, seq: 0, dead: false };
    // Seen when the event loop runs; a helper that dies inside a synchronous loop is caught by the pickup timeout.
    worker.on('exit', () => retire(helper));
    modules.forEach((m, id) => { if (m) channel.port1.postMessage({ id, module: m.module, names: m.names }); });
    list.push(helper);
  }
  return list;
}

function retire(h: Helper): void {
  h.dead = true;
  ready = ready.filter((r) => r !== h);
}

/**
 * Registers a module whose functions `names` may run on helper threads; returns its id. A module
 * without a way to give each thread its own stack (an emcc whose exports we do not know) runs on
 * this thread only.
 */
export function shareModule(module: WebAssembly.Module, names: string[]): number {
  const id = modules.length;
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const entry = exported.has('stackRestore') || exported.has('_emscripten_stack_restore') ? { module, names } : undefined;
  modules.push(entry);
  if (entry) for (const h of helpers ?? []) h.port.postMessage({ id, module, names });
  return id;
}

/** Helper threads ready to take work now (starting them on first use; never waits for them). */
function readyHelpers(): Helper[] {
  helpers ??= startHelpers();
  if (ready.length < helpers.length) ready = helpers.filter((h) => !h.dead && Atomics.load(h.ctl, READY) === 1);
  return ready;
}

/** How many helper threads can take work now (starting them if they are not yet). */
export function helpersReady(): number {
  return readyHelpers().length;
}

/**
 * Kernels estimated to take less than this many nanoseconds on one thread run on one thread:
 * waking a helper and waiting for it costs tens of microseconds.
 */
export const MIN_SHARED_WORK = 60_000;

/** How many shares a kernel estimated at `work` ns on one thread should be cut into here and now. */
export function sharesFor(work: number, minWork: number): number {
  if (work < minWork || threadCount() === 1) return 1;
  return 1 + readyHelpers().length;
}

/** A function of a shared module: its module id and export index, and this thread's instance of it. */
export interface SharedFn { module: number; index: number; local: (...a: number[]) => unknown }

/**
 * Runs fn(...args, part, parts, scratch + part * scratchBytes) for every part of `parts`: parts
 * 0..parts-2 on helper threads, the last on this one, and returns when all are done.
 */
export function runShared(fn: SharedFn, args: readonly number[], parts: number, scratch = 0, scratchBytes = 0): void {
  const used = parts > 1 && modules[fn.module] ? readyHelpers().slice(0, parts - 1) : [];
  if (used.length < parts - 1) {
    // Fewer helpers ready than asked for: this thread does every share itself.
    for (let p = 0; p < parts; p++) fn.local(...args, p, parts, scratch + p * scratchBytes);
    return;
  }
  if (args.length + 3 > MAX_ARGS) throw new Error(`internal: a shared kernel takes at most ${MAX_ARGS - 3} arguments, got ${args.length}`);
  if (used.length > 0) threadStats.sharedCalls++;
  used.forEach((h, p) => {
    const { ctl } = h;
    ctl[MODULE] = fn.module;
    ctl[FN] = fn.index;
    ctl[ARGC] = args.length + 3;
    for (let i = 0; i < args.length; i++) ctl[ARGS + i] = args[i];
    ctl[ARGS + args.length] = p;
    ctl[ARGS + args.length + 1] = parts;
    ctl[ARGS + args.length + 2] = scratch + p * scratchBytes;
    h.seq = (h.seq + 1) | 0; // the control words are int32: wrap as they do
    Atomics.store(ctl, SEQ, h.seq);
    Atomics.notify(ctl, SEQ);
  });
  // Every helper is waited for even when this thread's share throws, so none is left mid-task.
  let failure: unknown;
  try {
    fn.local(...args, parts - 1, parts, scratch + (parts - 1) * scratchBytes);
  } catch (e) {
    failure = e;
  }
  const helperFailures = used.map((h, p) => wait(h, () => fn.local(...args, p, parts, scratch + p * scratchBytes))).filter((m) => m !== undefined);
  if (failure !== undefined) throw failure;
  if (helperFailures.length > 0) throw new Error(`a WASM kernel failed on a helper thread: ${helperFailures[0]}`);
}

/**
 * Waits until helper h has finished its task; its error message if the task threw. A helper that
 * does not pick the task up in time is retired and `share` runs here instead (should it start
 * late after all, it writes the same values).
 */
function wait(h: Helper, share: () => void): string | undefined {
  const { ctl } = h;
  for (let spin = 0; spin < 1000 && Atomics.load(ctl, DONE) !== h.seq; spin++);
  const since = Date.now();
  for (let d; (d = Atomics.load(ctl, DONE)) !== h.seq; ) {
    if (Atomics.load(ctl, STARTED) !== h.seq && (h.dead || Date.now() - since > PICKUP_TIMEOUT_MS)) {
      retire(h);
      share();
      return undefined;
    }
    Atomics.wait(ctl, DONE, d, 100);
  }
  if (Atomics.load(ctl, FAILED) !== 1) return undefined;
  Atomics.store(ctl, FAILED, 0);
  return String(receiveMessageOnPort(h.port)?.message ?? 'unknown error');
}
