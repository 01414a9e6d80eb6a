/* Scalar helpers named by the primitive table's C expressions (runtime/primitives/elementwise.ts). */
#ifndef TJ_SCALAR_H
#define TJ_SCALAR_H

/* The CUDA dialect (jit/render/c-cuda.ts) inlines this file after defining TJ_SCALAR_FN as
   `__device__ __forceinline__`; NVRTC has no system headers (CUDA's math functions are built in). */
#ifndef TJ_SCALAR_FN
#define TJ_SCALAR_FN static inline
#endif
#ifndef __CUDACC_RTC__
#include <math.h>
#include <stdint.h>
#endif

TJ_SCALAR_FN float tj_sigmoidf(float x) {
  if (x >= 0.0f) return 1.0f / (1.0f + expf(-x));
  float e = expf(x);
  return e / (1.0f + e);
}
TJ_SCALAR_FN double tj_sigmoid(double x) {
  if (x >= 0.0) return 1.0 / (1.0 + exp(-x));
  double e = exp(x);
  return e / (1.0 + e);
}

/* maximum/minimum propagate NaN from either side, as NumPy's do (fmaxf would drop it). */
TJ_SCALAR_FN float tj_fmaxf(float a, float b) { return (a > b || a != a) ? a : b; }
TJ_SCALAR_FN double tj_fmax(double a, double b) { return (a > b || a != a) ? a : b; }
TJ_SCALAR_FN float tj_fminf(float a, float b) { return (a < b || a != a) ? a : b; }
TJ_SCALAR_FN double tj_fmin(double a, double b) { return (a < b || a != a) ? a : b; }

/* Floored modulo: the result takes the divisor's sign. */
TJ_SCALAR_FN float tj_fmodf(float a, float b) {
  float r = fmodf(a, b);
  return (r != 0.0f && ((r < 0.0f) != (b < 0.0f))) ? r + b : r;
}
TJ_SCALAR_FN double tj_fmod(double a, double b) {
  double r = fmod(a, b);
  return (r != 0.0 && ((r < 0.0) != (b < 0.0))) ? r + b : r;
}
TJ_SCALAR_FN int32_t tj_imod(int32_t a, int32_t b) {
  if (b == 0) return 0;
  if (b == -1) return 0; /* INT32_MIN % -1 traps in C */
  int32_t r = a % b;
  return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r;
}

/* Integer power with int32 wrap-around; negative exponents truncate toward zero. */
TJ_SCALAR_FN int32_t tj_ipow(int32_t a, int32_t b) {
  if (b < 0) return a == 1 ? 1 : a == -1 ? ((b & 1) ? -1 : 1) : 0;
  uint32_t result = 1, base = (uint32_t)a;
  uint32_t e = (uint32_t)b;
  while (e > 0) {
    if (e & 1u) result *= base;
    base *= base;
    e >>= 1;
  }
  return (int32_t)result;
}

/* Float to int32 as the JS kernels do it: truncate, wrap modulo 2^32, NaN and infinities give 0. */
TJ_SCALAR_FN int32_t tj_f2i(double x) {
  if (!(x - x == 0.0)) return 0; /* not finite (isfinite is a macro of math.h, which NVRTC lacks) */
  double t = fmod(trunc(x), 4294967296.0);
  return (int32_t)(uint32_t)(int64_t)t;
}

#endif
