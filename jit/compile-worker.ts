// The compile worker thread: takes compile jobs, produces artifacts, posts them on the result
// port and bumps a shared counter, so a synchronous loop on the main thread can notice and load
// them without ever yielding to the event loop.
//
// It loads only what compiling needs, when a job first needs it: each backend's compile half
// (jit/backends/<name>/compile.ts: renderer and toolchain, no loader, no WASM memory), so the JS
// lane never loads the C renderers or emcc's driver. A backend without a compile.ts is taken
// whole from the registry.

import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { compileArtifact, jobTargets, type CompileJob, type Compiler, type Target } from './compile-job.js';

const done = new Int32Array(workerData.done as SharedArrayBuffer);
const results = workerData.results as MessagePort;

const compilers = new Map<Target, Promise<Compiler>>();
function compilerFor(target: Target): Promise<Compiler> {
  let c = compilers.get(target);
  if (!c) {
    c = import(`./backends/${target}/compile.js`).then(
      (m: { compiler: Compiler }) => m.compiler,
      async (e: unknown) => {
        if ((e as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw e;
        return (await import('./backends/registry.js')).backendOf(target);
      },
    );
    compilers.set(target, c);
  }
  return c;
}

/** Loads the compilers a job may use (a failed compile hands the job to the next one). */
async function compilersOf(job: CompileJob): Promise<Map<Target, Compiler>> {
  const loaded = new Map<Target, Compiler>();
  for (const target of jobTargets(job)) loaded.set(target, await compilerFor(target));
  return loaded;
}

async function run(job: CompileJob): Promise<void> {
  let message;
  try {
    const loaded = await compilersOf(job);
    message = { id: job.id, ok: true, artifact: compileArtifact(job, (t) => loaded.get(t)!) };
  } catch (e) {
    message = { id: job.id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  results.postMessage(message);
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
}

// A lane's worker starts before its first job arrives: it loads the compilers it is told it will need meanwhile.
for (const target of (workerData.preload ?? []) as Target[]) compilerFor(target).catch(() => undefined);

parentPort!.on('message', (job: CompileJob) => void run(job));
