// The five workloads of bench/workloads.ts on each compiled tier (jit with hot 0, async false),
// timed with benchmark.js: one table row per workload and tier. Only the public API and
// bench/workloads.ts, so it runs unchanged on older commits (bench/compare-commits.ts --copy).
// Run: npx tsx bench/tiers.bench.ts [--quick] [--tiers js,wasm]
import Benchmark from 'benchmark';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { convnet, logisticRegression, mlp, rnn, tanhExpChain } from './workloads.js';

const quick = process.argv.includes('--quick');
const t = process.argv.indexOf('--tiers');
const wanted = t >= 0 ? process.argv[t + 1].split(',') : ['js', 'wasm'];
const opts: Benchmark.Options = quick ? { minSamples: 5, maxTime: 0.75, initCount: 1 } : { minSamples: 10, maxTime: 2 };

const workloads: { name: string; make: () => { step: () => Tensor } }[] = [
  {
    name: 'elementwise chain (tanh·exp, 1M f32)',
    make: () => {
      const a = tj.rand([1 << 20]),
        b = tj.rand([1 << 20]);
      return { step: () => tanhExpChain(a, b) };
    },
  },
  { name: 'logistic-regression step (400x784)', make: logisticRegression },
  { name: 'MLP step (784-512-512-10, batch 128)', make: mlp },
  { name: 'convnet step (LeNet-like, 28x28, batch 32)', make: convnet },
  { name: 'RNN step (50 steps unrolled, hidden 64)', make: rnn },
];
const available = new Set(
  tj
    .backends()
    .filter((b) => b.available)
    .map((b) => b.name as string),
);
const tiers = wanted.filter((x) => available.has(x));

const fmt = (s: number) => (s < 1e-3 ? `${(s * 1e6).toFixed(2)} µs` : `${(s * 1e3).toFixed(2)} ms`);
const rows: string[] = [];
for (const [i, { name, make }] of workloads.entries()) {
  for (const tier of tiers) {
    tj.seed(100 + i);
    const run = tj.jit(make().step, { hot: 0, async: false, backend: tier as 'js' | 'wasm' });
    run(); // compiles outside the timing
    if (run.stats.tier !== tier) throw new Error(`${name}: ran on ${run.stats.tier}, not ${tier}`);
    const bench = new Benchmark(`${name} [${tier}]`, () => void run(), opts);
    bench.run({ async: false });
    if (bench.error) throw bench.error;
    const row = `| ${name} [${tier}] | ${fmt(bench.stats.mean)} ±${bench.stats.rme.toFixed(1)}% | ${bench.stats.sample.length} |`;
    console.error(row); // progress
    rows.push(row);
  }
}
console.log('\n| workload [tier] | mean time per call | samples |\n| --- | --- | --- |');
for (const r of rows) console.log(r);
process.exit(0); // helper threads and compile workers would keep the process alive
