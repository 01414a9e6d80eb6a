// randint: int32 draws in [low, high) from the seeded generator, the same under jit; its errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';

test('randint: int32 in [low, high), every value drawn, seeded', () => {
  tj.seed(1);
  const x = tj.randint([4000], -3, 5);
  assert.is(x.dtype, 'int32');
  const v = Array.from(x.data());
  assert.ok(v.every((a) => a >= -3 && a < 5));
  assert.equal(
    [...new Set(v)].sort((a, b) => a - b),
    [-3, -2, -1, 0, 1, 2, 3, 4],
  );
  const counts = [-3, -2, -1, 0, 1, 2, 3, 4].map((k) => v.filter((a) => a === k).length);
  assert.ok(
    counts.every((c) => c > 400 && c < 600),
    `roughly uniform: ${counts.join(', ')}`,
  );
  tj.seed(1);
  assert.equal(tj.randint([4000], -3, 5).data(), x.data());
  const g = new tj.Generator(9);
  assert.equal(tj.randint([1], 0, 1).toArray(), [0]);
  assert.equal(g.randint([2, 2], 7, 8).toArray(), [
    [7, 7],
    [7, 7],
  ]);
});

test('randint under jit draws what eager draws', () => {
  const f = () => tj.randint([16], 0, 100);
  tj.seed(4);
  const eager = [f(), f()].map((t) => Array.from(t.data()));
  tj.seed(4);
  const jf = tj.jit(f, { hot: 0, async: false, backend: 'js' });
  assert.equal(
    [jf(), jf()].map((t) => Array.from(t.data())),
    eager,
  );
});

test('randint: bad bounds throw, naming them', () => {
  assert.throws(() => tj.randint([2], 5, 5), /randint: high \(5\) must be above low \(5\)/);
  assert.throws(() => tj.randint([2], 0.5, 5), /randint: low must be an int32 integer, got 0.5/);
  assert.throws(() => tj.randint([2], -(2 ** 31), 2 ** 31), /does not fit int32/);
});

test.run();
