// native/cuda/tj_cuda_kernels.cu: compiles to PTX (nvcc, else clang), and, built as host C++ through native/cuda/host/tj_cuda_host.h, runs the ops jit/backends/cuda/launches.ts makes of prebuilt steps against the JS kernels and eager ops.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import koffi from 'koffi';
import { suite, test } from 'uvu';
import * as assert from 'uvu/assert';
import { cudaOps, gemmAsLaunch, type CudaArg, type CudaOp } from '../jit/backends/cuda/launches.js';
import { generateCuda } from '../jit/backends/cuda/compile.js';
import { prebuiltStep } from '../jit/backends/wasm/prebuilt-steps.js';
import { Node } from '../jit/graph.js';
import { FLAG, flaggedError, flatSteps, type PrebuiltStep } from '../jit/schedule.js';
import { trace } from '../jit/tracer.js';
import type { DType, TypedArray } from '../runtime/dtype.js';
import * as convK from '../runtime/kernels/conv.js';
import { argReduce, reduce, type ReduceKind } from '../runtime/kernels/reduce.js';
import { argsort, cumulative } from '../runtime/kernels/scan-sort.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { useCudaTarget } from './cuda-target.js';
import type { ConvCase } from './conv-cases.js';
import { KERNEL_ARRAYS, seededInputs, type KernelDtype, type ReduceSpecial } from './kernel-inputs.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SOURCE = path.join(ROOT, 'native/cuda/tj_cuda_kernels.cu');
const HOST_HEADER = path.join(ROOT, 'native/cuda/host/tj_cuda_host.h');
const source = fs.readFileSync(SOURCE, 'utf8');
/** The kernels the source lists for host builds (every kernel it has). */
const KERNELS = [...source.matchAll(/^TJ_HOST_KERNEL(?:_SYNC)?\((\w+)\)/gm)].map((m) => m[1]);
const hash = (s: string) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 16);
const run = (cmd: string, args: string[]) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const has = (cmd: string) => {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

test('the kernels compile to PTX, every kernel listed for host builds', () => {
  const nvcc = '/usr/local/cuda/bin/nvcc';
  const clang = ['clang-14', 'clang'].find(has);
  const compiler = fs.existsSync(nvcc) ? nvcc : clang;
  if (!compiler) {
    console.log('  skipped (PTX): neither /usr/local/cuda/bin/nvcc nor clang is here');
    return;
  }
  const marker = path.join(os.tmpdir(), `tj-cuda-ptx-${hash(source + compiler)}.ok`);
  let ptx: string;
  if (fs.existsSync(marker)) ptx = fs.readFileSync(marker, 'utf8');
  else {
    const out = path.join(os.tmpdir(), `tj-cuda-${process.pid}.ptx`);
    if (compiler === nvcc) run(nvcc, ['-ptx', '-arch=sm_80', '-o', out, SOURCE]);
    else
      run(compiler, [
        '-O3', // unoptimized, clang's PTX keeps every variable in local memory
        '-x',
        'cuda',
        '--cuda-device-only',
        '-nocudainc',
        '-nocudalib',
        '-S',
        '-o',
        out,
        '--cuda-gpu-arch=sm_70',
        SOURCE,
      ]);
    ptx = fs.readFileSync(out, 'utf8');
    fs.rmSync(out);
    fs.writeFileSync(marker, ptx);
  }
  const entries = [...ptx.matchAll(/\.entry\s+(\w+)/g)].map((m) => m[1]).sort();
  assert.equal(entries, [...KERNELS].sort(), 'the PTX entries are the kernels listed under TJ_CUDA_HOST');
  assert.ok(!/\.local/.test(ptx), 'no kernel spills to local memory');
});

// ---------------------------------------------------------------------------------------------
// The host build and an executor of CudaOps on host memory.

type Launch = (
  gx: number,
  gy: number,
  gz: number,
  bx: number,
  by: number,
  bz: number,
  shared: number,
  params: Buffer,
) => number;
let host: Record<string, Launch> | undefined | null;

function hostKernels(): Record<string, Launch> | null {
  if (host !== undefined) return host;
  if (!fs.existsSync(HOST_HEADER) || !has('g++')) {
    console.log('  skipped (host build): no g++ or no native/cuda/host/tj_cuda_host.h');
    return (host = null);
  }
  const lib = path.join(os.tmpdir(), `tj-cuda-host-${hash(source + fs.readFileSync(HOST_HEADER, 'utf8'))}.so`);
  if (!fs.existsSync(lib)) {
    const tmp = `${lib}.${process.pid}`;
    run('g++', ['-std=c++17', '-O1', '-shared', '-fPIC', '-include', HOST_HEADER, '-x', 'c++', SOURCE, '-o', tmp]);
    fs.renameSync(tmp, lib);
  }
  const l = koffi.load(lib);
  host = {};
  for (const k of KERNELS)
    host[k] = l.func(
      `int tj_host_launch_${k}(uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, uint32_t, void *)`,
    ) as Launch;
  return host;
}

type DT = KernelDtype;
const GUARD = 64;

/**
 * Runs step s on host memory: each buffer (inputs given, the output and bias by id) in one arena
 * Buffer with guard bytes after it, the scratch after them; returns the output buffer's elements.
 */
function execute(
  step: PrebuiltStep | PrebuiltStep[],
  inputs: Map<number, TypedArray>,
  out: { len: number; dtype: DT },
  maxConvScratch?: number,
): TypedArray {
  // A node's steps (a concat has one per input) write one output, in order.
  const steps = Array.isArray(step) ? step : [step];
  const s = steps[0];
  const kernels = hostKernels()!;
  const layout = new Map<number, { at: number; bytes: number }>();
  let end = 0;
  const place = (id: number, bytes: number) => {
    if (layout.has(id)) return;
    layout.set(id, { at: end, bytes });
    end = Math.ceil((end + bytes + GUARD) / 256) * 256;
  };
  for (const [id, a] of inputs) place(id, a.byteLength);
  place(s.out, out.len * KERNEL_ARRAYS[out.dtype].BYTES_PER_ELEMENT);
  const bufferBytes = (id: number) => layout.get(id)!.bytes;
  const expanded = steps.map((t) => cudaOps(t, bufferBytes, 2, maxConvScratch));
  const ops = expanded.flatMap((e) => e.ops);
  const scratchBytes = Math.max(0, ...expanded.map((e) => e.scratchBytes));
  const scratchAt = end;
  // A checking kernel's flag (as the loader keeps it) after the scratch, its own guard after it.
  const flagAt = Math.ceil((scratchAt + scratchBytes + GUARD) / 256) * 256;
  const arena = Buffer.alloc(flagAt + FLAG.bytes + GUARD, 0xa5);
  FLAG.unflagged.forEach((w, i) => arena.writeInt32LE(w, flagAt + 4 * i));
  const base = koffi.address(arena) as bigint;
  for (const [id, a] of inputs)
    new Uint8Array(arena.buffer, arena.byteOffset + layout.get(id)!.at, a.byteLength).set(
      new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
    );
  const address = (arg: CudaArg): bigint => {
    if ('buffer' in arg) return base + BigInt(layout.get(arg.buffer)!.at + (arg.offset ?? 0));
    if ('scratch' in arg) return base + BigInt(scratchAt + arg.scratch);
    if ('flag' in arg) return base + BigInt(flagAt);
    throw new Error(`not an address: ${JSON.stringify(arg)}`);
  };
  for (const op0 of ops) {
    const op = op0.kind === 'gemm' ? gemmAsLaunch(op0) : op0;
    const slots = Buffer.alloc(8 * op.args.length),
      params = Buffer.alloc(8 * op.args.length);
    const slotsAt = koffi.address(slots) as bigint;
    op.args.forEach((arg, i) => {
      if ('int' in arg) {
        assert.ok(
          Number.isInteger(arg.int) && arg.int >= -(2 ** 31) && arg.int < 2 ** 31,
          `${op.kernel}: int ${arg.int}`,
        );
        slots.writeInt32LE(arg.int, 8 * i);
      } else if ('f32' in arg) slots.writeFloatLE(arg.f32, 8 * i);
      else if ('f64' in arg) slots.writeDoubleLE(arg.f64, 8 * i);
      else slots.writeBigUInt64LE(address(arg), 8 * i);
      params.writeBigUInt64LE(slotsAt + BigInt(8 * i), 8 * i);
    });
    assert.ok(kernels[op.kernel], `${op.kernel} is a kernel of the source`);
    const rc = kernels[op.kernel](...op.grid, ...op.block, 0, params);
    assert.is(rc, 0, `${s.fn}: ${op.kernel} launch failed`);
    const error =
      op.check && flaggedError(op.check.message, [arena.readInt32LE(flagAt), arena.readInt32LE(flagAt + 4)]);
    if (error) throw error;
  }
  // Nothing beyond any buffer or the scratch was written; the inputs are unchanged.
  for (const { at, bytes } of layout.values())
    assert.ok(
      arena.subarray(at + bytes, at + bytes + GUARD).every((b) => b === 0xa5),
      `${s.fn}: wrote past a buffer`,
    );
  assert.ok(
    arena.subarray(scratchAt + scratchBytes, flagAt).every((b) => b === 0xa5) &&
      arena.subarray(flagAt + FLAG.bytes).every((b) => b === 0xa5),
    `${s.fn}: wrote past the scratch or the flag`,
  );
  for (const [id, a] of inputs)
    assert.ok(
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
        arena.subarray(layout.get(id)!.at, layout.get(id)!.at + a.byteLength),
      ),
      `${s.fn}: modified input ${id}`,
    );
  const o = layout.get(s.out)!;
  const A = KERNEL_ARRAYS[out.dtype];
  return new A(arena.buffer.slice(arena.byteOffset + o.at, arena.byteOffset + o.at + out.len * A.BYTES_PER_ELEMENT));
}

const hostTest = (name: string, fn: () => void) =>
  test(name, () => {
    if (!hostKernels()) return;
    fn();
  });

const { rand, randArray, reduceInput } = seededInputs(77);
const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

let nextId = 1;
const input = (shape: number[], dtype: DType) => new Node(nextId++, 'input', [], {}, { shape, dtype });
const node = (op: string, inputs: Node[], params: Record<string, unknown>, shape: number[], dtype: DType) =>
  new Node(nextId++, op as 'input', inputs, params, { shape, dtype });
/** Buffers of a step's own (the arena tiers' flags): ids above every node's. */
let nextFresh = 1 << 20;
const fresh = () => nextFresh++;
const stepOf = (n: Node): PrebuiltStep => {
  const s = prebuiltStep(n, n.id, (x) => x.id, fresh);
  assert.ok(s && !Array.isArray(s), `${n.op} has one prebuilt step`);
  return s as PrebuiltStep;
};

function same(got: TypedArray, want: TypedArray, what: string) {
  assert.is(got.length, want.length, `${what}: length`);
  for (let i = 0; i < want.length; i++)
    assert.ok(Object.is(got[i], want[i]), `${what}: element ${i}: ${got[i]} vs ${want[i]}`);
}
function close(got: TypedArray, want: TypedArray, mag: Float64Array, terms: number, dtype: DT, what: string) {
  const eps = dtype === 'float32' ? 2 ** -24 : 2 ** -53;
  assert.is(got.length, want.length, `${what}: length`);
  for (let i = 0; i < want.length; i++) {
    const at = `${what}: element ${i}: ${got[i]} vs ${want[i]}`;
    if (!Number.isFinite(want[i]) || !Number.isFinite(got[i])) assert.ok(Object.is(got[i], want[i]), at);
    else assert.ok(Math.abs(got[i] - want[i]) <= 2 * (terms + 2) * eps * mag[i] + 1e-300, at);
  }
}

// ---------------------------------------------------------------------------------------------
// windows: traced single ops against eager

/** Runs fn(x)'s one node (traced) through its window step and compares with eager, exactly. */
function checkWindow(fn: (t: Tensor) => Tensor, x: Tensor, what: string) {
  const { graph } = trace('f', fn, undefined, [x], () => false);
  const out = graph.outputs[0];
  const s = stepOf(out);
  assert.match(s.fn, /^tj_window_/, what);
  const want = fn(x);
  const got = execute(s, new Map([[graph.inputs[0].id, x.data() as TypedArray]]), {
    len: want.size,
    dtype: want.dtype as DT,
  });
  same(got, want.data() as TypedArray, `${what} ${x.dtype}`);
}

hostTest('windows: transpose, slice with steps, broadcastTo and pad with fills, every element size', () => {
  tj.seed(9);
  const base = tj.randn([4, 5, 7]);
  const cases: [Tensor, number][] = [
    [base, NaN],
    [tj.astype(base, 'float64'), -Infinity],
    [tj.astype(tj.mul(base, 100), 'int32'), -7],
    [tj.greater(base, 0), 1],
  ];
  for (const [x, fill] of cases) {
    checkWindow((t) => tj.transpose(t), x, 'transpose');
    checkWindow((t) => tj.transpose(t, [1, 0, 2]), x, 'transpose [1, 0, 2]');
    checkWindow((t) => tj.transpose(t, [0, 2, 1]), x, 'transpose [0, 2, 1]');
    checkWindow((t) => tj.slice(t, [1, 0, 1], [3, 5, 6], [1, 2, 2]), x, 'slice with steps');
    checkWindow((t) => tj.slice(t, [-1, -1, -2], [-4, -6, -7], [-1, -2, -3]), x, 'slice with negative steps');
    checkWindow((t) => tj.broadcastTo(t, [2, 4, 5, 7]), x, 'broadcastTo a new axis');
    checkWindow((t) => tj.broadcastTo(t, [3, 4, 5, 7]), tj.slice(x, [0, 0, 0], [1, 5, 7]), 'broadcastTo size-1 axes');
    const pads: [number, number][][] = [
      [
        [1, 2],
        [0, 0],
        [3, 1],
      ],
      [
        [0, 0],
        [2, 2],
        [0, 0],
      ],
    ];
    for (const p of pads) checkWindow((t) => tj.pad(t, p, fill), x, `pad ${JSON.stringify(p)} with ${fill}`);
  }
  checkWindow(
    (t) =>
      tj.pad(
        t,
        [
          [1, 1],
          [1, 1],
        ],
        -0,
      ),
    tj.tensor([
      [1, 2],
      [3, 4],
    ]),
    'pad with -0',
  );
});

// ---------------------------------------------------------------------------------------------
// reductions: the block kernel (long runs) and the column kernel (inner >= 32 or short runs)

const KIND_OP = { sum: 'reduceSum', prod: 'reduceProd', max: 'reduceMax', min: 'reduceMin' } as const;

function checkReduce(
  kind: ReduceKind,
  dtype: 'float32' | 'float64' | 'int32',
  shape: number[],
  axes: number[],
  special: ReduceSpecial = 'none',
) {
  const what = `reduce ${kind} ${dtype} [${shape}] over [${axes}] ${special}`;
  const len = sizeOf(shape);
  const x = reduceInput(kind, dtype, len, special);
  const outShape = shape.filter((_, d) => !axes.includes(d));
  const xn = input(shape, dtype);
  const s = stepOf(node(KIND_OP[kind], [xn], { axes }, outShape, dtype));
  const got = execute(s, new Map([[xn.id, x]]), { len: sizeOf(outShape), dtype });
  const want = new KERNEL_ARRAYS[dtype](sizeOf(outShape)),
    mag = new Float64Array(want.length);
  reduce(kind, x, shape, axes, want, dtype === 'int32');
  reduce('sum', Float64Array.from(x, Math.abs), shape, axes, mag, false);
  const red = s.ints[1];
  const kernel = (cudaOps(s, () => Infinity, 2).ops[0] as { kernel?: string } | undefined)?.kernel ?? '';
  const block = !kernel.includes('_cols_'); // the tree sums in another order
  if (block && (kind === 'sum' || kind === 'prod') && dtype !== 'int32') {
    const eps = dtype === 'float32' ? 2 ** -23 : 2 ** -52;
    for (let i = 0; i < want.length; i++) {
      const at = `${what}: out[${i}] = ${got[i]}, JS kernel ${want[i]}`;
      if (!Number.isFinite(want[i]))
        assert.ok(Object.is(got[i], want[i]) || (Number.isNaN(got[i]) && Number.isNaN(want[i])), at);
      else
        assert.ok(
          Math.abs(got[i] - want[i]) <=
            red * eps * (kind === 'sum' ? mag[i] : Math.abs(want[i])) + eps * Math.abs(want[i]),
          at,
        );
    }
  } else
    for (let i = 0; i < want.length; i++)
      assert.ok(
        Object.is(got[i], want[i]) || (Number.isNaN(got[i]) && Number.isNaN(want[i])),
        `${what}: out[${i}] = ${got[i]}, JS kernel ${want[i]}`,
      );
}

hostTest('reductions: sum, prod, max, min, every dtype, tree and column kernels, inner > 1', () => {
  const shapes: [number[], number[]][] = [
    [[37], [0]], // block, inner 1
    [[5, 300], [1]], // block, a thread walks two elements
    [[4, 3], [1]], // columns: short runs
    [[3, 21, 10], [1]], // columns
    [[2, 40, 3], [1]], // block with inner > 1: strided reads
    [[2, 6, 40], [1]], // block: inner >= 32 but few outputs
    [[2, 40, 300], [1]], // columns: inner >= 32 and outputs enough (2 SMs × 256)
    [
      [3, 4, 5, 6],
      [1, 2],
    ],
    [[3, 0, 4], [1]], // empty reductions: the identity
    [[0, 4], [1]], // no outputs
  ];
  for (const [shape, axes] of shapes)
    for (const kind of ['sum', 'prod', 'max', 'min'] as const)
      for (const dtype of ['float32', 'float64', 'int32'] as const) checkReduce(kind, dtype, shape, axes);
});

hostTest('reductions: NaN propagates, ±inf, the sign of a zero max/min, int32 wrap-around', () => {
  for (const [shape, axes] of [
    [[4, 70], [1]],
    [[2, 300], [1]],
    [[2, 50, 3], [1]],
    [[70, 3], [0]],
  ] as [number[], number[]][])
    for (const kind of ['sum', 'prod', 'max', 'min'] as const) {
      for (const dtype of ['float32', 'float64'] as const)
        for (const special of ['nan', 'inf', 'zeros'] as const) checkReduce(kind, dtype, shape, axes, special);
      checkReduce(kind, 'int32', shape, axes, 'wrap');
    }
});

// ---------------------------------------------------------------------------------------------
// pooling and its gradient: exactly the JS kernels

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
const POOLS: PoolCase[] = [
  { n: 2, c: 3, h: 8, w: 8, kh: 2, kw: 2 },
  { n: 1, c: 2, h: 9, w: 7, kh: 2, kw: 2 },
  { n: 2, c: 2, h: 7, w: 9, kh: 3, kw: 3, stride: [2, 2] },
  { n: 1, c: 3, h: 6, w: 6, kh: 3, kw: 2, stride: [1, 2], pad: [1, 1, 0, 1] },
  { n: 1, c: 1, h: 5, w: 5, kh: 2, kw: 2, stride: [2, 2], pad: [2, 2, 2, 2] }, // windows wholly in padding
  { n: 1, c: 2, h: 6, w: 21, kh: 3, kw: 3, stride: [1, 1], pad: [1, 1, 1, 1] },
  { n: 1, c: 2, h: 7, w: 31, kh: 2, kw: 3, stride: [2, 3], pad: [0, 1, 2, 0] },
  { n: 0, c: 3, h: 4, w: 4, kh: 2, kw: 2 },
];
const poolParams = (cs: PoolCase) => ({
  kernel: [cs.kh, cs.kw] as [number, number],
  stride: cs.stride ?? ([cs.kh, cs.kw] as [number, number]),
  padding: cs.pad ?? ([0, 0, 0, 0] as [number, number, number, number]),
});

function specials(x: TypedArray, special: string) {
  for (let i = 0; i < x.length; i++) {
    const r = rand();
    if (special === 'nan' && r > 0.8) x[i] = NaN;
    if (special === 'inf' && r > 0.7) x[i] = r > 0.85 ? Infinity : -Infinity;
    if (special === 'zeros') x[i] = r > 0 ? 0 : -0;
  }
}

function checkPool(kind: 'max' | 'avg', dtype: 'float32' | 'float64' | 'int32', cs: PoolCase, special = 'none') {
  const p = poolParams(cs);
  const shape = [cs.n, cs.c, cs.h, cs.w];
  const g = convK.poolGeometry({ shape, dtype }, p);
  const x = randArray(dtype, sizeOf(shape));
  specials(x, special);
  const xn = input(shape, dtype);
  const s = stepOf(node(kind === 'max' ? 'maxPool2d' : 'avgPool2d', [xn], p, [g.n, g.c, g.oh, g.ow], dtype));
  const got = execute(s, new Map([[xn.id, x]]), { len: g.n * g.c * g.oh * g.ow, dtype });
  const want = new KERNEL_ARRAYS[dtype](got.length);
  (kind === 'max' ? convK.maxPool2d : convK.avgPool2d)(x as Float32Array, want as Float32Array, g);
  same(got, want, `${kind}Pool2d ${dtype} ${JSON.stringify(cs)} ${special}`);
}

function checkPoolGrad(dtype: 'float32' | 'float64', cs: PoolCase, special = 'none') {
  const p = poolParams(cs);
  const shape = [cs.n, cs.c, cs.h, cs.w];
  const g = convK.poolGeometry({ shape, dtype }, p);
  const x = randArray(dtype, sizeOf(shape));
  for (let i = 0; i < x.length; i++) {
    x[i] = Math.round(x[i] * 3); // many ties
    const r = rand();
    if (special === 'nan' && r > 0.9) x[i] = NaN;
    if (special === 'inf' && r > 0.8) x[i] = r > 0.9 ? Infinity : -Infinity;
  }
  const ct = randArray(dtype, g.n * g.c * g.oh * g.ow);
  const xn = input(shape, dtype),
    cn = input([g.n, g.c, g.oh, g.ow], dtype);
  const s = stepOf(node('maxPool2dGrad', [xn, cn], p, shape, dtype));
  const got = execute(
    s,
    new Map([
      [xn.id, x],
      [cn.id, ct],
    ]),
    { len: x.length, dtype },
  );
  const want = new KERNEL_ARRAYS[dtype](x.length);
  convK.maxPool2dGrad(x as Float32Array, ct as Float32Array, want as Float32Array, g);
  same(got, want, `maxPool2dGrad ${dtype} ${JSON.stringify(cs)} ${special}`);
}

hostTest('pooling: max and avg exactly the JS kernels, padding, strides, NaN, ±inf and ±0', () => {
  for (const cs of POOLS) {
    for (const dtype of ['float32', 'float64', 'int32'] as const) checkPool('max', dtype, cs);
    for (const dtype of ['float32', 'float64'] as const) {
      checkPool('avg', dtype, cs);
      for (const special of ['nan', 'inf', 'zeros']) {
        checkPool('max', dtype, cs, special);
        checkPool('avg', dtype, cs, special);
      }
    }
  }
});

hostTest('maxPool2dGrad: the JS kernel bit for bit, with ties, overlapping windows, padding, NaN and ±inf', () => {
  for (const cs of POOLS)
    for (const dtype of ['float32', 'float64'] as const)
      for (const special of ['none', 'nan', 'inf']) checkPoolGrad(dtype, cs, special);
});

// ---------------------------------------------------------------------------------------------
// conv2d: im2col + GEMM against the JS kernel

function checkConv(dtype: 'float32' | 'float64', cs: ConvCase, maxScratch?: number, wantOps?: (ops: CudaOp[]) => void) {
  const p = {
    stride: cs.stride ?? [1, 1],
    padding: cs.pad ?? [0, 0, 0, 0],
    dilation: cs.dil ?? [1, 1],
    groups: cs.groups ?? 1,
  };
  const xs = [cs.n, cs.c, cs.h, cs.w],
    ws = [cs.o, cs.c / p.groups, cs.kh, cs.kw];
  const g = convK.convGeometry(xs, ws, p);
  const what = `conv2d ${dtype} ${JSON.stringify(cs)}${maxScratch ? ` in ${maxScratch}-byte chunks` : ''}`;
  const x = randArray(dtype, sizeOf(xs)),
    w = randArray(dtype, sizeOf(ws));
  if (cs.special && x.length > 2) {
    x[0] = Infinity;
    x[x.length >> 1] = NaN;
    x[x.length - 1] = -Infinity;
  }
  const xn = input(xs, dtype),
    wn = input(ws, dtype);
  const s = stepOf(node('conv2d', [xn, wn], p, [g.n, g.o, g.oh, g.ow], dtype));
  if (wantOps) wantOps(cudaOps(s, () => Infinity, 2, maxScratch).ops);
  const got = execute(
    s,
    new Map([
      [xn.id, x],
      [wn.id, w],
    ]),
    { len: g.n * g.o * g.oh * g.ow, dtype },
    maxScratch,
  );
  const want = new KERNEL_ARRAYS[dtype](got.length),
    mag = new Float64Array(got.length);
  convK.conv2d(x as Float32Array, w as Float32Array, want as Float32Array, g);
  convK.conv2d(Float64Array.from(x, Math.abs), Float64Array.from(w, Math.abs), mag, g);
  close(got, want, mag, (cs.c / p.groups) * cs.kh * cs.kw, dtype, what);
}

hostTest('conv2d: strides, padding, dilation, groups (batched either way), 1×1 direct, chunks of images, empty', () => {
  const cases: ConvCase[] = [
    { n: 2, c: 3, h: 9, w: 7, o: 5, kh: 3, kw: 3 },
    { n: 2, c: 4, h: 11, w: 10, o: 6, kh: 3, kw: 2, stride: [2, 3] },
    { n: 2, c: 3, h: 7, w: 6, o: 4, kh: 3, kw: 4, pad: [2, 0, 1, 3], stride: [2, 1] },
    { n: 1, c: 2, h: 13, w: 12, o: 5, kh: 3, kw: 3, dil: [2, 3], pad: [1, 2, 3, 0] },
    { n: 2, c: 6, h: 8, w: 8, o: 9, kh: 3, kw: 3, groups: 3, pad: [1, 1, 1, 1] }, // groups > images
    { n: 4, c: 4, h: 5, w: 6, o: 6, kh: 3, kw: 3, groups: 2 }, // groups <= images
    { n: 2, c: 4, h: 5, w: 6, o: 4, kh: 3, kw: 3, groups: 4 }, // depthwise
    { n: 3, c: 8, h: 5, w: 7, o: 12, kh: 1, kw: 1 }, // 1×1 stride 1: reads the images directly
    { n: 2, c: 4, h: 6, w: 6, o: 6, kh: 1, kw: 1, groups: 2 },
    { n: 1, c: 3, h: 7, w: 7, o: 2, kh: 1, kw: 1, stride: [2, 2] },
    { n: 1, c: 2, h: 3, w: 3, o: 2, kh: 2, kw: 2, pad: [3, 3, 3, 3], stride: [2, 2] }, // windows in padding
    { n: 2, c: 3, h: 6, w: 5, o: 70, kh: 2, kw: 3 }, // o over one 64-row tile
    { n: 1, c: 40, h: 4, w: 4, o: 3, kh: 1, kw: 1, pad: [1, 1, 1, 1] }, // k over several 16-deep slices
    { n: 2, c: 3, h: 6, w: 6, o: 4, kh: 3, kw: 3, special: true },
    { n: 0, c: 3, h: 5, w: 5, o: 4, kh: 3, kw: 3 },
    { n: 2, c: 3, h: 5, w: 5, o: 0, kh: 3, kw: 3 },
    { n: 2, c: 0, h: 5, w: 5, o: 4, kh: 3, kw: 3 }, // no input channels: zeros (a GEMM with k = 0)
  ];
  for (const cs of cases) for (const dtype of ['float32', 'float64'] as const) checkConv(dtype, cs);
  // Chunks of two images at a time: im2col and GEMMs per chunk, each at its images' offsets.
  const chunked: ConvCase = { n: 5, c: 2, h: 6, w: 5, o: 4, kh: 3, kw: 3, groups: 2, pad: [1, 1, 1, 1] };
  const colBytes = 2 * 9 * 6 * 5 * 4;
  checkConv('float32', chunked, 2 * colBytes, (ops) => {
    assert.is(ops.filter((o) => o.kind === 'launch').length, 3, 'three im2col launches');
    assert.is(ops.filter((o) => o.kind === 'gemm').length, 3 * 2 - 1, 'per chunk of 2 images, per group');
  });
});

// ---------------------------------------------------------------------------------------------
// matmul and linear against eager

function checkMatmul(a: Tensor, b: Tensor, f: (a: Tensor, b: Tensor) => Tensor, what: string) {
  const { graph } = trace('f', f, undefined, [a, b], () => false);
  const out = graph.outputs[0];
  const s = stepOf(out);
  const want = f(a, b),
    mag = f(tj.abs(a), tj.abs(b));
  const got = execute(
    s,
    new Map([
      [graph.inputs[0].id, a.data() as TypedArray],
      [graph.inputs[1].id, b.data() as TypedArray],
    ]),
    { len: want.size, dtype: want.dtype as DT },
  );
  const k = a.shape[a.shape.length - 1];
  close(
    got,
    want.data() as TypedArray,
    Float64Array.from(mag.data() as Float32Array),
    k,
    want.dtype as DT,
    `${what} ${want.dtype} (${s.fn} ${s.ints})`,
  );
}

hostTest('matmul: batches, broadcast batches, transposed operands read in place, tiles with edges, k = 0', () => {
  tj.seed(4);
  for (const dtype of ['float32', 'float64'] as const) {
    const r = (shape: number[]) => tj.randn(shape, dtype);
    const mm = (x: Tensor, y: Tensor) => tj.matmul(x, y);
    checkMatmul(r([3, 4]), r([4, 5]), mm, 'small');
    checkMatmul(r([70, 40]), r([40, 130]), mm, 'several tiles, partial ones');
    checkMatmul(r([2, 3, 4, 5]), r([5, 6]), mm, 'B broadcast');
    checkMatmul(r([5, 6]), r([3, 6, 7]), mm, 'A broadcast');
    checkMatmul(r([3, 9, 17]), r([3, 17, 10]), mm, 'batched');
    checkMatmul(r([2, 17, 9]), r([2, 17, 10]), (x, y) => tj.matmul(tj.transpose(x, [0, 2, 1]), y), 'A transposed');
    checkMatmul(r([66, 19]), r([70, 19]), (x, y) => tj.matmul(x, tj.transpose(y)), 'B transposed');
    checkMatmul(r([18, 33]), r([20, 18]), (x, y) => tj.matmul(tj.transpose(x), tj.transpose(y)), 'both transposed');
    checkMatmul(r([3, 0]), r([0, 4]), mm, 'k = 0');
  }
});

hostTest('linear: the product, then the bias added row by row', () => {
  for (const dtype of ['float32', 'float64'] as const) {
    const [m, k, n] = [7, 20, 9];
    const a = randArray(dtype, m * k),
      b = randArray(dtype, k * n),
      bias = randArray(dtype, n);
    const an = input([m, k], dtype),
      bn = input([k, n], dtype),
      biasn = input([n], dtype);
    const s = stepOf(node('linear', [an, bn, biasn], {}, [m, n], dtype));
    assert.is(s.bias, biasn.id);
    const got = execute(
      s,
      new Map([
        [an.id, a],
        [bn.id, b],
        [biasn.id, bias],
      ]),
      { len: m * n, dtype },
    );
    const want = new KERNEL_ARRAYS[dtype](m * n),
      mag = new Float64Array(m * n);
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let acc = 0,
          abs = 0;
        for (let t = 0; t < k; t++) {
          acc += a[i * k + t] * b[t * n + j];
          abs += Math.abs(a[i * k + t] * b[t * n + j]);
        }
        want[i * n + j] = acc + bias[j];
        mag[i * n + j] = abs + Math.abs(bias[j]);
      }
    close(got, want, mag, k + 1, dtype, `linear ${dtype}`);
  }
});

test('cudaOps: geometry of the launches (grid caps, gemm fallback grid, reduce kernel choice)', () => {
  const big = {
    kind: 'prebuilt',
    fn: 'tj_reduce_sum_f32',
    args: [1, 2],
    out: 2,
    ints: [100000, 1000, 1],
    work: 0,
  } as PrebuiltStep;
  const { ops } = cudaOps(big, () => Infinity, 132);
  assert.equal(ops.length, 1);
  const l = ops[0] as CudaOp & { kind: 'launch' };
  assert.is(l.kernel, 'tj_cu_reduce_sum_f32');
  assert.equal(l.block, [256, 1, 1]);
  assert.ok(l.grid[0] <= 132 * 32);
  const gemm = gemmAsLaunch({
    kind: 'gemm',
    dtype: 'float64',
    a: { buffer: 0 },
    b: { buffer: 1 },
    c: { buffer: 2 },
    batch: 100000,
    m: 130,
    n: 65,
    k: 3,
    transA: false,
    transB: true,
    strideA: 390,
    strideB: 0,
    strideC: 130 * 65,
  });
  assert.is(gemm.kernel, 'tj_cu_gemm_f64');
  assert.equal(gemm.grid, [2, 3, 65535]);
  assert.equal(gemm.block, [16, 16, 1]);
  assert.throws(() => cudaOps(big, () => 100, 132), /needs/);
});

// ---------------------------------------------------------------------------------------------
// argmax / argmin, concat and gather: exactly the JS kernels

function checkArg(kind: 'max' | 'min', dtype: DT, shape: number[], axis: number, special = 'none') {
  const what = `arg${kind} ${dtype} [${shape}] axis ${axis} ${special}`;
  const x = randArray(dtype, sizeOf(shape), (r) => Math.round(r * 4)); // many ties
  for (let i = 0; i < x.length; i++) {
    const r = rand();
    if (special === 'nan' && r > 0.95) x[i] = NaN;
    if (special === 'inf' && r > 0.8) x[i] = r > 0.9 ? Infinity : -Infinity;
    if (special === 'zeros') x[i] = r > 0 ? 0 : -0;
  }
  const outShape = shape.filter((_, d) => d !== axis);
  const xn = input(shape, dtype);
  const s = stepOf(node(`arg${kind}`, [xn], { axis }, outShape, 'int32'));
  const got = execute(s, new Map([[xn.id, x]]), { len: sizeOf(outShape), dtype: 'int32' });
  const want = new Int32Array(sizeOf(outShape));
  argReduce(kind, x, shape, axis, want);
  same(got, want, what);
}

hostTest('argmax/argmin: every dtype, any axis, ties to the first, NaN first, block and column kernels', () => {
  const shapes: [number[], number][] = [
    [[37], 0], // block, one output
    [[5, 300], 1], // block
    [[3, 700], 1], // block, threads walking three elements
    [[4, 3], 1],
    [[4, 3], 0],
    [[3, 21, 10], 1],
    [[2, 40, 3], 1], // block with inner > 1
    [[2, 40, 300], 1], // columns: inner >= 32 and outputs enough
    [[3, 4, 5, 6], 2],
    [[0, 4], 1], // no outputs
  ];
  for (const [shape, axis] of shapes)
    for (const kind of ['max', 'min'] as const) {
      for (const dtype of ['float32', 'float64', 'int32', 'bool'] as const) checkArg(kind, dtype, shape, axis);
      for (const dtype of ['float32', 'float64'] as const)
        for (const special of ['nan', 'inf', 'zeros']) checkArg(kind, dtype, shape, axis, special);
    }
  const s = stepOf(node('argmax', [input([4, 100], 'float32')], { axis: 1 }, [4], 'int32'));
  assert.is((cudaOps(s, () => Infinity, 2).ops[0] as CudaOp & { kind: 'launch' }).kernel, 'tj_cu_argmax_f32');
});

/** Runs fn's one node (traced on `xs`) through its CUDA step and compares with eager, exactly. */
function checkTraced(fn: (...t: Tensor[]) => Tensor, xs: Tensor[], prefix: string, what: string) {
  const { graph } = trace('f', fn, undefined, xs, () => false);
  const n = graph.outputs[0];
  const step = prebuiltStep(n, n.id, (x) => x.id, fresh);
  const s = Array.isArray(step) ? step : [step!];
  for (const t of s) assert.ok(t.fn.startsWith(prefix), `${what}: ${t.fn}`);
  const want = fn(...xs);
  const ins = new Map(graph.inputs.map((n, i) => [n.id, xs[i].data() as TypedArray]));
  const got = execute(s, ins, { len: want.size, dtype: want.dtype as DT });
  same(got, want.data() as TypedArray, `${what} ${want.dtype}`);
}

hostTest('concat: any axis, many inputs (one repeated, one empty), every element size', () => {
  tj.seed(12);
  const base = [tj.randn([2, 3, 4]), tj.randn([2, 3, 1]), tj.randn([2, 3, 5])];
  const casts = (t: Tensor) => [t, tj.astype(t, 'float64'), tj.astype(tj.mul(t, 100), 'int32'), tj.greater(t, 0)];
  const [a, b, c] = base.map(casts);
  for (let k = 0; k < 4; k++) {
    const cat =
      (axis: number) =>
      (...ts: Tensor[]) =>
        tj.concat(ts, axis);
    checkTraced(cat(2), [a[k], b[k], c[k]], 'tj_concat_', 'concat along the last axis');
    checkTraced(cat(2), [a[k], c[k], a[k], b[k]], 'tj_concat_', 'concat, an input twice');
    const t = tj.transpose(a[k], [2, 1, 0]),
      u = tj.slice(t, [0, 0, 0], [2, 3, 2]);
    checkTraced(cat(0), [t, u, t], 'tj_concat_', 'concat along axis 0');
    checkTraced(cat(1), [a[k], a[k]], 'tj_concat_', 'concat along a middle axis');
    checkTraced(cat(2), [a[k], tj.slice(b[k], [0, 0, 0], [2, 3, 0])], 'tj_concat_', 'concat with an empty input');
  }
});

hostTest('gather: any axis, negative indices, index shapes, every element size; an index out of range throws', () => {
  tj.seed(13);
  const x0 = tj.randn([4, 5, 3]);
  const take = (axis: number) => (t: Tensor, i: Tensor) => tj.take(t, i, axis);
  for (const x of [x0, tj.astype(x0, 'float64'), tj.astype(tj.mul(x0, 100), 'int32'), tj.greater(x0, 0)]) {
    const idx = tj.tensor([3, -1, 0, -4, 2, 2], { dtype: 'int32' });
    checkTraced(take(0), [x, idx], 'tj_gather_', 'take along axis 0');
    checkTraced(
      take(1),
      [x, tj.reshape(tj.tensor([4, -5, 1, 0, -2, 3], { dtype: 'int32' }), [2, 3])],
      'tj_gather_',
      'take along axis 1, 2-d indices',
    );
    checkTraced(take(2), [x, tj.tensor([-3, 2], { dtype: 'int32' })], 'tj_gather_', 'take along the last axis');
    const flat = tj.reshape(x, [-1]);
    checkTraced(take(0), [flat, tj.tensor([59, -60, 7], { dtype: 'int32' })], 'tj_gather_', 'take from 1-d');
    checkTraced(take(1), [x, tj.tensor([], { dtype: 'int32' })], 'tj_gather_', 'take no indices');
  }
  // An index outside [-len, len) throws the primitive's error: the step checks the indices on the
  // host before its launch (a kernel cannot throw).
  const xn = input([2, 3], 'float32'),
    ind = input([3], 'int32');
  const s = stepOf(node('gather', [xn, ind], { axis: 1 }, [2, 3], 'float32'));
  assert.throws(
    () =>
      execute(
        s,
        new Map<number, TypedArray>([
          [xn.id, Float32Array.of(1, 2, 3, 4, 5, 6)],
          [ind.id, Int32Array.of(3, -1, -4)],
        ]),
        { len: 6, dtype: 'float32' },
      ),
    /take: index 3 is out of range for axis 1 with size 3 \(shape \[2, 3\]\)/,
  );
});

hostTest(
  'scatter / scatterAdd: any axis, repeated and negative indices, every dtype; an index out of range throws',
  () => {
    tj.seed(14);
    const x0 = tj.randn([4, 5, 3]);
    for (const op of ['scatter', 'scatterAdd'] as const)
      for (const x of [x0, tj.astype(x0, 'float64'), tj.astype(tj.mul(x0, 100), 'int32'), tj.greater(x0, 0)]) {
        const at = (axis: number) => (t: Tensor, i: Tensor, u: Tensor) => tj[op](t, i, u, axis);
        const upd = (shape: number[]) => tj.astype(tj.mul(tj.randn(shape), 50), x.dtype);
        const idx = tj.tensor([3, -1, 0, 3, -4], { dtype: 'int32' });
        checkTraced(at(0), [x, idx, upd([5, 5, 3])], 'tj_scatter_', `${op} along axis 0`);
        checkTraced(at(1), [x, idx, upd([4, 5, 3])], 'tj_scatter_', `${op} along axis 1`);
        checkTraced(
          at(2),
          [x, tj.tensor([-3, 2, 2], { dtype: 'int32' }), upd([4, 5, 3])],
          'tj_scatter_',
          `${op} along the last axis`,
        );
        checkTraced(
          at(0),
          [x, tj.tensor([], { dtype: 'int32' }), upd([0, 5, 3])],
          'tj_scatter_',
          `${op} of no indices`,
        );
      }
    const xn = input([2, 3], 'float32'),
      ind = input([3], 'int32'),
      un = input([2, 3], 'float32');
    const s = stepOf(node('scatterAdd', [xn, ind, un], { axis: 1 }, [2, 3], 'float32'));
    assert.throws(
      () =>
        execute(
          s,
          new Map<number, TypedArray>([
            [xn.id, Float32Array.of(1, 2, 3, 4, 5, 6)],
            [ind.id, Int32Array.of(0, 7, -4)],
            [un.id, Float32Array.of(1, 1, 1, 1, 1, 1)],
          ]),
          { len: 6, dtype: 'float32' },
        ),
      /scatterAdd: index 7 is out of range for axis 1 with size 3 \(shape \[2, 3\]\)/,
    );
  },
);

// ---------------------------------------------------------------------------------------------
// cumsum, cumprod and argsort: the WASM tier's steps (native/tj_scan.c), exactly the JS kernels

function checkScan(op: 'cumsum' | 'cumprod' | 'argsort', dtype: DT, shape: number[], axis: number, special: string) {
  const descending = special === 'desc';
  const what = `${op} ${dtype} [${shape}] axis ${axis} ${special}`;
  const x = randArray(dtype, sizeOf(shape), (r) =>
    special === 'wrap' ? Math.round(r * 2 ** 31) | 0 : Math.round(r * 4),
  );
  for (let i = 0; i < x.length; i++) {
    const r = rand();
    if (op === 'cumprod' && dtype !== 'int32') x[i] = 1 + x[i] / 8;
    if (special === 'ties' && dtype !== 'int32') x[i] = Math.round(x[i] * 3);
    if (special === 'nan' && r > 0.8) x[i] = r > 0.9 ? NaN : r > 0.85 ? Infinity : -Infinity;
    if (special === 'zeros') x[i] = r > 0.3 ? (r > 0.65 ? 0 : -0) : r;
  }
  const xn = input(shape, dtype);
  const params = op === 'argsort' ? { axis, descending } : { axis };
  const outDtype = op === 'argsort' ? 'int32' : dtype;
  const s = stepOf(node(op, [xn], params, shape, outDtype));
  const got = execute(s, new Map([[xn.id, x]]), { len: x.length, dtype: outDtype });
  const want = new KERNEL_ARRAYS[outDtype](x.length);
  if (op === 'argsort') argsort(x, shape, axis, descending, want as Int32Array);
  else cumulative(op === 'cumsum' ? 'sum' : 'prod', x, shape, axis, want, dtype === 'int32');
  same(got, want, what);
}

hostTest(
  'cumsum, cumprod, argsort: every dtype (argsort of bool too), any axis, n = 0, 1, odd, long; NaN, ties, ±0, int32 wrap',
  () => {
    const shapes: [number[], number][] = [
      [[0], 0],
      [[1], 0],
      [[7], 0],
      [[17], 0],
      [[1000], 0],
      [[3, 0, 4], 1],
      [[4, 3], 0],
      [[6, 33], 1],
      [[4, 21, 5], 1],
      [[2, 3, 4, 5], 2],
      [[3, 40, 300], 1], // more rows than the host grid's threads
    ];
    for (const [shape, axis] of shapes)
      for (const op of ['cumsum', 'cumprod', 'argsort'] as const)
        for (const dtype of ['float32', 'float64', 'int32'] as const) {
          const specials = dtype === 'int32' ? ['none', 'wrap'] : ['none', 'ties', 'nan', 'zeros'];
          for (const special of op === 'argsort' ? [...specials, 'desc'] : specials)
            checkScan(op, dtype, shape, axis, special);
          if (op === 'argsort') checkScan(op, dtype, shape, axis, dtype === 'int32' ? 'wrap' : 'nan'); // ascending again
        }
    // argsort's scratch: 2·n int32 per sorting thread, the threads capped by the rows and the scratch cap.
    const s = stepOf(node('argsort', [input([3, 5000], 'float32')], { axis: 1, descending: true }, [3, 5000], 'int32'));
    const { ops, scratchBytes } = cudaOps(s, () => Infinity, 2);
    const l = ops[0] as CudaOp & { kind: 'launch' };
    assert.is(l.kernel, 'tj_cu_argsort_f32');
    assert.is(scratchBytes, 3 * 5000 * 8);
    assert.equal(l.args.slice(-5), [{ int: 3 }, { int: 5000 }, { int: 1 }, { int: 1 }, { int: 3 }]);
    // argsort of bool: false before true, stably, either way.
    for (const [shape, axis] of shapes)
      for (const special of ['none', 'desc']) checkScan('argsort', 'bool', shape, axis, special);
  },
);

const tier = suite('the CUDA tier');
useCudaTarget(tier);

/**
 * f compiled for the CUDA tier: its plan holds no JS kernel step and a prebuilt step of each of
 * `kernels`, and it runs on the tier with the eager results; `profiled` also checks f.profile()'s rows.
 */
function checkOnCuda(f: (...xs: Tensor[]) => Tensor[], args: Tensor[], kernels: string[], profiled = false) {
  const { graph } = trace('f', f, undefined, args, () => false);
  const steps = flatSteps(generateCuda(graph).plan.steps);
  assert.equal(
    steps.filter((s) => s.kind === 'kernel'),
    [],
    'no JS kernel steps in the plan',
  );
  const fns = steps.flatMap((s) => (s.kind === 'prebuilt' ? [s.fn] : []));
  for (const fn of kernels) assert.ok(fns.includes(fn), `${fn} in ${fns}`);
  const jf = tj.jit(f, { backend: 'cuda', hot: 0, async: false });
  const got = jf(...args),
    want = f(...args);
  assert.is(jf.stats.tier, 'cuda');
  got.forEach((g, k) => same(g.data() as TypedArray, want[k].data() as TypedArray, `output ${k}`));
  if (!profiled) return;
  const rows = jf.profile.with({ print: false, runs: 1, minMs: 0 })(...args).rows;
  assert.equal(
    rows.filter((r) => r.kind === 'kernel').map((r) => r.kernel),
    [],
    'no JS kernel rows in the profile',
  );
}

tier('argmax, argmin, concat and take compile to CUDA kernels: no JS kernel step remains', () => {
  tj.seed(14);
  const f = (x: Tensor, i: Tensor) => {
    const y = tj.concat([x, tj.mul(x, 2), x], 1);
    return [tj.argmax(y, 1), tj.argmin(tj.take(y, i, 0), 0), tj.take(tj.concat([i, i]), tj.argmax(x, 0))];
  };
  const x = tj.randn([5, 7]),
    i = tj.tensor([4, -1, 0, 2], { dtype: 'int32' });
  checkOnCuda(f, [x, i], ['tj_concat_32', 'tj_argmax_f32', 'tj_argmin_f32', 'tj_gather_32', 'tj_argmax_f32'], true);
});

tier('rand, randn, dropout and randint compile to CUDA kernels with the bits of eager draws', () => {
  const f = (x: Tensor) => [
    tj.rand([7, 9]),
    tj.rand([300], 'float64'),
    tj.dropout(x, 0.25),
    tj.randint([33], -4, 4),
    tj.randn([1000]),
    tj.randn([301], 'float64'),
  ];
  const x = tj.ones([16, 8]);
  const { graph } = trace('f', f, undefined, [x], () => false);
  const steps = flatSteps(generateCuda(graph).plan.steps);
  assert.equal(
    steps.filter((s) => s.kind === 'kernel'),
    [],
    'no JS kernel steps in the plan',
  );
  tj.seed(23);
  const want = [f(x), f(x)];
  tj.seed(23);
  const jf = tj.jit(f, { backend: 'cuda', hot: 0, async: false });
  const got = [jf(x), jf(x)];
  assert.is(jf.stats.tier, 'cuda');
  got.forEach((call, c) =>
    call.forEach((t, k) => same(t.data() as TypedArray, want[c][k].data() as TypedArray, `call ${c} output ${k}`)),
  );
});

tier(
  'matmul whose batches broadcast partly ([2,1] against [5]): the operand copied out to the batch, then one GEMM',
  () => {
    tj.seed(16);
    // Small integers: every product and sum is exact, so any order of the sums gives eager's bits.
    const ints = (shape: number[], dtype: 'float32' | 'float64') =>
      tj.astype(tj.round(tj.mul(tj.randn(shape), 3)), dtype);
    const f = (a: Tensor, b: Tensor, c: Tensor) => [
      tj.matmul(a, b),
      tj.matmul(tj.transpose(c, [0, 1, 3, 2]), b),
      tj.add(tj.matmul(tj.transpose(b, [0, 2, 1]), tj.transpose(a, [0, 1, 3, 2])), 1),
    ];
    checkOnCuda(
      f,
      [ints([2, 1, 3, 4], 'float32'), ints([5, 4, 3], 'float32'), ints([2, 1, 4, 3], 'float32')],
      ['tj_window_32', 'tj_matmul_f32'],
    );
    checkOnCuda(
      f,
      [ints([2, 1, 3, 4], 'float64'), ints([5, 4, 3], 'float64'), ints([2, 1, 4, 3], 'float64')],
      ['tj_window_64', 'tj_matmul_f64'],
    );
  },
);

tier("int32 matmul compiles to tj_cu_matmul_i32: the JS kernel's bits where products and sums wrap", () => {
  let seed = 7;
  const wide = (shape: number[]) =>
    tj.reshape(
      tj.tensor(
        Array.from(
          { length: shape.reduce((p, d) => p * d, 1) },
          () => (seed = (Math.imul(seed, 1103515245) + 12345) | 0),
        ),
        { dtype: 'int32' },
      ),
      shape,
    );
  const f = (a: Tensor, b: Tensor, c: Tensor) => [
    tj.matmul(a, b),
    tj.matmul(tj.transpose(c, [0, 1, 3, 2]), b),
    tj.matmul(tj.transpose(b, [0, 2, 1]), tj.transpose(a, [0, 1, 3, 2])),
  ];
  checkOnCuda(f, [wide([2, 1, 3, 40]), wide([5, 40, 3]), wide([2, 1, 40, 3])], ['tj_matmul_i32']);
});

tier('cumsum, cumprod and argsort compile to CUDA kernels: no JS kernel step remains', () => {
  tj.seed(15);
  const f = (x: Tensor, i: Tensor) => [
    tj.cumsum(x, 1),
    tj.cumprod(tj.astype(x, 'float64'), 0),
    tj.cumsum(i, 0),
    tj.argsort(x, 1),
    tj.argsort(i, 0, true),
  ];
  const x = tj.round(tj.mul(tj.randn([5, 7]), 2)),
    i = tj.astype(tj.mul(tj.randn([6, 4]), 3), 'int32');
  checkOnCuda(f, [x, i], ['tj_cumsum_f32', 'tj_cumprod_f64', 'tj_cumsum_i32', 'tj_argsort_f32', 'tj_argsort_i32']);
});

test.run();
tier.run();
