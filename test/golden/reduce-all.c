#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k1(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((30 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 30 ? part * chunk : 30;
  const int hi = lo + chunk < 30 ? lo + chunk : 30;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v1 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v1);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t1 = (float)((x0[i] * x0[i]));
    out[i] = t1;
  }
}

void k4(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1 ? part * chunk : 1;
  const int hi = lo + chunk < 1 ? lo + chunk : 1;
  for (int i = lo; i < hi; i++) {
    const float t4 = (float)((x0[i] * x1[i]));
    out[i] = t4;
  }
}
