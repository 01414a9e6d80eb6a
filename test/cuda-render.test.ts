// The CUDA dialect's kernels (jit/render/c-cuda.ts) for every elementwise primitive and dtype, over contiguous, broadcast and one-element operands and in fused chains: compiled to PTX (nvcc, else clang), and run on the CPU through the host test double (native/cuda/host/tj_cuda_host.h) against the eager JS kernels.
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import koffi from 'koffi';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { GraphBuilder, topoOrder, type Graph, type Node } from '../jit/graph.js';
import { CudaCRenderer, loopLaunch } from '../jit/render/c-cuda.js';
import { schedule } from '../jit/schedule.js';
import { DTYPE_BYTES, DTYPES, type DType, type TypedArray } from '../runtime/dtype.js';
import {
  BINARY,
  primitiveNames,
  primitives,
  type Arr,
  type Aval,
  type ElementwiseRule,
  type Prim,
} from '../runtime/primitives/index.js';
import { sizeOf } from '../runtime/shape.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const HOST_HEADER = path.join(root, 'native/cuda/host/tj_cuda_host.h');

const VALUES: Record<DType, number[]> = {
  float32: [0, -0, 0.5, -0.5, 1, -1, -1.5, 2.5, 3, -7.25, 100, -100, 1e-3, 1e30, -1e30, NaN, Infinity, -Infinity],
  float64: [0, -0, 0.5, -0.5, 1, -1, -1.5, 2.5, 3, -7.25, 100, -100, 1e-3, 1e300, -1e300, NaN, Infinity, -Infinity],
  int32: [0, 1, -1, 2, -3, 7, 100, -100, 2147483647, -2147483648, 65536, 46341],
  bool: [0, 1],
};

/** As test/scalar-c.test.ts compares the C tiers: libm (here, the host's; on a GPU, CUDA's, within 2 ulp) and V8 may differ by an ulp or two. */
function close(got: number, want: number, dtype: DType): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (got === want) return true;
  if (dtype !== 'float32' && dtype !== 'float64') return false;
  const tol = dtype === 'float32' ? 4e-7 : 1e-15;
  return Math.abs(got - want) <= tol * Math.max(Math.abs(want), 1e-300) * 4;
}

// ---------------------------------------------------------------------------------------------
// the graph: one output per case, every case its own inputs

const b = new GraphBuilder();
const data = new Map<Node, number[]>();
const outputs: Node[] = [];
const labels = new Map<Node, string>();
/** Outputs that only compile (too big to run). */
const compileOnly = new Set<Node>();

function input(dtype: DType, shape: number[], values?: number[]): Node {
  const n = b.input({ shape, dtype }, `in${data.size}`);
  if (values) data.set(n, values);
  return n;
}
function apply(op: Prim, ins: Node[], params: Record<string, unknown> = {}): Node {
  const rule = primitives[op] as ElementwiseRule<Prim>;
  return b.node(op, ins, params, rule.infer(ins.map((i) => i.aval) as Arr[], params as never));
}
function output(label: string, n: Node) {
  outputs.push(n);
  labels.set(n, label);
}
/** n values cycling through the dtype's table from `seed`, stepping by 5 so neighbours differ. */
const cycle = (dtype: DType, n: number, seed: number) =>
  Array.from({ length: n }, (_, i) => VALUES[dtype][(seed + i * 5) % VALUES[dtype].length]);
const alternate = (n: number) => Array.from({ length: n }, (_, i) => i % 2);

/** Every elementwise primitive and dtype: contiguous, broadcast (binary and where), and with one-element operands. */
for (const prim of primitiveNames) {
  const rule = primitives[prim] as ElementwiseRule<Prim>;
  if (rule.kind !== 'elementwise') continue;
  const arity = prim === 'where' ? 3 : (BINARY as readonly string[]).includes(prim) ? 2 : 1;
  const paramSets: Record<string, unknown>[] = prim === 'cast' ? DTYPES.map((dtype) => ({ dtype })) : [{}];
  for (const dtype of DTYPES) {
    for (const params of paramSets) {
      const dt = (i: number) => (prim === 'where' && i === 0 ? 'bool' : dtype);
      try {
        rule.infer(
          Array.from({ length: arity }, (_, i) => ({ shape: [1], dtype: dt(i) })),
          params as never,
        );
      } catch {
        continue; // a dtype this primitive does not take
      }
      const v = VALUES[dtype],
        V = v.length;
      const label = `${prim}(${dtype}${'dtype' in params ? ` -> ${params.dtype as string}` : ''})`;
      if (arity === 1) {
        output(label, apply(prim, [input(dtype, [V], v)], params));
        continue;
      }
      // All pairs: contiguous, then a column against a row (strided), then a column against one element.
      const pairs = [v.flatMap((x) => v.map(() => x)), v.flatMap(() => v)];
      const cond = alternate(V * V);
      const full = arity === 2 ? pairs : [cond, ...pairs];
      output(
        label,
        apply(
          prim,
          full.map((c, i) => input(dt(i), [c.length], c)),
          params,
        ),
      );
      const bcast =
        arity === 2
          ? [input(dtype, [V, 1], v), input(dtype, [1, V], v)]
          : [input('bool', [1, V], alternate(V)), input(dtype, [V, 1], v), input(dtype, [1, V], v)];
      output(`${label} broadcast`, apply(prim, bcast, params));
      const one = full.map((c, i) => (i === 0 ? input(dt(i), [c.length], c) : input(dt(i), [], [v[(6 + i) % V]])));
      output(`${label} one-element`, apply(prim, one, params));
    }
  }
}

/** Fused chains of several ops: one loop each, over contiguous, broadcast and one-element leaves. */
for (const f of ['float32', 'float64'] as const) {
  const x = input(f, [6, 8], cycle(f, 48, 0));
  const row = input(f, [8], cycle(f, 8, 3));
  const col = input(f, [6, 1], cycle(f, 6, 7));
  const z = input(f, [6, 8], cycle(f, 48, 11));
  const s = input(f, [], [-1.5]);
  output(`${f} tanh(x*row + s)`, apply('tanh', [apply('add', [apply('mul', [x, row]), s])]));
  output(
    `${f} sigmoid(exp(x) * log1p(|z|))`,
    apply('sigmoid', [apply('mul', [apply('exp', [x]), apply('log1p', [apply('abs', [z])])])]),
  );
  output(
    `${f} where(x > z, sqrt|x|, -z)`,
    apply('where', [apply('greater', [x, z]), apply('sqrt', [apply('abs', [x])]), apply('neg', [z])]),
  );
  output(`${f} int32(mod(x, col))`, apply('cast', [apply('mod', [x, col])], { dtype: 'int32' }));
  output(`${f} max(min(x, s), -s)`, apply('maximum', [apply('minimum', [x, s]), apply('neg', [s])]));
  output(
    `${f} bool(x) | (row < s) as ${f}`,
    apply('cast', [apply('logicalOr', [apply('cast', [x], { dtype: 'bool' }), apply('less', [row, s])])], {
      dtype: f,
    }),
  );
}
{
  const a = input('int32', [4, 12], cycle('int32', 48, 0));
  const row = input('int32', [12], cycle('int32', 12, 4));
  const k = input('int32', [], [7]);
  output('int32 mod(a*row + k, row)', apply('mod', [apply('add', [apply('mul', [a, row]), k]), row]));
  output(
    'int32 float64(pow(a, k)) / 3',
    apply('div', [apply('cast', [apply('pow', [a, k])], { dtype: 'float64' }), input('float64', [], [3])]),
  );
  output(
    'int32 where(a < row, -a, |row|)',
    apply('where', [apply('less', [a, row]), apply('neg', [a]), apply('abs', [row])]),
  );
  const p = input('bool', [4, 1], [0, 1, 1, 0]),
    q = input('bool', [12], alternate(12));
  output('bool !(p & q) | p', apply('logicalOr', [apply('logicalNot', [apply('logicalAnd', [p, q])]), p]));
  output(
    'bool float32(p) + float32(q)',
    apply('add', [apply('cast', [p], { dtype: 'float32' }), apply('cast', [q], { dtype: 'float32' })]),
  );
}
/** 2^31 elements: 64-bit indices (compiled, not run). */
for (const shapes of [
  [
    [1 << 16, 1 << 15],
    [1 << 16, 1 << 15],
  ],
  [
    [1 << 16, 1],
    [1, 1 << 15],
  ],
]) {
  const sum = apply(
    'add',
    shapes.map((sh) => input('float64', sh)),
  );
  const big = apply('mul', [sum, input('float64', [])]);
  compileOnly.add(big);
  output(`2^31 elements ${JSON.stringify(shapes)}`, big);
}

const graph: Graph = { name: 'cuda_render', inputs: [...data.keys()], outputs, updates: [] };

// ---------------------------------------------------------------------------------------------
// eager results

function evaluate(g: Graph): Map<Node, TypedArray> {
  const values = new Map<Node, TypedArray>();
  const arr = (n: Node): Arr => ({ ...n.aval, buf: values.get(n)! });
  for (const n of topoOrder(g)) {
    if (n.op === 'input') {
      const v = data.get(n);
      if (v) values.set(n, typed(n.aval, v));
      continue;
    }
    if (n.inputs.some((i) => !values.has(i))) continue;
    const rule = primitives[n.op as Prim] as ElementwiseRule<Prim>;
    values.set(n, rule.impl(n.inputs.map(arr), n.params as never, n.aval) as TypedArray);
  }
  return values;
}
const ARRAY = { float32: Float32Array, float64: Float64Array, int32: Int32Array, bool: Uint8Array };
const typed = (aval: Aval, v: number[]): TypedArray => ARRAY[aval.dtype].from(v);

// ---------------------------------------------------------------------------------------------
// compilers

function run(cmd: string, args: string[]): Promise<{ ok: boolean; stderr: string }> {
  return new Promise((resolve) =>
    execFile(cmd, args, { maxBuffer: 64 << 20 }, (err, _out, stderr) =>
      resolve({ ok: !err, stderr: `${stderr}${err && !stderr ? err.message : ''}` }),
    ),
  );
}
const works = (cmd: string) => spawnSync(cmd, ['--version']).status === 0;
const NVCC = ['/usr/local/cuda/bin/nvcc', 'nvcc'].find((c) => (c.includes('/') ? fs.existsSync(c) : works(c)));
const CLANG = ['clang-14', 'clang'].find(works);
const GXX = ['g++', 'c++'].find(works);

/** What clang's CUDA wrapper would declare, for a device-only compile without a CUDA installation. */
const CLANG_SHIM = `#define __host__ __attribute__((host))
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __forceinline__ __inline__ __attribute__((always_inline))
#define CUDA_VERSION 11050
#define INT_MAX 2147483647
#define INT_MIN (-INT_MAX - 1)
#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
typedef __SIZE_TYPE__ size_t;
#include <__clang_cuda_builtin_vars.h>
#include <__clang_cuda_libdevice_declares.h>
#include <__clang_cuda_device_functions.h>
#include <__clang_cuda_math.h>
__device__ inline bool isfinite(double x) { return __finite(x); }
__device__ inline bool isfinite(float x) { return __finitef(x); }
`;

/** The source to PTX: nvcc, else clang's device-only CUDA compile; undefined where neither exists. */
function toPtx(dir: string, cu: string): Promise<{ ok: boolean; stderr: string; ptx: string }> | undefined {
  const ptx = path.join(dir, 'kernels.ptx');
  const done = (r: { ok: boolean; stderr: string }) => ({
    ...r,
    ptx: r.ok ? fs.readFileSync(ptx, 'utf8') : '',
  });
  if (NVCC) return run(NVCC, ['-ptx', '-arch=sm_80', '-x', 'cu', cu, '-o', ptx]).then(done);
  if (!CLANG) return undefined;
  const shim = path.join(dir, 'clang-cuda-shim.h');
  fs.writeFileSync(shim, CLANG_SHIM);
  const args = ['-x', 'cuda', '--cuda-device-only', '-nocudainc', '-nocudalib', '--cuda-gpu-arch=sm_70'];
  return run(CLANG, [...args, '-Wno-unknown-cuda-version', '-include', shim, '-S', '-o', ptx, cu]).then(done);
}

// ---------------------------------------------------------------------------------------------

const renderer = new CudaCRenderer();
const { loops } = schedule(graph);
const source = renderer.render(loops);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cuda-render-'));
const cu = path.join(tmp, 'kernels.cu');
fs.writeFileSync(cu, source);
const ptxBuild = toPtx(tmp, cu);
const so = path.join(tmp, 'kernels.so');
const hostBuild =
  GXX && fs.existsSync(HOST_HEADER)
    ? run(GXX, ['-std=c++17', '-O1', '-shared', '-fPIC', '-include', HOST_HEADER, '-x', 'c++', cu, '-o', so])
    : undefined;
let lib: koffi.IKoffiLib | undefined;
test.after(() => {
  lib?.unload();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const loopOf = (n: Node) => loops.find((l) => l.root === n);

test('one kernel per case, in the CUDA conventions', () => {
  // Intermediates smaller than their consumer's loop (a broadcast operand) run as loops of their own.
  for (const n of outputs) assert.ok(loopOf(n), labels.get(n));
  assert.ok(source.includes('extern "C" __global__ void k'), 'kernels are extern "C" __global__');
  assert.ok(/const float\* __restrict__ x0/.test(source), 'pointers are __restrict__');
  // (tj_scalar.h includes math.h and stdint.h only where NVRTC is not the compiler.)
  const forNvrtc = source.replace(/#ifndef __CUDACC_RTC__[\s\S]*?#endif/g, '');
  assert.not.ok(
    /\brestrict\b|\bpart\b|scratch|#include/.test(forNvrtc),
    'no C99 restrict, share parameters or includes',
  );
  assert.ok(source.includes('blockIdx.x * blockDim.x + threadIdx.x'), 'grid-stride loops');
  assert.ok(source.includes('tj_float4 r;'), 'float32 loops of four-element groups move 16 bytes at a time');
  assert.ok(/x\d\[0\]/.test(source) && / % \d+;/.test(source), 'one-element and broadcast leaves');
  assert.ok(source.includes('expf(') && !source.includes('tj_expf_s'), "CUDA's own device math");
  assert.ok(source.includes('for (long long i = (long long)blockIdx.x'), '64-bit indices from 2^31 elements');
  assert.ok(source.includes('for (long long o = (long long)blockIdx.x'), '64-bit indices from 2^31 elements');
  const hostList = source.slice(source.lastIndexOf('#ifdef TJ_CUDA_HOST'));
  assert.is(hostList, `#ifdef TJ_CUDA_HOST\n${loops.map((l) => `TJ_HOST_KERNEL(${l.fn})\n`).join('')}#endif\n`);
  assert.equal(loopLaunch(0, 132), { grid: 1, block: 256 });
  assert.equal(loopLaunch(1000, 132), { grid: 4, block: 256 });
  assert.equal(loopLaunch(1 << 30, 132), { grid: 132 * 16, block: 256 });
});

test('the whole source compiles to PTX', async () => {
  if (!ptxBuild) {
    console.log('  skipped: neither nvcc (/usr/local/cuda/bin/nvcc or on PATH) nor clang-14/clang is installed');
    return;
  }
  const r = await ptxBuild;
  assert.ok(r.ok, `${NVCC ?? CLANG} failed:\n${r.stderr}`);
  for (const l of loops) assert.ok(new RegExp(`\\.entry ${l.fn}\\(`).test(r.ptx), `${l.fn} in the PTX`);
});

test('every kernel, run on the CPU by the host test double, matches the eager JS kernels', async () => {
  if (!GXX) {
    console.log('  skipped: no g++ or c++ on PATH');
    return;
  }
  assert.ok(hostBuild, `${HOST_HEADER} is missing`);
  const r = await hostBuild!;
  assert.ok(r.ok, `${GXX} failed:\n${r.stderr}`);
  lib = koffi.load(so);
  const expected = evaluate(graph);

  // Device memory: one arena (off the V8 heap, so it never moves), each buffer on a 64-byte line.
  const run = loops.filter((l) => !compileOnly.has(l.root));
  const bytes = (a: Aval) => (Math.max(sizeOf(a.shape), 1) * DTYPE_BYTES[a.dtype] + 63) & ~63;
  const total = run.reduce((t, l) => t + [l.root, ...l.leaves].reduce((s, n) => s + bytes(n.aval), 0) + 64, 0);
  const arena = new ArrayBuffer(total);
  let at = 0;
  const place = (a: Aval): TypedArray => {
    const view = new ARRAY[a.dtype](arena, at, sizeOf(a.shape));
    at += bytes(a);
    return view;
  };
  const base = koffi.address(new Uint8Array(arena)) as bigint;
  const failures: string[] = [];
  for (const l of run) {
    const args = [l.root, ...l.leaves].map((n) => {
      const view = place(n.aval);
      if (n === l.root) new Uint8Array(view.buffer, view.byteOffset, view.byteLength).fill(0xa5);
      else view.set(expected.get(n)!);
      return view;
    });
    const slots = new BigUint64Array(arena, at, args.length);
    const params = new BigUint64Array(arena, at + 8 * args.length, args.length);
    at += 64;
    args.forEach((a, i) => (slots[i] = base + BigInt(a.byteOffset)));
    args.forEach((_, i) => (params[i] = base + BigInt(slots.byteOffset + 8 * i)));
    const launch = lib.func(
      `int tj_host_launch_${l.fn}(uint32_t gx, uint32_t gy, uint32_t gz, uint32_t bx, uint32_t by, uint32_t bz, uint32_t shared, void* params)`,
    );
    // Three blocks of 64 threads: the grid-stride loop runs several rounds over the larger cases.
    assert.is(launch(3, 1, 1, 64, 1, 1, 0, params), 0, `${l.fn} launched`);
    const want = expected.get(l.root)!,
      got = args[0];
    const dtype = l.root.aval.dtype;
    for (let i = 0; i < want.length; i++) {
      if (!close(Number(got[i]), Number(want[i]), dtype)) {
        failures.push(
          `${labels.get(l.root) ?? l.root.op} (${l.fn}) at ${i}: CUDA gives ${got[i]}, JS gives ${want[i]}`,
        );
        break;
      }
    }
  }
  assert.equal(failures, []);
});

test.run();
