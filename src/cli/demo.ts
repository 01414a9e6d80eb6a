// The demo: Theano's tutorial path on real MNIST digits (the `mnist` package's 10,000): logistic
// regression, then a 784-500-10 MLP, each trained eagerly and then with @jit, showing progress,
// the moments compiled tiers swap in, and a final table of accuracy and time per step.

import * as tj from '../index.js';
import { loadMnist, type Digits } from './mnist-data.js';
import type { Tensor, Variable } from '../index.js';

interface Model {
  name: string;
  params: Variable[];
  logits(x: Tensor): Tensor;
}

function logistic(): Model {
  const w = tj.variable(tj.zeros([784, 10])),
    b = tj.variable(tj.zeros([10]));
  return { name: 'logistic regression', params: [w, b], logits: (x) => tj.add(tj.matmul(x, w), b) };
}

function mlp(): Model {
  const w1 = tj.variable(tj.mul(tj.randn([784, 500]), Math.sqrt(1 / 784))),
    b1 = tj.variable(tj.zeros([500]));
  const w2 = tj.variable(tj.mul(tj.randn([500, 10]), Math.sqrt(1 / 500))),
    b2 = tj.variable(tj.zeros([10]));
  return {
    name: 'MLP 784-500-10',
    params: [w1, b1, w2, b2],
    logits: (x) => tj.add(tj.matmul(tj.tanh(tj.add(tj.matmul(x, w1), b1)), w2), b2),
  };
}

/** One SGD-with-momentum step; the @jit version is the same method decorated, as a migrating user would write it. */
class EagerTrainer {
  readonly opt: tj.Optimizer;
  constructor(
    readonly model: Model,
    lr: number,
  ) {
    this.opt = tj.optim.sgd(model.params, { lr, momentum: 0.9 });
  }
  step(x: Tensor, y: Tensor): Tensor {
    const [loss, grads] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(this.model.logits(x), y), {
      wrt: this.model.params,
    })();
    this.opt.step(grads);
    return loss;
  }
}

class JitTrainer extends EagerTrainer {
  @tj.jit
  override step(x: Tensor, y: Tensor): Tensor {
    return super.step(x, y);
  }
}

/** The same step on the WASM tier: a row of its own where 'auto' picks the native tier. */
class WasmJitTrainer extends EagerTrainer {
  @tj.jit({ backend: 'wasm' })
  override step(x: Tensor, y: Tensor): Tensor {
    return super.step(x, y);
  }
}

const accuracy = (m: Model, d: Digits) =>
  tj.mean(tj.astype(tj.equal(tj.argmax(m.logits(d.x), 1), d.y), 'float32')).item() as number;

function bar(done: number, total: number, width = 24): string {
  const k = Math.round((done / total) * width);
  return `[${'#'.repeat(k)}${'.'.repeat(width - k)}]`;
}

interface Row {
  model: string;
  mode: string;
  accuracy: number;
  msPerStep: number;
}

function train(
  model: Model,
  trainer: EagerTrainer,
  data: { train: Digits; test: Digits },
  epochs: number,
  batch: number,
  mode: string,
  out: (s: string) => void,
): Row {
  const steps = Math.floor(data.train.n / batch);
  const tty = process.stdout.isTTY;
  const stats = () => (trainer as unknown as { step: { stats?: tj.JitStats } }).step.stats;
  let lastTier = 'eager',
    stepsDone = 0,
    time = 0;
  const t0 = performance.now();
  for (let e = 1; e <= epochs; e++) {
    let lossSum = 0;
    const te = performance.now();
    for (let s = 0; s < steps; s++) {
      const x = tj.slice(data.train.x, [s * batch], [(s + 1) * batch]);
      const y = tj.slice(data.train.y, [s * batch], [(s + 1) * batch]);
      const ts = performance.now();
      lossSum += trainer.step(x, y).item() as number;
      time += performance.now() - ts;
      stepsDone++;
      const tier = stats()?.tier;
      if (tier && tier !== 'eager' && tier !== lastTier) {
        out(
          `${tty ? '\r\x1b[K' : ''}  -> the ${tier} tier swapped in at step ${stepsDone} (${((performance.now() - t0) / 1000).toFixed(2)} s after the start)`,
        );
        lastTier = tier;
      }
      if (tty && s % 10 === 0)
        process.stdout.write(`\r  epoch ${e}/${epochs} ${bar(s, steps)} loss ${(lossSum / (s + 1)).toFixed(4)}`);
    }
    const acc = accuracy(model, data.test);
    const rate = steps / ((performance.now() - te) / 1000);
    out(
      `${tty ? '\r\x1b[K' : ''}  epoch ${e}/${epochs} ${bar(steps, steps)} loss ${(lossSum / steps).toFixed(4)}  test acc ${(acc * 100).toFixed(1)}%  ${rate.toFixed(0)} steps/s  [${mode === 'eager' ? 'eager' : (stats()?.tier ?? 'eager')}]`,
    );
  }
  return {
    model: model.name,
    mode: mode === 'eager' ? 'eager' : `@jit (${lastTier})`,
    accuracy: accuracy(model, data.test),
    msPerStep: time / stepsDone,
  };
}

/** The most epochs (passes over the 8,000 training digits) the demo takes. */
export const MAX_EPOCHS = 100;
const epochsRange = `an integer from 1 to ${MAX_EPOCHS} (passes over the 8,000 training digits)`;

function checkEpochs(epochs: number): number {
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > MAX_EPOCHS)
    throw new RangeError(`epochs must be ${epochsRange}, got ${epochs}`);
  return epochs;
}

/** The command line's epochs argument: digits only, 1 to MAX_EPOCHS; throws a RangeError naming it otherwise. */
export function parseEpochs(arg: string): number {
  if (!/^\d+$/.test(arg.trim())) throw new RangeError(`epochs must be ${epochsRange}, got ${JSON.stringify(arg)}`);
  return checkEpochs(Number(arg));
}

export function demo(opts: { epochs?: number; out?: (s: string) => void } = {}): Row[] {
  const out = opts.out ?? ((s: string) => console.log(s));
  const epochs = checkEpochs(opts.epochs ?? 8);
  const t0 = performance.now();
  const data = loadMnist(8000, 2000);
  out(
    `tensorjit demo: MNIST, ${data.train.n} training and ${data.test.n} test digits; backends: ${tj
      .backends()
      .map((b) => `${b.name}${b.available ? '' : ' (unavailable)'}`)
      .join(', ')}`,
  );
  const rows: Row[] = [];
  const available = (name: string) => tj.backends().some((b) => b.name === name && b.available);
  // 'auto' ends on the native tier where there is a C compiler: then the WASM tier gets a row of its own.
  const modes =
    available('native') && available('wasm') ? (['eager', 'jit', 'jit-wasm'] as const) : (['eager', 'jit'] as const);
  for (const make of [logistic, mlp]) {
    for (const mode of modes) {
      tj.seed(42);
      const model = make();
      out(
        `\n${model.name}, ${mode === 'eager' ? 'eager' : mode === 'jit' ? 'with @jit' : "with @jit({ backend: 'wasm' })"}:`,
      );
      const trainer =
        mode === 'eager'
          ? new EagerTrainer(model, 0.05)
          : mode === 'jit'
            ? new JitTrainer(model, 0.05)
            : new WasmJitTrainer(model, 0.05);
      rows.push(train(model, trainer, data, epochs, 50, mode, out));
    }
  }
  out('\n| model | mode | test accuracy | ms per step |\n| --- | --- | --- | --- |');
  for (const r of rows)
    out(`| ${r.model} | ${r.mode} | ${(r.accuracy * 100).toFixed(1)}% | ${r.msPerStep.toFixed(2)} |`);
  out(`\nfinished in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return rows;
}
