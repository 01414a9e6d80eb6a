// Broadcasting elementwise loops generated from a primitive's scalar JS expression and cached.

import type { TypedArray } from '../dtype.js';
import { broadcastStrides, type Shape } from '../shape.js';
import * as H from './scalar-helpers.js';

const OPERANDS = ['a', 'b', 'c'];

/** How one operand is read: the same index as the output, a single value, or through strides. */
type Mode = 'full' | 'one' | 'strided';

type Kernel = (out: TypedArray, ins: readonly TypedArray[], shape: Shape, strides: number[][]) => void;

function build(expr: string, modes: Mode[]): Kernel {
  const names = modes.map((_, i) => OPERANDS[i]);
  const arrays = names.map((n) => n.toUpperCase());
  const header = arrays.map((A, i) => `const ${A} = ins[${i}];`).join('\n');
  let body: string;
  if (modes.every((m) => m !== 'strided')) {
    const hoisted = names.map((n, i) => (modes[i] === 'one' ? `const ${n} = ${arrays[i]}[0];` : '')).join('\n');
    const reads = names.map((n, i) => (modes[i] === 'full' ? `const ${n} = ${arrays[i]}[i];` : '')).join(' ');
    body = `${hoisted}\nfor (let i = 0, n = out.length; i < n; i++) { ${reads} out[i] = ${expr}; }`;
  } else {
    // Walk the output row by row; the last dimension is the inner loop, outer indices carry offsets.
    const offs = names.map((n) => `o${n}`);
    body = `
      const nd = shape.length, n = out.length;
      if (n === 0) return;
      const inner = shape[nd - 1];
      ${names.map((n, i) => `const s${n} = strides[${i}], i${n} = s${n}[nd - 1];`).join('\n')}
      const idx = new Int32Array(nd);
      ${offs.map((o) => `let ${o} = 0;`).join(' ')}
      for (let base = 0; base < n; base += inner) {
        for (let j = 0${names.map((n) => `, p${n} = o${n}`).join('')}; j < inner; j++${names.map((n) => `, p${n} += i${n}`).join('')}) {
          ${names.map((n, i) => `const ${n} = ${arrays[i]}[p${n}];`).join(' ')}
          out[base + j] = ${expr};
        }
        for (let d = nd - 2; d >= 0; d--) {
          idx[d]++;
          ${names.map((n) => `o${n} += s${n}[d];`).join(' ')}
          if (idx[d] < shape[d]) break;
          ${names.map((n) => `o${n} -= s${n}[d] * shape[d];`).join(' ')}
          idx[d] = 0;
        }
      }`;
  }
  const make = new Function('H', `return function elementwise(out, ins, shape, strides) {\n${header}\n${body}\n};`);
  return make(H) as Kernel;
}

/** The loops of one scalar expression, one per combination of operand modes, built on first use. */
export class ElementwiseLoops {
  private readonly kernels = new Map<string, Kernel>();
  constructor(readonly expr: string) {}

  /** Runs the expression over inputs broadcast to `outShape`, writing `out`. */
  run(out: TypedArray, ins: readonly TypedArray[], inShapes: readonly Shape[], outShape: Shape): void {
    const n = out.length;
    let modes = '';
    let strided = false;
    for (let i = 0; i < ins.length; i++) {
      const len = ins[i].length;
      if (len === n)
        modes += 'f'; // broadcasting to an equal size means an identical layout
      else if (len === 1) modes += 'o';
      else {
        modes += 's';
        strided = true;
      }
    }
    let k = this.kernels.get(modes);
    if (k === undefined) {
      k = build(
        this.expr,
        Array.from(modes, (m) => (m === 'f' ? 'full' : m === 'o' ? 'one' : 'strided')),
      );
      this.kernels.set(modes, k);
    }
    k(out, ins, outShape, strided ? inShapes.map((s) => broadcastStrides(s, outShape)) : NO_STRIDES);
  }
}

const NO_STRIDES: number[][] = [];
