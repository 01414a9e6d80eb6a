// Background compilation with synchronous swap-in. Jobs go to one worker thread; it signals each
// finished job through a SharedArrayBuffer counter. Callers poll() at call time: one Atomics.load,
// and when the counter moved, receiveMessageOnPort drains the results synchronously. Nothing here
// waits for the event loop, so a swap happens inside a loop that never awaits.

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Artifact, CompileJob } from './compile-job.js';

interface Result { id: number; ok: boolean; artifact?: Artifact; error?: string }
type Callback = (r: Result) => void;

let worker: Worker | null = null;
let results: MessagePort | null = null;
let done: Int32Array | null = null;
let seen = 0;
let nextId = 1;
const waiting = new Map<number, Callback>();

function start(): void {
  const shared = new SharedArrayBuffer(4);
  done = new Int32Array(shared);
  const channel = new MessageChannel();
  results = channel.port1;
  // Under tsx (tests, development) the sources are .ts and a worker does not inherit tsx's
  // loader, so a two-line bootstrap registers it before importing the worker; the built package
  // ships .js and starts the worker file directly.
  const here = new URL(import.meta.url);
  const workerData = { done: shared, results: channel.port2 };
  const options = { workerData, transferList: [channel.port2] };
  if (here.pathname.endsWith('.ts')) {
    const entry = new URL('./compile-worker.ts', here).href;
    const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    worker = new Worker(bootstrap, { ...options, eval: true });
  } else {
    worker = new Worker(new URL('./compile-worker.js', here), options);
  }
  worker.unref();
  results.unref();
  worker.on('error', (e) => {
    // A dead worker fails every pending job; the next submit starts a fresh one.
    for (const [id, cb] of waiting) cb({ id, ok: false, error: `compile worker failed: ${e.message}` });
    waiting.clear();
    worker = null;
  });
}

/** Starts the worker ahead of the first job (it takes a few hundred ms to boot), so that job is not kept waiting. */
export function prestart(): void {
  if (!worker) start();
}

/** Queues a job; `onDone` runs from a later poll() (on the caller's thread, at a call boundary). */
export function submit(job: Omit<CompileJob, 'id'>, onDone: Callback): number {
  if (!worker) start();
  const id = nextId++;
  waiting.set(id, onDone);
  worker!.postMessage({ ...job, id });
  return id;
}

/** Delivers every finished job's result. Cheap when nothing finished: one atomic load. */
export function poll(): void {
  if (!done || Atomics.load(done, 0) === seen) return;
  for (;;) {
    const m = receiveMessageOnPort(results!);
    if (!m) break;
    seen++;
    const r = m.message as Result;
    const cb = waiting.get(r.id);
    waiting.delete(r.id);
    cb?.(r);
  }
}

export function pending(): number {
  return waiting.size;
}

/** Resolves once every job submitted so far has been delivered (polling between event-loop turns). */
export async function drained(): Promise<void> {
  while (waiting.size > 0) {
    poll();
    if (waiting.size === 0) break;
    await new Promise((r) => setTimeout(r, 2));
  }
}
