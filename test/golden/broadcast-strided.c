#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k3(float* restrict out, const float* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((4 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 4 ? part * chunk : 4;
  const int hi = lo + chunk < 4 ? lo + chunk : 4;
  int i = lo;
  for (; i + 4 <= hi; i += 4) {
    const v128_t v3 = tj_sigmoid_f32x4(wasm_v128_load(x0 + i));
    wasm_v128_store(out + i, v3);
  }
  #pragma clang loop vectorize(disable) unroll(disable)
  for (; i < hi; i++) {
    const float t3 = (float)(tj_sigmoidf_s(x0[i]));
    out[i] = t3;
  }
}

void k4(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)3 * part / parts), hi = (int)((int64_t)3 * (part + 1) / parts);
  int o = lo * 4;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 4; i1++) {
      const float t2 = (float)((x0[i0 * 1] + x1[i1 * 1]));
      const float t4 = (float)((t2 * x2[i1 * 1]));
      out[o++] = t4;
    }
  }
}
