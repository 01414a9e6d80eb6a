// The native tier (issue #13) against its goals, in one process on one machine, as ratios:
//   - tanh(exp(x)) on 1M float32, jitted: native against the WASM tier, jax-js's jit and numpy's
//     unfused np.tanh(np.exp(x)) (the workload chain of bench/workloads.ts alongside);
//   - eager matmul 1024² float32 (native kernel library + OpenBLAS) against numpy's a @ b, and
//     256² against jax-js's jit;
//   - the logistic-regression, MLP and convnet SGD steps of bench/workloads.ts jitted on native,
//     on WASM, and in jax-js (bench/peers/jaxjs.ts: the same model, data and parameters);
//   - the cold compile of the MLP step (an empty compile cache but for the kernel library that the
//     setup step builds) and its first call in a second process on the warm cache, each in fresh
//     processes (bench/native-child.ts);
// then each goal met or missed, and f.profile() of the MLP and convnet steps on native.
// numpy runs in python3 (bench/numpy_ref.py, timing itself with time.perf_counter); without
// python3 or numpy its rows are skipped with the reason.
// Run: npx tsx bench/native.bench.ts [--quick]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Benchmark from 'benchmark';
import { jit as jaxJit, numpy as np } from '@jax-js/jax';
import { kernelLibrary } from '../jit/backends/native/kernel-library.js';
import { eagerNativeCalls } from '../runtime/native/eager.js';
import * as tj from '../src/index.js';
import type { Profile, Tensor, Variable } from '../src/index.js';
import { jaxjs } from './peers/jaxjs.js';
import type { Host, Spec, WorkloadKey } from './peers/types.js';
import { report } from './report.js';
import { convnet, logisticRegression, mlp, tanhExpChain } from './workloads.js';

const quick = process.argv.includes('--quick');
const opts: Benchmark.Options = quick ? { minSamples: 5, maxTime: 1 } : { minSamples: 10, maxTime: 3 };
const numpySeconds = quick ? 1 : 3;
const childRuns = quick ? 1 : 3;
const root = fileURLToPath(new URL('..', import.meta.url));

const native = tj.backends().find((b) => b.name === 'native');
if (!native?.available) {
  console.log(
    `native.bench: the native tier is unavailable here (${native?.reason ?? 'not registered'}): nothing to measure`,
  );
  process.exit(0);
}
const cpus = os.cpus();
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores; Node ${process.version}; native: ${native.detail}; TENSORJIT_THREADS=${process.env.TENSORJIT_THREADS ?? '(unset)'}, OMP_WAIT_POLICY=${process.env.OMP_WAIT_POLICY ?? '(unset)'}; load average ${load()}`,
);

// The kernel library first (eager matmul goes through it once it is built).
{
  const t = performance.now();
  const { cached } = kernelLibrary();
  console.log(
    `native kernel library: ${cached ? 'from the compile cache' : 'built now'} (${(performance.now() - t).toFixed(0)} ms)`,
  );
}

const peer = await jaxjs(); // init('wasm')
const means = new Map<string, number>(); // seconds per call
const record = (name: string, mean: number) => {
  means.set(name, mean);
  return '';
};

// numpy: one python3 process per group, right after the group it is compared with.
interface NumpyResult {
  mean_ms: number;
  median_ms: number;
  min_ms: number;
  calls: number;
}
const numpy = new Map<string, NumpyResult>();
let numpyInfo = '';
let numpySkip: string | undefined;
{
  const r = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' });
  if (r.error) numpySkip = `python3 not found (${r.error.message})`;
  else if (r.status !== 0) numpySkip = `python3 has no numpy (${r.stderr.trim().split('\n').pop()})`;
}
function runNumpy(names: string[]): void {
  if (numpySkip) {
    console.log(`numpy skipped: ${numpySkip}`);
    return;
  }
  const r = spawnSync('python3', [path.join(root, 'bench', 'numpy_ref.py'), String(numpySeconds), ...names], {
    encoding: 'utf8',
  });
  const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  try {
    const got = JSON.parse(line) as { numpy: string; blas: string; results: Record<string, NumpyResult> };
    numpyInfo = `numpy ${got.numpy} (${got.blas})`;
    for (const [k, v] of Object.entries(got.results)) {
      numpy.set(k, v);
      console.log(
        `numpy ${k}: mean ${v.mean_ms.toFixed(3)} ms, median ${v.median_ms.toFixed(3)} ms, min ${v.min_ms.toFixed(3)} ms (${v.calls} calls)`,
      );
    }
  } catch {
    numpySkip = `numpy_ref.py failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').pop()}`;
    console.log(`numpy skipped: ${numpySkip}`);
  }
}

const jitOn = <F extends (...args: never[]) => Tensor>(f: F, backend: 'native' | 'wasm') =>
  tj.jit(f, { hot: 0, async: false, backend });
/** Calls once (compiles outside the timing) and checks the tier it ran on. */
function warm<R>(name: string, call: () => R, f: { stats: { tier: string } }, tier: string): R {
  const r = call();
  if (f.stats.tier !== tier) throw new Error(`native.bench: ${name} ran on ${f.stats.tier}, not ${tier}`);
  return r;
}
const relDiff = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(y), 1e-30);

// 1. Elementwise chains on 1M float32.
const N = 1 << 20;
tj.seed(0);
const x = tj.rand([N]);
const tanhExp = (v: Tensor) => tj.tanh(tj.exp(v));
const teNative = jitOn(tanhExp, 'native'),
  teWasm = jitOn(tanhExp, 'wasm');
const jx = np.array(x.data() as Float32Array);
const jaxTanhExp = jaxJit((v: np.Array) => np.tanh(np.exp(v)));
const a = tj.rand([N]),
  b = tj.rand([N]);
const chNative = jitOn(tanhExpChain, 'native'),
  chWasm = jitOn(tanhExpChain, 'wasm');
const jaxChain = peer.make({
  key: 'chain',
  inputs: {
    a: { shape: [N], data: a.data() as Float32Array },
    b: { shape: [N], data: b.data() as Float32Array },
  },
  params: [],
  lr: 0,
});
{
  const i = 12345;
  const n = (warm('tanh(exp(x)) native', () => teNative(x), teNative, 'native').data() as Float32Array)[i];
  warm('tanh(exp(x)) wasm', () => teWasm(x), teWasm, 'wasm');
  const j = jaxTanhExp(jx.ref).dataSync()[i];
  const c = (warm('chain native', () => chNative(a, b), chNative, 'native').data() as Float32Array)[i];
  warm('chain wasm', () => chWasm(a, b), chWasm, 'wasm');
  const cj = jaxChain.call();
  console.log(
    `first values (element ${i}): tanh(exp(x)) native ${n} / jax-js ${j} (rel. diff ${relDiff(n, j).toExponential(1)}); chain native ${c} / jax-js ${cj} (${relDiff(c, cj).toExponential(1)})`,
  );
}
const TE = 'tanh(exp(x)) 1M f32',
  CH = 'tanh·exp workload chain 1M f32';
report(
  new Benchmark.Suite('chains')
    .add(`${TE}: native tier`, () => teNative(x), opts)
    .add(`${TE}: wasm tier`, () => teWasm(x), opts)
    .add(
      `${TE}: jax-js jit`,
      () => {
        jaxTanhExp(jx.ref).dataSync();
      },
      opts,
    )
    .add(`${CH}: native tier`, () => chNative(a, b), opts)
    .add(`${CH}: wasm tier`, () => chWasm(a, b), opts)
    .add(`${CH}: jax-js jit`, jaxChain.call, opts),
  record,
);
runNumpy(['tanh-exp', 'chain']);

// 2. Eager matmul (the native kernel library, OpenBLAS behind it).
const m1 = tj.rand([1024, 1024]),
  m2 = tj.rand([1024, 1024]);
const s1 = tj.rand([256, 256]),
  s2 = tj.rand([256, 256]);
const js1 = np.array(s1.data() as Float32Array).reshape([256, 256]),
  js2 = np.array(s2.data() as Float32Array).reshape([256, 256]);
const jaxMm = jaxJit((p: np.Array, q: np.Array) => np.matmul(p, q));
{
  const before = eagerNativeCalls.matmul;
  tj.matmul(m1, m2);
  tj.matmul(s1, s2);
  jaxMm(js1.ref, js2.ref).dataSync();
  if (eagerNativeCalls.matmul !== before + 2)
    console.log('native.bench: WARNING: eager matmul did not run on the native kernel library');
}
const MM = 'matmul 1024² f32',
  MS = 'matmul 256² f32';
const gflops = (n: number, s: number) => (2 * n ** 3) / s / 1e9;
report(
  new Benchmark.Suite('matmul')
    .add(`${MM}: eager (native kernels)`, () => tj.matmul(m1, m2), opts)
    .add(`${MS}: eager (native kernels)`, () => tj.matmul(s1, s2), opts)
    .add(
      `${MS}: jax-js jit`,
      () => {
        jaxMm(js1.ref, js2.ref).dataSync();
      },
      opts,
    ),
  (name, mean) => {
    record(name, mean);
    return `${gflops(name.startsWith(MM) ? 1024 : 256, mean).toFixed(1)} GFLOP/s`;
  },
);
runNumpy(['matmul1024', 'matmul256']);

// 3. Training steps: the same data and initial parameters on every system (as bench/suite.bench.ts).
const host = (t: Tensor): Host => ({ shape: t.shape, data: t.data() as Float32Array | Int32Array });
interface Made {
  step: () => Tensor;
  inputs: Record<string, Tensor>;
  params: Variable[];
  lr: number;
}
const steps: { key: WorkloadKey; name: string; make: () => Made; seed: number }[] = [
  { key: 'logreg', name: 'logistic-regression step 400x784', make: logisticRegression, seed: 101 },
  { key: 'mlp', name: 'MLP step 784-512-512-10, batch 128', make: mlp, seed: 102 },
  { key: 'convnet', name: 'convnet step (LeNet-like, batch 32)', make: convnet, seed: 103 },
];
const stepSuite = new Benchmark.Suite('steps');
const stepFns = new Map<string, ReturnType<typeof jitOn>>();
for (const { key, name, make, seed } of steps) {
  const losses: string[] = [];
  let spec: Spec | undefined;
  for (const tier of ['native', 'wasm'] as const) {
    tj.seed(seed);
    const w = make();
    spec ??= {
      key,
      inputs: Object.fromEntries(Object.entries(w.inputs).map(([k, t]) => [k, host(t)])),
      params: w.params.map(host),
      lr: w.lr,
    };
    const f = jitOn(w.step, tier);
    losses.push(`${tier} ${(warm(`${name} ${tier}`, f, f, tier).item() as number).toPrecision(7)}`);
    stepFns.set(`${key}:${tier}`, f);
    stepSuite.add(`${name}: ${tier} tier`, () => f(), opts);
  }
  const jaxStep = peer.make(spec!);
  losses.push(`jax-js ${jaxStep.call().toPrecision(7)}`);
  stepSuite.add(`${name}: jax-js jit`, jaxStep.call, opts);
  console.log(`${name}: first losses: ${losses.join(', ')}`);
}
report(stepSuite, record);

// 4. Start-up: fresh processes on their own compile caches (bench/native-child.ts).
interface ChildResult {
  ms: number;
  compilerMs?: number;
  compilerRuns?: number;
  cached?: boolean;
  tier?: string;
  secondMs?: number;
  steadyMs?: number;
}
function child(mode: 'setup' | 'first' | 'trace', cacheDir: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench', 'native-child.ts'), mode], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TENSORJIT_CACHE_DIR: cacheDir },
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('@@'));
  if (!line) throw new Error(`native.bench: the ${mode} child failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice(2)) as ChildResult;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((p, q) => p - q);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-native-bench-'));
const cold: ChildResult[] = [],
  warmCache: ChildResult[] = [],
  traced: ChildResult[] = [];
let setup: ChildResult;
try {
  // The kernel library (and the compiler probe) in an empty cache, as `npm run setup` leaves them;
  // each run starts from a copy of that cache.
  const setupDir = path.join(tmp, 'setup');
  setup = child('setup', setupDir);
  console.log(`setup child (kernel library into an empty cache): ${setup.ms.toFixed(0)} ms`);
  for (let i = 0; i < childRuns; i++) {
    const dir = path.join(tmp, `run${i}`);
    fs.cpSync(setupDir, dir, { recursive: true });
    const c = child('first', dir);
    const w = child('first', dir);
    const t = child('trace', dir);
    if (c.tier !== 'native' || w.tier !== 'native' || c.cached || !w.cached)
      throw new Error(`native.bench: start-up runs not as meant: ${JSON.stringify({ cold: c, warm: w })}`);
    cold.push(c);
    warmCache.push(w);
    traced.push(t);
    console.log(
      `start-up run ${i + 1}: cold first call ${c.ms.toFixed(1)} ms (compiler ${c.compilerMs!.toFixed(1)} ms in ${c.compilerRuns} run; next call ${c.secondMs!.toFixed(1)} ms); warm-cache first call ${w.ms.toFixed(1)} ms (next ${w.secondMs!.toFixed(1)} ms, steady ${w.steadyMs!.toFixed(2)} ms); trace + rewrite (explain, fresh process) ${t.ms.toFixed(1)} ms`,
    );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
const coldMs = median(cold.map((c) => c.ms)),
  compilerMs = median(cold.map((c) => c.compilerMs!)),
  warmMs = median(warmCache.map((c) => c.ms)),
  traceShare = median(traced.map((c) => c.ms));
const compileShare = coldMs - traceShare;

// 5. Goals.
const m = (name: string) => means.get(name)! * 1e3; // ms
const npMs = (k: string) => numpy.get(k)?.mean_ms;
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1e3).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const goals: string[] = [];
const goal = (what: string, measured: string, target: string, met: boolean | undefined) =>
  goals.push(`| ${what} | ${measured} | ${target} | ${met === undefined ? 'n/a' : met ? 'met' : 'missed'} |`);
const ratioGoal = (what: string, peer: number | undefined, ours: number, target: number, peerName: string) => {
  if (peer === undefined) return goal(what, `numpy skipped: ${numpySkip}`, `≥ ${target}×`, undefined);
  const r = peer / ours;
  goal(what, `${r.toFixed(2)}× (${fmt(ours)} vs ${peerName} ${fmt(peer)})`, `≥ ${target}×`, r >= target);
};
ratioGoal('tanh(exp(x)) 1M f32: native vs jax-js jit', m(`${TE}: jax-js jit`), m(`${TE}: native tier`), 15, 'jax-js');
{
  const p = npMs('tanh-exp');
  if (p === undefined) goal('tanh(exp(x)) 1M f32: native vs numpy', `numpy skipped: ${numpySkip}`, '> 1×', undefined);
  else
    goal(
      'tanh(exp(x)) 1M f32: native vs numpy (unfused)',
      `${(p / m(`${TE}: native tier`)).toFixed(2)}× (${fmt(m(`${TE}: native tier`))} vs numpy ${fmt(p)})`,
      '> 1× (faster)',
      p > m(`${TE}: native tier`),
    );
}
goal(
  '(for scale) tanh(exp(x)): native vs WASM tier',
  `${(m(`${TE}: wasm tier`) / m(`${TE}: native tier`)).toFixed(2)}×`,
  '—',
  undefined,
);
goal(
  '(for scale) workload chain: native vs jax-js / WASM / numpy',
  `${(m(`${CH}: jax-js jit`) / m(`${CH}: native tier`)).toFixed(2)}× / ${(m(`${CH}: wasm tier`) / m(`${CH}: native tier`)).toFixed(2)}× / ${npMs('chain') === undefined ? 'n/a' : `${(npMs('chain')! / m(`${CH}: native tier`)).toFixed(2)}×`}`,
  '—',
  undefined,
);
{
  const ours = m(`${MM}: eager (native kernels)`),
    p = npMs('matmul1024');
  if (p === undefined) goal('eager matmul 1024² f32 vs numpy', `numpy skipped: ${numpySkip}`, '≥ 80%', undefined);
  else
    goal(
      "eager matmul 1024² f32: rate vs numpy's a @ b",
      `${((p / ours) * 100).toFixed(0)}% (${gflops(1024, ours / 1e3).toFixed(1)} vs ${gflops(1024, p / 1e3).toFixed(1)} GFLOP/s)`,
      '≥ 80%',
      p / ours >= 0.8,
    );
}
ratioGoal(
  'eager matmul 256² f32 vs jax-js jit',
  m(`${MS}: jax-js jit`),
  m(`${MS}: eager (native kernels)`),
  2,
  'jax-js',
);
const S = Object.fromEntries(steps.map((s) => [s.key, s.name]));
ratioGoal('MLP step: native vs jax-js jit', m(`${S.mlp}: jax-js jit`), m(`${S.mlp}: native tier`), 8, 'jax-js');
ratioGoal('MLP step: native vs WASM tier (demo goal)', m(`${S.mlp}: wasm tier`), m(`${S.mlp}: native tier`), 2, 'wasm');
ratioGoal(
  'logistic step: native vs jax-js jit',
  m(`${S.logreg}: jax-js jit`),
  m(`${S.logreg}: native tier`),
  3,
  'jax-js',
);
ratioGoal('convnet step: native vs WASM tier', m(`${S.convnet}: wasm tier`), m(`${S.convnet}: native tier`), 2, 'wasm');
goal(
  'cold compile, MLP step (first native call, empty cache but the kernel library)',
  `${fmt(compileShare)} without the trace share (${fmt(coldMs)} in all, ${fmt(compilerMs)} in the compiler, trace + rewrite ${fmt(traceShare)})`,
  '≤ 0.3 s',
  compileShare <= 300,
);
goal('first call in a second process, warm cache (MLP step)', fmt(warmMs), '≤ 20 ms', warmMs <= 20);

console.log(`\n${numpyInfo || `numpy: skipped (${numpySkip})`}; load average ${load()}`);
console.log(
  '\n| numpy (python3, time.perf_counter) | mean per call | median | min | calls |\n| --- | --- | --- | --- | --- |',
);
for (const [k, v] of numpy)
  console.log(`| ${k} | ${fmt(v.mean_ms)} | ${fmt(v.median_ms)} | ${fmt(v.min_ms)} | ${v.calls} |`);
console.log(
  `\n| start-up, MLP step (fresh processes, median of ${childRuns}) | ms |\n| --- | --- |\n` +
    `| the setup step: kernel library into an empty cache (once per machine) | ${setup!.ms.toFixed(0)} |\n` +
    `| cold: first native call, empty cache but the kernel library | ${coldMs.toFixed(1)} (runs: ${cold.map((c) => c.ms.toFixed(0)).join(', ')}) |\n` +
    `| of which in the C compiler (nice -n 10) | ${compilerMs.toFixed(1)} |\n` +
    `| trace + rewrite alone (tj.explain, fresh process) | ${traceShare.toFixed(1)} |\n` +
    `| the call after the cold one (a run of the step) | ${median(cold.map((c) => c.secondMs!)).toFixed(1)} |\n` +
    `| warm cache, second process: first native call | ${warmMs.toFixed(1)} (runs: ${warmCache.map((c) => c.ms.toFixed(1)).join(', ')}) |\n` +
    `| warm cache: the next call / steady calls (median of 5) | ${median(warmCache.map((c) => c.secondMs!)).toFixed(1)} / ${median(warmCache.map((c) => c.steadyMs!)).toFixed(2)} |`,
);
console.log('\n| goal | measured | target | |\n| --- | --- | --- | --- |');
for (const g of goals) console.log(g);

// 6. Where the time goes: f.profile() of the MLP and convnet steps on native.
for (const key of ['mlp', 'convnet'] as const) {
  const f = stepFns.get(`${key}:native`)!;
  const p: Profile = f.profile.with({ print: false, runs: quick ? 10 : 30, minMs: quick ? 100 : 300 })();
  console.log(`\nprofile: ${S[key]} on native (${p.runs} runs, median call ${p.callMs.toFixed(3)} ms)\n${p.text}`);
}
process.exit(0); // helper threads (WASM tier) would keep the process alive
