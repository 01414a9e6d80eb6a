// Shape and data-movement primitives: reshape, broadcastTo, transpose, slice, concat, pad, gather.

import { allocate } from '../dtype.js';
import * as K from '../kernels/layout.js';
import { broadcastStrides, fmtShape, sameShape, sizeOf, stridesOf } from '../shape.js';
import type { Rule } from './types.js';

type LayoutPrim = 'reshape' | 'broadcastTo' | 'transpose' | 'slice' | 'concat' | 'pad' | 'gather';

export const layoutRules: { [P in LayoutPrim]: Rule<P> } = {
  reshape: {
    name: 'reshape',
    version: 1,
    kind: 'shape',
    infer([x], p) {
      if (sizeOf(p.shape) !== sizeOf(x.shape))
        throw new Error(
          `reshape: cannot reshape ${fmtShape(x.shape)} (size ${sizeOf(x.shape)}) into ${fmtShape(p.shape)} (size ${sizeOf(p.shape)})`,
        );
      return { shape: p.shape, dtype: x.dtype };
    },
    impl: ([x]) => x.buf, // tensors are immutable, so the buffer is shared
  },
  broadcastTo: {
    name: 'broadcastTo',
    version: 1,
    kind: 'shape',
    infer([x], p) {
      const s = x.shape,
        t = p.shape,
        off = t.length - s.length;
      const ok = off >= 0 && s.every((d, i) => d === t[off + i] || d === 1);
      if (!ok) throw new Error(`broadcastTo: cannot broadcast shape ${fmtShape(s)} to ${fmtShape(t)}`);
      return { shape: t, dtype: x.dtype };
    },
    impl([x], p, out) {
      if (sameShape(x.shape, p.shape)) return x.buf;
      const data = allocate(out.dtype, sizeOf(p.shape));
      K.stridedCopy(x.buf, 0, broadcastStrides(x.shape, p.shape), p.shape, data);
      return data;
    },
  },
  transpose: {
    name: 'transpose',
    version: 1,
    kind: 'shape',
    infer([x], p) {
      const nd = x.shape.length;
      const valid = p.perm.length === nd && [...p.perm].sort((a, b) => a - b).every((v, i) => v === i);
      if (!valid)
        throw new Error(
          `transpose: axes ${JSON.stringify(p.perm)} are not a permutation of ${nd} axes for shape ${fmtShape(x.shape)}`,
        );
      return { shape: p.perm.map((a) => x.shape[a]), dtype: x.dtype };
    },
    impl([x], p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape));
      K.transpose(x.buf, x.shape, p.perm, data);
      return data;
    },
  },
  slice: {
    name: 'slice',
    version: 1,
    kind: 'shape',
    infer([x], p) {
      const nd = x.shape.length;
      if (p.starts.length !== nd || p.steps.length !== nd || p.shape.length !== nd)
        throw new Error(`internal: slice params of wrong rank for shape ${fmtShape(x.shape)}`);
      for (let d = 0; d < nd; d++) {
        const n = p.shape[d];
        if (n === 0) continue;
        const last = p.starts[d] + (n - 1) * p.steps[d];
        if (p.starts[d] < 0 || p.starts[d] >= x.shape[d] || last < 0 || last >= x.shape[d])
          throw new Error(`internal: slice window out of range on axis ${d} of ${fmtShape(x.shape)}`);
      }
      return { shape: p.shape, dtype: x.dtype };
    },
    impl([x], p, out) {
      const st = stridesOf(x.shape);
      let offset = 0;
      for (let d = 0; d < st.length; d++) if (p.shape[d] > 0) offset += p.starts[d] * st[d];
      const data = allocate(out.dtype, sizeOf(out.shape));
      K.stridedCopy(
        x.buf,
        offset,
        st.map((s, d) => s * p.steps[d]),
        p.shape,
        data,
      );
      return data;
    },
  },
  concat: {
    name: 'concat',
    version: 1,
    kind: 'shape',
    infer(xs, p) {
      const first = xs[0];
      const shape = first.shape.slice();
      for (let i = 1; i < xs.length; i++) {
        const s = xs[i].shape;
        const ok = s.length === shape.length && s.every((d, j) => j === p.axis || d === shape[j]);
        if (!ok)
          throw new Error(
            `concat: shapes ${xs.map((x) => fmtShape(x.shape)).join(', ')} differ outside axis ${p.axis}`,
          );
        if (xs[i].dtype !== first.dtype) throw new Error(`internal: concat of mixed dtypes`);
        shape[p.axis] += s[p.axis];
      }
      return { shape, dtype: first.dtype };
    },
    impl(xs, p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape));
      K.concat(
        xs.map((x) => x.buf),
        xs.map((x) => x.shape),
        p.axis,
        data,
      );
      return data;
    },
  },
  pad: {
    name: 'pad',
    version: 1,
    kind: 'shape',
    infer([x], p) {
      if (p.pads.length !== x.shape.length)
        throw new Error(
          `pad: expected ${x.shape.length} (before, after) pairs for shape ${fmtShape(x.shape)}, got ${p.pads.length}`,
        );
      return { shape: x.shape.map((d, i) => d + p.pads[i][0] + p.pads[i][1]), dtype: x.dtype };
    },
    impl([x], p, out) {
      const data = allocate(out.dtype, sizeOf(out.shape));
      K.pad(
        x.buf,
        x.shape,
        p.pads.map((q) => q[0]),
        out.shape,
        p.value,
        data,
      );
      return data;
    },
  },
  gather: {
    name: 'gather',
    version: 1,
    kind: 'shape',
    infer([x, idx], p) {
      if (idx.dtype !== 'int32') throw new Error(`take: indices must be int32, got ${idx.dtype}`);
      if (x.shape[p.axis] === 0 && sizeOf(idx.shape) > 0)
        throw new Error(`take: cannot take from axis ${p.axis} of size zero in shape ${fmtShape(x.shape)}`);
      return { shape: [...x.shape.slice(0, p.axis), ...idx.shape, ...x.shape.slice(p.axis + 1)], dtype: x.dtype };
    },
    impl([x, idx], p, out) {
      const ind = idx.buf as Int32Array,
        len = x.shape[p.axis];
      for (let i = 0; i < ind.length; i++) {
        if (ind[i] < -len || ind[i] >= len)
          throw new Error(
            `take: index ${ind[i]} is out of range for axis ${p.axis} with size ${len} (shape ${fmtShape(x.shape)})`,
          );
      }
      const data = allocate(out.dtype, sizeOf(out.shape));
      K.gather(x.buf, x.shape, ind, p.axis, data);
      return data;
    },
  },
};
