// Gradient averaging for the optimizers' `{ allReduce: true }` (data parallelism, as PyTorch's DDP
// and Horovod's tensor fusion do it): the gradients are grouped by dtype into buckets of about
// 25 MB, each bucket flattened and concatenated, averaged across the processes with one
// all-reduce, and split back. Each bucket's all-reduce takes the previous one's result as an
// ordering token, so every process and every tier (eager, or a compiled step, which runs them as
// JS kernel steps between its compiled kernels) issues them in the same order. When the optimizer
// is made, the Variables are broadcast from rank 0 in the same buckets, so every process starts equal.

import { DTYPE_BYTES, type DType } from '../runtime/dtype.js';
import { size } from './distributed.js';
import { describeValue } from './errors.js';
import { allReduceOp, broadcastOp } from './ops/collective.js';
import { concat, reshape, split } from './ops/shape.js';
import type { Tensor } from './tensor.js';
import type { Variable } from './variable.js';

/** The `allReduce` option of the optimizers: `true`, or the bucket size in MB. */
export type AllReduceOption = boolean | { bucketMB?: number };

const DEFAULT_BUCKET_MB = 25;

/** Positions of the Variables each bucket holds: same dtype, at most `bytes` (one larger Variable is a bucket of its own). */
function buckets(vars: readonly Variable[], bytes: number): number[][] {
  const out: number[][] = [];
  const dtypes: DType[] = [];
  for (const v of vars) if (!dtypes.includes(v.dtype)) dtypes.push(v.dtype);
  for (const d of dtypes) {
    let cur: number[] = [],
      used = 0;
    vars.forEach((v, i) => {
      if (v.dtype !== d) return;
      const b = v.size * DTYPE_BYTES[d];
      if (cur.length > 0 && used + b > bytes) {
        out.push(cur);
        cur = [];
        used = 0;
      }
      cur.push(i);
      used += b;
    });
    if (cur.length > 0) out.push(cur);
  }
  return out;
}

/** Applies `collective` to each bucket of `ts` (flattened and concatenated), in order, and splits the results back. */
function perBucket(
  ts: readonly Tensor[],
  plan: readonly number[][],
  collective: (flat: Tensor, after: readonly Tensor[]) => Tensor,
): Tensor[] {
  const out: Tensor[] = new Array<Tensor>(ts.length);
  let previous: Tensor | undefined;
  for (const bucket of plan) {
    const parts = bucket.map((i) => reshape(ts[i], [-1]));
    const flat = parts.length === 1 ? parts[0] : concat(parts);
    const reduced = collective(flat, previous ? [previous] : []);
    previous = reduced;
    let offset = 0;
    const cuts = bucket.slice(0, -1).map((i) => (offset += ts[i].size));
    const pieces = bucket.length === 1 ? [reduced] : split(reduced, cuts);
    bucket.forEach((i, k) => (out[i] = reshape(pieces[k], [...ts[i].shape])));
  }
  return out;
}

/**
 * The gradient averaging of an optimizer made with `allReduce` set (undefined when it is not):
 * broadcasts the Variables from rank 0 now, and returns the function averaging a step's gradients.
 */
export function gradientSync(
  op: string,
  vars: readonly Variable[],
  option: AllReduceOption | undefined,
): ((grads: readonly Tensor[]) => Tensor[]) | undefined {
  if (option === undefined || option === false) return undefined;
  let mb = DEFAULT_BUCKET_MB;
  if (option !== true) {
    if (option === null || typeof option !== 'object' || Object.keys(option).some((k) => k !== 'bucketMB'))
      throw new Error(`${op}: allReduce must be true, false or { bucketMB }, got ${describeValue(option)}`);
    if (option.bucketMB !== undefined) {
      if (typeof option.bucketMB !== 'number' || !(option.bucketMB > 0) || !Number.isFinite(option.bucketMB))
        throw new Error(`${op}: allReduce.bucketMB must be a positive number, got ${describeValue(option.bucketMB)}`);
      mb = option.bucketMB;
    }
  }
  if (size() === 1) return (grads) => grads.slice();
  const plan = buckets(vars, mb * 2 ** 20);
  const start = perBucket(vars, plan, (flat, after) => broadcastOp(flat, 0, after));
  vars.forEach((v, i) => v.assign(start[i]));
  return (grads) => perBucket(grads, plan, (flat, after) => allReduceOp(flat, 'mean', after));
}
