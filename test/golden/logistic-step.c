#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k8(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((400 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 400 ? part * chunk : 400;
  const int hi = lo + chunk < 400 ? lo + chunk : 400;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v7 = wasm_f32x4_add(wasm_v128_load(x0 + i), s1);
    const v128_t v8 = tj_sigmoid_f32x4(v7);
    wasm_v128_store(out + i, v8);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t7 = (float)((x0[i] + x1[0]));
    const float t8 = (float)(tj_sigmoidf_s(t7));
    out[i] = t8;
  }
}

void k10(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((400 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 400 ? part * chunk : 400;
  const int hi = lo + chunk < 400 ? lo + chunk : 400;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v10 = wasm_f32x4_max(wasm_v128_load(x0 + i), s1);
    wasm_v128_store(out + i, v10);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t10 = (float)(tj_fmaxf(x0[i], x1[0]));
    out[i] = t10;
  }
}

void k12(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((400 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 400 ? part * chunk : 400;
  const int hi = lo + chunk < 400 ? lo + chunk : 400;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v12 = wasm_f32x4_min(wasm_v128_load(x0 + i), s1);
    wasm_v128_store(out + i, v12);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t12 = (float)(tj_fminf(x0[i], x1[0]));
    out[i] = t12;
  }
}

void k20(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
  const int chunk = ((400 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 400 ? part * chunk : 400;
  const int hi = lo + chunk < 400 ? lo + chunk : 400;
  for (int i = lo; i < hi; i++) {
    const float t13 = (float)(tj_logf_s(x0[i]));
    const float t14 = (float)((x1[i] * t13));
    const float t17 = (float)((x2[0] - x0[i]));
    const float t18 = (float)(log1pf(t17));
    const float t19 = (float)((x3[i] * t18));
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

void k56(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, const float* restrict x7, const float* restrict x8, const float* restrict x9, int part, int parts, void* scratch) {
  const int chunk = ((400 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 400 ? part * chunk : 400;
  const int hi = lo + chunk < 400 ? lo + chunk : 400;
  for (int i = lo; i < hi; i++) {
    const float t35 = (float)((x0[0] - x1[i]));
    const float t36 = (float)((x0[0] / t35));
    const float t37 = (float)((x2[i] * t36));
    const float t38 = (float)((-t37));
    const float t40 = (float)((x0[0] / x1[i]));
    const float t41 = (float)((x3[i] * t40));
    const float t42 = (float)((t38 + t41));
    const uint8_t t43 = (uint8_t)((x4[i] < x5[0]));
    const uint8_t t44 = (uint8_t)((x4[i] == x5[0]));
    const float t46 = (float)((t44 ? x6[0] : x7[0]));
    const float t47 = (float)((t43 ? x0[0] : t46));
    const float t48 = (float)((t42 * t47));
    const uint8_t t49 = (uint8_t)((x8[i] > x9[0]));
    const uint8_t t50 = (uint8_t)((x8[i] == x9[0]));
    const float t51 = (float)((t50 ? x6[0] : x7[0]));
    const float t52 = (float)((t49 ? x0[0] : t51));
    const float t53 = (float)((t48 * t52));
    const float t54 = (float)((x0[0] - x8[i]));
    const float t55 = (float)((x8[i] * t54));
    const float t56 = (float)((t53 * t55));
    out[i] = t56;
  }
}

void k63(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
  const int chunk = ((784 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 784 ? part * chunk : 784;
  const int hi = lo + chunk < 784 ? lo + chunk : 784;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  const v128_t s3 = wasm_f32x4_splat(x3[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v31 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v60 = wasm_f32x4_add(v31, wasm_v128_load(x2 + i));
    const v128_t v62 = wasm_f32x4_mul(v60, s3);
    const v128_t v63 = wasm_f32x4_sub(wasm_v128_load(x0 + i), v62);
    wasm_v128_store(out + i, v63);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t31 = (float)((x0[i] * x1[0]));
    const float t60 = (float)((t31 + x2[i]));
    const float t62 = (float)((t60 * x3[0]));
    const float t63 = (float)((x0[i] - t62));
    out[i] = t63;
  }
}

void k66(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1 ? part * chunk : 1;
  const int hi = lo + chunk < 1 ? lo + chunk : 1;
  for (int i = lo; i < hi; i++) {
    const float t65 = (float)((x0[i] * x1[i]));
    const float t66 = (float)((x2[i] - t65));
    out[i] = t66;
  }
}
