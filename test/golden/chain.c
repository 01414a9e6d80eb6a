#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k9(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((4096 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 4096 ? part * chunk : 4096;
  const int hi = lo + chunk < 4096 ? lo + chunk : 4096;
  const v128_t s2 = wasm_f32x4_splat(x2[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v2 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    const v128_t v4 = wasm_f32x4_add(v2, s2);
    const v128_t v5 = tj_tanh_f32x4(v4);
    const v128_t v6 = wasm_f32x4_mul(v4, v4);
    const v128_t v7 = wasm_f32x4_neg(v6);
    const v128_t v8 = tj_exp_f32x4(v7);
    const v128_t v9 = wasm_f32x4_mul(v5, v8);
    wasm_v128_store(out + i, v9);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
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
