// tj.benchmark: one row per available tier plus eager, sane numbers, each tier checked against eager
// before it is timed, the printed table, and clear errors for bad input. Tiny minSamples/maxTime.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const quick = { minSamples: 2, maxTime: 0.05, print: false } as const;
const available = tj
  .backends()
  .filter((b) => b.available)
  .map((b) => b.name);

/** Runs fn, capturing console.log and console.warn lines. */
function captured<T>(fn: () => T): { result: T; lines: string[] } {
  const lines: string[] = [];
  const log = console.log,
    warn = console.warn;
  console.log = console.warn = (...a: unknown[]) => {
    lines.push(a.map(String).join(' '));
  };
  try {
    return { result: fn(), lines };
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

const x = tj.rand([64]),
  y = tj.rand([64]);
function chain(a: Tensor, b: Tensor) {
  return tj.tanh(tj.mul(tj.exp(a), b));
}

test('one row per available tier plus eager, with positive times and speedup 1 for eager', () => {
  const t0 = performance.now();
  const rows = tj.benchmark(chain, [x, y], quick);
  assert.equal(
    rows.map((r) => r.tier),
    ['eager', ...available],
  );
  for (const r of rows) {
    assert.is(r.error, undefined, `${r.tier}: ${r.error}`);
    assert.ok(r.msPerCall > 0 && Number.isFinite(r.msPerCall), `${r.tier} msPerCall ${r.msPerCall}`);
    assert.ok(r.spread >= 0 && Number.isFinite(r.spread), `${r.tier} spread ${r.spread}`);
    assert.ok(r.speedup > 0 && Number.isFinite(r.speedup), `${r.tier} speedup ${r.speedup}`);
    assert.ok(r.samples >= 2, `${r.tier} samples ${r.samples}`);
  }
  assert.is(rows[0].speedup, 1);
  assert.is(rows[0].compileMs, undefined);
  for (const r of rows.slice(1)) {
    assert.ok(typeof r.compileMs === 'number' && r.compileMs >= 0, `${r.tier} compileMs ${r.compileMs}`);
    assert.ok(Math.abs(r.speedup - rows[0].msPerCall / r.msPerCall) < 1e-9);
  }
  assert.ok(performance.now() - t0 < 10_000, `took ${performance.now() - t0} ms`);
});

test('prints a table of tier, ms per call, ± spread, speedup over eager and compile time', () => {
  const { result: rows, lines } = captured(() =>
    tj.benchmark(chain, [x, y], { minSamples: 2, maxTime: 0.05, tiers: ['js'] }),
  );
  assert.equal(
    rows.map((r) => r.tier),
    ['eager', 'js'],
  );
  const text = lines.join('\n');
  assert.match(text, /benchmark chain/);
  assert.match(text, /tier\s+ms per call\s+± spread\s+speedup over eager\s+compile ms/);
  assert.match(text, /\neager\s+[\d.]+\s+±[\d.]+%\s+1\.00x\s+-/);
  assert.match(text, /\njs\s+[\d.]+\s+±[\d.]+%\s+[\d.]+x\s+[\d.]+/);
  assert.is(
    captured(() => tj.benchmark(chain, [x, y], { ...quick, tiers: ['js'] })).lines.length,
    0,
    'print: false prints nothing',
  );
});

test('a tier whose results differ from eager is reported with error, not timed', () => {
  // A JS counter read while tracing is baked into the compiled graph; eager reads the new value.
  let k = 0;
  const drifting = (a: Tensor) => tj.add(a, ++k);
  const rows = tj.benchmark(drifting, [x], { ...quick, tiers: ['js'] });
  assert.is(rows[0].error, undefined);
  assert.match(rows[1].error ?? '', /verify failed: .*differs/);
  assert.ok(Number.isNaN(rows[1].msPerCall) && Number.isNaN(rows[1].speedup));
  assert.is(rows[1].samples, 0);
});

test('a function that stays eager (a graph break) is reported, not timed', () => {
  const breaks = (a: Tensor) => tj.mul(a, tj.sum(a).item() as number);
  const { result: rows } = captured(() => tj.benchmark(breaks, [x], { ...quick, tiers: ['js'] }));
  assert.match(rows[1].error ?? '', /stays eager/);
});

test('a tier named in tiers that is not available gets an error row with the reason', () => {
  const missing = tj.backends().find((b) => !b.available);
  if (!missing) return;
  const rows = tj.benchmark(chain, [x, y], { ...quick, tiers: [missing.name] });
  assert.equal(
    rows.map((r) => r.tier),
    ['eager', missing.name],
  );
  assert.match(rows[1].error ?? '', /not available/);
});

test('profile: each compiled row gets f.profile(...) where jitted functions have it, else nothing', () => {
  const hasProfile = typeof (tj.jit(chain) as unknown as { profile?: unknown }).profile === 'function';
  const { result: rows } = captured(() => tj.benchmark(chain, [x, y], { ...quick, tiers: ['js'], profile: true }));
  assert.is(rows[1].error, undefined);
  assert.is(rows[1].profileError, undefined, rows[1].profileError);
  if (hasProfile) assert.ok(rows[1].profile && Array.isArray(rows[1].profile.rows));
  else assert.is(rows[1].profile, undefined);
  assert.is(rows[0].profile, undefined);
});

test('bad input: clear errors naming benchmark', () => {
  assert.throws(() => tj.benchmark(3 as never, [x] as never), /benchmark: expected a function/);
  assert.throws(() => tj.benchmark(chain, x as never), /benchmark: expected the arguments as an array/);
  assert.throws(
    () => tj.benchmark(chain, [x, y], { minSamples: 0 }),
    /benchmark: minSamples must be a positive integer/,
  );
  assert.throws(() => tj.benchmark(chain, [x, y], { maxTime: -1 }), /benchmark: maxTime must be a positive number/);
  assert.throws(() => tj.benchmark(chain, [x, y], { tiers: ['gpu' as never] }), /benchmark: unknown tier "gpu"/);
  assert.throws(() => tj.benchmark(chain, [x, y], { samples: 3 } as never), /benchmark: unknown option "samples"/);
  assert.throws(() => tj.benchmark(chain, [x, y], { print: 'no' } as never), /benchmark: print must be true or false/);
  assert.throws(() => tj.benchmark(tj.jit(chain), [x, y]), /benchmark: .*already jit\(\)-wrapped/);
  assert.throws(
    () => tj.benchmark((a: Tensor) => tj.add(a, tj.zeros([3])), [x], quick),
    /benchmark: .* threw when run eagerly/,
  );
});

test.run();
