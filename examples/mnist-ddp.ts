// The MNIST MLP (784-500-10, as in the demo) trained data-parallel over MPI: every process holds
// the same parameters (the optimizer broadcasts rank 0's when it is made), trains on its own shard
// of each global batch, and the optimizer averages the gradients across processes before each
// update ({ allReduce: true }: one all-reduce per ~25 MB bucket, between the compiled kernels of
// the jitted step). Rank 0 prints one table. Without mpirun it is a group of one: the same script.
//
//   mpirun -np 2 node --import tsx examples/mnist-ddp.ts              # as root: --allow-run-as-root
//   mpirun -np 2 node --import tsx examples/mnist-ddp.ts --epochs 3 --batch 256
//   node --import tsx examples/mnist-ddp.ts                           # one process
//
// Outside this repository, import the package instead: `import * as tj from 'tensorjit'`.

import { parseArgs } from 'node:util';
import { loadMnist } from '../src/cli/mnist-data.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const { values: flags } = parseArgs({
  options: {
    epochs: { type: 'string', default: '2' },
    batch: { type: 'string', default: '128' },
    train: { type: 'string', default: '8000' },
    test: { type: 'string', default: '2000' },
    lr: { type: 'string', default: '0.1' },
  },
});
const EPOCHS = Number(flags.epochs),
  BATCH = Number(flags.batch),
  LR = Number(flags.lr);

tj.distributed.init();
const rank = tj.distributed.rank(),
  size = tj.distributed.size();
if (BATCH % size !== 0) throw new Error(`--batch ${BATCH} must be a multiple of the ${size} processes`);
const local = BATCH / size;

// Every process loads the same digits (the `mnist` package's 10,000, in a fixed order) and keeps
// its shard of each global batch: rows [rank * local, (rank + 1) * local) of every batch.
const { train, test } = loadMnist(Number(flags.train), Number(flags.test));
const steps = Math.floor(train.n / BATCH);

tj.seed(1234 + rank); // different draws on every rank: the optimizer makes them rank 0's
const w1 = tj.variable(tj.mul(tj.randn([784, 500]), Math.sqrt(1 / 784))),
  b1 = tj.variable(tj.zeros([500]));
const w2 = tj.variable(tj.mul(tj.randn([500, 10]), Math.sqrt(1 / 500))),
  b2 = tj.variable(tj.zeros([10]));
const params = [w1, b1, w2, b2];
const logits = (x: Tensor) => tj.add(tj.matmul(tj.tanh(tj.add(tj.matmul(x, w1), b1)), w2), b2);
const opt = tj.optim.sgd(params, { lr: LR, momentum: 0.9, allReduce: true });

const native = tj.backends().find((b) => b.name === 'native')?.available === true;
const step = tj.jit(
  (x: Tensor, y: Tensor) => {
    const [loss, grads] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(logits(x), y), { wrt: params })();
    opt.step(grads);
    return loss;
  },
  // Every process compiles at the same call, so all of them run the same steps in the same order.
  { backend: native ? 'native' : 'js', hot: 0, async: false },
);

const accuracy = () => tj.mean(tj.astype(tj.equal(tj.argmax(logits(test.x), 1), test.y), 'float32')).item() as number;

const rows: string[][] = [['epoch', 'loss (mean of all shards)', 'test accuracy', 'ms per step', 'steps']];
const t0 = performance.now();
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const start = performance.now();
  let total = 0;
  for (let s = 0; s < steps; s++) {
    const lo = s * BATCH + rank * local;
    total += step(tj.slice(train.x, [lo], [lo + local]), tj.slice(train.y, [lo], [lo + local])).item() as number;
  }
  const ms = (performance.now() - start) / steps;
  // The epoch's loss averaged over every process (each saw its own shards).
  const loss = tj.distributed.allReduce(tj.tensor([total / steps]), 'mean').item() as number;
  rows.push([String(epoch), loss.toFixed(4), `${(accuracy() * 100).toFixed(1)}%`, ms.toFixed(2), String(steps)]);
}
// The parameters are the same on every process: check it (max |w - rank 0's w|).
const drift = tj.distributed.allReduce(tj.sum(tj.abs(tj.sub(w1, tj.distributed.broadcast(w1, 0)))), 'max').item();

if (rank === 0) {
  console.log(
    `MNIST MLP 784-500-10, data-parallel over ${size} process${size === 1 ? '' : 'es'} (${native ? 'native' : 'js'} tier): ` +
      `global batch ${BATCH} (${local} per process), ${train.n} training digits, SGD lr ${LR} momentum 0.9\n`,
  );
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => `| ${r.map((v, c) => v.padEnd(widths[c])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log(
    `\nparameters equal on every process: ${drift === 0 ? 'yes' : `no (drift ${String(drift)})`}; ` +
      `finished in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
