// The host dialect of the C-family renderer, for the native tier: plain scalar loops over restrict
// pointers that the machine's compiler vectorizes to the CPU's full width (-O3 -march=native), with
// the float32 exp/log/tanh/sigmoid/erf of native/tj_simd.h (the WASM tier's, so the tiers agree
// bit for bit); kernels are static, called only by the library's entry (jit/backends/native/codegen.ts).

import { CFamilyRenderer } from './c-family.js';

export class HostCRenderer extends CFamilyRenderer {
  readonly prelude = ['#include <stdint.h>', '#include "tj_scalar.h"', '#include "tj_simd.h"', '#include "tj_host.h"'];

  /** Only the library's entry calls a kernel: static, so the compiler may inline it there. */
  override declaration(fn: string, params: readonly string[]): string {
    return `static void ${fn}(${params.join(', ')})`;
  }
}
