// Hand-written reductions (sum, prod, max, min over float32, float64, int32) in WebAssembly SIMD128,
// for the WASM tier's reduceSum / reduceProd / reduceMax / reduceMin nodes.
//
// Exports (K in sum, prod, max, min; D in f32, f64, i32 with T float, double, int32_t)
//   int  tj_reduce_scratch_bytes(int outer, int red, int inner)
//   void tj_reduce_K_D(const T* x, T* out, int outer, int red, int inner, int part, int parts, void* scratch)
//   void tj_reduce_max_bool, tj_reduce_min_bool(same, T uint8_t): any and all, no scratch
//
// x is viewed as [outer, red, inner], contiguous; out[o*inner + i] = the K of x[o, r, i] over r.
// A share (the calling convention of native/) takes the part-th of `parts` slices of the outer*inner
// outputs and writes only those. x must not overlap out. scratch: tj_reduce_scratch_bytes bytes
// (4 KB and a bit, any alignment) per share; no static data, no malloc (see tj_matmul.c).
//
// Semantics are runtime/kernels/reduce.ts's:
// - float32 sums and products accumulate in double and round once at the end, like the JS kernel's
//   Float64Array accumulator; float64 ones in double.
// - With inner > 1 every output runs through the rows in order, the JS kernel's order, so results
//   are identical. With inner == 1 (a contiguous run per output) float sums and products run in
//   SIMD lanes and are combined at the end: the same within float rounding, not bit for bit.
// - max and min: NaN propagates (any NaN gives NaN); otherwise the result is exact, including the
//   sign of a zero result, which is the first zero met, as in the JS loop.
// - int32 sums and products wrap modulo 2^32 (Math.imul, `| 0`).
// - Empty reductions (red == 0) give the identity: 0 for sums, 1 for products, -inf / +inf for
//   float max / min and 0 for int32 max / min (the JS kernel's int32 store of ±inf).
#include <math.h>
#include <stdint.h>
#include <wasm_simd128.h>

#include "tj_export.h"

// Inner elements per pass when inner > 1: their accumulators (double, for float32) stay in L1.
#define RED_CHUNK 512
#define RED_ALIGN 64

static inline int red_min(int a, int b) { return a < b ? a : b; }
static inline void* red_align(void* p) { return (void*)(((uintptr_t)p + (RED_ALIGN - 1)) & ~(uintptr_t)(RED_ALIGN - 1)); }

EXPORT("tj_reduce_scratch_bytes")
int tj_reduce_scratch_bytes(int outer, int red, int inner) {
  (void)outer; (void)red; (void)inner;
  return RED_CHUNK * 8 + RED_ALIGN;
}

// Vector helpers: the upper two f32 lanes as doubles, and horizontal combines.
static inline v128_t f64x2_promote_high(v128_t v) { return wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(v, v, 2, 3, 2, 3)); }
static inline double f64x2_hsum(v128_t v) { return wasm_f64x2_extract_lane(v, 0) + wasm_f64x2_extract_lane(v, 1); }
static inline double f64x2_hprod(v128_t v) { return wasm_f64x2_extract_lane(v, 0) * wasm_f64x2_extract_lane(v, 1); }

// Scalar steps, the JS kernel's combine expressions.
#define ADD(a, v) ((a) + (v))
#define MUL(a, v) ((a) * (v))
#define IADD(a, v) ((int32_t)((uint32_t)(a) + (uint32_t)(v)))
#define IMUL(a, v) ((int32_t)((uint32_t)(a) * (uint32_t)(v)))
#define FMAX(a, v) ((v) > (a) || (v) != (v) ? (v) : (a))
#define FMIN(a, v) ((v) < (a) || (v) != (v) ? (v) : (a))
#define IMAX(a, v) ((v) > (a) ? (v) : (a))
#define IMIN(a, v) ((v) < (a) ? (v) : (a))

// Vector steps with the same per-lane meaning (the float max/min ones take a NaN v as well).
static inline v128_t f32_max_step(v128_t a, v128_t v) { return wasm_v128_bitselect(v, a, wasm_v128_or(wasm_f32x4_gt(v, a), wasm_f32x4_ne(v, v))); }
static inline v128_t f32_min_step(v128_t a, v128_t v) { return wasm_v128_bitselect(v, a, wasm_v128_or(wasm_f32x4_lt(v, a), wasm_f32x4_ne(v, v))); }
static inline v128_t f64_max_step(v128_t a, v128_t v) { return wasm_v128_bitselect(v, a, wasm_v128_or(wasm_f64x2_gt(v, a), wasm_f64x2_ne(v, v))); }
static inline v128_t f64_min_step(v128_t a, v128_t v) { return wasm_v128_bitselect(v, a, wasm_v128_or(wasm_f64x2_lt(v, a), wasm_f64x2_ne(v, v))); }

// ---------------------------------------------------------------------------------------------
// inner == 1: one contiguous run of n >= 1 elements per output.

// Float sums and products along a run: four f64x2 accumulators (float32 promoted to double),
// combined pairwise, then the tail in order. OP is add or mul, H the matching horizontal fold.
#define DEFINE_F32_ROW(NAME, OP, H, IDENT)                                                           \
  static float NAME(const float* x, int n) {                                                         \
    v128_t a0 = wasm_f64x2_splat(IDENT), a1 = a0, a2 = a0, a3 = a0;                                  \
    int i = 0;                                                                                       \
    for (; i + 8 <= n; i += 8) {                                                                     \
      v128_t u = wasm_v128_load(x + i), v = wasm_v128_load(x + i + 4);                               \
      a0 = wasm_f64x2_##OP(a0, wasm_f64x2_promote_low_f32x4(u)); a1 = wasm_f64x2_##OP(a1, f64x2_promote_high(u)); \
      a2 = wasm_f64x2_##OP(a2, wasm_f64x2_promote_low_f32x4(v)); a3 = wasm_f64x2_##OP(a3, f64x2_promote_high(v)); \
    }                                                                                                \
    double r = H(wasm_f64x2_##OP(wasm_f64x2_##OP(a0, a1), wasm_f64x2_##OP(a2, a3)));                 \
    for (; i < n; i++) r = SCALAR_##OP(r, x[i]);                                                     \
    return (float)r;                                                                                 \
  }

#define DEFINE_F64_ROW(NAME, OP, H, IDENT)                                                           \
  static double NAME(const double* x, int n) {                                                       \
    v128_t a0 = wasm_f64x2_splat(IDENT), a1 = a0, a2 = a0, a3 = a0;                                  \
    int i = 0;                                                                                       \
    for (; i + 8 <= n; i += 8) {                                                                     \
      a0 = wasm_f64x2_##OP(a0, wasm_v128_load(x + i)); a1 = wasm_f64x2_##OP(a1, wasm_v128_load(x + i + 2)); \
      a2 = wasm_f64x2_##OP(a2, wasm_v128_load(x + i + 4)); a3 = wasm_f64x2_##OP(a3, wasm_v128_load(x + i + 6)); \
    }                                                                                                \
    double r = H(wasm_f64x2_##OP(wasm_f64x2_##OP(a0, a1), wasm_f64x2_##OP(a2, a3)));                 \
    for (; i < n; i++) r = SCALAR_##OP(r, x[i]);                                                     \
    return r;                                                                                        \
  }

#define SCALAR_add(a, b) ((a) + (b))
#define SCALAR_mul(a, b) ((a) * (b))
DEFINE_F32_ROW(sum_f32_row, add, f64x2_hsum, 0)
DEFINE_F32_ROW(prod_f32_row, mul, f64x2_hprod, 1)
DEFINE_F64_ROW(sum_f64_row, add, f64x2_hsum, 0)
DEFINE_F64_ROW(prod_f64_row, mul, f64x2_hprod, 1)

// int32 sums and products wrap, so any order gives the exact result.
#define DEFINE_INT_ROW(NAME, VOP, SOP, IDENT)                                                        \
  static int32_t NAME(const int32_t* x, int n) {                                                     \
    v128_t a0 = wasm_i32x4_splat(IDENT), a1 = a0;                                                    \
    int i = 0;                                                                                       \
    for (; i + 8 <= n; i += 8) { a0 = VOP(a0, wasm_v128_load(x + i)); a1 = VOP(a1, wasm_v128_load(x + i + 4)); } \
    a0 = VOP(a0, a1);                                                                                \
    int32_t r = SOP(SOP(wasm_i32x4_extract_lane(a0, 0), wasm_i32x4_extract_lane(a0, 1)),            \
                    SOP(wasm_i32x4_extract_lane(a0, 2), wasm_i32x4_extract_lane(a0, 3)));           \
    for (; i < n; i++) r = SOP(r, x[i]);                                                             \
    return r;                                                                                        \
  }

DEFINE_INT_ROW(sum_i32_row, wasm_i32x4_add, IADD, 0)
DEFINE_INT_ROW(prod_i32_row, wasm_i32x4_mul, IMUL, 1)
DEFINE_INT_ROW(max_i32_row, wasm_i32x4_max, IMAX, INT32_MIN)
DEFINE_INT_ROW(min_i32_row, wasm_i32x4_min, IMIN, INT32_MAX)

// Float max/min in lanes: pmax/pmin (`a < b ? b : a`) skip NaNs, which are tracked apart. Only a
// zero result can differ from the sequential loop (which zero comes first), so that one is redone.
#define F32_LANES(S, acc, v) S(S(S(S(acc, wasm_f32x4_extract_lane(v, 0)), wasm_f32x4_extract_lane(v, 1)), \
                                 wasm_f32x4_extract_lane(v, 2)), wasm_f32x4_extract_lane(v, 3))
#define F64_LANES(S, acc, v) S(S(acc, wasm_f64x2_extract_lane(v, 0)), wasm_f64x2_extract_lane(v, 1))

#define DEFINE_FLOAT_EXTREMUM_ROW(NAME, T, LANES, SPLAT, VSTEP, NE, SSTEP, HCOMB, IDENT)              \
  static T NAME(const T* x, int n) {                                                                 \
    v128_t a0 = SPLAT(IDENT), a1 = a0, nan = wasm_i32x4_splat(0);                                    \
    int i = 0;                                                                                       \
    for (; i + 2 * LANES <= n; i += 2 * LANES) {                                                     \
      v128_t u = wasm_v128_load(x + i), v = wasm_v128_load(x + i + LANES);                           \
      a0 = VSTEP(a0, u); a1 = VSTEP(a1, v);                                                          \
      nan = wasm_v128_or(nan, wasm_v128_or(NE(u, u), NE(v, v)));                                     \
    }                                                                                                \
    if (wasm_v128_any_true(nan)) return NAN;                                                         \
    a0 = VSTEP(a0, a1);                                                                              \
    T acc = HCOMB(SSTEP, (T)(IDENT), a0);                                                            \
    for (; i < n; i++) acc = SSTEP(acc, x[i]);                                                       \
    if (acc == 0) { acc = IDENT; for (i = 0; i < n; i++) acc = SSTEP(acc, x[i]); }                   \
    return acc;                                                                                      \
  }

DEFINE_FLOAT_EXTREMUM_ROW(max_f32_row, float, 4, wasm_f32x4_splat, wasm_f32x4_pmax, wasm_f32x4_ne, FMAX, F32_LANES, -INFINITY)
DEFINE_FLOAT_EXTREMUM_ROW(min_f32_row, float, 4, wasm_f32x4_splat, wasm_f32x4_pmin, wasm_f32x4_ne, FMIN, F32_LANES, INFINITY)
DEFINE_FLOAT_EXTREMUM_ROW(max_f64_row, double, 2, wasm_f64x2_splat, wasm_f64x2_pmax, wasm_f64x2_ne, FMAX, F64_LANES, -INFINITY)
DEFINE_FLOAT_EXTREMUM_ROW(min_f64_row, double, 2, wasm_f64x2_splat, wasm_f64x2_pmin, wasm_f64x2_ne, FMIN, F64_LANES, INFINITY)

// ---------------------------------------------------------------------------------------------
// inner > 1: wd <= RED_CHUNK adjacent outputs at once, adding row after row (stride inner) into
// their accumulators, each output in the JS kernel's order.

// float32 sums and products: double accumulators in the scratch, rounded once at the end.
#define DEFINE_F32_COLS(NAME, VOP, SOP, IDENT)                                                       \
  static void NAME(const float* x, float* out, int red, int inner, int wd, void* scratch) {         \
    double* acc = (double*)red_align(scratch);                                                       \
    for (int j = 0; j < wd; j++) acc[j] = IDENT;                                                     \
    for (int r = 0; r < red; r++) {                                                                  \
      const float* row = x + (intptr_t)r * inner;                                                    \
      int j = 0;                                                                                     \
      for (; j + 4 <= wd; j += 4) {                                                                  \
        v128_t v = wasm_v128_load(row + j);                                                          \
        wasm_v128_store(acc + j, VOP(wasm_v128_load(acc + j), wasm_f64x2_promote_low_f32x4(v)));     \
        wasm_v128_store(acc + j + 2, VOP(wasm_v128_load(acc + j + 2), f64x2_promote_high(v)));       \
      }                                                                                              \
      for (; j < wd; j++) acc[j] = SOP(acc[j], (double)row[j]);                                      \
    }                                                                                                \
    for (int j = 0; j < wd; j++) out[j] = (float)acc[j];                                             \
  }

DEFINE_F32_COLS(sum_f32_cols, wasm_f64x2_add, ADD, 0.0)
DEFINE_F32_COLS(prod_f32_cols, wasm_f64x2_mul, MUL, 1.0)

// Everything else accumulates in out itself (double sums are double; max/min are exact in any type).
#define DEFINE_COLS(NAME, T, LANES, VOP, SOP, IDENT)                                                 \
  static void NAME(const T* x, T* out, int red, int inner, int wd, void* scratch) {                 \
    (void)scratch;                                                                                   \
    for (int j = 0; j < wd; j++) out[j] = IDENT;                                                     \
    for (int r = 0; r < red; r++) {                                                                  \
      const T* row = x + (intptr_t)r * inner;                                                        \
      int j = 0;                                                                                     \
      for (; j + LANES <= wd; j += LANES)                                                            \
        wasm_v128_store(out + j, VOP(wasm_v128_load(out + j), wasm_v128_load(row + j)));             \
      for (; j < wd; j++) out[j] = SOP(out[j], row[j]);                                              \
    }                                                                                                \
  }

DEFINE_COLS(sum_f64_cols, double, 2, wasm_f64x2_add, ADD, 0.0)
DEFINE_COLS(prod_f64_cols, double, 2, wasm_f64x2_mul, MUL, 1.0)
DEFINE_COLS(max_f32_cols, float, 4, f32_max_step, FMAX, -INFINITY)
DEFINE_COLS(min_f32_cols, float, 4, f32_min_step, FMIN, INFINITY)
DEFINE_COLS(max_f64_cols, double, 2, f64_max_step, FMAX, -INFINITY)
DEFINE_COLS(min_f64_cols, double, 2, f64_min_step, FMIN, INFINITY)
DEFINE_COLS(sum_i32_cols, int32_t, 4, wasm_i32x4_add, IADD, 0)
DEFINE_COLS(prod_i32_cols, int32_t, 4, wasm_i32x4_mul, IMUL, 1)
DEFINE_COLS(max_i32_cols, int32_t, 4, wasm_i32x4_max, IMAX, INT32_MIN)
DEFINE_COLS(min_i32_cols, int32_t, 4, wasm_i32x4_min, IMIN, INT32_MAX)

// ---------------------------------------------------------------------------------------------
// The exported kernels: the share's outputs [lo, hi) of outer*inner, by row or by column chunks.

#define DEFINE_REDUCE(K, D, T, EMPTY)                                                                \
  EXPORT("tj_reduce_" #K "_" #D)                                                                     \
  void tj_reduce_##K##_##D(const T* x, T* out, int outer, int red, int inner, int part, int parts, void* scratch) { \
    int64_t total = (int64_t)outer * inner, lo = total * part / parts, hi = total * (part + 1) / parts; \
    if (red <= 0) { for (int64_t i = lo; i < hi; i++) out[i] = (EMPTY); return; }                   \
    if (inner == 1) { for (int64_t i = lo; i < hi; i++) out[i] = K##_##D##_row(x + i * red, red); return; } \
    for (int64_t i = lo; i < hi;) {                                                                  \
      int64_t o = i / inner;                                                                         \
      int j0 = (int)(i - o * inner), j1 = (int)(j0 + (hi - i) < inner ? j0 + (hi - i) : inner);      \
      for (int j = j0; j < j1; j += RED_CHUNK)                                                       \
        K##_##D##_cols(x + (o * red * inner + j), out + (o * inner + j), red, inner, red_min(RED_CHUNK, j1 - j), scratch); \
      i += j1 - j0;                                                                                  \
    }                                                                                                \
  }

DEFINE_REDUCE(sum, f32, float, 0.0f)
DEFINE_REDUCE(prod, f32, float, 1.0f)
DEFINE_REDUCE(max, f32, float, -INFINITY)
DEFINE_REDUCE(min, f32, float, INFINITY)
DEFINE_REDUCE(sum, f64, double, 0.0)
DEFINE_REDUCE(prod, f64, double, 1.0)
DEFINE_REDUCE(max, f64, double, -INFINITY)
DEFINE_REDUCE(min, f64, double, INFINITY)
DEFINE_REDUCE(sum, i32, int32_t, 0)
DEFINE_REDUCE(prod, i32, int32_t, 1)
DEFINE_REDUCE(max, i32, int32_t, 0)
DEFINE_REDUCE(min, i32, int32_t, 0)

// bool max and min (any and all; the primitive refuses an empty axis): one output at a time, rows
// in order, stopping at the first element that decides it.
#define DEFINE_REDUCE_BOOL(K, DECIDES)                                                               \
  EXPORT("tj_reduce_" #K "_bool")                                                                    \
  void tj_reduce_##K##_bool(const uint8_t* x, uint8_t* out, int outer, int red, int inner, int part, int parts, \
                            void* scratch) {                                                         \
    (void)scratch;                                                                                   \
    int64_t total = (int64_t)outer * inner, lo = total * part / parts, hi = total * (part + 1) / parts; \
    for (int64_t i = lo; i < hi; i++) {                                                              \
      const uint8_t* base = x + (i / inner) * red * inner + i % inner;                               \
      uint8_t acc = !(DECIDES);                                                                      \
      for (int r = 0; r < red; r++)                                                                  \
        if ((base[(int64_t)r * inner] != 0) == (DECIDES)) {                                          \
          acc = (DECIDES);                                                                           \
          break;                                                                                     \
        }                                                                                            \
      out[i] = acc;                                                                                  \
    }                                                                                                \
  }

DEFINE_REDUCE_BOOL(max, 1)
DEFINE_REDUCE_BOOL(min, 0)
