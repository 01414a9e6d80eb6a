#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k5(float* restrict out, const float* restrict x0, const float* restrict x1, const float* restrict x2, int part, int parts, void* scratch) {
  const int chunk = ((50 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 50 ? part * chunk : 50;
  const int hi = lo + chunk < 50 ? lo + chunk : 50;
  for (int i = lo; i < hi; i++) {
    const uint8_t t2 = (uint8_t)((x0[i] > x1[i]));
    const float t4 = (float)((x1[i] * x2[0]));
    const float t5 = (float)((t2 ? x0[i] : t4));
    out[i] = t5;
  }
}
