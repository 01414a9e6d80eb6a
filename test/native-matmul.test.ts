// native/tj_matmul.c: the SIMD128 batched matmul (f32 and f64) against a float64 triple loop, over
// shapes that cross every block boundary, empty shapes, broadcast batches, and non-finite inputs;
// C is pre-filled with NaN to prove it is fully overwritten, and guard words around C and after the
// scratch prove nothing else is written. Skips (saying why) only where emcc is absent.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { toolchain } from '../jit/emcc.js';
import { instantiate, newMemory } from '../runtime/wasm/memory.js';
import { prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';

const tc = toolchain();
const PAGE = 65536;
const HEAP_BASE = 16 << 20; // above the module's static data and stack in a memory of its own

type Fn = (...args: number[]) => number;
interface Native {
  memory: WebAssembly.Memory;
  f32: Fn;
  f64: Fn;
  scratchBytes: Fn;
}

let native: Native | undefined;
function load(): Native {
  if (native) return native;
  // A memory of its own: the module's data and stack sit low in it; the test writes above HEAP_BASE.
  const memory = newMemory(512);
  const ex = instantiate(prebuiltKernelsWasm(), memory).exports;
  native = { memory, f32: ex.tj_matmul_f32, f64: ex.tj_matmul_f64, scratchBytes: ex.tj_matmul_scratch_bytes };
  return native;
}

let seed = 12345;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed / 2 ** 31 - 1;
};

const GUARD = 16; // elements of guard before and after C
const SENTINEL = 12345.5;

interface Case {
  batch: number;
  m: number;
  k: number;
  n: number;
  aStride?: number;
  bStride?: number;
  special?: boolean;
  trans?: number;
}

/** Runs one case in one dtype and checks it; returns nothing, asserts on any mismatch. */
function check(dtype: 'float32' | 'float64', cs: Case, parts = 1) {
  const { memory, f32, f64, scratchBytes } = load();
  const { batch, m, k, n } = cs;
  const aStride = cs.aStride ?? m * k,
    bStride = cs.bStride ?? k * n;
  const trans = cs.trans ?? 0;
  const name = `${dtype} batch=${batch} ${m}x${k}x${n} strides a=${aStride} b=${bStride} trans=${trans} in ${parts} share(s)`;
  const Arr = dtype === 'float32' ? Float32Array : Float64Array;
  const es = Arr.BYTES_PER_ELEMENT;
  const aLen = batch === 0 ? 0 : (batch - 1) * aStride + m * k;
  const bLen = batch === 0 ? 0 : (batch - 1) * bStride + k * n;
  const cLen = batch * m * n;
  const sBytes = scratchBytes(m, k, n);
  assert.ok(sBytes > 0 && sBytes < 3 << 20, `${name}: scratch bytes ${sBytes}`);
  // Layout above HEAP_BASE; the scratch deliberately misaligned by 4 bytes (any alignment is allowed).
  const aOff = HEAP_BASE,
    bOff = aOff + aLen * es + 64,
    cOff = bOff + bLen * es + 64 + GUARD * es;
  const sOff = cOff + (cLen + GUARD) * es + 68,
    end = sOff + sBytes + 64;
  if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / PAGE));
  const buf = memory.buffer;
  const A = new Arr(buf, aOff, aLen),
    B = new Arr(buf, bOff, bLen);
  const Cg = new Arr(buf, cOff - GUARD * es, cLen + 2 * GUARD),
    C = new Arr(buf, cOff, cLen);
  const after = new Uint32Array(buf, sOff + sBytes, 16);
  for (let i = 0; i < aLen; i++) A[i] = rand();
  for (let i = 0; i < bLen; i++) B[i] = rand();
  if (cs.special && aLen > 0 && bLen > 0) {
    A[0] = Infinity;
    A[aLen - 1] = NaN;
    B[bLen >> 1] = -Infinity;
  }
  Cg.fill(SENTINEL);
  C.fill(NaN);
  after.fill(0xdeadbeef);
  const a0 = A.slice(),
    b0 = B.slice();

  for (let part = 0; part < parts; part++)
    (dtype === 'float32' ? f32 : f64)(aOff, bOff, cOff, batch, m, k, n, aStride, bStride, trans, part, parts, sOff);

  for (let i = 0; i < GUARD; i++) {
    assert.is(Cg[i], SENTINEL, `${name}: wrote before C`);
    assert.is(Cg[GUARD + cLen + i], SENTINEL, `${name}: wrote after C`);
  }
  assert.ok(
    after.every((w) => w === 0xdeadbeef),
    `${name}: wrote past the scratch`,
  );
  assert.ok(
    A.every((v, i) => Object.is(v, a0[i])) && B.every((v, i) => Object.is(v, b0[i])),
    `${name}: modified an input`,
  );
  const eps = dtype === 'float32' ? 2 ** -24 : 2 ** -53;
  for (let t = 0; t < batch; t++) {
    const ao = t * aStride,
      bo = t * bStride,
      co = t * m * n;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0,
          mag = 0;
        for (let p = 0; p < k; p++) {
          const x = A[ao + (trans & 1 ? p * m + i : i * k + p)] * B[bo + (trans & 2 ? j * k + p : p * n + j)];
          s += x;
          mag += Math.abs(x);
        }
        const got = C[co + i * n + j];
        const at = `${name}: C[${t}][${i}][${j}] = ${got}, want ${s}`;
        if (!Number.isFinite(s) || !Number.isFinite(mag)) {
          // Non-finite inputs: the same NaN or infinity as the float64 loop.
          if (Number.isNaN(s)) assert.ok(Number.isNaN(got), at);
          else assert.ok(got === s || Number.isNaN(got), at); // an ∞ row might also meet a -∞: then NaN
          continue;
        }
        assert.ok(Math.abs(got - s) <= (k + 2) * eps * mag + 1e-300, at);
      }
    }
  }
}

const nativeTest = (name: string, fn: () => void) =>
  test(name, () => {
    if (!tc.available) {
      console.log(`  skipped (${name}): ${tc.reason}`);
      return;
    }
    fn();
  });

const both = (cases: Case[]) => {
  for (const cs of cases) {
    check('float32', cs);
    check('float64', cs);
  }
};

nativeTest('tiny, odd and empty shapes', () => {
  both([
    { batch: 1, m: 1, k: 1, n: 1 },
    { batch: 1, m: 7, k: 13, n: 5 },
    { batch: 1, m: 65, k: 33, n: 129 },
    { batch: 1, m: 3, k: 1, n: 9 },
    { batch: 1, m: 4, k: 8, n: 8 }, // exactly one micro-tile
    { batch: 1, m: 5, k: 3, n: 1 },
    { batch: 1, m: 1, k: 70, n: 17 },
    // empty: k = 0 gives zeros; m, n or batch = 0 write nothing
    { batch: 1, m: 6, k: 0, n: 7 },
    { batch: 3, m: 2, k: 0, n: 3 },
    { batch: 1, m: 0, k: 5, n: 4 },
    { batch: 1, m: 4, k: 5, n: 0 },
    { batch: 0, m: 4, k: 5, n: 6 },
    { batch: 1, m: 0, k: 0, n: 0 },
  ]);
});

nativeTest('shapes crossing every block boundary (MR, NR, KC, MC, NC)', () => {
  both([
    { batch: 1, m: 129, k: 257, n: 23 }, // f32 MC=128 and KC=256; f64 MC=64 twice
    { batch: 1, m: 9, k: 513, n: 17 }, // three k slices, the last of one
    { batch: 1, m: 6, k: 260, n: 2057 }, // f32 NC=2048 (f64 NC=1024 twice), ragged NR edge
    { batch: 1, m: 131, k: 31, n: 45 },
    { batch: 1, m: 100, k: 100, n: 100 },
  ]);
  check('float64', { batch: 1, m: 3, k: 20, n: 1025 });
  check('float32', { batch: 1, m: 256, k: 256, n: 64 }); // whole blocks only
});

nativeTest('batches: contiguous, broadcast A or B (stride 0), and strided', () => {
  both([
    { batch: 3, m: 5, k: 7, n: 9 },
    { batch: 4, m: 5, k: 7, n: 9, bStride: 0 }, // one B: merged into a single 20-row product
    { batch: 3, m: 33, k: 40, n: 10, bStride: 0 },
    { batch: 3, m: 5, k: 7, n: 9, aStride: 0 },
    { batch: 2, m: 5, k: 7, n: 9, aStride: 0, bStride: 0 },
    { batch: 3, m: 6, k: 4, n: 5, aStride: 30, bStride: 0 }, // gaps between the A's: not merged
    { batch: 2, m: 3, k: 4, n: 10, aStride: 13, bStride: 45 },
    { batch: 2, m: 70, k: 300, n: 12, bStride: 0 },
  ]);
});

nativeTest('split into shares (as threads call it): every share writes its own part, together all of C', () => {
  const cases: Case[] = [
    { batch: 1, m: 33, k: 20, n: 17 },
    { batch: 1, m: 3, k: 5, n: 9 },
    { batch: 3, m: 10, k: 7, n: 9 },
    { batch: 4, m: 5, k: 7, n: 9, bStride: 0 },
    { batch: 2, m: 6, k: 0, n: 5 },
    { batch: 5, m: 4, k: 6, n: 3, aStride: 0 },
  ];
  for (const parts of [2, 3, 7])
    for (const cs of cases) {
      check('float32', cs, parts);
      check('float64', cs, parts);
    }
});

nativeTest(
  'operands stored transposed (trans bits) and matrix-vector products: read in place, the same products',
  () => {
    const cases: Case[] = [
      { batch: 1, m: 7, k: 13, n: 5 },
      { batch: 1, m: 129, k: 257, n: 23 },
      { batch: 1, m: 6, k: 260, n: 2057 },
      { batch: 3, m: 10, k: 7, n: 9 },
      { batch: 4, m: 5, k: 7, n: 9, bStride: 0 },
      { batch: 2, m: 6, k: 0, n: 5 },
      // matrix-vector products (their own path)
      { batch: 1, m: 600, k: 37, n: 1 },
      { batch: 1, m: 1, k: 33, n: 1100 },
      { batch: 3, m: 9, k: 20, n: 1, bStride: 0 },
      { batch: 2, m: 1, k: 5, n: 7 },
    ];
    for (const trans of [0, 1, 2, 3]) {
      for (const cs of cases) {
        check('float32', { ...cs, trans });
        check('float64', { ...cs, trans });
      }
      for (const parts of [2, 3])
        for (const cs of [cases[1], cases[3], cases[6], cases[7], cases[8]]) {
          check('float32', { ...cs, trans }, parts);
          check('float64', { ...cs, trans }, parts);
        }
    }
  },
);

nativeTest('NaN and infinity propagate like the float64 loop', () => {
  both([
    { batch: 1, m: 9, k: 11, n: 10, special: true },
    { batch: 2, m: 5, k: 300, n: 13, special: true },
  ]);
});

nativeTest('scratch size does not depend on m and stays small', () => {
  const { scratchBytes } = load();
  assert.is(scratchBytes(1, 64, 64), scratchBytes(100000, 64, 64));
  assert.ok(scratchBytes(4096, 4096, 4096) < 3 << 20);
  assert.ok(scratchBytes(0, 0, 0) > 0);
});

test.run();
