#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k5(int32_t* restrict out, const int32_t* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((7 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 7 ? part * chunk : 7;
  const int hi = lo + chunk < 7 ? lo + chunk : 7;
  for (int i = lo; i < hi; i++) {
    const int32_t t5 = (int32_t)((int32_t)(0u - (uint32_t)x0[i]));
    out[i] = t5;
  }
}

void k6(int32_t* restrict out, const int32_t* restrict x0, const int32_t* restrict x1, const int32_t* restrict x2, const int32_t* restrict x3, int part, int parts, void* scratch) {
  const int lo = (int)((int64_t)10 * part / parts), hi = (int)((int64_t)10 * (part + 1) / parts);
  int o = lo * 7;
  for (int i0 = lo; i0 < hi; i0++) {
    for (int i1 = 0; i1 < 7; i1++) {
      const int32_t t2 = (int32_t)((int32_t)((uint32_t)x0[i0 * 7 + i1 * 1] + (uint32_t)x1[i1 * 1]));
      const int32_t t4 = (int32_t)((int32_t)((uint32_t)t2 * (uint32_t)x2[0]));
      const int32_t t6 = (int32_t)((t4 > x3[i1 * 1] ? t4 : x3[i1 * 1]));
      out[o++] = t6;
    }
  }
}
