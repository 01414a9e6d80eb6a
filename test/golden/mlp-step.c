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

void k15(uint8_t* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((128 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 128 ? part * chunk : 128;
  const int hi = lo + chunk < 128 ? lo + chunk : 128;
  for (int i = lo; i < hi; i++) {
    const uint8_t t15 = (uint8_t)((x0[i] - x0[i] == 0));
    out[i] = t15;
  }
}

void k16(float* restrict out, const uint8_t* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((128 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 128 ? part * chunk : 128;
  const int hi = lo + chunk < 128 ? lo + chunk : 128;
  for (int i = lo; i < hi; i++) {
    const float t16 = (float)((x0[i] ? x1[i] : x2[0]));
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

void k28(float* restrict out, const int32_t* restrict x0, const int32_t* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)128 * part / parts), hi = (int)((int64_t)128 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const uint8_t t27 = (uint8_t)((x0[i0 * 1] == x1[i1 * 1]));
      const float t28 = (float)((float)t27);
      out[o++] = t28;
    }
  }
}

void k29(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1280 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1280 ? part * chunk : 1280;
  const int hi = lo + chunk < 1280 ? lo + chunk : 1280;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v29 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    wasm_v128_store(out + i, v29);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t29 = (float)((x0[i] * x1[i]));
    out[i] = t29;
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

void k39(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1280 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1280 ? part * chunk : 1280;
  const int hi = lo + chunk < 1280 ? lo + chunk : 1280;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v39 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    wasm_v128_store(out + i, v39);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t39 = (float)((x0[i] * x1[i]));
    out[i] = t39;
  }
}

void k43(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((128 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 128 ? part * chunk : 128;
  const int hi = lo + chunk < 128 ? lo + chunk : 128;
  const v128_t s0 = wasm_f32x4_splat(x0[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v42 = wasm_f32x4_div(s0, wasm_v128_load(x1 + i));
    const v128_t v43 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v42);
    wasm_v128_store(out + i, v43);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t42 = (float)((x0[0] / x1[i]));
    const float t43 = (float)((x2[i] * t42));
    out[i] = t43;
  }
}

void k44(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)128 * part / parts), hi = (int)((int64_t)128 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const float t44 = (float)((x0[i0 * 1] * x1[i0 * 10 + i1 * 1]));
      out[o++] = t44;
    }
  }
}

void k46(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((1280 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1280 ? part * chunk : 1280;
  const int hi = lo + chunk < 1280 ? lo + chunk : 1280;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v46 = wasm_f32x4_neg(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v46);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t46 = (float)((-x0[i]));
    out[i] = t46;
  }
}

void k49(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((1280 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1280 ? part * chunk : 1280;
  const int hi = lo + chunk < 1280 ? lo + chunk : 1280;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v49 = wasm_f32x4_neg(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v49);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t49 = (float)((-x0[i]));
    out[i] = t49;
  }
}

void k53(float* restrict out, const float* restrict x0, const float* restrict x1, const uint8_t* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
  const int chunk = ((128 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 128 ? part * chunk : 128;
  const int hi = lo + chunk < 128 ? lo + chunk : 128;
  for (int i = lo; i < hi; i++) {
    const float t52 = (float)((x0[i] + x1[i]));
    const float t53 = (float)((x2[i] ? t52 : x3[0]));
    out[i] = t53;
  }
}

void k55(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)128 * part / parts), hi = (int)((int64_t)128 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const uint8_t t54 = (uint8_t)((x0[i0 * 10 + i1 * 1] == x1[i0 * 1]));
      const float t55 = (float)((float)t54);
      out[o++] = t55;
    }
  }
}

void k60(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)128 * part / parts), hi = (int)((int64_t)128 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const float t45 = (float)((x0[i0 * 10 + i1 * 1] + x1[i0 * 10 + i1 * 1]));
      const float t58 = (float)((x2[i0 * 10 + i1 * 1] / x3[i0 * 1]));
      const float t59 = (float)((x4[i0 * 1] * t58));
      const float t60 = (float)((t45 + t59));
      out[o++] = t60;
    }
  }
}

void k63(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((65536 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 65536 ? part * chunk : 65536;
  const int hi = lo + chunk < 65536 ? lo + chunk : 65536;
  for (int i = lo; i < hi; i++) {
    const uint8_t t37 = (uint8_t)((x0[i] <= x1[0]));
    const float t63 = (float)((t37 ? x1[0] : x2[i]));
    out[i] = t63;
  }
}

void k66(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((65536 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 65536 ? part * chunk : 65536;
  const int hi = lo + chunk < 65536 ? lo + chunk : 65536;
  for (int i = lo; i < hi; i++) {
    const uint8_t t36 = (uint8_t)((x0[i] <= x1[0]));
    const float t66 = (float)((t36 ? x1[0] : x2[i]));
    out[i] = t66;
  }
}

void k70(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((401408 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 401408 ? part * chunk : 401408;
  const int hi = lo + chunk < 401408 ? lo + chunk : 401408;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v69 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v70 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v69);
    wasm_v128_store(out + i, v70);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t69 = (float)((x0[i] * x1[0]));
    const float t70 = (float)((x2[i] - t69));
    out[i] = t70;
  }
}

void k73(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((512 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 512 ? part * chunk : 512;
  const int hi = lo + chunk < 512 ? lo + chunk : 512;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v72 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v73 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v72);
    wasm_v128_store(out + i, v73);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t72 = (float)((x0[i] * x1[0]));
    const float t73 = (float)((x2[i] - t72));
    out[i] = t73;
  }
}

void k77(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((262144 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 262144 ? part * chunk : 262144;
  const int hi = lo + chunk < 262144 ? lo + chunk : 262144;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v76 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v77 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v76);
    wasm_v128_store(out + i, v77);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t76 = (float)((x0[i] * x1[0]));
    const float t77 = (float)((x2[i] - t76));
    out[i] = t77;
  }
}

void k80(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((512 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 512 ? part * chunk : 512;
  const int hi = lo + chunk < 512 ? lo + chunk : 512;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v79 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v80 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v79);
    wasm_v128_store(out + i, v80);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t79 = (float)((x0[i] * x1[0]));
    const float t80 = (float)((x2[i] - t79));
    out[i] = t80;
  }
}

void k84(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((5120 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 5120 ? part * chunk : 5120;
  const int hi = lo + chunk < 5120 ? lo + chunk : 5120;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v83 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v84 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v83);
    wasm_v128_store(out + i, v84);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t83 = (float)((x0[i] * x1[0]));
    const float t84 = (float)((x2[i] - t83));
    out[i] = t84;
  }
}

void k87(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((10 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 10 ? part * chunk : 10;
  const int hi = lo + chunk < 10 ? lo + chunk : 10;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v86 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v87 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v86);
    wasm_v128_store(out + i, v87);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t86 = (float)((x0[i] * x1[0]));
    const float t87 = (float)((x2[i] - t86));
    out[i] = t87;
  }
}
