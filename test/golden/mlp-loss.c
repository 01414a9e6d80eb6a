#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k9(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((65536 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 65536 ? part * chunk : 65536;
  const int hi = lo + chunk < 65536 ? lo + chunk : 65536;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v9 = wasm_f32x4_max(wasm_v128_load(x0 + i), s1);
    wasm_v128_store(out + i, v9);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t9 = (float)(tj_fmaxf(x0[i], x1[0]));
    out[i] = t9;
  }
}

void k11(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((65536 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 65536 ? part * chunk : 65536;
  const int hi = lo + chunk < 65536 ? lo + chunk : 65536;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v11 = wasm_f32x4_max(wasm_v128_load(x0 + i), s1);
    wasm_v128_store(out + i, v11);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t11 = (float)(tj_fmaxf(x0[i], x1[0]));
    out[i] = t11;
  }
}

void k16(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((128 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 128 ? part * chunk : 128;
  const int hi = lo + chunk < 128 ? lo + chunk : 128;
  for (int i = lo; i < hi; i++) {
    const uint8_t t15 = (uint8_t)((x0[i] - x0[i] == 0));
    const float t16 = (float)((t15 ? x0[i] : x1[0]));
    out[i] = t16;
  }
}

void k17(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)128 * part / parts), hi = (int)((int64_t)128 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const float t17 = (float)((x0[i0 * 10 + i1 * 1] - x1[i0 * 1]));
      out[o++] = t17;
    }
  }
}

void k18(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((1280 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1280 ? part * chunk : 1280;
  const int hi = lo + chunk < 1280 ? lo + chunk : 1280;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v18 = tj_exp_f32x4(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v18);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t18 = (float)(tj_expf_s(x0[i]));
    out[i] = t18;
  }
}

void k21(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((128 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 128 ? part * chunk : 128;
  const int hi = lo + chunk < 128 ? lo + chunk : 128;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v21 = tj_log_f32x4(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v21);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t21 = (float)(tj_logf_s(x0[i]));
    out[i] = t21;
  }
}

void k29(float* restrict out, const int32_t* restrict x0, const int32_t* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)128 * part / parts), hi = (int)((int64_t)128 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const uint8_t t27 = (uint8_t)((x0[i0 * 1] == x1[i1 * 1]));
      const float t28 = (float)((float)t27);
      const float t29 = (float)((x2[i0 * 10 + i1 * 1] * t28));
      out[o++] = t29;
    }
  }
}

void k31(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((128 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 128 ? part * chunk : 128;
  const int hi = lo + chunk < 128 ? lo + chunk : 128;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v31 = wasm_f32x4_sub(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    wasm_v128_store(out + i, v31);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t31 = (float)((x0[i] - x1[i]));
    out[i] = t31;
  }
}

void k34(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1 ? part * chunk : 1;
  const int hi = lo + chunk < 1 ? lo + chunk : 1;
  for (int i = lo; i < hi; i++) {
    const float t34 = (float)((x0[i] * x1[i]));
    out[i] = t34;
  }
}
