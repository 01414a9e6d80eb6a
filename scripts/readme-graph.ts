// Prints the Graphviz source of the README's picture: the optimized graph of a jitted
// logistic-regression training step (`npx tsx scripts/readme-graph.ts | dot -Tsvg > docs/logistic-step.svg`).
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const w = tj.variable(tj.zeros([784, 10])),
  b = tj.variable(tj.zeros([10]));
const step = tj.jit(
  (x: Tensor, y: Tensor) => {
    const [loss, [gw, gb]] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(tj.add(tj.matmul(x, w), b), y), {
      wrt: [w, b],
    })() as [Tensor, Tensor[]];
    w.assign(tj.sub(w, tj.mul(gw, 0.1)));
    b.assign(tj.sub(b, tj.mul(gb, 0.1)));
    return loss;
  },
  { backend: 'js', hot: 0, async: false },
);
console.log(step.lower(tj.zeros([64, 784]), tj.zeros([64], 'int32')).dot);
