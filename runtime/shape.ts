// Shape arithmetic shared by every op: sizes, strides, broadcasting and axis normalization.

export type Shape = readonly number[];

export function fmtShape(s: Shape): string {
  return `[${s.join(', ')}]`;
}

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (let i = 0; i < shape.length; i++) n *= shape[i];
  return n;
}

/** [outer, len, inner]: the sizes before, along and after `axis`. */
export function aroundAxis(shape: Shape, axis: number): [number, number, number] {
  let outer = 1,
    inner = 1;
  for (let d = 0; d < axis; d++) outer *= shape[d];
  for (let d = axis + 1; d < shape.length; d++) inner *= shape[d];
  return [outer, shape[axis], inner];
}

export function stridesOf(shape: Shape): number[] {
  const st = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    st[i] = s;
    s *= shape[i];
  }
  return st;
}

export function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** NumPy broadcasting of any number of shapes; throws naming the op and every shape. */
export function broadcastShapes(op: string, ...shapes: Shape[]): number[] {
  let nd = 0;
  for (const s of shapes) if (s.length > nd) nd = s.length;
  const out = new Array<number>(nd).fill(1);
  for (const s of shapes) {
    const off = nd - s.length;
    for (let i = 0; i < s.length; i++) {
      const d = s[i],
        o = out[off + i];
      if (d === o || d === 1) continue;
      if (o === 1) {
        out[off + i] = d;
        continue;
      }
      throw new Error(
        `${op}: shapes ${shapes.map(fmtShape).join(' and ')} cannot be broadcast together (dimension ${d} against ${o})`,
      );
    }
  }
  return out;
}

/**
 * Strides for reading an array of shape `from` as if broadcast to `to`: broadcast dimensions get
 * stride 0, missing leading dimensions too.
 */
export function broadcastStrides(from: Shape, to: Shape): number[] {
  const st = stridesOf(from);
  const out = new Array<number>(to.length).fill(0);
  const off = to.length - from.length;
  for (let i = 0; i < from.length; i++) out[off + i] = from[i] === 1 && to[off + i] !== 1 ? 0 : st[i];
  return out;
}

export function normalizeAxis(op: string, axis: number, ndim: number): number {
  if (!Number.isInteger(axis)) throw new Error(`${op}: axis must be an integer, got ${fmtArg(axis)}`);
  if (axis < -ndim || axis >= ndim) {
    throw new Error(`${op}: axis ${axis} is out of bounds for a tensor of rank ${ndim} (valid: ${-ndim}..${ndim - 1})`);
  }
  return axis < 0 ? axis + ndim : axis;
}

/** Axes argument of reductions: undefined means all; duplicates are an error. Sorted result. */
export function normalizeAxes(op: string, axis: number | readonly number[] | undefined | null, ndim: number): number[] {
  if (axis === undefined || axis === null) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof axis === 'number' ? [axis] : axis;
  if (!Array.isArray(list))
    throw new Error(`${op}: axis must be a number, an array of numbers or undefined, got ${fmtArg(axis)}`);
  const out = list.map((a) => normalizeAxis(op, a, ndim));
  if (new Set(out).size !== out.length) throw new Error(`${op}: repeated axis in ${JSON.stringify(list)}`);
  return out.sort((a, b) => a - b);
}

/** An argument in a message: strings quoted, so that '1' does not read as the number 1. */
function fmtArg(v: unknown): string {
  return typeof v === 'string' ? `the string '${v}'` : Array.isArray(v) ? JSON.stringify(v) : String(v);
}

export function checkShape(op: string, shape: unknown): number[] {
  if (!Array.isArray(shape))
    throw new Error(`${op}: shape must be an array of non-negative integers, got ${String(shape)}`);
  for (const d of shape) {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0) {
      throw new Error(`${op}: shape must be an array of non-negative integers, got ${JSON.stringify(shape)}`);
    }
  }
  checkSize(op, shape);
  return shape.slice();
}

/**
 * The most elements one tensor holds: element positions are int32 (argmax, argsort and take's
 * indices, the compiled kernels' loop counters). Node's own typed-array limit is 2^32 elements.
 */
export const MAX_ELEMENTS = 2 ** 31 - 1;

/** Throws, naming the op and the shape, when a tensor of this shape would be too large to hold. */
export function checkSize(op: string, shape: Shape): void {
  const n = sizeOf(shape);
  if (n > MAX_ELEMENTS)
    throw new Error(
      `${op}: shape ${fmtShape(shape)} has ${fmtCount(n)} elements, more than the 2^31-1 (${MAX_ELEMENTS}) a tensor can hold`,
    );
}

/** A large count as people write it where that is short (1e12 rather than 1000000000000). */
export function fmtCount(n: number): string {
  const e = n.toExponential().replace('e+', 'e');
  return n >= 1e9 && e.length <= 8 ? e : String(n);
}

/** Shape of a reduction's result with its reduced axes kept as size 1 (keepdims). */
export function keptShape(shape: Shape, axes: readonly number[]): number[] {
  return shape.map((d, i) => (axes.includes(i) ? 1 : d));
}
