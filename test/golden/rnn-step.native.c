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

static void k303(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)16 * part / parts), hi = (int)((int64_t)16 * (part + 1) / parts);
  int o = lo * 64;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 64; i1++) {
      const float t301 = (float)((x0[i0 * 64 + i1 * 1] + x1[i0 * 64 + i1 * 1]));
      const float t302 = (float)((t301 + x2[i1 * 1]));
      const float t303 = (float)(tj_tanhf_s(t302));
      out[o++] = t303;
    }
  }
}

static void k305(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t305 = (float)((x0[i] - x1[i]));
    out[i] = t305;
  }
}

static void k306(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t306 = (float)((x0[i] * x0[i]));
    out[i] = t306;
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

static void k316(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t312 = (float)((x0[i] * x0[i]));
    const float t313 = (float)((x1[0] - t312));
    const float t314 = (float)((x2[i] * t313));
    const float t316 = (float)((t314 * x3[0]));
    out[i] = t316;
  }
}

static void k323(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t321 = (float)((x0[i] * x0[i]));
    const float t322 = (float)((x1[0] - t321));
    const float t323 = (float)((x2[i] * t322));
    out[i] = t323;
  }
}

static void k330(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t328 = (float)((x0[i] * x0[i]));
    const float t329 = (float)((x1[0] - t328));
    const float t330 = (float)((x2[i] * t329));
    out[i] = t330;
  }
}

static void k337(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t335 = (float)((x0[i] * x0[i]));
    const float t336 = (float)((x1[0] - t335));
    const float t337 = (float)((x2[i] * t336));
    out[i] = t337;
  }
}

static void k344(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t342 = (float)((x0[i] * x0[i]));
    const float t343 = (float)((x1[0] - t342));
    const float t344 = (float)((x2[i] * t343));
    out[i] = t344;
  }
}

static void k351(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t349 = (float)((x0[i] * x0[i]));
    const float t350 = (float)((x1[0] - t349));
    const float t351 = (float)((x2[i] * t350));
    out[i] = t351;
  }
}

static void k358(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t356 = (float)((x0[i] * x0[i]));
    const float t357 = (float)((x1[0] - t356));
    const float t358 = (float)((x2[i] * t357));
    out[i] = t358;
  }
}

static void k365(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t363 = (float)((x0[i] * x0[i]));
    const float t364 = (float)((x1[0] - t363));
    const float t365 = (float)((x2[i] * t364));
    out[i] = t365;
  }
}

static void k372(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t370 = (float)((x0[i] * x0[i]));
    const float t371 = (float)((x1[0] - t370));
    const float t372 = (float)((x2[i] * t371));
    out[i] = t372;
  }
}

static void k379(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t377 = (float)((x0[i] * x0[i]));
    const float t378 = (float)((x1[0] - t377));
    const float t379 = (float)((x2[i] * t378));
    out[i] = t379;
  }
}

static void k386(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t384 = (float)((x0[i] * x0[i]));
    const float t385 = (float)((x1[0] - t384));
    const float t386 = (float)((x2[i] * t385));
    out[i] = t386;
  }
}

static void k393(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t391 = (float)((x0[i] * x0[i]));
    const float t392 = (float)((x1[0] - t391));
    const float t393 = (float)((x2[i] * t392));
    out[i] = t393;
  }
}

static void k400(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t398 = (float)((x0[i] * x0[i]));
    const float t399 = (float)((x1[0] - t398));
    const float t400 = (float)((x2[i] * t399));
    out[i] = t400;
  }
}

static void k407(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t405 = (float)((x0[i] * x0[i]));
    const float t406 = (float)((x1[0] - t405));
    const float t407 = (float)((x2[i] * t406));
    out[i] = t407;
  }
}

static void k414(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t412 = (float)((x0[i] * x0[i]));
    const float t413 = (float)((x1[0] - t412));
    const float t414 = (float)((x2[i] * t413));
    out[i] = t414;
  }
}

static void k421(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t419 = (float)((x0[i] * x0[i]));
    const float t420 = (float)((x1[0] - t419));
    const float t421 = (float)((x2[i] * t420));
    out[i] = t421;
  }
}

static void k428(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t426 = (float)((x0[i] * x0[i]));
    const float t427 = (float)((x1[0] - t426));
    const float t428 = (float)((x2[i] * t427));
    out[i] = t428;
  }
}

void tj_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, void*);
void tj_reduce_sum_f32(void*, void*, int, int, int, int, int, void*);
void s203(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s204(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s205(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s206(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s207(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s208(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s209(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s210(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s211(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s212(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s213(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s214(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s215(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s216(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s217(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s218(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s219(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s220(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s221(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s222(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s223(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s224(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s225(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s226(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s227(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s228(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s229(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s230(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s231(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s232(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s233(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s234(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s235(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s236(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s237(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s238(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s239(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s240(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s241(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s242(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s243(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s244(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s245(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s246(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s247(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s248(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s249(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s250(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s251(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s252(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s253(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s254(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s255(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s256(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s257(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s258(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s259(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s260(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s261(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s262(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s263(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s264(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s265(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s266(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s267(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s268(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s269(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s270(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s271(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s272(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s273(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s274(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s275(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s276(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s277(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s278(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s279(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s280(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s281(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s282(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s283(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s284(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s285(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s286(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s287(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s288(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s289(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s290(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s291(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s292(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s293(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s294(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s295(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s296(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s297(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s298(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s299(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s300(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s301(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s302(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s303(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s304(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s305(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s306(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s307(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s308(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s309(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s310(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s311(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s312(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s313(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s314(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s315(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s316(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s317(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s318(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s319(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s320(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s321(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s322(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s323(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s324(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s325(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s326(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s327(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s328(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s329(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s330(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s331(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s332(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s333(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s334(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s335(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s336(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s337(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s338(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s339(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s340(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s341(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s342(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s343(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s344(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s345(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s346(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s347(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s348(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s349(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s350(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s351(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s352(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s353(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s354(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s355(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s356(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s357(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s358(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s359(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s360(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s361(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s362(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s363(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s364(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s365(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s366(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s367(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s368(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s369(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s370(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s371(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s372(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s373(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s374(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s375(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s376(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s377(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s378(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s379(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s380(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s381(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s382(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s383(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s384(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s385(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s386(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s387(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s388(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s389(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s390(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s391(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s392(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s393(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s394(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s395(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s396(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s397(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s398(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s399(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s400(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s401(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s402(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s403(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s404(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);
void s405(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc);

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
static void s76(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[129], addr[1], addr[130], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s77(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k159((void*)addr[131], (const void*)addr[76], (const void*)addr[130], (const void*)addr[2], part, parts, sc);
}
static void s78(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[131], addr[1], addr[132], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s79(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k163((void*)addr[133], (const void*)addr[74], (const void*)addr[132], (const void*)addr[2], part, parts, sc);
}
static void s80(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[133], addr[1], addr[134], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s81(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k167((void*)addr[135], (const void*)addr[72], (const void*)addr[134], (const void*)addr[2], part, parts, sc);
}
static void s82(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[135], addr[1], addr[136], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s83(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k171((void*)addr[137], (const void*)addr[70], (const void*)addr[136], (const void*)addr[2], part, parts, sc);
}
static void s84(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[137], addr[1], addr[138], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s85(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k175((void*)addr[139], (const void*)addr[68], (const void*)addr[138], (const void*)addr[2], part, parts, sc);
}
static void s86(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[139], addr[1], addr[140], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s87(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k179((void*)addr[141], (const void*)addr[66], (const void*)addr[140], (const void*)addr[2], part, parts, sc);
}
static void s88(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[141], addr[1], addr[142], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s89(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k183((void*)addr[143], (const void*)addr[64], (const void*)addr[142], (const void*)addr[2], part, parts, sc);
}
static void s90(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[143], addr[1], addr[144], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s91(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k187((void*)addr[145], (const void*)addr[62], (const void*)addr[144], (const void*)addr[2], part, parts, sc);
}
static void s92(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[145], addr[1], addr[146], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s93(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k191((void*)addr[147], (const void*)addr[60], (const void*)addr[146], (const void*)addr[2], part, parts, sc);
}
static void s94(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[147], addr[1], addr[148], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s95(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k195((void*)addr[149], (const void*)addr[58], (const void*)addr[148], (const void*)addr[2], part, parts, sc);
}
static void s96(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[149], addr[1], addr[150], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s97(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k199((void*)addr[151], (const void*)addr[56], (const void*)addr[150], (const void*)addr[2], part, parts, sc);
}
static void s98(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[151], addr[1], addr[152], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s99(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k203((void*)addr[153], (const void*)addr[54], (const void*)addr[152], (const void*)addr[2], part, parts, sc);
}
static void s100(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[153], addr[1], addr[154], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s101(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k207((void*)addr[155], (const void*)addr[52], (const void*)addr[154], (const void*)addr[2], part, parts, sc);
}
static void s102(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[155], addr[1], addr[156], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s103(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k211((void*)addr[157], (const void*)addr[50], (const void*)addr[156], (const void*)addr[2], part, parts, sc);
}
static void s104(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[157], addr[1], addr[158], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s105(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k215((void*)addr[159], (const void*)addr[48], (const void*)addr[158], (const void*)addr[2], part, parts, sc);
}
static void s106(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[159], addr[1], addr[160], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s107(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k219((void*)addr[161], (const void*)addr[46], (const void*)addr[160], (const void*)addr[2], part, parts, sc);
}
static void s108(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[161], addr[1], addr[162], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s109(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k223((void*)addr[163], (const void*)addr[44], (const void*)addr[162], (const void*)addr[2], part, parts, sc);
}
static void s110(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[163], addr[1], addr[164], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s111(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k227((void*)addr[165], (const void*)addr[42], (const void*)addr[164], (const void*)addr[2], part, parts, sc);
}
static void s112(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[165], addr[1], addr[166], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s113(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k231((void*)addr[167], (const void*)addr[40], (const void*)addr[166], (const void*)addr[2], part, parts, sc);
}
static void s114(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[167], addr[1], addr[168], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s115(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k235((void*)addr[169], (const void*)addr[38], (const void*)addr[168], (const void*)addr[2], part, parts, sc);
}
static void s116(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[169], addr[1], addr[170], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s117(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k239((void*)addr[171], (const void*)addr[36], (const void*)addr[170], (const void*)addr[2], part, parts, sc);
}
static void s118(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[171], addr[1], addr[172], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s119(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k243((void*)addr[173], (const void*)addr[34], (const void*)addr[172], (const void*)addr[2], part, parts, sc);
}
static void s120(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[173], addr[1], addr[174], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s121(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k247((void*)addr[175], (const void*)addr[32], (const void*)addr[174], (const void*)addr[2], part, parts, sc);
}
static void s122(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[175], addr[1], addr[176], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s123(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k251((void*)addr[177], (const void*)addr[30], (const void*)addr[176], (const void*)addr[2], part, parts, sc);
}
static void s124(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[177], addr[1], addr[178], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s125(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k255((void*)addr[179], (const void*)addr[28], (const void*)addr[178], (const void*)addr[2], part, parts, sc);
}
static void s126(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[179], addr[1], addr[180], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s127(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k259((void*)addr[181], (const void*)addr[26], (const void*)addr[180], (const void*)addr[2], part, parts, sc);
}
static void s128(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[181], addr[1], addr[182], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s129(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k263((void*)addr[183], (const void*)addr[24], (const void*)addr[182], (const void*)addr[2], part, parts, sc);
}
static void s130(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[183], addr[1], addr[184], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s131(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k267((void*)addr[185], (const void*)addr[22], (const void*)addr[184], (const void*)addr[2], part, parts, sc);
}
static void s132(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[185], addr[1], addr[186], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s133(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k271((void*)addr[187], (const void*)addr[20], (const void*)addr[186], (const void*)addr[2], part, parts, sc);
}
static void s134(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[187], addr[1], addr[188], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s135(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k275((void*)addr[189], (const void*)addr[18], (const void*)addr[188], (const void*)addr[2], part, parts, sc);
}
static void s136(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[189], addr[1], addr[190], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s137(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k279((void*)addr[191], (const void*)addr[16], (const void*)addr[190], (const void*)addr[2], part, parts, sc);
}
static void s138(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[191], addr[1], addr[192], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s139(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k283((void*)addr[193], (const void*)addr[14], (const void*)addr[192], (const void*)addr[2], part, parts, sc);
}
static void s140(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[193], addr[1], addr[194], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s141(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k287((void*)addr[195], (const void*)addr[12], (const void*)addr[194], (const void*)addr[2], part, parts, sc);
}
static void s142(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[195], addr[1], addr[196], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s143(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k291((void*)addr[197], (const void*)addr[10], (const void*)addr[196], (const void*)addr[2], part, parts, sc);
}
static void s144(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[197], addr[1], addr[198], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s145(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k295((void*)addr[199], (const void*)addr[8], (const void*)addr[198], (const void*)addr[2], part, parts, sc);
}
static void s146(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[199], addr[1], addr[200], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s147(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k299((void*)addr[201], (const void*)addr[6], (const void*)addr[200], (const void*)addr[2], part, parts, sc);
}
static void s148(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[201], addr[1], addr[202], 1, 16, 64, 64, 0, 0, 0, part, parts, sc);
}
static void s149(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k303((void*)addr[203], (const void*)addr[4], (const void*)addr[202], (const void*)addr[2], part, parts, sc);
}
static void s150(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k305((void*)addr[205], (const void*)addr[203], (const void*)addr[204], part, parts, sc);
}
static void s151(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k306((void*)addr[206], (const void*)addr[205], part, parts, sc);
}
static void s152(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[206], addr[207], 1, 1024, 1, part, parts, sc);
}
static void s153(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k309((void*)addr[209], (const void*)addr[207], (const void*)addr[208], part, parts, sc);
}
static void s154(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k316((void*)addr[213], (const void*)addr[203], (const void*)addr[211], (const void*)addr[205], (const void*)addr[212], part, parts, sc);
}
static void s155(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[210], addr[213], addr[214], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s156(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[213], addr[1], addr[216], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s157(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k323((void*)addr[217], (const void*)addr[201], (const void*)addr[211], (const void*)addr[216], part, parts, sc);
}
static void s158(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[215], addr[217], addr[218], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s159(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[217], addr[1], addr[220], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s160(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k330((void*)addr[221], (const void*)addr[199], (const void*)addr[211], (const void*)addr[220], part, parts, sc);
}
static void s161(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[219], addr[221], addr[222], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s162(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[221], addr[1], addr[224], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s163(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k337((void*)addr[225], (const void*)addr[197], (const void*)addr[211], (const void*)addr[224], part, parts, sc);
}
static void s164(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[223], addr[225], addr[226], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s165(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[225], addr[1], addr[228], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s166(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k344((void*)addr[229], (const void*)addr[195], (const void*)addr[211], (const void*)addr[228], part, parts, sc);
}
static void s167(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[227], addr[229], addr[230], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s168(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[229], addr[1], addr[232], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s169(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k351((void*)addr[233], (const void*)addr[193], (const void*)addr[211], (const void*)addr[232], part, parts, sc);
}
static void s170(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[231], addr[233], addr[234], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s171(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[233], addr[1], addr[236], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s172(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k358((void*)addr[237], (const void*)addr[191], (const void*)addr[211], (const void*)addr[236], part, parts, sc);
}
static void s173(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[235], addr[237], addr[238], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s174(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[237], addr[1], addr[240], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s175(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k365((void*)addr[241], (const void*)addr[189], (const void*)addr[211], (const void*)addr[240], part, parts, sc);
}
static void s176(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[239], addr[241], addr[242], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s177(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[241], addr[1], addr[244], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s178(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k372((void*)addr[245], (const void*)addr[187], (const void*)addr[211], (const void*)addr[244], part, parts, sc);
}
static void s179(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[243], addr[245], addr[246], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s180(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[245], addr[1], addr[248], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s181(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k379((void*)addr[249], (const void*)addr[185], (const void*)addr[211], (const void*)addr[248], part, parts, sc);
}
static void s182(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[247], addr[249], addr[250], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s183(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[249], addr[1], addr[252], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s184(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k386((void*)addr[253], (const void*)addr[183], (const void*)addr[211], (const void*)addr[252], part, parts, sc);
}
static void s185(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[251], addr[253], addr[254], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s186(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[253], addr[1], addr[256], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s187(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k393((void*)addr[257], (const void*)addr[181], (const void*)addr[211], (const void*)addr[256], part, parts, sc);
}
static void s188(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[255], addr[257], addr[258], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s189(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[257], addr[1], addr[260], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s190(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k400((void*)addr[261], (const void*)addr[179], (const void*)addr[211], (const void*)addr[260], part, parts, sc);
}
static void s191(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[259], addr[261], addr[262], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s192(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[261], addr[1], addr[264], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s193(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k407((void*)addr[265], (const void*)addr[177], (const void*)addr[211], (const void*)addr[264], part, parts, sc);
}
static void s194(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[263], addr[265], addr[266], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s195(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[265], addr[1], addr[268], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s196(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k414((void*)addr[269], (const void*)addr[175], (const void*)addr[211], (const void*)addr[268], part, parts, sc);
}
static void s197(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[267], addr[269], addr[270], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s198(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[269], addr[1], addr[272], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s199(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k421((void*)addr[273], (const void*)addr[173], (const void*)addr[211], (const void*)addr[272], part, parts, sc);
}
static void s200(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[271], addr[273], addr[274], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
static void s201(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[273], addr[1], addr[276], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
static void s202(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k428((void*)addr[277], (const void*)addr[171], (const void*)addr[211], (const void*)addr[276], part, parts, sc);
}

/* One call: every step on the arena (at[b]: buffer b's offset in this call's layout), outputs o<k> written in place; times: per-step ms for f.profile(), or NULL. */
__attribute__((visibility("default")))
void tj_entry(uint8_t* restrict arena, const int64_t* restrict at, uint8_t* restrict scratch, int scratch_bytes, int threads, int segment, double* restrict times, void* o0) {
  (void)scratch, (void)scratch_bytes, (void)threads;
  uint8_t* addr[516];
  for (int b = 0; b < 516; b++) addr[b] = arena + at[b];
  addr[209] = (uint8_t*)o0;
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
    tj_run_step(s149, tj_shares(threads, 4218.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 149, t);
    tj_run_step(s150, tj_shares(threads, 1146.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 150, t);
    tj_run_step(s151, tj_shares(threads, 1146.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 151, t);
    tj_run_step(s152, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 152, t);
    tj_run_step(s153, tj_shares(threads, 1.1), addr, scratch, scratch_bytes);
    TJ_LAP(times, 153, t);
    tj_run_step(s154, tj_shares(threads, 1515.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 154, t);
    tj_run_step(s155, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 155, t);
    tj_run_step(s156, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 156, t);
    tj_run_step(s157, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 157, t);
    tj_run_step(s158, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 158, t);
    tj_run_step(s159, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 159, t);
    tj_run_step(s160, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 160, t);
    tj_run_step(s161, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 161, t);
    tj_run_step(s162, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 162, t);
    tj_run_step(s163, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 163, t);
    tj_run_step(s164, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 164, t);
    tj_run_step(s165, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 165, t);
    tj_run_step(s166, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 166, t);
    tj_run_step(s167, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 167, t);
    tj_run_step(s168, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 168, t);
    tj_run_step(s169, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 169, t);
    tj_run_step(s170, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 170, t);
    tj_run_step(s171, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 171, t);
    tj_run_step(s172, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 172, t);
    tj_run_step(s173, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 173, t);
    tj_run_step(s174, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 174, t);
    tj_run_step(s175, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 175, t);
    tj_run_step(s176, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 176, t);
    tj_run_step(s177, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 177, t);
    tj_run_step(s178, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 178, t);
    tj_run_step(s179, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 179, t);
    tj_run_step(s180, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 180, t);
    tj_run_step(s181, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 181, t);
    tj_run_step(s182, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 182, t);
    tj_run_step(s183, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 183, t);
    tj_run_step(s184, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 184, t);
    tj_run_step(s185, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 185, t);
    tj_run_step(s186, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 186, t);
    tj_run_step(s187, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 187, t);
    tj_run_step(s188, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 188, t);
    tj_run_step(s189, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 189, t);
    tj_run_step(s190, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 190, t);
    tj_run_step(s191, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 191, t);
    tj_run_step(s192, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 192, t);
    tj_run_step(s193, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 193, t);
    tj_run_step(s194, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 194, t);
    tj_run_step(s195, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 195, t);
    tj_run_step(s196, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 196, t);
    tj_run_step(s197, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 197, t);
    tj_run_step(s198, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 198, t);
    tj_run_step(s199, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 199, t);
    tj_run_step(s200, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 200, t);
    tj_run_step(s201, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 201, t);
    tj_run_step(s202, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 202, t);
    tj_run_step(s203, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 203, t);
    tj_run_step(s204, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 204, t);
    tj_run_step(s205, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 205, t);
    tj_run_step(s206, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 206, t);
    tj_run_step(s207, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 207, t);
    tj_run_step(s208, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 208, t);
    tj_run_step(s209, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 209, t);
    tj_run_step(s210, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 210, t);
    tj_run_step(s211, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 211, t);
    tj_run_step(s212, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 212, t);
    tj_run_step(s213, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 213, t);
    tj_run_step(s214, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 214, t);
    tj_run_step(s215, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 215, t);
    tj_run_step(s216, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 216, t);
    tj_run_step(s217, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 217, t);
    tj_run_step(s218, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 218, t);
    tj_run_step(s219, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 219, t);
    tj_run_step(s220, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 220, t);
    tj_run_step(s221, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 221, t);
    tj_run_step(s222, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 222, t);
    tj_run_step(s223, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 223, t);
    tj_run_step(s224, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 224, t);
    tj_run_step(s225, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 225, t);
    tj_run_step(s226, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 226, t);
    tj_run_step(s227, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 227, t);
    tj_run_step(s228, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 228, t);
    tj_run_step(s229, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 229, t);
    tj_run_step(s230, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 230, t);
    tj_run_step(s231, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 231, t);
    tj_run_step(s232, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 232, t);
    tj_run_step(s233, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 233, t);
    tj_run_step(s234, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 234, t);
    tj_run_step(s235, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 235, t);
    tj_run_step(s236, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 236, t);
    tj_run_step(s237, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 237, t);
    tj_run_step(s238, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 238, t);
    tj_run_step(s239, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 239, t);
    tj_run_step(s240, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 240, t);
    tj_run_step(s241, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 241, t);
    tj_run_step(s242, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 242, t);
    tj_run_step(s243, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 243, t);
    tj_run_step(s244, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 244, t);
    tj_run_step(s245, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 245, t);
    tj_run_step(s246, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 246, t);
    tj_run_step(s247, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 247, t);
    tj_run_step(s248, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 248, t);
    tj_run_step(s249, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 249, t);
    tj_run_step(s250, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 250, t);
    tj_run_step(s251, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 251, t);
    tj_run_step(s252, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 252, t);
    tj_run_step(s253, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 253, t);
    tj_run_step(s254, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 254, t);
    tj_run_step(s255, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 255, t);
    tj_run_step(s256, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 256, t);
    tj_run_step(s257, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 257, t);
    tj_run_step(s258, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 258, t);
    tj_run_step(s259, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 259, t);
    tj_run_step(s260, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 260, t);
    tj_run_step(s261, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 261, t);
    tj_run_step(s262, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 262, t);
    tj_run_step(s263, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 263, t);
    tj_run_step(s264, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 264, t);
    tj_run_step(s265, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 265, t);
    tj_run_step(s266, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 266, t);
    tj_run_step(s267, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 267, t);
    tj_run_step(s268, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 268, t);
    tj_run_step(s269, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 269, t);
    tj_run_step(s270, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 270, t);
    tj_run_step(s271, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 271, t);
    tj_run_step(s272, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 272, t);
    tj_run_step(s273, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 273, t);
    tj_run_step(s274, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 274, t);
    tj_run_step(s275, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 275, t);
    tj_run_step(s276, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 276, t);
    tj_run_step(s277, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 277, t);
    tj_run_step(s278, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 278, t);
    tj_run_step(s279, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 279, t);
    tj_run_step(s280, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 280, t);
    tj_run_step(s281, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 281, t);
    tj_run_step(s282, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 282, t);
    tj_run_step(s283, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 283, t);
    tj_run_step(s284, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 284, t);
    tj_run_step(s285, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 285, t);
    tj_run_step(s286, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 286, t);
    tj_run_step(s287, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 287, t);
    tj_run_step(s288, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 288, t);
    tj_run_step(s289, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 289, t);
    tj_run_step(s290, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 290, t);
    tj_run_step(s291, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 291, t);
    tj_run_step(s292, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 292, t);
    tj_run_step(s293, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 293, t);
    tj_run_step(s294, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 294, t);
    tj_run_step(s295, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 295, t);
    tj_run_step(s296, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 296, t);
    tj_run_step(s297, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 297, t);
    tj_run_step(s298, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 298, t);
    tj_run_step(s299, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 299, t);
    tj_run_step(s300, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 300, t);
    tj_run_step(s301, tj_shares(threads, 1392.6), addr, scratch, scratch_bytes);
    TJ_LAP(times, 301, t);
    tj_run_step(s302, tj_shares(threads, 1872.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 302, t);
    tj_run_step(s303, tj_shares(threads, 14581.8), addr, scratch, scratch_bytes);
    TJ_LAP(times, 303, t);
    tj_run_step(s304, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 304, t);
    tj_run_step(s305, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 305, t);
    tj_run_step(s306, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 306, t);
    tj_run_step(s307, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 307, t);
    tj_run_step(s308, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 308, t);
    tj_run_step(s309, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 309, t);
    tj_run_step(s310, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 310, t);
    tj_run_step(s311, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 311, t);
    tj_run_step(s312, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 312, t);
    tj_run_step(s313, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 313, t);
    tj_run_step(s314, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 314, t);
    tj_run_step(s315, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 315, t);
    tj_run_step(s316, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 316, t);
    tj_run_step(s317, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 317, t);
    tj_run_step(s318, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 318, t);
    tj_run_step(s319, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 319, t);
    tj_run_step(s320, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 320, t);
    tj_run_step(s321, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 321, t);
    tj_run_step(s322, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 322, t);
    tj_run_step(s323, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 323, t);
    tj_run_step(s324, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 324, t);
    tj_run_step(s325, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 325, t);
    tj_run_step(s326, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 326, t);
    tj_run_step(s327, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 327, t);
    tj_run_step(s328, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 328, t);
    tj_run_step(s329, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 329, t);
    tj_run_step(s330, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 330, t);
    tj_run_step(s331, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 331, t);
    tj_run_step(s332, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 332, t);
    tj_run_step(s333, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 333, t);
    tj_run_step(s334, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 334, t);
    tj_run_step(s335, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 335, t);
    tj_run_step(s336, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 336, t);
    tj_run_step(s337, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 337, t);
    tj_run_step(s338, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 338, t);
    tj_run_step(s339, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 339, t);
    tj_run_step(s340, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 340, t);
    tj_run_step(s341, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 341, t);
    tj_run_step(s342, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 342, t);
    tj_run_step(s343, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 343, t);
    tj_run_step(s344, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 344, t);
    tj_run_step(s345, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 345, t);
    tj_run_step(s346, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 346, t);
    tj_run_step(s347, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 347, t);
    tj_run_step(s348, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 348, t);
    tj_run_step(s349, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 349, t);
    tj_run_step(s350, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 350, t);
    tj_run_step(s351, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 351, t);
    tj_run_step(s352, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 352, t);
    tj_run_step(s353, tj_shares(threads, 3744.9), addr, scratch, scratch_bytes);
    TJ_LAP(times, 353, t);
    tj_run_step(s354, tj_shares(threads, 29163.5), addr, scratch, scratch_bytes);
    TJ_LAP(times, 354, t);
    tj_run_step(s355, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 355, t);
    tj_run_step(s356, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 356, t);
    tj_run_step(s357, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 357, t);
    tj_run_step(s358, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 358, t);
    tj_run_step(s359, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 359, t);
    tj_run_step(s360, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 360, t);
    tj_run_step(s361, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 361, t);
    tj_run_step(s362, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 362, t);
    tj_run_step(s363, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 363, t);
    tj_run_step(s364, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 364, t);
    tj_run_step(s365, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 365, t);
    tj_run_step(s366, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 366, t);
    tj_run_step(s367, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 367, t);
    tj_run_step(s368, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 368, t);
    tj_run_step(s369, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 369, t);
    tj_run_step(s370, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 370, t);
    tj_run_step(s371, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 371, t);
    tj_run_step(s372, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 372, t);
    tj_run_step(s373, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 373, t);
    tj_run_step(s374, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 374, t);
    tj_run_step(s375, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 375, t);
    tj_run_step(s376, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 376, t);
    tj_run_step(s377, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 377, t);
    tj_run_step(s378, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 378, t);
    tj_run_step(s379, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 379, t);
    tj_run_step(s380, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 380, t);
    tj_run_step(s381, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 381, t);
    tj_run_step(s382, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 382, t);
    tj_run_step(s383, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 383, t);
    tj_run_step(s384, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 384, t);
    tj_run_step(s385, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 385, t);
    tj_run_step(s386, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 386, t);
    tj_run_step(s387, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 387, t);
    tj_run_step(s388, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 388, t);
    tj_run_step(s389, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 389, t);
    tj_run_step(s390, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 390, t);
    tj_run_step(s391, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 391, t);
    tj_run_step(s392, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 392, t);
    tj_run_step(s393, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 393, t);
    tj_run_step(s394, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 394, t);
    tj_run_step(s395, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 395, t);
    tj_run_step(s396, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 396, t);
    tj_run_step(s397, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 397, t);
    tj_run_step(s398, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 398, t);
    tj_run_step(s399, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 399, t);
    tj_run_step(s400, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 400, t);
    tj_run_step(s401, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 401, t);
    tj_run_step(s402, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 402, t);
    tj_run_step(s403, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 403, t);
    tj_run_step(s404, tj_shares(threads, 512.0), addr, scratch, scratch_bytes);
    TJ_LAP(times, 404, t);
    tj_run_step(s405, tj_shares(threads, 455.7), addr, scratch, scratch_bytes);
    TJ_LAP(times, 405, t);
    break;
  }
}

/* ---- the next translation unit, compiled in parallel ---- */
#include <stdint.h>
#include "tj_scalar.h"
#include "tj_simd.h"
#include "tj_host.h"

static void k435(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t433 = (float)((x0[i] * x0[i]));
    const float t434 = (float)((x1[0] - t433));
    const float t435 = (float)((x2[i] * t434));
    out[i] = t435;
  }
}

static void k442(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t440 = (float)((x0[i] * x0[i]));
    const float t441 = (float)((x1[0] - t440));
    const float t442 = (float)((x2[i] * t441));
    out[i] = t442;
  }
}

static void k449(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t447 = (float)((x0[i] * x0[i]));
    const float t448 = (float)((x1[0] - t447));
    const float t449 = (float)((x2[i] * t448));
    out[i] = t449;
  }
}

static void k456(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t454 = (float)((x0[i] * x0[i]));
    const float t455 = (float)((x1[0] - t454));
    const float t456 = (float)((x2[i] * t455));
    out[i] = t456;
  }
}

static void k463(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t461 = (float)((x0[i] * x0[i]));
    const float t462 = (float)((x1[0] - t461));
    const float t463 = (float)((x2[i] * t462));
    out[i] = t463;
  }
}

static void k470(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t468 = (float)((x0[i] * x0[i]));
    const float t469 = (float)((x1[0] - t468));
    const float t470 = (float)((x2[i] * t469));
    out[i] = t470;
  }
}

static void k477(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t475 = (float)((x0[i] * x0[i]));
    const float t476 = (float)((x1[0] - t475));
    const float t477 = (float)((x2[i] * t476));
    out[i] = t477;
  }
}

static void k484(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t482 = (float)((x0[i] * x0[i]));
    const float t483 = (float)((x1[0] - t482));
    const float t484 = (float)((x2[i] * t483));
    out[i] = t484;
  }
}

static void k491(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t489 = (float)((x0[i] * x0[i]));
    const float t490 = (float)((x1[0] - t489));
    const float t491 = (float)((x2[i] * t490));
    out[i] = t491;
  }
}

static void k498(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t496 = (float)((x0[i] * x0[i]));
    const float t497 = (float)((x1[0] - t496));
    const float t498 = (float)((x2[i] * t497));
    out[i] = t498;
  }
}

static void k505(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t503 = (float)((x0[i] * x0[i]));
    const float t504 = (float)((x1[0] - t503));
    const float t505 = (float)((x2[i] * t504));
    out[i] = t505;
  }
}

static void k512(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t510 = (float)((x0[i] * x0[i]));
    const float t511 = (float)((x1[0] - t510));
    const float t512 = (float)((x2[i] * t511));
    out[i] = t512;
  }
}

static void k519(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t517 = (float)((x0[i] * x0[i]));
    const float t518 = (float)((x1[0] - t517));
    const float t519 = (float)((x2[i] * t518));
    out[i] = t519;
  }
}

static void k526(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t524 = (float)((x0[i] * x0[i]));
    const float t525 = (float)((x1[0] - t524));
    const float t526 = (float)((x2[i] * t525));
    out[i] = t526;
  }
}

static void k533(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t531 = (float)((x0[i] * x0[i]));
    const float t532 = (float)((x1[0] - t531));
    const float t533 = (float)((x2[i] * t532));
    out[i] = t533;
  }
}

static void k540(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t538 = (float)((x0[i] * x0[i]));
    const float t539 = (float)((x1[0] - t538));
    const float t540 = (float)((x2[i] * t539));
    out[i] = t540;
  }
}

static void k547(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t545 = (float)((x0[i] * x0[i]));
    const float t546 = (float)((x1[0] - t545));
    const float t547 = (float)((x2[i] * t546));
    out[i] = t547;
  }
}

static void k554(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t552 = (float)((x0[i] * x0[i]));
    const float t553 = (float)((x1[0] - t552));
    const float t554 = (float)((x2[i] * t553));
    out[i] = t554;
  }
}

static void k561(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t559 = (float)((x0[i] * x0[i]));
    const float t560 = (float)((x1[0] - t559));
    const float t561 = (float)((x2[i] * t560));
    out[i] = t561;
  }
}

static void k568(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t566 = (float)((x0[i] * x0[i]));
    const float t567 = (float)((x1[0] - t566));
    const float t568 = (float)((x2[i] * t567));
    out[i] = t568;
  }
}

static void k575(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t573 = (float)((x0[i] * x0[i]));
    const float t574 = (float)((x1[0] - t573));
    const float t575 = (float)((x2[i] * t574));
    out[i] = t575;
  }
}

static void k582(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t580 = (float)((x0[i] * x0[i]));
    const float t581 = (float)((x1[0] - t580));
    const float t582 = (float)((x2[i] * t581));
    out[i] = t582;
  }
}

static void k589(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t587 = (float)((x0[i] * x0[i]));
    const float t588 = (float)((x1[0] - t587));
    const float t589 = (float)((x2[i] * t588));
    out[i] = t589;
  }
}

static void k596(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t594 = (float)((x0[i] * x0[i]));
    const float t595 = (float)((x1[0] - t594));
    const float t596 = (float)((x2[i] * t595));
    out[i] = t596;
  }
}

static void k603(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t601 = (float)((x0[i] * x0[i]));
    const float t602 = (float)((x1[0] - t601));
    const float t603 = (float)((x2[i] * t602));
    out[i] = t603;
  }
}

static void k610(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t608 = (float)((x0[i] * x0[i]));
    const float t609 = (float)((x1[0] - t608));
    const float t610 = (float)((x2[i] * t609));
    out[i] = t610;
  }
}

static void k617(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t615 = (float)((x0[i] * x0[i]));
    const float t616 = (float)((x1[0] - t615));
    const float t617 = (float)((x2[i] * t616));
    out[i] = t617;
  }
}

static void k624(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t622 = (float)((x0[i] * x0[i]));
    const float t623 = (float)((x1[0] - t622));
    const float t624 = (float)((x2[i] * t623));
    out[i] = t624;
  }
}

static void k631(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t629 = (float)((x0[i] * x0[i]));
    const float t630 = (float)((x1[0] - t629));
    const float t631 = (float)((x2[i] * t630));
    out[i] = t631;
  }
}

static void k638(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t636 = (float)((x0[i] * x0[i]));
    const float t637 = (float)((x1[0] - t636));
    const float t638 = (float)((x2[i] * t637));
    out[i] = t638;
  }
}

static void k645(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t643 = (float)((x0[i] * x0[i]));
    const float t644 = (float)((x1[0] - t643));
    const float t645 = (float)((x2[i] * t644));
    out[i] = t645;
  }
}

static void k652(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t650 = (float)((x0[i] * x0[i]));
    const float t651 = (float)((x1[0] - t650));
    const float t652 = (float)((x2[i] * t651));
    out[i] = t652;
  }
}

static void k659(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  for (int i = lo; i < hi; i++) {
    const float t657 = (float)((x0[i] * x0[i]));
    const float t658 = (float)((x1[0] - t657));
    const float t659 = (float)((x2[i] * t658));
    out[i] = t659;
  }
}

static void k664(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, const float* restrict x7, const float* restrict x8, const float* restrict x9, const float* restrict x10, const float* restrict x11, const float* restrict x12, const float* restrict x13, const float* restrict x14, const float* restrict x15, const float* restrict x16, const float* restrict x17, const float* restrict x18, const float* restrict x19, const float* restrict x20, const float* restrict x21, const float* restrict x22, const float* restrict x23, const float* restrict x24, const float* restrict x25, const float* restrict x26, const float* restrict x27, const float* restrict x28, const float* restrict x29, const float* restrict x30, const float* restrict x31, const float* restrict x32, const float* restrict x33, const float* restrict x34, const float* restrict x35, const float* restrict x36, const float* restrict x37, const float* restrict x38, const float* restrict x39, const float* restrict x40, const float* restrict x41, const float* restrict x42, const float* restrict x43, const float* restrict x44, const float* restrict x45, const float* restrict x46, const float* restrict x47, const float* restrict x48, const float* restrict x49, const float* restrict x50, const float* restrict x51, int part, int parts, void* scratch) {
  const int chunk = ((2048 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 2048 ? part * chunk : 2048;
  const int hi = lo + chunk < 2048 ? lo + chunk : 2048;
  for (int i = lo; i < hi; i++) {
    const float t325 = (float)((x0[i] + x1[i]));
    const float t332 = (float)((t325 + x2[i]));
    const float t339 = (float)((t332 + x3[i]));
    const float t346 = (float)((t339 + x4[i]));
    const float t353 = (float)((t346 + x5[i]));
    const float t360 = (float)((t353 + x6[i]));
    const float t367 = (float)((t360 + x7[i]));
    const float t374 = (float)((t367 + x8[i]));
    const float t381 = (float)((t374 + x9[i]));
    const float t388 = (float)((t381 + x10[i]));
    const float t395 = (float)((t388 + x11[i]));
    const float t402 = (float)((t395 + x12[i]));
    const float t409 = (float)((t402 + x13[i]));
    const float t416 = (float)((t409 + x14[i]));
    const float t423 = (float)((t416 + x15[i]));
    const float t430 = (float)((t423 + x16[i]));
    const float t437 = (float)((t430 + x17[i]));
    const float t444 = (float)((t437 + x18[i]));
    const float t451 = (float)((t444 + x19[i]));
    const float t458 = (float)((t451 + x20[i]));
    const float t465 = (float)((t458 + x21[i]));
    const float t472 = (float)((t465 + x22[i]));
    const float t479 = (float)((t472 + x23[i]));
    const float t486 = (float)((t479 + x24[i]));
    const float t493 = (float)((t486 + x25[i]));
    const float t500 = (float)((t493 + x26[i]));
    const float t507 = (float)((t500 + x27[i]));
    const float t514 = (float)((t507 + x28[i]));
    const float t521 = (float)((t514 + x29[i]));
    const float t528 = (float)((t521 + x30[i]));
    const float t535 = (float)((t528 + x31[i]));
    const float t542 = (float)((t535 + x32[i]));
    const float t549 = (float)((t542 + x33[i]));
    const float t556 = (float)((t549 + x34[i]));
    const float t563 = (float)((t556 + x35[i]));
    const float t570 = (float)((t563 + x36[i]));
    const float t577 = (float)((t570 + x37[i]));
    const float t584 = (float)((t577 + x38[i]));
    const float t591 = (float)((t584 + x39[i]));
    const float t598 = (float)((t591 + x40[i]));
    const float t605 = (float)((t598 + x41[i]));
    const float t612 = (float)((t605 + x42[i]));
    const float t619 = (float)((t612 + x43[i]));
    const float t626 = (float)((t619 + x44[i]));
    const float t633 = (float)((t626 + x45[i]));
    const float t640 = (float)((t633 + x46[i]));
    const float t647 = (float)((t640 + x47[i]));
    const float t654 = (float)((t647 + x48[i]));
    const float t661 = (float)((t654 + x49[i]));
    const float t663 = (float)((t661 * x50[0]));
    const float t664 = (float)((x51[i] - t663));
    out[i] = t664;
  }
}

static void k815(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, const float* restrict x7, const float* restrict x8, const float* restrict x9, const float* restrict x10, const float* restrict x11, const float* restrict x12, const float* restrict x13, const float* restrict x14, const float* restrict x15, const float* restrict x16, const float* restrict x17, const float* restrict x18, const float* restrict x19, const float* restrict x20, const float* restrict x21, const float* restrict x22, const float* restrict x23, const float* restrict x24, const float* restrict x25, const float* restrict x26, const float* restrict x27, const float* restrict x28, const float* restrict x29, const float* restrict x30, const float* restrict x31, const float* restrict x32, const float* restrict x33, const float* restrict x34, const float* restrict x35, const float* restrict x36, const float* restrict x37, const float* restrict x38, const float* restrict x39, const float* restrict x40, const float* restrict x41, const float* restrict x42, const float* restrict x43, const float* restrict x44, const float* restrict x45, const float* restrict x46, const float* restrict x47, const float* restrict x48, const float* restrict x49, const float* restrict x50, const float* restrict x51, int part, int parts, void* scratch) {
  const int chunk = ((4096 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 4096 ? part * chunk : 4096;
  const int hi = lo + chunk < 4096 ? lo + chunk : 4096;
  for (int i = lo; i < hi; i++) {
    const float t669 = (float)((x0[i] + x1[i]));
    const float t672 = (float)((t669 + x2[i]));
    const float t675 = (float)((t672 + x3[i]));
    const float t678 = (float)((t675 + x4[i]));
    const float t681 = (float)((t678 + x5[i]));
    const float t684 = (float)((t681 + x6[i]));
    const float t687 = (float)((t684 + x7[i]));
    const float t690 = (float)((t687 + x8[i]));
    const float t693 = (float)((t690 + x9[i]));
    const float t696 = (float)((t693 + x10[i]));
    const float t699 = (float)((t696 + x11[i]));
    const float t702 = (float)((t699 + x12[i]));
    const float t705 = (float)((t702 + x13[i]));
    const float t708 = (float)((t705 + x14[i]));
    const float t711 = (float)((t708 + x15[i]));
    const float t714 = (float)((t711 + x16[i]));
    const float t717 = (float)((t714 + x17[i]));
    const float t720 = (float)((t717 + x18[i]));
    const float t723 = (float)((t720 + x19[i]));
    const float t726 = (float)((t723 + x20[i]));
    const float t729 = (float)((t726 + x21[i]));
    const float t732 = (float)((t729 + x22[i]));
    const float t735 = (float)((t732 + x23[i]));
    const float t738 = (float)((t735 + x24[i]));
    const float t741 = (float)((t738 + x25[i]));
    const float t744 = (float)((t741 + x26[i]));
    const float t747 = (float)((t744 + x27[i]));
    const float t750 = (float)((t747 + x28[i]));
    const float t753 = (float)((t750 + x29[i]));
    const float t756 = (float)((t753 + x30[i]));
    const float t759 = (float)((t756 + x31[i]));
    const float t762 = (float)((t759 + x32[i]));
    const float t765 = (float)((t762 + x33[i]));
    const float t768 = (float)((t765 + x34[i]));
    const float t771 = (float)((t768 + x35[i]));
    const float t774 = (float)((t771 + x36[i]));
    const float t777 = (float)((t774 + x37[i]));
    const float t780 = (float)((t777 + x38[i]));
    const float t783 = (float)((t780 + x39[i]));
    const float t786 = (float)((t783 + x40[i]));
    const float t789 = (float)((t786 + x41[i]));
    const float t792 = (float)((t789 + x42[i]));
    const float t795 = (float)((t792 + x43[i]));
    const float t798 = (float)((t795 + x44[i]));
    const float t801 = (float)((t798 + x45[i]));
    const float t804 = (float)((t801 + x46[i]));
    const float t807 = (float)((t804 + x47[i]));
    const float t810 = (float)((t807 + x48[i]));
    const float t813 = (float)((t810 + x49[i]));
    const float t814 = (float)((t813 * x50[0]));
    const float t815 = (float)((x51[i] - t814));
    out[i] = t815;
  }
}

static void k916(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, const float* restrict x7, const float* restrict x8, const float* restrict x9, const float* restrict x10, const float* restrict x11, const float* restrict x12, const float* restrict x13, const float* restrict x14, const float* restrict x15, const float* restrict x16, const float* restrict x17, const float* restrict x18, const float* restrict x19, const float* restrict x20, const float* restrict x21, const float* restrict x22, const float* restrict x23, const float* restrict x24, const float* restrict x25, const float* restrict x26, const float* restrict x27, const float* restrict x28, const float* restrict x29, const float* restrict x30, const float* restrict x31, const float* restrict x32, const float* restrict x33, const float* restrict x34, const float* restrict x35, const float* restrict x36, const float* restrict x37, const float* restrict x38, const float* restrict x39, const float* restrict x40, const float* restrict x41, const float* restrict x42, const float* restrict x43, const float* restrict x44, const float* restrict x45, const float* restrict x46, const float* restrict x47, const float* restrict x48, const float* restrict x49, const float* restrict x50, const float* restrict x51, int part, int parts, void* scratch) {
  const int chunk = ((64 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 64 ? part * chunk : 64;
  const int hi = lo + chunk < 64 ? lo + chunk : 64;
  for (int i = lo; i < hi; i++) {
    const float t818 = (float)((x0[i] + x1[i]));
    const float t820 = (float)((t818 + x2[i]));
    const float t822 = (float)((t820 + x3[i]));
    const float t824 = (float)((t822 + x4[i]));
    const float t826 = (float)((t824 + x5[i]));
    const float t828 = (float)((t826 + x6[i]));
    const float t830 = (float)((t828 + x7[i]));
    const float t832 = (float)((t830 + x8[i]));
    const float t834 = (float)((t832 + x9[i]));
    const float t836 = (float)((t834 + x10[i]));
    const float t838 = (float)((t836 + x11[i]));
    const float t840 = (float)((t838 + x12[i]));
    const float t842 = (float)((t840 + x13[i]));
    const float t844 = (float)((t842 + x14[i]));
    const float t846 = (float)((t844 + x15[i]));
    const float t848 = (float)((t846 + x16[i]));
    const float t850 = (float)((t848 + x17[i]));
    const float t852 = (float)((t850 + x18[i]));
    const float t854 = (float)((t852 + x19[i]));
    const float t856 = (float)((t854 + x20[i]));
    const float t858 = (float)((t856 + x21[i]));
    const float t860 = (float)((t858 + x22[i]));
    const float t862 = (float)((t860 + x23[i]));
    const float t864 = (float)((t862 + x24[i]));
    const float t866 = (float)((t864 + x25[i]));
    const float t868 = (float)((t866 + x26[i]));
    const float t870 = (float)((t868 + x27[i]));
    const float t872 = (float)((t870 + x28[i]));
    const float t874 = (float)((t872 + x29[i]));
    const float t876 = (float)((t874 + x30[i]));
    const float t878 = (float)((t876 + x31[i]));
    const float t880 = (float)((t878 + x32[i]));
    const float t882 = (float)((t880 + x33[i]));
    const float t884 = (float)((t882 + x34[i]));
    const float t886 = (float)((t884 + x35[i]));
    const float t888 = (float)((t886 + x36[i]));
    const float t890 = (float)((t888 + x37[i]));
    const float t892 = (float)((t890 + x38[i]));
    const float t894 = (float)((t892 + x39[i]));
    const float t896 = (float)((t894 + x40[i]));
    const float t898 = (float)((t896 + x41[i]));
    const float t900 = (float)((t898 + x42[i]));
    const float t902 = (float)((t900 + x43[i]));
    const float t904 = (float)((t902 + x44[i]));
    const float t906 = (float)((t904 + x45[i]));
    const float t908 = (float)((t906 + x46[i]));
    const float t910 = (float)((t908 + x47[i]));
    const float t912 = (float)((t910 + x48[i]));
    const float t914 = (float)((t912 + x49[i]));
    const float t915 = (float)((t914 * x50[0]));
    const float t916 = (float)((x51[i] - t915));
    out[i] = t916;
  }
}

void tj_matmul_f32(void*, void*, void*, int, int, int, int, int, int, int, int, int, void*);
void tj_reduce_sum_f32(void*, void*, int, int, int, int, int, void*);

__attribute__((visibility("hidden"))) void s203(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[275], addr[277], addr[278], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s204(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[277], addr[1], addr[280], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s205(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k435((void*)addr[281], (const void*)addr[169], (const void*)addr[211], (const void*)addr[280], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s206(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[279], addr[281], addr[282], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s207(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[281], addr[1], addr[284], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s208(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k442((void*)addr[285], (const void*)addr[167], (const void*)addr[211], (const void*)addr[284], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s209(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[283], addr[285], addr[286], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s210(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[285], addr[1], addr[288], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s211(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k449((void*)addr[289], (const void*)addr[165], (const void*)addr[211], (const void*)addr[288], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s212(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[287], addr[289], addr[290], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s213(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[289], addr[1], addr[292], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s214(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k456((void*)addr[293], (const void*)addr[163], (const void*)addr[211], (const void*)addr[292], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s215(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[291], addr[293], addr[294], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s216(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[293], addr[1], addr[296], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s217(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k463((void*)addr[297], (const void*)addr[161], (const void*)addr[211], (const void*)addr[296], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s218(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[295], addr[297], addr[298], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s219(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[297], addr[1], addr[300], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s220(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k470((void*)addr[301], (const void*)addr[159], (const void*)addr[211], (const void*)addr[300], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s221(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[299], addr[301], addr[302], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s222(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[301], addr[1], addr[304], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s223(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k477((void*)addr[305], (const void*)addr[157], (const void*)addr[211], (const void*)addr[304], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s224(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[303], addr[305], addr[306], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s225(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[305], addr[1], addr[308], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s226(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k484((void*)addr[309], (const void*)addr[155], (const void*)addr[211], (const void*)addr[308], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s227(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[307], addr[309], addr[310], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s228(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[309], addr[1], addr[312], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s229(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k491((void*)addr[313], (const void*)addr[153], (const void*)addr[211], (const void*)addr[312], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s230(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[311], addr[313], addr[314], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s231(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[313], addr[1], addr[316], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s232(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k498((void*)addr[317], (const void*)addr[151], (const void*)addr[211], (const void*)addr[316], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s233(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[315], addr[317], addr[318], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s234(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[317], addr[1], addr[320], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s235(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k505((void*)addr[321], (const void*)addr[149], (const void*)addr[211], (const void*)addr[320], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s236(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[319], addr[321], addr[322], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s237(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[321], addr[1], addr[324], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s238(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k512((void*)addr[325], (const void*)addr[147], (const void*)addr[211], (const void*)addr[324], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s239(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[323], addr[325], addr[326], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s240(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[325], addr[1], addr[328], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s241(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k519((void*)addr[329], (const void*)addr[145], (const void*)addr[211], (const void*)addr[328], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s242(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[327], addr[329], addr[330], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s243(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[329], addr[1], addr[332], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s244(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k526((void*)addr[333], (const void*)addr[143], (const void*)addr[211], (const void*)addr[332], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s245(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[331], addr[333], addr[334], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s246(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[333], addr[1], addr[336], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s247(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k533((void*)addr[337], (const void*)addr[141], (const void*)addr[211], (const void*)addr[336], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s248(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[335], addr[337], addr[338], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s249(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[337], addr[1], addr[340], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s250(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k540((void*)addr[341], (const void*)addr[139], (const void*)addr[211], (const void*)addr[340], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s251(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[339], addr[341], addr[342], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s252(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[341], addr[1], addr[344], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s253(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k547((void*)addr[345], (const void*)addr[137], (const void*)addr[211], (const void*)addr[344], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s254(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[343], addr[345], addr[346], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s255(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[345], addr[1], addr[348], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s256(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k554((void*)addr[349], (const void*)addr[135], (const void*)addr[211], (const void*)addr[348], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s257(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[347], addr[349], addr[350], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s258(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[349], addr[1], addr[352], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s259(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k561((void*)addr[353], (const void*)addr[133], (const void*)addr[211], (const void*)addr[352], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s260(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[351], addr[353], addr[354], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s261(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[353], addr[1], addr[356], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s262(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k568((void*)addr[357], (const void*)addr[131], (const void*)addr[211], (const void*)addr[356], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s263(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[355], addr[357], addr[358], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s264(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[357], addr[1], addr[360], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s265(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k575((void*)addr[361], (const void*)addr[129], (const void*)addr[211], (const void*)addr[360], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s266(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[359], addr[361], addr[362], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s267(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[361], addr[1], addr[364], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s268(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k582((void*)addr[365], (const void*)addr[127], (const void*)addr[211], (const void*)addr[364], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s269(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[363], addr[365], addr[366], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s270(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[365], addr[1], addr[368], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s271(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k589((void*)addr[369], (const void*)addr[125], (const void*)addr[211], (const void*)addr[368], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s272(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[367], addr[369], addr[370], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s273(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[369], addr[1], addr[372], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s274(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k596((void*)addr[373], (const void*)addr[123], (const void*)addr[211], (const void*)addr[372], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s275(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[371], addr[373], addr[374], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s276(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[373], addr[1], addr[376], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s277(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k603((void*)addr[377], (const void*)addr[121], (const void*)addr[211], (const void*)addr[376], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s278(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[375], addr[377], addr[378], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s279(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[377], addr[1], addr[380], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s280(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k610((void*)addr[381], (const void*)addr[119], (const void*)addr[211], (const void*)addr[380], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s281(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[379], addr[381], addr[382], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s282(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[381], addr[1], addr[384], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s283(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k617((void*)addr[385], (const void*)addr[117], (const void*)addr[211], (const void*)addr[384], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s284(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[383], addr[385], addr[386], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s285(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[385], addr[1], addr[388], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s286(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k624((void*)addr[389], (const void*)addr[115], (const void*)addr[211], (const void*)addr[388], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s287(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[387], addr[389], addr[390], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s288(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[389], addr[1], addr[392], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s289(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k631((void*)addr[393], (const void*)addr[113], (const void*)addr[211], (const void*)addr[392], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s290(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[391], addr[393], addr[394], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s291(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[393], addr[1], addr[396], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s292(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k638((void*)addr[397], (const void*)addr[111], (const void*)addr[211], (const void*)addr[396], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s293(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[395], addr[397], addr[398], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s294(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[397], addr[1], addr[400], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s295(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k645((void*)addr[401], (const void*)addr[109], (const void*)addr[211], (const void*)addr[400], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s296(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[399], addr[401], addr[402], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s297(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[401], addr[1], addr[404], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s298(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k652((void*)addr[405], (const void*)addr[107], (const void*)addr[211], (const void*)addr[404], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s299(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[403], addr[405], addr[406], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s300(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[405], addr[1], addr[408], 1, 16, 64, 64, 0, 0, 2, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s301(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k659((void*)addr[409], (const void*)addr[105], (const void*)addr[211], (const void*)addr[408], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s302(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[407], addr[409], addr[410], 1, 32, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s303(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k664((void*)addr[412], (const void*)addr[214], (const void*)addr[218], (const void*)addr[222], (const void*)addr[226], (const void*)addr[230], (const void*)addr[234], (const void*)addr[238], (const void*)addr[242], (const void*)addr[246], (const void*)addr[250], (const void*)addr[254], (const void*)addr[258], (const void*)addr[262], (const void*)addr[266], (const void*)addr[270], (const void*)addr[274], (const void*)addr[278], (const void*)addr[282], (const void*)addr[286], (const void*)addr[290], (const void*)addr[294], (const void*)addr[298], (const void*)addr[302], (const void*)addr[306], (const void*)addr[310], (const void*)addr[314], (const void*)addr[318], (const void*)addr[322], (const void*)addr[326], (const void*)addr[330], (const void*)addr[334], (const void*)addr[338], (const void*)addr[342], (const void*)addr[346], (const void*)addr[350], (const void*)addr[354], (const void*)addr[358], (const void*)addr[362], (const void*)addr[366], (const void*)addr[370], (const void*)addr[374], (const void*)addr[378], (const void*)addr[382], (const void*)addr[386], (const void*)addr[390], (const void*)addr[394], (const void*)addr[398], (const void*)addr[402], (const void*)addr[406], (const void*)addr[410], (const void*)addr[411], (const void*)addr[0], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s304(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[201], addr[213], addr[413], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s305(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[199], addr[217], addr[414], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s306(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[197], addr[221], addr[415], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s307(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[195], addr[225], addr[416], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s308(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[193], addr[229], addr[417], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s309(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[191], addr[233], addr[418], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s310(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[189], addr[237], addr[419], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s311(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[187], addr[241], addr[420], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s312(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[185], addr[245], addr[421], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s313(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[183], addr[249], addr[422], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s314(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[181], addr[253], addr[423], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s315(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[179], addr[257], addr[424], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s316(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[177], addr[261], addr[425], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s317(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[175], addr[265], addr[426], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s318(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[173], addr[269], addr[427], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s319(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[171], addr[273], addr[428], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s320(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[169], addr[277], addr[429], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s321(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[167], addr[281], addr[430], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s322(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[165], addr[285], addr[431], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s323(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[163], addr[289], addr[432], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s324(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[161], addr[293], addr[433], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s325(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[159], addr[297], addr[434], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s326(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[157], addr[301], addr[435], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s327(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[155], addr[305], addr[436], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s328(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[153], addr[309], addr[437], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s329(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[151], addr[313], addr[438], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s330(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[149], addr[317], addr[439], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s331(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[147], addr[321], addr[440], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s332(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[145], addr[325], addr[441], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s333(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[143], addr[329], addr[442], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s334(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[141], addr[333], addr[443], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s335(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[139], addr[337], addr[444], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s336(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[137], addr[341], addr[445], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s337(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[135], addr[345], addr[446], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s338(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[133], addr[349], addr[447], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s339(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[131], addr[353], addr[448], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s340(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[129], addr[357], addr[449], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s341(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[127], addr[361], addr[450], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s342(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[125], addr[365], addr[451], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s343(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[123], addr[369], addr[452], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s344(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[121], addr[373], addr[453], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s345(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[119], addr[377], addr[454], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s346(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[117], addr[381], addr[455], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s347(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[115], addr[385], addr[456], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s348(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[113], addr[389], addr[457], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s349(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[111], addr[393], addr[458], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s350(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[109], addr[397], addr[459], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s351(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[107], addr[401], addr[460], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s352(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[105], addr[405], addr[461], 1, 64, 16, 64, 0, 0, 1, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s353(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_matmul_f32(addr[462], addr[409], addr[463], 1, 64, 16, 64, 0, 0, 0, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s354(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k815((void*)addr[464], (const void*)addr[413], (const void*)addr[414], (const void*)addr[415], (const void*)addr[416], (const void*)addr[417], (const void*)addr[418], (const void*)addr[419], (const void*)addr[420], (const void*)addr[421], (const void*)addr[422], (const void*)addr[423], (const void*)addr[424], (const void*)addr[425], (const void*)addr[426], (const void*)addr[427], (const void*)addr[428], (const void*)addr[429], (const void*)addr[430], (const void*)addr[431], (const void*)addr[432], (const void*)addr[433], (const void*)addr[434], (const void*)addr[435], (const void*)addr[436], (const void*)addr[437], (const void*)addr[438], (const void*)addr[439], (const void*)addr[440], (const void*)addr[441], (const void*)addr[442], (const void*)addr[443], (const void*)addr[444], (const void*)addr[445], (const void*)addr[446], (const void*)addr[447], (const void*)addr[448], (const void*)addr[449], (const void*)addr[450], (const void*)addr[451], (const void*)addr[452], (const void*)addr[453], (const void*)addr[454], (const void*)addr[455], (const void*)addr[456], (const void*)addr[457], (const void*)addr[458], (const void*)addr[459], (const void*)addr[460], (const void*)addr[461], (const void*)addr[463], (const void*)addr[411], (const void*)addr[1], part, parts, sc);
}
__attribute__((visibility("hidden"))) void s355(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[213], addr[465], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s356(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[217], addr[466], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s357(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[221], addr[467], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s358(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[225], addr[468], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s359(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[229], addr[469], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s360(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[233], addr[470], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s361(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[237], addr[471], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s362(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[241], addr[472], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s363(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[245], addr[473], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s364(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[249], addr[474], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s365(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[253], addr[475], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s366(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[257], addr[476], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s367(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[261], addr[477], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s368(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[265], addr[478], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s369(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[269], addr[479], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s370(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[273], addr[480], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s371(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[277], addr[481], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s372(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[281], addr[482], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s373(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[285], addr[483], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s374(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[289], addr[484], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s375(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[293], addr[485], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s376(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[297], addr[486], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s377(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[301], addr[487], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s378(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[305], addr[488], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s379(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[309], addr[489], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s380(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[313], addr[490], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s381(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[317], addr[491], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s382(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[321], addr[492], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s383(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[325], addr[493], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s384(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[329], addr[494], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s385(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[333], addr[495], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s386(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[337], addr[496], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s387(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[341], addr[497], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s388(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[345], addr[498], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s389(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[349], addr[499], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s390(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[353], addr[500], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s391(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[357], addr[501], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s392(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[361], addr[502], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s393(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[365], addr[503], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s394(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[369], addr[504], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s395(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[373], addr[505], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s396(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[377], addr[506], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s397(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[381], addr[507], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s398(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[385], addr[508], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s399(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[389], addr[509], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s400(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[393], addr[510], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s401(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[397], addr[511], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s402(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[401], addr[512], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s403(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[405], addr[513], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s404(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  tj_reduce_sum_f32(addr[409], addr[514], 1, 16, 64, part, parts, sc);
}
__attribute__((visibility("hidden"))) void s405(uint8_t* const* restrict addr, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k916((void*)addr[515], (const void*)addr[465], (const void*)addr[466], (const void*)addr[467], (const void*)addr[468], (const void*)addr[469], (const void*)addr[470], (const void*)addr[471], (const void*)addr[472], (const void*)addr[473], (const void*)addr[474], (const void*)addr[475], (const void*)addr[476], (const void*)addr[477], (const void*)addr[478], (const void*)addr[479], (const void*)addr[480], (const void*)addr[481], (const void*)addr[482], (const void*)addr[483], (const void*)addr[484], (const void*)addr[485], (const void*)addr[486], (const void*)addr[487], (const void*)addr[488], (const void*)addr[489], (const void*)addr[490], (const void*)addr[491], (const void*)addr[492], (const void*)addr[493], (const void*)addr[494], (const void*)addr[495], (const void*)addr[496], (const void*)addr[497], (const void*)addr[498], (const void*)addr[499], (const void*)addr[500], (const void*)addr[501], (const void*)addr[502], (const void*)addr[503], (const void*)addr[504], (const void*)addr[505], (const void*)addr[506], (const void*)addr[507], (const void*)addr[508], (const void*)addr[509], (const void*)addr[510], (const void*)addr[511], (const void*)addr[512], (const void*)addr[513], (const void*)addr[514], (const void*)addr[411], (const void*)addr[2], part, parts, sc);
}
