// The CUDA host double (native/cuda/host/tj_cuda_host.h): CUDA kernels compiled as host C++ and launched through tj_host_launch_<name> via koffi, and the same source compiled to PTX.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import koffi from 'koffi';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compilePtx, CUDA_HOST_HEADER, hostCompileCuda, ptxCompiler } from './cuda-double/build.js';

/** Kernels in the style the CUDA tier's sources follow (typedefs only outside host builds). */
const SOURCE = `
#ifndef TJ_CUDA_HOST
typedef int int32_t;
typedef unsigned int uint32_t;
#endif

__device__ __forceinline__ float softplus(float x) { return x > 20.0f ? x : log1pf(expf(x)); }

// y[i] = a * softplus(x[i]) + b[i % nb], grid-stride
extern "C" __global__ void ew(float* __restrict__ y, const float* __restrict__ x, const float* __restrict__ b,
                              float a, int32_t n, int32_t nb) {
  for (int32_t i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x)
    y[i] = a * softplus(x[i]) + b[i % nb];
}

// per-block sums of 256 elements (tree reduction in shared memory), plus their total with atomicAdd
extern "C" __global__ void blocksum(float* __restrict__ sums, double* total, int32_t* count, const float* __restrict__ x, int32_t n) {
  __shared__ float buf[256];
  int32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  buf[threadIdx.x] = i < n ? x[i] : 0.0f;
  __syncthreads();
  for (uint32_t s = blockDim.x / 2; s > 0; s >>= 1) {
    if (threadIdx.x < s) buf[threadIdx.x] += buf[threadIdx.x + s];
    __syncthreads();
  }
  if (threadIdx.x == 0) {
    sums[blockIdx.x] = buf[0];
    atomicAdd(total, (double)buf[0]);
    atomicAdd(count, 1);
  }
}

// out[r, c] = in[c, r] * scale through a 16x16 shared tile: a 2-D grid of 2-D blocks
extern "C" __global__ void transpose(float* __restrict__ out, const float* __restrict__ in, int32_t rows, int32_t cols, float scale) {
  __shared__ float tile[16][17];
  uint32_t c = blockIdx.x * 16 + threadIdx.x, r = blockIdx.y * 16 + threadIdx.y;
  if (r < (uint32_t)rows && c < (uint32_t)cols) tile[threadIdx.y][threadIdx.x] = in[r * cols + c];
  __syncthreads();
  uint32_t oc = blockIdx.y * 16 + threadIdx.x, or_ = blockIdx.x * 16 + threadIdx.y;
  if (or_ < (uint32_t)cols && oc < (uint32_t)rows) out[or_ * rows + oc] = tile[threadIdx.x][threadIdx.y] * scale;
}

// bits and small helpers: y[i] = as_float(as_int(x[i]) ^ sign) + rsqrtf(4) + max(i, 3) + min(i, 2)
extern "C" __global__ void bits(float* y, const float* x, int32_t n) {
  int32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) y[i] = __int_as_float(__float_as_int(x[i]) ^ (int32_t)0x80000000) + rsqrtf(4.0f) + max(i, 3) + min(i, 2)
      + (float)__longlong_as_double(__double_as_longlong(0.25)) + (x[i] == INFINITY ? 100.0f : 0.0f);
}

// every thread counts the threads with an even index, after a barrier
extern "C" __global__ void counted(int32_t* out) {
  int32_t c = __syncthreads_count(threadIdx.x % 2 == 0);
  out[blockIdx.x * blockDim.x + threadIdx.x] = c;
}

// a divergent barrier: threads past n return before the others' __syncthreads (undefined on a GPU)
extern "C" __global__ void divergent(float* y, int32_t n) {
  int32_t i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i >= n) return;
  __syncthreads();
  y[i] = 1.0f;
}

#ifdef TJ_CUDA_HOST
TJ_HOST_KERNEL(ew)
TJ_HOST_KERNEL_SYNC(blocksum)
TJ_HOST_KERNEL_SYNC(transpose)
TJ_HOST_KERNEL(bits)
TJ_HOST_KERNEL_SYNC(counted)
TJ_HOST_KERNEL_SYNC(divergent)
#endif
`;

const compilerProbe = spawnSync(process.env.CXX || 'g++', ['--version']);
const noCompiler = compilerProbe.status === 0 ? undefined : 'no C++ compiler (g++) on PATH';

type Launch = (
  gx: number,
  gy: number,
  gz: number,
  bx: number,
  by: number,
  bz: number,
  sh: number,
  params: unknown[],
) => number;
let launchers: Record<string, Launch> | undefined;
let lib: koffi.IKoffiLib | undefined;
/** Builds and loads the kernels once (inside a test, so that a failure is reported; uvu hides a failing test.before). */
function kernels(): Record<string, Launch> {
  if (launchers) return launchers;
  lib = koffi.load(hostCompileCuda(SOURCE).slice('TJHOST:'.length));
  launchers = {};
  for (const name of ['ew', 'blocksum', 'transpose', 'bits', 'counted', 'divergent'])
    launchers[name] = lib.func(
      `int tj_host_launch_${name}(uint32_t gx, uint32_t gy, uint32_t gz, uint32_t bx, uint32_t by, uint32_t bz, uint32_t sharedBytes, void **params)`,
    ) as Launch;
  return launchers;
}
test.after(() => lib?.unload());

/**
 * kernelParams for koffi: a JS array whose i-th element is a TypedArray holding the i-th argument's
 * value (koffi passes each TypedArray as a pointer to its bytes and the array as the `void **`).
 * Pointer arguments (device pointers) are the address in a BigUint64Array.
 */
const ptr = (a: ArrayBufferView) => new BigUint64Array([BigInt(koffi.address(a))]);
const i32 = (v: number) => new Int32Array([v]);
const f32 = (v: number) => new Float32Array([v]);

const skipIf = (name: string, fn: () => void) =>
  test(name, () => {
    if (noCompiler) return void console.log(`skipped: ${noCompiler}`);
    fn();
  });

skipIf('grid-stride elementwise kernel, fewer threads than elements', () => {
  const n = 10007,
    nb = 7;
  const x = Float32Array.from({ length: n }, (_, i) => Math.sin(i) * 30),
    b = Float32Array.from({ length: nb }, (_, i) => i),
    y = new Float32Array(n);
  const rc = kernels().ew(13, 1, 1, 128, 1, 1, 0, [ptr(y), ptr(x), ptr(b), f32(0.5), i32(n), i32(nb)]);
  assert.is(rc, 0);
  for (let i = 0; i < n; i++) {
    const sp = x[i] > 20 ? x[i] : Math.log1p(Math.exp(x[i]));
    const want = Math.fround(0.5 * sp + b[i % nb]);
    if (Math.abs(y[i] - want) > 1e-5 * Math.max(1, Math.abs(want)))
      assert.unreachable(`y[${i}] = ${y[i]}, want ${want}`);
  }
});

skipIf('shared-memory tree reduction with __syncthreads over 1000 blocks of 256 threads', () => {
  const blocks = 1000,
    n = blocks * 256 - 100;
  const x = Float32Array.from({ length: n }, (_, i) => (i % 17) - 8),
    sums = new Float32Array(blocks),
    total = new Float64Array(1),
    count = new Int32Array(1);
  const t0 = performance.now();
  const rc = kernels().blocksum(blocks, 1, 1, 256, 1, 1, 0, [ptr(sums), ptr(total), ptr(count), ptr(x), i32(n)]);
  const ms = performance.now() - t0;
  assert.is(rc, 0);
  console.log(`  blocksum: ${blocks} blocks x 256 fibers, 9 barriers each: ${ms.toFixed(0)} ms`);
  assert.ok(ms < 5000, `took ${ms} ms`);
  let all = 0;
  for (let blk = 0; blk < blocks; blk++) {
    let s = 0;
    for (let i = blk * 256; i < Math.min(n, blk * 256 + 256); i++) s += x[i];
    assert.is(sums[blk], s, `block ${blk}`);
    all += s;
  }
  assert.is(total[0], all);
  assert.is(count[0], blocks);
});

skipIf('2-D grid of 2-D blocks (blockIdx.y, threadIdx.y) with a shared tile', () => {
  const rows = 37,
    cols = 50;
  const a = Float32Array.from({ length: rows * cols }, (_, i) => i),
    out = new Float32Array(rows * cols).fill(-1);
  const rc = kernels().transpose(Math.ceil(cols / 16), Math.ceil(rows / 16), 1, 16, 16, 1, 0, [
    ptr(out),
    ptr(a),
    i32(rows),
    i32(cols),
    f32(2),
  ]);
  assert.is(rc, 0);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) assert.is(out[c * rows + r], 2 * a[r * cols + c]);
});

skipIf('bit casts, rsqrtf, min/max, INFINITY', () => {
  const x = Float32Array.from([1, -2, 3, Infinity, 0]),
    y = new Float32Array(5);
  assert.is(kernels().bits(1, 1, 1, 32, 1, 1, 0, [ptr(y), ptr(x), i32(5)]), 0);
  assert.equal(Array.from(y), [
    0.5 - 1 + 3 + 0 + 0.25,
    0.5 + 2 + 3 + 1 + 0.25,
    0.5 - 3 + 3 + 2 + 0.25,
    -Infinity,
    0.5 - 0 + 4 + 2 + 0.25,
  ]);
});

skipIf('__syncthreads_count, and fibers reused across kernels of different block sizes', () => {
  const out = new Int32Array(3 * 96);
  assert.is(kernels().counted(3, 1, 1, 96, 1, 1, 0, [ptr(out)]), 0);
  assert.ok(out.every((c) => c === 48));
  const out2 = new Int32Array(2 * 512);
  assert.is(kernels().counted(2, 1, 1, 512, 1, 1, 0, [ptr(out2)]), 0);
  assert.ok(out2.every((c) => c === 256));
});

skipIf('launch errors: bad shapes give CUDA_ERROR_INVALID_VALUE, divergent barriers CUDA_ERROR_LAUNCH_FAILED', () => {
  const y = new Float32Array(64);
  assert.is(kernels().divergent(1, 1, 1, 2048, 1, 1, 0, [ptr(y), i32(64)]), 1); // > 1024 threads
  assert.is(kernels().divergent(0, 1, 1, 64, 1, 1, 0, [ptr(y), i32(64)]), 1);
  assert.is(kernels().divergent(1, 1, 1, 64, 1, 1, 0, [ptr(y), i32(64)]), 0);
  assert.is(kernels().divergent(1, 1, 1, 64, 1, 1, 0, [ptr(y), i32(40)]), 719);
  // the fibers abandoned at the barrier are started afresh: the next launch works
  assert.is(kernels().divergent(2, 1, 1, 32, 1, 1, 0, [ptr(y), i32(64)]), 0);
});

skipIf('__syncthreads in a kernel listed with TJ_HOST_KERNEL aborts with a message naming the problem', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cuda-host-'));
  try {
    const src = path.join(dir, 'wrong.cu');
    fs.writeFileSync(
      src,
      `extern "C" __global__ void wrong(float* y) { y[threadIdx.x] = 1; __syncthreads(); }
TJ_HOST_KERNEL(wrong)
int main() { float y[32]; float* p = y; void* params[] = {&p}; return tj_host_launch_wrong(1, 1, 1, 32, 1, 1, 0, params); }
`,
    );
    const exe = path.join(dir, 'wrong');
    const cc = spawnSync(
      process.env.CXX || 'g++',
      ['-std=c++17', '-O1', '-include', CUDA_HOST_HEADER, '-x', 'c++', src, '-o', exe],
      {
        encoding: 'utf8',
      },
    );
    assert.is(cc.status, 0, cc.stderr);
    const r = spawnSync(exe, { encoding: 'utf8' });
    assert.is(r.signal, 'SIGABRT');
    assert.match(r.stderr, /__syncthreads\(\) called by kernel wrong, which was listed with TJ_HOST_KERNEL/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

for (const tool of ['nvcc', 'clang'] as const)
  test(`the same source compiles to PTX with ${tool} (without the host header)`, () => {
    const found = ptxCompiler(tool);
    if ('skip' in found) return void console.log(`  skipped: ${found.skip}`);
    const r = compilePtx(SOURCE, tool);
    assert.ok('ptx' in r);
    for (const name of ['ew', 'blocksum', 'transpose', 'bits', 'counted', 'divergent'])
      assert.match(r.ptx, new RegExp(`\\.entry\\s+${name}\\b`));
  });

test.run();
