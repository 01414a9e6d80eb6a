// Gradient benchmarks (benchmark.js): valueAndGrad of an MLP softmax cross-entropy loss
// (784-512-512-10, batch 128) and of the logistic-regression loss (400x784), eagerly.
// Run: npx tsx bench/autodiff.bench.ts [--quick]
import Benchmark from 'benchmark';
import * as tj from '../src/index.js';
import { report } from './report.js';
import { logisticRegression, mlp } from './workloads.js';

const quick = process.argv.includes('--quick');
tj.seed(0);

const m = mlp(),
  l = logisticRegression();
const mlpStep = tj.valueAndGrad(m.loss, { wrt: m.params });
const mlpLoss = m.loss;
const logisticStep = tj.valueAndGrad(l.loss, { wrt: l.params });

const suite = new Benchmark.Suite('autodiff');
suite
  .add('valueAndGrad MLP 784-512-512-10, batch 128 (eager)', () => mlpStep(), { minSamples: 5, maxTime: quick ? 2 : 6 })
  .add('valueAndGrad logistic regression 400x784 (eager)', () => logisticStep(), quick ? { maxTime: 1 } : {})
  .add('MLP forward only (eager)', () => mlpLoss(), { minSamples: 5, maxTime: quick ? 2 : 6 });
report(suite);
