/* Eager entries of the native kernel library: each kernel of native/ run as shares over OpenMP threads in one call. */
#include "tj_host.h"

/* With a BLAS, each share calls it single-threaded (runtime/native/kernels.ts tells it so): one thread pool, never two
   competing for the cores. */

#define TJ_PAR_MATMUL(S, T)                                                                              \
  __attribute__((visibility("default"))) void tj_par_matmul_##S(                                         \
      const T* a, const T* b, T* c, int batch, int m, int k, int n, int sa, int sb, int trans,          \
      int threads, uint8_t* scratch, int scratch_bytes) {                                                \
    TJ_SHARE(threads, scratch, scratch_bytes,                                        \
             tj_matmul_##S(a, b, c, batch, m, k, n, sa, sb, trans, part, parts, sc));                    \
  }
TJ_PAR_MATMUL(f32, float)
TJ_PAR_MATMUL(f64, double)

#define TJ_CONV_PARAMS                                                                                   \
  int n, int c, int h, int w, int o, int kh, int kw, int oh, int ow, int sh, int sw, int pt, int pl, int dh, \
      int dw, int groups
#define TJ_CONV_ARGS n, c, h, w, o, kh, kw, oh, ow, sh, sw, pt, pl, dh, dw, groups
#define TJ_PAR_CONV(S, T)                                                                                \
  __attribute__((visibility("default"))) void tj_par_conv2d_##S(const T* x, const T* wt, T* out,         \
                                                                 TJ_CONV_PARAMS, int threads,             \
                                                                 uint8_t* scratch, int scratch_bytes) {   \
    TJ_SHARE(threads, scratch, scratch_bytes,                                        \
             tj_conv2d_##S(x, wt, out, TJ_CONV_ARGS, part, parts, sc));                                  \
  }
TJ_PAR_CONV(f32, float)
TJ_PAR_CONV(f64, double)

#define TJ_POOL_PARAMS int n, int c, int h, int w, int kh, int kw, int oh, int ow, int sh, int sw, int pt, int pl
#define TJ_POOL_ARGS n, c, h, w, kh, kw, oh, ow, sh, sw, pt, pl
#define TJ_PAR_POOL(NAME, T)                                                                             \
  __attribute__((visibility("default"))) void tj_par_##NAME(const T* x, T* out, TJ_POOL_PARAMS,          \
                                                             int threads) {                               \
    TJ_SHARE(threads, (uint8_t*)0, 0, tj_##NAME(x, out, TJ_POOL_ARGS, part, parts, 0));                  \
  }
TJ_PAR_POOL(maxpool2d_f32, float)
TJ_PAR_POOL(maxpool2d_f64, double)
TJ_PAR_POOL(maxpool2d_i32, int32_t)
TJ_PAR_POOL(avgpool2d_f32, float)
TJ_PAR_POOL(avgpool2d_f64, double)

#define TJ_PAR_POOL_GRAD(S, T)                                                                           \
  __attribute__((visibility("default"))) void tj_par_maxpool2d_grad_##S(const T* x, const T* ct, T* dx,  \
                                                                         TJ_POOL_PARAMS, int threads) {   \
    TJ_SHARE(threads, (uint8_t*)0, 0, tj_maxpool2d_grad_##S(x, ct, dx, TJ_POOL_ARGS, part, parts, 0));   \
  }
TJ_PAR_POOL_GRAD(f32, float)
TJ_PAR_POOL_GRAD(f64, double)

/* Draws, shared as a compiled step's are (tj_shares): `work_ns` is the caller's estimate on one thread. */
#define TJ_PAR_RANDOM(NAME, T)                                                                           \
  __attribute__((visibility("default"))) void tj_par_##NAME(const int32_t* state, T* out, int n, int threads, \
                                                             double work_ns) {                            \
    TJ_SHARE(tj_shares(threads, work_ns), (uint8_t*)0, 0, tj_##NAME(state, out, n, part, parts, 0));      \
  }
TJ_PAR_RANDOM(uniform_f32, float)
TJ_PAR_RANDOM(uniform_f64, double)
TJ_PAR_RANDOM(normal_f32, float)
TJ_PAR_RANDOM(normal_f64, double)
