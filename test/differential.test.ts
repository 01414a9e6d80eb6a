// Differential testing (issue #11): random small programs (elementwise unary/binary ops with
// broadcasting and JS numbers, reductions with axes and keepdims, matmul incl. batched and vector
// operands, reshape/transpose/slice/concat/stack/split/broadcastTo/pad/expandDims/squeeze/flip/
// tile/take, where, comparisons, clip, astype, softmax; float32, float64, int32 and bool; dims of
// size 0 and 1), generated with fast-check (test/differential/program.ts), run eagerly and through
// tj.jit(fn, { hot: 0, async: false, backend }) on the JS tier and, where tj.backends() says they
// are available, the WASM and native tiers, and compared (test/differential/check.ts): same shapes
// and dtypes, int32/bool exactly, floats within a tolerance (NaN matches NaN).
//
// Environment:
//   TENSORJIT_DIFF_RUNS=N       programs on the JS tier (default 400)
//   TENSORJIT_DIFF_WASM_RUNS=N  programs on the WASM tier (default 60; RUNS/5 when RUNS is
//                               set), compiled 20 to a jitted function so one emcc run covers 20
//   TENSORJIT_DIFF_NATIVE_RUNS=N  programs on the native tier (default 60; RUNS/5 when RUNS is
//                               set), 20 to a compiled library
//   TENSORJIT_DIFF_SEED=S       fast-check seed (default 11; the WASM programs use S + 1, the
//                               native ones S + 2)
//   TENSORJIT_DIFF_PATH=P       with the seed, replays one counterexample (fast-check's path)
//   TENSORJIT_DIFF_AVOID=a,b    bug hunting: stop generating known bugs (bool-square: mul(x, x) of
//                               bool; pow-half: pow(x, ±0.5)) so that others show up
// A failure prints the shrunk program (op list with shapes and dtypes, input values, and the same
// program as TypeScript), the seed and the path; rerun with both set to replay it:
//   TENSORJIT_DIFF_SEED=S TENSORJIT_DIFF_PATH=P node test/run.mjs differential
import fc from 'fast-check';
import { test } from 'uvu';
import * as tj from '../src/index.js';
import { checkBatch, checkProgram, describe, type Backend } from './differential/check.js';
import { programArb, type Program } from './differential/program.js';
import { freshCacheDir } from './fresh-cache.js';

const envInt = (name: string, dflt: number): number => {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return n;
};
const RUNS = envInt('TENSORJIT_DIFF_RUNS', 400);
const WASM_RUNS = envInt('TENSORJIT_DIFF_WASM_RUNS', process.env.TENSORJIT_DIFF_RUNS ? Math.ceil(RUNS / 5) : 60);
const NATIVE_RUNS = envInt('TENSORJIT_DIFF_NATIVE_RUNS', process.env.TENSORJIT_DIFF_RUNS ? Math.ceil(RUNS / 5) : 60);
const SEED = envInt('TENSORJIT_DIFF_SEED', 11);
const PATH = process.env.TENSORJIT_DIFF_PATH || undefined;
const BATCH = 20;

const available = (name: Backend) => tj.backends().some((b) => b.name === name && b.available);
const wasmAvailable = available('wasm');
const nativeAvailable = available('native');
/** The seed of each tier's programs (one fast-check seed S: S for JS, S + 1 for WASM, S + 2 for native). */
const SEED_OFFSET: Record<Backend, number> = { js: 0, wasm: 1, native: 2 };

/** The property for one program on one backend: throws with the program printed when they differ. */
const property = (backend: Backend) =>
  fc.property(programArb(), (p: Program) => {
    const why = checkProgram(p, backend);
    if (why !== undefined) throw new Error(`${backend} tier differs from eager: ${why}\n${describe(p)}`);
  });

const replayHint = (seed: number) =>
  `replay: TENSORJIT_DIFF_SEED=${seed} TENSORJIT_DIFF_PATH=<path above> node test/run.mjs differential`;

function assertProperty(backend: Backend, seed: number, numRuns: number, path?: string): void {
  try {
    fc.assert(property(backend), { seed, numRuns, path, includeErrorInReport: true, interruptAfterTimeLimit: 240_000 });
  } catch (e) {
    const offset = SEED_OFFSET[backend];
    (e as Error).message +=
      `\n${replayHint(seed)}${offset ? ` (the ${backend} programs use seed S + ${offset}: pass that as the seed)` : ''}`;
    throw e;
  }
}

test(`js tier: ${RUNS} random programs match eager`, () => {
  if (PATH !== undefined) return; // a replay runs in the test below
  assertProperty('js', SEED, RUNS);
});

/** `runs` programs of seed S + offset on a compiled tier, BATCH to a compile; a differing one is replayed alone and shrunk. */
function batched(backend: Backend, runs: number): void {
  const seed = SEED + SEED_OFFSET[backend];
  const programs = fc.sample(programArb(), { seed, numRuns: runs });
  for (let start = 0; start < programs.length; start += BATCH) {
    const results = checkBatch(programs.slice(start, start + BATCH), backend);
    const bad = results.findIndex((r) => r !== undefined);
    if (bad < 0) continue;
    const index = start + bad;
    // Replay that program alone (its own compile) and let fast-check shrink it.
    assertProperty(backend, seed, runs, String(index));
    throw new Error(
      `${backend} tier differs from eager for program ${index} of a batch of ${BATCH} (alone it agrees): ${results[bad]}\n${describe(programs[index])}\nseed ${seed}`,
    );
  }
}

/** Runs fn with TENSORJIT_CACHE_DIR set to a fresh temporary directory, then puts it back. */
function withTempCache(fn: () => void): void {
  const was = process.env.TENSORJIT_CACHE_DIR;
  process.env.TENSORJIT_CACHE_DIR = freshCacheDir('tj-diff-cache-');
  try {
    fn();
  } finally {
    if (was === undefined) delete process.env.TENSORJIT_CACHE_DIR;
    else process.env.TENSORJIT_CACHE_DIR = was;
  }
}

test(`wasm tier: ${WASM_RUNS} random programs match eager (${BATCH} to a compile)`, () => {
  if (PATH !== undefined) return;
  if (!wasmAvailable) {
    console.log(`  skipped (wasm differential): ${tj.backends().find((b) => b.name === 'wasm')?.reason}`);
    return;
  }
  batched('wasm', WASM_RUNS);
});

test(`native tier: ${NATIVE_RUNS} random programs match eager (${BATCH} to a compile)`, () => {
  if (PATH !== undefined) return;
  if (!nativeAvailable) {
    console.log(`  skipped (native differential): ${tj.backends().find((b) => b.name === 'native')?.reason}`);
    return;
  }
  withTempCache(() => batched('native', NATIVE_RUNS));
});

test('replay of TENSORJIT_DIFF_SEED / TENSORJIT_DIFF_PATH', () => {
  if (PATH === undefined) return;
  assertProperty('js', SEED, Math.max(RUNS, Number(PATH.split(':')[0]) + 1), PATH);
  if (wasmAvailable) assertProperty('wasm', SEED, Math.max(RUNS, Number(PATH.split(':')[0]) + 1), PATH);
  if (nativeAvailable)
    withTempCache(() => assertProperty('native', SEED, Math.max(RUNS, Number(PATH.split(':')[0]) + 1), PATH));
});

test.run();
