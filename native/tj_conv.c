// Hand-written 2-D convolution (im2col + the packed SIMD128 gemm of tj_matmul.c) and 2-D max/average
// pooling on NCHW tensors, for the WASM tier and eager conv2d.
//
// Exports (CONV = int n, int c, int h, int w, int o, int kh, int kw, int oh, int ow, int stride_h,
// int stride_w, int pad_top, int pad_left, int dil_h, int dil_w, int groups;
// POOL = int n, int c, int h, int w, int kh, int kw, int oh, int ow, int stride_h, int stride_w,
// int pad_top, int pad_left)
//   int  tj_conv2d_f32_scratch_bytes(CONV)            int tj_conv2d_f64_scratch_bytes(CONV)
//   void tj_conv2d_f32(const float* x, const float* w, float* out, CONV, int part, int parts, void* scratch)
//   void tj_conv2d_f64(const double* x, const double* w, double* out, CONV, int part, int parts, void* scratch)
//   void tj_maxpool2d_{f32,f64,i32}(const T* x, T* out, POOL, int part, int parts, void* scratch)
//   void tj_avgpool2d_{f32,f64}(const T* x, T* out, POOL, int part, int parts, void* scratch)
//   void tj_maxpool2d_grad_{f32,f64}(const T* x, const T* ct, T* dx, POOL, int part, int parts, void* scratch)
//
// The geometry is runtime/kernels/conv.ts's Conv2dGeometry / Pool2dGeometry: x is [n, c, h, w],
// the weights [o, c/groups, kh, kw], out [n, o, oh, ow] (pooling: [n, c, oh, ow]); output position
// (oy, ox) with kernel tap (ki, kj) reads input (oy*stride_h - pad_top + ki*dil_h, ox*stride_w -
// pad_left + kj*dil_w); positions outside the input read as zero (conv, avg pool) or never win (max
// pool), so any bottom/right padding is implied by oh and ow. c and o must be multiples of groups.
// Results match the JS kernels: conv within float rounding (its sums run in a different order),
// pooling exactly: max pooling propagates NaN and returns -inf (int32: 0) for a window that lies
// wholly in the padding; avg pooling sums in double over the clipped window and divides by kh*kw
// (padding counts as zeros, PyTorch's count_include_pad).
//
// Shares (the calling convention of native/): a call does the part-th of `parts` shares, each
// writing its own part of out: conv splits over images, or, with fewer images than shares, over
// bands of output channels of every image; pooling splits over output rows. Inputs must not overlap
// out.
//
// Scratch: conv needs tj_conv2d_*_scratch_bytes(CONV) bytes per share (any alignment; none of x, w,
// out): the im2col matrix of one image (c*kh*kw × oh*ow; none for 1×1, stride-1, unpadded convs,
// which read the image itself) plus tj_matmul.c's packing buffers. Pooling takes no scratch (pass
// anything). Like tj_matmul.c: no static data, no malloc.
//
// This file is not a translation unit of its own: runtime/wasm/native.ts concatenates it after
// tj_matmul.c, whose static gemm, packing and alignment helpers it calls.
#include <math.h>
#include <stdint.h>
#include <wasm_simd128.h>

#include "tj_export.h"

// First t in [0, count) with 0 <= start + t*step (step > 0).
static inline int range_lo(int start, int step, int count) {
  if (start >= 0) return 0;
  return min_int(step == 1 ? -start : (-start + step - 1) / step, count); // no division for stride 1
}

// One past the last t in [lo, count) with start + t*step < limit.
static inline int range_hi(int start, int step, int limit, int count, int lo) {
  int end = start >= limit ? 0 : step == 1 ? limit - start : (limit - start + step - 1) / step;
  return min_int(max_int(end, lo), count);
}

static inline int conv_is_direct(int h, int w, int kh, int kw, int oh, int ow, int sh, int sw, int pt, int pl) {
  return kh == 1 && kw == 1 && sh == 1 && sw == 1 && pt == 0 && pl == 0 && oh == h && ow == w;
}

// Bytes of one share's scratch: the im2col matrix, then the gemm's packed A block, B panel and
// edge tile, each aligned up to ALIGN. -1 when it would not fit in an int.
static int conv_scratch_bytes(int es, int a_elems, int b_elems, int tile_elems, int c, int h, int w, int kh, int kw,
                              int oh, int ow, int sh, int sw, int pt, int pl) {
  int64_t col = conv_is_direct(h, w, kh, kw, oh, ow, sh, sw, pt, pl) ? 0 : (int64_t)c * kh * kw * oh * ow;
  int64_t bytes = (col + a_elems + b_elems + tile_elems) * es + 5 * ALIGN;
  return bytes > 0x7fffffff ? -1 : (int)bytes;
}

// The element-type-specific parts, written once as macros: T is the C type, S the tj_matmul.c
// prefix (f32/f64), U its constants' prefix (F32/F64).

// Unfolds channels [c0, c1) of one image x [c, h, w] into their rows of col [c*kh*kw, oh*ow]: row
// (ch, ki, kj) holds, for every output position, the input element that tap meets (zero in padding):
// output rows [ylo, yhi) × columns [xlo, xhi) read the input, the rest is padding.
#define DEFINE_IM2COL(T, S)                                                                          \
  static void S##_im2col(const T* x, T* col, int c0, int c1, int h, int w, int kh, int kw, int oh, int ow, \
                         int sh, int sw, int pt, int pl, int dh, int dw) {                          \
    intptr_t plane = (intptr_t)oh * ow;                                                              \
    T* row = col + (intptr_t)c0 * kh * kw * plane;                                                   \
    for (int ch = c0; ch < c1; ch++) {                                                               \
      const T* xc = x + (intptr_t)ch * h * w;                                                        \
      for (int ki = 0; ki < kh; ki++) {                                                              \
        int y0 = ki * dh - pt, ylo = range_lo(y0, sh, oh), yhi = range_hi(y0, sh, h, oh, ylo);      \
        for (int kj = 0; kj < kw; kj++, row += plane) {                                              \
          int x0 = kj * dw - pl, xlo = range_lo(x0, sw, ow), xhi = range_hi(x0, sw, w, ow, xlo);    \
          for (intptr_t i = 0; i < (intptr_t)ylo * ow; i++) row[i] = 0;                              \
          for (intptr_t i = (intptr_t)yhi * ow; i < plane; i++) row[i] = 0;                          \
          if (xlo > 0 || xhi < ow)                                                                   \
            for (int oy = ylo; oy < yhi; oy++) {                                                     \
              T* r = row + (intptr_t)oy * ow;                                                        \
              for (int ox = 0; ox < xlo; ox++) r[ox] = 0;                                            \
              for (int ox = xhi; ox < ow; ox++) r[ox] = 0;                                           \
            }                                                                                        \
          if (xlo >= xhi) continue;                                                                  \
          T* dst = row + (intptr_t)ylo * ow + xlo;                                                   \
          const T* src = xc + (intptr_t)(y0 + ylo * sh) * w + x0 + (intptr_t)xlo * sw;               \
          for (int oy = ylo; oy < yhi; oy++, dst += ow, src += (intptr_t)sh * w) {                   \
            if (sw == 1) for (int i = 0; i < xhi - xlo; i++) dst[i] = src[i]; /* vectorized */       \
            else for (int i = 0; i < xhi - xlo; i++) dst[i] = src[(intptr_t)i * sw];                 \
          }                                                                                          \
        }                                                                                            \
      }                                                                                              \
    }                                                                                                \
  }

// Per image: im2col (or the image itself), then per group out[g] = W[g] · col[g] by S##_gemm, for
// the share's images and output channels [o0, o1).
#define DEFINE_CONV(T, S, U)                                                                         \
  EXPORT("tj_conv2d_" #S "_scratch_bytes")                                                           \
  int tj_conv2d_##S##_scratch_bytes(int n, int c, int h, int w, int o, int kh, int kw, int oh, int ow, int sh, int sw, \
                                    int pt, int pl, int dh, int dw, int groups) {                   \
    (void)n; (void)o; (void)dh; (void)dw;                                                            \
    int rows = c / max_int(groups, 1) * kh * kw;                                                     \
    return conv_scratch_bytes(sizeof(T), U##_A_ELEMS, S##_b_elems(rows, oh * ow), U##_MR * U##_NR, c, h, w, kh, kw, \
                              oh, ow, sh, sw, pt, pl);                                               \
  }                                                                                                  \
                                                                                                     \
  EXPORT("tj_conv2d_" #S)                                                                            \
  void tj_conv2d_##S(const T* x, const T* wt, T* out, int n, int c, int h, int w, int o, int kh, int kw, int oh, int ow, \
                     int sh, int sw, int pt, int pl, int dh, int dw, int groups, int part, int parts, void* scratch) { \
    if (n <= 0 || o <= 0 || oh <= 0 || ow <= 0) return;                                              \
    int cg = c / groups, og = o / groups, rows = cg * kh * kw;                                       \
    intptr_t plane = (intptr_t)oh * ow;                                                              \
    int direct = conv_is_direct(h, w, kh, kw, oh, ow, sh, sw, pt, pl);                               \
    T* col = (T*)align_ptr(scratch);                                                                 \
    T* pa = (T*)align_ptr(col + (direct ? 0 : (intptr_t)c * kh * kw * plane));                       \
    T* pb = (T*)align_ptr(pa + U##_A_ELEMS);                                                         \
    T* tile = (T*)align_ptr(pb + S##_b_elems(rows, (int)plane));                                     \
    int i0 = 0, i1 = n, o0 = 0, o1 = o;                                                              \
    if (n >= parts) { i0 = n * part / parts; i1 = n * (part + 1) / parts; }                          \
    else { /* bands of whole micro-tiles of output channels */                                       \
      int tiles = (o + U##_MR - 1) / U##_MR;                                                         \
      o0 = tiles * part / parts * U##_MR; o1 = min_int(o, tiles * (part + 1) / parts * U##_MR);      \
    }                                                                                                \
    if (i0 >= i1 || o0 >= o1) return;                                                                \
    int g0 = o0 / og, g1 = (o1 - 1) / og + 1;                                                        \
    for (int img = i0; img < i1; img++) {                                                            \
      const T* xi = x + (intptr_t)img * c * h * w;                                                   \
      T* yi = out + (intptr_t)img * o * plane;                                                       \
      if (!direct && rows > 0) S##_im2col(xi, col, g0 * cg, g1 * cg, h, w, kh, kw, oh, ow, sh, sw, pt, pl, dh, dw); \
      const T* src = direct ? xi : col;                                                              \
      for (int g = g0; g < g1; g++) {                                                                \
        int lo = max_int(o0, g * og), hi = min_int(o1, (g + 1) * og);                                \
        T* dst = yi + (intptr_t)lo * plane;                                                          \
        if (rows == 0) { for (intptr_t i = 0; i < (intptr_t)(hi - lo) * plane; i++) dst[i] = 0; continue; } \
        S##_gemm(wt + (intptr_t)lo * rows, src + (intptr_t)g * rows * plane, dst, hi - lo, rows, (int)plane, pa, pb, tile); \
      }                                                                                              \
    }                                                                                                \
  }

DEFINE_IM2COL(float, f32)
DEFINE_IM2COL(double, f64)
DEFINE_CONV(float, f32, F32)
DEFINE_CONV(double, f64, F64)

// ---------------------------------------------------------------------------------------------
// Pooling. A share takes output rows [lo, hi) of the n*c*oh rows. Each window is clipped to the
// input and walked row by row, left to right, like the JS kernel: avg sums in double (the JS
// kernel's numbers) and divides by kh*kw; max keeps v when `v > acc || v != v`, so padding never
// wins, a NaN sticks and of two equal zeros the first stays. Where whole windows lie inside the
// row, 4 (float64: 2) adjacent outputs are computed at once, one SIMD lane each, in the same order.

// Lanes l = 0..3 (or 0..1) of p[l*sw], reading nothing past the last of them.
static inline v128_t gather_f32(const float* p, int sw) {
  if (sw == 1) return wasm_v128_load(p);
  if (sw == 2) return wasm_i32x4_shuffle(wasm_v128_load(p), wasm_v128_load(p + 3), 0, 2, 5, 7);
  return wasm_f32x4_make(p[0], p[sw], p[2 * sw], p[3 * sw]);
}
static inline v128_t gather_i32(const int32_t* p, int sw) {
  if (sw == 1) return wasm_v128_load(p);
  if (sw == 2) return wasm_i32x4_shuffle(wasm_v128_load(p), wasm_v128_load(p + 3), 0, 2, 5, 7);
  return wasm_i32x4_make(p[0], p[sw], p[2 * sw], p[3 * sw]);
}
static inline v128_t gather_f64(const double* p, int sw) {
  return sw == 1 ? wasm_v128_load(p) : wasm_f64x2_make(p[0], p[sw]);
}

// The JS kernel's max step per lane: take v if it is greater or NaN.
static inline v128_t pool_max_f32(v128_t acc, v128_t v) { return wasm_v128_bitselect(v, acc, wasm_v128_or(wasm_f32x4_gt(v, acc), wasm_f32x4_ne(v, v))); }
static inline v128_t pool_max_f64(v128_t acc, v128_t v) { return wasm_v128_bitselect(v, acc, wasm_v128_or(wasm_f64x2_gt(v, acc), wasm_f64x2_ne(v, v))); }

// Vector windows: LANES adjacent outputs whose windows start at columns x0, x0+sw, ... of rows
// [ylo, yhi) (non-empty) of the plane xp, all inside the row; results to dst.
static void maxpool_vec_f32(const float* xp, int w, int ylo, int yhi, int x0, int kw, int sw, float* dst) {
  v128_t acc = wasm_f32x4_splat(-INFINITY);
  for (int y = ylo; y < yhi; y++)
    for (int kj = 0; kj < kw; kj++) acc = pool_max_f32(acc, gather_f32(xp + (intptr_t)y * w + x0 + kj, sw));
  wasm_v128_store(dst, acc);
}
static void maxpool_vec_f64(const double* xp, int w, int ylo, int yhi, int x0, int kw, int sw, double* dst) {
  v128_t acc = wasm_f64x2_splat(-INFINITY);
  for (int y = ylo; y < yhi; y++)
    for (int kj = 0; kj < kw; kj++) acc = pool_max_f64(acc, gather_f64(xp + (intptr_t)y * w + x0 + kj, sw));
  wasm_v128_store(dst, acc);
}
static void maxpool_vec_i32(const int32_t* xp, int w, int ylo, int yhi, int x0, int kw, int sw, int32_t* dst) {
  v128_t acc = wasm_i32x4_splat(INT32_MIN);
  for (int y = ylo; y < yhi; y++)
    for (int kj = 0; kj < kw; kj++) acc = wasm_i32x4_max(acc, gather_i32(xp + (intptr_t)y * w + x0 + kj, sw));
  wasm_v128_store(dst, acc);
}
static void avgpool_vec_f32(const float* xp, int w, int ylo, int yhi, int x0, int kw, int sw, float* dst, double size) {
  v128_t lo = wasm_f64x2_splat(0), hi = lo;
  for (int y = ylo; y < yhi; y++)
    for (int kj = 0; kj < kw; kj++) {
      v128_t v = gather_f32(xp + (intptr_t)y * w + x0 + kj, sw);
      lo = wasm_f64x2_add(lo, wasm_f64x2_promote_low_f32x4(v));
      hi = wasm_f64x2_add(hi, wasm_f64x2_promote_low_f32x4(wasm_i32x4_shuffle(v, v, 2, 3, 2, 3)));
    }
  v128_t s = wasm_f64x2_splat(size);
  wasm_v128_store(dst, wasm_i32x4_shuffle(wasm_f32x4_demote_f64x2_zero(wasm_f64x2_div(lo, s)),
                                          wasm_f32x4_demote_f64x2_zero(wasm_f64x2_div(hi, s)), 0, 1, 4, 5));
}
static void avgpool_vec_f64(const double* xp, int w, int ylo, int yhi, int x0, int kw, int sw, double* dst, double size) {
  v128_t acc = wasm_f64x2_splat(0);
  for (int y = ylo; y < yhi; y++)
    for (int kj = 0; kj < kw; kj++) acc = wasm_f64x2_add(acc, gather_f64(xp + (intptr_t)y * w + x0 + kj, sw));
  wasm_v128_store(dst, wasm_f64x2_div(acc, wasm_f64x2_splat(size)));
}

// Scalar windows: rows [ylo, yhi) × columns [xlo, xhi) of the plane xp, either range maybe empty.
#define DEFINE_POOL_WINDOWS(T, S, EMPTY)                                                             \
  static T maxpool_window_##S(const T* xp, int w, int ylo, int yhi, int xlo, int xhi) {              \
    double acc = -INFINITY;                                                                          \
    for (int y = ylo; y < yhi; y++)                                                                  \
      for (int xi = xlo; xi < xhi; xi++) { double v = xp[(intptr_t)y * w + xi]; if (v > acc || v != v) acc = v; } \
    return acc == -INFINITY ? (EMPTY) : (T)acc;                                                      \
  }                                                                                                  \
  static T avgpool_window_##S(const T* xp, int w, int ylo, int yhi, int xlo, int xhi, double size) { \
    double acc = 0;                                                                                  \
    for (int y = ylo; y < yhi; y++)                                                                  \
      for (int xi = xlo; xi < xhi; xi++) acc += xp[(intptr_t)y * w + xi];                            \
    return (T)(acc / size);                                                                          \
  }

// -inf stays -inf in floats; the JS kernel's int32 store turns it into 0.
DEFINE_POOL_WINDOWS(float, f32, -INFINITY)
DEFINE_POOL_WINDOWS(double, f64, -INFINITY)
DEFINE_POOL_WINDOWS(int32_t, i32, 0)

// The kernel: per output row, vector groups where LANES adjacent windows lie inside the row, the
// rest (edges, padding) one window at a time. EXTRA is the avg kernels' divisor argument.
#define DEFINE_POOL(KIND, T, S, LANES, EXTRA)                                                        \
  EXPORT("tj_" #KIND "pool2d_" #S)                                                                   \
  void tj_##KIND##pool2d_##S(const T* x, T* out, int n, int c, int h, int w, int kh, int kw, int oh, int ow, \
                             int sh, int sw, int pt, int pl, int part, int parts, void* scratch) {  \
    (void)scratch;                                                                                   \
    double size = (double)kh * kw;                                                                   \
    (void)size;                                                                                      \
    int64_t total = (int64_t)n * c * oh, lo = total * part / parts, hi = total * (part + 1) / parts; \
    int first_inside = (pl + sw - 1) / sw; /* the first ox whose window starts at x >= 0 */          \
    for (int64_t r = lo; r < hi; r++) {                                                              \
      int64_t plane = r / oh;                                                                        \
      int oy = (int)(r - plane * oh);                                                                \
      const T* xp = x + plane * h * w;                                                               \
      T* dst = out + r * ow;                                                                         \
      int y0 = oy * sh - pt, ylo = max_int(y0, 0), yhi = min_int(y0 + kh, h);                        \
      int ox = 0;                                                                                    \
      while (ox < ow) {                                                                              \
        int x0 = ox * sw - pl;                                                                       \
        if (ylo < yhi && ox >= first_inside && ox + LANES <= ow && x0 + (LANES - 1) * sw + kw <= w) {  \
          KIND##pool_vec_##S(xp, w, ylo, yhi, x0, kw, sw, dst + ox EXTRA);                           \
          ox += LANES;                                                                               \
        } else {                                                                                     \
          dst[ox] = KIND##pool_window_##S(xp, w, ylo, yhi, max_int(x0, 0), min_int(x0 + kw, w) EXTRA); \
          ox++;                                                                                      \
        }                                                                                            \
      }                                                                                              \
    }                                                                                                \
  }

#define NO_EXTRA
#define SIZE_EXTRA , size
DEFINE_POOL(max, float, f32, 4, NO_EXTRA)
DEFINE_POOL(max, double, f64, 2, NO_EXTRA)
DEFINE_POOL(max, int32_t, i32, 4, NO_EXTRA)
DEFINE_POOL(avg, float, f32, 4, SIZE_EXTRA)
DEFINE_POOL(avg, double, f64, 2, SIZE_EXTRA)

// The gradient of max pooling (runtime/kernels/conv.ts maxPool2dGrad, the same bits): dx [n, c, h,
// w] from x and ct [n, c, oh, ow]; each window's ct is split evenly among the positions equal to its
// max (all of them get NaN when the max is NaN), windows in order, each share rounded to T before it
// is added. Shares split over planes (n*c), whose dx only their own windows write.
#define DEFINE_MAXPOOL_GRAD(T, S)                                                                    \
  EXPORT("tj_maxpool2d_grad_" #S)                                                                    \
  void tj_maxpool2d_grad_##S(const T* x, const T* ct, T* dx, int n, int c, int h, int w, int kh, int kw, \
                             int oh, int ow, int sh, int sw, int pt, int pl, int part, int parts, void* scratch) { \
    (void)scratch;                                                                                   \
    int64_t planes = (int64_t)n * c, lo = planes * part / parts, hi = planes * (part + 1) / parts;    \
    for (int64_t plane = lo; plane < hi; plane++) {                                                  \
      const T* xp = x + plane * h * w;                                                               \
      const T* cp = ct + plane * oh * ow;                                                            \
      T* dp = dx + plane * h * w;                                                                    \
      for (int i = 0; i < h * w; i++) dp[i] = 0;                                                     \
      for (int oy = 0; oy < oh; oy++) {                                                              \
        int y0 = oy * sh - pt, ylo = max_int(y0, 0), yhi = min_int(y0 + kh, h);                      \
        for (int ox = 0; ox < ow; ox++) {                                                            \
          int x0 = ox * sw - pl, xlo = max_int(x0, 0), xhi = min_int(x0 + kw, w);                    \
          T m = -INFINITY;                                                                           \
          int count = 0, nan = 0;                                                                    \
          for (int y = ylo; y < yhi && !nan; y++)                                                    \
            for (int xi = xlo; xi < xhi; xi++) {                                                     \
              T v = xp[y * w + xi];                                                                  \
              if (v != v) { nan = 1; break; }                                                        \
              if (v > m) { m = v; count = 1; } else if (v == m) count++;                             \
            }                                                                                        \
          if (!nan && count == 0) continue; /* a window wholly in the padding */                     \
          T share = nan ? (T)NAN : cp[oy * ow + ox] / (T)count;                                      \
          for (int y = ylo; y < yhi; y++)                                                            \
            for (int xi = xlo; xi < xhi; xi++)                                                       \
              if (nan || xp[y * w + xi] == m) dp[y * w + xi] += share;                               \
        }                                                                                            \
      }                                                                                              \
    }                                                                                                \
  }

DEFINE_MAXPOOL_GRAD(float, f32)
DEFINE_MAXPOOL_GRAD(double, f64)
