/* What native (host-compiled) code shares: splitting a call into shares over OpenMP threads. */
#ifndef TJ_HOST_H
#define TJ_HOST_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#ifdef _OPENMP
#include <omp.h>
#else
/* Built without OpenMP: every share loop runs on the calling thread. */
static inline int omp_get_thread_num(void) { return 0; }
static inline int omp_get_num_threads(void) { return 1; }
#endif

/* Shares for `threads` threads of a step estimated at `work_ns` on one: none below the amount a thread's wake-up costs. */
#define TJ_MIN_SHARED_WORK_NS 60000.0
static inline int tj_shares(int threads, double work_ns) {
  if (threads <= 1 || work_ns < TJ_MIN_SHARED_WORK_NS) return 1;
  int n = (int)(work_ns / TJ_MIN_SHARED_WORK_NS);
  return n < threads ? (n < 1 ? 1 : n) : threads;
}

/*
 * Runs the statement in __VA_ARGS__ as `n` shares, each with its own `part` (0 <= part < parts)
 * and `sc`, its slice of `scratch` (`scratch_bytes` each). One share runs here, without a team.
 */
#define TJ_SHARE(n, scratch, scratch_bytes, ...)                                     \
  do {                                                                              \
    const int tj_n_ = (n);                                                          \
    if (tj_n_ <= 1) {                                                               \
      const int part = 0, parts = 1;                                                \
      uint8_t* sc = (scratch);                                                      \
      (void)part, (void)parts, (void)sc;                                            \
      __VA_ARGS__;                                                                  \
    } else {                                                                        \
      _Pragma("omp parallel num_threads(tj_n_)") {                                  \
        const int part = omp_get_thread_num(), parts = omp_get_num_threads();       \
        uint8_t* sc = (scratch) + (size_t)part * (size_t)(scratch_bytes);           \
        (void)sc;                                                                   \
        __VA_ARGS__;                                                                \
      }                                                                             \
    }                                                                               \
  } while (0)

/* One step of a generated library's entry: its part-th of `parts` shares over the buffers at addr[b], `sc` its scratch. */
typedef void (*tj_step_fn)(uint8_t* const* addr, int part, int parts, uint8_t* sc);

/* f.profile(): milliseconds of each step, added to times[i] when the caller passes times (NULL otherwise). */
static inline double tj_now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

/* A row of a generated library's entry: a step, its work estimate in ns on one thread (tj_shares), the f.profile() slot its time ends (-1: none). */
typedef struct {
  tj_step_fn fn;
  double work_ns;
  int lap;
} tj_row;

/*
 * Runs rows of steps in order, each as `n` shares over OpenMP threads (tj_shares; on the calling
 * thread, without a team, where one share); with `times`, adds the time since *t to the slot of
 * each row that has one. Defined in tj_rows.c, compiled once and linked into every generated
 * library (hidden there): compiled in each, it was a fifth of a small library's compile.
 */
__attribute__((visibility("hidden"))) void tj_run_rows(const tj_row* rows, int n, uint8_t* const* addr, uint8_t* scratch,
                                                       int scratch_bytes, int threads, double* times, double* t);

#define TJ_LAP(times, i, t)          \
  do {                               \
    if (times) {                     \
      const double tj_t_ = tj_now_ms(); \
      (times)[i] += tj_t_ - (t);     \
      (t) = tj_t_;                   \
    }                                \
  } while (0)

#endif
