// Indexing kernels for the WASM and native tiers: index checks, gathers and updates at indices
// (checkIndex, gather, scatter, scatterAdd), and the positions of extremes (argmax, argmin).
//
// Exports (B in 8, 32, 64 with T the unsigned integer of B bits; D in f32, f64, i32 with T float,
// double, int32_t; E in D and bool with T uint8_t)
//   void tj_check_index(const int32_t* x, int32_t* out, int64_t* flag, int n, int bound,
//                       int part, int parts, void* scratch)
//   void tj_gather_B(const T* x, const int32_t* idx, T* out, int64_t* flag, int outer, int len, int m,
//                    int inner, int part, int parts, void* scratch)
//   void tj_scatter_set_B(const T* x, const int32_t* idx, const T* upd, T* out, int64_t* flag,
//                         int outer, int len, int m, int inner, int part, int parts, void* scratch)
//   void tj_scatter_add_D(same)
//   void tj_scatter_or_8(same, T uint8_t: bool's add)
//   void tj_argmax_E(const T* x, int32_t* out, int outer, int red, int inner, int part, int parts,
//                    void* scratch)
//   void tj_argmin_E(same)
//
// A kernel cannot throw: a checking kernel records the first position that is out of range, with
// its value, in *flag (position << 32 | the value's 32 bits; the caller sets INT64_MAX before the
// call, and the lowest position of any call wins, so a check inside a loop reports a value that
// was out of range) and the loader raises the primitive's error when the call ends, before any
// Variable changes. What a bad position produces meanwhile is kept in bounds: checkIndex writes 0
// there, gather zeros, scatter skips it.
//
// checkIndex: out = x, every x[i] in [0, bound). Shares take slices of the n positions.
//
// gather and scatter view x as [outer, len, inner] and take m indices along len (negative ones
// count from the end). gather: out[o, i, :] = x[o, idx[i], :]; shares take slices of the outer*m
// rows. scatter: upd as [outer, m, inner]: out = x, then for i = 0..m-1 in order, slice i of upd
// goes into slice idx[i] of out (set: the last of repeated indices wins; add: float32 sums each
// update rounded to float, int32 wraps; or: bool's add). A share owns whole output columns (o, r):
// a slice of the outer rows when there are enough of them, else a slice of the inner positions of
// every row; so it copies and updates only its own elements, in the order of i. x must not
// overlap out.
//
// argmax / argmin: x as [outer, red, inner], out[o, i] = the position along red of the first
// largest (smallest) element, or of the first NaN (0 when red is 0); shares take slices of the
// outer*inner outputs.
//
// These are the JS kernels' results exactly (runtime/kernels/scatter.ts, layout.ts gather,
// reduce.ts argReduce). No static data, no malloc (see tj_matmul.c).
#include <stdint.h>
#include <string.h>

#include "tj_export.h"

/* *flag = min(*flag, (position, value)), whichever share gets there first. */
static void flag_position(int64_t* flag, int32_t position, int32_t value) {
  int64_t mine = (int64_t)position << 32 | (uint32_t)value;
  int64_t seen = __atomic_load_n(flag, __ATOMIC_RELAXED);
  while (mine < seen && !__atomic_compare_exchange_n(flag, &seen, mine, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
  }
}

EXPORT("tj_check_index")
void tj_check_index(const int32_t* x, int32_t* out, int64_t* flag, int n, int bound, int part, int parts,
                    void* scratch) {
  (void)scratch;
  int lo = (int)((int64_t)n * part / parts), hi = (int)((int64_t)n * (part + 1) / parts);
  for (int i = lo; i < hi; i++) {
    int32_t v = x[i];
    int ok = v >= 0 && v < bound;
    if (!ok) flag_position(flag, i, v);
    out[i] = ok ? v : 0;
  }
}

#define DEFINE_GATHER(B, T)                                                                              \
  EXPORT("tj_gather_" #B)                                                                                \
  void tj_gather_##B(const T* x, const int32_t* idx, T* out, int64_t* flag, int outer, int len, int m,   \
                     int inner, int part, int parts, void* scratch) {                                    \
    (void)scratch;                                                                                       \
    int64_t rows = (int64_t)outer * m, lo = rows * part / parts, hi = rows * (part + 1) / parts;         \
    for (int64_t r = lo; r < hi; r++) {                                                                  \
      int64_t o = r / m;                                                                                 \
      int i = (int)(r - o * m);                                                                          \
      int32_t k = idx[i];                                                                                \
      T* dst = out + r * inner;                                                                          \
      if (k < -len || k >= len) {                                                                        \
        flag_position(flag, i, k);                                                                       \
        memset(dst, 0, (size_t)inner * sizeof(T));                                                       \
        continue;                                                                                        \
      }                                                                                                  \
      memcpy(dst, x + (o * len + (k < 0 ? k + len : k)) * inner, (size_t)inner * sizeof(T));             \
    }                                                                                                    \
    /* No rows (outer == 0): the indices are still checked, as the JS kernel checks them. */            \
    if (rows == 0 && part == 0)                                                                          \
      for (int i = 0; i < m; i++)                                                                        \
        if (idx[i] < -len || idx[i] >= len) flag_position(flag, i, idx[i]);                              \
  }

DEFINE_GATHER(8, uint8_t)
DEFINE_GATHER(32, uint32_t)
DEFINE_GATHER(64, uint64_t)

/* The share's columns: outer rows [o0, o1) and inner positions [r0, r1) of each. */
typedef struct {
  int64_t o0, o1, r0, r1;
} scatter_share;

static scatter_share scatter_columns(int outer, int inner, int part, int parts) {
  scatter_share s;
  if (outer >= parts || inner == 1) {
    s.o0 = (int64_t)outer * part / parts, s.o1 = (int64_t)outer * (part + 1) / parts;
    s.r0 = 0, s.r1 = inner;
  } else {
    s.o0 = 0, s.o1 = outer;
    s.r0 = (int64_t)inner * part / parts, s.r1 = (int64_t)inner * (part + 1) / parts;
  }
  return s;
}

/* Index i's position along len, or -1 when out of range (the first such recorded by share 0). */
static inline int64_t scatter_position(const int32_t* idx, int i, int len, int64_t* flag, int part) {
  int32_t k = idx[i];
  if (k < -len || k >= len) {
    if (part == 0) flag_position(flag, i, k);
    return -1;
  }
  return k < 0 ? k + len : k;
}

#define SCATTER_SET(a, v) (v)
#define SCATTER_ADD(a, v) ((a) + (v))
#define SCATTER_IADD(a, v) ((int32_t)((uint32_t)(a) + (uint32_t)(v)))
#define SCATTER_OR(a, v) ((uint8_t)((a) || (v) ? 1 : 0))

#define DEFINE_SCATTER(NAME, T, OP)                                                                      \
  EXPORT(#NAME)                                                                                          \
  void NAME(const T* x, const int32_t* idx, const T* upd, T* out, int64_t* flag, int outer, int len, int m, \
            int inner, int part, int parts, void* scratch) {                                             \
    (void)scratch;                                                                                       \
    scatter_share s = scatter_columns(outer, inner, part, parts);                                        \
    int64_t w = s.r1 - s.r0;                                                                             \
    for (int64_t o = s.o0; o < s.o1; o++) {                                                              \
      if (w == inner)                                                                                    \
        memcpy(out + o * len * inner, x + o * len * inner, (size_t)(len * w) * sizeof(T));              \
      else                                                                                               \
        for (int64_t k = 0; k < len; k++)                                                                \
          memcpy(out + (o * len + k) * inner + s.r0, x + (o * len + k) * inner + s.r0, (size_t)w * sizeof(T)); \
      for (int i = 0; i < m; i++) {                                                                      \
        int64_t k = scatter_position(idx, i, len, flag, part);                                           \
        if (k < 0) continue;                                                                             \
        T* dst = out + (o * len + k) * inner;                                                            \
        const T* src = upd + (o * m + i) * inner;                                                        \
        for (int64_t r = s.r0; r < s.r1; r++) dst[r] = OP(dst[r], src[r]);                               \
      }                                                                                                  \
    }                                                                                                    \
    /* A share with no rows still checks, so that every bad index is recorded. */                      \
    if (s.o0 == s.o1 && part == 0)                                                                       \
      for (int i = 0; i < m; i++) scatter_position(idx, i, len, flag, part);                             \
  }

DEFINE_SCATTER(tj_scatter_set_8, uint8_t, SCATTER_SET)
DEFINE_SCATTER(tj_scatter_set_32, uint32_t, SCATTER_SET)
DEFINE_SCATTER(tj_scatter_set_64, uint64_t, SCATTER_SET)
DEFINE_SCATTER(tj_scatter_add_f32, float, SCATTER_ADD)
DEFINE_SCATTER(tj_scatter_add_f64, double, SCATTER_ADD)
DEFINE_SCATTER(tj_scatter_add_i32, int32_t, SCATTER_IADD)
DEFINE_SCATTER(tj_scatter_or_8, uint8_t, SCATTER_OR)

/* NaN never compares better; a NaN met ends the search at its position (integers have none). */
#define ARG_BETTER_MAX(v, b) ((v) > (b))
#define ARG_BETTER_MIN(v, b) ((v) < (b))

#define DEFINE_ARG(NAME, BETTER, T)                                                                      \
  EXPORT(#NAME)                                                                                          \
  void NAME(const T* x, int32_t* out, int outer, int red, int inner, int part, int parts, void* scratch) { \
    (void)scratch;                                                                                       \
    int64_t total = (int64_t)outer * inner, lo = total * part / parts, hi = total * (part + 1) / parts;  \
    for (int64_t q = lo; q < hi; q++) {                                                                  \
      int64_t o = q / inner, base = o * red * inner + (q - o * inner);                                   \
      int32_t bi = 0;                                                                                    \
      if (red > 0 && x[base] == x[base]) {                                                               \
        T best = x[base];                                                                                \
        for (int j = 1; j < red; j++) {                                                                  \
          T v = x[base + (int64_t)j * inner];                                                            \
          if (v != v) {                                                                                  \
            bi = j;                                                                                      \
            break;                                                                                       \
          }                                                                                              \
          if (BETTER(v, best)) best = v, bi = j;                                                         \
        }                                                                                                \
      }                                                                                                  \
      out[q] = bi;                                                                                       \
    }                                                                                                    \
  }

/* Written out: `bool` is a macro where stdbool.h is in, which a pasted name would expand. */
DEFINE_ARG(tj_argmax_f32, ARG_BETTER_MAX, float)
DEFINE_ARG(tj_argmin_f32, ARG_BETTER_MIN, float)
DEFINE_ARG(tj_argmax_f64, ARG_BETTER_MAX, double)
DEFINE_ARG(tj_argmin_f64, ARG_BETTER_MIN, double)
DEFINE_ARG(tj_argmax_i32, ARG_BETTER_MAX, int32_t)
DEFINE_ARG(tj_argmin_i32, ARG_BETTER_MIN, int32_t)
DEFINE_ARG(tj_argmax_bool, ARG_BETTER_MAX, uint8_t)
DEFINE_ARG(tj_argmin_bool, ARG_BETTER_MIN, uint8_t)
