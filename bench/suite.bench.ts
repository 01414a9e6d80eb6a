// The benchmark table (benchmark.js): each workload eagerly and on every available compiled tier,
// printed and written to bench/SUITE.md with the machine, Node and toolchain versions.
// Run: npm run bench -- suite [--quick]
import fs from 'node:fs';
import os from 'node:os';
import Benchmark from 'benchmark';
import { toolchain } from '../jit/emcc.js';
import * as tj from '../src/index.js';
import { convnet, logisticRegression, mlp, rnn, tanhExpChain } from './workloads.js';

const quick = process.argv.includes('--quick');
const opts = { minSamples: 5, maxTime: quick ? 1 : 4 };
tj.seed(0);
const a = tj.rand([1 << 20]), b = tj.rand([1 << 20]);
const workloads: [string, () => () => unknown][] = [
  ['elementwise chain (tanh·exp, 1M f32)', () => () => tanhExpChain(a, b)],
  ['logistic-regression step (400x784)', () => logisticRegression().step],
  ['MLP step (784-512-512-10, batch 128)', () => mlp().step],
  ['convnet step (LeNet-like, 28x28, batch 32)', () => convnet().step],
  ['RNN step (50 steps unrolled, hidden 64)', () => rnn().step],
];
const tiers = ['eager', ...tj.backends().filter((x) => x.available && (x.name === 'js' || x.name === 'wasm')).map((x) => x.name)];
const table = new Map<string, Map<string, number>>();

for (const [name, make] of workloads) {
  const row = new Map<string, number>();
  table.set(name, row);
  for (const tier of tiers) {
    const fn = make();
    const run = tier === 'eager' ? fn : tj.jit(fn as () => unknown, { hot: 0, async: false, backend: tier as 'js' | 'wasm' });
    run(); // compile outside the timing
    const bench = new Benchmark(`${name} [${tier}]`, () => { run(); }, opts);
    bench.run({ async: false });
    row.set(tier, bench.stats.mean * 1000);
    console.log(`${name} [${tier}]: ${(bench.stats.mean * 1000).toFixed(2)} ms ±${bench.stats.rme.toFixed(1)}%`);
  }
}

const tc = toolchain();
const header = `| workload | ${tiers.map((t) => `${t} (ms)`).join(' | ')} | ${tiers.slice(1).map((t) => `${t} vs eager`).join(' | ')} |`;
const lines = [
  `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; emcc: ${tc.available ? tc.version : 'none'}; ${new Date().toISOString().slice(0, 10)}`,
  '',
  header,
  `| --- | ${tiers.map(() => '---').join(' | ')} | ${tiers.slice(1).map(() => '---').join(' | ')} |`,
  ...[...table].map(([name, row]) => `| ${name} | ${tiers.map((t) => row.get(t)!.toFixed(2)).join(' | ')} | ${tiers.slice(1).map((t) => `${(row.get('eager')! / row.get(t)!).toFixed(2)}×`).join(' | ')} |`),
];
console.log(`\n${lines.join('\n')}`);
fs.writeFileSync(new URL('./SUITE.md', import.meta.url), `# npm run bench -- suite\n\n${lines.join('\n')}\n`);
