// Derivative rules of scatter and scatterAdd: both are linear in (x, updates) for fixed indices.

import { arange } from '../../creation.js';
import { bind } from '../../dispatch.js';
import * as ops from '../../ops/index.js';
import type { Tensor } from '../../tensor.js';
import type { Grad } from '../rule-types.js';

/**
 * Whether each index position is the one whose update a scatter keeps (the last to write its
 * index, as the kernel does), shaped to broadcast against updates.
 */
function winners(idx: Tensor, len: number, axis: number, nd: number): Tensor {
  const m = idx.size;
  const flat = ops.reshape(idx, [m]);
  const pos = arange(m, undefined, 1, 'int32');
  const last = bind('scatter', [ops.full([len], -1, 'int32'), flat, pos], { axis: 0 });
  const won = ops.equal(bind('gather', [last, flat], { axis: 0 }), pos);
  return ops.reshape(won, [
    ...new Array<number>(axis).fill(1),
    ...idx.shape,
    ...new Array<number>(nd - axis - 1).fill(1),
  ]);
}

const gathered = (ct: Tensor, idx: Tensor, axis: number) => bind('gather', [ct, idx], { axis });

export const scatterGrads: { scatter: Grad<'scatter'>; scatterAdd: Grad<'scatterAdd'> } = {
  // x's cotangent with the overwritten slices zeroed; an update's is the cotangent where it landed,
  // and zero for an update another one at the same index overwrote (only the last one counts).
  scatter: {
    vjp: (ct, [x, idx, upd], _out, p, needed) => [
      needed[0] ? bind('scatter', [ct, idx, ops.zeros(upd.shape, ct.dtype)], p) : null,
      null,
      needed[2] ? ops.where(winners(idx, x.shape[p.axis], p.axis, x.ndim), gathered(ct, idx, p.axis), 0) : null,
    ],
    jvp: ([tx, , tu], [x, idx, upd], _out, p) =>
      tx === null && tu === null ? null : bind('scatter', [tx ?? ops.zerosLike(x), idx, tu ?? ops.zerosLike(upd)], p),
  },
  scatterAdd: {
    vjp: (ct, [, idx], _out, p, needed) => [ct, null, needed[2] ? gathered(ct, idx, p.axis) : null],
    jvp: ([tx, , tu], [x, idx, upd], _out, p) =>
      tx === null && tu === null
        ? null
        : bind('scatterAdd', [tx ?? ops.zerosLike(x), idx, tu ?? ops.zerosLike(upd)], p),
  },
};
