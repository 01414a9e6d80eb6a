// The process group of `tj.distributed`: MPI through koffi and the MPI shim (native/mpi/tj_mpi.c,
// whose file comes from a provider the compiler side registers, jit/backends/native/mpi-shim.ts),
// or, without an MPI launcher, a group of one that needs no MPI at all. Every collective first
// exchanges a small header (what is being done, dtype, shape) with one all-reduce of maxima over
// [v, -v], so processes that disagree throw on every process, naming each one's shapes, instead of
// reducing garbage or hanging; and every MPI wait has a deadline (TENSORJIT_DISTRIBUTED_TIMEOUT or
// init's `timeout`), after which the group is unusable and every later call throws.

import { type DType, type TypedArray } from '../dtype.js';
import { distributedTimeoutFromEnv } from '../env.js';
import { koffi } from '../native/ffi.js';
import { fmtShape, type Shape } from '../shape.js';

/** Where the shim's file comes from: registered by the compiler side. */
export interface MpiShimProvider {
  /** The shim's path if it is built (in the compile cache), without compiling. */
  cached(): string | undefined;
  /** The shim's path: from the cache, or built now with mpicc. */
  build(): string;
  /** Why it cannot be built (no mpicc), or undefined when it can. */
  reason(): string | undefined;
}

let provider: MpiShimProvider | undefined;
export function setMpiShimProvider(p: MpiShimProvider): void {
  provider = p;
}

/** The reductions of allReduce. */
export type ReduceOp = 'sum' | 'mean' | 'max' | 'min';
export const REDUCE_OPS: readonly ReduceOp[] = ['sum', 'mean', 'max', 'min'];

/** Options of init. */
export interface InitOptions {
  /** Seconds a collective waits for the other processes before it throws (default TENSORJIT_DISTRIBUTED_TIMEOUT, else 300). */
  timeout?: number;
}

const DEFAULT_TIMEOUT_S = 300;
const TIMED_OUT = -1;

interface Shim {
  init(): number;
  rank(): number;
  size(): number;
  allreduce(buf: TypedArray, count: number, dtype: number, op: number, timeout: number): number;
  broadcast(buf: TypedArray, count: number, dtype: number, root: number, timeout: number): number;
  finalize(): number;
  errorString(code: number): string;
  version(): string;
  benchAllreduce(buf: Float32Array, count: number, warmup: number, iters: number): number;
}

type Group =
  | { kind: 'single'; timeout: number }
  | { kind: 'mpi'; shim: Shim; rank: number; size: number; timeout: number; launcher: string };

let group: Group | undefined;
/** Set when a collective failed or timed out: the group cannot be used any more. */
let broken: string | undefined;

/**
 * The MPI launcher this process was started by (the variable that says so), or undefined: Open
 * MPI's mpirun, PMIx (Slurm's srun --mpi=pmix, prterun), PMI-1/2 and MPICH's Hydra.
 */
export function mpiLauncher(): string | undefined {
  const env = process.env;
  for (const name of ['OMPI_COMM_WORLD_SIZE', 'PMIX_RANK', 'PMI_SIZE', 'PMI_RANK', 'MPI_LOCALNRANKS'])
    if (env[name] !== undefined && env[name] !== '') return `${name}=${env[name]}`;
  return undefined;
}

function loadShim(file: string): Shim {
  // RTLD_GLOBAL: Open MPI's components (plugins it opens itself) need libmpi's symbols.
  const lib = koffi().load(file, { global: true });
  const f = (decl: string) => lib.func(decl) as (...args: unknown[]) => unknown;
  const init = f('int tj_mpi_init(void)'),
    rank = f('int tj_mpi_rank(void)'),
    size = f('int tj_mpi_size(void)'),
    allreduce = f('int tj_mpi_allreduce(void *buf, int count, int dtype, int op, double timeout)'),
    broadcast = f('int tj_mpi_broadcast(void *buf, int count, int dtype, int root, double timeout)'),
    finalize = f('int tj_mpi_finalize(void)'),
    errorString = f('const char *tj_mpi_error_string(int code)'),
    version = f('const char *tj_mpi_library_version(void)'),
    bench = f('double tj_mpi_bench_allreduce(void *buf, int count, int warmup, int iters)');
  return {
    init: () => init() as number,
    rank: () => rank() as number,
    size: () => size() as number,
    allreduce: (b, n, d, o, t) => allreduce(b, n, d, o, t) as number,
    broadcast: (b, n, d, r, t) => broadcast(b, n, d, r, t) as number,
    finalize: () => finalize() as number,
    errorString: (c) => errorString(c) as string,
    version: () => version() as string,
    benchAllreduce: (b, n, w, i) => bench(b, n, w, i) as number,
  };
}

const INSTALL =
  "install Open MPI's library and compiler wrapper (apt-get install -y openmpi-bin libopenmpi-dev): tensorjit builds its MPI shim with mpicc (`npm run setup`, or the first init() under mpirun)";

function checkTimeout(v: unknown): number {
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v))
    throw new Error(`distributed.init: timeout must be a positive number of seconds, got ${String(v)}`);
  return v;
}

/**
 * Joins the process group: MPI's COMM_WORLD under an MPI launcher, else a group of one. Called
 * again, it returns at once (a new `timeout` applies from then on).
 */
export function initGroup(opts: InitOptions = {}): void {
  const timeout = opts.timeout === undefined ? undefined : checkTimeout(opts.timeout);
  if (group) {
    if (timeout !== undefined) group.timeout = timeout;
    return;
  }
  const t = timeout ?? distributedTimeoutFromEnv(DEFAULT_TIMEOUT_S);
  const launcher = mpiLauncher();
  if (!launcher) {
    group = { kind: 'single', timeout: t };
    return;
  }
  if (!provider)
    throw new Error(
      `distributed.init: started by an MPI launcher (${launcher}) but no MPI shim provider is registered`,
    );
  let file = provider.cached();
  if (!file) {
    const why = provider.reason();
    if (why !== undefined)
      throw new Error(
        `distributed.init: started by an MPI launcher (${launcher}), but tensorjit's MPI shim is not built and cannot be: ${why}. To run on several processes, ${INSTALL}.`,
      );
    file = provider.build();
  }
  let shim: Shim;
  try {
    shim = loadShim(file);
  } catch (e) {
    throw new Error(
      `distributed.init: started by an MPI launcher (${launcher}), but MPI's library cannot be loaded (${(e as Error).message}); ${INSTALL}.`,
      { cause: e },
    );
  }
  const rc = shim.init();
  if (rc !== 0) throw new Error(`distributed.init: MPI_Init failed: ${shim.errorString(rc)}`);
  group = { kind: 'mpi', shim, rank: shim.rank(), size: shim.size(), timeout: t, launcher };
  // MPI_Finalize at exit, so the launcher sees a clean end; not after a failure (it could wait forever).
  process.once('exit', () => {
    if (group?.kind === 'mpi' && broken === undefined) group.shim.finalize();
  });
}

function joined(): Group {
  if (!group) initGroup();
  return group!;
}

/** This process's rank in the group (0 to size - 1). */
export const groupRank = (): number => {
  const g = joined();
  return g.kind === 'mpi' ? g.rank : 0;
};
/** The number of processes in the group. */
export const groupSize = (): number => {
  const g = joined();
  return g.kind === 'mpi' ? g.size : 1;
};
/** What the group runs on, for messages and benchmarks. */
export function groupDescription(): string {
  const g = joined();
  return g.kind === 'mpi' ? `${g.shim.version()} (${g.launcher})` : 'a group of one (no MPI launcher)';
}

const DTYPE_CODE: Partial<Record<DType, number>> = { float32: 0, float64: 1, int32: 2 };
const CODE_DTYPE = ['float32', 'float64', 'int32'];
const OP_CODE: Record<ReduceOp, number> = { sum: 0, max: 1, min: 2, mean: 0 };
const KIND = ['allReduce', 'broadcast', 'barrier'] as const;
type Kind = (typeof KIND)[number];
const MAX_DIMS = 8;

/** Runs one call of the shim, throwing (and marking the group broken) on a timeout or an MPI error. */
function call(g: Extract<Group, { kind: 'mpi' }>, what: string, run: () => number): void {
  if (broken !== undefined) throw new Error(`${what}: ${broken}`);
  const rc = run();
  if (rc === 0) return;
  broken =
    rc === TIMED_OUT
      ? `no answer from the other processes within ${g.timeout} s on rank ${g.rank} of ${g.size}: a process has exited or is stuck, or took another path (TENSORJIT_DISTRIBUTED_TIMEOUT or distributed.init({ timeout }) sets the limit); the process group cannot be used any more`
      : `MPI failed on rank ${g.rank} of ${g.size}: ${g.shim.errorString(rc)}; the process group cannot be used any more`;
  throw new Error(`${what}: ${broken}`);
}

function shapeHash(shape: Shape): number {
  let h = 0x811c9dc5;
  for (const d of [shape.length, ...shape]) {
    h = Math.imul(h ^ (d & 0xffff), 0x01000193) >>> 0;
    h = Math.imul(h ^ (d >>> 16), 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Checks that every process makes the same call (kind, op, root, dtype, shape): one all-reduce
 * of maxima over the header and its negation. On a mismatch a second all-reduce gathers every
 * process's call, and every process throws naming them all.
 */
function agree(
  g: Extract<Group, { kind: 'mpi' }>,
  what: string,
  kind: Kind,
  dtype: DType | undefined,
  shape: Shape,
  extra: number,
): void {
  const dt = dtype === undefined ? -1 : DTYPE_CODE[dtype]!;
  const count = shape.reduce((a, b) => a * b, 1);
  const head = [KIND.indexOf(kind), extra, dt, shape.length, count, shapeHash(shape)];
  const k = head.length;
  const buf = new Float64Array(2 * k);
  head.forEach((v, i) => ((buf[i] = v), (buf[k + i] = -v)));
  call(g, what, () => g.shim.allreduce(buf, 2 * k, 1, 1, g.timeout));
  if (head.every((_, i) => buf[i] === -buf[k + i])) return;
  // Disagreement: every process writes its call in its own slot; a sum gathers them.
  const slot = 4 + MAX_DIMS;
  const all = new Float64Array(g.size * slot);
  const mine = [KIND.indexOf(kind), extra, dt, shape.length, ...shape.slice(0, MAX_DIMS)];
  mine.forEach((v, i) => (all[g.rank * slot + i] = v));
  call(g, what, () => g.shim.allreduce(all, all.length, 1, 0, g.timeout));
  const describe = (r: number): string => {
    const s = all.subarray(r * slot, (r + 1) * slot);
    const [kd, ex, d, nd] = s;
    const dims = Array.from(s.subarray(4, 4 + Math.min(nd, MAX_DIMS)));
    const call =
      KIND[kd] === 'barrier'
        ? 'barrier()'
        : KIND[kd] === 'broadcast'
          ? `broadcast(${CODE_DTYPE[d]} ${fmtShape(dims)}, root ${ex})`
          : `allReduce(${CODE_DTYPE[d]} ${fmtShape(dims)}, '${REDUCE_OPS[ex]}')`;
    return `rank ${r}: ${call}`;
  };
  const lines = Array.from({ length: g.size }, (_, r) => describe(r));
  throw new Error(
    `${what}: the processes disagree on this collective (${lines.join('; ')}): every process must make the same collective calls, in the same order, with the same shapes and dtypes`,
  );
}

function checkDtype(what: string, dtype: DType): number {
  const code = DTYPE_CODE[dtype];
  if (code === undefined) throw new Error(`${what}: tensors must be float32, float64 or int32, got ${dtype}`);
  return code;
}

/** The values of `buf` (dtype, shape) reduced with `op` over every process: a new buffer. */
export function allReduceBuffer(what: string, buf: TypedArray, dtype: DType, shape: Shape, op: ReduceOp): TypedArray {
  const code = checkDtype(what, dtype);
  const out = buf.slice();
  const g = joined();
  if (g.kind === 'single') return out;
  agree(g, what, 'allReduce', dtype, shape, REDUCE_OPS.indexOf(op));
  if (out.length > 0x7fffffff) throw new Error(`${what}: at most 2^31 - 1 elements per call, got ${out.length}`);
  if (out.length > 0) call(g, what, () => g.shim.allreduce(out, out.length, code, OP_CODE[op], g.timeout));
  if (op === 'mean') {
    if (dtype === 'float32') for (let i = 0; i < out.length; i++) out[i] = Math.fround(out[i] / g.size);
    else for (let i = 0; i < out.length; i++) out[i] /= g.size;
  }
  return out;
}

/** Rank `root`'s values of `buf` on every process: a new buffer. */
export function broadcastBuffer(what: string, buf: TypedArray, dtype: DType, shape: Shape, root: number): TypedArray {
  const code = checkDtype(what, dtype);
  const out = buf.slice();
  const g = joined();
  if (!Number.isInteger(root) || root < 0 || root >= (g.kind === 'mpi' ? g.size : 1))
    throw new Error(`${what}: root must be a rank from 0 to ${(g.kind === 'mpi' ? g.size : 1) - 1}, got ${root}`);
  if (g.kind === 'single') return out;
  agree(g, what, 'broadcast', dtype, shape, root);
  if (out.length > 0) call(g, what, () => g.shim.broadcast(out, out.length, code, root, g.timeout));
  return out;
}

/** Returns once every process has called it (or throws after the timeout). */
export function groupBarrier(what: string): void {
  const g = joined();
  if (g.kind === 'single') return;
  // An all-reduce completes on no process before every process has entered it: the header is the barrier.
  agree(g, what, 'barrier', undefined, [], 0);
}

/**
 * osu_allreduce's loop in C (blocking MPI_Allreduce of `count` float32s, summed): mean seconds per
 * call, the baseline the benchmark compares tensorjit's layer against. Undefined in a group of one.
 */
export function rawAllReduceSeconds(count: number, warmup: number, iters: number): number | undefined {
  const g = joined();
  if (g.kind === 'single') return undefined;
  return g.shim.benchAllreduce(new Float32Array(count), count, warmup, iters);
}
