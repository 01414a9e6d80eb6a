// The CUDA driver API (libcuda.so.1) through koffi: one process-wide device, its primary context
// and one stream; device memory, copies, modules and launches. Every call is checked: a failure
// throws an Error naming the call, what it was for (the kernel, the bytes) and cuGetErrorName's text.
// 64-bit handles and device addresses are kept as Numbers (addresses on x86-64 fit in 2^53).

import fs from 'node:fs';
import type * as Koffi from 'koffi';
import { cudaDriverFromEnv } from '../env.js';
import { koffi } from '../native/ffi.js';

/** A device address. */
export type DevicePtr = number;

/** What the tier needs to know of its GPU. */
export interface DeviceInfo {
  name: string;
  /** Compute capability, e.g. [9, 0]. */
  capability: [number, number];
  multiprocessors: number;
  totalBytes: number;
  driverVersion: number;
}

/** A loaded module's kernels by name. */
export interface CudaModule {
  kernel(name: string): unknown;
  unload(): void;
}

const ATTR = { maxThreadsPerBlock: 1, multiprocessors: 16, ccMajor: 75, ccMinor: 76 } as const;

/** Where libcuda is looked for when dlopen's own search does not find it. */
const DRIVER_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/usr/local/nvidia/lib64', '/usr/lib/wsl/lib'];

/** The driver library to load: TENSORJIT_CUDA_DRIVER (tests point it at their double), else libcuda.so.1. */
export function driverLibrary(): string | undefined {
  const fromEnv = cudaDriverFromEnv();
  if (fromEnv) return fromEnv;
  const found = DRIVER_DIRS.map((d) => `${d}/libcuda.so.1`).find((f) => fs.existsSync(f));
  return found ?? 'libcuda.so.1';
}

type Fn = (...args: unknown[]) => number;

interface Api {
  [name: string]: Fn;
}

const SIGNATURES = [
  'int cuInit(unsigned int flags)',
  'int cuDriverGetVersion(_Out_ int* v)',
  'int cuDeviceGetCount(_Out_ int* n)',
  'int cuDeviceGet(_Out_ int* d, int ordinal)',
  'int cuDeviceGetName(_Out_ char* name, int len, int dev)',
  'int cuDeviceGetAttribute(_Out_ int* v, int attr, int dev)',
  'int cuDeviceTotalMem_v2(_Out_ size_t* bytes, int dev)',
  'int cuDevicePrimaryCtxRetain(_Out_ void** ctx, int dev)',
  'int cuCtxSetCurrent(void* ctx)',
  'int cuCtxSynchronize()',
  'int cuStreamCreate(_Out_ void** stream, unsigned int flags)',
  'int cuStreamSynchronize(void* stream)',
  'int cuMemAlloc_v2(_Out_ uint64_t* ptr, size_t bytes)',
  'int cuMemFree_v2(uint64_t ptr)',
  'int cuMemGetInfo_v2(_Out_ size_t* free, _Out_ size_t* total)',
  'int cuMemcpyHtoDAsync_v2(uint64_t dst, const void* src, size_t bytes, void* stream)',
  'int cuMemcpyDtoHAsync_v2(void* dst, uint64_t src, size_t bytes, void* stream)',
  'int cuMemcpyDtoDAsync_v2(uint64_t dst, uint64_t src, size_t bytes, void* stream)',
  'int cuMemsetD8Async(uint64_t dst, uint8_t value, size_t n, void* stream)',
  'int cuMemAllocHost_v2(_Out_ void** ptr, size_t bytes)',
  'int cuMemFreeHost(void* ptr)',
  'int cuEventCreate(_Out_ void** event, unsigned int flags)',
  'int cuEventRecord(void* event, void* stream)',
  'int cuEventSynchronize(void* event)',
  'int cuEventDestroy_v2(void* event)',
  'int cuModuleLoadData(_Out_ void** module, const void* image)',
  'int cuModuleUnload(void* module)',
  'int cuModuleGetFunction(_Out_ void** fn, void* module, const char* name)',
  'int cuLaunchKernel(void* f, unsigned int gx, unsigned int gy, unsigned int gz, unsigned int bx, unsigned int by, unsigned int bz, unsigned int shared, void* stream, void* params, void* extra)',
  'int cuGetErrorName(int error, _Out_ const char** name)',
  'int cuGetErrorString(int error, _Out_ const char** text)',
];

const GRAPH_SIGNATURES = [
  'int cuStreamBeginCapture_v2(void* stream, int mode)',
  'int cuStreamEndCapture(void* stream, _Out_ void** graph)',
  'int cuGraphInstantiateWithFlags(_Out_ void** exec, void* graph, unsigned long long flags)',
  'int cuGraphLaunch(void* exec, void* stream)',
  'int cuGraphExecDestroy(void* exec)',
  'int cuGraphDestroy(void* graph)',
];

/** CU_EVENT_DISABLE_TIMING: events that only mark a point of the stream are cheaper to record and wait for. */
const EVENT_DISABLE_TIMING = 2;

/** Page-locked host memory: the device copies into it asynchronously; `bytes` views it from JS. */
export interface PinnedBlock {
  pointer: unknown;
  bytes: Uint8Array;
}

/** CU_STREAM_CAPTURE_MODE_THREAD_LOCAL: other threads' CUDA calls do not disturb the capture. */
const CAPTURE_THREAD_LOCAL = 1;

/** An Error for a CUDA failure: the call, what it was doing, the error's name and text. */
export class CudaError extends Error {
  constructor(
    readonly call: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export class CudaDriver {
  readonly info: DeviceInfo;
  private readonly api: Api;
  /** Whether the driver has CUDA graphs (stream capture). */
  graphs = true;
  /** The one stream every copy and launch is queued on. */
  readonly stream: unknown;
  private readonly k: typeof Koffi;

  private constructor(lib: string) {
    this.k = koffi();
    const handle = this.k.load(lib);
    this.api = {};
    for (const sig of SIGNATURES) {
      const name = /\s(\w+)\(/.exec(sig)![1];
      this.api[name] = handle.func(sig) as Fn;
    }
    // The same copy with its destination given as an address: an offset into a pinned block.
    this.api.cuMemcpyDtoHAsyncAt = handle.func('cuMemcpyDtoHAsync_v2', 'int', [
      'uint64_t',
      'uint64_t',
      'size_t',
      'void*',
    ]) as Fn;
    // CUDA graphs (driver 11.4 and later): one launch replays a call's kernels. Optional.
    for (const sig of GRAPH_SIGNATURES) {
      const name = /\s(\w+)\(/.exec(sig)![1];
      try {
        this.api[name] = handle.func(sig) as Fn;
      } catch {
        this.graphs = false;
      }
    }
    this.check('cuInit', this.api.cuInit(0));
    const version = [0],
      count = [0],
      dev = [0];
    this.check('cuDriverGetVersion', this.api.cuDriverGetVersion(version));
    this.check('cuDeviceGetCount', this.api.cuDeviceGetCount(count));
    if (count[0] < 1)
      throw new CudaError('cuDeviceGetCount', 100, 'the CUDA driver found no GPU (cuDeviceGetCount = 0)');
    this.check('cuDeviceGet', this.api.cuDeviceGet(dev, 0));
    const attr = (a: number) => {
      const v = [0];
      this.check('cuDeviceGetAttribute', this.api.cuDeviceGetAttribute(v, a, dev[0]));
      return v[0];
    };
    const nameBuf = Buffer.alloc(256);
    this.check('cuDeviceGetName', this.api.cuDeviceGetName(nameBuf, 256, dev[0]));
    const total = [0];
    this.check('cuDeviceTotalMem_v2', this.api.cuDeviceTotalMem_v2(total, dev[0]));
    const ctx = [null];
    this.check('cuDevicePrimaryCtxRetain', this.api.cuDevicePrimaryCtxRetain(ctx, dev[0]));
    this.check('cuCtxSetCurrent', this.api.cuCtxSetCurrent(ctx[0]));
    const stream = [null];
    this.check('cuStreamCreate', this.api.cuStreamCreate(stream, 0));
    this.stream = stream[0];
    this.info = {
      name: nameBuf.toString('utf8', 0, nameBuf.indexOf(0)),
      capability: [attr(ATTR.ccMajor), attr(ATTR.ccMinor)],
      multiprocessors: attr(ATTR.multiprocessors),
      totalBytes: Number(total[0]),
      driverVersion: version[0],
    };
  }

  private static instance: CudaDriver | undefined;
  private static failure: Error | undefined;

  /** The process's driver (loaded, initialized and its context made current at the first use); throws why it cannot be. */
  static get(): CudaDriver {
    if (CudaDriver.instance) return CudaDriver.instance;
    if (CudaDriver.failure) throw CudaDriver.failure;
    const lib = driverLibrary()!;
    try {
      CudaDriver.instance = new CudaDriver(lib);
      return CudaDriver.instance;
    } catch (e) {
      const msg = (e as Error).message;
      const missing = /cannot open shared object|No such file/.test(msg);
      CudaDriver.failure =
        e instanceof CudaError
          ? e
          : new Error(
              missing
                ? `no CUDA driver: ${lib} is not on this machine (NVIDIA's driver installs it; TENSORJIT_CUDA_DRIVER names another)`
                : `no CUDA driver: ${lib} could not be loaded (${msg.split('\n')[0]})`,
              { cause: e },
            );
      throw CudaDriver.failure;
    }
  }

  /** Forgets a failed load, so the next get() tries again (tests switch drivers). */
  static reset(): void {
    CudaDriver.instance = undefined;
    CudaDriver.failure = undefined;
  }

  /** The name and text of a CUDA error code. */
  describe(code: number): string {
    const name = [null as string | null],
      text = [null as string | null];
    const ok = this.api.cuGetErrorName(code, name) === 0;
    this.api.cuGetErrorString(code, text);
    return ok ? `${name[0]}${text[0] ? ` (${text[0]})` : ''}` : `CUDA error ${code}`;
  }

  /** Throws for a failed call: `what` says what it was doing (the kernel, the bytes). */
  check(call: string, code: number, what?: string): void {
    if (code === 0) return;
    throw new CudaError(call, code, `${call} failed${what ? ` ${what}` : ''}: ${this.describe(code)}`);
  }

  alloc(bytes: number, what: string): DevicePtr {
    const ptr = [0];
    this.check(
      'cuMemAlloc_v2',
      this.api.cuMemAlloc_v2(ptr, Math.max(bytes, 1)),
      `allocating ${bytes} bytes for ${what}`,
    );
    return Number(ptr[0]);
  }

  free(ptr: DevicePtr): void {
    this.check('cuMemFree_v2', this.api.cuMemFree_v2(ptr));
  }

  /** Free and total device memory in bytes. */
  memInfo(): { free: number; total: number } {
    const free = [0],
      total = [0];
    this.check('cuMemGetInfo_v2', this.api.cuMemGetInfo_v2(free, total));
    return { free: Number(free[0]), total: Number(total[0]) };
  }

  /** Queues a copy of host memory to the device (the host array must stay unchanged until the stream reaches it: tensors' are). */
  toDevice(dst: DevicePtr, src: ArrayBufferView, bytes = src.byteLength): void {
    if (bytes === 0) return;
    this.check('cuMemcpyHtoDAsync_v2', this.api.cuMemcpyHtoDAsync_v2(dst, src, bytes, this.stream), `(${bytes} bytes)`);
  }

  /** Copies device memory into a host array, waiting for it and everything queued before it unless `wait` is false (then synchronize() before reading). */
  toHost(dst: ArrayBufferView, src: DevicePtr, bytes = dst.byteLength, wait = true): void {
    if (bytes > 0)
      this.check(
        'cuMemcpyDtoHAsync_v2',
        this.api.cuMemcpyDtoHAsync_v2(dst, src, bytes, this.stream),
        `(${bytes} bytes)`,
      );
    if (wait) this.synchronize();
  }

  /** Queues a copy within the device. */
  copy(dst: DevicePtr, src: DevicePtr, bytes: number): void {
    if (bytes === 0) return;
    this.check('cuMemcpyDtoDAsync_v2', this.api.cuMemcpyDtoDAsync_v2(dst, src, bytes, this.stream), `(${bytes} bytes)`);
  }

  /** Queues zeroing `bytes` bytes. */
  zero(dst: DevicePtr, bytes: number): void {
    if (bytes === 0) return;
    this.check('cuMemsetD8Async', this.api.cuMemsetD8Async(dst, 0, bytes, this.stream));
  }

  synchronize(): void {
    this.check('cuStreamSynchronize', this.api.cuStreamSynchronize(this.stream), '(waiting for queued kernels)');
  }

  /** Allocates page-locked host memory (asynchronous copies from the device need it); `what` names it in errors. */
  allocHost(bytes: number, what: string): PinnedBlock {
    const ptr = [null];
    this.check(
      'cuMemAllocHost_v2',
      this.api.cuMemAllocHost_v2(ptr, Math.max(bytes, 1)),
      `allocating ${bytes} bytes of pinned host memory for ${what}`,
    );
    return { pointer: ptr[0], bytes: new Uint8Array(this.k.view(ptr[0], Math.max(bytes, 1))) };
  }

  freeHost(block: PinnedBlock): void {
    this.check('cuMemFreeHost', this.api.cuMemFreeHost(block.pointer));
  }

  /** Queues a copy of device memory into pinned memory at `offset`: it lands once an event recorded after it has passed. */
  toPinned(dst: PinnedBlock, offset: number, src: DevicePtr, bytes: number): void {
    if (bytes === 0) return;
    const to = this.k.address(dst.pointer) + BigInt(offset);
    this.check(
      'cuMemcpyDtoHAsync_v2',
      this.api.cuMemcpyDtoHAsyncAt(to, src, bytes, this.stream),
      `(${bytes} bytes into pinned memory)`,
    );
  }

  /** An event marking a point of the stream (no timing). */
  createEvent(): unknown {
    const ev = [null];
    this.check('cuEventCreate', this.api.cuEventCreate(ev, EVENT_DISABLE_TIMING));
    return ev[0];
  }

  /** Marks the stream's current end with `event` (it passes when everything queued before it is done). */
  record(event: unknown): void {
    this.check('cuEventRecord', this.api.cuEventRecord(event, this.stream));
  }

  /** Waits until `event` has passed; `what` says what was waited for in errors. */
  waitFor(event: unknown, what: string): void {
    this.check('cuEventSynchronize', this.api.cuEventSynchronize(event), what);
  }

  destroyEvent(event: unknown): void {
    this.check('cuEventDestroy_v2', this.api.cuEventDestroy_v2(event));
  }

  /** Loads a module from its image (PTX text or a cubin); `what` names it in errors. */
  loadModule(image: Uint8Array, what: string): CudaModule {
    const data = image[image.length - 1] === 0 ? image : concatZero(image);
    const mod = [null];
    this.check('cuModuleLoadData', this.api.cuModuleLoadData(mod, data), `loading ${what}`);
    const kernels = new Map<string, unknown>();
    return {
      kernel: (name) => {
        let f = kernels.get(name);
        if (f === undefined) {
          const out = [null];
          this.check(
            'cuModuleGetFunction',
            this.api.cuModuleGetFunction(out, mod[0], name),
            `for kernel ${name} of ${what}`,
          );
          f = out[0];
          kernels.set(name, f);
        }
        return f;
      },
      unload: () => this.check('cuModuleUnload', this.api.cuModuleUnload(mod[0])),
    };
  }

  /** Queues a kernel: `params` is the address of its argument-pointer array (see KernelArgs). */
  launch(
    fn: unknown,
    grid: readonly [number, number, number],
    block: readonly [number, number, number],
    params: KernelArgs,
    name: string,
  ): void {
    const code = this.api.cuLaunchKernel(
      fn,
      grid[0],
      grid[1],
      grid[2],
      block[0],
      block[1],
      block[2],
      0,
      this.stream,
      params.pointers,
      null,
    );
    if (code !== 0)
      this.check('cuLaunchKernel', code, `for kernel ${name} (grid ${grid.join('x')}, block ${block.join('x')})`);
  }

  /**
   * Records what `queue` queues on the stream (kernel launches) as a CUDA graph, without running
   * it, and returns the graph's executable; `launchGraph` replays it with one call. Throws (the
   * stream left as it was) where the driver cannot capture what `queue` does.
   */
  capture(queue: () => void, what: string): unknown {
    this.check('cuStreamBeginCapture_v2', this.api.cuStreamBeginCapture_v2(this.stream, CAPTURE_THREAD_LOCAL), what);
    let failure: unknown;
    try {
      queue();
    } catch (e) {
      failure = e;
    }
    const graph = [null];
    const ended = this.api.cuStreamEndCapture(this.stream, graph);
    if (failure !== undefined) {
      if (graph[0]) this.api.cuGraphDestroy(graph[0]);
      throw failure;
    }
    this.check('cuStreamEndCapture', ended, what);
    const exec = [null];
    const made = this.api.cuGraphInstantiateWithFlags(exec, graph[0], 0);
    this.api.cuGraphDestroy(graph[0]);
    this.check('cuGraphInstantiateWithFlags', made, what);
    return exec[0];
  }

  /** Queues a captured graph. */
  launchGraph(exec: unknown, what: string): void {
    const code = this.api.cuGraphLaunch(exec, this.stream);
    if (code !== 0) this.check('cuGraphLaunch', code, what);
  }

  /** Frees a captured graph. */
  destroyGraph(exec: unknown): void {
    this.api.cuGraphExecDestroy(exec);
  }

  /** The address of a host array (for argument blocks). */
  address(b: ArrayBufferView): bigint {
    return this.k.address(b) as bigint;
  }
}

function concatZero(image: Uint8Array): Uint8Array {
  const out = new Uint8Array(image.length + 1);
  out.set(image);
  return out;
}

/**
 * A kernel's arguments as cuLaunchKernel takes them: one 8-byte slot per argument and an array of
 * pointers to the slots, both made once per launch site; `set` rewrites a slot between launches.
 */
export class KernelArgs {
  readonly values: DataView;
  readonly pointers: BigUint64Array;
  private readonly bytes: Uint8Array;

  constructor(driver: CudaDriver, count: number) {
    this.bytes = new Uint8Array(Math.max(count, 1) * 8);
    this.values = new DataView(this.bytes.buffer);
    this.pointers = new BigUint64Array(Math.max(count, 1));
    const base = driver.address(this.bytes);
    for (let i = 0; i < count; i++) this.pointers[i] = base + BigInt(i * 8);
  }

  pointer(i: number, p: DevicePtr): this {
    this.values.setBigUint64(i * 8, BigInt(p), true);
    return this;
  }
  int(i: number, v: number): this {
    this.values.setInt32(i * 8, v, true);
    return this;
  }
  f32(i: number, v: number): this {
    this.values.setFloat32(i * 8, v, true);
    return this;
  }
  f64(i: number, v: number): this {
    this.values.setFloat64(i * 8, v, true);
    return this;
  }
}
