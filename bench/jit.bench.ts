// Traced against eager (benchmark.js): elementwise chains on 1M float32, the logistic-regression
// training step and the MLP training step, each eagerly and compiled by the JS tier.
// Run: npx tsx bench/jit.bench.ts [--quick]
import Benchmark from 'benchmark';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { report } from './report.js';
import { logisticRegression, mlp, tanhExpChain } from './workloads.js';

const quick = process.argv.includes('--quick');
const opts = { minSamples: 5, maxTime: quick ? 1.5 : 5 };
tj.seed(0);

const a = tj.rand([1 << 20]),
  b = tj.rand([1 << 20]),
  c = tj.rand([1 << 20]);
const tanhExp = tanhExpChain;
// An arithmetic chain of eight branch-free ops, where fusion is the whole story.
const arith = (a: Tensor, b: Tensor, c: Tensor) =>
  tj.sub(tj.add(tj.div(tj.sub(tj.mul(a, 2), b), tj.add(tj.abs(c), 1)), tj.mul(tj.mul(a, b), 0.5)), c);
// The same with a clip: maximum/minimum branch on every element, and random data mispredicts.
const clipped = (a: Tensor, b: Tensor, c: Tensor) => tj.clip(arith(a, b, c), -0.5, 0.5);
const logisticStep = logisticRegression().step;
const mlpStep = mlp().step;

const compiled = <F extends (...args: any[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false });
const tanhExpJ = compiled(tanhExp),
  arithJ = compiled(arith),
  clippedJ = compiled(clipped),
  logisticJ = compiled(logisticStep),
  mlpJ = compiled(mlpStep);

const suite = new Benchmark.Suite('jit');
suite
  .add('tanh(x)*exp(-x*x), x=a*b+1, 1M f32: eager', () => tanhExp(a, b), opts)
  .add('tanh(x)*exp(-x*x), x=a*b+1, 1M f32: js tier', () => tanhExpJ(a, b), opts)
  .add('8-op arithmetic chain, 1M f32: eager', () => arith(a, b, c), opts)
  .add('8-op arithmetic chain, 1M f32: js tier', () => arithJ(a, b, c), opts)
  .add('the same chain clipped to [-0.5, 0.5]: eager', () => clipped(a, b, c), opts)
  .add('the same chain clipped to [-0.5, 0.5]: js tier', () => clippedJ(a, b, c), opts)
  .add('logistic regression step 400x784: eager', logisticStep, opts)
  .add('logistic regression step 400x784: js tier', logisticJ, opts)
  .add('MLP step 784-512-512-10, batch 128: eager', mlpStep, opts)
  .add('MLP step 784-512-512-10, batch 128: js tier', mlpJ, opts);
const means = new Map<string, number>();
report(suite, (name, mean) => {
  means.set(name, mean);
  const eagerName = name.replace(': js tier', ': eager');
  return name.endsWith('js tier') && means.has(eagerName) ? `${(means.get(eagerName)! / mean).toFixed(2)}× eager` : '';
});
