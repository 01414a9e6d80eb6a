#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k20(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, int part, int parts, void* scratch) {
  const int chunk = ((400 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 400 ? part * chunk : 400;
  const int hi = lo + chunk < 400 ? lo + chunk : 400;
  for (int i = lo; i < hi; i++) {
    const float t7 = (float)((x0[i] + x1[0]));
    const float t8 = (float)(tj_sigmoidf_s(t7));
    const float t10 = (float)(tj_fmaxf(t8, x2[0]));
    const float t12 = (float)(tj_fminf(t10, x3[0]));
    const float t13 = (float)(tj_logf_s(t12));
    const float t14 = (float)((x4[i] * t13));
    const float t17 = (float)((x5[0] - t12));
    const float t18 = (float)(log1pf(t17));
    const float t19 = (float)((x6[i] * t18));
    const float t20 = (float)((t14 + t19));
    out[i] = t20;
  }
}

void k25(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((784 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 784 ? part * chunk : 784;
  const int hi = lo + chunk < 784 ? lo + chunk : 784;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v25 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v25);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t25 = (float)((x0[i] * x0[i]));
    out[i] = t25;
  }
}

void k29(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
  const int chunk = ((1 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1 ? part * chunk : 1;
  const int hi = lo + chunk < 1 ? lo + chunk : 1;
  for (int i = lo; i < hi; i++) {
    const float t23 = (float)((x0[i] * x1[i]));
    const float t24 = (float)((-t23));
    const float t28 = (float)((x2[i] * x3[i]));
    const float t29 = (float)((t24 + t28));
    out[i] = t29;
  }
}
