#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k14(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 3456;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 6; i1++) {
      for (int i2 = 0; i2 < 576; i2++) {
        const float t12 = (float)((x0[i0 * 3456 + i1 * 576 + i2 * 1] + x1[i1 * 1]));
        const float t14 = (float)(tj_fmaxf(t12, x2[0]));
        out[o++] = t14;
      }
    }
  }
}

void k18(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 1024;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 16; i1++) {
      for (int i2 = 0; i2 < 64; i2++) {
        const float t17 = (float)((x0[i0 * 1024 + i1 * 64 + i2 * 1] + x1[i1 * 1]));
        const float t18 = (float)(tj_fmaxf(t17, x2[0]));
        out[o++] = t18;
      }
    }
  }
}

void k22(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((3840 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 3840 ? part * chunk : 3840;
  const int hi = lo + chunk < 3840 ? lo + chunk : 3840;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v22 = wasm_f32x4_max(wasm_v128_load(x0 + i), s1);
    wasm_v128_store(out + i, v22);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t22 = (float)(tj_fmaxf(x0[i], x1[0]));
    out[i] = t22;
  }
}

void k24(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((2688 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 2688 ? part * chunk : 2688;
  const int hi = lo + chunk < 2688 ? lo + chunk : 2688;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v24 = wasm_f32x4_max(wasm_v128_load(x0 + i), s1);
    wasm_v128_store(out + i, v24);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t24 = (float)(tj_fmaxf(x0[i], x1[0]));
    out[i] = t24;
  }
}

void k29(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((32 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32 ? part * chunk : 32;
  const int hi = lo + chunk < 32 ? lo + chunk : 32;
  for (int i = lo; i < hi; i++) {
    const uint8_t t28 = (uint8_t)((x0[i] - x0[i] == 0));
    const float t29 = (float)((t28 ? x0[i] : x1[0]));
    out[i] = t29;
  }
}

void k30(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const float t30 = (float)((x0[i0 * 10 + i1 * 1] - x1[i0 * 1]));
      out[o++] = t30;
    }
  }
}

void k31(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((320 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 320 ? part * chunk : 320;
  const int hi = lo + chunk < 320 ? lo + chunk : 320;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v31 = tj_exp_f32x4(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v31);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t31 = (float)(tj_expf_s(x0[i]));
    out[i] = t31;
  }
}

void k34(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((32 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32 ? part * chunk : 32;
  const int hi = lo + chunk < 32 ? lo + chunk : 32;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v34 = tj_log_f32x4(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v34);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t34 = (float)(tj_logf_s(x0[i]));
    out[i] = t34;
  }
}

void k42(float* restrict out, const int32_t* restrict x0, const int32_t* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const uint8_t t40 = (uint8_t)((x0[i0 * 1] == x1[i1 * 1]));
      const float t41 = (float)((float)t40);
      const float t42 = (float)((x2[i0 * 10 + i1 * 1] * t41));
      out[o++] = t42;
    }
  }
}

void k44(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((32 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32 ? part * chunk : 32;
  const int hi = lo + chunk < 32 ? lo + chunk : 32;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v44 = wasm_f32x4_sub(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    wasm_v128_store(out + i, v44);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t44 = (float)((x0[i] - x1[i]));
    out[i] = t44;
  }
}

void k47(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1 ? part * chunk : 1;
  const int hi = lo + chunk < 1 ? lo + chunk : 1;
  for (int i = lo; i < hi; i++) {
    const float t47 = (float)((x0[i] * x1[i]));
    out[i] = t47;
  }
}
