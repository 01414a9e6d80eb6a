// native/tj_index.c (checkIndex, gather, scatter, scatterAdd, argmax, argmin) and tj_reduce.c's bool max/min against the JS kernels bit for bit, WASM build and host build, whole and in shares, with the flag a bad index leaves.
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
import { gather } from '../runtime/kernels/layout.js';
import { argReduce, reduce } from '../runtime/kernels/reduce.js';
import { scatter } from '../runtime/kernels/scatter.js';
import { instantiate } from '../runtime/wasm/memory.js';
import { prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';
import { seededInputs } from './kernel-inputs.js';

const tc = toolchain();
const nativeDir = fileURLToPath(new URL('../native/', import.meta.url));
const CC = process.env.CC || 'cc';
const ccProbe = spawnSync(CC, ['--version'], { encoding: 'utf8' });
const hasCC = !ccProbe.error && ccProbe.status === 0;
const SENTINEL = 0xa5;
const bytes = (a: TypedArray) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
/** A flag before the call: the int64 maximum as int32 [low, high]. */
const unflagged = () => Int32Array.of(-1, 0x7fffffff);

/** Calls fn(...arrays as pointers, ...ints, part, parts, scratch) of one build; every array is copied in and back, each guarded. */
type Call = (fn: string, arrays: TypedArray[], ints: number[], part: number, parts: number) => void;

function guardedCall(
  memory: () => Uint8Array,
  base: number,
  pointer: (at: number) => unknown,
  grow: (end: number) => void,
) {
  return (invoke: (ptrs: unknown[]) => void, fn: string, arrays: TypedArray[]) => {
    const at: number[] = [];
    let end = base;
    for (const a of arrays) {
      at.push(end);
      end += (a.byteLength + 127) & ~63;
    }
    grow(end);
    const m = memory();
    m.fill(SENTINEL, base, end);
    arrays.forEach((a, i) => m.set(bytes(a), at[i]));
    invoke(at.map(pointer));
    const after = memory();
    arrays.forEach((a, i) => {
      const stop = i + 1 < at.length ? at[i + 1] : end;
      assert.ok(
        after.subarray(at[i] + a.byteLength, stop).every((b) => b === SENTINEL),
        `${fn}: wrote past argument ${i}`,
      );
      bytes(a).set(after.subarray(at[i], at[i] + a.byteLength));
    });
  };
}

let wasm: Call | undefined;
function wasmCall(): Call {
  if (wasm) return wasm;
  const memory = new WebAssembly.Memory({ initial: 1024, maximum: 65536, shared: true });
  const ex = instantiate(prebuiltKernelsWasm(), memory).exports as Record<string, (...a: number[]) => number>;
  const call = guardedCall(
    () => new Uint8Array(memory.buffer),
    16 << 20,
    (at) => at,
    (end) => {
      if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
    },
  );
  return (wasm = (fn, arrays, ints, part, parts) =>
    call((ptrs) => ex[fn](...(ptrs as number[]), ...ints, part, parts, 0), fn, arrays));
}

let host: Call | undefined;
function hostCall(): Call {
  if (host) return host;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-scatter-'));
  const lib = path.join(dir, 'scatter.so');
  execFileSync(CC, [
    ...['-O3', '-march=native', '-ffp-contract=off', '-fno-math-errno', '-fno-trapping-math', '-fPIC', '-shared'],
    ...[
      '-I',
      path.join(nativeDir, 'host'),
      '-I',
      nativeDir,
      path.join(nativeDir, 'tj_index.c'),
      path.join(nativeDir, 'tj_reduce.c'),
      '-o',
      lib,
    ],
  ]);
  const l = koffi.load(lib);
  const heap = new Uint8Array(64 << 20);
  const base = koffi.address(heap) as bigint;
  const fns = new Map<string, (...a: unknown[]) => void>();
  const call = guardedCall(
    () => heap,
    0,
    (at) => base + BigInt(at),
    (end) => assert.ok(end <= heap.length, 'the test heap holds every argument'),
  );
  return (host = (fn, arrays, ints, part, parts) => {
    if (!fns.has(fn)) {
      const ptrs = arrays.map(() => 'uint64_t').join(', ');
      fns.set(fn, l.func(`void ${fn}(${ptrs}, ${ints.map(() => 'int').join(', ')}, int, int, void*)`));
    }
    call((ptrs) => fns.get(fn)!(...ptrs, ...ints, part, parts, null), fn, arrays);
  });
}

const builds: [string, () => Call, boolean][] = [
  ['wasm', wasmCall, tc.available],
  ['host', hostCall, hasCC],
];

/** Runs every share of a kernel call in turn, as threads would (shares never write the same element). */
function inShares(call: Call, fn: string, arrays: TypedArray[], ints: number[], parts: number) {
  for (let part = 0; part < parts; part++) call(fn, arrays, ints, part, parts);
}

const { randArray } = seededInputs(31);
type Mode = 'set' | 'add' | 'or';
const CASES: { mode: Mode; fn: string; make: (n: number) => TypedArray }[] = [
  { mode: 'set', fn: 'tj_scatter_set_32', make: (n) => randArray('float32', n) },
  { mode: 'set', fn: 'tj_scatter_set_64', make: (n) => randArray('float64', n) },
  { mode: 'set', fn: 'tj_scatter_set_8', make: (n) => randArray('bool', n) },
  { mode: 'add', fn: 'tj_scatter_add_f32', make: (n) => randArray('float32', n) },
  { mode: 'add', fn: 'tj_scatter_add_f64', make: (n) => randArray('float64', n) },
  { mode: 'add', fn: 'tj_scatter_add_i32', make: (n) => randArray('int32', n, (r) => Math.round(r * 2 ** 31) | 0) },
  { mode: 'or', fn: 'tj_scatter_or_8', make: (n) => randArray('bool', n) },
];
/** [outer, len, inner] and the indices (repeated, negative). */
const GEOMETRY: [number, number, number, number[]][] = [
  [1, 5, 1, [3, -1, 0, 3, 3, -5]],
  [3, 4, 1, [0, 2, -2, 2]],
  [1, 6, 7, [5, -6, 5, 1]],
  [2, 5, 3, [4, 4, -1, 0, 2, 1, 3]],
  [5, 3, 8, [1, -3, 2]],
  [2, 3, 4, []],
  [0, 3, 2, [1, 2]],
];

for (const [name, build, available] of builds)
  test(`scatter kernels (${name} build): every dtype and mode, in 1 to 3 shares, the JS kernel's bits`, () => {
    if (!available) return console.log(`  skipped (${name} build): no ${name === 'wasm' ? 'emcc' : 'C compiler'}`);
    const call = build();
    for (const { mode, fn, make } of CASES)
      for (const [outer, len, inner, idx] of GEOMETRY) {
        const m = idx.length;
        const x = make(outer * len * inner),
          upd = make(outer * m * inner),
          indices = Int32Array.from(idx);
        const want = make(x.length);
        scatter(mode, x, [outer, len, inner], indices, upd, 1, want);
        for (const parts of [1, 2, 3]) {
          const out = make(x.length).fill(0),
            flag = unflagged();
          inShares(call, fn, [x, indices, upd, out, flag], [outer, len, m, inner], parts);
          const what = `${fn} [${outer}, ${len}, ${inner}] indices [${idx}] in ${parts} shares`;
          assert.equal(Array.from(bytes(out)), Array.from(bytes(want)), what);
          assert.equal(Array.from(flag), Array.from(unflagged()), `${what}: nothing flagged`);
        }
      }
  });

const ELEMENT_BITS = { float32: 32, float64: 64, int32: 32, bool: 8 } as const;
const SUFFIX = { float32: 'f32', float64: 'f64', int32: 'i32', bool: 'bool' } as const;

for (const [name, build, available] of builds)
  test(`gather and argmax/argmin kernels (${name} build): every dtype, in 1 to 3 shares, the JS kernels' results`, () => {
    if (!available) return;
    const call = build();
    for (const dtype of ['float32', 'float64', 'int32', 'bool'] as const)
      for (const [outer, len, inner, idx] of GEOMETRY) {
        const x = randArray(dtype, outer * len * inner);
        // NaNs and ties for argmax/argmin: every fifth element NaN (floats), values repeated.
        if (dtype === 'float32' || dtype === 'float64') for (let i = 3; i < x.length; i += 5) x[i] = i % 2 ? NaN : x[0];
        const indices = Int32Array.from(idx);
        const want = randArray(dtype, outer * idx.length * inner);
        gather(x, [outer, len, inner], indices, 1, want);
        for (const parts of [1, 2, 3]) {
          const what = `${dtype} [${outer}, ${len}, ${inner}] indices [${idx}] in ${parts} shares`;
          const out = randArray(dtype, want.length),
            flag = unflagged();
          inShares(
            call,
            `tj_gather_${ELEMENT_BITS[dtype]}`,
            [x, indices, out, flag],
            [outer, len, idx.length, inner],
            parts,
          );
          assert.equal(Array.from(bytes(out)), Array.from(bytes(want)), `gather ${what}`);
          assert.equal(Array.from(flag), Array.from(unflagged()), `gather ${what}: nothing flagged`);
          if (len === 0) continue;
          for (const kind of ['max', 'min'] as const) {
            const expect = new Int32Array(outer * inner);
            argReduce(kind, x, [outer, len, inner], 1, expect);
            const got = new Int32Array(outer * inner).fill(-7);
            inShares(call, `tj_arg${kind}_${SUFFIX[dtype]}`, [x, got], [outer, len, inner], parts);
            assert.equal(Array.from(got), Array.from(expect), `arg${kind} ${what}`);
          }
        }
      }
  });

for (const [name, build, available] of builds)
  test(`bool max and min (any, all: native/tj_reduce.c) (${name} build): in 1 to 3 shares, the JS kernel's results`, () => {
    if (!available) return;
    const call = build();
    for (const [outer, red, inner] of [
      [1, 9, 1],
      [4, 3, 1],
      [2, 5, 3],
      [3, 1, 7],
      [0, 4, 2],
    ])
      for (const density of [0, 0.3, 1]) {
        const x = Uint8Array.from({ length: outer * red * inner }, (_, i) => +((i * 0.618) % 1 < density));
        for (const kind of ['max', 'min'] as const) {
          const want = new Uint8Array(outer * inner);
          reduce(kind, x, [outer, red, inner], [1], want, true);
          for (const parts of [1, 2, 3]) {
            const got = new Uint8Array(outer * inner).fill(7);
            inShares(call, `tj_reduce_${kind}_bool`, [x, got], [outer, red, inner], parts);
            assert.equal(
              Array.from(got),
              Array.from(want),
              `${kind} [${outer}, ${red}, ${inner}] density ${density}, ${parts} shares`,
            );
          }
        }
      }
  });

for (const [name, build, available] of builds)
  test(`scatter and checkIndex kernels (${name} build): the first index out of range flagged with its value, the rest done (gather too)`, () => {
    if (!available) return;
    const call = build();
    for (const parts of [1, 2, 3]) {
      const x = Float32Array.of(1, 2, 3, 4, 5, 6),
        out = new Float32Array(6),
        flag = unflagged();
      // x as [2, 3, 1]: index 3 (position 1) and -4 (position 3) are out of range; 1 and 0 land.
      inShares(
        call,
        'tj_scatter_add_f32',
        [x, Int32Array.of(1, 3, 0, -4), Float32Array.of(10, 20, 30, 40, 50, 60, 70, 80), out, flag],
        [2, 3, 4, 1],
        parts,
      );
      assert.equal(Array.from(out), [31, 12, 3, 74, 55, 6], `the good indices are added (${parts} shares)`);
      assert.equal(Array.from(flag), [3, 1], `position 1, value 3 (${parts} shares)`);
      const labels = Int32Array.of(0, 2, 9, -1, 1, 12),
        checked = new Int32Array(6),
        f2 = unflagged();
      inShares(call, 'tj_check_index', [labels, checked, f2], [6, 3], parts);
      assert.equal(Array.from(checked), [0, 2, 0, 0, 1, 0], `bad labels become 0 (${parts} shares)`);
      assert.equal(Array.from(f2), [9, 2], `position 2, value 9 (${parts} shares)`);
    }
    for (const parts of [1, 2, 3]) {
      const out = new Float64Array(6).fill(7),
        flag = unflagged();
      // x as [2, 3, 1]: index 5 (position 2) is out of range; its rows are zeros.
      inShares(
        call,
        'tj_gather_64',
        [Float64Array.of(1, 2, 3, 4, 5, 6), Int32Array.of(2, -3, 5), out, flag],
        [2, 3, 3, 1],
        parts,
      );
      assert.equal(Array.from(out), [3, 1, 0, 6, 4, 0], `gather (${parts} shares)`);
      assert.equal(Array.from(flag), [5, 2], `gather: position 2, value 5 (${parts} shares)`);
    }
    // A flag already holding an earlier position (an earlier iteration of a loop) keeps it.
    const flag = Int32Array.of(7, 0);
    call('tj_check_index', [Int32Array.of(0, 5), new Int32Array(2), flag], [2, 3], 0, 1);
    assert.equal(Array.from(flag), [7, 0]);
  });

test.run();
