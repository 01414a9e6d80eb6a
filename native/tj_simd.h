/* Vectorized float32 exp/log/tanh/sigmoid/erf on WebAssembly SIMD128 (4 lanes), with scalar twins that give identical bits for loop tails. */
#ifndef TJ_SIMD_H
#define TJ_SIMD_H

/*
 * Every function comes twice: `tj_<fn>_f32x4(v128_t)` (needs -msimd128) and `tj_<fn>f_s(float)`.
 * Both run the same IEEE float32 operations in the same order (WASM has no FMA, so nothing is
 * contracted), so a kernel may process its body 4 lanes at a time and its tail one element at a
 * time and get bit-identical results. The scalar functions need no SIMD and also compile for the
 * host; there, build without -ffast-math, and with -ffp-contract=off where the target has FMA, to
 * get the same bits.
 *
 * Accuracy, measured over every float32 input (scalar versions on the host, which give the same
 * bits as the WASM SIMD and scalar versions): at most 1 ulp from the correctly rounded result for
 * all five functions; against the exact value at most 0.78 ulp (exp), 0.84 (log), 1.21 (tanh),
 * 1.17 (sigmoid), 1.47 (erf). test/native-math.test.ts checks this in WASM. Special values follow
 * C99 Annex F: exp overflows to +inf (x > 88.7228) and underflows through the denormals to +0
 * (x < -103.97); log(+-0) = -inf, log(x < 0) = NaN, log(+inf) = +inf, denormals are exact inputs;
 * tanh/erf reach +-1, keep the sign of zero and return tiny x unchanged (tanh) or 2x/sqrt(pi)
 * (erf); sigmoid(-inf) = 0, sigmoid(+inf) = 1, sigmoid of very negative x is exp(x) down through
 * the denormals; NaN gives NaN everywhere.
 *
 * The polynomial coefficients were fitted for this file (weighted discrete minimax of the relative
 * error, then rounded to float32).
 */

#include <stdint.h>
#include <string.h>

/* ---- constants ---------------------------------------------------------------------------- */

#define TJM_LOG2E 1.44269502e+00f
#define TJM_LN2_HI 6.93359375e-01f    /* 355/512: k * LN2_HI is exact for |k| < 2^15 */
#define TJM_LN2_LO -2.12194442e-04f   /* ln 2 - LN2_HI */
#define TJM_EXP_LO -104.0f            /* exp(-104) < 2^-150: rounds to +0 */
#define TJM_EXP_HI 89.0f              /* exp(89) > FLT_MAX: overflows to +inf */
/* 1.5 * 2^23: for an integer-valued float |kf| < 2^22, kf + M is exact and holds kf in its low
   mantissa bits, so bits(kf + M) - bits(M) is kf as an int32 without a float-to-int conversion
   (WASM's trunc_sat is several x86 instructions in V8, and x86's cvttps2dq a slow one). */
#define TJM_RINT_MAGIC 12582912.0f
#define TJM_RINT_MAGIC_BITS 0x4b400000

/* exp(r) = 1 + r + r^2 * P(r), |r| <= ln2/2: fit error 0.05 ulp */
#define TJM_EXP_P0 4.99999940e-01f
#define TJM_EXP_P1 1.66665211e-01f
#define TJM_EXP_P2 4.16683890e-02f
#define TJM_EXP_P3 8.36873520e-03f
#define TJM_EXP_P4 1.38145604e-03f

/* log(1+f) = f - f^2/2 + s (f^2/2 + R), s = f/(2+f), R = z (L1 + z (L2 + z L3)), z = s^2 */
#define TJM_LOG_L1 6.66667759e-01f
#define TJM_LOG_L2 3.99775684e-01f
#define TJM_LOG_L3 2.98710942e-01f
#define TJM_SQRT_HALF_BITS 0x3f3504f3 /* bits of sqrt(1/2): the mantissa is reduced to [sqrt(1/2), sqrt(2)) */

/* tanh(x) = x + x z P(z), z = x^2, |x| < 0.625; beyond, 1 - 2/(exp(2|x|) + 1) with a plain exp (tj_tanh_exp_s) */
#define TJM_TANH_SMALL 0.625f
#define TJM_TANH_EXP_HI 20.0f
#define TJM_TANH_P0 -3.33332807e-01f
#define TJM_TANH_P1 1.33314416e-01f
#define TJM_TANH_P2 -5.37397154e-02f
#define TJM_TANH_P3 2.06390880e-02f
#define TJM_TANH_P4 -5.70498733e-03f

/* erf(x) = x + x Q(x^2) for |x| < 1; 1 - exp(P(|x|)) for 1 <= |x| (P ~ log erfc, |x| clamped to 4) */
#define TJM_ERF_SMALL 1.0f
#define TJM_ERF_CLAMP 4.0f
#define TJM_ERF_Q0 1.28379166e-01f
#define TJM_ERF_Q1 -3.76126260e-01f
#define TJM_ERF_Q2 1.12835854e-01f
#define TJM_ERF_Q3 -2.68538129e-02f
#define TJM_ERF_Q4 5.18832775e-03f
#define TJM_ERF_Q5 -8.01019371e-04f
#define TJM_ERF_Q6 7.85386146e-05f
#define TJM_ERF_P0 -3.41523672e-04f
#define TJM_ERF_P1 -1.12708914e+00f
#define TJM_ERF_P2 -6.38144851e-01f
#define TJM_ERF_P3 -1.03106752e-01f
#define TJM_ERF_P4 2.18380615e-02f
#define TJM_ERF_P5 -2.94765783e-03f
#define TJM_ERF_P6 1.86379140e-04f

/* ---- scalar versions ---------------------------------------------------------------------- */

static inline uint32_t tj_f2u_s(float x) { uint32_t u; memcpy(&u, &x, sizeof u); return u; }
static inline float tj_u2f_s(uint32_t u) { float x; memcpy(&x, &u, sizeof x); return x; }

/* r^2 P(r), the polynomial part of exp(r) = 1 + r + r^2 P(r) (shared by exp and tanh's exp). */
static inline float tj_exp_poly_s(float r) {
  return (r * r) * (TJM_EXP_P0 + r * (TJM_EXP_P1 + r * (TJM_EXP_P2 + r * (TJM_EXP_P3 + r * TJM_EXP_P4))));
}

/* exp(x) = (p + plo) * s1 * s2: p + plo approximates exp(r) to about 0.2 ulp (r = x - k ln2 is kept
   as a two-float sum, 1 + r is compensated), and s1 * s2 = 2^k with both factors normal. */
typedef struct { float p, plo, s1, s2; } tj_expparts_s;

static inline tj_expparts_s tj_exp_parts_s(float x) {
  /* Clamp (a NaN becomes TJM_EXP_LO here: callers put it back). The lower bound is a bit select,
     not `?:`: GCC's loop vectorizer turns two `?:` clamps in a row into 9 vector instructions, this
     into 4 (the native tier vectorizes these scalar functions). */
  uint32_t above = 0u - (uint32_t)(TJM_EXP_LO < x);
  float xc = tj_u2f_s((tj_f2u_s(x) & above) | (tj_f2u_s(TJM_EXP_LO) & ~above));
  xc = xc < TJM_EXP_HI ? xc : TJM_EXP_HI;
  float kf = __builtin_rintf(xc * TJM_LOG2E);
  float d = xc - kf * TJM_LN2_HI; /* exact */
  float kl = kf * TJM_LN2_LO;
  float r = d - kl;
  float bb = r - d;
  float rl = (d - (r - bb)) - (kl + bb); /* r + rl == d - kl exactly (two-sum) */
  float q = tj_exp_poly_s(r);
  float s = 1.0f + r;
  float t = (((1.0f - s) + r) + rl) + q; /* (1 - s) + r is the exact rounding error of s */
  tj_expparts_s o;
  o.p = s + t;
  o.plo = (s - o.p) + t;
  /* 2^k as two normal factors so that k in [-150, 128] needs no special case: the first product
     is exact, the second rounds once (into the denormals, or to +inf). */
  int32_t k = (int32_t)(tj_f2u_s(kf + TJM_RINT_MAGIC) - (uint32_t)TJM_RINT_MAGIC_BITS); /* kf */
  int32_t k1 = k >> 1, k2 = k - k1;
  o.s1 = tj_u2f_s((uint32_t)(k1 + 127) << 23);
  o.s2 = tj_u2f_s((uint32_t)(k2 + 127) << 23);
  return o;
}

static inline float tj_expf_s(float x) {
  tj_expparts_s e = tj_exp_parts_s(x);
  float res = (e.p * e.s1) * e.s2;
  return x != x ? x : res;
}

static inline float tj_logf_s(float x) {
  int sub = x < 0x1p-126f; /* denormals (and 0, negatives: fixed below) are scaled by 2^23 */
  float xs = sub ? x * 0x1p23f : x;
  int32_t ix = (int32_t)(tj_f2u_s(xs) - (uint32_t)TJM_SQRT_HALF_BITS);
  int32_t e = (ix >> 23) - (sub ? 23 : 0);
  float m = tj_u2f_s(((uint32_t)ix & 0x007fffffu) + (uint32_t)TJM_SQRT_HALF_BITS);
  float f = m - 1.0f; /* exact */
  float s = f / (2.0f + f);
  float z = s * s;
  float R = z * (TJM_LOG_L1 + z * (TJM_LOG_L2 + z * TJM_LOG_L3));
  float hfsq = 0.5f * (f * f);
  float ef = (float)e;
  float res = ef * TJM_LN2_HI - ((hfsq - (s * (hfsq + R) + ef * TJM_LN2_LO)) - f);
  res = x == __builtin_inff() ? x : res;
  res = x < 0.0f ? __builtin_nanf("") : res;
  res = x == 0.0f ? -__builtin_inff() : res;
  return x != x ? x : res;
}

/* exp(y) for tanh's large branch, y = 2|x| >= 1.25: clamped to 20 (tanh(10) rounds to 1), one-word
   reduction, no compensation (tanh stays within 1 ulp: its error shrinks through 2/(e + 1)). A NaN
   stays NaN (the clamp keeps it; k is then 0). */
static inline float tj_tanh_exp_s(float y) {
  float yc = TJM_TANH_EXP_HI < y ? TJM_TANH_EXP_HI : y;
  float kf = __builtin_rintf(yc * TJM_LOG2E);
  float r = (yc - kf * TJM_LN2_HI) - kf * TJM_LN2_LO;
  float p = 1.0f + (r + tj_exp_poly_s(r));
  int32_t k = kf == kf ? (int32_t)kf : 0;
  return p * tj_u2f_s((uint32_t)(k + 127) << 23);
}

static inline float tj_tanhf_s(float x) {
  float ax = __builtin_fabsf(x);
  float z = ax * ax;
  float small = ax + ax * (z * (TJM_TANH_P0 + z * (TJM_TANH_P1 + z * (TJM_TANH_P2 + z * (TJM_TANH_P3 + z * TJM_TANH_P4)))));
  float e = tj_tanh_exp_s(ax + ax);
  float large = 1.0f - 2.0f / (e + 1.0f);
  float t = ax < TJM_TANH_SMALL ? small : large; /* NaN takes the large path and stays NaN */
  return __builtin_copysignf(t, x);
}

static inline float tj_sigmoidf_s(float x) {
  tj_expparts_s ep = tj_exp_parts_s(-__builtin_fabsf(x)); /* e = exp(-|x|) in [0, 1] as eh + el */
  float eh = (ep.p * ep.s1) * ep.s2;
  float el = (ep.plo * ep.s1) * ep.s2;
  int pos = x >= 0.0f;
  float num = pos ? 1.0f : eh; /* 1/(1+e) for x >= 0, e/(1+e) below */
  float den = 1.0f + eh;
  float c = ((1.0f - den) + eh) + el; /* den + c = 1 + e */
  float q = num / den;
  float inv = pos ? q : 1.0f - q; /* ~ 1/den */
  float nl = pos ? 0.0f : el;
  float res = q + (nl - q * c) * inv; /* (num + nl)/(den + c) to first order */
  return x != x ? x : res;
}

static inline float tj_erff_s(float x) {
  float ax = __builtin_fabsf(x);
  float z = ax * ax;
  float a = ax + ax * (TJM_ERF_Q0 + z * (TJM_ERF_Q1 + z * (TJM_ERF_Q2 + z * (TJM_ERF_Q3 + z * (TJM_ERF_Q4 + z * (TJM_ERF_Q5 + z * TJM_ERF_Q6))))));
  float xb = ax < TJM_ERF_CLAMP ? ax : TJM_ERF_CLAMP;
  float lc = TJM_ERF_P0 + xb * (TJM_ERF_P1 + xb * (TJM_ERF_P2 + xb * (TJM_ERF_P3 + xb * (TJM_ERF_P4 + xb * (TJM_ERF_P5 + xb * TJM_ERF_P6)))));
  float b = 1.0f - tj_expf_s(lc);
  float t = ax < TJM_ERF_SMALL ? a : b;
  float res = __builtin_copysignf(t, x);
  return x != x ? x : res;
}

/* ---- SIMD128 versions --------------------------------------------------------------------- */

/* On the host, native/host/wasm_simd128.h (included first) defines TJ_HOST_SIMD128. */
#if defined(__wasm_simd128__) || defined(TJ_HOST_SIMD128)
#include <wasm_simd128.h>

#define TJM_F(c) wasm_f32x4_splat(c)
#define TJM_I(c) wasm_i32x4_splat(c)
#define TJM_ADD wasm_f32x4_add
#define TJM_SUB wasm_f32x4_sub
#define TJM_MUL wasm_f32x4_mul

/* The vector twin of tj_exp_poly_s, the same operations in the same order. */
static inline v128_t tj_exp_poly_f32x4(v128_t r) {
  v128_t q = TJM_MUL(TJM_F(TJM_EXP_P4), r);
  q = TJM_MUL(TJM_ADD(TJM_F(TJM_EXP_P3), q), r);
  q = TJM_MUL(TJM_ADD(TJM_F(TJM_EXP_P2), q), r);
  q = TJM_MUL(TJM_ADD(TJM_F(TJM_EXP_P1), q), r);
  q = TJM_MUL(TJM_MUL(r, r), TJM_ADD(TJM_F(TJM_EXP_P0), q));
  return q;
}

typedef struct { v128_t p, plo, s1, s2; } tj_expparts_f32x4;

static inline tj_expparts_f32x4 tj_exp_parts_f32x4(v128_t x) {
  /* pmax(lo, x) = lo < x ? x : lo, pmin(hi, x) = x < hi ? x : hi: as in the scalar version */
  v128_t xc = wasm_f32x4_pmax(TJM_F(TJM_EXP_LO), x);
  xc = wasm_f32x4_pmin(TJM_F(TJM_EXP_HI), xc);
  v128_t kf = wasm_f32x4_nearest(TJM_MUL(xc, TJM_F(TJM_LOG2E)));
  v128_t d = TJM_SUB(xc, TJM_MUL(kf, TJM_F(TJM_LN2_HI)));
  v128_t kl = TJM_MUL(kf, TJM_F(TJM_LN2_LO));
  v128_t r = TJM_SUB(d, kl);
  v128_t bb = TJM_SUB(r, d);
  v128_t rl = TJM_SUB(TJM_SUB(d, TJM_SUB(r, bb)), TJM_ADD(kl, bb));
  v128_t q = tj_exp_poly_f32x4(r);
  v128_t s = TJM_ADD(TJM_F(1.0f), r);
  v128_t t = TJM_ADD(TJM_ADD(TJM_ADD(TJM_SUB(TJM_F(1.0f), s), r), rl), q);
  tj_expparts_f32x4 o;
  o.p = TJM_ADD(s, t);
  o.plo = TJM_ADD(TJM_SUB(s, o.p), t);
  v128_t k = wasm_i32x4_sub(TJM_ADD(kf, TJM_F(TJM_RINT_MAGIC)), TJM_I(TJM_RINT_MAGIC_BITS)); /* kf */
  v128_t k1 = wasm_i32x4_shr(k, 1);
  v128_t k2 = wasm_i32x4_sub(k, k1);
  o.s1 = wasm_i32x4_shl(wasm_i32x4_add(k1, TJM_I(127)), 23);
  o.s2 = wasm_i32x4_shl(wasm_i32x4_add(k2, TJM_I(127)), 23);
  return o;
}

static inline v128_t tj_exp_f32x4(v128_t x) {
  tj_expparts_f32x4 e = tj_exp_parts_f32x4(x);
  v128_t res = TJM_MUL(TJM_MUL(e.p, e.s1), e.s2);
  return wasm_v128_bitselect(x, res, wasm_f32x4_ne(x, x));
}

static inline v128_t tj_log_f32x4(v128_t x) {
  v128_t sub = wasm_f32x4_lt(x, TJM_F(0x1p-126f));
  v128_t xs = wasm_v128_bitselect(TJM_MUL(x, TJM_F(0x1p23f)), x, sub);
  v128_t ix = wasm_i32x4_sub(xs, TJM_I(TJM_SQRT_HALF_BITS));
  v128_t e = wasm_i32x4_sub(wasm_i32x4_shr(ix, 23), wasm_v128_and(sub, TJM_I(23)));
  v128_t m = wasm_i32x4_add(wasm_v128_and(ix, TJM_I(0x007fffff)), TJM_I(TJM_SQRT_HALF_BITS));
  v128_t f = TJM_SUB(m, TJM_F(1.0f));
  v128_t s = wasm_f32x4_div(f, TJM_ADD(TJM_F(2.0f), f));
  v128_t z = TJM_MUL(s, s);
  v128_t R = TJM_MUL(z, TJM_ADD(TJM_F(TJM_LOG_L1), TJM_MUL(z, TJM_ADD(TJM_F(TJM_LOG_L2), TJM_MUL(z, TJM_F(TJM_LOG_L3))))));
  v128_t hfsq = TJM_MUL(TJM_F(0.5f), TJM_MUL(f, f));
  v128_t ef = wasm_f32x4_convert_i32x4(e);
  v128_t inner = TJM_ADD(TJM_MUL(s, TJM_ADD(hfsq, R)), TJM_MUL(ef, TJM_F(TJM_LN2_LO)));
  v128_t res = TJM_SUB(TJM_MUL(ef, TJM_F(TJM_LN2_HI)), TJM_SUB(TJM_SUB(hfsq, inner), f));
  res = wasm_v128_bitselect(x, res, wasm_f32x4_eq(x, TJM_F(__builtin_inff())));
  res = wasm_v128_bitselect(TJM_F(__builtin_nanf("")), res, wasm_f32x4_lt(x, TJM_F(0.0f)));
  res = wasm_v128_bitselect(TJM_F(-__builtin_inff()), res, wasm_f32x4_eq(x, TJM_F(0.0f)));
  return wasm_v128_bitselect(x, res, wasm_f32x4_ne(x, x));
}

/* The vector twin of tj_tanh_exp_s: pmin(y, hi) = hi < y ? hi : y keeps a NaN, trunc_sat(NaN) = 0. */
static inline v128_t tj_tanh_exp_f32x4(v128_t y) {
  v128_t yc = wasm_f32x4_pmin(y, TJM_F(TJM_TANH_EXP_HI));
  v128_t kf = wasm_f32x4_nearest(TJM_MUL(yc, TJM_F(TJM_LOG2E)));
  v128_t r = TJM_SUB(TJM_SUB(yc, TJM_MUL(kf, TJM_F(TJM_LN2_HI))), TJM_MUL(kf, TJM_F(TJM_LN2_LO)));
  v128_t q = tj_exp_poly_f32x4(r);
  v128_t p = TJM_ADD(TJM_F(1.0f), TJM_ADD(r, q));
  v128_t k = wasm_i32x4_trunc_sat_f32x4(kf);
  return TJM_MUL(p, wasm_i32x4_shl(wasm_i32x4_add(k, TJM_I(127)), 23));
}

static inline v128_t tj_tanh_f32x4(v128_t x) {
  v128_t ax = wasm_f32x4_abs(x);
  v128_t z = TJM_MUL(ax, ax);
  v128_t p = TJM_MUL(TJM_F(TJM_TANH_P4), z);
  p = TJM_MUL(TJM_ADD(TJM_F(TJM_TANH_P3), p), z);
  p = TJM_MUL(TJM_ADD(TJM_F(TJM_TANH_P2), p), z);
  p = TJM_MUL(TJM_ADD(TJM_F(TJM_TANH_P1), p), z);
  p = TJM_MUL(z, TJM_ADD(TJM_F(TJM_TANH_P0), p));
  v128_t small = TJM_ADD(ax, TJM_MUL(ax, p));
  v128_t e = tj_tanh_exp_f32x4(TJM_ADD(ax, ax));
  v128_t large = TJM_SUB(TJM_F(1.0f), wasm_f32x4_div(TJM_F(2.0f), TJM_ADD(e, TJM_F(1.0f))));
  v128_t t = wasm_v128_bitselect(small, large, wasm_f32x4_lt(ax, TJM_F(TJM_TANH_SMALL)));
  return wasm_v128_bitselect(x, t, TJM_I((int32_t)0x80000000u)); /* copysign(t, x) */
}

static inline v128_t tj_sigmoid_f32x4(v128_t x) {
  tj_expparts_f32x4 ep = tj_exp_parts_f32x4(wasm_f32x4_neg(wasm_f32x4_abs(x)));
  v128_t eh = TJM_MUL(TJM_MUL(ep.p, ep.s1), ep.s2);
  v128_t el = TJM_MUL(TJM_MUL(ep.plo, ep.s1), ep.s2);
  v128_t pos = wasm_f32x4_ge(x, TJM_F(0.0f));
  v128_t num = wasm_v128_bitselect(TJM_F(1.0f), eh, pos);
  v128_t den = TJM_ADD(TJM_F(1.0f), eh);
  v128_t c = TJM_ADD(TJM_ADD(TJM_SUB(TJM_F(1.0f), den), eh), el);
  v128_t q = wasm_f32x4_div(num, den);
  v128_t inv = wasm_v128_bitselect(q, TJM_SUB(TJM_F(1.0f), q), pos);
  v128_t nl = wasm_v128_andnot(el, pos); /* pos ? 0 : el */
  v128_t res = TJM_ADD(q, TJM_MUL(TJM_SUB(nl, TJM_MUL(q, c)), inv));
  return wasm_v128_bitselect(x, res, wasm_f32x4_ne(x, x));
}

static inline v128_t tj_erf_f32x4(v128_t x) {
  v128_t ax = wasm_f32x4_abs(x);
  v128_t z = TJM_MUL(ax, ax);
  v128_t q = TJM_MUL(TJM_F(TJM_ERF_Q6), z);
  q = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_Q5), q), z);
  q = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_Q4), q), z);
  q = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_Q3), q), z);
  q = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_Q2), q), z);
  q = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_Q1), q), z);
  v128_t a = TJM_ADD(ax, TJM_MUL(ax, TJM_ADD(TJM_F(TJM_ERF_Q0), q)));
  v128_t xb = wasm_f32x4_pmin(TJM_F(TJM_ERF_CLAMP), ax); /* ax < 4 ? ax : 4 */
  v128_t l = TJM_MUL(TJM_F(TJM_ERF_P6), xb);
  l = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_P5), l), xb);
  l = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_P4), l), xb);
  l = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_P3), l), xb);
  l = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_P2), l), xb);
  l = TJM_MUL(TJM_ADD(TJM_F(TJM_ERF_P1), l), xb);
  l = TJM_ADD(TJM_F(TJM_ERF_P0), l);
  v128_t b = TJM_SUB(TJM_F(1.0f), tj_exp_f32x4(l));
  v128_t t = wasm_v128_bitselect(a, b, wasm_f32x4_lt(ax, TJM_F(TJM_ERF_SMALL)));
  v128_t res = wasm_v128_bitselect(x, t, TJM_I((int32_t)0x80000000u));
  return wasm_v128_bitselect(x, res, wasm_f32x4_ne(x, x));
}

#undef TJM_F
#undef TJM_I
#undef TJM_ADD
#undef TJM_SUB
#undef TJM_MUL
#endif /* __wasm_simd128__ || TJ_HOST_SIMD128 */

#endif /* TJ_SIMD_H */
