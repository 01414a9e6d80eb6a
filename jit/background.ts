// Background compilation with synchronous swap-in. Jobs go to worker threads in two lanes: one
// generates JS tiers (milliseconds), the other runs toolchains (emcc: a second or more), so a slow
// compile never holds up another function's JS tier. A worker signals each finished job through a
// SharedArrayBuffer counter; callers poll() at call time: one Atomics.load per lane, and when a
// counter moved, receiveMessageOnPort drains the results synchronously. Nothing here waits for
// the event loop, so a swap happens inside a loop that never awaits. A worker that exits is
// replaced and its pending jobs are given to the new one once, then failed: ready() always settles.
// At start-up the toolchain lane's worker waits for the JS lane's first result: on two cores,
// booting both workers beside a busy main thread delayed the first JS tier by a third; its jobs
// are held until then (sent at a later poll(), still counted as pending).

import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { backendOf, fallbackBackend } from './backends/registry.js';
import type { Artifact, CompileJob, Target } from './compile-job.js';

interface Result {
  id: number;
  ok: boolean;
  artifact?: Artifact;
  error?: string;
}
type Callback = (r: Result) => void;
interface Pending {
  job: CompileJob;
  onDone: Callback;
  tries: number;
}

/** How many times a job is given to a fresh worker after the one running it exited. */
const RESUBMITS = 1;
let nextId = 1;

class Lane {
  private worker: Worker | null = null;
  private results: MessagePort | null = null;
  private done: Int32Array | null = null;
  private seen = 0;
  readonly waiting = new Map<number, Pending>();
  /** Jobs taken while the lane may not start its worker yet, sent by release() once it may. */
  private held: Pending[] = [];

  /**
   * `preload`: the backends whose compile half the worker loads as it starts, before its first job;
   * `mayStart`: whether the worker may start now (else jobs are held).
   */
  constructor(
    readonly name: string,
    private readonly preload: () => Target[] = () => [],
    private readonly mayStart: () => boolean = () => true,
  ) {}

  /** Whether its worker is starting: given jobs and not yet delivered a result. */
  starting(): boolean {
    return this.worker !== null && this.seen === 0 && this.waiting.size > 0;
  }

  start(): void {
    if (this.worker) return;
    const shared = new SharedArrayBuffer(4);
    const done = new Int32Array(shared);
    const channel = new MessageChannel();
    const worker = startWorker({ done: shared, results: channel.port2, preload: this.preload() }, [channel.port2]);
    worker.unref();
    channel.port1.unref();
    Object.assign(this, { worker, results: channel.port1, done, seen: 0 });
    const lost = (why: string) => () => this.lost(worker, why);
    worker.on('error', (e) => lost(`it failed: ${e.message}`)());
    worker.on('exit', (code) => lost(`it exited with code ${code}`)());
  }

  submit(pending: Pending): void {
    this.waiting.set(pending.job.id, pending);
    if (!this.worker && !this.mayStart()) {
      this.held.push(pending);
      return;
    }
    this.start();
    this.worker!.postMessage(pending.job);
  }

  /** Sends the jobs held back, once the worker may start. */
  release(): void {
    if (this.held.length === 0 || !this.mayStart()) return;
    const held = this.held;
    this.held = [];
    this.start();
    for (const p of held) this.worker!.postMessage(p.job);
  }

  poll(): void {
    if (!this.done || Atomics.load(this.done, 0) === this.seen) return;
    for (let m; (m = receiveMessageOnPort(this.results!));) {
      this.seen++;
      const r = m.message as Result;
      const p = this.waiting.get(r.id);
      this.waiting.delete(r.id);
      p?.onDone(r);
    }
  }

  /** Ends the worker (tests: a worker that dies mid-compile). */
  terminate(): Promise<number> | undefined {
    return this.worker?.terminate();
  }

  /** The worker is gone: deliver what it finished, resubmit the rest once to a new one, fail them after that. */
  private lost(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.poll();
    this.worker = null;
    this.results = null;
    this.done = null;
    const orphans = [...this.waiting.values()];
    this.waiting.clear();
    for (const p of orphans) {
      if (p.tries < RESUBMITS) this.submit({ ...p, tries: p.tries + 1 });
      else
        p.onDone({
          id: p.job.id,
          ok: false,
          error: `the ${this.name} compile worker stopped while compiling (${why})`,
        });
    }
  }
}

const jsLane = new Lane('JS', () => [fallbackBackend().name]);
const lanes = { js: jsLane, toolchain: new Lane('toolchain', undefined, () => !jsLane.starting()) };
/** Backends whose compile runs a toolchain get the second lane, so they never hold up a JS tier. */
const laneFor = (target: CompileJob['target']) => (backendOf(target).slowCompile ? lanes.toolchain : lanes.js);

function startWorker(workerData: object, transferList: MessagePort[]): Worker {
  // Under tsx (tests, development) the sources are .ts and a worker does not inherit tsx's
  // loader, so a two-line bootstrap registers it before importing the worker; the built package
  // ships .js and starts the worker file directly.
  const here = new URL(import.meta.url);
  const options = { workerData, transferList };
  if (!here.pathname.endsWith('.ts')) return new Worker(new URL('./compile-worker.js', here), options);
  const entry = new URL('./compile-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

/** Starts the JS lane's worker ahead of the first job (it takes a few hundred ms to boot), so that job is not kept waiting. */
export function prestart(): void {
  lanes.js.start();
}

/** Queues a job; `onDone` runs from a later poll() (on the caller's thread, at a call boundary). */
export function submit(job: Omit<CompileJob, 'id'>, onDone: Callback): number {
  const id = nextId++;
  laneFor(job.target).submit({ job: { ...job, id }, onDone, tries: 0 });
  return id;
}

/** Delivers every finished job's result. Cheap when nothing finished: one atomic load per lane. */
export function poll(): void {
  lanes.js.poll();
  lanes.toolchain.release();
  lanes.toolchain.poll();
}

export function pending(): number {
  return lanes.js.waiting.size + lanes.toolchain.waiting.size;
}

/** Resolves once every job submitted so far has been delivered (polling between event-loop turns). */
export async function drained(): Promise<void> {
  while (pending() > 0) {
    poll();
    if (pending() === 0) break;
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Ends every compile worker as if it had crashed (tests). */
export async function terminateWorkersForTest(): Promise<void> {
  await Promise.all([lanes.js.terminate(), lanes.toolchain.terminate()]);
}
