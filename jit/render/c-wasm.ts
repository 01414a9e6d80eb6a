// The WASM dialect of the C-family renderer: SIMD128 vector loops (with a scalar tail whose
// expressions match the lanes exactly) wherever every op of a contiguous float32 loop has a
// vector form; compiled by emcc (jit/backends/wasm/toolchain.ts).

import { CFamilyRenderer, substitute, type VectorContext } from './c-family.js';

/** SIMD128 forms of float32 elementwise ops over operands a, b (native/tj_simd.h supplies the tj_ ones). */
const SIMD_F32: Partial<Record<string, string>> = {
  add: 'wasm_f32x4_add(a, b)',
  sub: 'wasm_f32x4_sub(a, b)',
  mul: 'wasm_f32x4_mul(a, b)',
  div: 'wasm_f32x4_div(a, b)',
  neg: 'wasm_f32x4_neg(a)',
  abs: 'wasm_f32x4_abs(a)',
  sqrt: 'wasm_f32x4_sqrt(a)',
  square: 'wasm_f32x4_mul(a, a)',
  maximum: 'wasm_f32x4_max(a, b)',
  minimum: 'wasm_f32x4_min(a, b)',
  floor: 'wasm_f32x4_floor(a)',
  ceil: 'wasm_f32x4_ceil(a)',
  round: 'wasm_f32x4_nearest(a)',
  rsqrt: 'wasm_f32x4_div(wasm_f32x4_splat(1.0f), wasm_f32x4_sqrt(a))',
  exp: 'tj_exp_f32x4(a)',
  log: 'tj_log_f32x4(a)',
  tanh: 'tj_tanh_f32x4(a)',
  sigmoid: 'tj_sigmoid_f32x4(a)',
  erf: 'tj_erf_f32x4(a)',
};
export class WasmCRenderer extends CFamilyRenderer {
  readonly prelude = [
    '#include <stdint.h>',
    '#include <wasm_simd128.h>',
    '#include "tj_scalar.h"',
    '#include "tj_simd.h"',
  ];

  /** The tail runs fewer than four times: clang vectorizing and unrolling it was ~15% of a module's compile. */
  override readonly tailPragma = ['  #pragma clang loop vectorize(disable) unroll(disable)'];

  /** Four float32 lanes at a time, operands of one element splatted. */
  override vectorLoop({ loop, n, group, modes }: VectorContext): string[] | undefined {
    const vectorizable = group.every(
      (m) => m.aval.dtype === 'float32' && m.inputs.every((i) => i.aval.dtype === 'float32') && SIMD_F32[m.op],
    );
    if (!vectorizable || n < 4) return undefined;
    const { leaves, pos, root } = loop;
    const local = new Map<(typeof group)[number], string>();
    const splats = leaves
      .map((_, i) => (modes[i] === 'one' ? `  const v128_t s${i} = wasm_f32x4_splat(x${i}[0]);` : ''))
      .filter(Boolean);
    const lines = group.map((m) => {
      const operands = m.inputs.map(
        (i) =>
          local.get(i) ??
          (modes[leaves.indexOf(i)] === 'one' ? `s${leaves.indexOf(i)}` : `wasm_v128_load(x${leaves.indexOf(i)} + i)`),
      );
      const t = `v${pos.get(m)}`;
      local.set(m, t);
      return `    const v128_t ${t} = ${substitute(SIMD_F32[m.op]!, operands)};`;
    });
    return [
      ...splats,
      `  int i = lo;`,
      `  for (; i + 4 <= hi; i += 4) {`,
      ...lines,
      `    wasm_v128_store(out + i, v${pos.get(root)});`,
      '  }',
    ];
  }
}
