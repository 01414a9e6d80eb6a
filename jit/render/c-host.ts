// The host dialect of the C-family renderer, for the native tier: plain scalar loops over restrict
// pointers that the machine's compiler vectorizes to the CPU's full width (-O3 -march=native), with
// the float32 exp/log/tanh/sigmoid/erf of native/tj_simd.h (the WASM tier's, so the tiers agree
// bit for bit); kernels are static, called only by the library's entry (jit/backends/native/codegen.ts).

import { CFamilyRenderer } from './c-family.js';

export class HostCRenderer extends CFamilyRenderer {
  readonly prelude = ['#include <stdint.h>', '#include "tj_scalar.h"', '#include "tj_simd.h"', '#include "tj_host.h"'];

  /**
   * The element count `n` comes first: contiguous loops that differ only in their length are then
   * one function (codegen.ts distinctLoops), each one the compiler builds (~6 ms at -O1). Strided
   * loops keep their dimensions in the text.
   */
  override readonly shareParams: readonly string[] = ['int n', 'int part', 'int parts', 'void* scratch'];

  override contiguousShare(): string[] {
    return [
      '  const int chunk = ((n + parts - 1) / parts + 15) & ~15;',
      '  const int lo = part * chunk < n ? part * chunk : n;',
      '  const int hi = lo + chunk < n ? lo + chunk : n;',
    ];
  }

  /** Only the library's entry calls a kernel: static, so the compiler may inline it there. */
  override declaration(fn: string, params: readonly string[]): string {
    return `static void ${fn}(${params.join(', ')})`;
  }
}
