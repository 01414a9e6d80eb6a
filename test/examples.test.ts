// examples/char-rnn.ts: its grammar (the generator emits only sentences the parser accepts, the
// parser rejects broken ones), and a short training run, eager and under @jit, in which the loss
// falls and the share of sampled sentences the grammar accepts rises above the untrained model's.
// examples/mnist-train.ts: its --quick run (the loss falls, the reloaded model scores exactly what
// the trained one does, the output has its table and lines), its per-example gradient norms
// against tj.grad on one digit at a time, and its command line.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import { accepts, generate, MAX_LEN, parseCli, prng, train, type Phase } from '../examples/char-rnn.js';
import * as mnistTrain from '../examples/mnist-train.js';
import { loadMnist } from '../src/cli/mnist-data.js';

test('the generator emits only sentences the grammar accepts, of every shape', () => {
  const seen = { paren: false, nested: false, ops: false, zero: false, long: false };
  for (const seed of [0, 1, 2]) {
    const rand = prng(seed);
    for (let k = 0; k < 3000; k++) {
      const s = generate(rand);
      assert.ok(accepts(s), `generated ${JSON.stringify(s)} is rejected`);
      if (s.includes('(')) seen.paren = true;
      if (s.includes('((')) seen.nested = true;
      if (/[-+*].*[-+*]/.test(s)) seen.ops = true;
      if (/(^|[^0-9])0([^0-9]|$)/.test(s)) seen.zero = true;
      if (s.length >= MAX_LEN - 2) seen.long = true;
    }
  }
  assert.equal(seen, { paren: true, nested: true, ops: true, zero: true, long: true });
  // Seeded: the same seed, the same corpus.
  const a = prng(7),
    b = prng(7);
  assert.equal(
    Array.from({ length: 20 }, () => generate(a)),
    Array.from({ length: 20 }, () => generate(b)),
  );
});

test('accepts: sentences in, broken strings out', () => {
  for (const s of ['0', '7', '42', '(0)', '10*(3-4)', '((1))', '1+2*3', '(1+2-3)*((4))', '99-(8*(7+6))'])
    assert.ok(accepts(s), `${JSON.stringify(s)} should be accepted`);
  for (const s of [
    '', // empty
    '(1+2', // unclosed
    '1+2)', // unopened
    '()', // empty parentheses
    '01', // leading zero
    '123', // three digits
    '1++2', // two operators
    '+1', // leading operator
    '1+', // trailing operator
    '(1)(2)', // no operator between terms
    '(((1)))', // nested three deep
    '1+2+3+4', // three operators in one expression
    '(1+2+3+4)',
    '12+5678', // four digits
    '1+(2)*(3)-(45)', // three operators
    '(1+2)*(3+4)*(5+6)+7', // three operators
    '1*2'.padEnd(MAX_LEN + 1, '0'), // too long
    '1 + 2', // a space
    '1\n2', // a newline inside
    'x+1',
  ])
    assert.not.ok(accepts(s), `${JSON.stringify(s)} should be rejected`);
});

test('the command line: flags, defaults and errors', () => {
  assert.equal(parseCli(['--steps', '1000', '--hidden', '128', '--mode', 'jit']), {
    steps: 1000,
    hidden: 128,
    seqLen: undefined,
    batch: undefined,
    lr: undefined,
    samples: undefined,
    every: undefined,
    seed: undefined,
    modes: ['jit'],
  });
  assert.is(parseCli(['--help']), undefined);
  assert.throws(() => parseCli(['--steps', '1.5']), /--steps must be a positive integer/);
  assert.throws(() => parseCli(['--mode', 'fast']), /--mode must be eager, jit or both/);
  assert.throws(() => parseCli(['--seed', 'x']), /--seed must be a non-negative integer/);
  assert.is(parseCli(['--seed', '0'])?.seed, 0);
});

const short = { steps: 40, every: 20, samples: 128, out: () => {} };
let eager: Phase;

test('a short eager run: the loss falls and more samples parse than before training', () => {
  eager = train('eager', short);
  const [untrained, , last] = eager.checkpoints;
  assert.equal(
    eager.checkpoints.map((c) => c.step),
    [0, 20, 40],
  );
  assert.ok(last.loss < untrained.loss - 0.3, `loss ${untrained.loss} -> ${last.loss}`);
  assert.ok(last.accepted > untrained.accepted + 0.2, `accepted ${untrained.accepted} -> ${last.accepted}`);
});

// A second run from the same seeds (the weights, the noise and the batches are drawn again) with
// the step compiled: the same losses to float tolerance, the same samples.
test('the same run with the step under @jit gives the same numbers', () => {
  const jit = train('jit', short);
  jit.checkpoints.forEach((c, i) => {
    const e = eager.checkpoints[i];
    assert.ok(Math.abs(c.loss - e.loss) <= 1e-4 * e.loss, `step ${c.step}: loss ${c.loss} vs eager ${e.loss}`);
    assert.ok(Math.abs(c.accepted - e.accepted) <= 0.02, `step ${c.step}: accepted ${c.accepted} vs ${e.accepted}`);
  });
  assert.is.not(jit.checkpoints[jit.checkpoints.length - 1].tier, 'eager', 'a compiled tier ran the last steps');
});

test('mnist-train --quick: trains, saves, reloads to the same accuracy, and prints its table and lines', () => {
  const lines: string[] = [];
  const r = mnistTrain.main({ quick: true, out: (l) => lines.push(...l.split('\n')) });
  const text = lines.join('\n');
  assert.equal(
    r.epochs.map((e) => e.epoch),
    [1, 2],
  );
  const [first, last] = r.epochs;
  assert.ok(last.loss < first.loss, `loss ${first.loss} -> ${last.loss}`);
  assert.ok(first.loss < 2.3, `the first epoch's mean loss ${first.loss} is below ln 10`);
  assert.ok(first.clipped > 0, "clipGradNorm scaled some of the first epoch's gradients");
  assert.ok(last.lr < first.lr, `the cosine schedule decays: ${first.lr} -> ${last.lr}`);
  assert.ok(r.accuracy > 0.75, `test accuracy ${r.accuracy}`);
  assert.is(r.reloadedAccuracy, r.accuracy, 'the reloaded model scores what the trained one does');
  assert.ok(r.samePredictions, 'and predicts the same class for every test digit');
  assert.ok(r.freshAccuracy < 0.5, `a fresh model before loading: ${r.freshAccuracy}`);
  assert.is(r.gradNorms.length, 64);
  assert.is(r.largest.length, 5);
  assert.is(r.largest[0].norm, Math.max(...r.gradNorms));
  r.largest.slice(1).forEach((e, i) => assert.ok(e.norm <= r.largest[i].norm, 'largest first'));
  assert.match(text, /^mnist-train: MLP 784-512-10 \(ReLU, dropout 0\.2\) on 2000 MNIST digits, 500 for testing/);
  assert.match(text, /\| epoch \| loss +\| grad norm > clip \| lr +\| test accuracy \| seconds \| tier +\|/);
  assert.match(text, /\n\| 1 +\| \d\.\d{4} \| [\d.]+% +\| [\d.]+e-\d +\| [\d.]+% +\| [\d.]+ +\| \w+ +\|\n\| 2 /);
  assert.match(text, /saved b1 \[512\], b2 \[10\], w1 \[784, 512\], w2 \[512, 10\] with tj\.save/);
  const pct = `${(r.accuracy * 100).toFixed(1)}%`;
  assert.ok(text.includes(`after tj.loadInto ${pct}`) && text.includes(`the trained one ${pct}`), text);
  assert.ok(text.includes('reloaded accuracy equals the trained accuracy: yes'), text);
  assert.match(
    text,
    /per-example gradient norms \(tj\.jit\(tj\.vmap\(tj\.grad\(lossOfOne\)\)\)\) of the first 64 test digits/,
  );
  assert.match(text, /\| test digit \| label \| predicted \| gradient norm \|/);
  assert.match(text, /\nfinished in [\d.]+ s$/);
});

test("mnist-train's per-example gradient norms are tj.grad's, one digit at a time", () => {
  tj.seed(1);
  const p = mnistTrain.makeParams(32);
  const { test: digits } = loadMnist(100, 100);
  const x = tj.slice(digits.x, [0], [8]),
    y = tj.slice(digits.y, [0], [8]);
  const norms = mnistTrain.perExampleGradNorms(p)(x, y).data();
  for (const i of [0, 3, 7]) {
    const g: mnistTrain.Params<tj.Tensor> = tj.grad(mnistTrain.lossOfOne)(p, tj.take(x, i, 0), tj.take(y, i, 0));
    const norm = Math.sqrt(Object.values(g).reduce((s, t) => s + (tj.sum(tj.square(t)).item() as number), 0));
    assert.ok(Math.abs(norms[i] - norm) <= 1e-4 * norm, `digit ${i}: ${norms[i]} vs ${norm}`);
  }
});

test("mnist-train's command line: flags, --quick, and errors", () => {
  assert.equal(mnistTrain.parseCli(['--epochs', '3', '--train', '4000', '--seed', '0', '--quick']), {
    epochs: 3,
    train: 4000,
    test: undefined,
    batch: undefined,
    hidden: undefined,
    lr: undefined,
    dropout: undefined,
    clip: undefined,
    examples: undefined,
    seed: 0,
    quick: true,
  });
  assert.is(mnistTrain.parseCli(['--help']), undefined);
  assert.throws(() => mnistTrain.parseCli(['--epochs', '0']), /--epochs must be a positive integer, got "0"/);
  assert.throws(() => mnistTrain.parseCli(['--dropout', '1']), /--dropout must be a number in \[0, 1\), got "1"/);
  assert.throws(() => mnistTrain.parseCli(['--lr=-1']), /--lr must be a positive number, got "-1"/);
  assert.is(mnistTrain.parseCli(['--examples', '0'])?.examples, 0);
});

test.run();
