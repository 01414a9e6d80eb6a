// The workloads the benchmarks share: the tanh·exp chain, the logistic-regression, MLP, convnet and
// RNN losses and SGD steps, built from seeded data; `inputs`, `params` and `lr` let bench/peers/
// rebuild the same model, with the same numbers, in other libraries.
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';

/** x = a*b + 1; tanh(x) * exp(-x*x): two transcendental functions per element. */
export const tanhExpChain = (a: Tensor, b: Tensor) => {
  const x = tj.add(tj.mul(a, b), 1);
  return tj.mul(tj.tanh(x), tj.exp(tj.neg(tj.mul(x, x))));
};

/** An SGD step over Variables: valueAndGrad of `loss`, then v -= lr * g. */
function sgdStep(loss: () => Tensor, params: Variable[], lr: number): () => Tensor {
  return () => {
    const [value, grads] = tj.valueAndGrad(loss, { wrt: params })();
    params.forEach((p, i) => p.assign(tj.sub(p, tj.mul(grads[i], lr))));
    return value;
  };
}

/** Logistic regression on 400 examples of 784 features with L2 regularization. */
export function logisticRegression() {
  const x = tj.randn([400, 784]),
    y = tj.astype(tj.greater(tj.rand([400]), 0.5), 'float32');
  const w = tj.variable(tj.zeros([784])),
    b = tj.variable(tj.zeros([]));
  const loss = () =>
    tj.add(tj.binaryCrossEntropy(tj.sigmoid(tj.add(tj.matmul(x, w), b)), y), tj.mul(tj.sum(tj.square(w)), 0.01));
  return { params: [w, b], inputs: { x, y }, lr: 0.1, loss, step: sgdStep(loss, [w, b], 0.1) };
}

/** A 784-512-512-10 ReLU MLP with softmax cross-entropy at batch 128. */
export function mlp() {
  const x = tj.rand([128, 784]),
    y = tj.argmax(tj.rand([128, 10]), 1);
  const layer = (i: number, o: number) => [
    tj.variable(tj.mul(tj.randn([i, o]), Math.sqrt(2 / i))),
    tj.variable(tj.zeros([o])),
  ];
  const params = [...layer(784, 512), ...layer(512, 512), ...layer(512, 10)];
  const [w1, b1, w2, b2, w3, b3] = params;
  const loss = () => {
    const h1 = tj.relu(tj.add(tj.matmul(x, w1), b1));
    const h2 = tj.relu(tj.add(tj.matmul(h1, w2), b2));
    return tj.softmaxCrossEntropy(tj.add(tj.matmul(h2, w3), b3), y);
  };
  return { params, inputs: { x, y }, lr: 0.01, loss, step: sgdStep(loss, params, 0.01) };
}

/** A LeNet-like convnet on 28x28 digits at batch 32: conv 5x5 (6), pool, conv 5x5 (16), pool, 256-120-84-10. */
export function convnet() {
  const x = tj.rand([32, 1, 28, 28]),
    y = tj.argmax(tj.rand([32, 10]), 1);
  const v = (shape: number[], fanIn: number) => tj.variable(tj.mul(tj.randn(shape), Math.sqrt(2 / fanIn)));
  const params = [
    v([6, 1, 5, 5], 25),
    tj.variable(tj.zeros([1, 6, 1, 1])),
    v([16, 6, 5, 5], 150),
    tj.variable(tj.zeros([1, 16, 1, 1])),
    v([256, 120], 256),
    tj.variable(tj.zeros([120])),
    v([120, 84], 120),
    tj.variable(tj.zeros([84])),
    v([84, 10], 84),
    tj.variable(tj.zeros([10])),
  ];
  const [c1, cb1, c2, cb2, f1, fb1, f2, fb2, f3, fb3] = params;
  const loss = () => {
    const h1 = tj.maxPool2d(tj.relu(tj.add(tj.conv2d(x, c1), cb1)), 2); // [32, 6, 12, 12]
    const h2 = tj.maxPool2d(tj.relu(tj.add(tj.conv2d(h1, c2), cb2)), 2); // [32, 16, 4, 4]
    const flat = tj.reshape(h2, [32, 256]);
    const h3 = tj.relu(tj.add(tj.matmul(flat, f1), fb1));
    const h4 = tj.relu(tj.add(tj.matmul(h3, f2), fb2));
    return tj.softmaxCrossEntropy(tj.add(tj.matmul(h4, f3), fb3), y);
  };
  return { params, inputs: { x, y }, lr: 0.01, loss, step: sgdStep(loss, params, 0.01) };
}

/** The tanh RNN's seeded data and parameters (input 32, hidden 64, batch 16), drawn in one order. */
function rnnData(steps: number) {
  const xs = Array.from({ length: steps }, () => tj.randn([16, 32]));
  const target = tj.randn([16, 64]);
  const params = [
    tj.variable(tj.mul(tj.randn([32, 64]), 0.1)),
    tj.variable(tj.mul(tj.randn([64, 64]), 0.1)),
    tj.variable(tj.zeros([64])),
  ];
  return { xs, target, params };
}

/** A tanh RNN unrolled over 50 steps (input 32, hidden 64, batch 16), regressing the last state. */
export function rnn() {
  const { xs, target, params } = rnnData(50);
  const [wx, wh, b] = params;
  const loss = () => {
    let h = tj.zeros([16, 64]);
    for (const x of xs) h = tj.tanh(tj.add(tj.add(tj.matmul(x, wx), tj.matmul(h, wh)), b));
    return tj.mean(tj.square(tj.sub(h, target)));
  };
  return { params, inputs: { xs: tj.stack(xs), target }, lr: 0.05, loss, step: sgdStep(loss, params, 0.05) };
}

/**
 * {@link rnn} written with `tj.scan`: the same seeded data and parameters (drawn in the same order),
 * loss and SGD step, but one loop whose body is traced once instead of `steps` unrolled copies.
 * `steps` (default 50, rnn's) changes only the sequence length: bench/control.bench.ts compiles
 * 10- and 1,000-step scans of the same body.
 */
export function rnnScan(steps = 50) {
  const data = rnnData(steps);
  const { target, params } = data;
  const xs = tj.stack(data.xs);
  const [wx, wh, b] = params;
  const loss = () => {
    const [h] = tj.scan(
      (h: Tensor, x: Tensor) => [tj.tanh(tj.add(tj.add(tj.matmul(x, wx), tj.matmul(h, wh)), b)), null] as const,
      tj.zeros([16, 64]),
      xs,
    );
    return tj.mean(tj.square(tj.sub(h, target)));
  };
  return { params, inputs: { xs, target }, lr: 0.05, loss, step: sgdStep(loss, params, 0.05) };
}
