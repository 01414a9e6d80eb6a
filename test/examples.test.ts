// examples/char-rnn.ts: its grammar (the generator emits only sentences the parser accepts, the
// parser rejects broken ones), and a short training run, eager and under @jit, in which the loss
// falls and the share of sampled sentences the grammar accepts rises above the untrained model's.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { accepts, generate, MAX_LEN, parseCli, prng, train, type Phase } from '../examples/char-rnn.js';

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

test.run();
