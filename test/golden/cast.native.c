#include <stdint.h>
#include "tj_scalar.h"
#include "tj_simd.h"
#include "tj_host.h"

static void k4(float* restrict out, const int32_t* restrict x0, int part, int parts, void* scratch) {
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


static void s0(uint8_t* restrict arena, const int64_t* restrict at, int part, int parts, uint8_t* restrict sc) {
  (void)sc;
  k4((void*)(arena + at[1]), (const void*)(arena + at[0]), part, parts, sc);
}

/* One call: every step on the arena (at[b]: buffer b's offset in this call's layout); times: per-step ms for f.profile(), or NULL. */
__attribute__((visibility("default")))
void tj_entry(uint8_t* restrict arena, const int64_t* restrict at, uint8_t* restrict scratch, int scratch_bytes, int threads, int segment, double* restrict times) {
  (void)scratch, (void)scratch_bytes, (void)threads;
  double t = times ? tj_now_ms() : 0.0;
  (void)t;
  switch (segment) {
  case 0:
    tj_run_step(s0, tj_shares(threads, 25.2), arena, at, scratch, scratch_bytes);
    TJ_LAP(times, 0, t);
    break;
  }
}
