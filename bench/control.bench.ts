// Compiled loops (issue #14): the 50-step tanh RNN training step written with tj.scan (rnnScan)
// against the same step unrolled (rnn), in one run:
//  (a) cold compile time of the step (trace + optimize + codegen + compile + load: `f.lower()` of
//      a fresh jit, with a fresh compile cache) on each tier;
//  (b) step time on each tier (benchmark.js, as bench/suite.bench.ts times it);
//  (c) jax-js's jit of the unrolled step (bench/peers/jaxjs.ts; jax-js has no scan);
//  (d) cold compile time of a 1,000-step scan against a 10-step scan of the same body;
// and, for scale, the cold compile of a one-op graph: each tier's fixed cost (emcc's start-up on WASM).
// A tier whose compile of the scan form fails (it then runs on the JS tier) gets n/a and the reason.
// Cold: the process works in a fresh TENSORJIT_CACHE_DIR; a warm-up first builds the one-time
// parts (the prebuilt WASM kernels, the native kernel library) and warms V8 on tiny graphs, then
// every timed compile gets a fresh copy of that directory and an empty in-memory cache, so no
// timed graph is ever found compiled. Compile times are the median of several compiles.
// Prints the tables and rewrites their section of bench/RESULTS.md (between the bench:control
// markers) when run from the repository checkout.
// Run: npx tsx bench/control.bench.ts [--quick] [--tiers js,wasm,native] [--no-peer]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import Benchmark from 'benchmark';
import { kernelLibrary } from '../jit/backends/native/kernel-library.js';
import { clearMemoryCache } from '../jit/cache.js';
import { prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';
import type { Host, Spec } from './peers/types.js';
import { resultsNote, writeResultsSection } from './report.js';
import { rnn, rnnScan } from './workloads.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick'),
  peer = !args.includes('--no-peer');
const t = args.indexOf('--tiers');
const wanted = t >= 0 ? args[t + 1].split(',') : ['js', 'wasm', 'native'];
const opts: Benchmark.Options = quick ? { minSamples: 5, maxTime: 0.75, initCount: 1 } : { minSamples: 10, maxTime: 3 };
/** Cold compiles per variant and tier (the median is reported). */
const reps = (tier: string) => (quick ? 1 : tier === 'js' ? 7 : 3);
const command = `npx tsx bench/control.bench.ts${args.length ? ` ${args.join(' ')}` : ''}`;

type Tier = 'js' | 'wasm' | 'native';
const available = new Set(
  tj
    .backends()
    .filter((b) => b.available)
    .map((b) => b.name as string),
);
const tiers = wanted.filter((x): x is Tier => available.has(x));

// A fresh compile cache for this process, removed at the end.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tensorjit-control-bench-'));
const base = path.join(root, 'base');
fs.mkdirSync(base);
process.env.TENSORJIT_CACHE_DIR = base;
let dirs = 0;
/** A cache holding only what the warm-up built (the one-time kernels), in memory nothing. */
function freshCache(): void {
  if (dirs > 0) fs.rmSync(path.join(root, `c${dirs - 1}`), { recursive: true, force: true });
  const dir = path.join(root, `c${dirs++}`);
  fs.cpSync(base, dir, { recursive: true });
  process.env.TENSORJIT_CACHE_DIR = dir;
  clearMemoryCache();
}

interface Made {
  step: () => Tensor;
  inputs: Record<string, Tensor>;
  params: Variable[];
  lr: number;
}
const SEED = 104; // the RNN's seed in bench/suite.bench.ts (100 + its index)
const variants: { key: string; name: string; make: () => Made }[] = [
  { key: 'unrolled', name: 'unrolled, 50 steps', make: rnn },
  { key: 'scan', name: 'scan, 50 steps', make: () => rnnScan() },
  { key: 'scan10', name: 'scan, 10 steps', make: () => rnnScan(10) },
  { key: 'scan1000', name: 'scan, 1,000 steps', make: () => rnnScan(1000) },
  {
    key: 'floor',
    name: 'one elementwise op (the floor)',
    make: () => {
      const v = tj.variable(tj.rand([1024]));
      return { step: () => tj.tanh(tj.add(v, 1)), inputs: {}, params: [v], lr: 0 };
    },
  },
];

type Cell = { ms: number; rme?: number; check?: number } | { na: string };
const reason = (s: string) => s.split('\n').filter(Boolean).slice(-1)[0]?.replace(/\|/g, '/').slice(0, 140) ?? s;

/** Runs `f` with console.warn collected (a tier that fails to compile says why there). */
function collectingWarnings<T>(f: () => T): { value: T; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => void warnings.push(a.map(String).join(' '));
  try {
    return { value: f(), warnings };
  } finally {
    console.warn = warn;
  }
}

/** One cold compile of `make`'s step for `tier`: the time of `lower()` on a fresh jit and cache. */
function coldCompile(tier: Tier, make: () => Made): Cell {
  freshCache();
  tj.seed(SEED);
  const w = make();
  const f = tj.jit(w.step, { hot: 0, async: false, backend: tier });
  const t0 = performance.now();
  const { value: lowered, warnings } = collectingWarnings(() => f.lower());
  const ms = performance.now() - t0;
  if (lowered.backend !== tier)
    return { na: `compiling for ${tier} failed, runs on ${lowered.backend}: ${reason(warnings.join('\n'))}` };
  if (lowered.cached) return { na: 'internal: the module came from the compile cache' };
  return { ms };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function time(label: string, fn: () => unknown): { ms: number; rme: number } {
  const bench = new Benchmark(label, () => void fn(), opts);
  bench.run({ async: false });
  if (bench.error) throw bench.error;
  return { ms: bench.stats.mean * 1000, rme: bench.stats.rme };
}

const started = performance.now();
console.error(`tiers: ${tiers.join(', ')}; compile cache under ${root}`);

// Warm-up: the one-time kernels of each tier (what `tensorjit setup` builds: the prebuilt WASM
// kernels, the native kernel library), and V8's code for the tracer, optimizer and codegen,
// on graphs of other shapes (nothing timed below finds them in the cache).
const warmStarted = performance.now();
{
  const warmups: Record<string, number> = {};
  for (const tier of tiers) {
    const t0 = performance.now();
    process.env.TENSORJIT_CACHE_DIR = base; // what is built here goes into every fresh copy
    if (tier === 'wasm') prebuiltKernelsWasm();
    if (tier === 'native') kernelLibrary();
    tj.seed(1);
    const a0 = tj.randn([2, 4]),
      a1 = tj.randn([2, 4]),
      wv = tj.variable(tj.randn([4, 4]));
    const cell = (h: Tensor, x: Tensor) => tj.tanh(tj.add(tj.matmul(x, wv), h));
    const unrolled = () => tj.valueAndGrad(() => tj.sum(cell(cell(tj.zeros([2, 4]), a0), a1)), { wrt: [wv] })();
    const scanned = () =>
      tj.valueAndGrad(
        () =>
          tj.sum(
            tj.scan((h: Tensor, x: Tensor) => [cell(h, x), null] as const, tj.zeros([2, 4]), tj.stack([a0, a1]))[0],
          ),
        { wrt: [wv] },
      )();
    for (const fn of [unrolled, scanned])
      collectingWarnings(() => tj.jit(fn, { hot: 0, async: false, backend: tier })());
    warmups[tier] = performance.now() - t0;
  }
  // V8 warms up on the real graphs too (the JS tier keeps nothing in the compile cache).
  if (tiers.includes('js')) {
    const t0 = performance.now();
    for (const v of variants) coldCompile('js', v.make);
    warmups.js += performance.now() - t0;
  }
  console.error(
    `warm-up: ${Object.entries(warmups)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
      .join(', ')}`,
  );
}
const warmSeconds = (performance.now() - warmStarted) / 1000;

// (a), (d): cold compiles, the variants interleaved within each round.
const compile = new Map<string, Cell>(); // `${tier}/${variant}`
for (const tier of tiers) {
  const times = new Map<string, number[]>();
  const failed = new Map<string, string>();
  for (let r = 0; r < reps(tier); r++) {
    for (const v of variants) {
      if (failed.has(v.key)) continue;
      const c = coldCompile(tier, v.make);
      if ('na' in c) failed.set(v.key, c.na);
      else times.set(v.key, [...(times.get(v.key) ?? []), c.ms]);
    }
  }
  for (const v of variants) {
    const xs = times.get(v.key);
    const c: Cell = failed.has(v.key) ? { na: failed.get(v.key)! } : { ms: median(xs!) };
    compile.set(`${tier}/${v.key}`, c);
    console.error(
      `compile ${v.name} [${tier}]: ${'na' in c ? `n/a: ${c.na}` : `${c.ms.toFixed(1)} ms (median of ${xs!.map((x) => x.toFixed(0)).join(', ')})`}`,
    );
  }
}

// (b), (c): step time per tier, and jax-js's jit of the unrolled step (jax-js has no scan; its
// first call traces and compiles). Each runner is timed `rounds` times, the runners interleaved,
// and keeps its best benchmark.js mean: load from other processes then skews no ratio one way.
const rounds = quick ? 1 : 2;
const runners: { key: string; label: string; call: () => unknown; check: number }[] = [];
const step = new Map<string, Cell>();
let spec: Spec | undefined;
const host = (x: Tensor): Host => ({ shape: x.shape, data: x.data() as Float32Array | Int32Array });
for (const tier of tiers) {
  for (const v of variants.slice(0, 2)) {
    tj.seed(SEED);
    const w = v.make();
    if (v.key === 'unrolled')
      spec ??= {
        key: 'rnn',
        inputs: Object.fromEntries(Object.entries(w.inputs).map(([k, x]) => [k, host(x)])),
        params: w.params.map(host),
        lr: w.lr,
      };
    const run = tj.jit(w.step, { hot: 0, async: false, backend: tier });
    const { value: out, warnings } = collectingWarnings(() => run()); // compiles outside the timing
    if (run.stats.tier !== tier) {
      step.set(`${tier}/${v.key}`, {
        na: `ran on ${run.stats.tier}: ${reason(warnings.join('\n')) || 'compile failed'}`,
      });
      console.error(`step ${v.name} [${tier}]: n/a: ${(step.get(`${tier}/${v.key}`) as { na: string }).na}`);
    } else
      runners.push({ key: `${tier}/${v.key}`, label: `${v.name} [${tier}]`, call: run, check: out.item() as number });
  }
}
let jax: { version: string; compileMs: number } | { na: string } = { na: 'skipped (--no-peer)' };
let disposeJax: (() => void) | undefined;
if (peer && spec) {
  try {
    v8.setFlagsFromString('--no-wasm-dynamic-tiering'); // as bench/suite.bench.ts does for its peers
    const p = await (await import('./peers/jaxjs.js')).jaxjs();
    const s = p.make(spec);
    const t0 = performance.now();
    const check = s.call();
    jax = { version: p.version, compileMs: performance.now() - t0 };
    runners.push({ key: 'jax-js', label: 'unrolled, 50 steps [jax-js]', call: s.call, check });
    disposeJax = s.dispose;
  } catch (e) {
    jax = { na: reason(e instanceof Error ? e.message : String(e)) };
  }
}
for (let r = 0; r < rounds; r++) {
  for (const x of runners) {
    const m = time(x.label, x.call);
    const had = step.get(x.key) as { ms: number } | undefined;
    if (!had || m.ms < had.ms) step.set(x.key, { ...m, check: x.check });
    console.error(
      `step ${x.label} (round ${r + 1}): ${m.ms.toFixed(3)} ms ±${m.rme.toFixed(1)}% (first loss ${x.check.toPrecision(8)})`,
    );
  }
}
disposeJax?.();
if (!('na' in jax)) console.error(`jax-js: first call (trace + compile + one step) ${jax.compileMs.toFixed(0)} ms`);
const jaxStep = step.get('jax-js');
const minutes = ((performance.now() - started) / 60000).toFixed(1);

// The tables.
const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores (${os.platform()} ${os.arch()})`;
const fmt = (c: Cell | undefined, digits = 1) => (!c ? 'n/a' : 'na' in c ? `n/a` : c.ms.toFixed(digits));
const ratio = (num: Cell | undefined, den: Cell | undefined) =>
  !num || !den || 'na' in num || 'na' in den ? 'n/a' : `${(num.ms / den.ms).toFixed(2)}×`;
const notes = new Set<string>();
const na = (c: Cell | undefined, tier: string) => {
  if (c && 'na' in c) notes.add(`${tier}: ${c.na}`);
};
for (const [k, c] of [...compile, ...step]) na(c, k.split('/')[0]);
const cmp = (tier: string, key: string) => compile.get(`${tier}/${key}`);
const st = (tier: string, key: string) => step.get(`${tier}/${key}`);
const lines = [
  `${new Date().toISOString().slice(0, 10)}: \`${command}\` (benchmark.js ${Benchmark.version}, ${quick ? `quick: minSamples ${opts.minSamples}, maxTime ${opts.maxTime} s` : `minSamples ${opts.minSamples}, maxTime ${opts.maxTime} s`}; ${minutes} min in all, ${warmSeconds.toFixed(0)} s of it warm-up)`,
  '',
  `Machine: ${machine}; Node ${process.version}; tiers: ${tiers.join(', ')}.${'na' in jax ? ` jax-js: n/a (${jax.na}).` : ` Peer: jax-js ${jax.version}.`}`,
  '',
  `Cold compile of the training step (ms, median of ${tiers.map((x) => `${reps(x)} on ${x}`).join(', ')}; trace + optimize + codegen + compile + load, nothing in the compile cache):`,
  '',
  '| tier | unrolled, 50 steps | scan, 50 steps | unrolled ÷ scan | scan, 10 steps | scan, 1,000 steps | 1,000 ÷ 10 steps | one elementwise op (floor) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...tiers.map(
    (x) =>
      `| ${x} | ${fmt(cmp(x, 'unrolled'))} | ${fmt(cmp(x, 'scan'))} | ${ratio(cmp(x, 'unrolled'), cmp(x, 'scan'))} | ${fmt(cmp(x, 'scan10'))} | ${fmt(cmp(x, 'scan1000'))} | ${ratio(cmp(x, 'scan1000'), cmp(x, 'scan10'))} | ${fmt(cmp(x, 'floor'))} |`,
  ),
  ...('na' in jax
    ? []
    : [`| jax-js (first call: trace + compile + one step) | ${jax.compileMs.toFixed(0)} | no scan | | | | | |`]),
  '',
  `Step time (ms per call: benchmark.js, the best mean of ${rounds} interleaved round${rounds > 1 ? 's' : ''}):`,
  '',
  '| tier | unrolled | scan | scan ÷ unrolled | jax-js unrolled ÷ scan |',
  '| --- | --- | --- | --- | --- |',
  ...tiers.map(
    (x) =>
      `| ${x} | ${fmt(st(x, 'unrolled'), 3)} | ${fmt(st(x, 'scan'), 3)} | ${ratio(st(x, 'scan'), st(x, 'unrolled'))} | ${ratio(jaxStep, st(x, 'scan'))} |`,
  ),
  ...(jaxStep ? [`| jax-js (jit, unrolled) | ${fmt(jaxStep, 3)} | no scan | | |`] : []),
  '',
  `First losses: ${[
    ...[...step]
      .filter(([, c]) => !('na' in c))
      .map(([k, c]) => `${k} ${(c as { check: number }).check.toPrecision(8)}`),
  ].join(', ')}.`,
  ...(notes.size ? ['', ...[...notes].map((n) => `- n/a ${n}`)] : []),
];
console.log(`\n${lines.join('\n')}`);
writeResultsSection('control', lines.join('\n'));
console.log(`\n${resultsNote('control section')}`);
fs.rmSync(root, { recursive: true, force: true });
process.exit(0); // helper threads and compile workers would keep the process alive
