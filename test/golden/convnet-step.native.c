#include <stdint.h>
#include "tj_scalar.h"
#include "tj_simd.h"
#include "tj_host.h"

static void k12(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
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

static void k14(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t14 = (float)(tj_fmaxf(x0[i], x1[0]));
    out[i] = t14;
  }
}

static void k17(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
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

static void k28(uint8_t* restrict out, const float* restrict x0, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const uint8_t t28 = (uint8_t)((x0[i] - x0[i] == 0));
    out[i] = t28;
  }
}

static void k29(float* restrict out, const uint8_t* restrict x0, const float* restrict x1, const float* restrict x2, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t29 = (float)((x0[i] ? x1[i] : x2[0]));
    out[i] = t29;
  }
}

static void k30(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const float t30 = (float)((x0[i0 * 10 + i1 * 1] - x1[i0 * 1]));
      out[o++] = t30;
    }
  }
}

static void k31(float* restrict out, const float* restrict x0, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t31 = (float)(tj_expf_s(x0[i]));
    out[i] = t31;
  }
}

static void k34(float* restrict out, const float* restrict x0, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t34 = (float)(tj_logf_s(x0[i]));
    out[i] = t34;
  }
}

static void k41(float* restrict out, const int32_t* restrict x0, const int32_t* restrict x1, int n, int part, int parts, void* scratch) {
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

static void k42(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t42 = (float)((x0[i] * x1[i]));
    out[i] = t42;
  }
}

static void k44(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t44 = (float)((x0[i] - x1[i]));
    out[i] = t44;
  }
}

void tj_conv2d_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*);
void tj_maxpool2d_f32(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*);
void tj_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, void*);
void tj_reduce_max_f32(void*, void*, int, int, int, int, int, void*);
void tj_reduce_sum_f32(void*, void*, int, int, int, int, int, void*);
void tj_check_index(void*, void*, void*, int, int, int, int, void*);
void tj_maxpool2d_grad_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*);
void tj_window_32(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*);
void s25(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s26(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s27(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s28(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s29(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s30(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s31(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s32(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s33(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s34(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s35(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s36(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s37(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s38(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s39(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s40(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s41(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s42(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s43(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s44(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s45(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s46(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s47(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s48(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s49(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s50(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s51(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s52(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s53(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s54(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s55(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s56(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s57(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s58(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s59(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s60(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s61(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s62(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s63(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s64(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s65(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s66(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s67(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s68(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s69(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s70(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s71(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s72(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s73(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s74(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s75(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s76(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s77(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);

static void s0(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_conv2d_f32(addr[10], addr[0], addr[11], 32, 1, 28, 28, 6, 5, 5, 24, 24, 1, 1, 0, 0, 1, 1, 1, part, parts, sc);
}
static void s1(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k12((void*)addr[12], (const void*)addr[11], (const void*)addr[1], 110592, part, parts, sc);
}
static void s2(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k14((void*)addr[14], (const void*)addr[12], (const void*)addr[13], 110592, part, parts, sc);
}
static void s3(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_maxpool2d_f32(addr[14], addr[15], 32, 6, 24, 24, 2, 2, 12, 12, 2, 2, 0, 0, part, parts, sc);
}
static void s4(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_conv2d_f32(addr[15], addr[2], addr[16], 32, 6, 12, 12, 16, 5, 5, 8, 8, 1, 1, 0, 0, 1, 1, 1, part, parts, sc);
}
static void s5(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k17((void*)addr[17], (const void*)addr[16], (const void*)addr[3], 32768, part, parts, sc);
}
static void s6(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k14((void*)addr[18], (const void*)addr[17], (const void*)addr[13], 32768, part, parts, sc);
}
static void s7(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_maxpool2d_f32(addr[18], addr[19], 32, 16, 8, 8, 2, 2, 4, 4, 2, 2, 0, 0, part, parts, sc);
}
static void s8(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[19], addr[4], addr[20], 1, 32, 256, 120, 0, 0, 0, part, parts, sc);
}
static void s9(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k14((void*)addr[21], (const void*)addr[20], (const void*)addr[13], 3840, part, parts, sc);
}
static void s10(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[21], addr[6], addr[22], 1, 32, 120, 84, 0, 0, 0, part, parts, sc);
}
static void s11(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k14((void*)addr[23], (const void*)addr[22], (const void*)addr[13], 2688, part, parts, sc);
}
static void s12(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[23], addr[8], addr[24], 1, 32, 84, 10, 0, 0, 0, part, parts, sc);
}
static void s13(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_max_f32(addr[24], addr[25], 32, 10, 1, part, parts, sc);
}
static void s14(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k28((void*)addr[26], (const void*)addr[25], 32, part, parts, sc);
}
static void s15(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k29((void*)addr[27], (const void*)addr[26], (const void*)addr[25], (const void*)addr[13], 32, part, parts, sc);
}
static void s16(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k30((void*)addr[28], (const void*)addr[24], (const void*)addr[27], 320, part, parts, sc);
}
static void s17(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k31((void*)addr[29], (const void*)addr[28], 320, part, parts, sc);
}
static void s18(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[29], addr[30], 32, 10, 1, part, parts, sc);
}
static void s19(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k34((void*)addr[31], (const void*)addr[30], 32, part, parts, sc);
}
static void s20(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_check_index(addr[32], addr[33], addr[34], 32, 10, part, parts, sc);
}
static void s21(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k41((void*)addr[36], (const void*)addr[33], (const void*)addr[35], 320, part, parts, sc);
}
static void s22(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k42((void*)addr[37], (const void*)addr[28], (const void*)addr[36], 320, part, parts, sc);
}
static void s23(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[37], addr[38], 32, 10, 1, part, parts, sc);
}
static void s24(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k44((void*)addr[39], (const void*)addr[31], (const void*)addr[38], 32, part, parts, sc);
}
static void b8(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)part, (void)parts, (void)sc;
  float* restrict o = (float*)addr[20];
  const float* restrict bias = (const float*)addr[5];
  for (int64_t r = 0; r < 3840; r += 120) for (int j = 0; j < 120; j++) o[r + j] = o[r + j] + bias[j];
}
static void b10(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)part, (void)parts, (void)sc;
  float* restrict o = (float*)addr[22];
  const float* restrict bias = (const float*)addr[7];
  for (int64_t r = 0; r < 2688; r += 84) for (int j = 0; j < 84; j++) o[r + j] = o[r + j] + bias[j];
}
static void b12(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)part, (void)parts, (void)sc;
  float* restrict o = (float*)addr[24];
  const float* restrict bias = (const float*)addr[9];
  for (int64_t r = 0; r < 320; r += 10) for (int j = 0; j < 10; j++) o[r + j] = o[r + j] + bias[j];
}

static const tj_row r0[] = {
  { s0, 460800.0, 0 },
  { s1, 123863.0, 1 },
  { s2, 123863.0, 2 },
  { s3, 73728.0, 3 },
  { s4, 819200.0, 4 },
  { s5, 36700.2, 5 },
  { s6, 36700.2, 6 },
  { s7, 21845.3, 7 },
  { s8, 56173.7, -1 },
  { b8, 0.0, 8 },
  { s9, 4300.8, 9 },
  { s10, 18432.0, -1 },
  { b10, 0.0, 10 },
  { s11, 3010.6, 11 },
  { s12, 1536.0, -1 },
  { b12, 0.0, 12 },
  { s13, 160.0, 13 },
  { s14, 35.8, 14 },
  { s15, 35.8, 15 },
  { s16, 358.4, 16 },
  { s17, 1088.0, 17 },
  { s18, 160.0, 18 },
  { s19, 108.8, 19 },
  { s20, 32.0, 20 },
  { s21, 396.8, 21 },
  { s22, 358.4, 22 },
  { s23, 160.0, 23 },
  { s24, 35.8, 24 },
  { s25, 16.0, 25 },
  { s26, 1.1, 26 },
  { s27, 358.4, 27 },
  { s28, 51.2, 28 },
  { s29, 358.4, 29 },
  { s30, 358.4, 30 },
  { s31, 160.0, 31 },
  { s32, 358.4, 32 },
  { s33, 160.0, 33 },
  { s34, 39.7, 34 },
  { s35, 396.8, 35 },
  { s36, 160.0, 36 },
  { s37, 588.8, 37 },
  { s38, 1536.0, 38 },
  { s39, 3333.1, 39 },
  { s40, 18432.0, 40 },
  { s41, 4761.6, 41 },
  { s42, 56173.7, 42 },
  { s43, 43690.7, 43 },
  { s44, 40632.3, 44 },
  { s45, 87381.3, 45 },
  { s46, 1600.0, 46 },
  { s47, 1600.0, 47 },
  { s48, 1843200.0, 48 },
  { s49, 147456.0, 49 },
  { s50, 137134.1, 50 },
  { s51, 73728.0, 51 },
  { s52, 460800.0, 52 },
  { s53, 100.0, 53 },
  { s54, 186.0, 54 },
  { s55, 55296.0, 55 },
  { s56, 96.0, 56 },
  { s57, 7.4, 57 },
  { s58, 18432.0, 58 },
  { s59, 21845.3, 59 },
  { s60, 819200.0, 60 },
  { s61, 1600.0, 61 },
  { s62, 2976.0, 62 },
  { s63, 16384.0, 63 },
  { s64, 256.0, 64 },
  { s65, 19.8, 65 },
  { s66, 56173.7, 66 },
  { s67, 38092.8, 67 },
  { s68, 1920.0, 68 },
  { s69, 148.8, 69 },
  { s70, 18432.0, 70 },
  { s71, 12499.2, 71 },
  { s72, 1344.0, 72 },
  { s73, 104.2, 73 },
  { s74, 1536.0, 74 },
  { s75, 1041.6, 75 },
  { s76, 160.0, 76 },
  { s77, 12.4, 77 },
};

/* One call: every step on the arena (at[b]: buffer b's offset in this call's layout), outputs o<k> written in place; times: per-step ms for f.profile(), or NULL. */
__attribute__((visibility("default")))
void tj_entry(uint8_t* restrict arena, const int64_t* restrict at, uint8_t* restrict scratch, int scratch_bytes, int threads, int segment, double* restrict times, void* o0) {
  (void)scratch, (void)scratch_bytes, (void)threads;
  uint8_t* addr[99];
  for (int b = 0; b < 99; b++) addr[b] = arena + at[b];
  addr[42] = (uint8_t*)o0;
  double t = times ? tj_now_ms() : 0.0;
  (void)t;
  switch (segment) {
  case 0:
    tj_run_rows(r0, 81, addr, scratch, scratch_bytes, threads, times, &t);
    break;
  }
}

/* ---- the next translation unit, compiled in parallel ---- */
#include <stdint.h>
#include "tj_scalar.h"
#include "tj_simd.h"
#include "tj_host.h"

static void k42(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t42 = (float)((x0[i] * x1[i]));
    out[i] = t42;
  }
}

static void k58(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t57 = (float)((x0[0] / x1[i]));
    const float t58 = (float)((x2[i] * t57));
    out[i] = t58;
  }
}

static void k59(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)32 * part / parts), hi = (int)((int64_t)32 * (part + 1) / parts);
  int o = lo * 10;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 10; i1++) {
      const float t59 = (float)((x0[i0 * 1] * x1[i0 * 10 + i1 * 1]));
      out[o++] = t59;
    }
  }
}

static void k61(float* restrict out, const float* restrict x0, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t61 = (float)((-x0[i]));
    out[i] = t61;
  }
}

static void k68(float* restrict out, const float* restrict x0, const float* restrict x1, const uint8_t* restrict x2, const float* restrict x3, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t67 = (float)((x0[i] + x1[i]));
    const float t68 = (float)((x2[i] ? t67 : x3[0]));
    out[i] = t68;
  }
}

static void k70(float* restrict out, const float* restrict x0, const float* restrict x1, int n, int part, int parts, void* scratch) {
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

static void k75(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, int n, int part, int parts, void* scratch) {
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

static void k78(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const uint8_t t52 = (uint8_t)((x0[i] <= x1[0]));
    const float t78 = (float)((t52 ? x1[0] : x2[i]));
    out[i] = t78;
  }
}

static void k100(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int n, int part, int parts, void* scratch) {
  const int chunk = ((n + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < n ? part * chunk : n;
  const int hi = lo + chunk < n ? lo + chunk : n;
  for (int i = lo; i < hi; i++) {
    const float t99 = (float)((x0[i] * x1[0]));
    const float t100 = (float)((x2[i] - t99));
    out[i] = t100;
  }
}

void tj_conv2d_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*);
void tj_maxpool2d_f32(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*);
void tj_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, void*);
void tj_reduce_max_f32(void*, void*, int, int, int, int, int, void*);
void tj_reduce_sum_f32(void*, void*, int, int, int, int, int, void*);
void tj_check_index(void*, void*, void*, int, int, int, int, void*);
void tj_maxpool2d_grad_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*);
void tj_window_32(void*, void*, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, void*);

__attribute__((visibility("hidden"))) void s25(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[39], addr[40], 1, 32, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s26(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k42((void*)addr[42], (const void*)addr[40], (const void*)addr[41], 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s27(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k42((void*)addr[45], (const void*)addr[44], (const void*)addr[36], 320, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s28(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k58((void*)addr[48], (const void*)addr[47], (const void*)addr[30], (const void*)addr[46], 32, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s29(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k59((void*)addr[49], (const void*)addr[48], (const void*)addr[29], 320, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s30(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k61((void*)addr[50], (const void*)addr[45], 320, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s31(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[50], addr[51], 32, 10, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s32(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k61((void*)addr[52], (const void*)addr[49], 320, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s33(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[52], addr[53], 32, 10, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s34(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k68((void*)addr[54], (const void*)addr[51], (const void*)addr[53], (const void*)addr[26], (const void*)addr[13], 32, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s35(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k70((void*)addr[55], (const void*)addr[24], (const void*)addr[25], 320, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s36(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[55], addr[56], 32, 10, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s37(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k75((void*)addr[57], (const void*)addr[45], (const void*)addr[49], (const void*)addr[55], (const void*)addr[56], (const void*)addr[54], 320, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s38(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[57], addr[8], addr[58], 1, 32, 10, 84, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s39(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k78((void*)addr[59], (const void*)addr[22], (const void*)addr[13], (const void*)addr[58], 2688, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s40(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[59], addr[6], addr[60], 1, 32, 84, 120, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s41(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k78((void*)addr[61], (const void*)addr[20], (const void*)addr[13], (const void*)addr[60], 3840, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s42(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[61], addr[4], addr[62], 1, 32, 120, 256, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s43(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_maxpool2d_grad_f32(addr[18], addr[62], addr[63], 32, 16, 8, 8, 2, 2, 4, 4, 2, 2, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s44(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k78((void*)addr[64], (const void*)addr[17], (const void*)addr[13], (const void*)addr[63], 32768, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s45(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_window_32(addr[64], addr[65], 1, 1, 1, 512, 16, 16, 0, 0, 0, 64, 8, 1, 0, 0, 0, 0, 4, 4, 1, 1, 1, 512, 12, 12, -36, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s46(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_window_32(addr[2], addr[66], 1, 1, 1, 6, 16, 25, 0, 0, 0, 25, 150, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 6, 16, 25, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s47(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_window_32(addr[66], addr[67], 1, 1, 1, 1, 96, 25, 0, 0, 0, 0, 25, -1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 96, 25, 24, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s48(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_conv2d_f32(addr[65], addr[67], addr[68], 32, 16, 16, 16, 6, 5, 5, 12, 12, 1, 1, 0, 0, 1, 1, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s49(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_maxpool2d_grad_f32(addr[14], addr[68], addr[69], 32, 6, 24, 24, 2, 2, 12, 12, 2, 2, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s50(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k78((void*)addr[70], (const void*)addr[12], (const void*)addr[13], (const void*)addr[69], 110592, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s51(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_window_32(addr[70], addr[71], 1, 1, 1, 6, 32, 576, 0, 0, 0, 576, 3456, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 6, 32, 576, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s52(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_conv2d_f32(addr[43], addr[71], addr[72], 1, 32, 28, 28, 6, 24, 24, 5, 5, 1, 1, 0, 0, 1, 1, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s53(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_window_32(addr[72], addr[73], 1, 1, 1, 1, 1, 150, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 150, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s54(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[75], (const void*)addr[73], (const void*)addr[74], (const void*)addr[0], 150, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s55(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[70], addr[76], 192, 576, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s56(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[76], addr[77], 1, 32, 6, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s57(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[78], (const void*)addr[77], (const void*)addr[74], (const void*)addr[1], 6, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s58(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_window_32(addr[15], addr[79], 1, 1, 1, 6, 32, 144, 0, 0, 0, 144, 864, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 6, 32, 144, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s59(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_window_32(addr[64], addr[80], 1, 1, 1, 16, 32, 64, 0, 0, 0, 64, 1024, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s60(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_conv2d_f32(addr[79], addr[80], addr[81], 6, 32, 12, 12, 16, 8, 8, 5, 5, 1, 1, 0, 0, 1, 1, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s61(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_window_32(addr[81], addr[82], 1, 1, 1, 16, 6, 25, 0, 0, 0, 25, 400, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 16, 6, 25, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s62(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[83], (const void*)addr[82], (const void*)addr[74], (const void*)addr[2], 2400, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s63(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[64], addr[84], 512, 64, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s64(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[84], addr[85], 1, 32, 16, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s65(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[86], (const void*)addr[85], (const void*)addr[74], (const void*)addr[3], 16, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s66(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[19], addr[61], addr[87], 1, 256, 32, 120, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s67(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[88], (const void*)addr[87], (const void*)addr[74], (const void*)addr[4], 30720, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s68(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[61], addr[89], 1, 32, 120, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s69(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[90], (const void*)addr[89], (const void*)addr[74], (const void*)addr[5], 120, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s70(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[21], addr[59], addr[91], 1, 120, 32, 84, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s71(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[92], (const void*)addr[91], (const void*)addr[74], (const void*)addr[6], 10080, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s72(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[59], addr[93], 1, 32, 84, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s73(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[94], (const void*)addr[93], (const void*)addr[74], (const void*)addr[7], 84, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s74(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[23], addr[57], addr[95], 1, 84, 32, 10, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s75(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[96], (const void*)addr[95], (const void*)addr[74], (const void*)addr[8], 840, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s76(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[57], addr[97], 1, 32, 10, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s77(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k100((void*)addr[98], (const void*)addr[97], (const void*)addr[74], (const void*)addr[9], 10, part, parts, sc);
}
