/* WebAssembly SIMD128 intrinsics for host compilers (GCC >= 9, Clang), with WASM's exact lane semantics, so that native/ kernels build for any 64-bit CPU. */
#ifndef TJ_HOST_WASM_SIMD128_H
#define TJ_HOST_WASM_SIMD128_H

/*
 * Each function does what the WebAssembly instruction of its name does, lane by lane, in GCC/Clang
 * generic vectors, which the compiler maps to SSE/AVX or NEON. Bits equal WASM's for every input
 * (NaN results: some NaN, as WASM allows) when the code is built without -ffast-math and with
 * -ffp-contract=off (else products and sums may fuse into FMAs, which WASM never does).
 */

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#ifndef TJ_HOST_SIMD128
#define TJ_HOST_SIMD128 1
#endif

typedef int32_t v128_t __attribute__((__vector_size__(16), __aligned__(16)));

typedef int32_t tjv_i32x4 __attribute__((__vector_size__(16), __aligned__(16)));
typedef uint32_t tjv_u32x4 __attribute__((__vector_size__(16), __aligned__(16)));
typedef int64_t tjv_i64x2 __attribute__((__vector_size__(16), __aligned__(16)));
typedef uint64_t tjv_u64x2 __attribute__((__vector_size__(16), __aligned__(16)));
typedef float tjv_f32x4 __attribute__((__vector_size__(16), __aligned__(16)));
typedef double tjv_f64x2 __attribute__((__vector_size__(16), __aligned__(16)));

#define TJV_FN static inline __attribute__((__always_inline__))

#if defined(__clang__) || __GNUC__ >= 12
#define TJV_SHUFFLE(T, a, b, ...) ((v128_t)__builtin_shufflevector((T)(a), (T)(b), __VA_ARGS__))
#else
#define TJV_SHUFFLE(T, a, b, ...) ((v128_t)__builtin_shuffle((T)(a), (T)(b), (T){__VA_ARGS__}))
#endif

/* ---- memory: any alignment ------------------------------------------------------------------ */

TJV_FN v128_t wasm_v128_load(const void* mem) { v128_t v; memcpy(&v, mem, sizeof v); return v; }
TJV_FN void wasm_v128_store(void* mem, v128_t a) { memcpy(mem, &a, sizeof a); }
/* The splats load a float/double (a bitwise move on 64-bit targets: NaN payloads kept) so that the
   compiler broadcasts from memory in the FP domain (vbroadcastss, ld1r) instead of movd + pshufd. */
TJV_FN v128_t wasm_v128_load32_splat(const void* mem) {
  float x; memcpy(&x, mem, sizeof x);
  return (v128_t)(tjv_f32x4){x, x, x, x};
}
TJV_FN v128_t wasm_v128_load64_splat(const void* mem) {
  double x; memcpy(&x, mem, sizeof x);
  return (v128_t)(tjv_f64x2){x, x};
}

/* ---- construction and lanes ----------------------------------------------------------------- */

TJV_FN v128_t wasm_i32x4_make(int32_t c0, int32_t c1, int32_t c2, int32_t c3) { return (v128_t)(tjv_i32x4){c0, c1, c2, c3}; }
TJV_FN v128_t wasm_f32x4_make(float c0, float c1, float c2, float c3) { return (v128_t)(tjv_f32x4){c0, c1, c2, c3}; }
TJV_FN v128_t wasm_f64x2_make(double c0, double c1) { return (v128_t)(tjv_f64x2){c0, c1}; }
TJV_FN v128_t wasm_i32x4_splat(int32_t a) { return (v128_t)(tjv_i32x4){a, a, a, a}; }
TJV_FN v128_t wasm_f32x4_splat(float a) { return (v128_t)(tjv_f32x4){a, a, a, a}; }
TJV_FN v128_t wasm_f64x2_splat(double a) { return (v128_t)(tjv_f64x2){a, a}; }
TJV_FN int32_t wasm_i32x4_extract_lane(v128_t a, int i) { return ((tjv_i32x4)a)[i & 3]; }
TJV_FN float wasm_f32x4_extract_lane(v128_t a, int i) { return ((tjv_f32x4)a)[i & 3]; }
TJV_FN double wasm_f64x2_extract_lane(v128_t a, int i) { return ((tjv_f64x2)a)[i & 1]; }

/* Lane indices 0..3 (0..1) pick from a, 4..7 (2..3) from b; they must be constants, as in WASM. */
#define wasm_i32x4_shuffle(a, b, c0, c1, c2, c3) TJV_SHUFFLE(tjv_i32x4, a, b, c0, c1, c2, c3)
#define wasm_i64x2_shuffle(a, b, c0, c1) TJV_SHUFFLE(tjv_i64x2, a, b, c0, c1)

/* ---- bitwise -------------------------------------------------------------------------------- */

TJV_FN v128_t wasm_v128_not(v128_t a) { return ~a; }
TJV_FN v128_t wasm_v128_and(v128_t a, v128_t b) { return a & b; }
TJV_FN v128_t wasm_v128_or(v128_t a, v128_t b) { return a | b; }
TJV_FN v128_t wasm_v128_xor(v128_t a, v128_t b) { return a ^ b; }
TJV_FN v128_t wasm_v128_andnot(v128_t a, v128_t b) { return a & ~b; }
/* Bits of a where mask is 1, of b where it is 0. */
TJV_FN v128_t wasm_v128_bitselect(v128_t a, v128_t b, v128_t mask) { return (a & mask) | (b & ~mask); }
TJV_FN bool wasm_v128_any_true(v128_t a) {
  tjv_u64x2 u = (tjv_u64x2)a;
  return (u[0] | u[1]) != 0;
}

/* ---- int32 lanes: wrapping arithmetic, shift counts taken mod 32 ------------------------------ */

TJV_FN v128_t wasm_i32x4_add(v128_t a, v128_t b) { return (v128_t)((tjv_u32x4)a + (tjv_u32x4)b); }
TJV_FN v128_t wasm_i32x4_sub(v128_t a, v128_t b) { return (v128_t)((tjv_u32x4)a - (tjv_u32x4)b); }
TJV_FN v128_t wasm_i32x4_mul(v128_t a, v128_t b) { return (v128_t)((tjv_u32x4)a * (tjv_u32x4)b); }
TJV_FN v128_t wasm_i32x4_neg(v128_t a) { return (v128_t)(-(tjv_u32x4)a); }
TJV_FN v128_t wasm_i32x4_shl(v128_t a, uint32_t n) { return (v128_t)((tjv_u32x4)a << (n & 31)); }
TJV_FN v128_t wasm_i32x4_shr(v128_t a, uint32_t n) { return (tjv_i32x4)a >> (n & 31); } /* arithmetic */
TJV_FN v128_t wasm_u32x4_shr(v128_t a, uint32_t n) { return (v128_t)((tjv_u32x4)a >> (n & 31)); }
TJV_FN v128_t wasm_i32x4_eq(v128_t a, v128_t b) { return (v128_t)((tjv_i32x4)a == (tjv_i32x4)b); }
TJV_FN v128_t wasm_i32x4_ne(v128_t a, v128_t b) { return (v128_t)((tjv_i32x4)a != (tjv_i32x4)b); }
TJV_FN v128_t wasm_i32x4_lt(v128_t a, v128_t b) { return (v128_t)((tjv_i32x4)a < (tjv_i32x4)b); }
TJV_FN v128_t wasm_i32x4_gt(v128_t a, v128_t b) { return (v128_t)((tjv_i32x4)a > (tjv_i32x4)b); }
TJV_FN v128_t wasm_i32x4_le(v128_t a, v128_t b) { return (v128_t)((tjv_i32x4)a <= (tjv_i32x4)b); }
TJV_FN v128_t wasm_i32x4_ge(v128_t a, v128_t b) { return (v128_t)((tjv_i32x4)a >= (tjv_i32x4)b); }
TJV_FN v128_t wasm_i32x4_min(v128_t a, v128_t b) { return wasm_v128_bitselect(a, b, wasm_i32x4_lt(a, b)); }
TJV_FN v128_t wasm_i32x4_max(v128_t a, v128_t b) { return wasm_v128_bitselect(a, b, wasm_i32x4_gt(a, b)); }

/* ---- float comparisons: all-ones lanes where true; ne is true for NaN, the others false ------- */

#define TJV_CMP(S, V, NAME, OP) \
  TJV_FN v128_t wasm_##S##_##NAME(v128_t a, v128_t b) { return (v128_t)((V)a OP (V)b); }
TJV_CMP(f32x4, tjv_f32x4, eq, ==)
TJV_CMP(f32x4, tjv_f32x4, ne, !=)
TJV_CMP(f32x4, tjv_f32x4, lt, <)
TJV_CMP(f32x4, tjv_f32x4, gt, >)
TJV_CMP(f32x4, tjv_f32x4, le, <=)
TJV_CMP(f32x4, tjv_f32x4, ge, >=)
TJV_CMP(f64x2, tjv_f64x2, eq, ==)
TJV_CMP(f64x2, tjv_f64x2, ne, !=)
TJV_CMP(f64x2, tjv_f64x2, lt, <)
TJV_CMP(f64x2, tjv_f64x2, gt, >)
TJV_CMP(f64x2, tjv_f64x2, le, <=)
TJV_CMP(f64x2, tjv_f64x2, ge, >=)
#undef TJV_CMP

/* ---- float arithmetic: one IEEE operation per lane, rounded to nearest ------------------------ */

#define TJV_ARITH(S, V)                                                                                 \
  TJV_FN v128_t wasm_##S##_add(v128_t a, v128_t b) { return (v128_t)((V)a + (V)b); }                      \
  TJV_FN v128_t wasm_##S##_sub(v128_t a, v128_t b) { return (v128_t)((V)a - (V)b); }                      \
  TJV_FN v128_t wasm_##S##_mul(v128_t a, v128_t b) { return (v128_t)((V)a * (V)b); }                      \
  TJV_FN v128_t wasm_##S##_div(v128_t a, v128_t b) { return (v128_t)((V)a / (V)b); }                      \
  /* pmin(a, b) = b < a ? b : a, pmax(a, b) = a < b ? b : a: a NaN or the sign of zero picks nothing. */ \
  TJV_FN v128_t wasm_##S##_pmin(v128_t a, v128_t b) { return wasm_v128_bitselect(b, a, wasm_##S##_lt(b, a)); } \
  TJV_FN v128_t wasm_##S##_pmax(v128_t a, v128_t b) { return wasm_v128_bitselect(b, a, wasm_##S##_lt(a, b)); } \
  /* min/max: NaN if either lane is NaN, and -0 below +0 (the sign bits of equal lanes OR / AND). */  \
  TJV_FN v128_t wasm_##S##_min(v128_t a, v128_t b) {                                                     \
    v128_t r = wasm_v128_bitselect(a | b, wasm_##S##_pmin(a, b), wasm_##S##_eq(a, b));                   \
    return wasm_v128_bitselect(wasm_##S##_add(a, b), r, wasm_##S##_ne(a, a) | wasm_##S##_ne(b, b));     \
  }                                                                                                       \
  TJV_FN v128_t wasm_##S##_max(v128_t a, v128_t b) {                                                     \
    v128_t r = wasm_v128_bitselect(a & b, wasm_##S##_pmax(a, b), wasm_##S##_eq(a, b));                   \
    return wasm_v128_bitselect(wasm_##S##_add(a, b), r, wasm_##S##_ne(a, a) | wasm_##S##_ne(b, b));     \
  }
TJV_ARITH(f32x4, tjv_f32x4)
TJV_ARITH(f64x2, tjv_f64x2)
#undef TJV_ARITH

/* Sign-bit operations, NaN lanes included. */
TJV_FN v128_t wasm_f32x4_abs(v128_t a) { return a & wasm_i32x4_splat(0x7fffffff); }
TJV_FN v128_t wasm_f32x4_neg(v128_t a) { return a ^ wasm_i32x4_splat(INT32_MIN); }
TJV_FN v128_t wasm_f64x2_abs(v128_t a) { return (v128_t)((tjv_u64x2)a & (tjv_u64x2){~(1ull << 63), ~(1ull << 63)}); }
TJV_FN v128_t wasm_f64x2_neg(v128_t a) { return (v128_t)((tjv_u64x2)a ^ (tjv_u64x2){1ull << 63, 1ull << 63}); }

/* Per-lane libm builtins, inlined as single instructions (roundps, sqrtps, frintn, ...) without
   errno (-fno-math-errno); nearest rounds half to even (the default rounding mode, which WASM fixes). */
#define TJV_F32_MAP(NAME, FN)                                                                            \
  TJV_FN v128_t wasm_f32x4_##NAME(v128_t a) {                                                            \
    tjv_f32x4 f = (tjv_f32x4)a;                                                                          \
    return (v128_t)(tjv_f32x4){FN(f[0]), FN(f[1]), FN(f[2]), FN(f[3])};                                  \
  }
#define TJV_F64_MAP(NAME, FN)                                                                            \
  TJV_FN v128_t wasm_f64x2_##NAME(v128_t a) {                                                            \
    tjv_f64x2 f = (tjv_f64x2)a;                                                                          \
    return (v128_t)(tjv_f64x2){FN(f[0]), FN(f[1])};                                                      \
  }
TJV_F32_MAP(sqrt, __builtin_sqrtf)
TJV_F32_MAP(ceil, __builtin_ceilf)
TJV_F32_MAP(floor, __builtin_floorf)
TJV_F32_MAP(trunc, __builtin_truncf)
TJV_F32_MAP(nearest, __builtin_rintf)
TJV_F64_MAP(sqrt, __builtin_sqrt)
TJV_F64_MAP(ceil, __builtin_ceil)
TJV_F64_MAP(floor, __builtin_floor)
TJV_F64_MAP(trunc, __builtin_trunc)
TJV_F64_MAP(nearest, __builtin_rint)
#undef TJV_F32_MAP
#undef TJV_F64_MAP

/* ---- conversions ---------------------------------------------------------------------------- */

TJV_FN v128_t wasm_f32x4_convert_i32x4(v128_t a) { return (v128_t)__builtin_convertvector((tjv_i32x4)a, tjv_f32x4); }
TJV_FN v128_t wasm_f32x4_convert_u32x4(v128_t a) { return (v128_t)__builtin_convertvector((tjv_u32x4)a, tjv_f32x4); }

/* Truncation toward zero, saturating to [INT32_MIN, INT32_MAX]; NaN gives 0. In-range lanes are
   converted, the others start from 0 (a C conversion out of range is undefined). */
TJV_FN v128_t wasm_i32x4_trunc_sat_f32x4(v128_t a) {
  tjv_f32x4 f = (tjv_f32x4)a;
  v128_t in = (v128_t)(f >= -0x1p31f) & (v128_t)(f < 0x1p31f);
  v128_t r = (v128_t)__builtin_convertvector((tjv_f32x4)((v128_t)f & in), tjv_i32x4);
  r = wasm_v128_bitselect(wasm_i32x4_splat(INT32_MAX), r, (v128_t)(f >= 0x1p31f));
  return wasm_v128_bitselect(wasm_i32x4_splat(INT32_MIN), r, (v128_t)(f < -0x1p31f));
}

/* Lanes 0 and 1 rounded to float32, lanes 2 and 3 zero. */
TJV_FN v128_t wasm_f32x4_demote_f64x2_zero(v128_t a) {
  tjv_f64x2 d = (tjv_f64x2)a;
  return (v128_t)(tjv_f32x4){(float)d[0], (float)d[1], 0.0f, 0.0f};
}
/* Lanes 0 and 1 widened to float64 (exact). */
TJV_FN v128_t wasm_f64x2_promote_low_f32x4(v128_t a) {
  tjv_f32x4 f = (tjv_f32x4)a;
  return (v128_t)(tjv_f64x2){(double)f[0], (double)f[1]};
}

#endif /* TJ_HOST_WASM_SIMD128_H */
