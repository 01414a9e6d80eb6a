// Running sums and products (cumsum, cumprod) and a stable argsort along one axis, for the WASM and native tiers.
//
// Exports (D in f32, f64, i32 with T float, double, int32_t)
//   void tj_cumsum_D(const T* x, T* out, int outer, int n, int inner, int part, int parts, void* scratch)
//   void tj_cumprod_D(same)
//   int  tj_argsort_scratch_bytes(int outer, int n, int inner)
//   void tj_argsort_D(const T* x, int32_t* out, int outer, int n, int inner, int descending, int part, int parts,
//                     void* scratch)   (and tj_argsort_bool, T uint8_t: false before true)
//
// x is viewed as [outer, n, inner], contiguous, and scanned or sorted along the middle: a row is
// (o, i), its elements x[o, 0..n, i]. A share (the calling convention of native/) takes the part-th
// of `parts` slices of the outer*inner rows and writes only those. x must not overlap out.
//
// Semantics are runtime/kernels/scan-sort.ts's, bit for bit:
// - cumsum / cumprod: float32 accumulates in double, each running value rounded to float as it is
//   stored (the accumulator itself is not rounded); float64 in double; int32 wraps modulo 2^32.
//   With inner > 1, SCAN_CHUNK adjacent rows advance together (their double accumulators on the
//   stack), each in its own order, so results are the same.
// - argsort: each row's indices in the order of their keys, stably (ties keep index order in either
//   direction); ascending puts NaN last, descending is that order reversed with ties kept, so NaN
//   first; -0 == 0. A merge sort (insertion-sorted runs of SORT_RUN, then bottom-up merges) of
//   indices into contiguous keys: scratch is tj_argsort_scratch_bytes per share (16 bytes a key).
// No static data, no malloc (see tj_matmul.c).
#include <stdint.h>

#include "tj_export.h"

#define SCAN_CHUNK 256
#define SORT_RUN 16
#define SORT_ALIGN 64

static inline int scan_min(int a, int b) { return a < b ? a : b; }

// Accumulator type, the combine, and how a running value is stored, per kernel.
#define SCAN_ADD(a, v) ((a) + (v))
#define SCAN_MUL(a, v) ((a) * (v))
#define SCAN_IADD(a, v) ((uint32_t)(a) + (uint32_t)(v))
#define SCAN_IMUL(a, v) ((uint32_t)(a) * (uint32_t)(v))

// One share's rows [lo, hi) of outer*inner: a contiguous run per row when inner == 1, else runs of
// up to SCAN_CHUNK adjacent rows of one o, advancing together element by element.
#define DEFINE_SCAN(NAME, T, A, OP, IDENT)                                                           \
  EXPORT(#NAME)                                                                                      \
  void NAME(const T* x, T* out, int outer, int n, int inner, int part, int parts, void* scratch) {   \
    (void)scratch;                                                                                   \
    int64_t total = (int64_t)outer * inner, lo = total * part / parts, hi = total * (part + 1) / parts; \
    if (inner == 1) {                                                                                \
      for (int64_t r = lo; r < hi; r++) {                                                            \
        const T* xr = x + r * n;                                                                     \
        T* yr = out + r * n;                                                                         \
        A acc = IDENT;                                                                               \
        for (int j = 0; j < n; j++) yr[j] = (T)(acc = OP(acc, (A)xr[j]));                            \
      }                                                                                              \
      return;                                                                                        \
    }                                                                                                \
    A acc[SCAN_CHUNK];                                                                               \
    for (int64_t r = lo; r < hi;) {                                                                  \
      int64_t o = r / inner;                                                                         \
      int i0 = (int)(r - o * inner), w = (int)(hi - r < inner - i0 ? hi - r : inner - i0);           \
      w = scan_min(w, SCAN_CHUNK);                                                                   \
      for (int k = 0; k < w; k++) acc[k] = IDENT;                                                    \
      for (int j = 0; j < n; j++) {                                                                  \
        int64_t at = (o * n + j) * inner + i0;                                                       \
        for (int k = 0; k < w; k++) out[at + k] = (T)(acc[k] = OP(acc[k], (A)x[at + k]));            \
      }                                                                                              \
      r += w;                                                                                        \
    }                                                                                                \
  }

DEFINE_SCAN(tj_cumsum_f32, float, double, SCAN_ADD, 0.0)
DEFINE_SCAN(tj_cumsum_f64, double, double, SCAN_ADD, 0.0)
DEFINE_SCAN(tj_cumsum_i32, int32_t, uint32_t, SCAN_IADD, 0u)
DEFINE_SCAN(tj_cumprod_f32, float, double, SCAN_MUL, 1.0)
DEFINE_SCAN(tj_cumprod_f64, double, double, SCAN_MUL, 1.0)
DEFINE_SCAN(tj_cumprod_i32, int32_t, uint32_t, SCAN_IMUL, 1u)

EXPORT("tj_argsort_scratch_bytes")
int tj_argsort_scratch_bytes(int outer, int n, int inner) {
  (void)outer; (void)inner;
  return 16 * n + 2 * SORT_ALIGN;
}

// Whether key b goes strictly before key a (ascending: smaller, or a NaN against a number; descending:
// larger, or a NaN's side reversed). Equal keys, and two NaNs, are not: the merge keeps index order.
#define ASC_BEFORE(b, a) ((b) < (a) || ((a) != (a) && (b) == (b)))
#define DESC_BEFORE(b, a) ((b) > (a) || ((b) != (b) && (a) == (a)))

// Sorts the indices 0..n-1 of the keys k by BEFORE, stably, using idx and tmp (n each); returns the
// array holding the result.
#define DEFINE_SORT(NAME, T, BEFORE)                                                                 \
  static int32_t* NAME(const T* k, int n, int32_t* idx, int32_t* tmp) {                              \
    for (int s = 0; s < n; s += SORT_RUN) {                                                          \
      int e = scan_min(s + SORT_RUN, n);                                                             \
      for (int j = s; j < e; j++) {                                                                  \
        int32_t v = j;                                                                               \
        int p = j;                                                                                   \
        for (; p > s && BEFORE(k[v], k[idx[p - 1]]); p--) idx[p] = idx[p - 1];                      \
        idx[p] = v;                                                                                  \
      }                                                                                              \
    }                                                                                                \
    for (int width = SORT_RUN; width < n; width *= 2) {                                              \
      for (int s = 0; s < n; s += 2 * width) {                                                       \
        int m = scan_min(s + width, n), e = scan_min(s + 2 * width, n), a = s, b = m, d = s;         \
        while (a < m && b < e) tmp[d++] = BEFORE(k[idx[b]], k[idx[a]]) ? idx[b++] : idx[a++];        \
        while (a < m) tmp[d++] = idx[a++];                                                           \
        while (b < e) tmp[d++] = idx[b++];                                                           \
      }                                                                                              \
      int32_t* t = idx;                                                                              \
      idx = tmp;                                                                                     \
      tmp = t;                                                                                       \
    }                                                                                                \
    return idx;                                                                                      \
  }

#define DEFINE_ARGSORT(D, T)                                                                         \
  DEFINE_SORT(sort_asc_##D, T, ASC_BEFORE)                                                           \
  DEFINE_SORT(sort_desc_##D, T, DESC_BEFORE)                                                         \
  EXPORT("tj_argsort_" #D)                                                                           \
  void tj_argsort_##D(const T* x, int32_t* out, int outer, int n, int inner, int descending, int part, int parts, \
                      void* scratch) {                                                               \
    int64_t total = (int64_t)outer * inner, lo = total * part / parts, hi = total * (part + 1) / parts; \
    T* k = (T*)(((uintptr_t)scratch + (SORT_ALIGN - 1)) & ~(uintptr_t)(SORT_ALIGN - 1));             \
    int32_t* idx = (int32_t*)((char*)k + 8 * (int64_t)n);                                            \
    int32_t* tmp = idx + n;                                                                          \
    for (int64_t r = lo; r < hi; r++) {                                                              \
      int64_t o = r / inner, base = o * n * inner + (r - o * inner);                                 \
      for (int j = 0; j < n; j++) k[j] = x[base + (int64_t)j * inner];                               \
      const int32_t* sorted = descending ? sort_desc_##D(k, n, idx, tmp) : sort_asc_##D(k, n, idx, tmp); \
      for (int j = 0; j < n; j++) out[base + (int64_t)j * inner] = sorted[j];                        \
    }                                                                                                \
  }

DEFINE_ARGSORT(f32, float)
DEFINE_ARGSORT(f64, double)
DEFINE_ARGSORT(i32, int32_t)
DEFINE_ARGSORT(bool, uint8_t)
