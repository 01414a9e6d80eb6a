// A character-level GRU language model trained with tj.scan on arithmetic expressions such as
// `(3+41)*7` that the example generates itself from a small stochastic grammar (nothing is
// downloaded or copied into the repository). `accepts(s)` decides whether a string belongs to the
// grammar, so progress is checkable: as the loss falls, the share of strings sampled from the model
// that the grammar accepts rises. The same model is trained twice, eagerly and with the training
// step under @tj.jit, printing the loss, the accepted share and the time per step of each.
//
//   npx tsx examples/char-rnn.ts                 # defaults: about 30-60 s on 2 cores
//   npx tsx examples/char-rnn.ts --steps 1500    # longer: more of the samples parse
//   npx tsx examples/char-rnn.ts --help
//
// Outside this repository, import the package instead: `import * as tj from 'tensorjit'`.

import { parseArgs } from 'node:util';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';

// ---------------------------------------------------------------------------------------------
// The grammar: expressions over + - * with parentheses nested at most MAX_DEPTH deep.
//
//   expr(d) := term(d) (op term(d)){0,MAX_OPS}      op   := '+' | '-' | '*'
//   term(d) := num | '(' expr(d+1) ')'  (d < MAX_DEPTH) num := '0' | [1-9] [0-9]?
//
// and a sentence is an expr(0) of at most MAX_LEN characters. In the corpus, sentences follow one
// another, each ended by a newline.

/** The characters the model reads and writes; index 0, the newline, ends a sentence. */
export const VOCAB = '\n0123456789+-*()';
const V = VOCAB.length;
const END = 0;
/** The longest sentence of the grammar, in characters. */
export const MAX_LEN = 20;
/** How deep parentheses nest. */
export const MAX_DEPTH = 2;
/** The most operators in one (parenthesised) expression. */
export const MAX_OPS = 2;

/** A seeded PRNG (mulberry32): uniform numbers in [0, 1), the same sequence for the same seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One sentence of the grammar, drawn with `rand`. */
export function generate(rand: () => number): string {
  const pick = (s: string) => s[Math.floor(rand() * s.length)];
  const num = () => (rand() < 0.1 ? '0' : pick('123456789') + (rand() < 0.5 ? pick('0123456789') : ''));
  const term = (d: number): string => (d < MAX_DEPTH && rand() < 0.3 ? `(${expr(d + 1)})` : num());
  const expr = (d: number): string => {
    let s = term(d);
    for (let k = 0; k < MAX_OPS && rand() < (d === 0 ? 0.7 : 0.5); k++) s += pick('+-*') + term(d);
    return s;
  };
  for (;;) {
    const s = expr(0);
    if (s.length <= MAX_LEN) return s;
  }
}

/** Whether `s` is a sentence of the grammar (a recursive-descent parser with the same limits). */
export function accepts(s: string): boolean {
  if (s.length === 0 || s.length > MAX_LEN) return false;
  let i = 0;
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const num = (): boolean => {
    if (!digit(s[i])) return false;
    if (s[i++] === '0') return true; // no leading zeros: '0' stands alone
    if (digit(s[i])) i++;
    return true;
  };
  const term = (d: number): boolean => {
    if (s[i] !== '(') return num();
    if (d >= MAX_DEPTH) return false;
    i++;
    if (!expr(d + 1) || s[i] !== ')') return false;
    i++;
    return true;
  };
  const expr = (d: number): boolean => {
    if (!term(d)) return false;
    for (let k = 0; s[i] !== undefined && '+-*'.includes(s[i]); k++) {
      if (k === MAX_OPS) return false;
      i++;
      if (!term(d)) return false;
    }
    return true;
  };
  return expr(0) && i === s.length;
}

/**
 * A batch of training windows, time-major: `inputs` and `targets` are int32 [seqLen, batch], each
 * column a stream of sentences that starts at a sentence boundary, `targets` being `inputs`
 * shifted by one character.
 */
export function batchOf(rand: () => number, batch: number, seqLen: number): { inputs: Tensor; targets: Tensor } {
  const inputs = new Int32Array(seqLen * batch),
    targets = new Int32Array(seqLen * batch);
  for (let b = 0; b < batch; b++) {
    let text = '\n';
    while (text.length < seqLen + 1) text += generate(rand) + '\n';
    for (let t = 0; t < seqLen; t++) {
      inputs[t * batch + b] = VOCAB.indexOf(text[t]);
      targets[t * batch + b] = VOCAB.indexOf(text[t + 1]);
    }
  }
  return {
    inputs: tj.tensor(inputs, { shape: [seqLen, batch] }),
    targets: tj.tensor(targets, { shape: [seqLen, batch] }),
  };
}

// ---------------------------------------------------------------------------------------------
// The model: a GRU whose time loop is one tj.scan.

/** A one-layer GRU language model over VOCAB; `params` are its Variables. */
export class CharGRU {
  readonly wx: Variable; // [V, 3H]: input to update gate, reset gate, candidate
  readonly wh: Variable; // [H, 3H]: hidden to the same
  readonly b: Variable; // [3H]
  readonly wy: Variable; // [H, V]: hidden to next-character logits
  readonly by: Variable; // [V]
  readonly params: Variable[];

  constructor(readonly hidden: number) {
    const H = hidden;
    this.wx = tj.variable(tj.mul(tj.randn([V, 3 * H]), Math.sqrt(1 / V)));
    this.wh = tj.variable(tj.mul(tj.randn([H, 3 * H]), Math.sqrt(1 / H)));
    this.b = tj.variable(tj.zeros([3 * H]));
    this.wy = tj.variable(tj.mul(tj.randn([H, V]), Math.sqrt(1 / H)));
    this.by = tj.variable(tj.zeros([V]));
    this.params = [this.wx, this.wh, this.b, this.wy, this.by];
  }

  /** One GRU step: the next hidden state from `h` [B, H] and the input projection `xp` [B, 3H]. */
  cell(h: Tensor, xp: Tensor): Tensor {
    const [xz, xr, xn] = tj.split(xp, 3, -1);
    const [hz, hr, hn] = tj.split(tj.matmul(h, this.wh), 3, -1);
    const z = tj.sigmoid(tj.add(xz, hz));
    const r = tj.sigmoid(tj.add(xr, hr));
    const n = tj.tanh(tj.add(xn, tj.mul(r, hn)));
    return tj.add(n, tj.mul(z, tj.sub(h, n))); // (1 - z) * n + z * h
  }

  /** The next-character logits [T, B, V] for int32 `inputs` [T, B], from a zero state. */
  logits(inputs: Tensor): Tensor {
    const B = inputs.shape[1];
    // Input projections for every step at once (one-hot times wx), outside the loop.
    const xp = tj.add(tj.matmul(tj.oneHot(inputs, V), this.wx), this.b); // [T, B, 3H]
    const [, hs] = tj.scan(
      (h: Tensor, x: Tensor) => {
        const h2 = this.cell(h, x);
        return [h2, h2];
      },
      tj.zeros([B, this.hidden]),
      xp,
    ); // hs: [T, B, H]
    return tj.add(tj.matmul(hs, this.wy), this.by);
  }

  /**
   * Samples sentences, all at once with one tj.scan over the steps: each step feeds the previous
   * character back in and picks the next by the Gumbel-max trick, argmax(logits + g) with g the
   * step's slice of `gumbel` [steps, n, V] (so the same noise gives comparable samples as the
   * model trains). A sample ends at its first newline; one with none is too long to be accepted.
   */
  sample(gumbel: Tensor): string[] {
    const [steps, n] = gumbel.shape;
    const start = tj.oneHot(tj.full([n], END, 'int32'), V);
    const [, tokens] = tj.scan(
      ([h, x]: Tensor[], g: Tensor) => {
        const h2 = this.cell(h, tj.add(tj.matmul(x, this.wx), this.b));
        const next = tj.argmax(tj.add(tj.add(tj.matmul(h2, this.wy), this.by), g), -1);
        return [[h2, tj.oneHot(next, V)], next];
      },
      [tj.zeros([n, this.hidden]), start],
      gumbel,
    );
    const ids = tokens.data(); // [steps, n]
    const out: string[] = [];
    for (let j = 0; j < n; j++) {
      let s = '';
      for (let t = 0; t < steps && ids[t * n + j] !== END; t++) s += VOCAB[ids[t * n + j]];
      out.push(s);
    }
    return out;
  }
}

/** Gumbel(0, 1) noise of `shape`, from tj's seeded generator. */
export function gumbelNoise(shape: number[]): Tensor {
  const u = tj.clip(tj.rand(shape), 1e-7, 1 - 1e-7);
  return tj.neg(tj.log(tj.neg(tj.log(u))));
}

/** The share of `samples` that the grammar accepts. */
export const acceptedShare = (samples: string[]) => samples.filter(accepts).length / samples.length;

// ---------------------------------------------------------------------------------------------
// Training: the same Adam step eagerly and under @tj.jit.

/** One training step: the mean cross-entropy of the next character, its gradient, an Adam update. */
export class Trainer {
  readonly opt: tj.Optimizer;
  constructor(
    readonly model: CharGRU,
    lr: number,
  ) {
    this.opt = tj.optim.adam(model.params, { lr });
  }
  step(inputs: Tensor, targets: Tensor): Tensor {
    const [loss, grads] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(this.model.logits(inputs), targets), {
      wrt: this.model.params,
    })();
    this.opt.step(grads);
    return loss;
  }
}

/** The same step, compiled: the forward scan, its reverse-mode scan and the update in one graph. */
export class JitTrainer extends Trainer {
  @tj.jit
  override step(inputs: Tensor, targets: Tensor): Tensor {
    return super.step(inputs, targets);
  }
}

/** Settings of a run (every one has a default). */
export interface Options {
  /** Training steps per phase. */
  steps?: number;
  /** Hidden units of the GRU. */
  hidden?: number;
  /** Characters per training window. */
  seqLen?: number;
  batch?: number;
  /** Adam's learning rate. */
  lr?: number;
  /** Sentences sampled at each checkpoint to measure the accepted share. */
  samples?: number;
  /** Steps between checkpoints. */
  every?: number;
  /** Which phases to run. */
  modes?: ('eager' | 'jit')[];
  /** Seed of tj's generator (initial weights, sampling noise) and of the grammar's PRNG. */
  seed?: number;
  /** Where lines of output go (default console.log). */
  out?: (line: string) => void;
}

/** A checkpoint of a phase: the mean loss since the previous one, and the accepted share of samples. */
export interface Checkpoint {
  step: number;
  /** Mean training loss over the steps since the previous checkpoint (at step 0: the untrained model's loss on one batch). */
  loss: number;
  /** The share of `samples` sentences drawn from the model (with the phase's fixed noise) that the grammar accepts. */
  accepted: number;
  /** Mean time per training step since the previous checkpoint, in ms (0 at step 0). */
  msPerStep: number;
  /** The tier that ran the latest step ('eager', or a compiled tier under jit). */
  tier: string;
}

export interface Phase {
  mode: 'eager' | 'jit';
  checkpoints: Checkpoint[];
  /** Mean time per step over the whole phase, in ms. */
  msPerStep: number;
  /** A few samples of the trained model. */
  examples: string[];
}

const defaults = {
  steps: 300,
  hidden: 64,
  seqLen: 24,
  batch: 32,
  lr: 0.01,
  samples: 256,
  every: 50,
  modes: ['eager', 'jit'] as ('eager' | 'jit')[],
  seed: 0,
};

/** The defaults, overridden by the options that are set. */
function settings(opts: Options): typeof defaults {
  const set = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined));
  return { ...defaults, ...set };
}

/** Trains one model from scratch (same seeds, same data in every mode) and records checkpoints. */
export function train(mode: 'eager' | 'jit', opts: Options = {}): Phase {
  const o = settings(opts);
  const out = opts.out ?? ((s: string) => console.log(s));
  tj.seed(o.seed);
  const rand = prng(o.seed + 1);
  const model = new CharGRU(o.hidden);
  const gumbel = gumbelNoise([MAX_LEN + 1, o.samples, V]);
  const trainer = mode === 'eager' ? new Trainer(model, o.lr) : new JitTrainer(model, o.lr);
  const stats = () => (trainer.step as unknown as { stats?: tj.JitStats }).stats;
  const line = (c: Checkpoint) =>
    out(
      `  step ${String(c.step).padStart(5)}  loss ${c.loss.toFixed(3)}  accepted ${(c.accepted * 100).toFixed(1).padStart(5)}%` +
        (c.step === 0 ? '' : `  ${c.msPerStep.toFixed(1).padStart(6)} ms/step  [${c.tier}]`),
    );

  const first = batchOf(prng(o.seed + 2), o.batch, o.seqLen);
  const untrained: Checkpoint = {
    step: 0,
    loss: tj.softmaxCrossEntropy(model.logits(first.inputs), first.targets).item() as number,
    accepted: acceptedShare(model.sample(gumbel)),
    msPerStep: 0,
    tier: 'eager',
  };
  line(untrained);
  const checkpoints = [untrained];
  let lossSum = 0,
    since = 0,
    time = 0,
    total = 0,
    tier = 'eager';
  for (let s = 1; s <= o.steps; s++) {
    const { inputs, targets } = batchOf(rand, o.batch, o.seqLen);
    const t0 = performance.now();
    lossSum += trainer.step(inputs, targets).item() as number; // item() waits for the step
    const dt = performance.now() - t0;
    time += dt;
    total += dt;
    since++;
    const now = mode === 'eager' ? 'eager' : (stats()?.tier ?? 'eager');
    if (now !== tier) out(`  -> the ${now} tier swapped in at step ${s}`);
    tier = now;
    if (s % o.every === 0 || s === o.steps) {
      const c: Checkpoint = {
        step: s,
        loss: lossSum / since,
        accepted: acceptedShare(model.sample(gumbel)),
        msPerStep: time / since,
        tier,
      };
      line(c);
      checkpoints.push(c);
      lossSum = since = time = 0;
    }
  }
  const examples = model.sample(gumbelNoise([MAX_LEN + 1, 8, V]));
  return { mode, checkpoints, msPerStep: total / Math.max(1, o.steps), examples };
}

/** Runs every phase of `opts.modes`, printing progress and a summary table; returns the phases. */
export function main(opts: Options = {}): Phase[] {
  const o = settings(opts);
  const out = opts.out ?? ((s: string) => console.log(s));
  const t0 = performance.now();
  const rand = prng(o.seed + 1);
  out(
    `char-rnn: a ${o.hidden}-unit GRU over ${V} characters, trained with tj.scan on generated arithmetic\n` +
      `expressions such as ${[0, 1, 2].map(() => JSON.stringify(generate(rand))).join(', ')}; batch ${o.batch} x ${o.seqLen} characters, Adam lr ${o.lr}, ${o.steps} steps`,
  );
  const phases: Phase[] = [];
  for (const mode of o.modes) {
    out(`\n${mode === 'eager' ? 'eager' : 'with @tj.jit on the training step'}:`);
    const p = train(mode, { ...opts, out });
    out(
      `  samples: ${p.examples
        .slice(0, 6)
        .map((s) => `${JSON.stringify(s)}${accepts(s) ? '' : ' (rejected)'}`)
        .join(', ')}`,
    );
    phases.push(p);
  }
  out('\n| mode | final loss | accepted (untrained -> trained) | ms per step |\n| --- | --- | --- | --- |');
  for (const p of phases) {
    const a = p.checkpoints[0],
      z = p.checkpoints[p.checkpoints.length - 1];
    const mode = p.mode === 'eager' ? 'eager' : `@jit (${z.tier})`;
    out(
      `| ${mode} | ${z.loss.toFixed(3)} | ${(a.accepted * 100).toFixed(1)}% -> ${(z.accepted * 100).toFixed(1)}% | ${p.msPerStep.toFixed(2)} |`,
    );
  }
  out(`\nfinished in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return phases;
}

/** Options from the command line (`--steps 1000 --hidden 128 ...`; `--help` lists them). */
export function parseCli(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    options: {
      steps: { type: 'string' },
      hidden: { type: 'string' },
      seq: { type: 'string' },
      batch: { type: 'string' },
      lr: { type: 'string' },
      samples: { type: 'string' },
      every: { type: 'string' },
      mode: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  const num = (name: string, v: string | undefined, integer = true, min = 1): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    const what = `${min === 0 ? 'non-negative' : 'positive'} ${integer ? 'integer' : 'number'}`;
    if (v.trim() === '' || !Number.isFinite(n) || (integer ? !Number.isInteger(n) || n < min : n <= 0))
      throw new RangeError(`--${name} must be a ${what}, got ${JSON.stringify(v)}`);
    return n;
  };
  const mode = values.mode ?? 'both';
  if (!['eager', 'jit', 'both'].includes(mode))
    throw new RangeError(`--mode must be eager, jit or both, got ${JSON.stringify(mode)}`);
  return {
    steps: num('steps', values.steps),
    hidden: num('hidden', values.hidden),
    seqLen: num('seq', values.seq),
    batch: num('batch', values.batch),
    lr: num('lr', values.lr, false),
    samples: num('samples', values.samples),
    every: num('every', values.every),
    seed: num('seed', values.seed, true, 0),
    modes: mode === 'both' ? ['eager', 'jit'] : [mode as 'eager' | 'jit'],
  };
}

const usage = `usage: npx tsx examples/char-rnn.ts [options]
  --steps N    training steps per phase (default ${defaults.steps})
  --hidden N   GRU units (default ${defaults.hidden})
  --seq N      characters per training window (default ${defaults.seqLen})
  --batch N    windows per step (default ${defaults.batch})
  --lr X       Adam learning rate (default ${defaults.lr})
  --samples N  sentences sampled per checkpoint (default ${defaults.samples})
  --every N    steps between checkpoints (default ${defaults.every})
  --mode M     eager, jit or both (default both)
  --seed N     seed of the weights, the sampling noise and the grammar (default ${defaults.seed})
Environment: TENSORJIT_BACKEND picks the compiled tier of the jit phase (auto, js, native, wasm).`;

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
