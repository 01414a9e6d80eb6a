// The compile worker thread: takes compile jobs, produces artifacts, posts them on the result
// port and bumps a shared counter, so a synchronous loop on the main thread can notice and load
// them without ever yielding to the event loop.

import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { compileArtifact, type CompileJob } from './compile-job.js';

const done = new Int32Array(workerData.done as SharedArrayBuffer);
const results = workerData.results as MessagePort;

parentPort!.on('message', (job: CompileJob) => {
  let message;
  try {
    message = { id: job.id, ok: true, artifact: compileArtifact(job) };
  } catch (e) {
    message = { id: job.id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  results.postMessage(message);
  Atomics.add(done, 0, 1);
  Atomics.notify(done, 0);
});
