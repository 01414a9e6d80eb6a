#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void k4(float* restrict out, const int32_t* restrict x0, int part, int parts, void* scratch) {
  const int chunk = ((17 + parts - 1) / parts + 15) & ~15;
  const int lo = part * chunk < 17 ? part * chunk : 17;
  const int hi = lo + chunk < 17 ? lo + chunk : 17;
  for (int i = lo; i < hi; i++) {
    const float t1 = (float)((float)x0[i]);
    const double t2 = (double)((double)x0[i]);
    const float t3 = (float)((float)t2);
    const float t4 = (float)((t1 + t3));
    out[i] = t4;
  }
}
