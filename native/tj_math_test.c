/* Test harness for tj_simd.h: apply_<fn> runs 4 lanes at a time with the SIMD128 function and the tail with its scalar twin. */
#include <stdlib.h>
#include "tj_scalar.h" /* included together to check that the two headers coexist */
#include "tj_simd.h"

#define TJ_EXPORT(name) __attribute__((export_name(name), used))

TJ_EXPORT("alloc_f32") float *alloc_f32(int n) { return (float *)malloc((size_t)(n > 0 ? n : 1) * sizeof(float)); }
TJ_EXPORT("free_f32") void free_f32(float *p) { free(p); }

/* apply_<fn>: vector body + scalar tail; apply_<fn>_scalar: scalar only (for the lane/tail check). */
#define TJ_APPLY(fn, vec, sca)                                                          \
  TJ_EXPORT("apply_" #fn) void apply_##fn(const float *in, float *out, int n) {         \
    int i = 0;                                                                          \
    for (; i + 4 <= n; i += 4) wasm_v128_store(out + i, vec(wasm_v128_load(in + i)));   \
    for (; i < n; i++) out[i] = sca(in[i]);                                             \
  }                                                                                     \
  TJ_EXPORT("apply_" #fn "_scalar") void apply_##fn##_scalar(const float *in, float *out, int n) { \
    for (int i = 0; i < n; i++) out[i] = sca(in[i]);                                    \
  }

TJ_APPLY(exp, tj_exp_f32x4, tj_expf_s)
TJ_APPLY(log, tj_log_f32x4, tj_logf_s)
TJ_APPLY(tanh, tj_tanh_f32x4, tj_tanhf_s)
TJ_APPLY(sigmoid, tj_sigmoid_f32x4, tj_sigmoidf_s)
TJ_APPLY(erf, tj_erf_f32x4, tj_erff_s)
