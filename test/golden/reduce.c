#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k1(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((128 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 128 ? part * chunk : 128;
  const int hi = lo + chunk < 128 ? lo + chunk : 128;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v1 = tj_exp_f32x4(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v1);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t1 = (float)(tj_expf_s(x0[i]));
    out[i] = t1;
  }
}

void k4(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((8 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 8 ? part * chunk : 8;
  const int hi = lo + chunk < 8 ? lo + chunk : 8;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v4 = wasm_f32x4_add(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    wasm_v128_store(out + i, v4);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t4 = (float)((x0[i] + x1[i]));
    out[i] = t4;
  }
}
