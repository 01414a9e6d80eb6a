#include <stdint.h>
#include "tj_scalar.h"
#include "tj_simd.h"
#include "tj_host.h"

static void k107(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t105 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t106 = (float)((t105 + x2[i1 * 1]));
      const float t107 = (float)(tj_tanhf_s(t106));
      out[o++] = t107;
    }
  }
}

static void k111(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t109 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t110 = (float)((t109 + x2[i1 * 1]));
      const float t111 = (float)(tj_tanhf_s(t110));
      out[o++] = t111;
    }
  }
}

static void k115(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t113 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t114 = (float)((t113 + x2[i1 * 1]));
      const float t115 = (float)(tj_tanhf_s(t114));
      out[o++] = t115;
    }
  }
}

static void k119(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t117 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t118 = (float)((t117 + x2[i1 * 1]));
      const float t119 = (float)(tj_tanhf_s(t118));
      out[o++] = t119;
    }
  }
}

static void k123(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t121 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t122 = (float)((t121 + x2[i1 * 1]));
      const float t123 = (float)(tj_tanhf_s(t122));
      out[o++] = t123;
    }
  }
}

static void k127(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t125 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t126 = (float)((t125 + x2[i1 * 1]));
      const float t127 = (float)(tj_tanhf_s(t126));
      out[o++] = t127;
    }
  }
}

static void k131(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t129 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t130 = (float)((t129 + x2[i1 * 1]));
      const float t131 = (float)(tj_tanhf_s(t130));
      out[o++] = t131;
    }
  }
}

static void k135(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t133 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t134 = (float)((t133 + x2[i1 * 1]));
      const float t135 = (float)(tj_tanhf_s(t134));
      out[o++] = t135;
    }
  }
}

static void k139(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t137 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t138 = (float)((t137 + x2[i1 * 1]));
      const float t139 = (float)(tj_tanhf_s(t138));
      out[o++] = t139;
    }
  }
}

static void k143(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t141 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t142 = (float)((t141 + x2[i1 * 1]));
      const float t143 = (float)(tj_tanhf_s(t142));
      out[o++] = t143;
    }
  }
}

static void k147(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t145 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t146 = (float)((t145 + x2[i1 * 1]));
      const float t147 = (float)(tj_tanhf_s(t146));
      out[o++] = t147;
    }
  }
}

static void k151(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t149 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t150 = (float)((t149 + x2[i1 * 1]));
      const float t151 = (float)(tj_tanhf_s(t150));
      out[o++] = t151;
    }
  }
}

static void k155(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t153 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t154 = (float)((t153 + x2[i1 * 1]));
      const float t155 = (float)(tj_tanhf_s(t154));
      out[o++] = t155;
    }
  }
}

void tj_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, void*);
void tj_reduce_sum_f32(void*, void*, int, int, int, int, int, void*);
void s76(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s77(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s78(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s79(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s80(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s81(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s82(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s83(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s84(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s85(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s86(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s87(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s88(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s89(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s90(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s91(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s92(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s93(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s94(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s95(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s96(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s97(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s98(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s99(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s100(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s101(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s102(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s103(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s104(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s105(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s106(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s107(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s108(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s109(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s110(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s111(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s112(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s113(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s114(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s115(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s116(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s117(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s118(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s119(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s120(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s121(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s122(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s123(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s124(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s125(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s126(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s127(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s128(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s129(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s130(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s131(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s132(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s133(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s134(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s135(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s136(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s137(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s138(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s139(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s140(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s141(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s142(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s143(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s144(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s145(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s146(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s147(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s148(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s149(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s150(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s151(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);

static void s0(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[3], addr[0], addr[4], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s1(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[5], addr[0], addr[6], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s2(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[7], addr[0], addr[8], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s3(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[9], addr[0], addr[10], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s4(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[11], addr[0], addr[12], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s5(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[13], addr[0], addr[14], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s6(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[15], addr[0], addr[16], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s7(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[17], addr[0], addr[18], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s8(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[19], addr[0], addr[20], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s9(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[21], addr[0], addr[22], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s10(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[23], addr[0], addr[24], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s11(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[25], addr[0], addr[26], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s12(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[27], addr[0], addr[28], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s13(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[29], addr[0], addr[30], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s14(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[31], addr[0], addr[32], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s15(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[33], addr[0], addr[34], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s16(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[35], addr[0], addr[36], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s17(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[37], addr[0], addr[38], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s18(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[39], addr[0], addr[40], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s19(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[41], addr[0], addr[42], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s20(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[43], addr[0], addr[44], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s21(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[45], addr[0], addr[46], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s22(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[47], addr[0], addr[48], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s23(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[49], addr[0], addr[50], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s24(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[51], addr[0], addr[52], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s25(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[53], addr[0], addr[54], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s26(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[55], addr[0], addr[56], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s27(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[57], addr[0], addr[58], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s28(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[59], addr[0], addr[60], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s29(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[61], addr[0], addr[62], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s30(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[63], addr[0], addr[64], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s31(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[65], addr[0], addr[66], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s32(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[67], addr[0], addr[68], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s33(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[69], addr[0], addr[70], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s34(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[71], addr[0], addr[72], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s35(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[73], addr[0], addr[74], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s36(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[75], addr[0], addr[76], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s37(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[77], addr[0], addr[78], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s38(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[79], addr[0], addr[80], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s39(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[81], addr[0], addr[82], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s40(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[83], addr[0], addr[84], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s41(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[85], addr[0], addr[86], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s42(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[87], addr[0], addr[88], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s43(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[89], addr[0], addr[90], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s44(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[91], addr[0], addr[92], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s45(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[93], addr[0], addr[94], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s46(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[95], addr[0], addr[96], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s47(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[97], addr[0], addr[98], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s48(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[99], addr[0], addr[100], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s49(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[101], addr[0], addr[102], 1, 16, 32, 64, 0, 0, 0, part, parts, sc);
}
static void s50(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[103], addr[1], addr[104], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s51(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k107((void*)addr[105], (const void*)addr[102], (const void*)addr[104], (const void*)addr[2], part, parts, sc);
}
static void s52(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[105], addr[1], addr[106], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s53(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k111((void*)addr[107], (const void*)addr[100], (const void*)addr[106], (const void*)addr[2], part, parts, sc);
}
static void s54(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[107], addr[1], addr[108], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s55(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k115((void*)addr[109], (const void*)addr[98], (const void*)addr[108], (const void*)addr[2], part, parts, sc);
}
static void s56(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[109], addr[1], addr[110], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s57(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k119((void*)addr[111], (const void*)addr[96], (const void*)addr[110], (const void*)addr[2], part, parts, sc);
}
static void s58(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[111], addr[1], addr[112], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s59(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k123((void*)addr[113], (const void*)addr[94], (const void*)addr[112], (const void*)addr[2], part, parts, sc);
}
static void s60(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[113], addr[1], addr[114], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s61(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k127((void*)addr[115], (const void*)addr[92], (const void*)addr[114], (const void*)addr[2], part, parts, sc);
}
static void s62(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[115], addr[1], addr[116], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s63(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k131((void*)addr[117], (const void*)addr[90], (const void*)addr[116], (const void*)addr[2], part, parts, sc);
}
static void s64(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[117], addr[1], addr[118], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s65(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k135((void*)addr[119], (const void*)addr[88], (const void*)addr[118], (const void*)addr[2], part, parts, sc);
}
static void s66(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[119], addr[1], addr[120], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s67(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k139((void*)addr[121], (const void*)addr[86], (const void*)addr[120], (const void*)addr[2], part, parts, sc);
}
static void s68(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[121], addr[1], addr[122], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s69(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k143((void*)addr[123], (const void*)addr[84], (const void*)addr[122], (const void*)addr[2], part, parts, sc);
}
static void s70(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[123], addr[1], addr[124], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s71(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k147((void*)addr[125], (const void*)addr[82], (const void*)addr[124], (const void*)addr[2], part, parts, sc);
}
static void s72(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[125], addr[1], addr[126], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s73(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k151((void*)addr[127], (const void*)addr[80], (const void*)addr[126], (const void*)addr[2], part, parts, sc);
}
static void s74(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[127], addr[1], addr[128], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s75(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k155((void*)addr[129], (const void*)addr[78], (const void*)addr[128], (const void*)addr[2], part, parts, sc);
}

/* One call: every step on the arena (at[b]: buffer b's offset in this call's layout), outputs o<k> written in place; times: per-step ms for f.profile(), or NULL. */
__attribute__((visibility("default")))
void tj_entry(uint8_t* restrict arena, const int64_t* restrict at, uint8_t* restrict scratch, int scratch_bytes, int threads, int segment, double* restrict times, void* o0) {
  (void)scratch, (void)scratch_bytes, (void)threads;
  uint8_t* addr[208];
  for (int b = 0; b < 208; b++) addr[b] = arena + at[b];
  addr[207] = (uint8_t*)o0;
  double t = times ? tj_now_ms() : 0.0;
  (void)t;
  switch (segment) {
  case 0:
    tj_run_step(s0, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 0, t);
    tj_run_step(s1, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 1, t);
    tj_run_step(s2, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 2, t);
    tj_run_step(s3, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 3, t);
    tj_run_step(s4, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 4, t);
    tj_run_step(s5, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 5, t);
    tj_run_step(s6, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 6, t);
    tj_run_step(s7, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 7, t);
    tj_run_step(s8, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 8, t);
    tj_run_step(s9, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 9, t);
    tj_run_step(s10, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 10, t);
    tj_run_step(s11, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 11, t);
    tj_run_step(s12, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 12, t);
    tj_run_step(s13, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 13, t);
    tj_run_step(s14, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 14, t);
    tj_run_step(s15, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 15, t);
    tj_run_step(s16, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 16, t);
    tj_run_step(s17, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 17, t);
    tj_run_step(s18, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 18, t);
    tj_run_step(s19, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 19, t);
    tj_run_step(s20, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 20, t);
    tj_run_step(s21, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 21, t);
    tj_run_step(s22, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 22, t);
    tj_run_step(s23, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 23, t);
    tj_run_step(s24, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 24, t);
    tj_run_step(s25, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 25, t);
    tj_run_step(s26, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 26, t);
    tj_run_step(s27, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 27, t);
    tj_run_step(s28, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 28, t);
    tj_run_step(s29, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 29, t);
    tj_run_step(s30, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 30, t);
    tj_run_step(s31, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 31, t);
    tj_run_step(s32, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 32, t);
    tj_run_step(s33, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 33, t);
    tj_run_step(s34, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 34, t);
    tj_run_step(s35, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 35, t);
    tj_run_step(s36, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 36, t);
    tj_run_step(s37, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 37, t);
    tj_run_step(s38, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 38, t);
    tj_run_step(s39, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 39, t);
    tj_run_step(s40, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 40, t);
    tj_run_step(s41, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 41, t);
    tj_run_step(s42, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 42, t);
    tj_run_step(s43, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 43, t);
    tj_run_step(s44, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 44, t);
    tj_run_step(s45, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 45, t);
    tj_run_step(s46, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 46, t);
    tj_run_step(s47, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 47, t);
    tj_run_step(s48, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 48, t);
    tj_run_step(s49, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 49, t);
    tj_run_step(s50, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 50, t);
    tj_run_step(s51, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 51, t);
    tj_run_step(s52, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 52, t);
    tj_run_step(s53, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 53, t);
    tj_run_step(s54, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 54, t);
    tj_run_step(s55, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 55, t);
    tj_run_step(s56, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 56, t);
    tj_run_step(s57, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 57, t);
    tj_run_step(s58, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 58, t);
    tj_run_step(s59, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 59, t);
    tj_run_step(s60, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 60, t);
    tj_run_step(s61, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 61, t);
    tj_run_step(s62, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 62, t);
    tj_run_step(s63, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 63, t);
    tj_run_step(s64, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 64, t);
    tj_run_step(s65, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 65, t);
    tj_run_step(s66, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 66, t);
    tj_run_step(s67, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 67, t);
    tj_run_step(s68, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 68, t);
    tj_run_step(s69, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 69, t);
    tj_run_step(s70, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 70, t);
    tj_run_step(s71, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 71, t);
    tj_run_step(s72, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 72, t);
    tj_run_step(s73, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 73, t);
    tj_run_step(s74, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 74, t);
    tj_run_step(s75, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 75, t);
    tj_run_step(s76, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 76, t);
    tj_run_step(s77, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 77, t);
    tj_run_step(s78, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 78, t);
    tj_run_step(s79, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 79, t);
    tj_run_step(s80, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 80, t);
    tj_run_step(s81, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 81, t);
    tj_run_step(s82, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 82, t);
    tj_run_step(s83, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 83, t);
    tj_run_step(s84, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 84, t);
    tj_run_step(s85, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 85, t);
    tj_run_step(s86, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 86, t);
    tj_run_step(s87, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 87, t);
    tj_run_step(s88, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 88, t);
    tj_run_step(s89, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 89, t);
    tj_run_step(s90, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 90, t);
    tj_run_step(s91, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 91, t);
    tj_run_step(s92, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 92, t);
    tj_run_step(s93, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 93, t);
    tj_run_step(s94, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 94, t);
    tj_run_step(s95, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 95, t);
    tj_run_step(s96, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 96, t);
    tj_run_step(s97, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 97, t);
    tj_run_step(s98, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 98, t);
    tj_run_step(s99, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 99, t);
    tj_run_step(s100, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 100, t);
    tj_run_step(s101, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 101, t);
    tj_run_step(s102, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 102, t);
    tj_run_step(s103, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 103, t);
    tj_run_step(s104, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 104, t);
    tj_run_step(s105, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 105, t);
    tj_run_step(s106, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 106, t);
    tj_run_step(s107, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 107, t);
    tj_run_step(s108, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 108, t);
    tj_run_step(s109, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 109, t);
    tj_run_step(s110, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 110, t);
    tj_run_step(s111, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 111, t);
    tj_run_step(s112, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 112, t);
    tj_run_step(s113, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 113, t);
    tj_run_step(s114, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 114, t);
    tj_run_step(s115, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 115, t);
    tj_run_step(s116, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 116, t);
    tj_run_step(s117, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 117, t);
    tj_run_step(s118, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 118, t);
    tj_run_step(s119, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 119, t);
    tj_run_step(s120, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 120, t);
    tj_run_step(s121, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 121, t);
    tj_run_step(s122, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 122, t);
    tj_run_step(s123, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 123, t);
    tj_run_step(s124, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 124, t);
    tj_run_step(s125, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 125, t);
    tj_run_step(s126, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 126, t);
    tj_run_step(s127, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 127, t);
    tj_run_step(s128, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 128, t);
    tj_run_step(s129, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 129, t);
    tj_run_step(s130, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 130, t);
    tj_run_step(s131, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 131, t);
    tj_run_step(s132, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 132, t);
    tj_run_step(s133, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 133, t);
    tj_run_step(s134, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 134, t);
    tj_run_step(s135, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 135, t);
    tj_run_step(s136, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 136, t);
    tj_run_step(s137, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 137, t);
    tj_run_step(s138, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 138, t);
    tj_run_step(s139, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 139, t);
    tj_run_step(s140, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 140, t);
    tj_run_step(s141, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 141, t);
    tj_run_step(s142, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 142, t);
    tj_run_step(s143, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 143, t);
    tj_run_step(s144, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 144, t);
    tj_run_step(s145, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 145, t);
    tj_run_step(s146, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 146, t);
    tj_run_step(s147, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 147, t);
    tj_run_step(s148, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 148, t);
    tj_run_step(s149, tj_shares(threads, 4464.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 149, t);
    tj_run_step(s150, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 150, t);
    tj_run_step(s151, tj_shares(threads, 1.1), addr, scratch, scratch_bytes);
    TJ_LAP(times, 151, t);
    break;
  }
}

/* ---- the next translation unit, compiled in parallel ---- */
#include <stdint.h>
#include "tj_scalar.h"
#include "tj_simd.h"
#include "tj_host.h"

static void k159(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t157 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t158 = (float)((t157 + x2[i1 * 1]));
      const float t159 = (float)(tj_tanhf_s(t158));
      out[o++] = t159;
    }
  }
}

static void k163(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t161 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t162 = (float)((t161 + x2[i1 * 1]));
      const float t163 = (float)(tj_tanhf_s(t162));
      out[o++] = t163;
    }
  }
}

static void k167(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t165 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t166 = (float)((t165 + x2[i1 * 1]));
      const float t167 = (float)(tj_tanhf_s(t166));
      out[o++] = t167;
    }
  }
}

static void k171(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t169 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t170 = (float)((t169 + x2[i1 * 1]));
      const float t171 = (float)(tj_tanhf_s(t170));
      out[o++] = t171;
    }
  }
}

static void k175(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t173 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t174 = (float)((t173 + x2[i1 * 1]));
      const float t175 = (float)(tj_tanhf_s(t174));
      out[o++] = t175;
    }
  }
}

static void k179(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t177 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t178 = (float)((t177 + x2[i1 * 1]));
      const float t179 = (float)(tj_tanhf_s(t178));
      out[o++] = t179;
    }
  }
}

static void k183(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t181 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t182 = (float)((t181 + x2[i1 * 1]));
      const float t183 = (float)(tj_tanhf_s(t182));
      out[o++] = t183;
    }
  }
}

static void k187(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t185 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t186 = (float)((t185 + x2[i1 * 1]));
      const float t187 = (float)(tj_tanhf_s(t186));
      out[o++] = t187;
    }
  }
}

static void k191(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t189 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t190 = (float)((t189 + x2[i1 * 1]));
      const float t191 = (float)(tj_tanhf_s(t190));
      out[o++] = t191;
    }
  }
}

static void k195(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t193 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t194 = (float)((t193 + x2[i1 * 1]));
      const float t195 = (float)(tj_tanhf_s(t194));
      out[o++] = t195;
    }
  }
}

static void k199(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t197 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t198 = (float)((t197 + x2[i1 * 1]));
      const float t199 = (float)(tj_tanhf_s(t198));
      out[o++] = t199;
    }
  }
}

static void k203(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t201 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t202 = (float)((t201 + x2[i1 * 1]));
      const float t203 = (float)(tj_tanhf_s(t202));
      out[o++] = t203;
    }
  }
}

static void k207(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t205 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t206 = (float)((t205 + x2[i1 * 1]));
      const float t207 = (float)(tj_tanhf_s(t206));
      out[o++] = t207;
    }
  }
}

static void k211(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t209 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t210 = (float)((t209 + x2[i1 * 1]));
      const float t211 = (float)(tj_tanhf_s(t210));
      out[o++] = t211;
    }
  }
}

static void k215(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t213 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t214 = (float)((t213 + x2[i1 * 1]));
      const float t215 = (float)(tj_tanhf_s(t214));
      out[o++] = t215;
    }
  }
}

static void k219(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t217 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t218 = (float)((t217 + x2[i1 * 1]));
      const float t219 = (float)(tj_tanhf_s(t218));
      out[o++] = t219;
    }
  }
}

static void k223(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t221 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t222 = (float)((t221 + x2[i1 * 1]));
      const float t223 = (float)(tj_tanhf_s(t222));
      out[o++] = t223;
    }
  }
}

static void k227(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t225 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t226 = (float)((t225 + x2[i1 * 1]));
      const float t227 = (float)(tj_tanhf_s(t226));
      out[o++] = t227;
    }
  }
}

static void k231(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t229 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t230 = (float)((t229 + x2[i1 * 1]));
      const float t231 = (float)(tj_tanhf_s(t230));
      out[o++] = t231;
    }
  }
}

static void k235(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t233 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t234 = (float)((t233 + x2[i1 * 1]));
      const float t235 = (float)(tj_tanhf_s(t234));
      out[o++] = t235;
    }
  }
}

static void k239(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t237 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t238 = (float)((t237 + x2[i1 * 1]));
      const float t239 = (float)(tj_tanhf_s(t238));
      out[o++] = t239;
    }
  }
}

static void k243(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t241 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t242 = (float)((t241 + x2[i1 * 1]));
      const float t243 = (float)(tj_tanhf_s(t242));
      out[o++] = t243;
    }
  }
}

static void k247(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t245 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t246 = (float)((t245 + x2[i1 * 1]));
      const float t247 = (float)(tj_tanhf_s(t246));
      out[o++] = t247;
    }
  }
}

static void k251(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t249 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t250 = (float)((t249 + x2[i1 * 1]));
      const float t251 = (float)(tj_tanhf_s(t250));
      out[o++] = t251;
    }
  }
}

static void k255(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t253 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t254 = (float)((t253 + x2[i1 * 1]));
      const float t255 = (float)(tj_tanhf_s(t254));
      out[o++] = t255;
    }
  }
}

static void k259(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t257 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t258 = (float)((t257 + x2[i1 * 1]));
      const float t259 = (float)(tj_tanhf_s(t258));
      out[o++] = t259;
    }
  }
}

static void k263(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t261 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t262 = (float)((t261 + x2[i1 * 1]));
      const float t263 = (float)(tj_tanhf_s(t262));
      out[o++] = t263;
    }
  }
}

static void k267(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t265 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t266 = (float)((t265 + x2[i1 * 1]));
      const float t267 = (float)(tj_tanhf_s(t266));
      out[o++] = t267;
    }
  }
}

static void k271(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t269 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t270 = (float)((t269 + x2[i1 * 1]));
      const float t271 = (float)(tj_tanhf_s(t270));
      out[o++] = t271;
    }
  }
}

static void k275(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t273 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t274 = (float)((t273 + x2[i1 * 1]));
      const float t275 = (float)(tj_tanhf_s(t274));
      out[o++] = t275;
    }
  }
}

static void k279(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t277 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t278 = (float)((t277 + x2[i1 * 1]));
      const float t279 = (float)(tj_tanhf_s(t278));
      out[o++] = t279;
    }
  }
}

static void k283(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t281 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t282 = (float)((t281 + x2[i1 * 1]));
      const float t283 = (float)(tj_tanhf_s(t282));
      out[o++] = t283;
    }
  }
}

static void k287(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t285 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t286 = (float)((t285 + x2[i1 * 1]));
      const float t287 = (float)(tj_tanhf_s(t286));
      out[o++] = t287;
    }
  }
}

static void k291(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t289 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t290 = (float)((t289 + x2[i1 * 1]));
      const float t291 = (float)(tj_tanhf_s(t290));
      out[o++] = t291;
    }
  }
}

static void k295(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t293 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t294 = (float)((t293 + x2[i1 * 1]));
      const float t295 = (float)(tj_tanhf_s(t294));
      out[o++] = t295;
    }
  }
}

static void k299(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t297 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t298 = (float)((t297 + x2[i1 * 1]));
      const float t299 = (float)(tj_tanhf_s(t298));
      out[o++] = t299;
    }
  }
}

static void k306(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t301 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t302 = (float)((t301 + x2[i1 * 1]));
      const float t303 = (float)(tj_tanhf_s(t302));
      const float t305 = (float)((t303 - x3[i0 * 64 + i1 * 1]));
      const float t306 = (float)((t305 * t305));
      out[o++] = t306;
    }
  }
}

static void k309(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1 ? part * chunk : 1;
  const int hi = lo + chunk < 1 ? lo + chunk : 1;
  for (int i = lo; i < hi; i++) {
    const float t309 = (float)((x0[i] * x1[i]));
    out[i] = t309;
  }
}

void tj_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, void*);
void tj_reduce_sum_f32(void*, void*, int, int, int, int, int, void*);

__attribute__((visibility("hidden"))) void s76(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[129], addr[1], addr[130], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s77(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k159((void*)addr[131], (const void*)addr[76], (const void*)addr[130], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s78(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[131], addr[1], addr[132], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s79(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k163((void*)addr[133], (const void*)addr[74], (const void*)addr[132], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s80(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[133], addr[1], addr[134], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s81(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k167((void*)addr[135], (const void*)addr[72], (const void*)addr[134], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s82(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[135], addr[1], addr[136], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s83(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k171((void*)addr[137], (const void*)addr[70], (const void*)addr[136], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s84(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[137], addr[1], addr[138], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s85(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k175((void*)addr[139], (const void*)addr[68], (const void*)addr[138], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s86(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[139], addr[1], addr[140], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s87(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k179((void*)addr[141], (const void*)addr[66], (const void*)addr[140], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s88(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[141], addr[1], addr[142], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s89(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k183((void*)addr[143], (const void*)addr[64], (const void*)addr[142], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s90(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[143], addr[1], addr[144], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s91(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k187((void*)addr[145], (const void*)addr[62], (const void*)addr[144], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s92(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[145], addr[1], addr[146], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s93(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k191((void*)addr[147], (const void*)addr[60], (const void*)addr[146], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s94(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[147], addr[1], addr[148], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s95(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k195((void*)addr[149], (const void*)addr[58], (const void*)addr[148], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s96(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[149], addr[1], addr[150], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s97(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k199((void*)addr[151], (const void*)addr[56], (const void*)addr[150], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s98(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[151], addr[1], addr[152], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s99(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k203((void*)addr[153], (const void*)addr[54], (const void*)addr[152], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s100(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[153], addr[1], addr[154], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s101(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k207((void*)addr[155], (const void*)addr[52], (const void*)addr[154], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s102(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[155], addr[1], addr[156], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s103(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k211((void*)addr[157], (const void*)addr[50], (const void*)addr[156], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s104(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[157], addr[1], addr[158], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s105(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k215((void*)addr[159], (const void*)addr[48], (const void*)addr[158], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s106(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[159], addr[1], addr[160], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s107(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k219((void*)addr[161], (const void*)addr[46], (const void*)addr[160], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s108(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[161], addr[1], addr[162], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s109(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k223((void*)addr[163], (const void*)addr[44], (const void*)addr[162], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s110(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[163], addr[1], addr[164], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s111(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k227((void*)addr[165], (const void*)addr[42], (const void*)addr[164], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s112(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[165], addr[1], addr[166], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s113(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k231((void*)addr[167], (const void*)addr[40], (const void*)addr[166], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s114(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[167], addr[1], addr[168], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s115(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k235((void*)addr[169], (const void*)addr[38], (const void*)addr[168], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s116(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[169], addr[1], addr[170], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s117(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k239((void*)addr[171], (const void*)addr[36], (const void*)addr[170], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s118(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[171], addr[1], addr[172], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s119(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k243((void*)addr[173], (const void*)addr[34], (const void*)addr[172], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s120(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[173], addr[1], addr[174], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s121(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k247((void*)addr[175], (const void*)addr[32], (const void*)addr[174], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s122(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[175], addr[1], addr[176], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s123(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k251((void*)addr[177], (const void*)addr[30], (const void*)addr[176], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s124(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[177], addr[1], addr[178], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s125(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k255((void*)addr[179], (const void*)addr[28], (const void*)addr[178], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s126(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[179], addr[1], addr[180], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s127(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k259((void*)addr[181], (const void*)addr[26], (const void*)addr[180], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s128(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[181], addr[1], addr[182], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s129(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k263((void*)addr[183], (const void*)addr[24], (const void*)addr[182], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s130(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[183], addr[1], addr[184], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s131(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k267((void*)addr[185], (const void*)addr[22], (const void*)addr[184], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s132(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[185], addr[1], addr[186], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s133(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k271((void*)addr[187], (const void*)addr[20], (const void*)addr[186], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s134(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[187], addr[1], addr[188], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s135(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k275((void*)addr[189], (const void*)addr[18], (const void*)addr[188], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s136(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[189], addr[1], addr[190], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s137(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k279((void*)addr[191], (const void*)addr[16], (const void*)addr[190], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s138(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[191], addr[1], addr[192], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s139(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k283((void*)addr[193], (const void*)addr[14], (const void*)addr[192], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s140(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[193], addr[1], addr[194], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s141(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k287((void*)addr[195], (const void*)addr[12], (const void*)addr[194], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s142(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[195], addr[1], addr[196], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s143(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k291((void*)addr[197], (const void*)addr[10], (const void*)addr[196], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s144(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[197], addr[1], addr[198], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s145(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k295((void*)addr[199], (const void*)addr[8], (const void*)addr[198], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s146(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[199], addr[1], addr[200], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s147(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k299((void*)addr[201], (const void*)addr[6], (const void*)addr[200], (const void*)addr[2], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s148(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[201], addr[1], addr[202], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s149(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k306((void*)addr[204], (const void*)addr[4], (const void*)addr[202], (const void*)addr[2], (const void*)addr[203], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s150(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[204], addr[205], 1, 1024, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s151(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k309((void*)addr[207], (const void*)addr[205], (const void*)addr[206], part, parts, sc);
}
