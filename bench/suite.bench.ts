// The benchmark table (benchmark.js): each workload eagerly and on every available compiled tier, and
// with --compare the same workloads, same numbers, in jax-js and TF.js (cpu, wasm) in this process.
// Prints the tables and rewrites their sections of bench/RESULTS.md (machine and versions included)
// when run from the repository checkout (bench/report.ts resultsFile); elsewhere stdout only.
// Run: npm run bench [-- --quick] [-- --compare]
import os from 'node:os';
import v8 from 'node:v8';
import Benchmark from 'benchmark';
import { toolchain } from '../jit/emcc.js';
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';
import { CHECK_INDEX, type Host, type Peer, type Spec, type Step, type WorkloadKey } from './peers/types.js';
import { resultsNote, writeResultsSection } from './report.js';
import { convnet, logisticRegression, mlp, rnn, tanhExpChain } from './workloads.js';

const flags = process.argv.slice(2).filter((a) => a.startsWith('-'));
const quick = flags.includes('--quick'),
  compare = flags.includes('--compare');
const opts: Benchmark.Options = quick ? { minSamples: 5, maxTime: 0.75, initCount: 1 } : { minSamples: 10, maxTime: 3 };
const command =
  process.env.TENSORJIT_BENCH_COMMAND ?? `npx tsx bench/suite.bench.ts${flags.length ? ` ${flags.join(' ')}` : ''}`;

interface Made {
  step: () => Tensor;
  inputs: Record<string, Tensor>;
  params: Variable[];
  lr: number;
}
const chain = (): Made => {
  const a = tj.rand([1 << 20]),
    b = tj.rand([1 << 20]);
  return { step: () => tanhExpChain(a, b), inputs: { a, b }, params: [], lr: 0 };
};
const workloads: { key: WorkloadKey; name: string; make: () => Made }[] = [
  { key: 'chain', name: 'elementwise chain (tanh·exp, 1M f32)', make: chain },
  { key: 'logreg', name: 'logistic-regression step (400x784)', make: logisticRegression },
  { key: 'mlp', name: 'MLP step (784-512-512-10, batch 128)', make: mlp },
  { key: 'convnet', name: 'convnet step (LeNet-like, 28x28, batch 32)', make: convnet },
  { key: 'rnn', name: 'RNN step (50 steps unrolled, hidden 64)', make: rnn },
];
const tiers = [
  'eager',
  ...tj
    .backends()
    .filter((b) => b.available)
    .map((b) => b.name),
];

/** A cell: a time, or why the system could not run the workload. */
type Cell = { ms: number; rme: number; check: number } | { na: string };
const table = new Map<WorkloadKey, Map<string, Cell>>();

const reason = (e: unknown) =>
  (e instanceof Error ? e.message : String(e)).split('\n')[0].replace(/\|/g, '/').slice(0, 120);
function time(label: string, fn: () => unknown): { ms: number; rme: number } {
  const bench = new Benchmark(
    label,
    () => {
      fn();
    },
    opts,
  );
  bench.run({ async: false });
  if (bench.error) throw bench.error;
  return { ms: bench.stats.mean * 1000, rme: bench.stats.rme };
}
function log(name: string, system: string, cell: Cell): void {
  console.log(
    'na' in cell
      ? `${name} [${system}]: n/a: ${cell.na}`
      : `${name} [${system}]: ${cell.ms.toFixed(3)} ms ±${cell.rme.toFixed(1)}% (first value ${cell.check.toPrecision(7)})`,
  );
}
const host = (t: Tensor): Host => ({ shape: t.shape, data: t.data() as Float32Array | Int32Array });

let peers: (Peer | { name: string; na: string })[] = [];
if (compare) {
  // V8 optimizes WASM at once for the peers too, as for tensorjit's modules (runtime/wasm/memory.ts
  // sets this flag before its first module, which is after the peers have compiled theirs).
  v8.setFlagsFromString('--no-wasm-dynamic-tiering');
  const load = async (name: string, f: () => Promise<Peer>) => {
    try {
      return await f();
    } catch (e) {
      return { name, na: reason(e) };
    }
  };
  peers = [
    await load('jax-js', async () => (await import('./peers/jaxjs.js')).jaxjs()),
    await load('TF.js cpu', async () => (await import('./peers/tfjs.js')).tfjs('cpu')),
    await load('TF.js wasm', async () => (await import('./peers/tfjs.js')).tfjs('wasm')),
  ];
}

const started = performance.now();
for (const [i, { key, name, make }] of workloads.entries()) {
  const row = new Map<string, Cell>();
  table.set(key, row);
  let spec: Spec | undefined;
  for (const tier of tiers) {
    tj.seed(100 + i); // every tier (and every peer) gets the same data and initial parameters
    let cell: Cell;
    try {
      const w = make();
      spec ??= {
        key,
        inputs: Object.fromEntries(Object.entries(w.inputs).map(([k, t]) => [k, host(t)])),
        params: w.params.map(host),
        lr: w.lr,
      };
      const run =
        tier === 'eager'
          ? w.step
          : tj.jit(w.step, { hot: 0, async: false, backend: tier as 'js' | 'wasm' | 'native' | 'cuda' });
      const out = run(); // compiles outside the timing
      const check = key === 'chain' ? (out.data() as Float32Array)[CHECK_INDEX] : (out.item() as number);
      cell = { ...time(`${name} [${tier}]`, run), check };
    } catch (e) {
      cell = { na: reason(e) };
    }
    row.set(tier, cell);
    log(name, tier, cell);
  }
  for (const peer of peers) {
    let cell: Cell;
    if ('na' in peer) cell = { na: peer.na };
    else {
      let step: Step | undefined;
      try {
        await peer.activate?.();
        step = peer.make(spec!);
        const check = step.call(); // compiles (jax-js) outside the timing
        cell = { ...time(`${name} [${peer.name}]`, step.call), check };
      } catch (e) {
        cell = { na: reason(e) };
      }
      try {
        step?.dispose?.();
      } catch {
        /* a failed step may leave nothing to dispose */
      }
    }
    row.set(peer.name, cell);
    log(name, peer.name, cell);
  }
}
const minutes = ((performance.now() - started) / 60000).toFixed(1);

// The tables.
const tc = toolchain();
const emcc = tc.available ? (/\d+\.\d+\.\d+/.exec(tc.version)?.[0] ?? tc.version) : 'none';
const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB (${os.platform()} ${os.arch()})`;
const mode = quick
  ? `quick: minSamples ${opts.minSamples}, maxTime ${opts.maxTime} s`
  : `minSamples ${opts.minSamples}, maxTime ${opts.maxTime} s`;
const header = [
  `${new Date().toISOString().slice(0, 10)}: \`${command}\` (benchmark.js ${Benchmark.version}, ${mode}; ${minutes} min in all)`,
  '',
  `Machine: ${machine}; Node ${process.version}; emcc ${emcc}; tiers: ${tiers.join(', ')}.`,
];
const get = (key: WorkloadKey, system: string) => table.get(key)!.get(system)!;
const ms = (c: Cell) => ('na' in c ? `n/a: ${c.na}` : c.ms.toFixed(2));
const ratio = (num: Cell, den: Cell) => ('na' in num || 'na' in den ? 'n/a' : `${(num.ms / den.ms).toFixed(2)}×`);
const compiled = tiers.slice(1);
const suite = [
  ...header,
  '',
  `| workload | ${tiers.map((t) => `${t} (ms)`).join(' | ')} | ${compiled.map((t) => `${t} vs eager`).join(' | ')} |`,
  `| --- | ${tiers.map(() => '---').join(' | ')} | ${compiled.map(() => '---').join(' | ')} |`,
  ...workloads.map(
    ({ key, name }) =>
      `| ${name} | ${tiers.map((t) => ms(get(key, t))).join(' | ')} | ${compiled.map((t) => ratio(get(key, 'eager'), get(key, t))).join(' | ')} |`,
  ),
];
console.log(`\n${suite.join('\n')}`);
writeResultsSection('suite', suite.join('\n'));

if (compare) {
  const best = (key: WorkloadKey) =>
    tiers
      .map((t) => [t, get(key, t)] as const)
      .filter((e): e is readonly [string, { ms: number; rme: number; check: number }] => !('na' in e[1]))
      .sort((x, y) => x[1].ms - y[1].ms)[0];
  const names = peers.map((p) => p.name);
  /** The largest relative difference between the first value of any system and tensorjit's eager one. */
  const agreement = (key: WorkloadKey) => {
    const ref = get(key, 'eager');
    if ('na' in ref) return 'n/a';
    const diffs = [...table.get(key)!.values()]
      .filter((c): c is { ms: number; rme: number; check: number } => !('na' in c))
      .map((c) => Math.abs(c.check - ref.check) / Math.max(Math.abs(ref.check), 1e-6));
    const worst = Math.max(...diffs);
    return worst === 0 ? 'identical' : worst.toExponential(1);
  };
  const lines = [
    ...header,
    `Peers: ${peers.map((p) => ('na' in p ? `${p.name} (failed to load: ${p.na})` : `${p.name}: ${p.version}`)).join('; ')}.`,
    '',
    `Milliseconds per call, to data ready (the result read back into JS). The ratios are each peer's time over tensorjit's best tier: above 1× tensorjit is faster. "first values" is the largest relative difference between any system's first loss (the chain: element ${CHECK_INDEX}) and tensorjit's eager one: the same data and initial parameters go to every system.`,
    '',
    `| workload | tensorjit best (ms) | ${names.map((n) => `${n} (ms)`).join(' | ')} | ${names.map((n) => `${n} ÷ tensorjit`).join(' | ')} | first values |`,
    `| --- | --- | ${names.map(() => '---').join(' | ')} | ${names.map(() => '---').join(' | ')} | --- |`,
    ...workloads.map(({ key, name }) => {
      const b = best(key);
      const bestCell: Cell = b ? b[1] : { na: 'no tier ran' };
      return `| ${name} | ${b ? `${ms(b[1])} (${b[0]})` : 'n/a'} | ${names.map((n) => ms(get(key, n))).join(' | ')} | ${names.map((n) => ratio(get(key, n), bestCell)).join(' | ')} | ${agreement(key)} |`;
    }),
  ];
  console.log(`\n${lines.join('\n')}`);
  writeResultsSection('compare', lines.join('\n'));
}
console.log(`\n${resultsNote(compare ? 'suite and compare sections' : 'suite section')}`);
