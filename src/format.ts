// NumPy-like printing of tensors, summarizing long dimensions with "...".

import type { Tensor } from './tensor.js';

const SUMMARIZE_OVER = 1000;
const EDGE = 3;

function formatValue(v: number, dtype: string): string {
  if (dtype === 'bool') return v ? 'true' : 'false';
  if (dtype === 'int32') return String(v);
  if (Number.isNaN(v)) return 'nan';
  if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return `${v}.`;
  const s = v.toPrecision(dtype === 'float32' ? 7 : 15);
  return String(Number(s));
}

export function formatTensor(t: Tensor): string {
  const prefix = 'tensor(';
  const suffix = `, dtype=${t.dtype})`;
  if (t._buf === undefined) return `Tensor(shape=[${t.shape.join(', ')}], dtype=${t.dtype}, traced)`;
  const b = t._buf,
    shape = t.shape;
  const summarize = b.length > SUMMARIZE_OVER;
  const strings: string[] = [];
  const cells = new Map<number, string>();
  const cell = (i: number) => {
    let s = cells.get(i);
    if (s === undefined) {
      s = formatValue(b[i], t.dtype);
      cells.set(i, s);
      strings.push(s);
    }
    return s;
  };
  // First pass collects the printed cells so they can be padded to one width.
  const walk = (d: number, off: number, visit: (i: number) => void): void => {
    if (d === shape.length) {
      visit(off);
      return;
    }
    let stride = 1;
    for (let k = d + 1; k < shape.length; k++) stride *= shape[k];
    for (const i of indicesOf(shape[d], summarize)) if (i >= 0) walk(d + 1, off + i * stride, visit);
  };
  walk(0, 0, cell);
  const width = strings.reduce((w, s) => Math.max(w, s.length), 0);
  const indent = ' '.repeat(prefix.length);
  const render = (d: number, off: number): string => {
    if (d === shape.length) return cell(off).padStart(width);
    let stride = 1;
    for (let k = d + 1; k < shape.length; k++) stride *= shape[k];
    const parts = indicesOf(shape[d], summarize).map((i) => (i < 0 ? '...' : render(d + 1, off + i * stride)));
    const sep = d === shape.length - 1 ? ', ' : ',' + '\n'.repeat(shape.length - 1 - d) + indent + ' '.repeat(d + 1);
    return `[${parts.join(sep)}]`;
  };
  return prefix + render(0, 0) + suffix;
}

/** Indices to print along a dimension; -1 marks the elision. */
function indicesOf(n: number, summarize: boolean): number[] {
  if (!summarize || n <= 2 * EDGE) return Array.from({ length: n }, (_, i) => i);
  return [0, 1, 2, -1, n - 3, n - 2, n - 1];
}
