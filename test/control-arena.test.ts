// Control flow (scan, cond, whileLoop, foriLoop) on the arena backends, native C and WASM: each
// compiles the op as a loop or branch over its body's steps in the function's arena, checked
// against eager for an RNN-like scan, a reverse scan, lengths 0 and 1, int32, float64 and bool
// carries, carries passed through or swapped, a body returning a constant or a capture, the
// gradient of a scan (a saving scan and a reverse scan), cond both ways, whileLoop, foriLoop and
// a nested scan. The generated source does not grow with the scan's length. Bodies with steps left
// to JS kernels (an SVD, beside C's argmax, take and bool reductions, in scans, conds, whiles and nested loops) run on
// native too, the control step driven from JS over segments of the entry; an all-C scan stays one
// FFI call per compiled call, and f.profile() works on both. Skips (saying why) only where
// backends() says a tier is unavailable.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { leavesOf, structureOf } from './jit-table.js';
import { countFfiCalls } from './ffi-calls.js';
import { freshCacheDir } from './fresh-cache.js';

type Backend = 'native' | 'wasm';
type Fn = (...a: any[]) => unknown;

const cacheDir = freshCacheDir('tj-control-arena-cache-');
// uvu runs every test file in one process: set the cache dir per test, not at import, and put it back.
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = cacheDir;
});
test.after.each(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
});

const tiers = tj.backends().filter((b) => b.name === 'native' || b.name === 'wasm');
const available = tiers.filter((b) => b.available).map((b) => b.name as Backend);
for (const b of tiers) if (!b.available) console.log(`  skipped on ${b.name}: ${b.reason}`);

const jitOn = <F extends Fn>(f: F, backend: Backend) => tj.jit(f, { hot: 0, async: false, backend });

/** Runs fn, returning what it returned and the warnings it printed. */
function withWarnings<T>(fn: () => T): { value: T; warnings: string[] } {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
  try {
    return { value: fn(), warnings };
  } finally {
    console.warn = warn;
  }
}

/** Compares result trees: float32 within rtol (loops round step by step), float64 within 1e-12, the rest exactly. */
function compare(where: string, got: unknown, want: unknown, rtol: number): void {
  assert.is(structureOf(got), structureOf(want), `${where}: result structure`);
  const g = leavesOf(got),
    w = leavesOf(want);
  w.forEach(([p, t], i) => {
    const u = g[i][1];
    assert.equal(u.shape, t.shape, `${where} ${p}: shape`);
    assert.is(u.dtype, t.dtype, `${where} ${p}: dtype`);
    const a = u.data(),
      b = t.data();
    const tol = t.dtype === 'float32' ? rtol : t.dtype === 'float64' ? 1e-12 : 0;
    let scale = 1;
    for (const v of b) scale = Math.max(scale, Math.abs(v));
    for (let k = 0; k < b.length; k++)
      if (!(a[k] === b[k] || Math.abs(a[k] - b[k]) <= tol * scale))
        assert.unreachable(`${where} ${p}: element ${k} is ${a[k]} compiled, ${b[k]} eagerly`);
  });
}

/** f compiled on each available arena tier (which it must stay on) matches eager, twice (the arena is reused). */
function check(name: string, f: Fn, args: () => unknown[], rtol = 1e-5): void {
  const xs = args();
  const want = f(...xs);
  for (const backend of available) {
    const jf = jitOn(f, backend);
    const { value: got, warnings } = withWarnings(() => jf(...xs));
    assert.is(jf.stats.tier, backend, `${name} on ${backend} stayed on ${jf.stats.tier}: ${warnings.join('\n')}`);
    compare(`${name} (${backend})`, got, want, rtol);
    compare(`${name} (${backend}, second call)`, jf(...xs), want, rtol);
  }
}

tj.seed(7);
const randn = (shape: number[], scale = 1, dtype: 'float32' | 'float64' = 'float32') =>
  tj.randn(shape).mul(scale).astype(dtype);

/** h' = tanh(h@W + x@U), the ys the hidden states. */
const rnn = (W: Tensor, U: Tensor, h0: Tensor, xs: Tensor, reverse = false) =>
  tj.scan(
    (h: Tensor, x: Tensor) => {
      const hn = tj.tanh(tj.add(tj.matmul(h, W), tj.matmul(x, U)));
      return [hn, hn];
    },
    h0,
    xs,
    { reverse },
  );
const rnnArgs = (length: number) => () => [
  randn([8, 8], 0.4),
  randn([4, 8], 0.4),
  randn([2, 8]),
  randn([length, 2, 4]),
];

test('backends() lists native and WASM as available here (nothing below skips silently)', () => {
  assert.equal(tiers.map((b) => b.name).sort(), ['native', 'wasm']);
  for (const b of tiers) if (!b.available) console.log(`  note: ${b.name} unavailable: ${b.reason}`);
});

test('an RNN-like scan, forwards and reversed', () => {
  check('rnn', (W: Tensor, U: Tensor, h0: Tensor, xs: Tensor) => rnn(W, U, h0, xs), rnnArgs(12), 1e-4);
  check('reverse rnn', (W: Tensor, U: Tensor, h0: Tensor, xs: Tensor) => rnn(W, U, h0, xs, true), rnnArgs(7), 1e-4);
});

test('scans of length 0 and 1: the initial carry and empty ys; one step', () => {
  for (const length of [0, 1])
    check(
      `rnn of length ${length}`,
      (W: Tensor, U: Tensor, h0: Tensor, xs: Tensor) => rnn(W, U, h0, xs),
      rnnArgs(length),
    );
  check(
    'length-0 scan with no xs',
    (c: Tensor) => tj.scan((h: Tensor) => [h.mul(2), h.add(1)], c, null, { length: 0 }),
    () => [tj.tensor([1, 2, 3])],
  );
});

test('int32, float64 and bool carries; a counter beside a float carry', () => {
  check(
    'int32 counter',
    (xs: Tensor, a: Tensor) =>
      tj.scan(
        ([i, s, b]: Tensor[], x: Tensor) => [[i.add(1), s.add(x.mul(i.astype('float64'))), tj.logicalNot(b)], i.mul(3)],
        [tj.tensor(0, { dtype: 'int32' }), a, tj.tensor(true)],
        xs,
      ),
    () => [randn([9, 3], 1, 'float64'), randn([3], 1, 'float64')],
  );
});

test('carries passed through unchanged, swapped, or set to a constant, a capture or the x slice', () => {
  check(
    'pass-through, swap, constant, capture and x carries',
    (a: Tensor, b: Tensor, c: Tensor, k: Tensor, xs: Tensor) =>
      tj.scan(
        ([p, q, r, _s, _u, _v]: Tensor[], x: Tensor) => [
          [p, r, q, tj.tensor([1, 2, 3]), k, x],
          [q.add(x), p, k, x],
        ],
        [a, b, c, c, c, c],
        xs,
      ),
    () => [randn([3]), randn([3]), randn([3]), randn([3]), randn([5, 3])],
  );
});

test('a Variable carried through a scan and updated each call (resident in the arena)', () => {
  for (const backend of available) {
    const v = tj.variable(tj.tensor([1, 2, 3])),
      e = tj.variable(tj.tensor([1, 2, 3]));
    const step = (w: tj.Variable) => (xs: Tensor) => {
      const [h, ys] = tj.scan((c: Tensor, x: Tensor) => [c.mul(0.5).add(x), c.sum()], w, xs) as [Tensor, Tensor];
      w.assign(h);
      return ys;
    };
    const jf = jitOn(step(v), backend);
    const xs = randn([4, 3]);
    for (let i = 0; i < 4; i++) {
      const { value, warnings } = withWarnings(() => jf(xs));
      assert.is(jf.stats.tier, backend, warnings.join('\n'));
      compare(`call ${i} (${backend})`, value, step(e)(xs), 1e-5);
    }
    compare(`the Variable (${backend})`, v, e, 1e-5);
  }
});

test('jit(grad(scan loss)): a saving scan and a reverse scan of the body VJP', () => {
  const loss = (W: Tensor, U: Tensor, h0: Tensor, xs: Tensor) => {
    const [h, ys] = rnn(W, U, h0, xs) as [Tensor, Tensor];
    return tj.add(tj.sum(tj.square(h)), tj.sum(ys));
  };
  check('grad rnn', tj.grad(loss, { argnums: [0, 1, 2] }), rnnArgs(6), 1e-4);
});

test('cond, both ways, with captures and a branch returning its operand', () => {
  const f = (p: Tensor, x: Tensor, y: Tensor) =>
    tj.cond(
      p,
      (a: Tensor, b: Tensor) => [tj.matmul(a, b).add(y.sum()), a],
      (a: Tensor) => [tj.matmul(a, a).mul(2), a.neg()],
      x,
      x,
    );
  for (const p of [tj.tensor(true), tj.tensor(false), tj.tensor(0.5), tj.tensor(0, { dtype: 'int32' })])
    check(`cond on ${p.dtype} ${String(p.data()[0])}`, f, () => [p, randn([3, 3]), randn([4])]);
});

test('whileLoop and foriLoop (a scan with number bounds, a while with tensor bounds)', () => {
  check(
    'whileLoop',
    (x: Tensor, lim: Tensor) =>
      tj.whileLoop(
        ([v]: Tensor[]) => v.sum().less(lim),
        ([v, n]: Tensor[]) => [v.mul(1.5).add(0.25), n.add(1)],
        [x, tj.tensor(0, { dtype: 'int32' })],
      ),
    () => [tj.tensor([0.5, 1, 2]), tj.tensor(200)],
  );
  check(
    'whileLoop that never runs',
    (x: Tensor) =>
      tj.whileLoop(
        (v: Tensor) => v.sum().less(0),
        (v: Tensor) => v.mul(2),
        x,
      ),
    () => [tj.tensor([1, 2])],
  );
  check(
    'foriLoop, number bounds',
    (x: Tensor) => tj.foriLoop(2, 9, (i: Tensor, acc: Tensor) => acc.mul(0.9).add(i.astype('float32')), x),
    () => [randn([4])],
  );
  check(
    'foriLoop, tensor bounds',
    (x: Tensor, hi: Tensor) =>
      tj.foriLoop(tj.tensor(1, { dtype: 'int32' }), hi, (i: Tensor, acc: Tensor) => acc.add(i.astype('float32')), x),
    () => [randn([4]), tj.tensor(6, { dtype: 'int32' })],
  );
});

test('a scan, a cond and a while nested in a scan body', () => {
  check(
    'nested scan',
    (W: Tensor, h0: Tensor, xss: Tensor) =>
      tj.scan(
        (h: Tensor, xs: Tensor) => {
          const [hi, ys] = tj.scan(
            (c: Tensor, x: Tensor) => {
              const n = tj.tanh(tj.matmul(c, W).add(x));
              return [n, n.sum()];
            },
            h,
            xs,
          ) as [Tensor, Tensor];
          return [hi.mul(0.5), ys];
        },
        h0,
        xss,
      ),
    () => [randn([4, 4], 0.5), randn([1, 4]), randn([3, 5, 1, 4])],
    1e-4,
  );
  check(
    'cond and while in a scan body',
    (xs: Tensor) =>
      tj.scan(
        (c: Tensor, x: Tensor) => {
          const c2 = tj.cond(
            x.sum().greater(0),
            (a: Tensor) => a.add(x),
            (a: Tensor) => a.sub(x),
            c,
          );
          const c3 = tj.whileLoop(
            (a: Tensor) => a.abs().sum().greater(10),
            (a: Tensor) => a.mul(0.5),
            c2,
          );
          return [c3, c3.sum()];
        },
        tj.zeros([3]),
        xs,
      ),
    () => [randn([20, 3], 3)],
  );
});

test('a body of many steps (two translation units on native)', () => {
  check(
    'deep body',
    (W: Tensor, h0: Tensor, xs: Tensor) =>
      tj.scan(
        (h: Tensor, x: Tensor) => {
          let c = h;
          for (let i = 0; i < 10; i++) c = tj.tanh(tj.matmul(c, W)).add(x.mul(i)).sum(0, true).add(c);
          return [c, c.sum()];
        },
        h0,
        xs,
      ),
    () => [randn([4, 4], 0.2), randn([2, 4]), randn([5, 1, 4])],
    1e-4,
  );
});

test('the generated source is the same for a scan of 10 steps and one of 1000 (but for sizes)', () => {
  const f = (W: Tensor, U: Tensor, h0: Tensor, xs: Tensor) => rnn(W, U, h0, xs);
  for (const backend of available) {
    const source = (length: number) => {
      const jf = jitOn(f, backend);
      const xs = rnnArgs(length)();
      const { value, warnings } = withWarnings(() => jf.lower(...(xs as Parameters<typeof f>)));
      assert.is(value.backend, backend, warnings.join('\n'));
      return value.source;
    };
    const short = source(10),
      long = source(1000);
    // Work pushed out of the loop runs over all steps at once: only sizes and offsets differ.
    const shape = (src: string) => src.replace(/\b\d+(\.\d+)?\b/g, 'N');
    assert.is(shape(long), shape(short), `${backend}: the sources differ beyond their numbers`);
    assert.ok(
      Math.abs(long.length - short.length) < 0.02 * short.length,
      `${backend}: ${long.length} against ${short.length} characters`,
    );
  }
});

const DRIVEN = /\/\* inside a control step driven from JS \*\//g;
/** The native source's segments: those at top level that run steps, and those inside control steps driven from JS. */
const segmentsIn = (source: string) => ({
  top: source.match(/case \d+:\n(?!\s*break;)/g)?.length ?? 0,
  inner: source.match(DRIVEN)?.length ?? 0,
});

/** check(), and on native: the control step is driven from JS (its body has a JS kernel step), with `inner` segments if given. */
function checkDriven(name: string, f: Fn, args: () => unknown[], inner?: number, rtol = 1e-5): void {
  check(name, f, args, rtol);
  if (!available.includes('native')) return;
  const jf = jitOn(f, 'native');
  const low = jf.lower(...args());
  assert.is(low.backend, 'native', name);
  const seg = segmentsIn(low.source);
  assert.ok(seg.inner >= 1, `${name}: no control step driven from JS:\n${low.source}`);
  if (inner !== undefined) assert.is(seg.inner, inner, `${name}: segments inside driven control steps`);
}

const ints = (n: number[], hi: number) => tj.floor(tj.rand(n).mul(hi)).astype('int32');

/**
 * 1 (int32, x reduced over `axis`, or over all when none is given) through a step native leaves to
 * its JS kernel: the SVD (a matrix 2-norm, here of the 1×1 matrix [sum(x)]) has no C kernel.
 */
const oneViaJs = (x: Tensor, axis?: number) =>
  tj.min(x.abs().greaterEqual(0).astype('int32'), axis).mul(
    tj
      .norm(x.sum().reshape([1, 1]), 2)
      .greaterEqual(0)
      .astype('int32'),
  );

test('scan bodies with JS kernel steps (beside argmax, take, bool and non-contiguous reductions): driven from JS on native', () => {
  checkDriven(
    'a JS step and argmax in the body',
    (xs: Tensor) =>
      tj.scan((c: Tensor, x: Tensor) => [c.add(oneViaJs(x)), tj.argmax(x)], tj.tensor(0, { dtype: 'int32' }), xs),
    () => [randn([6, 5])],
    2,
  );
  checkDriven(
    'argmax between C steps, reversed',
    (W: Tensor, h0: Tensor, xs: Tensor) =>
      tj.scan(
        (h: Tensor, x: Tensor) => {
          const a = tj.tanh(tj.matmul(h, W).add(x));
          const i = tj.argmax(a, 1).add(oneViaJs(a, 1)).astype('float32');
          return [a.mul(0.9).add(i.reshape([2, 1]).mul(0.01)), [i, a.sum()]];
        },
        h0,
        xs,
        { reverse: true },
      ),
    () => [randn([4, 4], 0.5), randn([2, 4]), randn([7, 2, 4])],
    2,
    1e-4,
  );
  checkDriven(
    'a step with no C kernel among reductions: max over bool, a sum over non-contiguous axes',
    (xs: Tensor, c0: Tensor) =>
      tj.scan(
        ([c, s]: Tensor[], x: Tensor) => {
          const anyRow = tj.max(x.greater(0), [0, 2]);
          const part = tj.sum(x, [0, 2]).add(oneViaJs(x).astype('float32'));
          return [
            [tj.notEqual(c, anyRow), s.add(part)],
            [anyRow, tj.any(x.greater(1), 1)],
          ];
        },
        [c0, tj.zeros([3])],
        xs,
      ),
    () => [randn([8, 2, 3, 4]), tj.tensor([true, false, true])],
  );
  checkDriven(
    'take (gather) of a table row per step, and a JS step',
    (table: Tensor, idx: Tensor, h0: Tensor) =>
      tj.scan(
        (h: Tensor, i: Tensor) => {
          const row = tj.take(table, i, 0);
          const hn = tj.tanh(h.add(row).add(oneViaJs(h).astype('float32')));
          return [hn, tj.take(hn, tj.tensor([2, 0], { dtype: 'int32' }))];
        },
        h0,
        idx,
      ),
    () => [randn([10, 3]), ints([9], 10), randn([3])],
  );
});

test('a cond whose branch has a JS kernel step, both ways, and a while whose test has one', () => {
  const f = (p: Tensor, x: Tensor) =>
    tj.cond(
      p,
      (a: Tensor) => [tj.argmax(a, 1).add(oneViaJs(a, 1)), a.mul(2)],
      (a: Tensor) => [tj.argmin(a.exp(), 1).sub(oneViaJs(a, 1)), a.neg()],
      x,
    );
  for (const p of [tj.tensor(true), tj.tensor(false)])
    checkDriven(`cond on ${String(p.data()[0])}`, f, () => [p, randn([3, 5])]);
  checkDriven(
    'while with a JS step in its test, argmax and argmin in it and its body',
    (x: Tensor) =>
      tj.whileLoop(
        ([v, n]: Tensor[]) => tj.argmax(v).add(oneViaJs(v)).less(5).logicalAnd(n.less(50)),
        ([v, n]: Tensor[]) => [v.add(tj.oneHot(tj.argmin(v), 5).mul(3)), n.add(1)],
        [x, tj.tensor(0, { dtype: 'int32' })],
      ),
    () => [tj.tensor([5, 1, 0, 2, 3])],
  );
});

test('nested: an inner scan with a JS kernel drives the outer loop from JS; an all-C inner scan runs inside a segment', () => {
  checkDriven(
    'scan in a scan, a JS step in the inner body',
    (W: Tensor, h0: Tensor, xss: Tensor) =>
      tj.scan(
        (h: Tensor, xs: Tensor) => {
          const [hi, ys] = tj.scan(
            (c: Tensor, x: Tensor) => {
              const n = tj.tanh(tj.matmul(c, W).add(x));
              return [n, tj.argmax(n, 1).add(oneViaJs(n, 1))];
            },
            h,
            xs,
          ) as [Tensor, Tensor];
          return [hi.mul(0.5), ys.sum()];
        },
        h0,
        xss,
      ),
    () => [randn([4, 4], 0.5), randn([1, 4]), randn([3, 5, 1, 4])],
    undefined,
    1e-4,
  );
  checkDriven(
    'an all-C inner scan and a cond with a JS kernel in a scan body',
    (xs: Tensor) =>
      tj.scan(
        (c: Tensor, x: Tensor) => {
          const [s] = tj.scan((a: Tensor, v: Tensor) => [a.add(v.mul(a)), a], c, x) as [Tensor, Tensor];
          const d = tj.cond(
            x.sum().greater(0),
            (a: Tensor) => a.add(tj.argmax(x).add(oneViaJs(x)).astype('float32')),
            (a: Tensor) => a.sub(1),
            tj.tanh(s),
          );
          return [d, [d.sum(), tj.argmin(d)]];
        },
        tj.zeros([3]),
        xs,
      ),
    () => [randn([6, 4, 3], 0.5)],
  );
});

test('native: an all-C scan is one FFI call per compiled call; a driven one a call per body segment per step', () => {
  if (!available.includes('native')) return;
  countFfiCalls((calls) => {
    const f = jitOn((W: Tensor, U: Tensor, h0: Tensor, xs: Tensor) => rnn(W, U, h0, xs), 'native');
    const args = rnnArgs(12)() as [Tensor, Tensor, Tensor, Tensor];
    const low = f.lower(...args);
    assert.equal(segmentsIn(low.source), { top: 1, inner: 0 }, low.source);
    f(...args);
    const c0 = calls();
    for (let i = 0; i < 3; i++) f(...args);
    assert.is(calls() - c0, 3, 'one FFI call per compiled call');

    const length = 6;
    const g = jitOn(
      (xs: Tensor) =>
        tj.scan(
          (c: Tensor, x: Tensor) => [c.add(tj.argmax(x.mul(2)).add(oneViaJs(x))), x.sum()],
          tj.tensor(0, { dtype: 'int32' }),
          xs,
        ),
      'native',
    );
    const xs = randn([length, 5]);
    const seg = segmentsIn(g.lower(xs).source);
    g(xs);
    assert.is(g.stats.tier, 'native');
    const c1 = calls();
    g(xs);
    assert.is(calls() - c1, seg.top + length * seg.inner, `segments: ${JSON.stringify(seg)}`);
  });
});

test('native: f.profile() of a function with a control step driven from JS', () => {
  if (!available.includes('native')) return;
  const fn = (W: Tensor, xs: Tensor) => {
    const [c, ys] = tj.scan(
      (h: Tensor, x: Tensor) => {
        const n = tj.tanh(tj.matmul(h, W).add(x));
        return [n, tj.argmax(n, 1).add(oneViaJs(n, 1))];
      },
      tj.zeros([2, 4]),
      xs,
    ) as [Tensor, Tensor];
    return [tj.argmax(c.exp(), 1), ys, c.sum()];
  };
  const args = () => [randn([4, 4], 0.5), randn([5, 2, 4])] as [Tensor, Tensor];
  const xs = args();
  const f = jitOn(fn, 'native');
  const low = f.lower(...xs);
  const want = fn(...xs);
  const p = f.profile.with({ print: false, runs: 2, minMs: 0 })(...xs);
  assert.is(p.tier, 'native');
  const rows = p.rows.filter((r) => r.kind === 'loop' || r.kind === 'kernel' || r.kind === 'prebuilt');
  assert.ok(
    rows.some((r) => /^scan \(/.test(r.kernel)),
    rows.map((r) => r.kernel).join(', '),
  );
  assert.ok(rows.length >= 3 && rows.length <= low.kernels, `${rows.length} rows, ${low.kernels} kernels`);
  for (const r of p.rows) assert.ok(Number.isFinite(r.ms) && r.ms >= 0, `${r.kernel}: ms ${r.ms}`);
  compare('a call after profile', f(...xs), want, 1e-4);
});

test.run();
