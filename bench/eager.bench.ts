// Eager-speed benchmarks (benchmark.js): a small elementwise op, and float32 matmul 1024x1024.
// Run: npm run bench   (prints a table; figures go to bench/RESULTS.md by hand with the date and machine)
import Benchmark from 'benchmark';
import * as tj from '../src/index.js';

const quick = process.argv.includes('--quick');

tj.seed(0);
const a16 = tj.rand([16]), b16 = tj.rand([16]);
const m256a = tj.rand([256, 256]), m256b = tj.rand([256, 256]);
const m1024a = tj.rand([1024, 1024]), m1024b = tj.rand([1024, 1024]);
const x1m = tj.rand([1 << 20]), y1m = tj.rand([1 << 20]);

interface Row { name: string; mean: string; extra: string }
const rows: Row[] = [];
const fmtTime = (s: number) => (s < 1e-6 ? `${(s * 1e9).toFixed(0)} ns` : s < 1e-3 ? `${(s * 1e6).toFixed(2)} µs` : `${(s * 1e3).toFixed(2)} ms`);
const flops = (name: string, n: number) => (name.includes('matmul') ? `${((2 * n ** 3) / 1e9).toFixed(3)} GFLOP per call` : '');

const suite = new Benchmark.Suite('eager');
suite
  .add('add 16-element float32', () => tj.add(a16, b16))
  .add('add 1M float32', () => tj.add(x1m, y1m))
  .add('tanh(a*b+1) * exp(-x*x) chain, 1M float32', () => {
    const x = tj.add(tj.mul(x1m, y1m), 1);
    return tj.mul(tj.tanh(x), tj.exp(tj.neg(tj.mul(x, x))));
  })
  .add('matmul 256x256 float32', () => tj.matmul(m256a, m256b))
  .add('matmul 1024x1024 float32', () => tj.matmul(m1024a, m1024b), { minSamples: 5, maxTime: quick ? 2 : 8 })
  .on('cycle', (e: Benchmark.Event) => {
    const t = e.target as Benchmark.Target & { stats: Benchmark.Stats; name: string };
    const n = /matmul (\d+)/.exec(t.name)?.[1];
    const gflops = n ? `${((2 * Number(n) ** 3) / t.stats.mean / 1e9).toFixed(2)} GFLOP/s` : '';
    rows.push({ name: t.name, mean: `${fmtTime(t.stats.mean)} ±${t.stats.rme.toFixed(1)}%`, extra: gflops || flops(t.name, 0) });
    console.log(String(e.target));
  })
  .on('complete', () => {
    console.log('\n| benchmark | time per call | throughput |\n| --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.name} | ${r.mean} | ${r.extra} |`);
  })
  .run({ async: false, ...(quick ? { maxTime: 1 } : {}) });
