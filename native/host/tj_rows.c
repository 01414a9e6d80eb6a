/* The entry's step runner of every generated native library (tj_host.h's tj_run_rows), compiled once (jit/backends/native/toolchain.ts). */
#include "tj_host.h"

/*
 * Runs a step as `n` shares over OpenMP threads (here, without a team, when n is 1). The one
 * parallel region of a library: steps pass through it rather than each having its own, which
 * would outline a copy of every kernel (compile time grew with the step count).
 */
__attribute__((noinline)) static void tj_run_step(tj_step_fn fn, int n, uint8_t* const* addr, uint8_t* scratch,
                                                  int scratch_bytes) {
  if (n <= 1) {
    fn(addr, 0, 1, scratch);
    return;
  }
#pragma omp parallel num_threads(n)
  {
    const int part = omp_get_thread_num(), parts = omp_get_num_threads();
    fn(addr, part, parts, scratch + (size_t)part * (size_t)scratch_bytes);
  }
}

/* A table the entry walks, not a statement per step: those made the entry's compile grow with the step count (~3 ms a step at -O1). */
void tj_run_rows(const tj_row* rows, int n, uint8_t* const* addr, uint8_t* scratch, int scratch_bytes, int threads,
                 double* times, double* t) {
  for (int k = 0; k < n; k++) {
    tj_run_step(rows[k].fn, tj_shares(threads, rows[k].work_ns), addr, scratch, scratch_bytes);
    if (times && rows[k].lap >= 0) {
      const double now = tj_now_ms();
      times[rows[k].lap] += now - *t;
      *t = now;
    }
  }
}
