// native/tj_simd.h compiled to WebAssembly SIMD128: exp/log/tanh/sigmoid/erf against float64 references, in float32 ulps.
//
// The module is native/tj_math_test.c built once with emcc (skipped, with a line saying so, when emcc is
// not on PATH). Each function is checked over dense sweeps, seeded random values over wide ranges
// (|x| up to FLT_MAX), denormals, +-0, +-inf, NaN and the overflow/underflow boundaries. The error is
// the distance, in float32 steps, between the result and Math.fround(reference): the correctly
// rounded float32 result except in vanishingly rare double-rounding cases. Zeros, infinities and NaN
// in the reference must be matched exactly (sign of zero included), and a finite reference must not
// give an infinity. The bound asserted is ULP_BOUND = 1 for every function: the maximum measured
// over every float32 input with the scalar versions on the host; the fractional error against the
// exact value is printed and is at most about 1.5 ulp (erf). Vector lanes (apply_<fn>, with n not a
// multiple of 4 so that it ends in the scalar tail) and the scalar-only loop must agree bit for bit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const ULP_BOUND = 1;
const FLT_MAX = 3.4028234663852886e38;
const FLT_MIN = 2 ** -126;
const DENORM_MIN = 2 ** -149;

const here = path.dirname(fileURLToPath(import.meta.url));
const nativeDir = path.resolve(here, '../native');
const emConfig = path.resolve(here, '../emsdk.config');

const FNS = ['exp', 'log', 'tanh', 'sigmoid', 'erf'] as const;
type Fn = (typeof FNS)[number];
type Apply = (input: number, output: number, n: number) => void;
interface MathExports {
  memory: WebAssembly.Memory;
  alloc_f32(n: number): number;
  free_f32(p: number): void;
  _initialize?: () => void;
  [name: string]: unknown;
}

// ---- build -------------------------------------------------------------------------------

const emccVersion = spawnSync('emcc', ['--version'], {
  encoding: 'utf8',
  env: { ...process.env, EM_CONFIG: emConfig },
});
const haveEmcc = !emccVersion.error && emccVersion.status === 0;
let skipNoted = false;
function skipped(): boolean {
  if (haveEmcc) return false;
  if (!skipNoted)
    console.log(
      '  skipped: emcc (Emscripten) is not on PATH, so native/tj_simd.h cannot be compiled to WebAssembly here',
    );
  skipNoted = true;
  return true;
}

let built: MathExports | undefined;
function wasm(): MathExports {
  if (built) return built;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-native-math-'));
  try {
    const out = path.join(dir, 'tj_math_test.wasm');
    const args = [
      '-O3',
      '-msimd128',
      '--no-entry',
      '-sSTANDALONE_WASM',
      '-sERROR_ON_UNDEFINED_SYMBOLS=0',
      '-sALLOW_MEMORY_GROWTH',
      '-I',
      nativeDir,
      path.join(nativeDir, 'tj_math_test.c'),
      '-o',
      out,
    ];
    const r = spawnSync('emcc', args, { encoding: 'utf8', env: { ...process.env, EM_CONFIG: emConfig } });
    assert.is(r.status, 0, `emcc ${args.join(' ')} failed:\n${r.stderr}`);
    const mod = new WebAssembly.Module(fs.readFileSync(out));
    // Stub whatever the module imports (emscripten_notify_memory_growth, and WASI calls if any).
    const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
    for (const imp of WebAssembly.Module.imports(mod)) {
      assert.is(imp.kind, 'function', `unexpected import ${imp.module}.${imp.name} (${imp.kind})`);
      (imports[imp.module] ??= {})[imp.name] = () => 0;
    }
    const ex = new WebAssembly.Instance(mod, imports).exports as unknown as MathExports;
    ex._initialize?.();
    built = ex;
    return ex;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs apply_<fn> (vector + tail) and apply_<fn>_scalar over xs; both outputs as float32. */
function run(fn: Fn, xs: Float32Array): { vec: Float32Array; sca: Float32Array } {
  const ex = wasm();
  const n = xs.length;
  const pin = ex.alloc_f32(n),
    pv = ex.alloc_f32(n),
    ps = ex.alloc_f32(n);
  try {
    new Float32Array(ex.memory.buffer, pin, n).set(xs); // fresh views: allocation may grow the memory
    (ex[`apply_${fn}`] as Apply)(pin, pv, n);
    (ex[`apply_${fn}_scalar`] as Apply)(pin, ps, n);
    return {
      vec: new Float32Array(ex.memory.buffer, pv, n).slice(),
      sca: new Float32Array(ex.memory.buffer, ps, n).slice(),
    };
  } finally {
    ex.free_f32(pin);
    ex.free_f32(pv);
    ex.free_f32(ps);
  }
}

// ---- float32 helpers ---------------------------------------------------------------------

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
function bits(x: number): number {
  f32[0] = x;
  return u32[0];
}
function fromBits(b: number): number {
  u32[0] = b >>> 0;
  return f32[0];
}
/** Position on the float32 number line (+0 and -0 both at 0): differences count float32 steps. */
function ord(x: number): number {
  const b = bits(x);
  return b >>> 31 ? -(b & 0x7fffffff) : b;
}
/** The float32 n steps from x (n may be negative). */
function step(x: number, n: number): number {
  const o = ord(Math.fround(x)) + n;
  return o < 0 ? fromBits((0x80000000 | -o) >>> 0) : fromBits(o);
}
/** Float32 ulp at a finite float32 y, for the fractional error. */
function ulpOf(y: number): number {
  return 2 ** (Math.max((bits(y) >>> 23) & 0xff, 1) - 150);
}

/** xorshift32, seeded. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

// ---- references (float64) ----------------------------------------------------------------

const TWO_OVER_SQRT_PI = 1.1283791670955126;
/** erf in float64 to ~1e-15 relative: Maclaurin series below 2.5, the erfc continued fraction above. */
function erfRef(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a < 2.5) {
    const z = x * x;
    let term = x,
      sum = x;
    for (let n = 1; n < 200; n++) {
      term *= -z / n;
      const t = term / (2 * n + 1);
      sum += t;
      if (Math.abs(t) < 1e-18 * Math.abs(sum)) break;
    }
    return TWO_OVER_SQRT_PI * sum;
  }
  if (a > 10) return Math.sign(x);
  // erfc(a) = exp(-a^2)/sqrt(pi) * 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + 2/(a + ...)))))
  let f = a;
  for (let k = 120; k >= 1; k--) f = a + k / 2 / f;
  const erfc = Math.exp(-a * a) / Math.sqrt(Math.PI) / f; // a*a is exact in float64 for float32 a
  return Math.sign(x) * (1 - erfc);
}
function sigmoidRef(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
const REF: Record<Fn, (x: number) => number> = {
  exp: Math.exp,
  log: Math.log,
  tanh: Math.tanh,
  sigmoid: sigmoidRef,
  erf: erfRef,
};

// ---- inputs ------------------------------------------------------------------------------

function linspace(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}
/** The 2k+1 float32 values around x. */
function around(x: number, k: number): number[] {
  return Array.from({ length: 2 * k + 1 }, (_, i) => step(x, i - k));
}

const SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  1,
  -1,
  FLT_MAX,
  -FLT_MAX,
  FLT_MIN,
  -FLT_MIN,
  DENORM_MIN,
  -DENORM_MIN,
  1e-30,
  -1e-30,
  1e30,
  -1e30,
  2 ** -24,
  -(2 ** -24),
  0.5,
  -0.5,
  2,
  -2,
];

/** Values common to all functions: specials, every binade with random mantissas, random bit patterns, denormals. */
function commonInputs(next: () => number): number[] {
  const v: number[] = [...SPECIALS];
  for (let i = 0; i < 20000; i++) v.push(fromBits(next())); // any float32, NaNs included
  for (let i = 0; i < 2000; i++) v.push(fromBits(next() & 0x807fffff)); // denormals of either sign
  for (let e = -149; e <= 127; e++) {
    // log-uniform over the whole range
    for (let i = 0; i < 40; i++) v.push((next() & 1 ? -1 : 1) * Math.fround((1 + next() / 2 ** 32) * 2 ** e));
  }
  return v;
}

function inputsFor(fn: Fn): number[] {
  const next = rng(0x9e3779b9 ^ FNS.indexOf(fn));
  const v = commonInputs(next);
  const uniform = (lo: number, hi: number, n: number) => {
    for (let i = 0; i < n; i++) v.push(lo + (hi - lo) * (next() / 2 ** 32));
  };
  switch (fn) {
    case 'exp':
      v.push(...linspace(-104, 89, 60001));
      uniform(-1, 1, 10000);
      // overflow (exp(x) > FLT_MAX), the last normal result, the denormal results' ends, and exact 0
      for (const b of [
        88.72283935546875,
        88.7228317,
        Math.log(FLT_MIN),
        Math.log(2 ** -149),
        Math.log(2 ** -150),
        -104,
        89,
      ])
        v.push(...around(b, 300));
      break;
    case 'log':
      v.push(...linspace(0.5, 2, 40001), ...linspace(1e-6, 100, 20001));
      v.push(
        ...around(1, 2000),
        ...around(Math.SQRT1_2, 200),
        ...around(Math.SQRT2, 200),
        ...around(FLT_MIN, 200),
        ...around(FLT_MAX, 100),
      );
      uniform(0, 1e30, 5000);
      break;
    case 'tanh':
      v.push(...linspace(-10, 10, 60001));
      v.push(...around(0.625, 300), ...around(-0.625, 300), ...around(9.010913, 300), ...around(-9.010913, 300));
      uniform(-1e30, 1e30, 5000);
      break;
    case 'sigmoid':
      v.push(...linspace(-110, 30, 60001), -100, -87, -50, -20, -17, 17, 20);
      for (const b of [Math.log(FLT_MIN), Math.log(2 ** -149), Math.log(2 ** -150), -104, 16.635532, 17.32868])
        v.push(...around(b, 300));
      uniform(-1e30, 1e30, 5000);
      break;
    case 'erf':
      v.push(...linspace(-5, 5, 60001));
      v.push(...around(1, 300), ...around(-1, 300), ...around(3.9192059, 300), ...around(4, 300));
      uniform(-1e30, 1e30, 5000);
      break;
  }
  if (v.length % 4 === 0) v.push(0.25); // end in the scalar tail
  return v;
}

// ---- checks ------------------------------------------------------------------------------

function sameFloat(a: number, b: number): boolean {
  return Number.isNaN(a) ? Number.isNaN(b) : Object.is(a, b);
}
function show(x: number): string {
  return `${x} (0x${bits(x).toString(16).padStart(8, '0')})`;
}

function check(fn: Fn): void {
  const xs = Float32Array.from(inputsFor(fn));
  assert.ok(xs.length % 4 !== 0);
  const { vec, sca } = run(fn, xs);
  const ref = REF[fn];
  const failures: string[] = [];
  const laneMismatch: string[] = [];
  let maxUlp = 0,
    maxFrac = 0,
    worst = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i],
      got = vec[i];
    if (!sameFloat(got, sca[i]))
      laneMismatch.push(`${fn}(${show(x)}): vector/tail ${show(got)}, scalar ${show(sca[i])}`);
    const exact = ref(x);
    const want = Math.fround(exact);
    if (want === 0 || !Number.isFinite(want)) {
      if (!sameFloat(got, want)) failures.push(`${fn}(${show(x)}) = ${show(got)}, want exactly ${want}`);
      continue;
    }
    if (!Number.isFinite(got)) {
      failures.push(`${fn}(${show(x)}) = ${got}, want ${want}`);
      continue;
    }
    const d = Math.abs(ord(got) - ord(want));
    if (d > maxUlp) {
      maxUlp = d;
      worst = x;
    }
    maxFrac = Math.max(maxFrac, Math.abs(got - exact) / ulpOf(want));
    if (d > ULP_BOUND) failures.push(`${fn}(${show(x)}) = ${got}, want ${want} (${d} ulp)`);
  }
  console.log(
    `  ${fn}: ${xs.length} inputs, max ${maxUlp} ulp from the correctly rounded result (at ${worst}), max ${maxFrac.toFixed(3)} ulp from the exact value`,
  );
  assert.equal(failures.slice(0, 10), [], `${failures.length} failures`);
  assert.equal(laneMismatch.slice(0, 10), [], `${laneMismatch.length} vector/scalar mismatches`);
}

for (const fn of FNS) {
  test(`${fn}: within ${ULP_BOUND} ulp over sweeps, random and boundary values; SIMD lanes match the scalar tail`, () => {
    if (skipped()) return;
    check(fn);
  });
}

test('special values are exact', () => {
  if (skipped()) return;
  const cases: [Fn, number, number][] = [
    ['exp', 0, 1],
    ['exp', -0, 1],
    ['exp', -Infinity, 0],
    ['exp', Infinity, Infinity],
    ['exp', NaN, NaN],
    ['exp', 88.72283935546875, Infinity],
    ['exp', 89, Infinity],
    ['exp', 1e30, Infinity],
    ['exp', FLT_MAX, Infinity],
    ['exp', -104, 0],
    ['exp', -1e30, 0],
    ['exp', -FLT_MAX, 0],
    ['exp', DENORM_MIN, 1],
    ['exp', -DENORM_MIN, 1],
    ['log', 0, -Infinity],
    ['log', -0, -Infinity],
    ['log', -1, NaN],
    ['log', -DENORM_MIN, NaN],
    ['log', -Infinity, NaN],
    ['log', Infinity, Infinity],
    ['log', NaN, NaN],
    ['log', 1, 0],
    ['tanh', 0, 0],
    ['tanh', -0, -0],
    ['tanh', Infinity, 1],
    ['tanh', -Infinity, -1],
    ['tanh', 20, 1],
    ['tanh', -20, -1],
    ['tanh', 1e30, 1],
    ['tanh', -FLT_MAX, -1],
    ['tanh', NaN, NaN],
    ['tanh', Math.fround(1e-30), Math.fround(1e-30)],
    ['tanh', DENORM_MIN, DENORM_MIN],
    ['tanh', -DENORM_MIN, -DENORM_MIN],
    ['sigmoid', 0, 0.5],
    ['sigmoid', -0, 0.5],
    ['sigmoid', Infinity, 1],
    ['sigmoid', -Infinity, 0],
    ['sigmoid', NaN, NaN],
    ['sigmoid', 1e30, 1],
    ['sigmoid', -1e30, 0],
    ['sigmoid', -200, 0],
    ['sigmoid', 20, 1],
    ['erf', 0, 0],
    ['erf', -0, -0],
    ['erf', Infinity, 1],
    ['erf', -Infinity, -1],
    ['erf', NaN, NaN],
    ['erf', 5, 1],
    ['erf', -5, -1],
    ['erf', 1e30, 1],
    ['erf', -FLT_MAX, -1],
    ['erf', DENORM_MIN * 8, DENORM_MIN * 9],
    ['erf', -DENORM_MIN * 8, -DENORM_MIN * 9],
  ];
  for (const fn of FNS) {
    const mine = cases.filter((c) => c[0] === fn);
    const xs = Float32Array.from(mine.map((c) => c[1]));
    const { vec, sca } = run(fn, xs); // fewer than 4 or not a multiple of 4: both paths are used
    mine.forEach(([, x, want], i) => {
      assert.ok(sameFloat(vec[i], want), `${fn}(${x}) = ${vec[i]} (SIMD/tail), want ${want}`);
      assert.ok(sameFloat(sca[i], want), `${fn}(${x}) = ${sca[i]} (scalar), want ${want}`);
    });
    // every case again in the tail and in each SIMD lane
    for (let lane = 0; lane < 4; lane++) {
      const ys = new Float32Array(xs.length * 4 + 3).fill(0.5);
      xs.forEach((x, i) => {
        ys[i * 4 + lane] = x;
      });
      const r = run(fn, ys).vec;
      mine.forEach(([, x, want], i) =>
        assert.ok(sameFloat(r[i * 4 + lane], want), `${fn}(${x}) in lane ${lane} = ${r[i * 4 + lane]}, want ${want}`),
      );
    }
  }
  // Results in the denormals: positive, not flushed to 0 (their accuracy is checked with the sweeps).
  for (const [fn, xs] of [
    ['exp', [-88, -95, -103]],
    ['sigmoid', [-88, -95, -100, -103]],
  ] as [Fn, number[]][]) {
    const { vec, sca } = run(fn, Float32Array.from(xs));
    xs.forEach((x, i) => {
      assert.ok(
        vec[i] > 0 && vec[i] < FLT_MIN && sca[i] === vec[i],
        `${fn}(${x}) = ${vec[i]} / ${sca[i]}, want a denormal`,
      );
    });
  }
});

test.run();
