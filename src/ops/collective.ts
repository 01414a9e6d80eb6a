// The collectives' ops (not re-exported by ops/index.ts: the public names live in
// src/distributed.ts, under `tj.distributed`): each binds its primitive, so it runs eagerly, is
// recorded on a tape, or becomes a node of a traced graph (a JS kernel step between compiled ones).

import type { ReduceOp } from '../../runtime/distributed/mpi.js';
import { bind } from '../dispatch.js';
import type { Tensor } from '../tensor.js';

/** allReduce(x, op), run after each of `after` is computed (ordering tokens, values unused). */
export const allReduceOp = (x: Tensor, op: ReduceOp, after: readonly Tensor[] = []): Tensor =>
  bind('allReduce', [x, ...after], { op });

/** Rank `root`'s x on every process, run after each of `after`. */
export const broadcastOp = (x: Tensor, root: number, after: readonly Tensor[] = []): Tensor =>
  bind('broadcast', [x, ...after], { root });
