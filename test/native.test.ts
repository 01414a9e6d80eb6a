// The native tier (C for this CPU built by the machine's compiler, called through koffi): every op
// of the jit table (test/jit-table.ts) compiled on native against eager, many rows to a compile;
// the benchmark workloads; one exported entry and one FFI call per compiled call; Variables resident
// between calls and memory bounded over 10,000 steps; the paths with and without a BLAS; no C
// compiler at all; eager matmul/conv/pooling through the native kernel library; profile().
// Skips (saying why) only where backends() says native is unavailable; CI installs gcc and
// libopenblas-dev, so there nothing here skips. TENSORJIT_NATIVE_TABLE=all runs every dtype of
// every row of the table (default: every row once, its dtype rotating, plus every op × dtype).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { convnet, logisticRegression, mlp, rnn } from '../bench/workloads.js';
import { native as nativeBackend } from '../jit/backends/native/index.js';
import { kernelLibrary } from '../jit/backends/native/kernel-library.js';
import { nativeTierStats } from '../jit/backends/native/loader.js';
import { blas, forgetProbes } from '../jit/backends/native/toolchain.js';
import { withJsKernels } from '../runtime/eager-kernels.js';
import { loadNativeKernels } from '../runtime/native/kernels.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { checkCompiledCases, compareTensor, compareTrees, JIT_OPS, rows, tableCases } from './jit-table.js';
import { countFfiCalls } from './ffi-calls.js';
import { freshCacheDir } from './fresh-cache.js';

const cacheDir = freshCacheDir('tj-native-cache-');
// uvu runs every test file in one process: set the cache dir per test, not at import, and put it back.
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = cacheDir;
});
test.after.each(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
});

const native = tj.backends().find((b) => b.name === 'native')!;
const nativeTest = (name: string, fn: () => void | Promise<void>) =>
  test(name, async () => {
    if (!native.available) {
      console.log(`  skipped (${name}): ${native.reason}`);
      return;
    }
    await fn();
  });

const N = <F extends (...a: any[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false, backend: 'native' });
const child = fileURLToPath(new URL('./fixtures/native-child.ts', import.meta.url));

interface ChildResult {
  /** Each mode's JSON line (test/fixtures/native-child.ts says what each holds). */
  out: Map<string, unknown>;
  stderr: string;
}
interface MemoryResult {
  tier: string;
  gc: boolean;
  copiesIn: number;
  warm: { arrayBuffers: number; rss: number };
  end: { arrayBuffers: number; rss: number };
  loss: number;
  arenas: { before: number; held: number; freed: number };
}
interface EagerResult {
  cached: boolean;
  nativeCalls: { matmul: number; conv: number; pool: number };
  disabledCalls: { matmul: number; conv: number; pool: number };
  wasmCallsDisabled: number;
  errors: Record<string, number>;
}
interface BlasNoneResult {
  blas: string | null;
  config: string;
  detail: string | null;
  tier: string;
  linear: boolean;
  errors: Record<string, number>;
}
interface NoCcResult {
  available: boolean;
  reason: string | null;
  thrown: string;
  tiers: string[];
  wasm: boolean;
  out: number[];
  envOut: number[];
  envTier: string;
}

/**
 * Runs test/fixtures/native-child.ts with `modes` in the background (a child mostly waits for its
 * compiler: it overlaps with this process's compiles on a second core); its JSON lines by mode.
 */
function runChild(modes: string[], env: Record<string, string>, nodeFlags: string[] = []): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', child, ...modes], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '',
      stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0) return reject(new Error(`native-child ${modes.join(' ')} failed (exit ${code}):\n${stderr}`));
      const out = new Map<string, unknown>();
      for (const line of stdout.split('\n'))
        if (line.startsWith('{')) {
          const j = JSON.parse(line) as { mode: string };
          out.set(j.mode, j);
        }
      const missing = modes.filter((m) => !out.has(m));
      if (missing.length)
        return reject(new Error(`native-child printed no result for ${missing}:\n${stdout}\n${stderr}`));
      resolve({ out, stderr });
    });
  });
}

/**
 * The compile cache the kernel library of this process came from (its file is written to
 * <cache>/lib/): a child finds it there instead of building its own. This file's cache otherwise.
 */
function kernelCacheDir(): string {
  const libDir = path.dirname(kernelLibrary().file);
  return path.basename(libDir) === 'lib' && fs.existsSync(libDir) ? path.dirname(libDir) : cacheDir;
}

// The children start early and run beside this process's tests; the tests that need them wait.
const children: {
  noCc?: Promise<ChildResult>;
  brokenCc?: Promise<ChildResult>;
  blasNone?: Promise<ChildResult>;
  memoryAndEager?: Promise<ChildResult>;
} = {};
// (An unawaited rejection is reported by the test that awaits it.)
const started = <T>(p: Promise<T>) => (p.catch(() => {}), p);
test.before(() => {
  children.noCc = started(runChild(['no-cc'], { CC: '/nonexistent/cc', TENSORJIT_CACHE_DIR: cacheDir }));
  const brokenCc = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tj-broken-cc-')), 'cc');
  fs.writeFileSync(
    brokenCc,
    '#!/bin/sh\n[ "$1" = --version ] && { echo "brokencc 1.0"; exit 0; }\necho "brokencc: internal error" >&2; exit 1\n',
    {
      mode: 0o755,
    },
  );
  children.brokenCc = started(
    runChild(['broken-cc'], {
      CC: brokenCc,
      TENSORJIT_CACHE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'tj-broken-cc-cache-')),
    }),
  );
  // A process that starts without a BLAS builds its kernel library without one.
  if (native.available)
    children.blasNone = started(runChild(['blas-none'], { TENSORJIT_BLAS: 'none', TENSORJIT_CACHE_DIR: cacheDir }));
});

nativeTest('backends() names the compiler, its version and the BLAS; the kernel library builds', () => {
  assert.match(native.detail ?? '', /\d+\.\d+/, `a compiler version in ${native.detail}`);
  assert.match(native.detail ?? '', /BLAS: /);
  const b = blas();
  assert.match(native.detail ?? '', b ? new RegExp(`BLAS: ${b.name}`) : /BLAS: none/);
  const t0 = performance.now();
  const lib = kernelLibrary(); // the setup step does this; compiled functions with kernel steps link it
  assert.ok(fs.existsSync(lib.file), lib.file);
  console.log(`  kernel library: ${(performance.now() - t0).toFixed(0)} ms (${lib.cached ? 'cached' : 'built'})`);
  // One child runs the memory and the eager checks (fresh module state for both), finding the
  // kernel library where this process built it.
  children.memoryAndEager = started(
    runChild(['memory', 'eager'], { TENSORJIT_CACHE_DIR: kernelCacheDir() }, ['--expose-gc']),
  );
});

// ---------------------------------------------------------------------------------------------
// (a) The jit table on native: many rows to a compiled function, each row's results compared.

const ALL = process.env.TENSORJIT_NATIVE_TABLE === 'all';
const CASES = tableCases(ALL);
/** Cases to a compile: gcc's time grows faster than the source, so a few dozen at a time. */
const CHUNK = 30;

test('the native table covers every op of API.md and every dtype of each op', () => {
  const ops = new Set(CASES.map((c) => rows[c.row].op));
  assert.equal(
    JIT_OPS.filter((op) => !ops.has(op)),
    [],
  );
  const pairs = new Set(CASES.map((c) => `${rows[c.row].op}|${c.dtype}`));
  const missing = rows.flatMap((r) => r.dtypes.map((d) => `${r.op}|${d}`)).filter((p) => !pairs.has(p));
  assert.equal([...new Set(missing)], []);
});

for (let start = 0; start < CASES.length; start += CHUNK) {
  const cases = CASES.slice(start, start + CHUNK);
  nativeTest(`native table: cases ${start}-${start + cases.length - 1} of ${CASES.length} in one compile`, () =>
    checkCompiledCases(N, 'native', cases),
  );
}

// GCC 12's SLP vectorizer drops a double -> float -> double round trip done two lanes at a time
// (a loop of 2 or 3 elements, or the remainder of a longer one). Whether the table's row of it
// shows that depends on what else shares its loop and library, so each case compiles alone here.
nativeTest('float64 -> float32 -> float64 rounds on native at every length, each case alone in its library', () => {
  const fns: Record<string, (t: Tensor) => Tensor> = {
    'astype(float32).astype(float64)': (t) => t.astype('float32').astype('float64'),
    'the same, times 1/3': (t) => tj.mul(t.astype('float32').astype('float64'), 1 / 3),
  };
  const wrong: string[] = [];
  for (const [what, fn] of Object.entries(fns))
    for (const n of [2, 3, 10]) {
      const x = tj.tensor(Float64Array.from({ length: n }, (_, i) => 0.1 / 3 + i * 1e-3));
      const f = N(fn);
      const got = f(x).data(),
        want = fn(x).data();
      assert.is(f.stats.tier, 'native');
      const bad = [...want.keys()].filter((i) => got[i] !== want[i]);
      if (bad.length)
        wrong.push(`${what}, n=${n}: elements ${bad.join(', ')} (${got[bad[0]]} compiled, ${want[bad[0]]} eagerly)`);
    }
  assert.equal(wrong, [], `not rounded to float32:\n${wrong.join('\n')}`);
});

// ---------------------------------------------------------------------------------------------
// (b) The benchmark workloads

for (const [name, make] of [
  ['logistic regression', logisticRegression],
  ['MLP', mlp],
  ['convnet', convnet],
  ['RNN', rnn],
] as const) {
  nativeTest(`${name} step: the native tier equals eager after resident calls`, () => {
    tj.seed(11);
    const wl = make();
    const step = N(wl.step);
    for (let i = 0; i < 3; i++) step();
    assert.is(step.stats.tier, 'native');
    assert.is(step.stats.compiledCalls, 3);
    step.verify();
  });
}

// ---------------------------------------------------------------------------------------------
// (c) One exported entry; one FFI call per compiled call

/** Names of the functions the C source defines without `static` (what the library exports). */
const exportedDefinitions = (source: string) =>
  [...source.matchAll(/^(?!static\b)[A-Za-z_][\w\s*]*?\b(\w+)\s*\([^;{]*\)\s*\{/gm)].map((m) => m[1]);

nativeTest('lower(): backend native, one exported entry (tj_entry); one FFI call per compiled call', () => {
  tj.seed(5);
  const x = tj.randn([8, 16]),
    w = tj.randn([16, 12]),
    b = tj.randn([12]);
  const fn = (p: Tensor, q: Tensor, r: Tensor) => {
    const h = tj.tanh(tj.add(tj.matmul(p, q), r));
    return [h, tj.sum(tj.exp(tj.mul(h, 0.5)), 1), tj.max(h)];
  };
  countFfiCalls((calls) => {
    const f = N(fn);
    const low = f.lower(x, w, b);
    assert.is(low.backend, 'native');
    assert.ok(low.kernels >= 2, `kernels: ${low.kernels}`);
    assert.equal(exportedDefinitions(low.source), ['tj_entry'], low.source);
    assert.is(low.source.match(/visibility\("default"\)/g)?.length, 1);
    assert.is(low.source.match(/case \d+:/g)?.length, 1, 'one segment: no JS kernel step');
    f(x, w, b);
    const c0 = calls();
    const out = f(x, w, b);
    for (let i = 0; i < 4; i++) f(x, w, b);
    assert.is(calls() - c0, 5, 'one FFI call per compiled call');
    compareTrees(
      'tanh(x@w+b) and reductions',
      out,
      withJsKernels(() => fn(x, w, b)),
    );
  });
});

nativeTest('a JS kernel step splits the entry in segments: one FFI call per segment', () => {
  tj.seed(6);
  const x = tj.randn([6, 9]);
  const fn = (t: Tensor) => tj.add(tj.argmax(tj.mul(t, 2), 1), tj.sum(tj.astype(tj.greater(t, 0), 'int32'), 1));
  countFfiCalls((calls) => {
    const f = N(fn);
    const low = f.lower(x);
    const segments = low.source.match(/case \d+:\n(?!\s*break;)/g)?.length ?? 0;
    assert.ok(segments >= 1, low.source);
    f(x);
    const c0 = calls();
    compareTrees('argmax between native segments', f(x), fn(x));
    assert.is(calls() - c0, segments, `${segments} non-empty segments`);
    assert.is(f.stats.tier, 'native');
  });
});

nativeTest('profile(): every step the entry runs is timed, every computed node in one row, Variables put back', () => {
  tj.seed(7);
  const W = tj.variable(tj.mul(tj.randn([16, 32]), 0.1)),
    B = tj.variable(tj.zeros([32]));
  const step = (t: Tensor) => {
    const h = tj.tanh(tj.add(tj.matmul(t, W), B));
    B.assign(tj.sub(B, tj.mul(tj.sum(h, 0), 0.01)));
    return tj.sum(h);
  };
  const x = tj.randn([8, 16]);
  const f = N(step);
  const lowered = f.lower(x);
  f(x);
  const bBefore = Array.from(B.data());
  const p = f.profile.with({ print: false, runs: 3, minMs: 0 })(x);
  assert.equal(Array.from(B.data()), bBefore, 'the Variable is as it was before profile');
  assert.is(p.tier, 'native');
  const kernels = p.rows.filter((r) => r.kind === 'loop' || r.kind === 'kernel' || r.kind === 'prebuilt');
  assert.is(kernels.length, lowered.kernels, 'one row per kernel lower() counts');
  assert.equal(
    p.rows.slice(-3).map((r) => r.kernel),
    ['copy-in', 'copy-out', 'overhead'],
  );
  for (const r of p.rows) assert.ok(Number.isFinite(r.ms) && r.ms >= 0, `${r.kernel}: ms ${r.ms}`);
  const sum = p.rows.reduce((a, r) => a + r.share, 0);
  assert.ok(Math.abs(sum - 1) <= 1e-6, `shares sum to ${sum}`);
  const covered = new Map<string, number>();
  for (const r of kernels)
    for (const n of r.nodes) {
      const id = n.split(' = ')[0];
      covered.set(id, (covered.get(id) ?? 0) + 1);
    }
  for (const l of lowered.graph.split('\n').map((s) => s.trim())) {
    const m = /^(%\d+) = (\w+)/.exec(l);
    if (!m || m[2] === 'const' || m[2] === 'reshape') continue;
    assert.is(covered.get(m[1]), 1, `${l} is computed by exactly one kernel`);
  }
  assert.is(f.stats.compiledCalls, 1, 'profile runs are not counted as calls');
  const h = withJsKernels(() => tj.tanh(tj.add(tj.matmul(x, W), B)));
  compareTensor('a call after profile', f(x), tj.sum(h));
  compareTensor(
    'the Variable after that call',
    B,
    tj.sub(tj.tensor(Float32Array.from(bBefore)), tj.mul(tj.sum(h, 0), 0.01)),
  );
});

// ---------------------------------------------------------------------------------------------
// (d) Residence: Variables stay in the arena between calls; bounded memory (in a child process)

/** An SGD step on `w` (a Variable) over input x; the loss before the update. */
function sgd(w: tj.Variable, y: Tensor) {
  return (x: Tensor) => {
    const [loss, [g]] = tj.valueAndGrad(() => tj.mean(tj.square(tj.sub(tj.matmul(x, w), y))), { wrt: [w] })() as [
      Tensor,
      Tensor[],
    ];
    w.assign(tj.sub(w, tj.mul(g, 0.1)));
    return loss;
  };
}

const close = (what: string, got: Tensor, want: Tensor, rtol = 1e-4) => {
  assert.equal(got.shape, want.shape, `${what}: shape`);
  const g = got.data(),
    w = want.data();
  let scale = 1;
  for (const v of w) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < w.length; i++)
    assert.ok(Math.abs(g[i] - w[i]) <= rtol * scale, `${what}[${i}]: ${g[i]} compiled, ${w[i]} eagerly`);
};

nativeTest('a Variable updated on native is copied in once; unchanged inputs are not copied again', () => {
  tj.seed(9);
  const x = tj.randn([16, 8]),
    x2 = tj.randn([16, 8]),
    y = tj.randn([16, 4]),
    w0 = tj.mul(tj.randn([8, 4]), 0.3);
  const w = tj.variable(w0),
    we = tj.variable(w0);
  const step = N(sgd(w, y)),
    eager = sgd(we, y);
  const c0 = nativeTierStats.copiesIn;
  for (let i = 0; i < 40; i++) {
    close(`loss at step ${i}`, step(x), eager(x));
    if (i === 20) close('w read between calls', w, we); // a read copies out; the value stays resident
  }
  assert.is(step.stats.tier, 'native');
  assert.is(nativeTierStats.copiesIn - c0, 2, 'x and w copied in once each over 40 calls');
  close('w after 40 steps', w, we);
  // A new input buffer is copied, once.
  for (let i = 0; i < 5; i++) close(`loss with x2 at ${i}`, step(x2), eager(x2));
  assert.is(nativeTierStats.copiesIn - c0, 3, 'x2 copied in once');
  // An assign from outside ends the residence: the next call copies the new value in.
  w.assign(w0);
  we.assign(w0);
  close('loss after an outside assign', step(x2), eager(x2));
  assert.is(nativeTierStats.copiesIn - c0, 4, 'the assigned value copied in');
  close('w after an outside assign and a step', w, we);
  assert.equal(step.stats.traces, 1);
});

nativeTest('two native functions updating one Variable hand its value over; a plain copy-assign too', () => {
  tj.seed(10);
  const x = tj.randn([12, 6]),
    y = tj.randn([12, 3]),
    w0 = tj.mul(tj.randn([6, 3]), 0.3);
  const w = tj.variable(w0),
    we = tj.variable(w0);
  const f = N(sgd(w, y)),
    g = N((t: Tensor) => {
      w.assign(tj.mul(w, 0.9));
      return tj.sum(tj.matmul(t, w));
    });
  const fe = sgd(we, y),
    ge = (t: Tensor) => {
      we.assign(tj.mul(we, 0.9));
      return tj.sum(tj.matmul(t, we));
    };
  for (let i = 0; i < 6; i++) {
    close(`f at ${i}`, f(x), fe(x));
    close(`g at ${i}`, g(x), ge(x));
  }
  assert.is(f.stats.tier, 'native');
  assert.is(g.stats.tier, 'native');
  close('w after alternating updates', w, we);
  // An update that is an input copied as it is (no step writes it): not resident, still right.
  const v = tj.variable(tj.zeros([6, 3]));
  const h = N((t: Tensor, u: Tensor) => {
    v.assign(u);
    return tj.add(t, v);
  });
  const u1 = tj.randn([6, 3]),
    u2 = tj.randn([6, 3]);
  compareTensor('h(x, u1)', h(w0, u1), tj.add(w0, u1));
  compareTensor('v after h(x, u1)', v, u1);
  h(w0, u2);
  compareTensor('v after h(x, u2)', v, u2);
});

/** The memory and eager child (started once the kernel library is built). */
const memoryAndEager = () =>
  (children.memoryAndEager ??= runChild(['memory', 'eager'], { TENSORJIT_CACHE_DIR: kernelCacheDir() }, [
    '--expose-gc',
  ]));

nativeTest('10,000 native SGD steps run in bounded memory; dropped functions free their arenas', async () => {
  const m = (await memoryAndEager()).out.get('memory') as MemoryResult;
  assert.is(m.tier, 'native');
  assert.ok(m.gc, 'the child runs with --expose-gc');
  assert.is(m.copiesIn, 1, 'the Variable is copied in once in 10,000 steps (x and y are constants)');
  const grownKB = (m.end.arrayBuffers - m.warm.arrayBuffers) / 1024;
  assert.ok(grownKB < 64, `ArrayBuffers grew by ${grownKB.toFixed(1)} KB between step 1,000 and step 10,000`);
  const rssMB = (m.end.rss - m.warm.rss) / 2 ** 20;
  assert.ok(rssMB < 20, `RSS grew by ${rssMB.toFixed(1)} MB between step 1,000 and step 10,000`);
  assert.ok(m.loss < 1, `loss ${m.loss}`);
  const { before, held, freed } = m.arenas;
  const heldMB = (held - before) / 2 ** 20,
    leftMB = (freed - before) / 2 ** 20;
  assert.ok(heldMB >= 16 * 2 * 0.9, `16 live functions hold ${heldMB.toFixed(1)} MB of arenas`);
  assert.ok(leftMB <= heldMB / 4, `${leftMB.toFixed(1)} MB of ${heldMB.toFixed(1)} MB left after dropping them`);
  console.log(
    `  memory: +${grownKB.toFixed(1)} KB ArrayBuffers, +${rssMB.toFixed(1)} MB RSS over 9,000 steps; arenas ${heldMB.toFixed(1)} MB -> ${leftMB.toFixed(1)} MB`,
  );
});

// ---------------------------------------------------------------------------------------------
// (e) With and without a BLAS

/** matmul (batched), linear (matmul + bias) and conv2d, float32 and float64. */
function products() {
  tj.seed(8);
  const args = [
    tj.randn([3, 37, 29]),
    tj.randn([29, 23]),
    tj.randn([23]),
    tj.randn([41, 29]),
    tj.randn([2, 3, 10, 9]),
    tj.randn([4, 3, 3, 3]),
    tj.randn([20, 30], 'float64'),
    tj.randn([30, 11], 'float64'),
  ] as const;
  const fn = (p: Tensor, q: Tensor, r: Tensor, p2: Tensor, s: Tensor, t: Tensor, u: Tensor, v: Tensor) => ({
    matmul: tj.matmul(p, q),
    linear: tj.relu(tj.add(tj.matmul(p2, q), r)),
    conv: tj.conv2d(s, t, { padding: 1 }),
    matmul64: tj.matmul(u, v),
  });
  return { args, fn };
}

function checkProducts(what: string): void {
  const { args, fn } = products();
  const f = N(fn);
  const got = f(...args);
  assert.is(f.stats.tier, 'native', what);
  assert.match(f.lower(...args).graph, /linear\(/, `${what}: the bias add joins the product`);
  compareTrees(
    what,
    got,
    withJsKernels(() => fn(...args)),
  );
}

nativeTest('TENSORJIT_BLAS=none: reported, and products compile without a BLAS and equal eager', async () => {
  const was = process.env.TENSORJIT_BLAS;
  process.env.TENSORJIT_BLAS = 'none';
  forgetProbes();
  try {
    assert.is(blas(), undefined);
    const a = nativeBackend.availability(); // backends() answers once per process
    assert.ok(a.available && /BLAS: none/.test(a.detail ?? ''), JSON.stringify(a));
    checkProducts('without a BLAS (this process)');
  } finally {
    if (was === undefined) delete process.env.TENSORJIT_BLAS;
    else process.env.TENSORJIT_BLAS = was;
    forgetProbes();
  }
  // A process that starts without a BLAS builds its kernel library without one (the child).
  const r = (await children.blasNone!).out.get('blas-none') as BlasNoneResult;
  assert.is(r.blas, null);
  assert.is(r.config, '', 'the kernel library links no BLAS');
  assert.match(r.detail ?? '', /BLAS: none/);
  assert.is(r.tier, 'native');
  assert.ok(r.linear, 'the bias add joins the product');
  for (const [k, e] of Object.entries(r.errors))
    assert.ok(e <= (k.endsWith('64') ? 1e-12 : 1e-5), `${k}: relative error ${e} against the JS kernels`);
});

nativeTest('with the BLAS blas() finds: the kernel library links it, and products equal eager', () => {
  const b = blas();
  if (!b) {
    console.log('  skipped (with a BLAS): blas() finds none (apt-get install libopenblas-dev)');
    return;
  }
  assert.match(tj.backends().find((x) => x.name === 'native')!.detail ?? '', new RegExp(`BLAS: ${b.name}`));
  const config = loadNativeKernels(kernelLibrary().file).tj_blas_config() as string;
  assert.ok(config.length > 0, 'the kernel library says which BLAS it links');
  checkProducts(`with ${b.name} (${config})`);
});

// ---------------------------------------------------------------------------------------------
// (f) No C compiler: native unavailable, saying why; everything else as before

test('without a C compiler (CC=/nonexistent/cc): native unavailable, jit() throws the reason, auto works', async () => {
  const { out, stderr } = await children.noCc!;
  const r = out.get('no-cc') as NoCcResult;
  assert.is(r.available, false);
  assert.match(r.reason ?? '', /CC=\/nonexistent\/cc/);
  assert.match(r.thrown, /backend "native" is not available: CC=\/nonexistent\/cc/);
  assert.equal(r.out, [4, 4, 4, 4]);
  const want = r.wasm ? ['eager', 'js', 'wasm'] : ['eager', 'js'];
  assert.equal(
    r.tiers.filter((t) => t !== 'eager'),
    want.slice(1),
    `tiers in order: ${r.tiers.join(' -> ')}`,
  );
  assert.equal(r.envOut, [5, 5, 5, 5]);
  assert.is(r.envTier, 'js');
  assert.is(stderr.match(/TENSORJIT_BACKEND=native is not available/g)?.length, 1, stderr);
});

nativeTest('outputs written in place: fresh arrays each call, more outputs than a call has parameters', () => {
  const f = tj.jit((x: Tensor) => Array.from({ length: 70 }, (_, i) => tj.add(tj.mul(x, i + 1), 0.5)), {
    backend: 'native',
    hot: 0,
    async: false,
  });
  const x = tj.tensor([1, 2, 3]);
  const a = f(x),
    b = f(tj.tensor([2, 4, 6]));
  assert.is(f.stats.tier, 'native');
  a.forEach((t, i) =>
    assert.equal(
      t.toArray(),
      [1, 2, 3].map((v) => v * (i + 1) + 0.5),
      `output ${i}`,
    ),
  );
  b.forEach((t, i) =>
    assert.equal(
      t.toArray(),
      [2, 4, 6].map((v) => v * (i + 1) + 0.5),
      `output ${i}, second call`,
    ),
  );
  assert.ok(a[0].data() !== b[0].data(), 'each call returns arrays of its own');
});

test('a compiler that fails every compile: backend native warns once and runs on JS; auto moves on to WASM', async () => {
  const { out, stderr } = await children.brokenCc!;
  const r = out.get('broken-cc') as { out: number[]; nativeTier: string; autoTier: string; wasm: boolean };
  assert.equal(r.out, [2, 2, 2, 2]);
  assert.is(r.nativeTier, 'js');
  assert.is(stderr.match(/failed to compile for native/g)?.length, 1, stderr);
  assert.match(stderr, /brokencc: internal error/);
  assert.is(r.autoTier, r.wasm ? 'wasm' : 'js');
});

// ---------------------------------------------------------------------------------------------
// (h) Eager ops through the native kernel library (in a child: which kernel an eager op takes is
// decided once per process)

nativeTest(
  'eager matmul, conv2d and pooling take the native kernels once built, and equal the JS kernels',
  async () => {
    const e = (await memoryAndEager()).out.get('eager') as EagerResult;
    if (!e.cached) console.log('  (the child built its own kernel library: this process built it elsewhere)');
    assert.is(e.nativeCalls.matmul, 2, 'float32 64x64 and float64 products ran natively');
    assert.is(e.nativeCalls.conv, 2, 'both convolutions ran natively');
    assert.is(e.nativeCalls.pool, 4, 'max and average pooling, and the max pooling and its gradient under grad');
    assert.equal(e.disabledCalls, { matmul: 0, conv: 0, pool: 0 }, 'TENSORJIT_EAGER_NATIVE=0 keeps them off');
    assert.is(e.wasmCallsDisabled, 0, 'TENSORJIT_EAGER_WASM=0 too');
    for (const [k, err] of Object.entries(e.errors)) {
      const tol = k.includes('Pool') ? 0 : k.endsWith('64') ? 1e-13 : 1e-6;
      assert.ok(err <= tol, `${k}: error ${err} against the JS kernels (tolerance ${tol})`);
    }
  },
);

test.run();
