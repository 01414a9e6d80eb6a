// One start-up measurement of bench/native.bench.ts in this fresh process, on the compile cache that
// TENSORJIT_CACHE_DIR names; prints one line '@@{json}'. Run through tsx:
//   node --import tsx bench/native-child.ts MODE
// Modes:
//   setup  builds the native kernel library into the cache, as `npm run setup` does (and the
//          compiler probe with it): { ms, cached }
//   first  the first call of the MLP training step (784-512-512-10, batch 128) jitted with
//          { hot: 0, async: false, backend: 'native' }, timed from the call to its return: trace,
//          rewrite, C generation, the compiler (on an empty cache) or the cache, loading, one run.
//          { ms, compilerMs, compilerRuns, cached, tier, secondMs, steadyMs }: compilerMs is the
//          time spent in compiler processes during the call (spawnSync, counted by a wrapper
//          installed before tensorjit is imported), secondMs the call after it, steadyMs the median
//          of the 5 calls after that.
//   trace  tj.explain(step) in a fresh process: tracing and rewriting the step (and counting its
//          JS kernels) without running it, the trace share of a first call. { ms }
import { createRequire, syncBuiltinESMExports } from 'node:module';

const mode = process.argv[2];
const out = (s: object) => console.log(`@@${JSON.stringify(s)}`);

// Time every compiler process: child_process.spawnSync wrapped before tensorjit binds it.
const cp = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
const spawnSync0 = cp.spawnSync;
const spawned = { ms: 0, runs: 0 };
cp.spawnSync = ((...args: Parameters<typeof spawnSync0>) => {
  const t = performance.now();
  try {
    return spawnSync0(...args);
  } finally {
    spawned.ms += performance.now() - t;
    spawned.runs++;
  }
}) as typeof spawnSync0;
syncBuiltinESMExports();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main(): Promise<void> {
  const tj = await import('../src/index.js');
  const { kernelLibrary } = await import('../jit/backends/native/kernel-library.js');
  if (mode === 'setup') {
    const t = performance.now();
    const { cached } = kernelLibrary();
    return out({ ms: performance.now() - t, cached, compilerMs: spawned.ms, compilerRuns: spawned.runs });
  }
  const { mlp } = await import('./workloads.js');
  tj.seed(0);
  const { step } = mlp();
  if (mode === 'trace') {
    const t = performance.now();
    tj.explain(step);
    return out({ ms: performance.now() - t });
  }
  if (mode !== 'first') throw new Error(`native-child: unknown mode ${mode} (setup, first or trace)`);
  const f = tj.jit(step, { hot: 0, async: false, backend: 'native' });
  const before = { ...spawned };
  const t = performance.now();
  f();
  const ms = performance.now() - t;
  const compilerMs = spawned.ms - before.ms,
    compilerRuns = spawned.runs - before.runs;
  const tier = f.stats.tier;
  const cached = f.lower().cached;
  const t2 = performance.now();
  f();
  const secondMs = performance.now() - t2;
  const steady: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    f();
    steady.push(performance.now() - s);
  }
  out({ ms, compilerMs, compilerRuns, cached, tier, secondMs, steadyMs: median(steady) });
}

// A child with helper threads would linger: it ends once it has printed.
await main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
