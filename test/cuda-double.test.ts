// The fake libcuda (test/cuda-double/fake_cuda.c) through koffi: init, context, memory, modules of host-compiled kernels, launches, error injection, and memory given back.
import { spawnSync } from 'node:child_process';
import koffi from 'koffi';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { buildCudaDouble, hostCompileCuda } from './cuda-double/build.js';

const noCompiler =
  spawnSync(process.env.CXX || 'g++', ['--version']).status === 0 ? undefined : 'no C/C++ compiler (g++) on PATH';

const SOURCE = `
#ifndef TJ_CUDA_HOST
typedef int int32_t;
#endif
extern "C" __global__ void axpy(float* __restrict__ y, const float* __restrict__ x, float a, int32_t n) {
  for (int32_t i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) y[i] += a * x[i];
}
extern "C" __global__ void total(float* out, const float* x, int32_t n) {
  __shared__ float buf[128];
  int32_t i = blockIdx.x * 128 + threadIdx.x;
  buf[threadIdx.x] = i < n ? x[i] : 0.0f;
  __syncthreads();
  for (int32_t s = 64; s > 0; s >>= 1) {
    if ((int32_t)threadIdx.x < s) buf[threadIdx.x] += buf[threadIdx.x + s];
    __syncthreads();
  }
  if (threadIdx.x == 0) atomicAdd(out, buf[0]);
}
#ifdef TJ_CUDA_HOST
TJ_HOST_KERNEL(axpy)
TJ_HOST_KERNEL_SYNC(total)
#endif
`;

/* eslint-disable @typescript-eslint/no-explicit-any */
type Fn = (...args: any[]) => any;
let cu: Record<string, Fn> | undefined;
/**
 * The fake's functions, declared as a driver binding would declare libcuda's. Handles are opaque
 * pointers (out parameters as one-element arrays); device pointers are uint64_t.
 */
function driver(): Record<string, Fn> {
  if (cu) return cu;
  const lib = koffi.load(buildCudaDouble());
  // koffi's type names are process-wide: these must not clash with the real binding's.
  for (const name of ['CUctx_st', 'CUmod_st', 'CUfunc_st', 'CUstream_st'])
    koffi.pointer(`fake_${name}`, koffi.opaque());
  const decls = [
    'int cuInit(unsigned int flags)',
    'int cuDriverGetVersion(_Out_ int *version)',
    'int cuDeviceGetCount(_Out_ int *count)',
    'int cuDeviceGet(_Out_ int *device, int ordinal)',
    'int cuDeviceGetName(_Out_ uint8_t *name, int len, int dev)',
    'int cuDeviceGetAttribute(_Out_ int *pi, int attrib, int dev)',
    'int cuDeviceTotalMem_v2(_Out_ size_t *bytes, int dev)',
    'int cuDevicePrimaryCtxRetain(_Out_ fake_CUctx_st *pctx, int dev)',
    'int cuDevicePrimaryCtxRelease_v2(int dev)',
    'int cuCtxSetCurrent(fake_CUctx_st ctx)',
    'int cuCtxSynchronize()',
    'int cuStreamCreate(_Out_ fake_CUstream_st *stream, unsigned int flags)',
    'int cuStreamDestroy_v2(fake_CUstream_st stream)',
    'int cuStreamSynchronize(fake_CUstream_st stream)',
    'int cuMemAlloc_v2(_Out_ uint64_t *dptr, size_t bytes)',
    'int cuMemFree_v2(uint64_t dptr)',
    'int cuMemGetInfo_v2(_Out_ size_t *free, _Out_ size_t *total)',
    'int cuMemcpyHtoD_v2(uint64_t dst, const void *src, size_t bytes)',
    'int cuMemcpyDtoH_v2(void *dst, uint64_t src, size_t bytes)',
    'int cuMemcpyDtoD_v2(uint64_t dst, uint64_t src, size_t bytes)',
    'int cuMemcpyHtoDAsync_v2(uint64_t dst, const void *src, size_t bytes, fake_CUstream_st stream)',
    'int cuMemcpyDtoHAsync_v2(void *dst, uint64_t src, size_t bytes, fake_CUstream_st stream)',
    'int cuMemsetD32_v2(uint64_t dst, unsigned int value, size_t n)',
    'int cuMemsetD8Async(uint64_t dst, uint8_t value, size_t n, fake_CUstream_st stream)',
    'int cuModuleLoadData(_Out_ fake_CUmod_st *module, const void *image)',
    'int cuModuleUnload(fake_CUmod_st module)',
    'int cuModuleGetFunction(_Out_ fake_CUfunc_st *fn, fake_CUmod_st module, const char *name)',
    'int cuLaunchKernel(fake_CUfunc_st f, unsigned int gx, unsigned int gy, unsigned int gz, unsigned int bx, unsigned int by, unsigned int bz, unsigned int sharedMemBytes, fake_CUstream_st stream, void **kernelParams, void **extra)',
    'int cuGetErrorName(int error, _Out_ const char **str)',
    'int cuGetErrorString(int error, _Out_ const char **str)',
    'const char *tj_fake_calls()',
    'void tj_fake_reset()',
    'void tj_fake_fail(const char *call, int code, int after)',
    'long long tj_fake_bytes_allocated()',
    'int tj_fake_launches()',
    'void tj_fake_shutdown()',
  ];
  cu = {};
  for (const d of decls) cu[d.match(/(\w+)\(/)![1]] = lib.func(d);
  return cu;
}

/** Calls a driver function that must succeed. */
function ok(name: string, ...args: unknown[]) {
  const rc = driver()[name](...args);
  if (rc !== 0) {
    assert.unreachable(`${name} returned ${rc} (${describe(rc)})`);
  }
}
/** The one value an out parameter received. */
function out<T = any>(name: string, ...args: unknown[]): T {
  const box: unknown[] = [null];
  ok(name, box, ...args);
  return box[0] as T;
}
/** cuGetErrorName's or cuGetErrorString's answer for `code`. */
function describe(code: number, fn = 'cuGetErrorName'): string | null {
  const s: (string | null)[] = [null];
  assert.is(driver()[fn](code, s), 0);
  return s[0];
}

/**
 * kernelParams, the koffi way: declare the parameter `void **` and pass a JS array with one
 * TypedArray per kernel argument, holding that argument's value (koffi passes a TypedArray as a
 * pointer to its bytes, and the array as a temporary array of those pointers, valid for the call).
 * A device pointer argument is its uint64 value in a BigUint64Array.
 */
const dev = (p: number | bigint) => new BigUint64Array([BigInt(p)]);
const i32 = (v: number) => new Int32Array([v]);
const f32 = (v: number) => new Float32Array([v]);

const skipIf = (name: string, fn: () => void) =>
  test(name, () => {
    if (noCompiler) return void console.log(`skipped: ${noCompiler}`);
    fn();
  });

skipIf('calls before cuInit fail with CUDA_ERROR_NOT_INITIALIZED; error names and strings', () => {
  const c = driver();
  c.tj_fake_shutdown(); // other test files in this process may have used the fake
  assert.is(c.cuDeviceGetCount([0]), 3);
  assert.is(describe(3), 'CUDA_ERROR_NOT_INITIALIZED');
  assert.is(describe(200), 'CUDA_ERROR_INVALID_IMAGE');
  assert.is(describe(2, 'cuGetErrorString'), 'out of memory');
  const s = ['x'];
  assert.is(c.cuGetErrorName(12345, s), 1);
  assert.is(s[0], null);
  assert.is(out('cuDriverGetVersion'), 13000); // allowed before cuInit, as the real driver does
});

let ctx: unknown, stream: unknown;
skipIf('init, device queries, primary context, stream', () => {
  const c = driver();
  c.tj_fake_reset();
  ok('cuInit', 0);
  assert.is(out('cuDeviceGetCount'), 1);
  const device = out<number>('cuDeviceGet', 0);
  assert.is(device, 0);
  const name = Buffer.alloc(64);
  ok('cuDeviceGetName', name, 64, device);
  assert.is(name.toString('utf8', 0, name.indexOf(0)), 'tensorjit fake CUDA device');
  assert.equal(
    [75, 76, 16, 1, 999].map((a) => out('cuDeviceGetAttribute', a, device)),
    [8, 0, 4, 1024, 0],
  );
  assert.is(Number(out('cuDeviceTotalMem_v2', device)), 8 * 2 ** 30);
  assert.is(c.cuMemAlloc_v2([0], 16), 201, 'no current context');
  ctx = out('cuDevicePrimaryCtxRetain', device);
  ok('cuCtxSetCurrent', ctx);
  stream = out('cuStreamCreate', 0);
  assert.is(
    c.tj_fake_calls(),
    [
      'cuInit',
      'cuDeviceGetCount',
      'cuDeviceGet',
      'cuDeviceGetName',
      ...[75, 76, 16, 1, 999].map((a) => `cuDeviceGetAttribute ${a}`),
      'cuDeviceTotalMem_v2',
      'cuMemAlloc_v2 16',
      'cuDevicePrimaryCtxRetain',
      'cuCtxSetCurrent',
      'cuStreamCreate',
      '',
    ].join('\n'),
  );
});

skipIf('alloc, copy, load a host-compiled module, launch, copy back, free', () => {
  const c = driver();
  c.tj_fake_reset();
  const n = 1000,
    bytes = 4 * n;
  const x = Float32Array.from({ length: n }, (_, i) => i),
    got = new Float32Array(n);
  const dx = out('cuMemAlloc_v2', bytes),
    dy = out('cuMemAlloc_v2', bytes),
    dsum = out('cuMemAlloc_v2', 4);
  assert.is(Number(dx) % 256, 0, '256-byte aligned');
  assert.is(Number(c.tj_fake_bytes_allocated()), 2 * bytes + 4);
  const [free, total]: unknown[][] = [[0], [0]];
  ok('cuMemGetInfo_v2', free, total);
  assert.is(Number(free[0]), 8 * 2 ** 30 - (2 * bytes + 4));
  ok('cuMemcpyHtoDAsync_v2', dx, x, bytes, stream);
  ok('cuMemsetD32_v2', dy, 0x3f800000, n); // 1.0f
  ok('cuMemsetD8Async', dsum, 0, 4, stream);

  const mod = out('cuModuleLoadData', Buffer.from(hostCompileCuda(SOURCE) + '\0'));
  const axpy = out('cuModuleGetFunction', mod, 'axpy'),
    totalFn = out('cuModuleGetFunction', mod, 'total');
  ok('cuLaunchKernel', axpy, 3, 1, 1, 128, 1, 1, 0, stream, [dev(dy), dev(dx), f32(2), i32(n)], null);
  ok('cuLaunchKernel', totalFn, Math.ceil(n / 128), 1, 1, 128, 1, 1, 0, null, [dev(dsum), dev(dx), i32(n)], null);
  ok('cuStreamSynchronize', stream);
  ok('cuMemcpyDtoHAsync_v2', got, dy, bytes, stream);
  assert.ok(got.every((v, i) => v === 1 + 2 * i));
  ok('cuMemcpyDtoD_v2', dy, dx, bytes);
  ok('cuMemcpyDtoH_v2', got, dy, bytes);
  assert.equal(got, x);
  const sum = new Float32Array(1);
  ok('cuMemcpyDtoH_v2', sum, dsum, 4);
  assert.is(sum[0], (n * (n - 1)) / 2);
  assert.is(c.tj_fake_launches(), 2);

  for (const p of [dx, dy, dsum]) ok('cuMemFree_v2', p);
  assert.is(Number(c.tj_fake_bytes_allocated()), 0);
  ok('cuModuleUnload', mod);
  const calls = c.tj_fake_calls().split('\n');
  assert.ok(calls.includes('cuLaunchKernel axpy grid=3x1x1 block=128x1x1'), calls.join('\n'));
  assert.ok(calls.includes('cuLaunchKernel total grid=8x1x1 block=128x1x1'));
  assert.ok(calls.includes(`cuMemcpyHtoDAsync_v2 ${bytes}`));
  assert.ok(calls.includes('cuModuleGetFunction axpy'));
});

skipIf('errors: injected failures, bad images, missing kernels, stale handles, copies out of bounds', () => {
  const c = driver();
  c.tj_fake_reset();
  // the second cuMemAlloc_v2 from now fails with CUDA_ERROR_OUT_OF_MEMORY, then allocations work again
  c.tj_fake_fail('cuMemAlloc_v2', 2, 1);
  const a = out('cuMemAlloc_v2', 64);
  assert.is(c.cuMemAlloc_v2([0], 64), 2);
  const b = out('cuMemAlloc_v2', 64);
  c.tj_fake_fail('cuLaunchKernel', 700, 0);

  assert.is(c.cuModuleLoadData([null], Buffer.from('.version 8.0\n.target sm_80\n\0')), 200);
  assert.is(c.cuModuleLoadData([null], Buffer.from('TJHOST:/nonexistent/k.so\0')), 200);
  const mod = out('cuModuleLoadData', Buffer.from(hostCompileCuda(SOURCE) + '\0'));
  assert.is(c.cuModuleGetFunction([null], mod, 'nope'), 500);
  const axpy = out('cuModuleGetFunction', mod, 'axpy');
  const params = [dev(b), dev(a), f32(1), i32(16)];
  assert.is(c.cuLaunchKernel(axpy, 1, 1, 1, 16, 1, 1, 0, null, params, null), 700); // injected
  assert.is(c.cuLaunchKernel(axpy, 1, 1, 1, 2048, 1, 1, 0, null, params, null), 1); // block too large
  ok('cuLaunchKernel', axpy, 1, 1, 1, 16, 1, 1, 0, null, params, null);
  assert.is(c.tj_fake_launches(), 2, 'launches that reached the kernel');

  const h = new Uint8Array(128);
  assert.is(c.cuMemcpyHtoD_v2(a, h, 128), 1, 'past the end of the allocation');
  assert.is(c.cuMemcpyDtoH_v2(h, BigInt(a) + 32n, 64), 1);
  ok('cuMemcpyDtoH_v2', h, BigInt(a) + 32n, 32);
  assert.is(c.cuMemFree_v2(BigInt(a) + 8n), 1, 'not the start of an allocation');

  ok('cuModuleUnload', mod);
  assert.is(c.cuLaunchKernel(axpy, 1, 1, 1, 16, 1, 1, 0, null, params, null), 400, 'function of an unloaded module');
  assert.is(c.cuModuleUnload(mod), 400);
  ok('cuStreamDestroy_v2', stream);
  assert.is(c.cuStreamSynchronize(stream), 400);
  for (const p of [a, b]) ok('cuMemFree_v2', p);
  assert.is(c.cuMemFree_v2(a), 1, 'double free');
  assert.is(Number(c.tj_fake_bytes_allocated()), 0);
  ok('cuCtxSynchronize');
  ok('cuDevicePrimaryCtxRelease_v2', 0);
  assert.is(c.cuCtxSynchronize(), 201, 'the released primary context is no longer current');
  // injected codes come back even from cuInit
  c.tj_fake_fail('cuInit', 100, 0);
  assert.is(c.cuInit(0), 100);
  ok('cuInit', 0);
  assert.ok(ctx);
});

skipIf('tj_fake_shutdown frees what is left and uninitializes', () => {
  const c = driver();
  ok('cuCtxSetCurrent', out('cuDevicePrimaryCtxRetain', 0));
  out('cuMemAlloc_v2', 1000);
  out('cuStreamCreate', 0);
  out('cuModuleLoadData', Buffer.from(hostCompileCuda(SOURCE) + '\0'));
  assert.is(Number(c.tj_fake_bytes_allocated()), 1000);
  c.tj_fake_shutdown();
  assert.is(Number(c.tj_fake_bytes_allocated()), 0);
  assert.is(c.tj_fake_calls(), '');
  assert.is(c.cuDeviceGetCount([0]), 3);
});

test.run();
