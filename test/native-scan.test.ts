// native/tj_scan.c (cumsum, cumprod, argsort) against runtime/kernels/scan-sort.ts bit for bit (NaN payloads aside), WASM build and host build, whole and in shares; then the tiers' plans.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import koffi from 'koffi';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toolchain } from '../jit/emcc.js';
import type { TypedArray } from '../runtime/dtype.js';
import { argsort, cumulative } from '../runtime/kernels/scan-sort.js';
import { instantiate } from '../runtime/wasm/memory.js';
import { NATIVE_SOURCES, prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const tc = toolchain();
const nativeDir = fileURLToPath(new URL('../native/', import.meta.url));
const CC = process.env.CC || 'cc';
const ccProbe = spawnSync(CC, ['--version'], { encoding: 'utf8' });
const hasCC = !ccProbe.error && ccProbe.status === 0;

type DT = 'float32' | 'float64' | 'int32';
const ARRAY = { float32: Float32Array, float64: Float64Array, int32: Int32Array } as const;
const SUFFIX = { float32: 'f32', float64: 'f64', int32: 'i32' } as const;
type Kind = 'cumsum' | 'cumprod' | 'asc' | 'desc';
const bytes = (a: TypedArray) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const SENTINEL = 0xa5;

/** Calls kernel fn(x, out, ...ints, part, parts, scratch) of one build; out and scratch are guarded. */
type Call = (fn: string, x: TypedArray, out: TypedArray, ints: number[], part: number, parts: number) => void;

// The WASM build in a memory of the test's own.
let wasm: Call | undefined;
function wasmCall(): Call {
  if (wasm) return wasm;
  const memory = new WebAssembly.Memory({ initial: 1024, maximum: 65536, shared: true });
  const ex = instantiate(prebuiltKernelsWasm(), memory).exports as Record<string, (...a: number[]) => number>;
  const BASE = 16 << 20;
  return (wasm = (fn, x, out, ints, part, parts) => {
    const scratch = fn.startsWith('tj_argsort') ? ex.tj_argsort_scratch_bytes(...ints.slice(0, 3)) : 0;
    const xAt = BASE,
      outAt = xAt + ((x.byteLength + 127) & ~63),
      scAt = outAt + ((out.byteLength + 127) & ~63) + 4;
    const end = scAt + scratch + 64;
    if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
    const m = new Uint8Array(memory.buffer);
    m.set(bytes(x), xAt);
    m.fill(SENTINEL, xAt + x.byteLength, end);
    ex[fn](xAt, outAt, ...ints, part, parts, scAt);
    assert.ok(
      m.subarray(xAt + x.byteLength, outAt).every((b) => b === SENTINEL),
      `${fn}: wrote between x and out`,
    );
    assert.ok(
      m.subarray(outAt + out.byteLength, scAt).every((b) => b === SENTINEL),
      `${fn}: wrote past out`,
    );
    assert.ok(
      m.subarray(scAt + scratch, end).every((b) => b === SENTINEL),
      `${fn}: wrote past the scratch`,
    );
    bytes(out).set(m.subarray(outAt, outAt + out.byteLength));
  });
}

// The host build: native/'s sources with the native tier's flags, loaded through koffi.
let host: Call | undefined;
function hostCall(): Call {
  if (host) return host;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-scan-'));
  const src = path.join(dir, 'kernels.c'),
    lib = path.join(dir, 'kernels.so');
  fs.writeFileSync(src, NATIVE_SOURCES.map((f) => fs.readFileSync(path.join(nativeDir, f), 'utf8')).join('\n'));
  execFileSync(CC, [
    ...['-O3', '-march=native', '-ffp-contract=off', '-fno-math-errno', '-fno-trapping-math', '-fPIC', '-shared'],
    ...['-I', path.join(nativeDir, 'host'), '-I', nativeDir, src, '-o', lib, '-lm'],
  ]);
  const l = koffi.load(lib);
  fs.rmSync(dir, { recursive: true, force: true });
  const fns = new Map<string, (...a: unknown[]) => number>();
  const scratchBytes = l.func('int tj_argsort_scratch_bytes(int, int, int)') as (...a: number[]) => number;
  return (host = (fn, x, out, ints, part, parts) => {
    if (!fns.has(fn))
      fns.set(fn, l.func(`void ${fn}(void*, void*, ${ints.map(() => 'int, ').join('')}int, int, void*)`));
    const scratch = fn.startsWith('tj_argsort') ? scratchBytes(...ints.slice(0, 3)) : 0;
    const guarded = new Uint8Array(out.byteLength + 128).fill(SENTINEL),
      sc = new Uint8Array(scratch + 68 + 64).fill(SENTINEL);
    fns.get(fn)!(x, guarded.subarray(64), ...ints, part, parts, sc.subarray(68));
    assert.ok(
      guarded.subarray(0, 64).every((b) => b === SENTINEL) &&
        guarded.subarray(64 + out.byteLength).every((b) => b === SENTINEL),
      `${fn}: wrote outside out`,
    );
    assert.ok(
      sc.subarray(0, 68).every((b) => b === SENTINEL) && sc.subarray(68 + scratch).every((b) => b === SENTINEL),
      `${fn}: wrote outside the scratch`,
    );
    bytes(out).set(guarded.subarray(64, 64 + out.byteLength));
  });
}

let seed = 97;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 31 - 1;
};
type Special = 'none' | 'ties' | 'nan' | 'zeros' | 'wrap';
function input(dtype: DT, len: number, kind: Kind, special: Special): TypedArray {
  const x = new ARRAY[dtype](len);
  for (let i = 0; i < len; i++) {
    const r = rand(),
      s = rand();
    let v = special === 'ties' ? Math.round(r * 3) : kind === 'cumprod' ? 1 + r / 8 : r * 1000;
    if (special === 'nan' && s > 0.8) v = s > 0.9 ? NaN : s > 0.85 ? Infinity : -Infinity;
    if (special === 'zeros') v = s > 0.3 ? (s > 0.65 ? 0 : -0) : r;
    if (special === 'wrap') v = Math.round(r * 2 ** 31) | 0;
    x[i] = dtype === 'int32' && special !== 'wrap' ? Math.round(kind === 'cumprod' ? r * 5 : v) : v;
  }
  return x;
}

/** Runs case (kind, dtype, shape, axis, special) whole and in 3 and 7 shares on `call`, against the JS kernel. */
function check(call: Call, build: string, kind: Kind, dtype: DT, shape: number[], axis: number, special: Special) {
  const name = `${build} ${kind} ${dtype} [${shape}] axis ${axis} ${special}`;
  const len = shape.reduce((a, b) => a * b, 1);
  const x = input(dtype, len, kind, special);
  const sort = kind === 'asc' || kind === 'desc';
  const want = sort ? new Int32Array(len) : new ARRAY[dtype](len);
  if (sort) argsort(x, shape, axis, kind === 'desc', want as Int32Array);
  else cumulative(kind === 'cumsum' ? 'sum' : 'prod', x, shape, axis, want, dtype === 'int32');
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1),
    inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1);
  const ints = sort ? [outer, shape[axis], inner, kind === 'desc' ? 1 : 0] : [outer, shape[axis], inner];
  const fn = `tj_${sort ? 'argsort' : kind}_${SUFFIX[dtype]}`;
  for (const parts of [1, 3, 7]) {
    const es = want.BYTES_PER_ELEMENT,
      got = new Uint8Array(want.byteLength),
      by = new Int8Array(len).fill(-1);
    for (let part = 0; part < parts; part++) {
      const out = new (want.constructor as new (n: number) => TypedArray)(len);
      bytes(out).fill(SENTINEL);
      call(fn, x, out, ints, part, parts);
      const ob = bytes(out);
      for (let i = 0; i < len; i++) {
        const e = ob.subarray(i * es, (i + 1) * es);
        if (e.every((b) => b === SENTINEL)) continue;
        assert.is(by[i], -1, `${name}: element ${i} written by shares ${by[i]} and ${part} of ${parts}`);
        by[i] = part;
        got.set(e, i * es);
      }
    }
    // Every bit but NaN payloads (which JS does not fix): Object.is tells ±0 apart and NaN from numbers.
    const g = new (want.constructor as new (b: ArrayBuffer) => TypedArray)(got.buffer);
    const i = want.findIndex((w, k) => !Object.is(w, g[k]));
    if (i >= 0) assert.unreachable(`${name} in ${parts} shares: element ${i} is ${g[i]}, the JS kernel's ${want[i]}`);
  }
}

const SHAPES: [number[], number][] = [
  [[0], 0],
  [[1], 0],
  [[7], 0],
  [[17], 0], // one run of 16 and a merge
  [[5000], 0],
  [[3, 0, 4], 1],
  [[3, 1, 4], 1],
  [[6, 33], 1],
  [[33, 6], 0],
  [[4, 21, 5], 1],
  [[2, 9, 600], 1], // inner wider than a scan chunk
  [[2, 3, 4, 5], 2],
  [[3, 257, 2], 1],
];

function all(call: () => Call, build: string) {
  const c = call();
  for (const [shape, axis] of SHAPES)
    for (const kind of ['cumsum', 'cumprod', 'asc', 'desc'] as const)
      for (const dtype of ['float32', 'float64', 'int32'] as const) {
        const specials: Special[] = dtype === 'int32' ? ['none', 'ties', 'wrap'] : ['none', 'ties', 'nan', 'zeros'];
        for (const special of specials) check(c, build, kind, dtype, shape, axis, special);
      }
}

test('tj_scan.c (WASM build) is the JS kernels bit for bit: n = 0, 1, odd, large, inner > 1, NaN, ties, ±0, wrap', () => {
  if (!tc.available) return console.log(`  skipped (WASM build): ${tc.reason}`);
  all(wasmCall, 'wasm');
});

test('tj_scan.c (host build) is the JS kernels bit for bit: the same cases', () => {
  if (!hasCC) return console.log(`  skipped (host build): no C compiler (\`${CC} --version\` failed)`);
  all(hostCall, 'host');
});

const scans = (x: Tensor, i: Tensor) => [
  tj.cumsum(x, 1),
  tj.cumprod(tj.astype(x, 'float64'), 0),
  tj.cumsum(i, 0),
  tj.argsort(x, 1),
  tj.argsort(x, 0, true),
  tj.argsort(i, -1, true),
  tj.argsort(tj.greater(x, 0), 1),
  tj.argsort(tj.less(x, 0), 0, true),
];

for (const backend of ['wasm', 'native'] as const)
  test(`cumsum, cumprod and argsort (of bool too) on the ${backend} tier run as C kernels, no JS kernel step, as eager`, () => {
    if (backend === 'wasm' ? !tc.available : !hasCC) return console.log(`  skipped (${backend} tier): no toolchain`);
    tj.seed(5);
    const x = tj.round(tj.mul(tj.randn([5, 37]), 2)),
      i = tj.astype(tj.mul(tj.randn([6, 4]), 3), 'int32');
    const f = tj.jit(scans, { backend, hot: 0, async: false });
    const got = f(x, i),
      want = scans(x, i);
    assert.is(f.stats.tier, backend);
    got.forEach((g, k) => assert.equal(g.data(), want[k].data(), `output ${k}`));
    const rows = f.profile.with({ print: false, runs: 1, minMs: 0 })(x, i).rows;
    assert.equal(
      rows.filter((r) => r.kind === 'kernel').map((r) => r.kernel),
      [],
      'no JS kernel rows in the profile',
    );
  });

test.run();
