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

void k303(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
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

void k305(float* restrict out, const float* restrict x0, const float* restrict x1, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v305 = wasm_f32x4_sub(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    wasm_v128_store(out + i, v305);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t305 = (float)((x0[i] - x1[i]));
    out[i] = t305;
  }
}

void k306(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v306 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v306);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t306 = (float)((x0[i] * x0[i]));
    out[i] = t306;
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

void k316(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  const v128_t s3 = wasm_f32x4_splat(x3[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v312 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v313 = wasm_f32x4_sub(s1, v312);
    const v128_t v314 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v313);
    const v128_t v316 = wasm_f32x4_mul(v314, s3);
    wasm_v128_store(out + i, v316);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t312 = (float)((x0[i] * x0[i]));
    const float t313 = (float)((x1[0] - t312));
    const float t314 = (float)((x2[i] * t313));
    const float t316 = (float)((t314 * x3[0]));
    out[i] = t316;
  }
}

void k323(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v321 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v322 = wasm_f32x4_sub(s1, v321);
    const v128_t v323 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v322);
    wasm_v128_store(out + i, v323);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t321 = (float)((x0[i] * x0[i]));
    const float t322 = (float)((x1[0] - t321));
    const float t323 = (float)((x2[i] * t322));
    out[i] = t323;
  }
}

void k330(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v328 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v329 = wasm_f32x4_sub(s1, v328);
    const v128_t v330 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v329);
    wasm_v128_store(out + i, v330);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t328 = (float)((x0[i] * x0[i]));
    const float t329 = (float)((x1[0] - t328));
    const float t330 = (float)((x2[i] * t329));
    out[i] = t330;
  }
}

void k337(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v335 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v336 = wasm_f32x4_sub(s1, v335);
    const v128_t v337 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v336);
    wasm_v128_store(out + i, v337);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t335 = (float)((x0[i] * x0[i]));
    const float t336 = (float)((x1[0] - t335));
    const float t337 = (float)((x2[i] * t336));
    out[i] = t337;
  }
}

void k344(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v342 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v343 = wasm_f32x4_sub(s1, v342);
    const v128_t v344 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v343);
    wasm_v128_store(out + i, v344);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t342 = (float)((x0[i] * x0[i]));
    const float t343 = (float)((x1[0] - t342));
    const float t344 = (float)((x2[i] * t343));
    out[i] = t344;
  }
}

void k351(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v349 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v350 = wasm_f32x4_sub(s1, v349);
    const v128_t v351 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v350);
    wasm_v128_store(out + i, v351);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t349 = (float)((x0[i] * x0[i]));
    const float t350 = (float)((x1[0] - t349));
    const float t351 = (float)((x2[i] * t350));
    out[i] = t351;
  }
}

void k358(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v356 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v357 = wasm_f32x4_sub(s1, v356);
    const v128_t v358 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v357);
    wasm_v128_store(out + i, v358);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t356 = (float)((x0[i] * x0[i]));
    const float t357 = (float)((x1[0] - t356));
    const float t358 = (float)((x2[i] * t357));
    out[i] = t358;
  }
}

void k365(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v363 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v364 = wasm_f32x4_sub(s1, v363);
    const v128_t v365 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v364);
    wasm_v128_store(out + i, v365);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t363 = (float)((x0[i] * x0[i]));
    const float t364 = (float)((x1[0] - t363));
    const float t365 = (float)((x2[i] * t364));
    out[i] = t365;
  }
}

void k372(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v370 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v371 = wasm_f32x4_sub(s1, v370);
    const v128_t v372 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v371);
    wasm_v128_store(out + i, v372);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t370 = (float)((x0[i] * x0[i]));
    const float t371 = (float)((x1[0] - t370));
    const float t372 = (float)((x2[i] * t371));
    out[i] = t372;
  }
}

void k379(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v377 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v378 = wasm_f32x4_sub(s1, v377);
    const v128_t v379 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v378);
    wasm_v128_store(out + i, v379);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t377 = (float)((x0[i] * x0[i]));
    const float t378 = (float)((x1[0] - t377));
    const float t379 = (float)((x2[i] * t378));
    out[i] = t379;
  }
}

void k386(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v384 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v385 = wasm_f32x4_sub(s1, v384);
    const v128_t v386 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v385);
    wasm_v128_store(out + i, v386);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t384 = (float)((x0[i] * x0[i]));
    const float t385 = (float)((x1[0] - t384));
    const float t386 = (float)((x2[i] * t385));
    out[i] = t386;
  }
}

void k393(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v391 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v392 = wasm_f32x4_sub(s1, v391);
    const v128_t v393 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v392);
    wasm_v128_store(out + i, v393);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t391 = (float)((x0[i] * x0[i]));
    const float t392 = (float)((x1[0] - t391));
    const float t393 = (float)((x2[i] * t392));
    out[i] = t393;
  }
}

void k400(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v398 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v399 = wasm_f32x4_sub(s1, v398);
    const v128_t v400 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v399);
    wasm_v128_store(out + i, v400);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t398 = (float)((x0[i] * x0[i]));
    const float t399 = (float)((x1[0] - t398));
    const float t400 = (float)((x2[i] * t399));
    out[i] = t400;
  }
}

void k407(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v405 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v406 = wasm_f32x4_sub(s1, v405);
    const v128_t v407 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v406);
    wasm_v128_store(out + i, v407);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t405 = (float)((x0[i] * x0[i]));
    const float t406 = (float)((x1[0] - t405));
    const float t407 = (float)((x2[i] * t406));
    out[i] = t407;
  }
}

void k414(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v412 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v413 = wasm_f32x4_sub(s1, v412);
    const v128_t v414 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v413);
    wasm_v128_store(out + i, v414);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t412 = (float)((x0[i] * x0[i]));
    const float t413 = (float)((x1[0] - t412));
    const float t414 = (float)((x2[i] * t413));
    out[i] = t414;
  }
}

void k421(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v419 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v420 = wasm_f32x4_sub(s1, v419);
    const v128_t v421 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v420);
    wasm_v128_store(out + i, v421);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t419 = (float)((x0[i] * x0[i]));
    const float t420 = (float)((x1[0] - t419));
    const float t421 = (float)((x2[i] * t420));
    out[i] = t421;
  }
}

void k428(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v426 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v427 = wasm_f32x4_sub(s1, v426);
    const v128_t v428 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v427);
    wasm_v128_store(out + i, v428);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t426 = (float)((x0[i] * x0[i]));
    const float t427 = (float)((x1[0] - t426));
    const float t428 = (float)((x2[i] * t427));
    out[i] = t428;
  }
}

void k435(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v433 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v434 = wasm_f32x4_sub(s1, v433);
    const v128_t v435 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v434);
    wasm_v128_store(out + i, v435);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t433 = (float)((x0[i] * x0[i]));
    const float t434 = (float)((x1[0] - t433));
    const float t435 = (float)((x2[i] * t434));
    out[i] = t435;
  }
}

void k442(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v440 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v441 = wasm_f32x4_sub(s1, v440);
    const v128_t v442 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v441);
    wasm_v128_store(out + i, v442);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t440 = (float)((x0[i] * x0[i]));
    const float t441 = (float)((x1[0] - t440));
    const float t442 = (float)((x2[i] * t441));
    out[i] = t442;
  }
}

void k449(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v447 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v448 = wasm_f32x4_sub(s1, v447);
    const v128_t v449 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v448);
    wasm_v128_store(out + i, v449);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t447 = (float)((x0[i] * x0[i]));
    const float t448 = (float)((x1[0] - t447));
    const float t449 = (float)((x2[i] * t448));
    out[i] = t449;
  }
}

void k456(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v454 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v455 = wasm_f32x4_sub(s1, v454);
    const v128_t v456 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v455);
    wasm_v128_store(out + i, v456);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t454 = (float)((x0[i] * x0[i]));
    const float t455 = (float)((x1[0] - t454));
    const float t456 = (float)((x2[i] * t455));
    out[i] = t456;
  }
}

void k463(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v461 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v462 = wasm_f32x4_sub(s1, v461);
    const v128_t v463 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v462);
    wasm_v128_store(out + i, v463);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t461 = (float)((x0[i] * x0[i]));
    const float t462 = (float)((x1[0] - t461));
    const float t463 = (float)((x2[i] * t462));
    out[i] = t463;
  }
}

void k470(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v468 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v469 = wasm_f32x4_sub(s1, v468);
    const v128_t v470 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v469);
    wasm_v128_store(out + i, v470);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t468 = (float)((x0[i] * x0[i]));
    const float t469 = (float)((x1[0] - t468));
    const float t470 = (float)((x2[i] * t469));
    out[i] = t470;
  }
}

void k477(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v475 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v476 = wasm_f32x4_sub(s1, v475);
    const v128_t v477 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v476);
    wasm_v128_store(out + i, v477);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t475 = (float)((x0[i] * x0[i]));
    const float t476 = (float)((x1[0] - t475));
    const float t477 = (float)((x2[i] * t476));
    out[i] = t477;
  }
}

void k484(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v482 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v483 = wasm_f32x4_sub(s1, v482);
    const v128_t v484 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v483);
    wasm_v128_store(out + i, v484);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t482 = (float)((x0[i] * x0[i]));
    const float t483 = (float)((x1[0] - t482));
    const float t484 = (float)((x2[i] * t483));
    out[i] = t484;
  }
}

void k491(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v489 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v490 = wasm_f32x4_sub(s1, v489);
    const v128_t v491 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v490);
    wasm_v128_store(out + i, v491);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t489 = (float)((x0[i] * x0[i]));
    const float t490 = (float)((x1[0] - t489));
    const float t491 = (float)((x2[i] * t490));
    out[i] = t491;
  }
}

void k498(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v496 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v497 = wasm_f32x4_sub(s1, v496);
    const v128_t v498 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v497);
    wasm_v128_store(out + i, v498);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t496 = (float)((x0[i] * x0[i]));
    const float t497 = (float)((x1[0] - t496));
    const float t498 = (float)((x2[i] * t497));
    out[i] = t498;
  }
}

void k505(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v503 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v504 = wasm_f32x4_sub(s1, v503);
    const v128_t v505 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v504);
    wasm_v128_store(out + i, v505);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t503 = (float)((x0[i] * x0[i]));
    const float t504 = (float)((x1[0] - t503));
    const float t505 = (float)((x2[i] * t504));
    out[i] = t505;
  }
}

void k512(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v510 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v511 = wasm_f32x4_sub(s1, v510);
    const v128_t v512 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v511);
    wasm_v128_store(out + i, v512);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t510 = (float)((x0[i] * x0[i]));
    const float t511 = (float)((x1[0] - t510));
    const float t512 = (float)((x2[i] * t511));
    out[i] = t512;
  }
}

void k519(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v517 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v518 = wasm_f32x4_sub(s1, v517);
    const v128_t v519 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v518);
    wasm_v128_store(out + i, v519);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t517 = (float)((x0[i] * x0[i]));
    const float t518 = (float)((x1[0] - t517));
    const float t519 = (float)((x2[i] * t518));
    out[i] = t519;
  }
}

void k526(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v524 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v525 = wasm_f32x4_sub(s1, v524);
    const v128_t v526 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v525);
    wasm_v128_store(out + i, v526);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t524 = (float)((x0[i] * x0[i]));
    const float t525 = (float)((x1[0] - t524));
    const float t526 = (float)((x2[i] * t525));
    out[i] = t526;
  }
}

void k533(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v531 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v532 = wasm_f32x4_sub(s1, v531);
    const v128_t v533 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v532);
    wasm_v128_store(out + i, v533);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t531 = (float)((x0[i] * x0[i]));
    const float t532 = (float)((x1[0] - t531));
    const float t533 = (float)((x2[i] * t532));
    out[i] = t533;
  }
}

void k540(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v538 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v539 = wasm_f32x4_sub(s1, v538);
    const v128_t v540 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v539);
    wasm_v128_store(out + i, v540);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t538 = (float)((x0[i] * x0[i]));
    const float t539 = (float)((x1[0] - t538));
    const float t540 = (float)((x2[i] * t539));
    out[i] = t540;
  }
}

void k547(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v545 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v546 = wasm_f32x4_sub(s1, v545);
    const v128_t v547 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v546);
    wasm_v128_store(out + i, v547);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t545 = (float)((x0[i] * x0[i]));
    const float t546 = (float)((x1[0] - t545));
    const float t547 = (float)((x2[i] * t546));
    out[i] = t547;
  }
}

void k554(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v552 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v553 = wasm_f32x4_sub(s1, v552);
    const v128_t v554 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v553);
    wasm_v128_store(out + i, v554);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t552 = (float)((x0[i] * x0[i]));
    const float t553 = (float)((x1[0] - t552));
    const float t554 = (float)((x2[i] * t553));
    out[i] = t554;
  }
}

void k561(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v559 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v560 = wasm_f32x4_sub(s1, v559);
    const v128_t v561 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v560);
    wasm_v128_store(out + i, v561);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t559 = (float)((x0[i] * x0[i]));
    const float t560 = (float)((x1[0] - t559));
    const float t561 = (float)((x2[i] * t560));
    out[i] = t561;
  }
}

void k568(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v566 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v567 = wasm_f32x4_sub(s1, v566);
    const v128_t v568 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v567);
    wasm_v128_store(out + i, v568);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t566 = (float)((x0[i] * x0[i]));
    const float t567 = (float)((x1[0] - t566));
    const float t568 = (float)((x2[i] * t567));
    out[i] = t568;
  }
}

void k575(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v573 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v574 = wasm_f32x4_sub(s1, v573);
    const v128_t v575 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v574);
    wasm_v128_store(out + i, v575);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t573 = (float)((x0[i] * x0[i]));
    const float t574 = (float)((x1[0] - t573));
    const float t575 = (float)((x2[i] * t574));
    out[i] = t575;
  }
}

void k582(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v580 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v581 = wasm_f32x4_sub(s1, v580);
    const v128_t v582 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v581);
    wasm_v128_store(out + i, v582);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t580 = (float)((x0[i] * x0[i]));
    const float t581 = (float)((x1[0] - t580));
    const float t582 = (float)((x2[i] * t581));
    out[i] = t582;
  }
}

void k589(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v587 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v588 = wasm_f32x4_sub(s1, v587);
    const v128_t v589 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v588);
    wasm_v128_store(out + i, v589);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t587 = (float)((x0[i] * x0[i]));
    const float t588 = (float)((x1[0] - t587));
    const float t589 = (float)((x2[i] * t588));
    out[i] = t589;
  }
}

void k596(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v594 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v595 = wasm_f32x4_sub(s1, v594);
    const v128_t v596 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v595);
    wasm_v128_store(out + i, v596);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t594 = (float)((x0[i] * x0[i]));
    const float t595 = (float)((x1[0] - t594));
    const float t596 = (float)((x2[i] * t595));
    out[i] = t596;
  }
}

void k603(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v601 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v602 = wasm_f32x4_sub(s1, v601);
    const v128_t v603 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v602);
    wasm_v128_store(out + i, v603);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t601 = (float)((x0[i] * x0[i]));
    const float t602 = (float)((x1[0] - t601));
    const float t603 = (float)((x2[i] * t602));
    out[i] = t603;
  }
}

void k610(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v608 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v609 = wasm_f32x4_sub(s1, v608);
    const v128_t v610 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v609);
    wasm_v128_store(out + i, v610);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t608 = (float)((x0[i] * x0[i]));
    const float t609 = (float)((x1[0] - t608));
    const float t610 = (float)((x2[i] * t609));
    out[i] = t610;
  }
}

void k617(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v615 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v616 = wasm_f32x4_sub(s1, v615);
    const v128_t v617 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v616);
    wasm_v128_store(out + i, v617);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t615 = (float)((x0[i] * x0[i]));
    const float t616 = (float)((x1[0] - t615));
    const float t617 = (float)((x2[i] * t616));
    out[i] = t617;
  }
}

void k624(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v622 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v623 = wasm_f32x4_sub(s1, v622);
    const v128_t v624 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v623);
    wasm_v128_store(out + i, v624);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t622 = (float)((x0[i] * x0[i]));
    const float t623 = (float)((x1[0] - t622));
    const float t624 = (float)((x2[i] * t623));
    out[i] = t624;
  }
}

void k631(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v629 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v630 = wasm_f32x4_sub(s1, v629);
    const v128_t v631 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v630);
    wasm_v128_store(out + i, v631);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t629 = (float)((x0[i] * x0[i]));
    const float t630 = (float)((x1[0] - t629));
    const float t631 = (float)((x2[i] * t630));
    out[i] = t631;
  }
}

void k638(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v636 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v637 = wasm_f32x4_sub(s1, v636);
    const v128_t v638 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v637);
    wasm_v128_store(out + i, v638);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t636 = (float)((x0[i] * x0[i]));
    const float t637 = (float)((x1[0] - t636));
    const float t638 = (float)((x2[i] * t637));
    out[i] = t638;
  }
}

void k645(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v643 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v644 = wasm_f32x4_sub(s1, v643);
    const v128_t v645 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v644);
    wasm_v128_store(out + i, v645);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t643 = (float)((x0[i] * x0[i]));
    const float t644 = (float)((x1[0] - t643));
    const float t645 = (float)((x2[i] * t644));
    out[i] = t645;
  }
}

void k652(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v650 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v651 = wasm_f32x4_sub(s1, v650);
    const v128_t v652 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v651);
    wasm_v128_store(out + i, v652);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t650 = (float)((x0[i] * x0[i]));
    const float t651 = (float)((x1[0] - t650));
    const float t652 = (float)((x2[i] * t651));
    out[i] = t652;
  }
}

void k659(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((1024 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 1024 ? part * chunk : 1024;
  const int hi = lo + chunk < 1024 ? lo + chunk : 1024;
  const v128_t s1 = wasm_f32x4_splat(x1[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v657 = wasm_f32x4_mul(wasm_v128_load(x0 + i), wasm_v128_load(x0 + i));
    const v128_t v658 = wasm_f32x4_sub(s1, v657);
    const v128_t v659 = wasm_f32x4_mul(wasm_v128_load(x2 + i), v658);
    wasm_v128_store(out + i, v659);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t657 = (float)((x0[i] * x0[i]));
    const float t658 = (float)((x1[0] - t657));
    const float t659 = (float)((x2[i] * t658));
    out[i] = t659;
  }
}

void k664(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, const float* restrict x7, const float* restrict x8, const float* restrict x9, const float* restrict x10, const float* restrict x11, const float* restrict x12, const float* restrict x13, const float* restrict x14, const float* restrict x15, const float* restrict x16, const float* restrict x17, const float* restrict x18, const float* restrict x19, const float* restrict x20, const float* restrict x21, const float* restrict x22, const float* restrict x23, const float* restrict x24, const float* restrict x25, const float* restrict x26, const float* restrict x27, const float* restrict x28, const float* restrict x29, const float* restrict x30, const float* restrict x31, const float* restrict x32, const float* restrict x33, const float* restrict x34, const float* restrict x35, const float* restrict x36, const float* restrict x37, const float* restrict x38, const float* restrict x39, const float* restrict x40, const float* restrict x41, const float* restrict x42, const float* restrict x43, const float* restrict x44, const float* restrict x45, const float* restrict x46, const float* restrict x47, const float* restrict x48, const float* restrict x49, const float* restrict x50, const float* restrict x51, int part, int parts, void* scratch) {
  const int chunk = ((2048 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 2048 ? part * chunk : 2048;
  const int hi = lo + chunk < 2048 ? lo + chunk : 2048;
  const v128_t s50 = wasm_f32x4_splat(x50[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v325 = wasm_f32x4_add(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    const v128_t v332 = wasm_f32x4_add(v325, wasm_v128_load(x2 + i));
    const v128_t v339 = wasm_f32x4_add(v332, wasm_v128_load(x3 + i));
    const v128_t v346 = wasm_f32x4_add(v339, wasm_v128_load(x4 + i));
    const v128_t v353 = wasm_f32x4_add(v346, wasm_v128_load(x5 + i));
    const v128_t v360 = wasm_f32x4_add(v353, wasm_v128_load(x6 + i));
    const v128_t v367 = wasm_f32x4_add(v360, wasm_v128_load(x7 + i));
    const v128_t v374 = wasm_f32x4_add(v367, wasm_v128_load(x8 + i));
    const v128_t v381 = wasm_f32x4_add(v374, wasm_v128_load(x9 + i));
    const v128_t v388 = wasm_f32x4_add(v381, wasm_v128_load(x10 + i));
    const v128_t v395 = wasm_f32x4_add(v388, wasm_v128_load(x11 + i));
    const v128_t v402 = wasm_f32x4_add(v395, wasm_v128_load(x12 + i));
    const v128_t v409 = wasm_f32x4_add(v402, wasm_v128_load(x13 + i));
    const v128_t v416 = wasm_f32x4_add(v409, wasm_v128_load(x14 + i));
    const v128_t v423 = wasm_f32x4_add(v416, wasm_v128_load(x15 + i));
    const v128_t v430 = wasm_f32x4_add(v423, wasm_v128_load(x16 + i));
    const v128_t v437 = wasm_f32x4_add(v430, wasm_v128_load(x17 + i));
    const v128_t v444 = wasm_f32x4_add(v437, wasm_v128_load(x18 + i));
    const v128_t v451 = wasm_f32x4_add(v444, wasm_v128_load(x19 + i));
    const v128_t v458 = wasm_f32x4_add(v451, wasm_v128_load(x20 + i));
    const v128_t v465 = wasm_f32x4_add(v458, wasm_v128_load(x21 + i));
    const v128_t v472 = wasm_f32x4_add(v465, wasm_v128_load(x22 + i));
    const v128_t v479 = wasm_f32x4_add(v472, wasm_v128_load(x23 + i));
    const v128_t v486 = wasm_f32x4_add(v479, wasm_v128_load(x24 + i));
    const v128_t v493 = wasm_f32x4_add(v486, wasm_v128_load(x25 + i));
    const v128_t v500 = wasm_f32x4_add(v493, wasm_v128_load(x26 + i));
    const v128_t v507 = wasm_f32x4_add(v500, wasm_v128_load(x27 + i));
    const v128_t v514 = wasm_f32x4_add(v507, wasm_v128_load(x28 + i));
    const v128_t v521 = wasm_f32x4_add(v514, wasm_v128_load(x29 + i));
    const v128_t v528 = wasm_f32x4_add(v521, wasm_v128_load(x30 + i));
    const v128_t v535 = wasm_f32x4_add(v528, wasm_v128_load(x31 + i));
    const v128_t v542 = wasm_f32x4_add(v535, wasm_v128_load(x32 + i));
    const v128_t v549 = wasm_f32x4_add(v542, wasm_v128_load(x33 + i));
    const v128_t v556 = wasm_f32x4_add(v549, wasm_v128_load(x34 + i));
    const v128_t v563 = wasm_f32x4_add(v556, wasm_v128_load(x35 + i));
    const v128_t v570 = wasm_f32x4_add(v563, wasm_v128_load(x36 + i));
    const v128_t v577 = wasm_f32x4_add(v570, wasm_v128_load(x37 + i));
    const v128_t v584 = wasm_f32x4_add(v577, wasm_v128_load(x38 + i));
    const v128_t v591 = wasm_f32x4_add(v584, wasm_v128_load(x39 + i));
    const v128_t v598 = wasm_f32x4_add(v591, wasm_v128_load(x40 + i));
    const v128_t v605 = wasm_f32x4_add(v598, wasm_v128_load(x41 + i));
    const v128_t v612 = wasm_f32x4_add(v605, wasm_v128_load(x42 + i));
    const v128_t v619 = wasm_f32x4_add(v612, wasm_v128_load(x43 + i));
    const v128_t v626 = wasm_f32x4_add(v619, wasm_v128_load(x44 + i));
    const v128_t v633 = wasm_f32x4_add(v626, wasm_v128_load(x45 + i));
    const v128_t v640 = wasm_f32x4_add(v633, wasm_v128_load(x46 + i));
    const v128_t v647 = wasm_f32x4_add(v640, wasm_v128_load(x47 + i));
    const v128_t v654 = wasm_f32x4_add(v647, wasm_v128_load(x48 + i));
    const v128_t v661 = wasm_f32x4_add(v654, wasm_v128_load(x49 + i));
    const v128_t v663 = wasm_f32x4_mul(v661, s50);
    const v128_t v664 = wasm_f32x4_sub(wasm_v128_load(x51 + i), v663);
    wasm_v128_store(out + i, v664);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
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

void k815(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, const float* restrict x7, const float* restrict x8, const float* restrict x9, const float* restrict x10, const float* restrict x11, const float* restrict x12, const float* restrict x13, const float* restrict x14, const float* restrict x15, const float* restrict x16, const float* restrict x17, const float* restrict x18, const float* restrict x19, const float* restrict x20, const float* restrict x21, const float* restrict x22, const float* restrict x23, const float* restrict x24, const float* restrict x25, const float* restrict x26, const float* restrict x27, const float* restrict x28, const float* restrict x29, const float* restrict x30, const float* restrict x31, const float* restrict x32, const float* restrict x33, const float* restrict x34, const float* restrict x35, const float* restrict x36, const float* restrict x37, const float* restrict x38, const float* restrict x39, const float* restrict x40, const float* restrict x41, const float* restrict x42, const float* restrict x43, const float* restrict x44, const float* restrict x45, const float* restrict x46, const float* restrict x47, const float* restrict x48, const float* restrict x49, const float* restrict x50, const float* restrict x51, int part, int parts, void* scratch) {
  const int chunk = ((4096 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 4096 ? part * chunk : 4096;
  const int hi = lo + chunk < 4096 ? lo + chunk : 4096;
  const v128_t s50 = wasm_f32x4_splat(x50[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v669 = wasm_f32x4_add(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    const v128_t v672 = wasm_f32x4_add(v669, wasm_v128_load(x2 + i));
    const v128_t v675 = wasm_f32x4_add(v672, wasm_v128_load(x3 + i));
    const v128_t v678 = wasm_f32x4_add(v675, wasm_v128_load(x4 + i));
    const v128_t v681 = wasm_f32x4_add(v678, wasm_v128_load(x5 + i));
    const v128_t v684 = wasm_f32x4_add(v681, wasm_v128_load(x6 + i));
    const v128_t v687 = wasm_f32x4_add(v684, wasm_v128_load(x7 + i));
    const v128_t v690 = wasm_f32x4_add(v687, wasm_v128_load(x8 + i));
    const v128_t v693 = wasm_f32x4_add(v690, wasm_v128_load(x9 + i));
    const v128_t v696 = wasm_f32x4_add(v693, wasm_v128_load(x10 + i));
    const v128_t v699 = wasm_f32x4_add(v696, wasm_v128_load(x11 + i));
    const v128_t v702 = wasm_f32x4_add(v699, wasm_v128_load(x12 + i));
    const v128_t v705 = wasm_f32x4_add(v702, wasm_v128_load(x13 + i));
    const v128_t v708 = wasm_f32x4_add(v705, wasm_v128_load(x14 + i));
    const v128_t v711 = wasm_f32x4_add(v708, wasm_v128_load(x15 + i));
    const v128_t v714 = wasm_f32x4_add(v711, wasm_v128_load(x16 + i));
    const v128_t v717 = wasm_f32x4_add(v714, wasm_v128_load(x17 + i));
    const v128_t v720 = wasm_f32x4_add(v717, wasm_v128_load(x18 + i));
    const v128_t v723 = wasm_f32x4_add(v720, wasm_v128_load(x19 + i));
    const v128_t v726 = wasm_f32x4_add(v723, wasm_v128_load(x20 + i));
    const v128_t v729 = wasm_f32x4_add(v726, wasm_v128_load(x21 + i));
    const v128_t v732 = wasm_f32x4_add(v729, wasm_v128_load(x22 + i));
    const v128_t v735 = wasm_f32x4_add(v732, wasm_v128_load(x23 + i));
    const v128_t v738 = wasm_f32x4_add(v735, wasm_v128_load(x24 + i));
    const v128_t v741 = wasm_f32x4_add(v738, wasm_v128_load(x25 + i));
    const v128_t v744 = wasm_f32x4_add(v741, wasm_v128_load(x26 + i));
    const v128_t v747 = wasm_f32x4_add(v744, wasm_v128_load(x27 + i));
    const v128_t v750 = wasm_f32x4_add(v747, wasm_v128_load(x28 + i));
    const v128_t v753 = wasm_f32x4_add(v750, wasm_v128_load(x29 + i));
    const v128_t v756 = wasm_f32x4_add(v753, wasm_v128_load(x30 + i));
    const v128_t v759 = wasm_f32x4_add(v756, wasm_v128_load(x31 + i));
    const v128_t v762 = wasm_f32x4_add(v759, wasm_v128_load(x32 + i));
    const v128_t v765 = wasm_f32x4_add(v762, wasm_v128_load(x33 + i));
    const v128_t v768 = wasm_f32x4_add(v765, wasm_v128_load(x34 + i));
    const v128_t v771 = wasm_f32x4_add(v768, wasm_v128_load(x35 + i));
    const v128_t v774 = wasm_f32x4_add(v771, wasm_v128_load(x36 + i));
    const v128_t v777 = wasm_f32x4_add(v774, wasm_v128_load(x37 + i));
    const v128_t v780 = wasm_f32x4_add(v777, wasm_v128_load(x38 + i));
    const v128_t v783 = wasm_f32x4_add(v780, wasm_v128_load(x39 + i));
    const v128_t v786 = wasm_f32x4_add(v783, wasm_v128_load(x40 + i));
    const v128_t v789 = wasm_f32x4_add(v786, wasm_v128_load(x41 + i));
    const v128_t v792 = wasm_f32x4_add(v789, wasm_v128_load(x42 + i));
    const v128_t v795 = wasm_f32x4_add(v792, wasm_v128_load(x43 + i));
    const v128_t v798 = wasm_f32x4_add(v795, wasm_v128_load(x44 + i));
    const v128_t v801 = wasm_f32x4_add(v798, wasm_v128_load(x45 + i));
    const v128_t v804 = wasm_f32x4_add(v801, wasm_v128_load(x46 + i));
    const v128_t v807 = wasm_f32x4_add(v804, wasm_v128_load(x47 + i));
    const v128_t v810 = wasm_f32x4_add(v807, wasm_v128_load(x48 + i));
    const v128_t v813 = wasm_f32x4_add(v810, wasm_v128_load(x49 + i));
    const v128_t v814 = wasm_f32x4_mul(v813, s50);
    const v128_t v815 = wasm_f32x4_sub(wasm_v128_load(x51 + i), v814);
    wasm_v128_store(out + i, v815);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
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

void k916(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, const float* restrict x3, const float* restrict x4, const float* restrict x5, const float* restrict x6, const float* restrict x7, const float* restrict x8, const float* restrict x9, const float* restrict x10, const float* restrict x11, const float* restrict x12, const float* restrict x13, const float* restrict x14, const float* restrict x15, const float* restrict x16, const float* restrict x17, const float* restrict x18, const float* restrict x19, const float* restrict x20, const float* restrict x21, const float* restrict x22, const float* restrict x23, const float* restrict x24, const float* restrict x25, const float* restrict x26, const float* restrict x27, const float* restrict x28, const float* restrict x29, const float* restrict x30, const float* restrict x31, const float* restrict x32, const float* restrict x33, const float* restrict x34, const float* restrict x35, const float* restrict x36, const float* restrict x37, const float* restrict x38, const float* restrict x39, const float* restrict x40, const float* restrict x41, const float* restrict x42, const float* restrict x43, const float* restrict x44, const float* restrict x45, const float* restrict x46, const float* restrict x47, const float* restrict x48, const float* restrict x49, const float* restrict x50, const float* restrict x51, int part, int parts, void* scratch) {
  const int chunk = ((64 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 64 ? part * chunk : 64;
  const int hi = lo + chunk < 64 ? lo + chunk : 64;
  const v128_t s50 = wasm_f32x4_splat(x50[0]);
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v818 = wasm_f32x4_add(wasm_v128_load(x0 + i), wasm_v128_load(x1 + i));
    const v128_t v820 = wasm_f32x4_add(v818, wasm_v128_load(x2 + i));
    const v128_t v822 = wasm_f32x4_add(v820, wasm_v128_load(x3 + i));
    const v128_t v824 = wasm_f32x4_add(v822, wasm_v128_load(x4 + i));
    const v128_t v826 = wasm_f32x4_add(v824, wasm_v128_load(x5 + i));
    const v128_t v828 = wasm_f32x4_add(v826, wasm_v128_load(x6 + i));
    const v128_t v830 = wasm_f32x4_add(v828, wasm_v128_load(x7 + i));
    const v128_t v832 = wasm_f32x4_add(v830, wasm_v128_load(x8 + i));
    const v128_t v834 = wasm_f32x4_add(v832, wasm_v128_load(x9 + i));
    const v128_t v836 = wasm_f32x4_add(v834, wasm_v128_load(x10 + i));
    const v128_t v838 = wasm_f32x4_add(v836, wasm_v128_load(x11 + i));
    const v128_t v840 = wasm_f32x4_add(v838, wasm_v128_load(x12 + i));
    const v128_t v842 = wasm_f32x4_add(v840, wasm_v128_load(x13 + i));
    const v128_t v844 = wasm_f32x4_add(v842, wasm_v128_load(x14 + i));
    const v128_t v846 = wasm_f32x4_add(v844, wasm_v128_load(x15 + i));
    const v128_t v848 = wasm_f32x4_add(v846, wasm_v128_load(x16 + i));
    const v128_t v850 = wasm_f32x4_add(v848, wasm_v128_load(x17 + i));
    const v128_t v852 = wasm_f32x4_add(v850, wasm_v128_load(x18 + i));
    const v128_t v854 = wasm_f32x4_add(v852, wasm_v128_load(x19 + i));
    const v128_t v856 = wasm_f32x4_add(v854, wasm_v128_load(x20 + i));
    const v128_t v858 = wasm_f32x4_add(v856, wasm_v128_load(x21 + i));
    const v128_t v860 = wasm_f32x4_add(v858, wasm_v128_load(x22 + i));
    const v128_t v862 = wasm_f32x4_add(v860, wasm_v128_load(x23 + i));
    const v128_t v864 = wasm_f32x4_add(v862, wasm_v128_load(x24 + i));
    const v128_t v866 = wasm_f32x4_add(v864, wasm_v128_load(x25 + i));
    const v128_t v868 = wasm_f32x4_add(v866, wasm_v128_load(x26 + i));
    const v128_t v870 = wasm_f32x4_add(v868, wasm_v128_load(x27 + i));
    const v128_t v872 = wasm_f32x4_add(v870, wasm_v128_load(x28 + i));
    const v128_t v874 = wasm_f32x4_add(v872, wasm_v128_load(x29 + i));
    const v128_t v876 = wasm_f32x4_add(v874, wasm_v128_load(x30 + i));
    const v128_t v878 = wasm_f32x4_add(v876, wasm_v128_load(x31 + i));
    const v128_t v880 = wasm_f32x4_add(v878, wasm_v128_load(x32 + i));
    const v128_t v882 = wasm_f32x4_add(v880, wasm_v128_load(x33 + i));
    const v128_t v884 = wasm_f32x4_add(v882, wasm_v128_load(x34 + i));
    const v128_t v886 = wasm_f32x4_add(v884, wasm_v128_load(x35 + i));
    const v128_t v888 = wasm_f32x4_add(v886, wasm_v128_load(x36 + i));
    const v128_t v890 = wasm_f32x4_add(v888, wasm_v128_load(x37 + i));
    const v128_t v892 = wasm_f32x4_add(v890, wasm_v128_load(x38 + i));
    const v128_t v894 = wasm_f32x4_add(v892, wasm_v128_load(x39 + i));
    const v128_t v896 = wasm_f32x4_add(v894, wasm_v128_load(x40 + i));
    const v128_t v898 = wasm_f32x4_add(v896, wasm_v128_load(x41 + i));
    const v128_t v900 = wasm_f32x4_add(v898, wasm_v128_load(x42 + i));
    const v128_t v902 = wasm_f32x4_add(v900, wasm_v128_load(x43 + i));
    const v128_t v904 = wasm_f32x4_add(v902, wasm_v128_load(x44 + i));
    const v128_t v906 = wasm_f32x4_add(v904, wasm_v128_load(x45 + i));
    const v128_t v908 = wasm_f32x4_add(v906, wasm_v128_load(x46 + i));
    const v128_t v910 = wasm_f32x4_add(v908, wasm_v128_load(x47 + i));
    const v128_t v912 = wasm_f32x4_add(v910, wasm_v128_load(x48 + i));
    const v128_t v914 = wasm_f32x4_add(v912, wasm_v128_load(x49 + i));
    const v128_t v915 = wasm_f32x4_mul(v914, s50);
    const v128_t v916 = wasm_f32x4_sub(wasm_v128_load(x51 + i), v915);
    wasm_v128_store(out + i, v916);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
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
