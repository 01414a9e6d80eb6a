// Gradient benchmarks (benchmark.js): valueAndGrad of an MLP softmax cross-entropy loss
// (784-512-512-10, batch 128) and of the logistic-regression loss (400x784), eagerly.
// Run: npx tsx bench/autodiff.bench.ts [--quick]
import Benchmark from 'benchmark';
import * as tj from '../src/index.js';
import { report } from './report.js';

const quick = process.argv.includes('--quick');
tj.seed(0);

// MLP 784-512-512-10 at batch 128.
const x = tj.rand([128, 784]);
const y = tj.argmax(tj.rand([128, 10]), 1);
const init = (i: number, o: number) => tj.variable(tj.mul(tj.randn([i, o]), Math.sqrt(2 / i)));
const [w1, w2, w3] = [init(784, 512), init(512, 512), init(512, 10)];
const [b1, b2, b3] = [tj.variable(tj.zeros([512])), tj.variable(tj.zeros([512])), tj.variable(tj.zeros([10]))];
const mlpLoss = () => {
  const h1 = tj.relu(tj.add(tj.matmul(x, w1), b1));
  const h2 = tj.relu(tj.add(tj.matmul(h1, w2), b2));
  return tj.softmaxCrossEntropy(tj.add(tj.matmul(h2, w3), b3), y);
};
const mlpStep = tj.valueAndGrad(mlpLoss, { wrt: [w1, b1, w2, b2, w3, b3] });

// Logistic regression, Theano's tutorial: 400 examples of 784 features, binary labels.
const xl = tj.randn([400, 784]);
const yl = tj.astype(tj.greater(tj.rand([400]), 0.5), 'float32');
const wl = tj.variable(tj.zeros([784])), bl = tj.variable(tj.zeros([]));
const logisticLoss = () => {
  const p = tj.sigmoid(tj.add(tj.matmul(xl, wl), bl));
  return tj.add(tj.binaryCrossEntropy(p, yl), tj.mul(tj.sum(tj.square(wl)), 0.01));
};
const logisticStep = tj.valueAndGrad(logisticLoss, { wrt: [wl, bl] });

const suite = new Benchmark.Suite('autodiff');
suite
  .add('valueAndGrad MLP 784-512-512-10, batch 128 (eager)', () => mlpStep(), { minSamples: 5, maxTime: quick ? 2 : 6 })
  .add('valueAndGrad logistic regression 400x784 (eager)', () => logisticStep(), quick ? { maxTime: 1 } : {})
  .add('MLP forward only (eager)', () => mlpLoss(), { minSamples: 5, maxTime: quick ? 2 : 6 });
report(suite);
