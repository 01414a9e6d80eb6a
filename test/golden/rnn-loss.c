#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k107(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k111(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k115(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k119(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k123(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k127(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k131(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k135(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k139(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k143(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k147(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k151(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k155(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k159(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k163(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k167(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k171(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k175(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k179(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k183(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k187(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k191(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k195(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k199(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k203(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k207(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k211(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k215(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k219(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k223(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k227(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k231(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k235(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k239(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k243(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k247(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k251(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k255(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k259(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k263(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k267(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k271(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k275(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k279(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k283(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k287(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k291(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k295(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k299(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k306(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
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

void k309(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1 ? part * chunk : 1;
  const int hi = lo + chunk < 1 ? lo + chunk : 1;
  for (int i = lo; i < hi; i++) {
    const float t309 = (float)((x0[i] * x1[i]));
    out[i] = t309;
  }
}
