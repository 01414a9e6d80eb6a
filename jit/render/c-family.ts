// The C-family renderer (tinygrad's CStyleLanguage): one base that turns a fused elementwise loop
// of the schedule (jit/schedule.ts) into a C function, owning what every C dialect shares: the
// type map, each op's scalar expression (jit/render/scalar-c.ts), the scalar loop bodies, and the
// loops over contiguous and strided (broadcast) operands. A dialect (WASM SIMD128, host C
// and CUDA) overrides only what differs: its includes and declarations, its vector forms, and
// how a call picks its share of the work (CUDA: the loops themselves, grid-stride over the elements).

import type { DType } from '../../runtime/dtype.js';
import type { ElementwisePrim } from '../../runtime/primitives/index.js';
import { broadcastStrides, sizeOf } from '../../runtime/shape.js';
import { collapse } from '../codegen-js.js';
import type { Node } from '../graph.js';
import type { Loop } from '../schedule.js';
import { scalarC } from './scalar-c.js';

export const C_TYPE: Readonly<Record<DType, string>> = {
  float32: 'float',
  float64: 'double',
  int32: 'int32_t',
  bool: 'uint8_t',
};

/**
 * The float32 exp/log/tanh/sigmoid/erf of native/tj_simd.h: the scalar twins of its vector forms,
 * which dialects use wherever float32 math must round as the vector lanes do.
 */
const SCALAR_F32: Partial<Record<string, string>> = {
  exp: 'tj_expf_s(a)',
  log: 'tj_logf_s(a)',
  tanh: 'tj_tanhf_s(a)',
  sigmoid: 'tj_sigmoidf_s(a)',
  erf: 'tj_erff_s(a)',
};

/** How a loop reads each leaf: every element, one element for all, or through broadcast strides. */
export type LeafMode = 'full' | 'one' | 'strided';

/** What a dialect's vector loop sees of a contiguous loop. */
export interface VectorContext {
  loop: Loop;
  /** Elements the loop walks. */
  n: number;
  group: Node[];
  modes: LeafMode[];
}

/** What a strided loop sees: the output's dims collapsed where every operand is contiguous across them, and each leaf's strides over them (0 where it broadcasts). */
export interface StridedContext extends VectorContext {
  dims: number[];
  strides: number[][];
}

/** A leaf's offset from the dim indices i0, i1, ... and its strides over them. */
export const stridedIndex = (strides: readonly number[]) =>
  strides
    .map((s, d) => (s === 0 ? '' : `i${d} * ${s}`))
    .filter(Boolean)
    .join(' + ') || '0';

/** Puts operands (a, b, c) into an expression template. */
export const substitute = (template: string, operands: string[]) =>
  template.replace(/\b([abc])\b/g, (_, v: string) => operands['abc'.indexOf(v)]);

/** The input dtype an op's expression is chosen by (where's condition is bool: its branches decide). */
export const inDtypeOf = (m: Node): DType => m.inputs[m.op === 'where' ? 1 : 0].aval.dtype;

export abstract class CFamilyRenderer {
  /** C type of each dtype. */
  readonly types: Readonly<Record<DType, string>> = C_TYPE;
  /** The lines before the functions (includes). */
  abstract readonly prelude: readonly string[];
  /** The parameters after the operands: what picks this call's share of the work, and its scratch. */
  readonly shareParams: readonly string[] = ['int part', 'int parts', 'void* scratch'];

  /** The scalar C expression of `op` over operands a, b, c (float32 math through native/tj_simd.h, as every tier rounds it). */
  scalar(op: ElementwisePrim, inDtype: DType, outDtype: DType): string {
    return (outDtype === 'float32' && inDtype === 'float32' && SCALAR_F32[op]) || scalarC(op, inDtype, outDtype);
  }

  /** A kernel's declaration (a CUDA dialect adds its qualifiers). */
  declaration(fn: string, params: readonly string[]): string {
    return `void ${fn}(${params.join(', ')})`;
  }

  /** The qualifier of a pointer parameter that aliases no other (C99's; C++ compilers spell it __restrict__). */
  readonly restrict: string = 'restrict';
  /** Lines before the scalar tail that follows a vector loop (a few elements: no use vectorizing or unrolling it). */
  readonly tailPragma: readonly string[] = [];

  /** The pointer parameters: out first, then the leaves. */
  operandParams(loop: Loop): string[] {
    const r = this.restrict;
    return [
      `${this.types[loop.root.aval.dtype]}* ${r} out`,
      ...loop.leaves.map((l, i) => `const ${this.types[l.aval.dtype]}* ${r} x${i}`),
    ];
  }

  /** Declares lo and hi, this call's range of n contiguous elements: whole 64-byte lines, so shares never write the same cache line. */
  contiguousShare(n: number): string[] {
    return [
      `  const int chunk = ((${n} + parts - 1) / parts + 15) & ~15;`,
      `  const int lo = part * chunk < ${n} ? part * chunk : ${n};`,
      `  const int hi = lo + chunk < ${n} ? lo + chunk : ${n};`,
    ];
  }

  /** Declares lo and hi, this call's range of the outermost dimension (of `outer`) of a strided loop. */
  outerShare(outer: number): string[] {
    return [
      `  const int lo = (int)((int64_t)${outer} * part / parts), hi = (int)((int64_t)${outer} * (part + 1) / parts);`,
    ];
  }

  /**
   * The dialect's vector loop over [lo, hi) of a contiguous loop, leaving `int i` where the scalar
   * tail starts; undefined where it has none (then the whole range runs scalar).
   */
  vectorLoop(_ctx: VectorContext): string[] | undefined {
    return undefined;
  }

  /**
   * The scalar statements of `nodes` (elementwise, in order) for one element, each into a
   * temporary, reading the loop's leaves through `read`; `local` maps each node to its temporary.
   */
  elementLines(loop: Loop, nodes: readonly Node[], read: (leaf: number) => string) {
    const { leaves, pos } = loop;
    const local = new Map<Node, string>();
    const lines = nodes.map((m) => {
      const operands = m.inputs.map((i) => local.get(i) ?? read(leaves.indexOf(i)));
      const template = this.scalar(m.op as ElementwisePrim, inDtypeOf(m), m.aval.dtype);
      const t = `t${pos.get(m)}`;
      local.set(m, t);
      const type = this.types[m.aval.dtype];
      return `const ${type} ${t} = (${type})(${substitute(template, operands)});`;
    });
    return { lines, local };
  }

  /** The scalar statements of one element: each node of the group into a temporary, then the write. */
  scalarBody(loop: Loop, read: (leaf: number) => string, write: string): string[] {
    const { lines, local } = this.elementLines(loop, [...loop.members, loop.root], read);
    return [...lines, `${write} = ${local.get(loop.root)};`];
  }

  /** The statements of a contiguous loop: this call's share of the n elements, vector loop first where the dialect has one. */
  contiguousLoop(ctx: VectorContext): string[] {
    const { loop, n, modes } = ctx;
    const read = (i: number) => (modes[i] === 'one' ? `x${i}[0]` : `x${i}[i]`);
    const body = this.contiguousShare(n);
    const vector = this.vectorLoop(ctx);
    const tail = this.scalarBody(loop, read, 'out[i]').map((l) => `    ${l}`);
    if (vector) body.push(...vector, ...this.tailPragma, `  for (; i < hi; i++) {`, ...tail, '  }');
    else body.push(`  for (int i = lo; i < hi; i++) {`, ...tail, '  }');
    return body;
  }

  /** The statements of a strided loop: nested loops over the collapsed dims of this call's share of the outermost one. */
  stridedLoop({ loop, modes, dims, strides }: StridedContext): string[] {
    const inner = sizeOf(dims.slice(1));
    const body = [...this.outerShare(dims[0]), `  int o = lo * ${inner};`];
    dims.forEach((dim, d) =>
      body.push(
        `${'  '.repeat(d + 1)}for (int i${d} = ${d === 0 ? 'lo' : '0'}; i${d} < ${d === 0 ? 'hi' : dim}; i${d}++) {`,
      ),
    );
    const read = (i: number) => (modes[i] === 'one' ? `x${i}[0]` : `x${i}[${stridedIndex(strides[i])}]`);
    body.push(...this.scalarBody(loop, read, 'out[o++]').map((l) => `${'  '.repeat(dims.length + 1)}${l}`));
    dims.forEach((_, d) => body.push(`${'  '.repeat(dims.length - d)}}`));
    return body;
  }

  /** A fused reduction (loop.reduce set) as a function; dialects that fuse reductions render it. */
  reductionFunction(loop: Loop): string {
    throw new Error(`internal: this C dialect cannot render the fused reduction ${loop.fn} (${loop.root.op})`);
  }

  /** One fused loop as a C function: out first, then the leaves, then the share parameters. */
  loopFunction(loop: Loop): string {
    if (loop.reduce) return this.reductionFunction(loop);
    const { root, leaves } = loop;
    const shape = root.aval.shape;
    const n = sizeOf(shape);
    const group = [...loop.members, root];
    const params = [...this.operandParams(loop), ...this.shareParams];
    const modes: LeafMode[] = leaves.map((l) =>
      sizeOf(l.aval.shape) === n ? 'full' : sizeOf(l.aval.shape) === 1 ? 'one' : 'strided',
    );
    const ctx: VectorContext = { loop, n, group, modes };
    const body = modes.includes('strided')
      ? this.stridedLoop({
          ...ctx,
          ...collapse(
            shape,
            leaves.map((l) => broadcastStrides(l.aval.shape, shape)),
          ),
        })
      : this.contiguousLoop(ctx);
    return `${this.declaration(loop.fn, params)} {\n${body.join('\n')}\n}\n`;
  }

  /** The whole source: the prelude, then every loop's function. */
  render(loops: readonly Loop[]): string {
    return [...this.prelude, '', ...loops.map((l) => this.loopFunction(l))].join('\n');
  }
}
