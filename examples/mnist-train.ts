// The MNIST MLP (784-512-10) trained the way a PyTorch or JAX user would write it: every epoch
// visits the digits in a new order (minibatches from tj.permutation), dropout regularizes the
// hidden layer while training (and is off when evaluating), the gradients are clipped to a global
// norm (tj.clipGradNorm), and AdamW follows a cosine learning-rate schedule with warm-up; the whole
// step (forward, backward, clipping, update, schedule) is one jitted function. At the end the
// parameters are saved (safetensors), loaded into a fresh model that scores exactly the same, and
// tj.vmap(tj.grad(loss)) gives the gradient of every test digit on its own: the digits with the
// largest gradients are the ones the model gets most wrong.
//
//   npx tsx examples/mnist-train.ts                      # defaults: about 15-30 s on 2 cores
//   npx tsx examples/mnist-train.ts --quick              # a few seconds
//   npx tsx examples/mnist-train.ts --epochs 10 --hidden 1024 --seed 1
//   npx tsx examples/mnist-train.ts --help
//
// Outside this repository, import the package instead: `import * as tj from 'tensorjit'`.

import { mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadMnist, type Digits } from '../src/cli/mnist-data.js';
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';

/** The parameters: a tree (here an object) of Variables, saved and loaded by their names. */
export interface Params<T extends Tensor = Variable> {
  w1: T;
  b1: T;
  w2: T;
  b2: T;
}

/** Fresh parameters from tj's seeded generator (He-style scaled normal weights, zero biases). */
export function makeParams(hidden: number): Params {
  return {
    w1: tj.variable(tj.mul(tj.randn([784, hidden]), Math.sqrt(2 / 784))),
    b1: tj.variable(tj.zeros([hidden])),
    w2: tj.variable(tj.mul(tj.randn([hidden, 10]), Math.sqrt(1 / hidden))),
    b2: tj.variable(tj.zeros([10])),
  };
}

/**
 * The class scores of digits `x` ([n, 784], or one digit [784]): a ReLU hidden layer, dropout on
 * it while `training` (`rate` of its units zeroed, the rest scaled by 1/(1 - rate)), then a linear
 * layer. `p` may hold Variables or plain tensors (what tj.load returns).
 */
export function logits(p: Params<Tensor>, x: Tensor, training = false, rate = 0): Tensor {
  const h = tj.relu(tj.add(tj.matmul(x, p.w1), p.b1));
  return tj.add(tj.matmul(tj.dropout(h, rate, training), p.w2), p.b2);
}

/** The loss of one digit `x` [784] with label `y` (an int32 scalar), as a function of the parameters. */
export const lossOfOne = (p: Params<Tensor>, x: Tensor, y: Tensor): Tensor => tj.softmaxCrossEntropy(logits(p, x), y);

/**
 * Per-example gradient norms, compiled: tj.grad(lossOfOne) is the gradient for one digit (a tree
 * like `p`); tj.vmap maps it over a batch of digits and labels (the parameters not mapped:
 * inAxes null), giving every leaf a leading batch axis; the function returns each digit's global
 * L2 norm over all four leaves, [n].
 */
export function perExampleGradNorms(p: Params<Tensor>): (x: Tensor, y: Tensor) => Tensor {
  const perExampleGrads = tj.vmap(tj.grad(lossOfOne), { inAxes: [null, 0, 0] });
  // Compiled at the first call (hot: 0), synchronously: one batched graph, no loop over digits.
  return tj.jit(
    (x: Tensor, y: Tensor) => {
      const g: Params<Tensor> = perExampleGrads(p, x, y);
      const squares = Object.values(g).map((t: Tensor) =>
        tj.sum(
          tj.square(t),
          Array.from({ length: t.ndim - 1 }, (_, i) => i + 1),
        ),
      );
      return tj.sqrt(squares.reduce((a, b) => tj.add(a, b)));
    },
    { hot: 0, async: false },
  );
}

/** How many of `d`'s digits the parameters classify correctly (dropout off), and the predictions. */
export function evaluate(p: Params<Tensor>, d: Digits): { correct: number; predictions: Int32Array } {
  const pred = tj.argmax(logits(p, d.x), 1);
  const correct = tj.sum(tj.equal(pred, d.y)).item() as number;
  return { correct, predictions: pred.data() as Int32Array };
}

/** Settings of a run (every one has a default; `quick` changes the defaults of epochs, train, test and examples). */
export interface Options {
  epochs?: number;
  /** Training digits (the first of the `mnist` package's). */
  train?: number;
  /** Test digits. */
  test?: number;
  batch?: number;
  hidden?: number;
  /** AdamW's peak learning rate (the cosine schedule's `lr`). */
  lr?: number;
  /** Dropout rate on the hidden layer while training. */
  dropout?: number;
  /** The global gradient norm clipGradNorm caps. */
  clip?: number;
  /** Test digits whose per-example gradients are computed (0: none). */
  examples?: number;
  /** Seed of tj's generator: initial weights, minibatch orders, dropout masks. */
  seed?: number;
  /** A short run: 2 epochs on 2,000 digits, 500 test digits. */
  quick?: boolean;
  /** Where lines of output go (default console.log). */
  out?: (line: string) => void;
}

const defaults = {
  epochs: 5,
  train: 8000,
  test: 2000,
  batch: 128,
  hidden: 512,
  lr: 2e-3,
  dropout: 0.2,
  clip: 1,
  examples: 256,
  seed: 0,
};
const quickDefaults = { epochs: 2, train: 2000, test: 500, examples: 64 };

/** An epoch's row of the table. */
export interface Epoch {
  epoch: number;
  /** Mean training loss over the epoch's steps (with dropout on). */
  loss: number;
  /** The share of steps whose gradient norm was above `clip` (so clipGradNorm scaled it). */
  clipped: number;
  /** The learning rate of the epoch's last step. */
  lr: number;
  accuracy: number;
  /** Seconds for the epoch, its evaluation included. */
  seconds: number;
  /** The tier that ran the epoch's last step. */
  tier: string;
}

export interface Result {
  epochs: Epoch[];
  /** The trained model's test accuracy. */
  accuracy: number;
  /** A fresh model's test accuracy before loading the saved parameters, and after. */
  freshAccuracy: number;
  reloadedAccuracy: number;
  /** Whether the reloaded model predicts exactly what the trained one does, digit by digit. */
  samePredictions: boolean;
  /** Per-example gradient norms of the first `examples` test digits (empty when 0). */
  gradNorms: number[];
  /** The test digits with the largest gradients, largest first. */
  largest: { index: number; label: number; predicted: number; norm: number }[];
}

/** The defaults, then --quick's, then the options that are set. */
function settings(opts: Options): typeof defaults {
  const set = Object.fromEntries(
    Object.entries(opts).filter(([k, v]) => v !== undefined && k !== 'out' && k !== 'quick'),
  );
  return { ...defaults, ...(opts.quick ? quickDefaults : {}), ...set };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Trains, prints a row per epoch, saves and reloads, and prints the per-example gradients. */
export function main(opts: Options = {}): Result {
  const o = settings(opts);
  const out = opts.out ?? ((s: string) => console.log(s));
  const t0 = performance.now();
  tj.seed(o.seed);
  const data = loadMnist(o.train, o.test);
  const { batch } = o;
  if (data.train.n < batch) throw new RangeError(`--train (${data.train.n}) must be at least the batch (${batch})`);
  const stepsPerEpoch = Math.floor(data.train.n / batch); // the last partial batch is dropped
  const steps = o.epochs * stepsPerEpoch;
  const warmup = Math.min(Math.max(1, Math.round(steps * 0.05)), steps - 1);

  const params = makeParams(o.hidden);
  const list = Object.values(params);
  const schedule = tj.optim.schedules.cosine({ lr: o.lr, steps, warmup });
  const opt = tj.optim.adamw(list, { lr: schedule, weightDecay: 0.01 });
  const rateAt = (t: number) => {
    const r = schedule(tj.tensor(t, { dtype: 'int32' })); // a schedule is a function of the step count
    return typeof r === 'number' ? r : (r.item() as number);
  };

  // The training step, compiled: dropout draws a new mask on every call (from the seeded
  // generator), and the schedule reads the optimizer's step count, a Variable, so neither retraces.
  const step = tj.jit((x: Tensor, y: Tensor) => {
    const [loss, grads] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(logits(params, x, true, o.dropout), y), {
      wrt: list,
    })() as [Tensor, Tensor[]];
    const norm = tj.sqrt(grads.map((g) => tj.sum(tj.square(g))).reduce((a, b) => tj.add(a, b)));
    opt.step(tj.clipGradNorm(grads, o.clip));
    return tj.stack([loss, norm]);
  });

  out(
    `mnist-train: MLP 784-${o.hidden}-10 (ReLU, dropout ${o.dropout}) on ${data.train.n} MNIST digits, ${data.test.n} for testing; ` +
      `batch ${batch}, AdamW (weight decay 0.01) with a cosine schedule (peak ${o.lr}, warm-up ${warmup} of ${steps} steps), ` +
      `gradients clipped to norm ${o.clip}\n`,
  );
  out('| epoch | loss   | grad norm > clip | lr       | test accuracy | seconds | tier    |');
  out('| ----- | ------ | ---------------- | -------- | ------------- | ------- | ------- |');
  const epochs: Epoch[] = [];
  for (let e = 1; e <= o.epochs; e++) {
    const te = performance.now();
    const order = tj.permutation(data.train.n); // a new minibatch order every epoch
    let lossSum = 0,
      clipped = 0;
    for (let s = 0; s < stepsPerEpoch; s++) {
      const idx = tj.slice(order, [s * batch], [(s + 1) * batch]);
      const [loss, norm] = step(tj.take(data.train.x, idx, 0), tj.take(data.train.y, idx, 0)).data();
      lossSum += loss;
      if (norm > o.clip) clipped++;
    }
    const { correct } = evaluate(params, data.test);
    const row: Epoch = {
      epoch: e,
      loss: lossSum / stepsPerEpoch,
      clipped: clipped / stepsPerEpoch,
      lr: rateAt(e * stepsPerEpoch - 1),
      accuracy: correct / data.test.n,
      seconds: (performance.now() - te) / 1000,
      tier: step.stats.tier,
    };
    epochs.push(row);
    out(
      `| ${String(e).padEnd(5)} | ${row.loss.toFixed(4)} | ${pct(row.clipped).padEnd(16)} | ${row.lr.toExponential(2).padEnd(8)} | ` +
        `${pct(row.accuracy).padEnd(13)} | ${row.seconds.toFixed(2).padEnd(7)} | ${row.tier.padEnd(7)} |`,
    );
  }

  // Save the parameters, then load them into a fresh model (different random weights) and
  // evaluate it: the same test accuracy, digit for digit.
  const trained = evaluate(params, data.test);
  const dir = mkdtempSync(join(tmpdir(), 'tensorjit-mnist-'));
  const path = join(dir, 'mlp.safetensors');
  let fresh: { correct: number },
    reloaded: { correct: number; predictions: Int32Array },
    names: string[],
    bytes: number;
  try {
    tj.save(path, params);
    bytes = statSync(path).size;
    names = Object.entries(tj.load(path) as Params<Tensor>).map(([k, t]) => `${k} [${t.shape.join(', ')}]`);
    tj.seed(o.seed + 1);
    const model = makeParams(o.hidden);
    fresh = evaluate(model, data.test);
    tj.loadInto(path, model);
    reloaded = evaluate(model, data.test);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const samePredictions = reloaded.predictions.every((v, i) => v === trained.predictions[i]);
  const accuracy = trained.correct / data.test.n,
    reloadedAccuracy = reloaded.correct / data.test.n;
  out(
    `\nsaved ${names.join(', ')} with tj.save (${(bytes / 1e6).toFixed(2)} MB of safetensors); a fresh model scores ${pct(fresh.correct / data.test.n)}, ` +
      `after tj.loadInto ${pct(reloadedAccuracy)} (${reloaded.correct}/${data.test.n}), the trained one ${pct(accuracy)} (${trained.correct}/${data.test.n})`,
  );
  if (reloaded.correct !== trained.correct || !samePredictions)
    throw new Error(
      `mnist-train: the reloaded model scores ${reloaded.correct}/${data.test.n}, the trained one ${trained.correct}/${data.test.n}`,
    );
  out('reloaded accuracy equals the trained accuracy: yes (the same prediction for every test digit)');

  // Per-example gradients: one vmap(grad(...)) call per chunk of test digits, jitted.
  const n = Math.min(o.examples, data.test.n);
  const gradNorms: number[] = [];
  let largest: Result['largest'] = [];
  if (n > 0) {
    const norms = perExampleGradNorms(params);
    const chunk = 64;
    for (let i = 0; i < n; i += chunk) {
      const j = Math.min(n, i + chunk);
      gradNorms.push(...norms(tj.slice(data.test.x, [i], [j]), tj.slice(data.test.y, [i], [j])).data());
    }
    const sorted = [...gradNorms].sort((a, b) => a - b);
    const [, top] = tj.topk(tj.tensor(gradNorms), Math.min(5, n));
    const labels = tj.slice(data.test.y, [0], [n]).data();
    largest = Array.from(top.data(), (index) => ({
      index,
      label: labels[index],
      predicted: trained.predictions[index],
      norm: gradNorms[index],
    }));
    const wrong = Array.from({ length: n }, (_, i) => i).filter((i) => trained.predictions[i] !== labels[i]).length;
    out(
      `\nper-example gradient norms (tj.jit(tj.vmap(tj.grad(lossOfOne)))) of the first ${n} test digits: ` +
        `median ${sorted[Math.floor(n / 2)].toFixed(3)}, max ${sorted[n - 1].toFixed(3)}; ${wrong} of them misclassified. The largest:`,
    );
    out('| test digit | label | predicted | gradient norm |');
    out('| ---------- | ----- | --------- | ------------- |');
    for (const r of largest)
      out(
        `| ${String(r.index).padEnd(10)} | ${String(r.label).padEnd(5)} | ${`${r.predicted}${r.predicted === r.label ? '' : ' (wrong)'}`.padEnd(9)} | ${r.norm.toFixed(3).padEnd(13)} |`,
      );
  }
  out(`\nfinished in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return {
    epochs,
    accuracy,
    freshAccuracy: fresh.correct / data.test.n,
    reloadedAccuracy,
    samePredictions,
    gradNorms,
    largest,
  };
}

/** Options from the command line (`--epochs 10 --train 10000 ...`; `--help` lists them). */
export function parseCli(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      epochs: { type: 'string' },
      train: { type: 'string' },
      test: { type: 'string' },
      batch: { type: 'string' },
      hidden: { type: 'string' },
      lr: { type: 'string' },
      dropout: { type: 'string' },
      clip: { type: 'string' },
      examples: { type: 'string' },
      seed: { type: 'string' },
      quick: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  const int = (name: string, v: string | undefined, min = 1): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === '' || !Number.isInteger(n) || n < min)
      throw new RangeError(
        `--${name} must be ${min === 0 ? 'a non-negative' : 'a positive'} integer, got ${JSON.stringify(v)}`,
      );
    return n;
  };
  const real = (name: string, v: string | undefined, below = Infinity): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n >= below || (below === Infinity && n === 0))
      throw new RangeError(
        `--${name} must be ${below === Infinity ? 'a positive number' : `a number in [0, ${below})`}, got ${JSON.stringify(v)}`,
      );
    return n;
  };
  return {
    epochs: int('epochs', values.epochs),
    train: int('train', values.train),
    test: int('test', values.test),
    batch: int('batch', values.batch),
    hidden: int('hidden', values.hidden),
    lr: real('lr', values.lr),
    dropout: real('dropout', values.dropout, 1),
    clip: real('clip', values.clip),
    examples: int('examples', values.examples, 0),
    seed: int('seed', values.seed, 0),
    quick: values.quick,
  };
}

const usage = `usage: npx tsx examples/mnist-train.ts [options]
  --epochs N    passes over the training digits (default ${defaults.epochs}; ${quickDefaults.epochs} with --quick)
  --train N     training digits (default ${defaults.train}; ${quickDefaults.train} with --quick)
  --test N      test digits (default ${defaults.test}; ${quickDefaults.test} with --quick)
  --batch N     digits per step (default ${defaults.batch})
  --hidden N    hidden units (default ${defaults.hidden})
  --lr X        AdamW's peak learning rate (default ${defaults.lr})
  --dropout X   dropout rate on the hidden layer, in [0, 1) (default ${defaults.dropout})
  --clip X      the global gradient norm to clip to (default ${defaults.clip})
  --examples N  test digits whose per-example gradients are computed (default ${defaults.examples}; ${quickDefaults.examples} with --quick)
  --seed N      seed of the weights, the minibatch orders and the dropout masks (default ${defaults.seed})
  --quick       a short run: a few seconds
Environment: TENSORJIT_BACKEND picks the compiled tier (auto, js, native, wasm).`;

// Run as a program (not when imported, as test/examples.test.ts does).
const invoked = process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  let opts: Options | undefined;
  try {
    opts = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (opts === undefined) console.log(usage);
  else main(opts);
}
