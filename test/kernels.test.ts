// Checks the eager matmul, conv2d and pooling kernels against naive reference loops.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { matmul, type Buf } from '../runtime/kernels/matmul.js';
import { conv2d, maxPool2d, avgPool2d, type Conv2dGeometry, type Pool2dGeometry } from '../runtime/kernels/conv.js';
import type { ConvCase } from './conv-cases.js';

type FloatCtor = Float32ArrayConstructor | Float64ArrayConstructor;

let seed = 12345;
/** Uniform in [-1, 1) from a 32-bit LCG, so every run sees the same inputs. */
function rand(): number {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 31 - 1;
}

function randomFloats(Ctor: FloatCtor, size: number): Float32Array | Float64Array {
  const arr = new Ctor(size);
  for (let i = 0; i < size; i++) arr[i] = rand();
  return arr;
}

function randomInts(size: number, bound: number): Int32Array {
  const arr = new Int32Array(size);
  for (let i = 0; i < size; i++) arr[i] = Math.floor(rand() * bound);
  return arr;
}

function garbage(out: Buf): Buf {
  out.fill(out instanceof Int32Array ? 0x5a5a5a5a : NaN);
  return out;
}

/** Asserts |got - want| <= tol·scale elementwise, where scale is the sum of |terms| for that element. */
function assertClose(got: Buf, want: Float64Array, scale: Float64Array, tol: number, what: string): void {
  assert.is(got.length, want.length, `${what}: length`);
  for (let i = 0; i < want.length; i++) {
    const err = Math.abs(got[i] - want[i]);
    if (!(err <= tol * scale[i] + 1e-300)) {
      assert.unreachable(`${what}: element ${i} is ${got[i]}, expected ${want[i]}`);
    }
  }
}

interface MatmulCase {
  batch: number;
  m: number;
  k: number;
  n: number;
  aStride: number;
  bStride: number;
}

function shape(m: number, k: number, n: number, batch = 1, aStride = m * k, bStride = k * n): MatmulCase {
  return { batch, m, k, n, aStride, bStride };
}

function naiveMatmul(a: Buf, b: Buf, c: MatmulCase): { want: Float64Array; scale: Float64Array } {
  const { batch, m, k, n, aStride, bStride } = c;
  const want = new Float64Array(batch * m * n);
  const scale = new Float64Array(batch * m * n);
  for (let t = 0; t < batch; t++) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0,
          abs = 0;
        for (let p = 0; p < k; p++) {
          const prod = a[t * aStride + i * k + p] * b[t * bStride + p * n + j];
          s += prod;
          abs += Math.abs(prod);
        }
        want[(t * m + i) * n + j] = s;
        scale[(t * m + i) * n + j] = abs;
      }
    }
  }
  return { want, scale };
}

function operandSize(batch: number, stride: number, rows: number, cols: number): number {
  return batch === 0 ? 0 : (batch - 1) * stride + rows * cols;
}

const matmulCases: MatmulCase[] = [
  shape(1, 1, 1),
  shape(2, 2, 2),
  shape(3, 3, 3),
  shape(4, 4, 4),
  shape(16, 16, 16),
  shape(7, 13, 5),
  shape(5, 13, 7),
  shape(1, 37, 29),
  shape(2, 50, 3),
  shape(29, 37, 1),
  shape(8, 1, 8),
  shape(9, 2, 11),
  shape(65, 33, 129),
  shape(64, 64, 64),
  shape(131, 257, 6), // m spans two A blocks, k a full KC block plus an odd remainder
  shape(6, 600, 10), // several KC blocks: later blocks accumulate into out
  shape(5, 7, 1030), // n spans three NC panels, the last one ragged
  shape(0, 4, 5),
  shape(4, 0, 5),
  shape(4, 5, 0),
  shape(3, 4, 5, 0),
  shape(3, 4, 5, 3),
  shape(12, 10, 9, 4),
  shape(3, 4, 5, 3, 0, 20),
  shape(12, 10, 9, 4, 0, 90), // A broadcast over the batch
  shape(3, 4, 5, 3, 12, 0),
  shape(12, 10, 9, 4, 120, 0), // B broadcast, A contiguous
  shape(12, 10, 9, 3, 150, 0), // B broadcast, A batches with gaps
  shape(6, 8, 7, 5, 0, 0),
];

function describe(c: MatmulCase): string {
  return `batch ${c.batch} ${c.m}x${c.k}x${c.n} strides ${c.aStride}/${c.bStride}`;
}

for (const [Ctor, tol] of [
  [Float32Array, 1e-6],
  [Float64Array, 1e-13],
] as const) {
  test(`matmul ${Ctor.name} matches the naive triple loop`, () => {
    for (const c of matmulCases) {
      const a = randomFloats(Ctor, operandSize(c.batch, c.aStride, c.m, c.k));
      const b = randomFloats(Ctor, operandSize(c.batch, c.bStride, c.k, c.n));
      const out = garbage(new Ctor(c.batch * c.m * c.n));
      matmul(a, b, out, c.batch, c.m, c.k, c.n, c.aStride, c.bStride);
      const { want, scale } = naiveMatmul(a, b, c);
      assertClose(out, want, scale, tol, `${Ctor.name} ${describe(c)}`);
    }
  });
}

test('matmul float32 rounds results accumulated in double precision', () => {
  // 1 + 2^-30 - 1 is exact in double but would vanish in float32 accumulation.
  const a = new Float32Array([1, 2 ** -30, -1]);
  const b = new Float32Array([1, 1, 1]);
  const out = new Float32Array(1);
  matmul(a, b, out, 1, 1, 3, 1, 0, 0);
  assert.is(out[0], Math.fround(2 ** -30));
});

test('matmul propagates NaN and Infinity only where they belong', () => {
  const m = 9,
    k = 10,
    n = 11;
  const a = randomFloats(Float64Array, m * k);
  const b = randomFloats(Float64Array, k * n);
  a[2 * k + 3] = NaN; // row 2 of the result becomes NaN
  b[4 * n + 5] = Infinity; // column 5 becomes ±Infinity or NaN
  const out = garbage(new Float64Array(m * n));
  matmul(a, b, out, 1, m, k, n, 0, 0);
  const { want } = naiveMatmul(a, b, shape(m, k, n));
  for (let i = 0; i < m * n; i++) {
    if (Number.isFinite(want[i])) assert.ok(Math.abs(out[i] - want[i]) < 1e-12, `element ${i}`);
    else assert.ok(Object.is(out[i], want[i]), `element ${i}: ${out[i]} vs ${want[i]}`);
  }
});

test('matmul int32 wraps like C int32', () => {
  const cases = [
    shape(1, 1, 1),
    shape(7, 13, 5),
    shape(65, 33, 129),
    shape(3, 4, 5, 3, 0, 20),
    shape(3, 4, 5, 3, 12, 0),
    shape(4, 0, 3),
    shape(0, 3, 3),
  ];
  for (const c of cases) {
    for (const bound of [100, 2 ** 31]) {
      const a = randomInts(operandSize(c.batch, c.aStride, c.m, c.k), bound);
      const b = randomInts(operandSize(c.batch, c.bStride, c.k, c.n), bound);
      const out = garbage(new Int32Array(c.batch * c.m * c.n)) as Int32Array;
      matmul(a, b, out, c.batch, c.m, c.k, c.n, c.aStride, c.bStride);
      for (let t = 0; t < c.batch; t++) {
        for (let i = 0; i < c.m; i++) {
          for (let j = 0; j < c.n; j++) {
            let s = 0n;
            for (let p = 0; p < c.k; p++) {
              s += BigInt(a[t * c.aStride + i * c.k + p]) * BigInt(b[t * c.bStride + p * c.n + j]);
            }
            const at = (t * c.m + i) * c.n + j;
            assert.is(out[at], Number(BigInt.asIntN(32, s)), `${describe(c)} bound ${bound} element ${at}`);
          }
        }
      }
    }
  }
});

function naiveConv(x: Buf, w: Buf, g: Conv2dGeometry): { want: Float64Array; scale: Float64Array } {
  const cg = g.c / g.groups,
    og = g.o / g.groups;
  const want = new Float64Array(g.n * g.o * g.oh * g.ow);
  const scale = new Float64Array(want.length);
  for (let img = 0; img < g.n; img++) {
    for (let oc = 0; oc < g.o; oc++) {
      const group = Math.floor(oc / og);
      for (let oy = 0; oy < g.oh; oy++) {
        for (let ox = 0; ox < g.ow; ox++) {
          let s = 0,
            abs = 0;
          for (let ic = 0; ic < cg; ic++) {
            for (let ky = 0; ky < g.kh; ky++) {
              for (let kx = 0; kx < g.kw; kx++) {
                const y = oy * g.strideH - g.padTop + ky * g.dilH;
                const xx = ox * g.strideW - g.padLeft + kx * g.dilW;
                if (y < 0 || y >= g.h || xx < 0 || xx >= g.w) continue;
                const xv = x[((img * g.c + group * cg + ic) * g.h + y) * g.w + xx];
                const wv = w[((oc * cg + ic) * g.kh + ky) * g.kw + kx];
                s += xv * wv;
                abs += Math.abs(xv * wv);
              }
            }
          }
          const at = ((img * g.o + oc) * g.oh + oy) * g.ow + ox;
          want[at] = s;
          scale[at] = abs;
        }
      }
    }
  }
  return { want, scale };
}

type ConvSpec = Omit<ConvCase, 'special'>;

/** Builds a geometry; pad is [top, bottom, left, right] so oh/ow can imply asymmetric padding. */
function convGeometry(s: ConvSpec): Conv2dGeometry {
  const [strideH, strideW] = s.stride ?? [1, 1];
  const [padTop, padBottom, padLeft, padRight] = s.pad ?? [0, 0, 0, 0];
  const [dilH, dilW] = s.dil ?? [1, 1];
  const oh = Math.floor((s.h + padTop + padBottom - dilH * (s.kh - 1) - 1) / strideH) + 1;
  const ow = Math.floor((s.w + padLeft + padRight - dilW * (s.kw - 1) - 1) / strideW) + 1;
  return {
    n: s.n,
    c: s.c,
    h: s.h,
    w: s.w,
    o: s.o,
    kh: s.kh,
    kw: s.kw,
    oh,
    ow,
    strideH,
    strideW,
    padTop,
    padLeft,
    dilH,
    dilW,
    groups: s.groups ?? 1,
  };
}

const convSpecs: ConvSpec[] = [
  { n: 1, c: 1, h: 5, w: 5, o: 1, kh: 3, kw: 3 },
  { n: 2, c: 3, h: 8, w: 7, o: 4, kh: 3, kw: 3, pad: [1, 1, 1, 1] },
  { n: 2, c: 3, h: 9, w: 11, o: 5, kh: 3, kw: 2, stride: [2, 3], pad: [1, 0, 2, 1] },
  { n: 1, c: 4, h: 10, w: 9, o: 6, kh: 3, kw: 3, dil: [2, 3], pad: [2, 2, 3, 3] },
  { n: 2, c: 4, h: 7, w: 8, o: 6, kh: 3, kw: 3, groups: 2, pad: [1, 1, 1, 1] },
  { n: 1, c: 6, h: 12, w: 10, o: 4, kh: 5, kw: 3, groups: 2, stride: [2, 1], dil: [1, 2], pad: [2, 3, 0, 1] },
  { n: 3, c: 5, h: 6, w: 4, o: 7, kh: 1, kw: 1 }, // 1×1 fast path
  { n: 1, c: 4, h: 6, w: 6, o: 4, kh: 1, kw: 1, groups: 2 },
  { n: 1, c: 2, h: 5, w: 5, o: 3, kh: 1, kw: 1, stride: [2, 2] },
  { n: 1, c: 2, h: 3, w: 3, o: 2, kh: 3, kw: 3, pad: [4, 4, 4, 4] }, // windows entirely in padding
  { n: 1, c: 2, h: 4, w: 4, o: 3, kh: 4, kw: 4, stride: [5, 5], pad: [0, 3, 1, 4] },
  { n: 2, c: 16, h: 16, w: 16, o: 32, kh: 3, kw: 3, pad: [1, 1, 1, 1] }, // large enough for blocked matmul
];

for (const [Ctor, tol] of [
  [Float32Array, 1e-6],
  [Float64Array, 1e-13],
] as const) {
  test(`conv2d ${Ctor.name} matches the naive direct convolution`, () => {
    for (const spec of convSpecs) {
      const g = convGeometry(spec);
      const x = randomFloats(Ctor, g.n * g.c * g.h * g.w);
      const w = randomFloats(Ctor, g.o * (g.c / g.groups) * g.kh * g.kw);
      const out = garbage(new Ctor(g.n * g.o * g.oh * g.ow));
      conv2d(x, w, out, g);
      const { want, scale } = naiveConv(x, w, g);
      assertClose(out, want, scale, tol, `${Ctor.name} ${JSON.stringify(spec)}`);
    }
  });
}

test('conv2d int32 matches the naive direct convolution', () => {
  for (const spec of convSpecs.slice(0, 6)) {
    const g = convGeometry(spec);
    const x = randomInts(g.n * g.c * g.h * g.w, 50);
    const w = randomInts(g.o * (g.c / g.groups) * g.kh * g.kw, 50);
    const out = garbage(new Int32Array(g.n * g.o * g.oh * g.ow));
    conv2d(x, w, out, g);
    const { want } = naiveConv(x, w, g);
    assert.equal(Array.from(out), Array.from(want), JSON.stringify(spec));
  }
});

interface PoolSpec {
  n: number;
  c: number;
  h: number;
  w: number;
  kh: number;
  kw: number;
  stride: [number, number];
  pad: [number, number, number, number];
}

function poolGeometry(s: PoolSpec): Pool2dGeometry {
  const [padTop, padBottom, padLeft, padRight] = s.pad;
  return {
    n: s.n,
    c: s.c,
    h: s.h,
    w: s.w,
    kh: s.kh,
    kw: s.kw,
    oh: Math.floor((s.h + padTop + padBottom - s.kh) / s.stride[0]) + 1,
    ow: Math.floor((s.w + padLeft + padRight - s.kw) / s.stride[1]) + 1,
    strideH: s.stride[0],
    strideW: s.stride[1],
    padTop,
    padLeft,
  };
}

/** Visits every in-bounds input of each window, in order, and reduces with `step`. */
function naivePool(
  x: Buf,
  g: Pool2dGeometry,
  init: number,
  step: (acc: number, v: number) => number,
  finish: (acc: number) => number,
): Float64Array {
  const out = new Float64Array(g.n * g.c * g.oh * g.ow);
  for (let plane = 0; plane < g.n * g.c; plane++) {
    for (let oy = 0; oy < g.oh; oy++) {
      for (let ox = 0; ox < g.ow; ox++) {
        let acc = init;
        for (let ky = 0; ky < g.kh; ky++) {
          for (let kx = 0; kx < g.kw; kx++) {
            const y = oy * g.strideH - g.padTop + ky;
            const xx = ox * g.strideW - g.padLeft + kx;
            if (y >= 0 && y < g.h && xx >= 0 && xx < g.w) acc = step(acc, x[(plane * g.h + y) * g.w + xx]);
          }
        }
        out[(plane * g.oh + oy) * g.ow + ox] = finish(acc);
      }
    }
  }
  return out;
}

const poolSpecs: PoolSpec[] = [
  { n: 1, c: 1, h: 4, w: 4, kh: 2, kw: 2, stride: [2, 2], pad: [0, 0, 0, 0] },
  { n: 2, c: 3, h: 7, w: 9, kh: 3, kw: 3, stride: [2, 2], pad: [1, 1, 1, 1] },
  { n: 1, c: 2, h: 8, w: 5, kh: 3, kw: 2, stride: [1, 2], pad: [1, 2, 0, 1] },
  { n: 2, c: 2, h: 6, w: 6, kh: 3, kw: 3, stride: [1, 1], pad: [1, 1, 1, 1] },
  { n: 1, c: 3, h: 11, w: 10, kh: 4, kw: 3, stride: [3, 2], pad: [2, 3, 1, 2] },
];

for (const Ctor of [Float32Array, Float64Array]) {
  test(`maxPool2d ${Ctor.name} matches naive loops`, () => {
    for (const spec of poolSpecs) {
      const g = poolGeometry(spec);
      const x = randomFloats(Ctor, g.n * g.c * g.h * g.w);
      const out = garbage(new Ctor(g.n * g.c * g.oh * g.ow));
      maxPool2d(x, out, g);
      const want = naivePool(x, g, -Infinity, Math.max, (m) => m);
      assert.equal(Array.from(out), Array.from(want), JSON.stringify(spec));
    }
  });

  test(`avgPool2d ${Ctor.name} matches naive loops`, () => {
    for (const spec of poolSpecs) {
      const g = poolGeometry(spec);
      const x = randomFloats(Ctor, g.n * g.c * g.h * g.w);
      const out = garbage(new Ctor(g.n * g.c * g.oh * g.ow));
      avgPool2d(x, out, g);
      const want = naivePool(
        x,
        g,
        0,
        (s, v) => s + v,
        (s) => s / (g.kh * g.kw),
      );
      const scale = naivePool(
        x,
        g,
        0,
        (s, v) => s + Math.abs(v),
        (s) => s,
      );
      assertClose(out, want, scale, Ctor === Float32Array ? 1e-6 : 1e-15, JSON.stringify(spec));
    }
  });
}

test('maxPool2d propagates NaN from its window only', () => {
  const g = poolGeometry({ n: 1, c: 1, h: 4, w: 4, kh: 2, kw: 2, stride: [2, 2], pad: [0, 0, 0, 0] });
  const x = new Float32Array([1, 2, 3, 4, 5, NaN, 7, 8, 9, 10, -1, -2, 11, 12, -3, NaN]);
  const out = new Float32Array(4);
  maxPool2d(x, out, g);
  assert.equal(Array.from(out), [NaN, 8, 12, NaN]);
  // NaN first or last in the window, after a larger value.
  const y = new Float64Array([NaN, 5, 5, 5, 9, 1, 1, NaN]);
  const gy = poolGeometry({ n: 1, c: 2, h: 2, w: 2, kh: 2, kw: 2, stride: [1, 1], pad: [0, 0, 0, 0] });
  const outY = new Float64Array(2);
  maxPool2d(y, outY, gy);
  assert.equal(Array.from(outY), [NaN, NaN]);
});

test('maxPool2d ignores padding even when every input is negative', () => {
  const g = poolGeometry({ n: 1, c: 1, h: 2, w: 2, kh: 3, kw: 3, stride: [1, 1], pad: [1, 1, 1, 1] });
  const x = new Float64Array([-4, -3, -2, -1]);
  const out = new Float64Array(4);
  maxPool2d(x, out, g);
  assert.equal(Array.from(out), [-1, -1, -1, -1]);
});

test('maxPool2d int32', () => {
  const spec = poolSpecs[1];
  const g = poolGeometry(spec);
  const x = randomInts(g.n * g.c * g.h * g.w, 2 ** 31);
  const out = new Int32Array(g.n * g.c * g.oh * g.ow);
  maxPool2d(x, out, g);
  assert.equal(Array.from(out), Array.from(naivePool(x, g, -Infinity, Math.max, (m) => m)));
});

test.run();
