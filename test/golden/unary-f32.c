#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k8(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((100 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 100 ? part * chunk : 100;
  const int hi = lo + chunk < 100 ? lo + chunk : 100;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v1 = wasm_f32x4_abs(wasm_v128_load(x0 + i));
    const v128_t v2 = tj_erf_f32x4(v1);
    const v128_t v3 = wasm_f32x4_add(wasm_v128_load(x0 + i), v2);
    const v128_t v4 = wasm_f32x4_neg(wasm_v128_load(x0 + i));
    const v128_t v5 = wasm_f32x4_floor(v4);
    const v128_t v6 = wasm_f32x4_add(v3, v5);
    const v128_t v8 = wasm_f32x4_add(v6, s1);
    wasm_v128_store(out + i, v8);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t1 = (float)(fabsf(x0[i]));
    const float t2 = (float)(tj_erff_s(t1));
    const float t3 = (float)((x0[i] + t2));
    const float t4 = (float)((-x0[i]));
    const float t5 = (float)(floorf(t4));
    const float t6 = (float)((t3 + t5));
    const float t8 = (float)((t6 + x1[0]));
    out[i] = t8;
  }
}
