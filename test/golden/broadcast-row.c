#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k6(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((33 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 33 ? part * chunk : 33;
  const int hi = lo + chunk < 33 ? lo + chunk : 33;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v3 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v5 = wasm_f32x4_add(v3, s1);
    const v128_t v6 = wasm_f32x4_sqrt(v5);
    wasm_v128_store(out + i, v6);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t3 = (float)((x0[i] * x0[i]));
    const float t5 = (float)((t3 + x1[0]));
    const float t6 = (float)(sqrtf(t5));
    out[i] = t6;
  }
}

void k7(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)64 * part / parts), hi = (int)((int64_t)64 * (part + 1) / parts);
  int o = lo * 33;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 33; i1++) {
      const float t2 = (float)((x0[i0 * 33 + i1 * 1] - x1[i1 * 1]));
      const float t7 = (float)((t2 / x2[i1 * 1]));
      out[o++] = t7;
    }
  }
}
