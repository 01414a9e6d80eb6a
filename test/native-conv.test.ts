// native/tj_conv.c (conv2d, max/avg pooling) and native/tj_reduce.c against the JS kernels of
// runtime/kernels/conv.ts and reduce.ts over many geometries and dtypes, run whole and in shares
// (each share must write its own part, together all of the output); guards around the output and
// the scratch prove nothing else is written. Then eager conv2d through WASM (the native kernel
// library kept off eager ops), and a convnet training step on the WASM tier against eager. Skips
// (saying why) only where emcc is absent.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toolchain } from '../jit/emcc.js';
import { generateC } from '../jit/backends/wasm/codegen.js';
import { reduceView } from '../jit/backends/wasm/prebuilt-steps.js';
import { optimize } from '../jit/optimize.js';
import { trace } from '../jit/tracer.js';
import type { TypedArray } from '../runtime/dtype.js';
import * as convK from '../runtime/kernels/conv.js';
import { reduce, type ReduceKind } from '../runtime/kernels/reduce.js';
import { eagerWasmCalls } from '../runtime/wasm/eager.js';
import { instantiate } from '../runtime/wasm/memory.js';
import { convInts, prebuiltKernelsWasm, poolInts } from '../runtime/wasm/prebuilt.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { convnet } from '../bench/workloads.js';
import { withoutEagerNative } from './eager-paths.js';
import type { ConvCase } from './conv-cases.js';
import { seededInputs, type ReduceSpecial } from './kernel-inputs.js';

const tc = toolchain();
const PAGE = 65536;
const HEAP_BASE = 16 << 20; // above the module's static data and stack in a memory of its own

/** The test's own memory (the kernels are built for a shared one: -matomics, --shared-memory). */
const testMemory = (pages: number) => new WebAssembly.Memory({ initial: pages, maximum: 65536, shared: true });

type Fn = (...args: number[]) => number;
type DT = 'float32' | 'float64' | 'int32';
const ARRAY = { float32: Float32Array, float64: Float64Array, int32: Int32Array } as const;
const SUFFIX = { float32: 'f32', float64: 'f64', int32: 'i32' } as const;

let native: { memory: WebAssembly.Memory; ex: Record<string, Fn> } | undefined;
function load() {
  if (!native) {
    const memory = testMemory(512);
    native = { memory, ex: instantiate(prebuiltKernelsWasm(), memory).exports };
  }
  return native;
}

const { rand, randArray, reduceInput } = seededInputs(2024);

const GUARD = 16; // elements of guard before and after the output
const align = (x: number) => (x + 63) & ~63;

/** A NaN with a payload no kernel produces: marks output elements not (yet) written. */
function fillSentinel(mem: ArrayBufferLike, byteOffset: number, bytes: number, dtype: DT) {
  const u = new Uint32Array(mem, byteOffset, bytes / 4);
  if (dtype === 'float64')
    for (let i = 0; i < u.length; i += 2) {
      u[i] = 0xa5a5a5a5;
      u[i + 1] = 0x7ff5a5a5;
    }
  else u.fill(0x7fa5a5a5);
}
const isSentinel = (bits: Uint32Array, i: number, dtype: DT) =>
  dtype === 'float64' ? bits[2 * i] === 0xa5a5a5a5 && bits[2 * i + 1] === 0x7ff5a5a5 : bits[i] === 0x7fa5a5a5;

/**
 * Runs fn(...inputs, out, ...ints, part, parts, scratch) for every part in turn, each on an output
 * filled with the sentinel, and checks that the shares write disjoint parts that together cover all
 * of out, and that nothing outside out and the scratch (nor any input) changes. Returns out.
 */
function runShares(
  name: string,
  fn: string,
  dtype: DT,
  inputs: TypedArray[],
  outLen: number,
  ints: number[],
  scratchBytes: number,
  parts: number,
): TypedArray {
  const { memory, ex } = load();
  const es = ARRAY[dtype].BYTES_PER_ELEMENT;
  const offsets: number[] = [];
  let at = HEAP_BASE;
  for (const a of inputs) {
    offsets.push(at);
    at += align(a.byteLength + 64);
  }
  const outGuarded = at,
    outOff = at + GUARD * es;
  at = align(outOff + (outLen + GUARD) * es);
  const scratchOff = at + 64 + 4; // deliberately misaligned: any alignment is allowed
  const end = scratchOff + scratchBytes + 64;
  if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
  const buf = memory.buffer;
  inputs.forEach((a, i) =>
    new (a.constructor as typeof Float32Array)(buf, offsets[i], a.length).set(a as Float32Array),
  );
  const scratchGuards = [
    new Uint32Array(buf, scratchOff - 64 - 4, 16),
    new Uint32Array(buf, scratchOff + scratchBytes, 16),
  ];
  const bits = new Uint32Array(buf, outOff, (outLen * es) / 4);
  const result = new ARRAY[dtype](outLen);
  const written = new Uint8Array(outLen);
  for (let part = 0; part < parts; part++) {
    fillSentinel(buf, outGuarded, (outLen + 2 * GUARD) * es, dtype);
    for (const g of scratchGuards) g.fill(0xdeadbeef);
    ex[fn](...offsets, outOff, ...ints, part, parts, scratchOff);
    const view = new ARRAY[dtype](buf, outOff, outLen);
    for (let i = 0; i < outLen; i++) {
      if (isSentinel(bits, i, dtype)) continue;
      assert.ok(!written[i], `${name}: share ${part} of ${parts} wrote element ${i}, which another share wrote`);
      written[i] = 1;
      result[i] = view[i];
    }
    const before = new ARRAY[dtype](buf, outGuarded, GUARD),
      after = new ARRAY[dtype](buf, outOff + outLen * es, GUARD);
    const gbits = (t: TypedArray) => new Uint32Array(t.buffer, t.byteOffset, (GUARD * es) / 4);
    for (let i = 0; i < GUARD; i++) {
      assert.ok(isSentinel(gbits(before), i, dtype), `${name}: wrote before out`);
      assert.ok(isSentinel(gbits(after), i, dtype), `${name}: wrote after out`);
    }
    for (const g of scratchGuards)
      assert.ok(
        g.every((w) => w === 0xdeadbeef),
        `${name}: wrote outside the scratch`,
      );
  }
  const missing = written.indexOf(0);
  assert.is(missing, -1, `${name}: no share of ${parts} wrote element ${missing}`);
  inputs.forEach((a, i) => {
    const now = new (a.constructor as typeof Float32Array)(buf, offsets[i], a.length);
    assert.ok(
      now.every((v, j) => Object.is(v, a[j])),
      `${name}: modified input ${i}`,
    );
  });
  return result;
}

/** Runs in 1 share and in 2, 3 and 7, and checks all agree bit for bit; returns the result. */
function runAllShares(
  name: string,
  fn: string,
  dtype: DT,
  inputs: TypedArray[],
  outLen: number,
  ints: number[],
  scratchBytes: number,
): TypedArray {
  const whole = runShares(name, fn, dtype, inputs, outLen, ints, scratchBytes, 1);
  for (const parts of [2, 3, 7]) {
    const split = runShares(name, fn, dtype, inputs, outLen, ints, scratchBytes, parts);
    for (let i = 0; i < outLen; i++)
      assert.ok(
        Object.is(split[i], whole[i]),
        `${name}: element ${i} is ${split[i]} in ${parts} shares, ${whole[i]} in one`,
      );
  }
  return whole;
}

const nativeTest = (name: string, fn: () => void | Promise<void>) =>
  test(name, async () => {
    if (!tc.available) {
      console.log(`  skipped (${name}): ${tc.reason}`);
      return;
    }
    await fn();
  });

// ---------------------------------------------------------------------------------------------
// conv2d

function checkConv(dtype: 'float32' | 'float64', cs: ConvCase) {
  const p = {
    stride: cs.stride ?? [1, 1],
    padding: cs.pad ?? [0, 0, 0, 0],
    dilation: cs.dil ?? [1, 1],
    groups: cs.groups ?? 1,
  };
  const g = convK.convGeometry([cs.n, cs.c, cs.h, cs.w], [cs.o, cs.c / p.groups, cs.kh, cs.kw], p);
  const name = `conv2d ${dtype} ${JSON.stringify(cs)}`;
  const x = randArray(dtype, cs.n * cs.c * cs.h * cs.w),
    w = randArray(dtype, cs.o * (cs.c / p.groups) * cs.kh * cs.kw);
  if (cs.special && x.length > 2) {
    x[0] = Infinity;
    x[x.length >> 1] = NaN;
    x[x.length - 1] = -Infinity;
  }
  const outLen = g.n * g.o * g.oh * g.ow;
  const ints = convInts(g);
  const { ex } = load();
  const scratch = ex[`tj_conv2d_${SUFFIX[dtype]}_scratch_bytes`](...ints);
  assert.ok(scratch > 0, `${name}: scratch ${scratch}`);
  const got = runAllShares(name, `tj_conv2d_${SUFFIX[dtype]}`, dtype, [x, w], outLen, ints, scratch);
  const want = new ARRAY[dtype](outLen),
    mag = new Float64Array(outLen);
  convK.conv2d(x, w, want, g);
  convK.conv2d(Float64Array.from(x, Math.abs), Float64Array.from(w, Math.abs), mag, g);
  const eps = dtype === 'float32' ? 2 ** -24 : 2 ** -53,
    k = (cs.c / p.groups) * cs.kh * cs.kw;
  for (let i = 0; i < outLen; i++) {
    const at = `${name}: out[${i}] = ${got[i]}, JS kernel ${want[i]}`;
    if (!Number.isFinite(want[i]) || !Number.isFinite(got[i])) {
      assert.ok(Object.is(got[i], want[i]), at);
      continue;
    }
    assert.ok(Math.abs(got[i] - want[i]) <= 2 * (k + 2) * eps * mag[i] + 1e-300, at);
  }
}

nativeTest('conv2d: strides, padding, dilation, groups, odd sizes, 1×1 and empty, both float dtypes', () => {
  const cases: ConvCase[] = [
    { n: 2, c: 3, h: 9, w: 7, o: 5, kh: 3, kw: 3 },
    { n: 1, c: 1, h: 28, w: 28, o: 6, kh: 5, kw: 5 }, // the convnet's first layer
    { n: 3, c: 6, h: 12, w: 12, o: 16, kh: 5, kw: 5 }, // and its second
    { n: 2, c: 4, h: 11, w: 10, o: 6, kh: 3, kw: 2, stride: [2, 3] },
    { n: 1, c: 2, h: 8, w: 9, o: 3, kh: 3, kw: 3, pad: [1, 1, 1, 1] },
    { n: 2, c: 3, h: 7, w: 6, o: 4, kh: 3, kw: 4, pad: [2, 0, 1, 3], stride: [2, 1] }, // uneven padding
    { n: 1, c: 2, h: 13, w: 12, o: 5, kh: 3, kw: 3, dil: [2, 3], pad: [1, 2, 3, 0] },
    { n: 2, c: 6, h: 8, w: 8, o: 9, kh: 3, kw: 3, groups: 3, pad: [1, 1, 1, 1] },
    { n: 2, c: 4, h: 5, w: 6, o: 4, kh: 3, kw: 3, groups: 4 }, // depthwise
    { n: 3, c: 8, h: 5, w: 7, o: 12, kh: 1, kw: 1 }, // 1×1 stride 1: reads the image directly
    { n: 2, c: 4, h: 6, w: 6, o: 6, kh: 1, kw: 1, groups: 2 },
    { n: 1, c: 3, h: 7, w: 7, o: 2, kh: 1, kw: 1, stride: [2, 2] }, // 1×1 strided: through im2col
    { n: 1, c: 2, h: 4, w: 4, o: 3, kh: 1, kw: 1, pad: [1, 1, 1, 1] },
    { n: 1, c: 1, h: 1, w: 1, o: 1, kh: 1, kw: 1 },
    { n: 2, c: 3, h: 5, w: 5, o: 7, kh: 5, kw: 5 }, // the kernel covers the image: 1×1 output
    { n: 1, c: 2, h: 3, w: 3, o: 2, kh: 2, kw: 2, pad: [3, 3, 3, 3], stride: [2, 2] }, // windows wholly in padding
    { n: 5, c: 3, h: 6, w: 5, o: 33, kh: 2, kw: 3 }, // o crosses several micro-tiles
    { n: 1, c: 300, h: 4, w: 4, o: 3, kh: 1, kw: 1 }, // k beyond one KC slice (256)
    { n: 2, c: 3, h: 6, w: 6, o: 4, kh: 3, kw: 3, special: true }, // inf and NaN in the input
    // empty: no images, no output channels, no input channels (zeros)
    { n: 0, c: 3, h: 5, w: 5, o: 4, kh: 3, kw: 3 },
    { n: 2, c: 3, h: 5, w: 5, o: 0, kh: 3, kw: 3 },
    { n: 2, c: 0, h: 5, w: 5, o: 4, kh: 3, kw: 3 },
  ];
  for (const cs of cases) {
    checkConv('float32', cs);
    checkConv('float64', cs);
  }
});

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

function checkPool(kind: 'max' | 'avg', dtype: DT, cs: PoolCase, special: 'none' | 'nan' | 'inf' | 'zeros' = 'none') {
  const p = {
    kernel: [cs.kh, cs.kw] as const,
    stride: cs.stride ?? [cs.kh, cs.kw],
    padding: cs.pad ?? [0, 0, 0, 0],
  } as const;
  const g = convK.poolGeometry({ shape: [cs.n, cs.c, cs.h, cs.w], dtype }, p);
  const name = `${kind}Pool2d ${dtype} ${JSON.stringify(cs)} ${special}`;
  const x = randArray(dtype, cs.n * cs.c * cs.h * cs.w);
  for (let i = 0; i < x.length; i++) {
    const r = rand();
    if (special === 'nan' && r > 0.8) x[i] = NaN;
    if (special === 'inf' && r > 0.7) x[i] = r > 0.85 ? Infinity : -Infinity;
    if (special === 'zeros') x[i] = r > 0 ? 0 : -0;
  }
  const outLen = g.n * g.c * g.oh * g.ow;
  const got = runAllShares(name, `tj_${kind}pool2d_${SUFFIX[dtype]}`, dtype, [x], outLen, poolInts(g), 0);
  const want = new ARRAY[dtype](outLen);
  (kind === 'max' ? convK.maxPool2d : convK.avgPool2d)(x, want, g);
  for (let i = 0; i < outLen; i++)
    assert.ok(Object.is(got[i], want[i]), `${name}: out[${i}] = ${got[i]}, JS kernel ${want[i]}`);
}

const POOLS: PoolCase[] = [
  { n: 2, c: 3, h: 8, w: 8, kh: 2, kw: 2 },
  { n: 1, c: 2, h: 9, w: 7, kh: 2, kw: 2 }, // odd sizes: the last row and column are dropped
  { n: 2, c: 2, h: 7, w: 9, kh: 3, kw: 3, stride: [2, 2] }, // overlapping windows
  { n: 1, c: 3, h: 6, w: 6, kh: 3, kw: 2, stride: [1, 2], pad: [1, 1, 0, 1] },
  { n: 1, c: 1, h: 5, w: 5, kh: 2, kw: 2, stride: [2, 2], pad: [2, 2, 2, 2] }, // windows wholly in padding
  { n: 1, c: 2, h: 4, w: 5, kh: 4, kw: 5 }, // one window per plane
  { n: 3, c: 1, h: 1, w: 1, kh: 1, kw: 1 },
  // wide rows: SIMD groups of adjacent windows (strides 1, 2 and 3) between scalar edge windows
  { n: 1, c: 2, h: 6, w: 21, kh: 3, kw: 3, stride: [1, 1], pad: [1, 1, 1, 1] },
  { n: 2, c: 1, h: 5, w: 26, kh: 3, kw: 2, stride: [2, 2], pad: [1, 0, 1, 1] },
  { n: 1, c: 2, h: 7, w: 31, kh: 2, kw: 3, stride: [2, 3], pad: [0, 1, 2, 0] },
  { n: 1, c: 1, h: 4, w: 40, kh: 1, kw: 4, stride: [1, 4] },
  { n: 0, c: 3, h: 4, w: 4, kh: 2, kw: 2 }, // empty
];

nativeTest('maxPool2d and avgPool2d: exactly the JS kernels, every dtype, with padding, NaN, ±inf and ±0', () => {
  for (const cs of POOLS) {
    for (const dtype of ['float32', 'float64', 'int32'] as const) checkPool('max', dtype, cs);
    for (const dtype of ['float32', 'float64'] as const) {
      checkPool('avg', dtype, cs);
      for (const special of ['nan', 'inf', 'zeros'] as const) {
        checkPool('max', dtype, cs, special);
        checkPool('avg', dtype, cs, special);
      }
    }
  }
});

/** maxPool2d's gradient: the C kernel gives the JS kernel's bits; ties (small integers) split ct evenly. */
function checkPoolGrad(dtype: 'float32' | 'float64', cs: PoolCase, special: 'none' | 'nan' | 'inf' = 'none') {
  const p = {
    kernel: [cs.kh, cs.kw] as const,
    stride: cs.stride ?? [cs.kh, cs.kw],
    padding: cs.pad ?? [0, 0, 0, 0],
  } as const;
  const g = convK.poolGeometry({ shape: [cs.n, cs.c, cs.h, cs.w], dtype }, p);
  const name = `maxPool2dGrad ${dtype} ${JSON.stringify(cs)} ${special}`;
  const x = randArray(dtype, cs.n * cs.c * cs.h * cs.w);
  for (let i = 0; i < x.length; i++) {
    x[i] = Math.round(x[i] * 3); // values -3..3: many ties
    const r = rand();
    if (special === 'nan' && r > 0.9) x[i] = NaN;
    if (special === 'inf' && r > 0.8) x[i] = r > 0.9 ? Infinity : -Infinity;
  }
  const ct = randArray(dtype, g.n * g.c * g.oh * g.ow);
  const got = runAllShares(name, `tj_maxpool2d_grad_${SUFFIX[dtype]}`, dtype, [x, ct], x.length, poolInts(g), 0);
  const want = new ARRAY[dtype](x.length);
  convK.maxPool2dGrad(x, ct, want, g);
  for (let i = 0; i < x.length; i++)
    assert.ok(Object.is(got[i], want[i]), `${name}: dx[${i}] = ${got[i]}, JS kernel ${want[i]}`);
}

nativeTest('maxPool2dGrad: exactly the JS kernel, with ties, overlapping windows, padding, NaN and ±inf', () => {
  for (const cs of POOLS)
    for (const dtype of ['float32', 'float64'] as const)
      for (const special of ['none', 'nan', 'inf'] as const) checkPoolGrad(dtype, cs, special);
});

test("maxPool2dGrad (JS kernel): each window's cotangent goes to its maxima, split evenly among ties", () => {
  // Reference from ops: for each window position, the positions equal to the window max share ct.
  tj.seed(5);
  const x = tj.astype(tj.floor(tj.mul(tj.rand([2, 3, 7, 6]), 3)), 'float64'); // values 0..2: many ties
  const p = {
    kernel: [3, 2] as [number, number],
    stride: [2, 1] as [number, number],
    padding: [1, 0, 1, 1] as [number, number, number, number],
  };
  const out = tj.maxPool2d(x, p.kernel, { stride: p.stride, padding: p.padding });
  const ct = tj.randn(out.shape, 'float64');
  const g = convK.poolGeometry({ shape: x.shape, dtype: 'float64' }, p);
  const xs = x.data() as Float64Array,
    cts = ct.data() as Float64Array,
    outs = out.data() as Float64Array;
  const want = new Float64Array(xs.length);
  for (let pl = 0; pl < g.n * g.c; pl++) {
    for (let oy = 0; oy < g.oh; oy++) {
      for (let ox = 0; ox < g.ow; ox++) {
        const o = (pl * g.oh + oy) * g.ow + ox,
          cells: number[] = [];
        for (let ki = 0; ki < g.kh; ki++)
          for (let kj = 0; kj < g.kw; kj++) {
            const y = oy * g.strideH - g.padTop + ki,
              xi = ox * g.strideW - g.padLeft + kj;
            if (y >= 0 && y < g.h && xi >= 0 && xi < g.w && xs[(pl * g.h + y) * g.w + xi] === outs[o])
              cells.push((pl * g.h + y) * g.w + xi);
          }
        for (const c of cells) want[c] += cts[o] / cells.length;
      }
    }
  }
  const got = new Float64Array(xs.length);
  convK.maxPool2dGrad(xs, cts, got, g);
  for (let i = 0; i < want.length; i++)
    assert.ok(Math.abs(got[i] - want[i]) <= 1e-12, `dx[${i}] = ${got[i]}, want ${want[i]}`);
  // The primitive through the tape: grad of sum(maxPool2d(x) * ct) is the same.
  const viaGrad = tj.grad((t: Tensor) =>
    tj.sum(tj.mul(tj.maxPool2d(t, p.kernel, { stride: p.stride, padding: p.padding }), ct)),
  )(x);
  const gd = viaGrad.data() as Float64Array;
  for (let i = 0; i < want.length; i++)
    assert.ok(Math.abs(gd[i] - want[i]) <= 1e-12, `grad dx[${i}] = ${gd[i]}, want ${want[i]}`);
});

// ---------------------------------------------------------------------------------------------
// reductions

const KINDS: ReduceKind[] = ['sum', 'prod', 'max', 'min'];

function checkReduce(kind: ReduceKind, dtype: DT, shape: number[], axes: number[], special: ReduceSpecial = 'none') {
  const name = `reduce ${kind} ${dtype} [${shape}] over [${axes}] ${special}`;
  const view = reduceView(shape, axes);
  assert.ok(view, `${name}: no [outer, red, inner] view`);
  const len = shape.reduce((a, b) => a * b, 1);
  const x = reduceInput(kind, dtype, len, special);
  const outLen = view!.outer * view!.inner;
  const { ex } = load();
  const ints = [view!.outer, view!.red, view!.inner];
  const got = runAllShares(
    name,
    `tj_reduce_${kind}_${SUFFIX[dtype]}`,
    dtype,
    [x],
    outLen,
    ints,
    ex.tj_reduce_scratch_bytes(...ints),
  );
  const want = new ARRAY[dtype](outLen),
    mag = new Float64Array(outLen);
  reduce(kind, x, shape, axes, want, dtype === 'int32');
  reduce('sum', Float64Array.from(x, Math.abs), shape, axes, mag, false);
  // Float sums and products over a contiguous run are summed in lanes: equal within rounding.
  const exact = kind === 'max' || kind === 'min' || dtype === 'int32' || view!.inner > 1;
  const eps = dtype === 'float32' ? 2 ** -23 : 2 ** -52;
  for (let i = 0; i < outLen; i++) {
    const at = `${name}: out[${i}] = ${got[i]}, JS kernel ${want[i]}`;
    if (exact || !Number.isFinite(want[i])) {
      assert.ok(Object.is(got[i], want[i]) || (Number.isNaN(got[i]) && Number.isNaN(want[i])), at);
      continue;
    }
    const tol = view!.red * eps * (kind === 'sum' ? mag[i] : Math.abs(want[i]));
    assert.ok(Math.abs(got[i] - want[i]) <= tol + eps * Math.abs(want[i]), at);
  }
}

const REDUCTIONS: [number[], number[]][] = [
  [[37], [0]], // inner == 1: SIMD lanes and a tail
  [[5, 64], [1]],
  [[4, 3], [1]], // runs shorter than a vector
  [[3, 21, 10], [1]], // inner > 1 with a tail
  [[2, 6, 1100], [1]], // inner beyond one chunk (512)
  [[6, 4, 5], [0]], // outer == 1
  [
    [3, 4, 5, 6],
    [1, 2],
  ], // a run of two axes
  [
    [3, 4, 5],
    [0, 1, 2],
  ], // everything
  [
    [3, 1, 4, 1, 5],
    [2, 3, 4],
  ], // size-1 axes inside the run, and kept
  [
    [4, 1, 6],
    [0, 2],
  ], // a run across a kept size-1 axis
  [[3, 5], []], // nothing reduced: a copy
  [[], []], // a scalar
  [[3, 0, 4], [1]], // empty reductions: the identity
  [[0, 4], [1]], // empty output
  [[7, 9], [0]],
];

nativeTest('reductions: sum, prod, max, min over every axis pattern and dtype, like the JS kernel', () => {
  for (const [shape, axes] of REDUCTIONS) {
    // max and min of an empty run throw before any kernel runs; the kernels still give the JS kernel's identity.
    for (const kind of KINDS)
      for (const dtype of ['float32', 'float64', 'int32'] as const) checkReduce(kind, dtype, shape, axes);
  }
});

nativeTest('reductions: NaN propagates, ±inf, the sign of a zero max/min, int32 wrap-around', () => {
  for (const [shape, axes] of [
    [[4, 70], [1]],
    [[70, 3], [0]],
    [[3, 33], [1]],
    [[2, 9, 5], [1]],
  ] as [number[], number[]][]) {
    for (const kind of KINDS) {
      for (const dtype of ['float32', 'float64'] as const)
        for (const special of ['nan', 'inf', 'zeros'] as const) checkReduce(kind, dtype, shape, axes, special);
      checkReduce(kind, 'int32', shape, axes, 'wrap');
    }
  }
});

nativeTest('reduceView: runs of reduced axes collapse, others have no view', () => {
  assert.equal(reduceView([2, 3, 4], [1]), { outer: 2, red: 3, inner: 4 });
  assert.equal(reduceView([2, 3, 4], [1, 2]), { outer: 2, red: 12, inner: 1 });
  assert.equal(reduceView([2, 1, 4], [0, 2]), { outer: 1, red: 8, inner: 1 });
  assert.equal(reduceView([2, 3], []), { outer: 6, red: 1, inner: 1 });
  assert.is(reduceView([2, 3, 4], [0, 2]), undefined);
});

// ---------------------------------------------------------------------------------------------
// eager conv2d and the WASM tier

function close(name: string, got: ArrayLike<number>, want: ArrayLike<number>, rtol: number, atol: number) {
  assert.is(got.length, want.length, `${name}: length`);
  for (let i = 0; i < want.length; i++) {
    assert.ok(Math.abs(got[i] - want[i]) <= rtol * Math.abs(want[i]) + atol, `${name}[${i}]: ${got[i]} vs ${want[i]}`);
  }
}

nativeTest('eager conv2d and pooling of large enough inputs run in WASM and match the JS kernels', () =>
  // The WASM path: eager ops kept off the native kernel library, which comes first where it is built.
  withoutEagerNative(() => {
    prebuiltKernelsWasm(); // the setup step (npm run setup) does this
    tj.seed(7);
    const x = tj.randn([8, 6, 12, 12]),
      w = tj.randn([16, 6, 5, 5]);
    const before = eagerWasmCalls.conv;
    const got = tj.conv2d(x, w, { padding: 1 });
    assert.ok(eagerWasmCalls.conv > before, 'the eager convolution ran in WASM');
    const g = convK.convGeometry(x.shape, w.shape, {
      stride: [1, 1],
      padding: [1, 1, 1, 1],
      dilation: [1, 1],
      groups: 1,
    });
    const want = new Float32Array(got.size);
    convK.conv2d(x.data() as Float32Array, w.data() as Float32Array, want, g);
    close('conv2d', got.data() as Float32Array, want, 1e-5, 1e-5);
    const small = eagerWasmCalls.conv;
    tj.conv2d(tj.randn([1, 1, 4, 4]), tj.randn([1, 1, 3, 3]));
    assert.is(eagerWasmCalls.conv, small, 'a tiny convolution stays in JS');
    const pools = eagerWasmCalls.pool;
    const maxed = tj.maxPool2d(got, 2),
      averaged = tj.avgPool2d(got, 3, { stride: 2, padding: 1 });
    assert.is(eagerWasmCalls.pool, pools + 2, 'both poolings ran in WASM');
    const pool = (
      shape: number[],
      kernel: [number, number],
      stride: [number, number],
      padding: [number, number, number, number],
    ) => convK.poolGeometry({ shape, dtype: 'float32' }, { kernel, stride, padding });
    const wantMax = new Float32Array(maxed.size),
      wantAvg = new Float32Array(averaged.size);
    convK.maxPool2d(got.data() as Float32Array, wantMax, pool(got.shape, [2, 2], [2, 2], [0, 0, 0, 0]));
    convK.avgPool2d(got.data() as Float32Array, wantAvg, pool(got.shape, [3, 3], [2, 2], [1, 1, 1, 1]));
    assert.equal(maxed.data(), wantMax);
    assert.equal(averaged.data(), wantAvg);
  }),
);

nativeTest('a convnet training step on the WASM tier calls the native conv kernel and matches eager', () => {
  tj.seed(3);
  const eager = convnet();
  const lossEager = Number(eager.step().item());
  tj.seed(3);
  const compiled = convnet();
  const step = tj.jit(compiled.step, { backend: 'wasm', hot: 0, async: false });
  const lossWasm = Number(step().item());
  assert.is(step.stats.tier, 'wasm');
  assert.ok(Math.abs(lossWasm - lossEager) <= 1e-5 * Math.abs(lossEager), `loss ${lossWasm} vs ${lossEager}`);
  compiled.params.forEach((p, i) =>
    close(`param ${i}`, p.data() as Float32Array, eager.params[i].data() as Float32Array, 1e-4, 1e-5),
  );
  // The plan of the same graph: conv2d (forward and both gradients), pooling and reductions as native calls.
  const fns = new Set(
    generateC(optimize(trace('step', compiled.step, undefined, [], () => false).graph).graph).plan.steps.flatMap((s) =>
      s.kind === 'prebuilt' ? [s.fn] : [],
    ),
  );
  for (const fn of ['tj_conv2d_f32', 'tj_maxpool2d_f32', 'tj_reduce_sum_f32'])
    assert.ok(fns.has(fn), `the plan calls ${fn}: ${[...fns]}`);
});

test.run();
