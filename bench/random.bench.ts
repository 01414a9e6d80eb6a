// Random draws, eager and compiled on each tier: rand and randn of 1M float32 (a call draws anew
// each time, the generator advancing), timed with benchmark.js. Only the public API, so it runs
// unchanged on older commits (bench/compare-commits.ts --copy bench/random.bench.ts).
// Run: npx tsx bench/random.bench.ts [--quick] [--tiers js,wasm,native]
import Benchmark from 'benchmark';
import * as tj from '../src/index.js';

const quick = process.argv.includes('--quick');
const t = process.argv.indexOf('--tiers');
const wanted = t >= 0 ? process.argv[t + 1].split(',') : ['js', 'wasm', 'native'];
const opts: Benchmark.Options = quick ? { minSamples: 5, maxTime: 0.75, initCount: 1 } : { minSamples: 10, maxTime: 2 };
const N = 1 << 20;

const available = new Set(
  tj
    .backends()
    .filter((b) => b.available)
    .map((b) => b.name as string),
);
const draws = [
  { name: `rand (${N} f32)`, draw: () => tj.rand([N]) },
  { name: `randn (${N} f32)`, draw: () => tj.randn([N]) },
];

const fmt = (s: number) => (s < 1e-3 ? `${(s * 1e6).toFixed(2)} µs` : `${(s * 1e3).toFixed(2)} ms`);
const rows: string[] = [];
const time = (name: string, run: () => unknown) => {
  const bench = new Benchmark(name, () => void run(), opts);
  bench.run({ async: false });
  if (bench.error) throw bench.error;
  const row = `| ${name} | ${fmt(bench.stats.mean)} ±${bench.stats.rme.toFixed(1)}% | ${bench.stats.sample.length} |`;
  console.error(row); // progress
  rows.push(row);
};

tj.seed(7);
for (const { name, draw } of draws) {
  time(`${name} [eager]`, () => draw().data());
  for (const tier of wanted.filter((x) => available.has(x))) {
    const run = tj.jit(draw, { hot: 0, async: false, backend: tier as 'js' | 'wasm' | 'native' });
    run(); // compiles outside the timing
    if (run.stats.tier !== tier) throw new Error(`${name}: ran on ${run.stats.tier}, not ${tier}`);
    time(`${name} [${tier}]`, () => run().data());
  }
}
console.log('\n| draw [tier] | mean time per call | samples |\n| --- | --- | --- |');
for (const r of rows) console.log(r);
process.exit(0); // helper threads and compile workers would keep the process alive
