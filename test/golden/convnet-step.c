#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k12(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 3456;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 6; i1++) {
      for (int i2 = 0; i2 < 576; i2++) {
        const float t12 = (float)((x0[i0 * 3456 + i1 * 576 + i2 * 1] + x1[i1 * 1]));
        out[o++] = t12;
      }
    }
  }
}

void k14(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((110592 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 110592 ? part * chunk : 110592;
  const int hi = lo + chunk < 110592 ? lo + chunk : 110592;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v14 = wasm_f32x4_max(wasm_v128_load(x0 + i), s1);
    wasm_v128_store(out + i, v14);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t14 = (float)(tj_fmaxf(x0[i], x1[0]));
    out[i] = t14;
  }
}

void k17(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 1024;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 16; i1++) {
      for (int i2 = 0; i2 < 64; i2++) {
        const float t17 = (float)((x0[i0 * 1024 + i1 * 64 + i2 * 1] + x1[i1 * 1]));
        out[o++] = t17;
      }
    }
  }
}

void k18(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((32768 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32768 ? part * chunk : 32768;
  const int hi = lo + chunk < 32768 ? lo + chunk : 32768;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v18 = wasm_f32x4_max(wasm_v128_load(x0 + i), s1);
    wasm_v128_store(out + i, v18);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t18 = (float)(tj_fmaxf(x0[i], x1[0]));
    out[i] = t18;
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

void k28(uint8_t* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((32 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32 ? part * chunk : 32;
  const int hi = lo + chunk < 32 ? lo + chunk : 32;
  for (int i = lo; i < hi; i++) {
    const uint8_t t28 = (uint8_t)((x0[i] - x0[i] == 0));
    out[i] = t28;
  }
}

void k29(float* restrict out, const uint8_t* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((32 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32 ? part * chunk : 32;
  const int hi = lo + chunk < 32 ? lo + chunk : 32;
  for (int i = lo; i < hi; i++) {
    const float t29 = (float)((x0[i] ? x1[i] : x2[0]));
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

void k41(float* restrict out, const int32_t* restrict x0, const int32_t* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const uint8_t t40 = (uint8_t)((x0[i0 * 1] == x1[i1 * 1]));
      const float t41 = (float)((float)t40);
      out[o++] = t41;
    }
  }
}

void k42(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((320 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 320 ? part * chunk : 320;
  const int hi = lo + chunk < 320 ? lo + chunk : 320;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v42 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    wasm_v128_store(out + i, v42);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t42 = (float)((x0[i] * x1[i]));
    out[i] = t42;
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

void k54(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((320 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 320 ? part * chunk : 320;
  const int hi = lo + chunk < 320 ? lo + chunk : 320;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v54 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    wasm_v128_store(out + i, v54);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t54 = (float)((x0[i] * x1[i]));
    out[i] = t54;
  }
}

void k58(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((32 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32 ? part * chunk : 32;
  const int hi = lo + chunk < 32 ? lo + chunk : 32;
  const v128_t s0 = wasm_f32x4_splat(x0[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v57 = wasm_f32x4_div(s0, wasm_v128_load(x1 + i));
    const v128_t v58 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v57);
    wasm_v128_store(out + i, v58);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t57 = (float)((x0[0] / x1[i]));
    const float t58 = (float)((x2[i] * t57));
    out[i] = t58;
  }
}

void k59(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const float t59 = (float)((x0[i0 * 1] * x1[i0 * 10 + i1 * 1]));
      out[o++] = t59;
    }
  }
}

void k61(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((320 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 320 ? part * chunk : 320;
  const int hi = lo + chunk < 320 ? lo + chunk : 320;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v61 = wasm_f32x4_neg(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v61);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t61 = (float)((-x0[i]));
    out[i] = t61;
  }
}

void k64(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((320 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 320 ? part * chunk : 320;
  const int hi = lo + chunk < 320 ? lo + chunk : 320;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v64 = wasm_f32x4_neg(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v64);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t64 = (float)((-x0[i]));
    out[i] = t64;
  }
}

void k68(float* restrict out, const float* restrict x0, const float* restrict x1, const uint8_t* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
  const int chunk = ((32 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32 ? part * chunk : 32;
  const int hi = lo + chunk < 32 ? lo + chunk : 32;
  for (int i = lo; i < hi; i++) {
    const float t67 = (float)((x0[i] + x1[i]));
    const float t68 = (float)((x2[i] ? t67 : x3[0]));
    out[i] = t68;
  }
}

void k70(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const uint8_t t69 = (uint8_t)((x0[i0 * 10 + i1 * 1] == x1[i0 * 1]));
      const float t70 = (float)((float)t69);
      out[o++] = t70;
    }
  }
}

void k75(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const float t60 = (float)((x0[i0 * 10 + i1 * 1] + x1[i0 * 10 + i1 * 1]));
      const float t73 = (float)((x2[i0 * 10 + i1 * 1] / x3[i0 * 1]));
      const float t74 = (float)((x4[i0 * 1] * t73));
      const float t75 = (float)((t60 + t74));
      out[o++] = t75;
    }
  }
}

void k78(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((2688 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 2688 ? part * chunk : 2688;
  const int hi = lo + chunk < 2688 ? lo + chunk : 2688;
  for (int i = lo; i < hi; i++) {
    const uint8_t t52 = (uint8_t)((x0[i] <= x1[0]));
    const float t78 = (float)((t52 ? x1[0] : x2[i]));
    out[i] = t78;
  }
}

void k81(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((3840 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 3840 ? part * chunk : 3840;
  const int hi = lo + chunk < 3840 ? lo + chunk : 3840;
  for (int i = lo; i < hi; i++) {
    const uint8_t t51 = (uint8_t)((x0[i] <= x1[0]));
    const float t81 = (float)((t51 ? x1[0] : x2[i]));
    out[i] = t81;
  }
}

void k86(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((32768 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 32768 ? part * chunk : 32768;
  const int hi = lo + chunk < 32768 ? lo + chunk : 32768;
  for (int i = lo; i < hi; i++) {
    const uint8_t t50 = (uint8_t)((x0[i] <= x1[0]));
    const float t86 = (float)((t50 ? x1[0] : x2[i]));
    out[i] = t86;
  }
}

void k94(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((110592 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 110592 ? part * chunk : 110592;
  const int hi = lo + chunk < 110592 ? lo + chunk : 110592;
  for (int i = lo; i < hi; i++) {
    const uint8_t t49 = (uint8_t)((x0[i] <= x1[0]));
    const float t94 = (float)((t49 ? x1[0] : x2[i]));
    out[i] = t94;
  }
}

void k100(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((150 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 150 ? part * chunk : 150;
  const int hi = lo + chunk < 150 ? lo + chunk : 150;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v99 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v100 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v99);
    wasm_v128_store(out + i, v100);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t99 = (float)((x0[i] * x1[0]));
    const float t100 = (float)((x2[i] - t99));
    out[i] = t100;
  }
}

void k105(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((6 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 6 ? part * chunk : 6;
  const int hi = lo + chunk < 6 ? lo + chunk : 6;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v104 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v105 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v104);
    wasm_v128_store(out + i, v105);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t104 = (float)((x0[i] * x1[0]));
    const float t105 = (float)((x2[i] - t104));
    out[i] = t105;
  }
}

void k111(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((2400 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 2400 ? part * chunk : 2400;
  const int hi = lo + chunk < 2400 ? lo + chunk : 2400;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v110 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v111 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v110);
    wasm_v128_store(out + i, v111);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t110 = (float)((x0[i] * x1[0]));
    const float t111 = (float)((x2[i] - t110));
    out[i] = t111;
  }
}

void k116(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((16 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 16 ? part * chunk : 16;
  const int hi = lo + chunk < 16 ? lo + chunk : 16;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v115 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v116 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v115);
    wasm_v128_store(out + i, v116);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t115 = (float)((x0[i] * x1[0]));
    const float t116 = (float)((x2[i] - t115));
    out[i] = t116;
  }
}

void k120(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((30720 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 30720 ? part * chunk : 30720;
  const int hi = lo + chunk < 30720 ? lo + chunk : 30720;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v119 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v120 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v119);
    wasm_v128_store(out + i, v120);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t119 = (float)((x0[i] * x1[0]));
    const float t120 = (float)((x2[i] - t119));
    out[i] = t120;
  }
}

void k123(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((120 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 120 ? part * chunk : 120;
  const int hi = lo + chunk < 120 ? lo + chunk : 120;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v122 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v123 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v122);
    wasm_v128_store(out + i, v123);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t122 = (float)((x0[i] * x1[0]));
    const float t123 = (float)((x2[i] - t122));
    out[i] = t123;
  }
}

void k127(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((10080 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 10080 ? part * chunk : 10080;
  const int hi = lo + chunk < 10080 ? lo + chunk : 10080;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v126 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v127 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v126);
    wasm_v128_store(out + i, v127);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t126 = (float)((x0[i] * x1[0]));
    const float t127 = (float)((x2[i] - t126));
    out[i] = t127;
  }
}

void k130(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((84 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 84 ? part * chunk : 84;
  const int hi = lo + chunk < 84 ? lo + chunk : 84;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v129 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v130 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v129);
    wasm_v128_store(out + i, v130);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t129 = (float)((x0[i] * x1[0]));
    const float t130 = (float)((x2[i] - t129));
    out[i] = t130;
  }
}

void k134(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((840 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 840 ? part * chunk : 840;
  const int hi = lo + chunk < 840 ? lo + chunk : 840;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v133 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v134 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v133);
    wasm_v128_store(out + i, v134);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t133 = (float)((x0[i] * x1[0]));
    const float t134 = (float)((x2[i] - t133));
    out[i] = t134;
  }
}

void k137(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((10 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 10 ? part * chunk : 10;
  const int hi = lo + chunk < 10 ? lo + chunk : 10;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v136 = wasm_f32x4_mul(wasm_v128_load(x0 + i), s1);
    const v128_t v137 = wasm_f32x4_sub(wasm_v128_load(x2 + i), v136);
    wasm_v128_store(out + i, v137);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t136 = (float)((x0[i] * x1[0]));
    const float t137 = (float)((x2[i] - t136));
    out[i] = t137;
  }
}
