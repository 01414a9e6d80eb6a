// Runs WASM kernels on several cores: worker threads instantiate the same modules in the shared
// WebAssembly.Memory, each with a stack of its own, and take shares of a kernel's work on request.
// Tasks are handed over through a SharedArrayBuffer (Atomics.wait/notify), modules through a
// MessagePort drained synchronously, so a call splits its work without the event loop: it works
// inside a loop that never awaits. Every kernel is called as fn(...args, part, parts, scratch).

import os from 'node:os';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { threadsFromEnv } from '../env.js';
import { reserve, sharedMemory, STACK_BYTES, type LoadedModule } from './memory.js';
import { MODULE_IMPORTS_SOURCE, type ModuleLayout } from './module-imports.js';

/** Control words per worker: [task sequence, done sequence, ready, failed, started sequence, module, function, argc, ...args]. */
const SEQ = 0,
  DONE = 1,
  READY = 2,
  FAILED = 3,
  STARTED = 4,
  MODULE = 5,
  FN = 6,
  ARGC = 7,
  ARGS = 8;
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
const failed = new Map();
const moduleImports = ${MODULE_IMPORTS_SOURCE};
const stackPointer = new WebAssembly.Global({ value: 'i32', mutable: true }, stackTop);
// Every message waiting is read first: a module already unloaded is never instantiated, since its
// start function would initialise data in a region that may belong to another module by now.
function load() {
  const messages = [];
  for (let m; (m = receiveMessageOnPort(port)); ) messages.push(m.message);
  const unloaded = new Set(messages.filter((m) => !m.module).map((m) => m.id));
  for (const { id, module, names, layout } of messages) {
    if (!module || unloaded.has(id)) { modules.delete(id); failed.delete(id); continue; }
    try {
      const instance = new WebAssembly.Instance(module, moduleImports(module, memory, stackPointer, layout));
      modules.set(id, names.map((n) => instance.exports[n]));
    } catch (e) {
      failed.set(id, 'loading the module on a helper thread failed: ' + (e && e.message || e));
    }
  }
}
function kernel(id, index) {
  const fns = modules.get(id);
  if (!fns) throw new Error(failed.get(id) || 'module ' + id + ' was never loaded on this helper');
  return fns[index];
}
Atomics.store(ctl, ${READY}, 1);
let seen = 0;
for (;;) {
  // Spin briefly before sleeping: the steps of one call come back to back.
  for (let spin = 0; spin < 20000 && Atomics.load(ctl, ${SEQ}) === seen; spin++);
  Atomics.wait(ctl, ${SEQ}, seen);
  const seq = Atomics.load(ctl, ${SEQ});
  if (seq === seen) continue;
  // Claim the task; if the calling thread claimed it first (it gave up waiting and ran the share
  // itself), this helper has been retired: stop, never touching memory it may no longer own.
  if (Atomics.compareExchange(ctl, ${STARTED}, seen, seq) !== seen) break;
  seen = seq;
  try {
    load();
    const fn = kernel(ctl[${MODULE}], ctl[${FN}]);
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

/** A helper thread; `sent` are the modules posted to it (posted at its first task of each, so idle helpers hold none). */
interface Helper {
  worker: Worker;
  ctl: Int32Array;
  port: MessagePort;
  seq: number;
  dead: boolean;
  sent: Set<number>;
}

let helpers: Helper[] | undefined;
/** The helpers that have started and not died, once they are known to be (checked until all are). */
let ready: Helper[] = [];
/** Calls whose work was split over helper threads (tests check the path is taken). */
export const threadStats = { sharedCalls: 0 };
/** Modules helpers may run (undefined once unloaded). */
const modules: ({ module: WebAssembly.Module; names: string[]; layout: ModuleLayout } | undefined)[] = [];

/** Threads a kernel may use, the calling one included: TENSORJIT_THREADS, else the cores (at most 8). */
export function threadCount(): number {
  const env = threadsFromEnv();
  if (env !== undefined) return Math.min(env, 64);
  return Math.max(1, Math.min(os.availableParallelism(), 8));
}

function startHelpers(): Helper[] {
  const list: Helper[] = [];
  for (let i = 0; i < threadCount() - 1; i++) {
    const control = new SharedArrayBuffer(4 * (ARGS + MAX_ARGS));
    const channel = new MessageChannel();
    const stackTop = reserve(STACK_BYTES, "a helper thread's stack") + STACK_BYTES;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { control, port: channel.port2, memory: sharedMemory(), stackTop },
      transferList: [channel.port2],
    });
    worker.unref();
    channel.port1.unref();
    const helper: Helper = {
      worker,
      ctl: new Int32Array(control),
      port: channel.port1,
      seq: 0,
      dead: false,
      sent: new Set(),
    };
    // Seen when the event loop runs; a helper that dies inside a synchronous loop is caught by the pickup timeout.
    worker.on('exit', () => retire(helper));
    list.push(helper);
  }
  return list;
}

function retire(h: Helper): void {
  h.dead = true;
  ready = ready.filter((r) => r !== h);
}

/** Registers a loaded module whose functions `names` may run on helper threads; returns its id. */
export function shareModule(loaded: LoadedModule, names: string[]): number {
  const id = modules.length;
  const entry = { module: loaded.module, names, layout: loaded.layout };
  modules.push(entry);
  return id;
}

/** Forgets a module on every thread (it must never run again). */
export function unshareModule(id: number): void {
  modules[id] = undefined;
  for (const h of helpers ?? []) if (h.sent.delete(id)) h.port.postMessage({ id });
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
  if (threadCount() === 1 || work < minWork) return 1; // threadCount first: a bad TENSORJIT_THREADS throws at the first kernel
  return 1 + readyHelpers().length;
}

/** A function of a shared module: its module id and export index, and this thread's instance of it. */
export interface SharedFn {
  module: number;
  index: number;
  local: (...a: number[]) => unknown;
}

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
  if (args.length + 3 > MAX_ARGS)
    throw new Error(`internal: a shared kernel takes at most ${MAX_ARGS - 3} arguments, got ${args.length}`);
  if (used.length > 0) threadStats.sharedCalls++;
  used.forEach((h, p) => {
    const { ctl } = h;
    if (!h.sent.has(fn.module)) {
      h.port.postMessage({ id: fn.module, ...modules[fn.module] });
      h.sent.add(fn.module);
    }
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
  const helperFailures = used
    .map((h, p) => wait(h, () => fn.local(...args, p, parts, scratch + p * scratchBytes)))
    .filter((m) => m !== undefined);
  if (failure !== undefined) throw failure;
  if (helperFailures.length > 0) throw new Error(`a WASM kernel failed on a helper thread: ${helperFailures[0]}`);
}

/**
 * Waits until helper h has finished its task; its error message if the task threw. A helper that
 * has died, or has not picked the task up in time, is retired and `share` runs here instead: the
 * task is claimed first (the same compare-and-swap the helper does), so a late helper can never
 * start it afterwards and write into memory given to something else by then.
 */
function wait(h: Helper, share: () => void): string | undefined {
  const { ctl } = h;
  for (let spin = 0; spin < 1000 && Atomics.load(ctl, DONE) !== h.seq; spin++);
  const since = Date.now();
  const before = (h.seq - 1) | 0;
  for (let d; (d = Atomics.load(ctl, DONE)) !== h.seq;) {
    const late =
      Date.now() - since > PICKUP_TIMEOUT_MS && Atomics.compareExchange(ctl, STARTED, before, ~before) === before;
    if (h.dead || late) {
      retire(h);
      void h.worker.terminate();
      share();
      return undefined;
    }
    Atomics.wait(ctl, DONE, d, 100);
  }
  if (Atomics.load(ctl, FAILED) !== 1) return undefined;
  Atomics.store(ctl, FAILED, 0);
  return String(receiveMessageOnPort(h.port)?.message ?? 'unknown error');
}
