// Eager-speed benchmarks (benchmark.js): a small elementwise op, a 1M-element chain, and float32 matmul.
// Run: npm run bench -- [--quick]
import Benchmark from 'benchmark';
import * as tj from '../src/index.js';
import { report } from './report.js';

const quick = process.argv.includes('--quick');
tj.seed(0);
const a16 = tj.rand([16]),
  b16 = tj.rand([16]);
const m256a = tj.rand([256, 256]),
  m256b = tj.rand([256, 256]);
const m1024a = tj.rand([1024, 1024]),
  m1024b = tj.rand([1024, 1024]);
const x1m = tj.rand([1 << 20]),
  y1m = tj.rand([1 << 20]);
const long = { minSamples: 5, maxTime: quick ? 2 : 8 };

const suite = new Benchmark.Suite('eager');
suite
  .add('add 16-element float32', () => tj.add(a16, b16))
  .add('add 1M float32', () => tj.add(x1m, y1m))
  .add(
    'x = a*b+1; tanh(x)*exp(-x*x), 1M float32',
    () => {
      const x = tj.add(tj.mul(x1m, y1m), 1);
      return tj.mul(tj.tanh(x), tj.exp(tj.neg(tj.mul(x, x))));
    },
    long,
  )
  .add('matmul 256x256 float32', () => tj.matmul(m256a, m256b))
  .add('matmul 1024x1024 float32', () => tj.matmul(m1024a, m1024b), long);
report(suite, (name, mean) => {
  const n = /matmul (\d+)/.exec(name)?.[1];
  return n ? `${((2 * Number(n) ** 3) / mean / 1e9).toFixed(2)} GFLOP/s` : '';
});
