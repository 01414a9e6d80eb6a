#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k9(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((3 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 3 ? part * chunk : 3;
  const int hi = lo + chunk < 3 ? lo + chunk : 3;
  for (int i = lo; i < hi; i++) {
    const float t2 = (float)((x0[i] * x1[i]));
    const float t4 = (float)((t2 + x2[0]));
    const float t5 = (float)(tj_tanhf_s(t4));
    const float t6 = (float)((t4 * t4));
    const float t7 = (float)((-t6));
    const float t8 = (float)(tj_expf_s(t7));
    const float t9 = (float)((t5 * t8));
    out[i] = t9;
  }
}
