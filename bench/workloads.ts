// The workloads the benchmarks share: the tanh·exp chain, the logistic-regression and MLP losses
// and SGD steps (Theano's tutorial models), built from seeded data.
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
  const x = tj.randn([400, 784]), y = tj.astype(tj.greater(tj.rand([400]), 0.5), 'float32');
  const w = tj.variable(tj.zeros([784])), b = tj.variable(tj.zeros([]));
  const loss = () => tj.add(tj.binaryCrossEntropy(tj.sigmoid(tj.add(tj.matmul(x, w), b)), y), tj.mul(tj.sum(tj.square(w)), 0.01));
  return { params: [w, b], loss, step: sgdStep(loss, [w, b], 0.1) };
}

/** A 784-512-512-10 ReLU MLP with softmax cross-entropy at batch 128. */
export function mlp() {
  const x = tj.rand([128, 784]), y = tj.argmax(tj.rand([128, 10]), 1);
  const layer = (i: number, o: number) => [tj.variable(tj.mul(tj.randn([i, o]), Math.sqrt(2 / i))), tj.variable(tj.zeros([o]))];
  const params = [...layer(784, 512), ...layer(512, 512), ...layer(512, 10)];
  const [w1, b1, w2, b2, w3, b3] = params;
  const loss = () => {
    const h1 = tj.relu(tj.add(tj.matmul(x, w1), b1));
    const h2 = tj.relu(tj.add(tj.matmul(h1, w2), b2));
    return tj.softmaxCrossEntropy(tj.add(tj.matmul(h2, w3), b3), y);
  };
  return { params, loss, step: sgdStep(loss, params, 0.01) };
}
