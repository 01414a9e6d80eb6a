// The kernels of native/ compiled for this machine's CPU by the system C compiler (CC, else cc) through native/host/wasm_simd128.h, plain and with OpenBLAS (-DTJ_BLAS), called through koffi: against the JS kernels, and bit for bit against the WASM build where emcc is present.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import koffi from 'koffi';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { reduceView } from '../jit/backends/wasm/prebuilt-steps.js';
import { compileC, toolchain } from '../jit/emcc.js';
import type { TypedArray } from '../runtime/dtype.js';
import * as convK from '../runtime/kernels/conv.js';
import * as layoutK from '../runtime/kernels/layout.js';
import { reduce, type ReduceKind } from '../runtime/kernels/reduce.js';
import { stridesOf } from '../runtime/shape.js';
import { instantiate, newMemory } from '../runtime/wasm/memory.js';
import { convInts, NATIVE_EXPORTS, NATIVE_SOURCES, poolInts, prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';
import type { ConvCase } from './conv-cases.js';
import { seededInputs, type ReduceSpecial } from './kernel-inputs.js';

const nativeDir = fileURLToPath(new URL('../native/', import.meta.url));
const CC = process.env.CC || 'cc';
const CC_FLAGS = [
  ...['-O3', '-march=native', '-ffp-contract=off', '-fno-math-errno', '-fno-trapping-math', '-fPIC', '-shared'],
  ...['-I', path.join(nativeDir, 'host'), '-I', nativeDir],
];

const ccProbe = spawnSync(CC, ['--version'], { encoding: 'utf8' });
const noCompiler =
  ccProbe.error || ccProbe.status !== 0
    ? `no C compiler: \`${CC} --version\` failed (${ccProbe.error?.message ?? ccProbe.stderr.trim()}); set CC or install gcc`
    : undefined;
const emcc = toolchain();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-host-kernels-'));
const loaded: koffi.IKoffiLib[] = [];
test.after(() => {
  for (const lib of loaded) lib.unload();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Compiles `source` into a shared library in tmp with the native tier's flags; rejects with the compiler's message. */
function compile(name: string, source: string, defines: string[] = [], libs: string[] = []): Promise<string> {
  const src = path.join(tmp, `${name}.c`),
    out = path.join(tmp, `${name}.so`);
  fs.writeFileSync(src, source);
  return new Promise((resolve, reject) =>
    execFile(
      CC,
      [...CC_FLAGS, ...defines, src, '-o', out, ...libs, '-lm'],
      { maxBuffer: 16 << 20 },
      (err, _, stderr) =>
        err ? reject(new Error(`${CC} failed building ${name}: ${stderr.trim() || err.message}`)) : resolve(out),
    ),
  );
}

const open = (file: string) => {
  const lib = koffi.load(file);
  loaded.push(lib);
  return lib;
};

// ---------------------------------------------------------------------------------------------
// the kernel library

type Fn = (...args: unknown[]) => number;
interface Lib {
  fns: Record<string, Fn>;
  config: () => string;
  setThreads: (n: number) => void;
}
type Built = { lib: Lib } | { skip: string };

const rep = <T>(x: T, n: number) => Array<T>(n).fill(x);
/** The koffi prototype of an export of native/ (each kernel is fn(...pointers, ...ints, part, parts, scratch)). */
function prototype(name: string): string {
  if (name.endsWith('_scratch_bytes')) return `int ${name}(${rep('int', name.startsWith('tj_conv2d') ? 16 : 3)})`;
  const [ptrs, ints] = name.startsWith('tj_matmul')
    ? [3, 7]
    : name.startsWith('tj_conv2d')
      ? [3, 16]
      : name.startsWith('tj_maxpool2d_grad')
        ? [3, 12]
        : name.includes('pool2d')
          ? [2, 12]
          : name.startsWith('tj_reduce')
            ? [2, 3]
            : [2, 27];
  return `void ${name}(${[...rep('void*', ptrs), ...rep('int', ints + 2), 'void*'].join(', ')})`;
}

const kernelSource = () => NATIVE_SOURCES.map((f) => fs.readFileSync(path.join(nativeDir, f), 'utf8')).join('\n');

async function build(blas: boolean): Promise<Built> {
  let file: string;
  try {
    file = blas
      ? await compile('kernels-blas', kernelSource(), ['-DTJ_BLAS'], ['-l:libopenblas.so.0'])
      : await compile('kernels', kernelSource());
  } catch (e) {
    const missing = (e as Error).message
      .split('\n')
      .find((l) => /libopenblas.*(cannot find|not found)|(cannot find|not found).*libopenblas/.test(l));
    if (blas && missing)
      return { skip: `libopenblas.so.0 is not installed (apt-get install libopenblas0): ${missing.trim()}` };
    throw e;
  }
  const lib = open(file);
  const fns = Object.fromEntries(NATIVE_EXPORTS.map((n) => [n, lib.func(prototype(n)) as Fn]));
  const config = lib.func('const char* tj_blas_config()') as () => string;
  const setThreads = lib.func('void tj_blas_set_threads(int)') as (n: number) => void;
  return { lib: { fns, config, setThreads } };
}

let builds: Promise<Built>[] | undefined;
/** Both builds, compiled at once on first use (a failed one fails the tests that use it, not the run). */
const library = (blas: boolean) =>
  (builds ??= [build(false), build(true)].map((p) => (p.catch(() => {}), p)))[blas ? 1 : 0];

const hostTest = (name: string, blas: boolean, fn: (lib: Lib) => void) =>
  test(name, async () => {
    if (noCompiler) return console.log(`  skipped (${name}): ${noCompiler}`);
    const b = await library(blas);
    if ('skip' in b) return console.log(`  skipped (${name}): ${b.skip}`);
    fn(b.lib);
  });

// ---------------------------------------------------------------------------------------------
// calling kernels in shares, and the WASM build

type DT = 'float32' | 'float64' | 'int32';
const ARRAY = { float32: Float32Array, float64: Float64Array, int32: Int32Array } as const;
const SUFFIX = { float32: 'f32', float64: 'f64', int32: 'i32' } as const;
const { rand, randArray, reduceInput } = seededInputs(4242);
const newLike = (a: TypedArray, len: number) => new (a.constructor as new (n: number) => TypedArray)(len);
const bytesOf = (a: TypedArray) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

const GUARD = 16; // elements of guard before and after the output
/** An element's bits as unsigned words: the byte for 1-byte elements, else 32-bit words (two for 8 bytes). */
const words = (a: TypedArray) =>
  a.BYTES_PER_ELEMENT === 1 ? (a as Uint8Array) : new Uint32Array(a.buffer, a.byteOffset, a.byteLength / 4);
/** Marks unwritten output: a NaN payload no kernel produces (the byte 0xa5 for 1-byte elements). */
const SENTINEL: Record<number, number[]> = { 1: [0xa5], 4: [0x7fa5a5a5], 8: [0xa5a5a5a5, 0x7ff5a5a5] };
function isSentinel(w: Uint8Array | Uint32Array, i: number, s: number[]) {
  for (let j = 0; j < s.length; j++) if (w[i * s.length + j] !== s[j]) return false;
  return true;
}
const sameBytes = (a: TypedArray, b: Uint8Array) => Buffer.from(bytesOf(a)).equals(b);

/**
 * Runs fn(...inputs, out, ...ints, part, parts, scratch) for each part, each on an output filled
 * with the sentinel; checks the shares write disjoint parts that together cover out, and that
 * nothing around out or the scratch (nor any input) changes. Returns out (as `like`'s type).
 */
function runShares(
  lib: Lib,
  name: string,
  fn: string,
  inputs: TypedArray[],
  like: TypedArray,
  ints: number[],
  scratchBytes: number,
  parts: number,
): TypedArray {
  const len = like.length,
    s = SENTINEL[like.BYTES_PER_ELEMENT],
    k = s.length;
  const guarded = newLike(like, len + 2 * GUARD),
    out = guarded.subarray(GUARD, GUARD + len);
  const [gw, ow] = [guarded, out].map(words);
  const scratchBuf = new Uint8Array(scratchBytes + 68 + 64),
    scratch = scratchBuf.subarray(68, 68 + scratchBytes); // misaligned: any alignment is allowed
  const copies = inputs.map((a) => bytesOf(a).slice());
  const result = newLike(like, len),
    rw = words(result);
  const written = new Uint8Array(len);
  for (let part = 0; part < parts; part++) {
    for (let i = 0; i < gw.length; i++) gw[i] = s[i % k];
    scratchBuf.fill(0xde);
    lib.fns[fn](...inputs, out, ...ints, part, parts, scratch);
    for (let i = 0; i < len; i++) {
      if (isSentinel(ow, i, s)) continue;
      if (written[i])
        assert.unreachable(`${name}: share ${part} of ${parts} wrote element ${i}, which another share wrote`);
      written[i] = 1;
      for (let j = 0; j < k; j++) rw[i * k + j] = ow[i * k + j];
    }
    for (let i = 0; i < GUARD; i++)
      assert.ok(isSentinel(gw, i, s) && isSentinel(gw, GUARD + len + i, s), `${name}: wrote outside out`);
    assert.ok(
      scratchBuf.subarray(0, 68).every((b) => b === 0xde) &&
        scratchBuf.subarray(68 + scratchBytes).every((b) => b === 0xde),
      `${name}: wrote outside the scratch`,
    );
  }
  const missing = written.indexOf(0);
  assert.is(missing, -1, `${name}: no share of ${parts} wrote element ${missing}`);
  inputs.forEach((a, i) => assert.ok(sameBytes(a, copies[i]), `${name}: modified input ${i}`));
  return result;
}

const HEAP_BASE = 16 << 20; // above the WASM modules' static data and stack in a memory of their own
let wasmMemory: WebAssembly.Memory | undefined;
let wasmKernels: Record<string, (...args: number[]) => number> | undefined;

/** Copies inputs into the WASM memory at HEAP_BASE, calls fn(...addresses, out, ...rest), returns out. */
function wasmRun(
  ex: Record<string, (...args: number[]) => number>,
  fn: string,
  inputs: TypedArray[],
  like: TypedArray,
  rest: number[],
  scratchBytes = 0,
): TypedArray {
  const mem = (wasmMemory ??= newMemory(512));
  const align = (x: number) => (x + 63) & ~63;
  const offsets: number[] = [];
  let at = HEAP_BASE;
  for (const a of [...inputs, like]) {
    offsets.push(at);
    at = align(at + a.byteLength + 64);
  }
  const end = at + scratchBytes + 64;
  if (end > mem.buffer.byteLength) mem.grow(Math.ceil((end - mem.buffer.byteLength) / 65536));
  const heap = new Uint8Array(mem.buffer);
  inputs.forEach((a, i) => heap.set(bytesOf(a), offsets[i]));
  ex[fn](...offsets, ...rest.map((r) => (Number.isNaN(r) ? at : r))); // NaN marks the scratch address
  const out = newLike(like, like.length);
  bytesOf(out).set(new Uint8Array(mem.buffer, offsets[inputs.length], like.byteLength));
  return out;
}

/** The same call in the WASM build (one share), or undefined without emcc. */
function wasmKernel(fn: string, inputs: TypedArray[], like: TypedArray, ints: number[], scratchBytes: number) {
  if (!emcc.available) return undefined;
  wasmKernels ??= instantiate(prebuiltKernelsWasm(), (wasmMemory ??= newMemory(512))).exports;
  return wasmRun(wasmKernels, fn, inputs, like, [...ints, 0, 1, NaN], scratchBytes);
}

/** Equal element for element (NaN equals NaN, -0 is not +0). */
function same(name: string, got: TypedArray, want: TypedArray, what: string) {
  for (let i = 0; i < want.length; i++)
    if (!Object.is(got[i], want[i])) assert.unreachable(`${name}: element ${i} is ${got[i]}, ${what} ${want[i]}`);
}

/**
 * Runs in 1 share and in 2 and 3 (7 too unless `few`). The plain build must agree with itself
 * across shares and with the WASM build bit for bit; the BLAS build's shares are returned for the
 * caller to check. Returns every share count's result, one share first.
 */
function runAll(
  lib: Lib,
  blas: boolean,
  name: string,
  fn: string,
  inputs: TypedArray[],
  like: TypedArray,
  ints: number[],
  scratchBytes: number,
  few = false,
): TypedArray[] {
  const results = [1, 2, 3, ...(few ? [] : [7])].map((parts) =>
    runShares(lib, name, fn, inputs, like, ints, scratchBytes, parts),
  );
  if (!blas) {
    results.slice(1).forEach((r, i) => same(name, r, results[0], `in ${i + 2} shares, in one`));
    const w = wasmKernel(fn, inputs, like, ints, scratchBytes);
    if (w) same(name, results[0], w, 'the WASM build gives');
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// matmul

interface MatmulCase {
  batch: number;
  m: number;
  k: number;
  n: number;
  aStride?: number;
  bStride?: number;
  trans?: number;
  special?: boolean;
}

function checkMatmul(lib: Lib, blas: boolean, dtype: 'float32' | 'float64', cs: MatmulCase) {
  const { batch, m, k, n } = cs;
  const aStride = cs.aStride ?? m * k,
    bStride = cs.bStride ?? k * n,
    trans = cs.trans ?? 0;
  const name = `matmul ${dtype}${blas ? ' (BLAS)' : ''} batch=${batch} ${m}x${k}x${n} strides a=${aStride} b=${bStride} trans=${trans}`;
  const A = randArray(dtype, batch === 0 ? 0 : (batch - 1) * aStride + m * k),
    B = randArray(dtype, batch === 0 ? 0 : (batch - 1) * bStride + k * n);
  if (cs.special && A.length > 0 && B.length > 0) {
    A[0] = Infinity;
    A[A.length - 1] = NaN;
    B[B.length >> 1] = -Infinity;
  }
  const ints = [batch, m, k, n, aStride, bStride, trans];
  const scratch = lib.fns.tj_matmul_scratch_bytes(m, k, n);
  const results = runAll(
    lib,
    blas,
    name,
    `tj_matmul_${SUFFIX[dtype]}`,
    [A, B],
    new ARRAY[dtype](batch * m * n),
    ints,
    scratch,
    true,
  );
  // The float64 loop's sums and sums of magnitudes, then every result within (k+2)·eps of them.
  const want = new Float64Array(batch * m * n),
    mag = new Float64Array(batch * m * n);
  for (let t = 0; t < batch; t++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let s = 0,
          sa = 0;
        for (let p = 0; p < k; p++) {
          const x =
            A[t * aStride + (trans & 1 ? p * m + i : i * k + p)] * B[t * bStride + (trans & 2 ? j * k + p : p * n + j)];
          s += x;
          sa += Math.abs(x);
        }
        want[t * m * n + i * n + j] = s;
        mag[t * m * n + i * n + j] = sa;
      }
  const eps = dtype === 'float32' ? 2 ** -24 : 2 ** -53;
  for (const [r, C] of (blas ? results : results.slice(0, 1)).entries())
    for (let i = 0; i < C.length; i++) {
      const got = C[i],
        s = want[i];
      const ok =
        !Number.isFinite(s) || !Number.isFinite(mag[i])
          ? Number.isNaN(s)
            ? Number.isNaN(got)
            : got === s || Number.isNaN(got) // an ∞ row might also meet a -∞: then NaN
          : Math.abs(got - s) <= (k + 2) * eps * mag[i] + 1e-300;
      if (!ok) assert.unreachable(`${name} in ${r + 1} share(s): C[${i}] = ${got}, want ${s}`);
    }
}

const MATMULS: MatmulCase[] = [
  { batch: 1, m: 1, k: 1, n: 1 },
  { batch: 1, m: 7, k: 13, n: 5 },
  { batch: 1, m: 65, k: 33, n: 129 },
  { batch: 1, m: 4, k: 8, n: 8 },
  { batch: 1, m: 5, k: 3, n: 1 },
  { batch: 1, m: 1, k: 70, n: 17 },
  { batch: 1, m: 129, k: 257, n: 23 }, // f32 MC and KC, f64 MC twice
  { batch: 1, m: 6, k: 260, n: 2057 }, // f32 NC, f64 NC twice
  { batch: 1, m: 600, k: 37, n: 1 },
  { batch: 3, m: 10, k: 7, n: 9 },
  { batch: 4, m: 5, k: 7, n: 9, bStride: 0 }, // one B: merged into a single 20-row product
  { batch: 3, m: 5, k: 7, n: 9, aStride: 0 },
  { batch: 3, m: 6, k: 4, n: 5, aStride: 30, bStride: 0 },
  { batch: 2, m: 3, k: 4, n: 10, aStride: 13, bStride: 45 },
  { batch: 2, m: 9, k: 11, n: 10, special: true },
  // empty: k = 0 gives zeros; m, n or batch = 0 write nothing
  { batch: 2, m: 6, k: 0, n: 5 },
  { batch: 1, m: 0, k: 5, n: 4 },
  { batch: 1, m: 4, k: 5, n: 0 },
  { batch: 0, m: 4, k: 5, n: 6 },
];

function matmulCases(lib: Lib, blas: boolean) {
  for (const cs of MATMULS)
    for (const trans of [0, 1, 2, 3])
      for (const dtype of ['float32', 'float64'] as const) checkMatmul(lib, blas, dtype, { ...cs, trans });
}

hostTest('matmul f32/f64 (plain): transposes, broadcast batches, edge sizes, shares; the WASM bits', false, (lib) =>
  matmulCases(lib, false),
);

// ---------------------------------------------------------------------------------------------
// conv2d

function checkConv(lib: Lib, blas: boolean, dtype: 'float32' | 'float64', cs: ConvCase) {
  const p = {
    stride: cs.stride ?? [1, 1],
    padding: cs.pad ?? [0, 0, 0, 0],
    dilation: cs.dil ?? [1, 1],
    groups: cs.groups ?? 1,
  };
  const g = convK.convGeometry([cs.n, cs.c, cs.h, cs.w], [cs.o, cs.c / p.groups, cs.kh, cs.kw], p);
  const name = `conv2d ${dtype}${blas ? ' (BLAS)' : ''} ${JSON.stringify(cs)}`;
  const x = randArray(dtype, cs.n * cs.c * cs.h * cs.w),
    w = randArray(dtype, cs.o * (cs.c / p.groups) * cs.kh * cs.kw);
  if (cs.special && x.length > 2) {
    x[0] = Infinity;
    x[x.length >> 1] = NaN;
    x[x.length - 1] = -Infinity;
  }
  const outLen = g.n * g.o * g.oh * g.ow,
    ints = convInts(g);
  const scratch = lib.fns[`tj_conv2d_${SUFFIX[dtype]}_scratch_bytes`](...ints);
  assert.ok(scratch > 0, `${name}: scratch ${scratch}`);
  const results = runAll(
    lib,
    blas,
    name,
    `tj_conv2d_${SUFFIX[dtype]}`,
    [x, w],
    new ARRAY[dtype](outLen),
    ints,
    scratch,
  );
  const want = new ARRAY[dtype](outLen),
    mag = new Float64Array(outLen);
  convK.conv2d(x, w, want, g);
  convK.conv2d(Float64Array.from(x, Math.abs), Float64Array.from(w, Math.abs), mag, g);
  const eps = dtype === 'float32' ? 2 ** -24 : 2 ** -53,
    k = (cs.c / p.groups) * cs.kh * cs.kw;
  for (const got of blas ? results : results.slice(0, 1))
    for (let i = 0; i < outLen; i++) {
      const ok =
        !Number.isFinite(want[i]) || !Number.isFinite(got[i])
          ? Object.is(got[i], want[i])
          : Math.abs(got[i] - want[i]) <= 2 * (k + 2) * eps * mag[i] + 1e-300;
      if (!ok) assert.unreachable(`${name}: out[${i}] = ${got[i]}, JS kernel ${want[i]}`);
    }
}

const CONVS: ConvCase[] = [
  { n: 2, c: 3, h: 9, w: 7, o: 5, kh: 3, kw: 3 },
  { n: 3, c: 6, h: 12, w: 12, o: 16, kh: 5, kw: 5 },
  { n: 2, c: 4, h: 11, w: 10, o: 6, kh: 3, kw: 2, stride: [2, 3] },
  { n: 2, c: 3, h: 7, w: 6, o: 4, kh: 3, kw: 4, pad: [2, 0, 1, 3], stride: [2, 1] }, // uneven padding
  { n: 1, c: 2, h: 13, w: 12, o: 5, kh: 3, kw: 3, dil: [2, 3], pad: [1, 2, 3, 0] },
  { n: 2, c: 6, h: 8, w: 8, o: 9, kh: 3, kw: 3, groups: 3, pad: [1, 1, 1, 1] },
  { n: 2, c: 4, h: 5, w: 6, o: 4, kh: 3, kw: 3, groups: 4 }, // depthwise
  { n: 3, c: 8, h: 5, w: 7, o: 12, kh: 1, kw: 1 }, // 1×1 stride 1: reads the image directly
  { n: 1, c: 3, h: 7, w: 7, o: 2, kh: 1, kw: 1, stride: [2, 2] },
  { n: 1, c: 1, h: 1, w: 1, o: 1, kh: 1, kw: 1 },
  { n: 1, c: 2, h: 3, w: 3, o: 2, kh: 2, kw: 2, pad: [3, 3, 3, 3], stride: [2, 2] }, // windows wholly in padding
  { n: 5, c: 3, h: 6, w: 5, o: 33, kh: 2, kw: 3 }, // o crosses several micro-tiles
  { n: 1, c: 300, h: 4, w: 4, o: 3, kh: 1, kw: 1 }, // k beyond one KC slice
  { n: 2, c: 3, h: 6, w: 6, o: 4, kh: 3, kw: 3, special: true },
  { n: 0, c: 3, h: 5, w: 5, o: 4, kh: 3, kw: 3 },
  { n: 2, c: 3, h: 5, w: 5, o: 0, kh: 3, kw: 3 },
  { n: 2, c: 0, h: 5, w: 5, o: 4, kh: 3, kw: 3 },
];

function convCases(lib: Lib, blas: boolean) {
  for (const cs of CONVS) for (const dtype of ['float32', 'float64'] as const) checkConv(lib, blas, dtype, cs);
}

hostTest('conv2d f32/f64 (plain): stride, padding, dilation, groups, empty; the WASM bits', false, (lib) =>
  convCases(lib, false),
);

// ---------------------------------------------------------------------------------------------
// pooling

interface PoolCase {
  n: number;
  c: number;
  h: number;
  w: number;
  kh: number;
  kw: number;
  stride?: [number, number];
  pad?: [number, number, number, number];
}

const poolGeom = (cs: PoolCase, dtype: DT) =>
  convK.poolGeometry(
    { shape: [cs.n, cs.c, cs.h, cs.w], dtype },
    { kernel: [cs.kh, cs.kw], stride: cs.stride ?? [cs.kh, cs.kw], padding: cs.pad ?? [0, 0, 0, 0] },
  );

function checkPool(lib: Lib, kind: 'max' | 'avg', dtype: DT, cs: PoolCase, special: 'none' | 'nan' | 'inf' | 'zeros') {
  const g = poolGeom(cs, dtype);
  const name = `${kind}Pool2d ${dtype} ${JSON.stringify(cs)} ${special}`;
  const x = randArray(dtype, cs.n * cs.c * cs.h * cs.w);
  for (let i = 0; i < x.length; i++) {
    const r = rand();
    if (special === 'nan' && r > 0.8) x[i] = NaN;
    if (special === 'inf' && r > 0.7) x[i] = r > 0.85 ? Infinity : -Infinity;
    if (special === 'zeros') x[i] = r > 0 ? 0 : -0;
  }
  const want = new ARRAY[dtype](g.n * g.c * g.oh * g.ow);
  (kind === 'max' ? convK.maxPool2d : convK.avgPool2d)(x, want, g);
  const [got] = runAll(lib, false, name, `tj_${kind}pool2d_${SUFFIX[dtype]}`, [x], want, poolInts(g), 0);
  same(name, got, want, 'the JS kernel gives');
}

function checkPoolGrad(lib: Lib, dtype: 'float32' | 'float64', cs: PoolCase, special: 'none' | 'nan' | 'inf') {
  const g = poolGeom(cs, dtype);
  const name = `maxPool2dGrad ${dtype} ${JSON.stringify(cs)} ${special}`;
  const x = randArray(dtype, cs.n * cs.c * cs.h * cs.w);
  for (let i = 0; i < x.length; i++) {
    x[i] = Math.round(x[i] * 3); // values -3..3: many ties
    const r = rand();
    if (special === 'nan' && r > 0.9) x[i] = NaN;
    if (special === 'inf' && r > 0.8) x[i] = r > 0.9 ? Infinity : -Infinity;
  }
  const ct = randArray(dtype, g.n * g.c * g.oh * g.ow);
  const want = new ARRAY[dtype](x.length);
  convK.maxPool2dGrad(x, ct, want, g);
  const [got] = runAll(lib, false, name, `tj_maxpool2d_grad_${SUFFIX[dtype]}`, [x, ct], want, poolInts(g), 0);
  same(name, got, want, 'the JS kernel gives');
}

const POOLS: PoolCase[] = [
  { n: 2, c: 3, h: 8, w: 8, kh: 2, kw: 2 },
  { n: 1, c: 2, h: 9, w: 7, kh: 2, kw: 2 },
  { n: 2, c: 2, h: 7, w: 9, kh: 3, kw: 3, stride: [2, 2] },
  { n: 1, c: 3, h: 6, w: 6, kh: 3, kw: 2, stride: [1, 2], pad: [1, 1, 0, 1] },
  { n: 1, c: 1, h: 5, w: 5, kh: 2, kw: 2, stride: [2, 2], pad: [2, 2, 2, 2] }, // windows wholly in padding
  { n: 3, c: 1, h: 1, w: 1, kh: 1, kw: 1 },
  { n: 1, c: 2, h: 6, w: 21, kh: 3, kw: 3, stride: [1, 1], pad: [1, 1, 1, 1] }, // SIMD groups of windows
  { n: 2, c: 1, h: 5, w: 26, kh: 3, kw: 2, stride: [2, 2], pad: [1, 0, 1, 1] },
  { n: 1, c: 2, h: 7, w: 31, kh: 2, kw: 3, stride: [2, 3], pad: [0, 1, 2, 0] },
  { n: 0, c: 3, h: 4, w: 4, kh: 2, kw: 2 },
];

hostTest('max/avg pooling and maxPool2dGrad (plain): exactly the JS kernels, with NaN, ±inf and ±0', false, (lib) => {
  for (const cs of POOLS) {
    checkPool(lib, 'max', 'int32', cs, 'none');
    for (const dtype of ['float32', 'float64'] as const)
      for (const special of ['none', 'nan', 'inf', 'zeros'] as const) {
        checkPool(lib, 'max', dtype, cs, special);
        checkPool(lib, 'avg', dtype, cs, special);
        if (special !== 'zeros') checkPoolGrad(lib, dtype, cs, special);
      }
  }
});

// ---------------------------------------------------------------------------------------------
// reductions

function checkReduce(lib: Lib, kind: ReduceKind, dtype: DT, shape: number[], axes: number[], special: ReduceSpecial) {
  const name = `reduce ${kind} ${dtype} [${shape}] over [${axes}] ${special}`;
  const view = reduceView(shape, axes)!;
  const len = shape.reduce((a, b) => a * b, 1);
  const x = reduceInput(kind, dtype, len, special);
  const ints = [view.outer, view.red, view.inner];
  const want = new ARRAY[dtype](view.outer * view.inner),
    mag = new Float64Array(want.length);
  reduce(kind, x, shape, axes, want, dtype === 'int32');
  reduce('sum', Float64Array.from(x, Math.abs), shape, axes, mag, false);
  const fn = `tj_reduce_${kind}_${SUFFIX[dtype]}`;
  const [got] = runAll(lib, false, name, fn, [x], want, ints, lib.fns.tj_reduce_scratch_bytes(...ints));
  // Float sums and products over a contiguous run are summed in lanes: equal within rounding.
  const exact = kind === 'max' || kind === 'min' || dtype === 'int32' || view.inner > 1;
  const eps = dtype === 'float32' ? 2 ** -23 : 2 ** -52;
  for (let i = 0; i < want.length; i++) {
    const tol = view.red * eps * (kind === 'sum' ? mag[i] : Math.abs(want[i])) + eps * Math.abs(want[i]);
    const ok = exact || !Number.isFinite(want[i]) ? Object.is(got[i], want[i]) : Math.abs(got[i] - want[i]) <= tol;
    if (!ok) assert.unreachable(`${name}: out[${i}] = ${got[i]}, JS kernel ${want[i]}`);
  }
}

const REDUCTIONS: [number[], number[]][] = [
  [[37], [0]],
  [[5, 64], [1]],
  [[4, 3], [1]],
  [[3, 21, 10], [1]],
  [[2, 6, 1100], [1]], // inner beyond one chunk
  [[6, 4, 5], [0]],
  [
    [3, 4, 5, 6],
    [1, 2],
  ],
  [[3, 5], []],
  [[3, 0, 4], [1]], // empty reductions: the identity
  [[0, 4], [1]],
];

hostTest(
  'reductions sum/prod/max/min (plain), f32/f64/i32: the JS kernel, NaN, ±inf, signed zeros, wrap',
  false,
  (lib) => {
    for (const [shape, axes] of REDUCTIONS)
      for (const kind of ['sum', 'prod', 'max', 'min'] as const)
        for (const dtype of ['float32', 'float64', 'int32'] as const)
          checkReduce(lib, kind, dtype, shape, axes, 'none');
    for (const [shape, axes] of [
      [[4, 70], [1]],
      [[70, 3], [0]],
      [[2, 9, 5], [1]],
    ] as [number[], number[]][])
      for (const kind of ['sum', 'prod', 'max', 'min'] as const) {
        for (const dtype of ['float32', 'float64'] as const)
          for (const special of ['nan', 'inf', 'zeros'] as const) checkReduce(lib, kind, dtype, shape, axes, special);
        checkReduce(lib, kind, 'int32', shape, axes, 'wrap');
      }
  },
);

// ---------------------------------------------------------------------------------------------
// window copies (tj_layout.c)

interface Window {
  shape: number[]; // the output's, up to 6 dimensions
  strides: number[];
  offset: number;
  lo?: number[]; // the box inside which the source is read (else the fill value)
  hi?: number[];
}

/** tj_window_*'s integer arguments: dimensions padded to 6 with leading 1s, the fill value's bits. */
function windowInts(w: Window, fillBits: [number, number]): number[] {
  const pad = 6 - w.shape.length;
  const d = [...rep(1, pad), ...w.shape],
    s = [...rep(0, pad), ...w.strides];
  const l = [...rep(0, pad), ...(w.lo ?? rep(0, w.shape.length))],
    h = [...rep(1, pad), ...(w.hi ?? w.shape)];
  return [...d, ...s, ...l, ...h, w.offset, ...fillBits];
}

function checkWindow(lib: Lib, name: string, x: TypedArray, w: Window, fill: number, want: TypedArray) {
  const bits = new Int32Array(2);
  if (x.BYTES_PER_ELEMENT === 1) bits[0] = fill;
  else new (x.constructor as typeof Float32Array)(bits.buffer, 0, 1)[0] = fill;
  const fn = `tj_window_${8 * x.BYTES_PER_ELEMENT}`;
  const [got] = runAll(lib, false, name, fn, [x], want, windowInts(w, [bits[0], bits[1]]), 0);
  const [g, e] = [got, want].map(bytesOf);
  assert.ok(sameBytes(got, e), `${name}: byte ${g.findIndex((b, j) => b !== e[j])} differs from the JS kernel's`);
}

hostTest('tj_window_8/32/64 (plain): transpose, slice, broadcast and pad bytes equal the JS kernels', false, (lib) => {
  const sources: [TypedArray, number][] = [
    [randArray('float32', 840), NaN],
    [randArray('float32', 840), -0],
    [randArray('int32', 840), -7],
    [randArray('float64', 840), -Infinity],
    [randArray('float64', 840), NaN],
    [Uint8Array.from({ length: 840 }, () => (rand() > 0 ? 1 : 0)), 1],
  ];
  for (const [x, fill] of sources) {
    const tag = `${x.constructor.name} fill ${Object.is(fill, -0) ? '-0' : fill}`;
    const strided = (label: string, w: Window) => {
      const want = newLike(
        x,
        w.shape.reduce((a, b) => a * b, 1),
      );
      layoutK.stridedCopy(x, w.offset, w.strides, w.shape, want);
      checkWindow(lib, `${label} ${tag}`, x, w, fill, want);
    };
    strided('transpose [4,5,6,7] by [3,1,0,2]', { shape: [7, 5, 4, 6], strides: [1, 42, 210, 7], offset: 0 });
    strided('slice with negative steps', { shape: [3, 3, 3], strides: [-210, -84, -3], offset: 839 });
    strided('broadcast (stride 0) of a row', { shape: [4, 3, 35], strides: [0, 0, 1], offset: 35 });
    strided('broadcast of a column (inner stride 0)', { shape: [6, 9], strides: [1, 0], offset: 2 });
    strided('6-D short rows', { shape: [2, 2, 3, 2, 5, 3], strides: [420, 1, 140, 2, 28, 7], offset: 0 });
    strided('flip of long rows', { shape: [12, 70], strides: [70, -1], offset: 69 });
    const padded = (label: string, shape: number[], lo: number[], hi: number[]) => {
      const outShape = shape.map((s, d) => s + lo[d] + hi[d]);
      const want = newLike(
        x,
        outShape.reduce((a, b) => a * b, 1),
      );
      const xs = x.subarray(
        0,
        shape.reduce((a, b) => a * b, 1),
      );
      layoutK.pad(xs, shape, lo, outShape, fill, want);
      const st = stridesOf(shape);
      const w: Window = {
        shape: outShape,
        strides: st,
        offset: -lo.reduce((a, l, d) => a + l * st[d], 0),
        lo,
        hi: lo.map((l, d) => l + shape[d]),
      };
      checkWindow(lib, `${label} ${tag}`, xs, w, fill, want);
    };
    padded('pad of [4,5,7]', [4, 5, 7], [1, 0, 3], [2, 0, 1]);
    padded('pad that interleaves short rows', [2, 3, 2, 2, 5, 2], [0, 1, 0, 1, 0, 1], [1, 0, 0, 0, 2, 1]);
    padded('pad of long rows', [3, 40], [2, 5], [1, 9]);
  }
});

// ---------------------------------------------------------------------------------------------
// the BLAS build

hostTest(
  'BLAS build: matmul and conv2d f32/f64 to float tolerance in every share split; config and threads',
  true,
  (lib) => {
    assert.match(lib.config(), /OpenBLAS/, `tj_blas_config() = ${JSON.stringify(lib.config())}`);
    lib.setThreads(2);
    matmulCases(lib, true);
    checkMatmul(lib, true, 'float32', { batch: 1, m: 300, k: 200, n: 250 }); // big enough for OpenBLAS's threads
    checkMatmul(lib, true, 'float64', { batch: 2, m: 150, k: 120, n: 170, trans: 3 });
    convCases(lib, true);
    lib.setThreads(1);
    checkMatmul(lib, true, 'float32', { batch: 3, m: 40, k: 30, n: 20, bStride: 0 });
  },
);

hostTest('the plain build has no BLAS: tj_blas_config() is "" and tj_blas_set_threads does nothing', false, (lib) => {
  assert.is(lib.config(), '');
  lib.setThreads(3);
  checkMatmul(lib, false, 'float32', { batch: 1, m: 9, k: 10, n: 11 });
});

// ---------------------------------------------------------------------------------------------
// the intrinsics themselves: host shim against emcc's, lane by lane

/** Probes of one input pair x, y (s: a shift count from y, p: x's address); 'f'/'d' lanes compare NaN as NaN, 'i' bit for bit. */
const F32_PROBES: ['f' | 'd' | 'i', string][] = [
  ...['add', 'sub', 'mul', 'div', 'min', 'max'].map((op): ['f', string] => ['f', `wasm_f32x4_${op}(x, y)`]),
  ...['sqrt', 'ceil', 'floor', 'trunc', 'nearest', 'convert_i32x4', 'demote_f64x2_zero'].map((op): ['f', string] => [
    'f',
    `wasm_f32x4_${op}(x)`,
  ]),
  [
    'f',
    'wasm_f32x4_make(wasm_f32x4_extract_lane(x, 3), wasm_f32x4_extract_lane(x, 2), wasm_f32x4_extract_lane(y, 1), 1.5f)',
  ],
  ['f', 'wasm_f32x4_splat(wasm_f32x4_extract_lane(y, 2))'],
  ['d', 'wasm_f64x2_promote_low_f32x4(x)'],
  ['d', 'wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(y, y, 2, 3, 0, 1))'],
  ...['pmin', 'pmax', 'eq', 'ne', 'lt', 'gt', 'le', 'ge'].map((op): ['i', string] => ['i', `wasm_f32x4_${op}(x, y)`]),
  ['i', 'wasm_f32x4_abs(x)'],
  ['i', 'wasm_f32x4_neg(x)'],
  ['i', 'wasm_i32x4_trunc_sat_f32x4(x)'],
  ['i', 'wasm_i32x4_trunc_sat_f32x4(wasm_f32x4_mul(x, wasm_f32x4_splat(1e9f)))'],
  ...['add', 'sub', 'mul', 'min', 'max', 'eq', 'ne', 'lt', 'gt', 'le', 'ge'].map((op): ['i', string] => [
    'i',
    `wasm_i32x4_${op}(x, y)`,
  ]),
  ['i', 'wasm_i32x4_neg(x)'],
  ['i', 'wasm_i32x4_shl(x, s)'],
  ['i', 'wasm_i32x4_shr(x, s)'],
  ['i', 'wasm_u32x4_shr(x, s)'],
  ['i', 'wasm_i32x4_shr(x, s & 31)'],
  ...['and', 'or', 'xor', 'andnot'].map((op): ['i', string] => ['i', `wasm_v128_${op}(x, y)`]),
  ['i', 'wasm_v128_not(x)'],
  ['i', 'wasm_v128_bitselect(x, y, wasm_i32x4_shuffle(x, y, 1, 6, 3, 4))'],
  ['i', 'wasm_i32x4_splat(wasm_v128_any_true(wasm_v128_and(x, y)) + 2 * wasm_v128_any_true(wasm_f32x4_eq(x, y)))'],
  [
    'i',
    'wasm_i32x4_make(wasm_i32x4_extract_lane(x, 1), wasm_i32x4_extract_lane(y, 0), -7, wasm_i32x4_extract_lane(x, 3))',
  ],
  ['i', 'wasm_i32x4_shuffle(x, y, 0, 4, 1, 5)'],
  ['i', 'wasm_i32x4_shuffle(x, y, 7, 2, 6, 3)'],
  ['i', 'wasm_i64x2_shuffle(x, y, 0, 2)'],
  ['i', 'wasm_i64x2_shuffle(x, y, 3, 1)'],
  ['i', 'wasm_v128_load32_splat(p + 1)'],
  ['i', 'wasm_v128_load64_splat(p + 2)'],
  ['i', 'wasm_i32x4_splat(wasm_i32x4_extract_lane(y, 3))'],
];
const F64_PROBES: ['f' | 'd' | 'i', string][] = [
  ...['add', 'sub', 'mul', 'div', 'min', 'max'].map((op): ['d', string] => ['d', `wasm_f64x2_${op}(x, y)`]),
  ...['sqrt', 'ceil', 'floor', 'trunc', 'nearest'].map((op): ['d', string] => ['d', `wasm_f64x2_${op}(x)`]),
  ['d', 'wasm_f64x2_make(wasm_f64x2_extract_lane(x, 1), wasm_f64x2_extract_lane(y, 0))'],
  ['d', 'wasm_f64x2_splat(wasm_f64x2_extract_lane(y, 1))'],
  ['f', 'wasm_f32x4_demote_f64x2_zero(x)'],
  ...['pmin', 'pmax', 'eq', 'ne', 'lt', 'gt', 'le', 'ge'].map((op): ['i', string] => ['i', `wasm_f64x2_${op}(x, y)`]),
  ['i', 'wasm_f64x2_abs(x)'],
  ['i', 'wasm_f64x2_neg(x)'],
  ['i', 'wasm_v128_load64_splat(p + 1)'],
];

const probeSource = (name: string, T: string, probes: ['f' | 'd' | 'i', string][]) =>
  `void ${name}(const ${T}* a, const ${T}* b, unsigned char* out, int n) {
  for (int i = 0; i < n; i++) {
    const ${T}* p = a + 16 / sizeof(${T}) * i;
    v128_t x = wasm_v128_load(p), y = wasm_v128_load(b + 16 / sizeof(${T}) * i);
    uint32_t s = (uint32_t)wasm_i32x4_extract_lane(y, 0);
    (void)s;
${probes.map(([, e]) => `    wasm_v128_store(out, ${e}); out += 16;`).join('\n')}
  }
}`;
const PROBE_C = `#include <stdint.h>
#include <wasm_simd128.h>
${probeSource('probe_f32', 'float', F32_PROBES)}
${probeSource('probe_f64', 'double', F64_PROBES)}
`;

/** Every pair of `values` lane by lane, then random bit patterns: `lanes` per vector. */
function probeInputs(values: number[], Arr: typeof Float32Array | typeof Float64Array, randomVectors: number) {
  const pairs = values.flatMap((x) => values.map((y) => [x, y]));
  const lanes = 16 / Arr.BYTES_PER_ELEMENT;
  const vectors = Math.ceil(pairs.length / lanes) + randomVectors;
  const a = new Arr(vectors * lanes),
    b = new Arr(vectors * lanes);
  pairs.forEach(([x, y], i) => {
    a[i] = x;
    b[i] = y;
  });
  const start = Math.ceil(pairs.length / lanes) * lanes;
  const ua = new Uint32Array(a.buffer),
    ub = new Uint32Array(b.buffer);
  for (let i = (start * Arr.BYTES_PER_ELEMENT) / 4; i < ua.length; i++) {
    ua[i] = (rand() * 2 ** 31) >>> 0;
    ub[i] = (rand() * 2 ** 31) >>> 0;
  }
  return { a, b, vectors };
}

const F32_VALUES = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  2.5,
  -2.5,
  3.5,
  0.49999997,
  -0.49999997,
  8388607.5,
  8388609,
  16777216,
  2147483520,
  2147483648,
  -2147483648,
  -2147483904,
  3e9,
  -3e9,
  1e-45,
  -1e-45,
  1.17549435e-38,
  3.4028235e38,
  -3.4028235e38,
  Infinity,
  -Infinity,
  NaN,
  100,
  -7.25,
  1e-3,
];
const F64_VALUES = [
  0,
  -0,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  2.5,
  -2.5,
  0.49999999999999994,
  4503599627370495.5,
  4503599627370497,
  1e308,
  -1e308,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  Infinity,
  -Infinity,
  NaN,
  3.4028235677973366e38,
  3.4028234663852886e38,
  1e-46,
  1.401298464324817e-45,
  7.006492321624085e-46,
  100,
  -7.25,
  0.1,
];

const INTRINSICS = 'wasm_simd128.h: every intrinsic the kernels use gives emcc’s WebAssembly results lane for lane';
test(INTRINSICS, async () => {
  if (noCompiler) return console.log(`  skipped (${INTRINSICS}): ${noCompiler}`);
  if (!emcc.available) return console.log(`  skipped (${INTRINSICS}): ${emcc.reason}`);
  const host = open(await compile('probe', PROBE_C));
  const wasm = instantiate(compileC(PROBE_C, ['probe_f32', 'probe_f64']), (wasmMemory ??= newMemory(512))).exports;
  for (const [fn, values, Arr, probes] of [
    ['probe_f32', F32_VALUES, Float32Array, F32_PROBES],
    ['probe_f64', F64_VALUES, Float64Array, F64_PROBES],
  ] as const) {
    const { a, b, vectors } = probeInputs(values, Arr, 2000);
    const got = new Uint8Array(vectors * probes.length * 16);
    host.func(`void ${fn}(void*, void*, void*, int)`)(a, b, got, vectors);
    const want = wasmRun(wasm, fn, [a, b], got, [vectors]);
    const [g32, w32] = [got, want].map((u) => new Uint32Array(u.buffer, u.byteOffset, u.byteLength / 4));
    const [gf, gd, wf, wd] = [got, want].flatMap((u) => [
      new Float32Array(u.buffer, u.byteOffset, u.byteLength / 4),
      new Float64Array(u.buffer, u.byteOffset, u.byteLength / 8),
    ]);
    const ax = new Uint32Array(a.buffer),
      bx = new Uint32Array(b.buffer);
    for (let v = 0; v < vectors; v++)
      probes.forEach(([kind, expr], k) => {
        for (let w = 0; w < 4; w++) {
          const i = (v * probes.length + k) * 4 + w;
          const nan =
            kind === 'f'
              ? gf[i] !== gf[i] && wf[i] !== wf[i]
              : kind === 'd' && gd[i >> 1] !== gd[i >> 1] && wd[i >> 1] !== wd[i >> 1];
          if (g32[i] === w32[i] || nan) continue;
          const input = (x: Uint32Array) => [...x.subarray(v * 4, v * 4 + 4)].map((u) => u.toString(16)).join(',');
          assert.unreachable(
            `${fn} ${expr}: word ${w} of vector ${v} (x=${input(ax)} y=${input(bx)}) is ${g32[i].toString(16)} on the host, ${w32[i].toString(16)} in WASM`,
          );
        }
      });
  }
});

const SIMD_HARNESS = `#include <wasm_simd128.h>
#include "tj_simd.h"
#define APPLY(fn, vec, sca) \\
  void apply_##fn(const float* in, float* out, int n) { for (int i = 0; i + 4 <= n; i += 4) wasm_v128_store(out + i, vec(wasm_v128_load(in + i))); } \\
  void apply_##fn##_scalar(const float* in, float* out, int n) { for (int i = 0; i < n; i++) out[i] = sca(in[i]); }
APPLY(exp, tj_exp_f32x4, tj_expf_s)
APPLY(log, tj_log_f32x4, tj_logf_s)
APPLY(tanh, tj_tanh_f32x4, tj_tanhf_s)
APPLY(sigmoid, tj_sigmoid_f32x4, tj_sigmoidf_s)
APPLY(erf, tj_erf_f32x4, tj_erff_s)
`;

const SIMD_TWINS = 'tj_simd.h through the shim: the vector functions give their scalar twins’ bits (as in WASM)';
test(SIMD_TWINS, async () => {
  if (noCompiler) return console.log(`  skipped (${SIMD_TWINS}): ${noCompiler}`);
  const lib = open(await compile('simd', SIMD_HARNESS));
  const n = 1 << 20;
  const x = new Float32Array(n),
    bits = new Uint32Array(x.buffer);
  const specials = [
    0,
    -0,
    1,
    -1,
    NaN,
    Infinity,
    -Infinity,
    1e-45,
    -1e-45,
    88.72283,
    88.7229,
    -103.97,
    -104,
    0.625,
    1,
    4,
    20,
    10,
  ];
  x.set(specials);
  for (let i = specials.length; i < n; i++)
    if (i % 2) bits[i] = (rand() * 2 ** 31) >>> 0;
    else x[i] = rand() * 120; // the interesting range: [-120, 120]
  for (const fn of ['exp', 'log', 'tanh', 'sigmoid', 'erf']) {
    const vec = new Float32Array(n),
      sca = new Float32Array(n);
    lib.func(`void apply_${fn}(void*, void*, int)`)(x, vec, n);
    lib.func(`void apply_${fn}_scalar(void*, void*, int)`)(x, sca, n);
    const vb = new Uint32Array(vec.buffer),
      sb = new Uint32Array(sca.buffer);
    for (let i = 0; i < n; i++)
      if (vb[i] !== sb[i] && !(vec[i] !== vec[i] && sca[i] !== sca[i]))
        assert.unreachable(`tj_${fn}_f32x4(${x[i]}) = ${vec[i]} but tj_${fn}f_s gives ${sca[i]}`);
  }
});

test.run();
