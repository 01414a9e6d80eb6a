// Data-parallel training over MPI: `tj.distributed`. Processes are started by an MPI launcher
// (mpirun, or a scheduler's: Slurm's srun with PMIx); one without is a group of one, so the same
// script runs anywhere. The collectives are primitives (runtime/primitives/distributed.ts), so
// inside a jitted step they run between the compiled kernels rather than breaking the graph.

import '../jit/backends/native/mpi-shim.js';
import {
  groupBarrier,
  groupRank,
  groupSize,
  initGroup,
  REDUCE_OPS,
  type InitOptions,
  type ReduceOp,
} from '../runtime/distributed/mpi.js';
import { describeValue } from './errors.js';
import { allReduceOp, broadcastOp } from './ops/collective.js';
import { Tensor } from './tensor.js';

export type { InitOptions, ReduceOp };
export type { AllReduceOption } from './grad-sync.js';

function checkTensor(op: string, t: unknown): Tensor {
  if (!(t instanceof Tensor)) throw new Error(`distributed.${op}: expected a Tensor, got ${describeValue(t)}`);
  return t;
}

/**
 * Joins the process group: every process started by the same `mpirun` (MPI's COMM_WORLD), or,
 * without an MPI launcher, a group of one (no MPI needed). The other functions of
 * {@link distributed} call it themselves when it has not been called; calling it again does
 * nothing but set a new `timeout`. Under an MPI launcher without Open MPI's library (or without
 * tensorjit's MPI shim, which the setup step builds with `mpicc`) it throws saying what to install.
 *
 * @param opts - `timeout`: seconds a collective waits for the other processes before it throws
 *   (default: the `TENSORJIT_DISTRIBUTED_TIMEOUT` environment variable, else 300).
 * @example
 * ```ts
 * tj.distributed.init({ timeout: 60 });
 * tj.distributed.size();  // 1 without mpirun; N under `mpirun -np N`
 * ```
 */
export function init(opts?: InitOptions): void {
  if (opts !== undefined && (opts === null || typeof opts !== 'object'))
    throw new Error(`distributed.init: options must be an object like { timeout }, got ${describeValue(opts)}`);
  for (const k of Object.keys(opts ?? {}))
    if (k !== 'timeout') throw new Error(`distributed.init: unknown option '${k}' (known: timeout)`);
  initGroup(opts);
}

/**
 * This process's rank in the group, from 0 to `size() - 1` (0 in a group of one).
 *
 * @example
 * ```ts
 * if (tj.distributed.rank() === 0) console.log('I print the table');
 * ```
 */
export function rank(): number {
  return groupRank();
}

/**
 * The number of processes in the group (1 without an MPI launcher).
 *
 * @example
 * ```ts
 * const shard = Math.ceil(60000 / tj.distributed.size());
 * ```
 */
export function size(): number {
  return groupSize();
}

/**
 * `t` reduced over every process of the group, returned on every process: `'sum'` (the default),
 * `'mean'` (the sum divided by the group's size; float tensors only), `'max'` or `'min'`.
 * float32, float64 and int32 tensors. Every process must call it at the same point with the same
 * shape and dtype: processes that disagree throw on every process, naming each one's shape and
 * dtype; a process that never arrives (it exited, or took another path) makes the others throw
 * after the timeout (see {@link distributed.init | init}).
 *
 * Inside `jit` it is a node of the graph that runs as its own step between the compiled kernels
 * (the function still compiles). `'sum'` and `'mean'` are differentiable (the gradient is the
 * same reduction of the cotangents); `'max'` and `'min'` are not. Under `jit`, a result that
 * nothing uses is removed with the work that made it: use the result.
 *
 * @param t - The tensor to reduce.
 * @param op - `'sum'`, `'mean'`, `'max'` or `'min'`.
 * @returns A new tensor of `t`'s shape and dtype.
 * @example
 * ```ts
 * const total = tj.distributed.allReduce(tj.tensor([1, 2]), 'sum');  // [N, 2N] over N processes
 * ```
 */
export function allReduce(t: Tensor, op: ReduceOp = 'sum'): Tensor {
  checkTensor('allReduce', t);
  if (!REDUCE_OPS.includes(op))
    throw new Error(`distributed.allReduce: op must be 'sum', 'mean', 'max' or 'min', got ${describeValue(op)}`);
  return allReduceOp(t, op);
}

/**
 * Rank `root`'s `t` on every process (every process passes a tensor of the same shape and dtype,
 * checked as in {@link distributed.allReduce | allReduce}). No derivative flows through it.
 *
 * @param t - The tensor: its values matter on `root` only.
 * @param root - The rank whose values everyone gets (default 0).
 * @returns A new tensor of `t`'s shape and dtype.
 * @example
 * ```ts
 * const w0 = tj.distributed.broadcast(tj.randn([3]));  // rank 0's draw everywhere
 * ```
 */
export function broadcast(t: Tensor, root = 0): Tensor {
  checkTensor('broadcast', t);
  if (!Number.isInteger(root) || root < 0 || root >= groupSize())
    throw new Error(
      `distributed.broadcast: root must be a rank from 0 to ${groupSize() - 1}, got ${describeValue(root)}`,
    );
  return broadcastOp(t, root);
}

/**
 * Returns when every process of the group has called it (or throws after the timeout).
 *
 * @example
 * ```ts
 * tj.distributed.barrier();
 * ```
 */
export function barrier(): void {
  groupBarrier('distributed.barrier');
}

/**
 * Data-parallel training over MPI: start N processes with `mpirun -np N node train.js` (or a
 * cluster scheduler's MPI launcher); each joins the group with {@link distributed.init | init},
 * learns its {@link distributed.rank | rank} and the group's {@link distributed.size | size}, and
 * they exchange tensors with {@link distributed.allReduce | allReduce},
 * {@link distributed.broadcast | broadcast} and {@link distributed.barrier | barrier}. A process
 * started without an MPI launcher is a group of one. `optim.sgd/adam/adamw/rmsprop` take
 * `{ allReduce: true }` to average gradients across the group. See docs/distributed.md.
 *
 * @namespace
 * @example
 * ```ts
 * tj.distributed.init();
 * const mine = tj.tensor([tj.distributed.rank()]);
 * tj.distributed.allReduce(mine, 'max');  // [size - 1] on every process
 * ```
 * @category Distributed
 */
export const distributed = { init, rank, size, allReduce, broadcast, barrier };
