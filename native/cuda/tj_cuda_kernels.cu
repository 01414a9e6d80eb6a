// The CUDA tier's prebuilt kernels (window copy, reductions, pooling, im2col + GEMM conv, GEMM, int32 matmul, bias, argmax/argmin, uniform and normal draws, concat, gather, cumsum/cumprod, argsort, checkIndex, scatter): native/'s C kernels on the GPU, launched as jit/backends/cuda/launches.ts says.
//
// One self-contained source, compiled once per GPU by NVRTC (no standard headers) or `nvcc -ptx`,
// and as host C++ by test/cuda-kernels.test.ts through native/cuda/host/tj_cuda_host.h (threads as
// fibers: so only static __shared__ arrays, __syncthreads, no warp shuffles). Every kernel is
// extern "C", pointers first, then 32-bit ints; each is a grid-stride loop (any grid works, the
// block shapes below are required where a kernel says so). Semantics are the C kernels' (the
// reference): native/tj_layout.c, tj_reduce.c, tj_conv.c, tj_matmul.c.
//
// Kernels (D in f32, f64, i32 with T float, double, int32_t; WINDOW = the 27 ints of tj_layout.c)
//   tj_cu_window_{8,32,64}(const T* src, T* dst, WINDOW)                       any block
//   tj_cu_reduce_{sum,prod,max,min}_D(const T* x, T* out, int outer, int red, int inner)
//       one block of exactly TJ_RED_THREADS (256) threads per output, a shared-memory tree
//   tj_cu_reduce_cols_{sum,prod,max,min}_D(same)                                any block
//   tj_cu_reduce{,_cols}_{max,min}_bool(same, T uint8_t): any and all
//       one thread per output, rows in order: the JS kernel's exact order (inner > 1, or short runs)
//   tj_cu_maxpool2d_{f32,f64,i32}, tj_cu_avgpool2d_{f32,f64}(const T* x, T* out, POOL)   any block
//   tj_cu_maxpool2d_grad_{f32,f64}(const T* x, const T* ct, T* dx, POOL)       any block
//   tj_cu_im2col_{f32,f64}(const T* x, T* col, CONV)                           any block
//       col is [n][c*kh*kw][oh*ow] (n = the images of this launch; x points at the first)
//   tj_cu_gemm_{f32,f64}(const T* a, const T* b, T* c, int batch, int m, int n, int k, int trans_a,
//       int trans_b, int stride_a, int stride_b, int stride_c)                  block exactly 16×16
//   tj_cu_add_bias_{f32,f64}(T* out, const T* bias, int rows, int n)           any block
//   tj_cu_{argmax,argmin}_E(const T* x, int32_t* out, int outer, int red, int inner)
//       one block of exactly TJ_RED_THREADS (256) threads per output (E in bool, i32, f32, f64)
//   tj_cu_{argmax,argmin}_cols_E(same)                                         any block
//   tj_cu_concat_{8,32,64}(const T* src, T* dst, int outer, int block, int row)  any block
//   tj_cu_matmul_i32(const int32_t* a, const int32_t* b, int32_t* c, int batch, int m, int k, int n,
//       int a_stride, int b_stride, int trans)                                   any block
//   tj_cu_uniform_{f32,f64}(const int32_t* state, T* out, int n)                any block
//   tj_cu_normal_{f32,f64}(const int32_t* state, T* out, int n)                 any block
//   tj_cu_check_index(const int32_t* x, int32_t* out, int n, int bound, unsigned long long* first)
//                                                                               any block
//   tj_cu_scatter_{set_8,set_32,set_64,add_f32,add_f64,add_i32,or_8}(const T* x, const int32_t* idx,
//       const T* upd, T* out, int outer, int len, int m, int inner, unsigned long long* first)  any block
//       one thread per output column, updates in order; bad indices recorded into *first
//   tj_cu_gather_{8,32,64}(const T* x, const int32_t* idx, T* out, int outer, int len, int m,
//       int inner, unsigned long long* first)                                   any block
//   tj_cu_{cumsum,cumprod}_D(const T* x, T* out, int outer, int n, int inner)    any block
//       one thread per row (o, i) walking its n elements in order (native/tj_scan.c's semantics)
//   tj_cu_argsort_E(const T* x, int32_t* out, int32_t* scratch, int outer, int n, int inner,
//       int descending, int slots)                                              any block
//       one thread per row, a stable merge sort in 2·n int32 of scratch per thread (< slots)
// POOL and CONV are runtime/wasm/prebuilt.ts's poolInts and convInts. The last three follow the JS
// kernels (runtime/kernels/reduce.ts argReduce, layout.ts concat and gather).

#ifndef TJ_CUDA_HOST
#if defined(__NVCC__) && !defined(__CUDACC_RTC__)
#include <stdint.h>  // nvcc brings the system's (whose int64_t may be long): the same names
#else
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef unsigned char uint8_t;
#endif
#endif

// clang -x cuda -nocudainc (the test's fallback compiler) has no CUDA headers: the few names used here.
#if defined(__clang__) && defined(__CUDA__) && !defined(__NVCC__) && !defined(__CUDACC_RTC__) && \
    !defined(__CLANG_CUDA_RUNTIME_WRAPPER_H__) && !defined(TJ_CUDA_HOST)
#define __global__ __attribute__((global))
#define __device__ __attribute__((device))
#define __shared__ __attribute__((shared))
#define __forceinline__ __attribute__((always_inline)) inline
#define __restrict__ __restrict
struct tj_uint3 { unsigned x, y, z; };
static __device__ __forceinline__ tj_uint3 tj_tid() { return { (unsigned)__nvvm_read_ptx_sreg_tid_x(), (unsigned)__nvvm_read_ptx_sreg_tid_y(), (unsigned)__nvvm_read_ptx_sreg_tid_z() }; }
static __device__ __forceinline__ tj_uint3 tj_ntid() { return { (unsigned)__nvvm_read_ptx_sreg_ntid_x(), (unsigned)__nvvm_read_ptx_sreg_ntid_y(), (unsigned)__nvvm_read_ptx_sreg_ntid_z() }; }
static __device__ __forceinline__ tj_uint3 tj_ctaid() { return { (unsigned)__nvvm_read_ptx_sreg_ctaid_x(), (unsigned)__nvvm_read_ptx_sreg_ctaid_y(), (unsigned)__nvvm_read_ptx_sreg_ctaid_z() }; }
static __device__ __forceinline__ tj_uint3 tj_nctaid() { return { (unsigned)__nvvm_read_ptx_sreg_nctaid_x(), (unsigned)__nvvm_read_ptx_sreg_nctaid_y(), (unsigned)__nvvm_read_ptx_sreg_nctaid_z() }; }
#define threadIdx (tj_tid())
#define blockDim (tj_ntid())
#define blockIdx (tj_ctaid())
#define gridDim (tj_nctaid())
static __device__ __forceinline__ float __int_as_float(int x) { return __builtin_bit_cast(float, x); }
static __device__ __forceinline__ double __longlong_as_double(long long x) { return __builtin_bit_cast(double, x); }
static __device__ __forceinline__ unsigned long long atomicMin(unsigned long long* p, unsigned long long v) { return __nvvm_atom_min_gen_ull(p, v); }
static __device__ __forceinline__ int __clz(int x) { return x == 0 ? 32 : __builtin_clz((unsigned)x); }
static __device__ __forceinline__ double __dmul_rn(double a, double b) { return __nvvm_mul_rn_d(a, b); }
static __device__ __forceinline__ double __dadd_rn(double a, double b) { return __nvvm_add_rn_d(a, b); }
static __device__ __forceinline__ double __dsqrt_rn(double x) { return __nvvm_sqrt_rn_d(x); }
#endif

#define TJ_RED_THREADS 256
#define TJ_GEMM_TILE 64
#define TJ_GEMM_BK 16

static __device__ __forceinline__ float tj_inf_f32() { return __int_as_float(0x7f800000); }
static __device__ __forceinline__ double tj_inf_f64() { return __longlong_as_double(0x7ff0000000000000LL); }
static __device__ __forceinline__ double tj_nan_f64() { return __longlong_as_double(0x7ff8000000000000LL); }
static __device__ __forceinline__ int tj_min(int a, int b) { return a < b ? a : b; }

/* A checking kernel's record of an index out of range: (position, index) as one 64-bit word, the
   position in the high half, so the lowest position wins the minimum (jit/schedule.ts FLAG; the
   loader sets the word to 0x7fffffff_ffffffff before the call: a kernel cannot throw). */
static __device__ __forceinline__ void tj_flag(unsigned long long* first, int position, int index) {
  atomicMin(first, ((unsigned long long)(unsigned)position << 32) | (unsigned)index);
}
static __device__ __forceinline__ int tj_max(int a, int b) { return a > b ? a : b; }

// The first global thread index and the grid's thread count, for grid-stride loops.
static __device__ __forceinline__ int64_t tj_first() { return (int64_t)blockIdx.x * blockDim.x + threadIdx.x; }
static __device__ __forceinline__ int64_t tj_step() { return (int64_t)gridDim.x * blockDim.x; }

// -----------------------------------------------------------------------------------------------
// Window copy (native/tj_layout.c): dst [d0..d5] contiguous; dst[i] = src[offset + Σ i_k s_k] when
// l_k <= i_k < h_k for every k, else the fill. I is the index type: 32-bit when the output allows.

template <typename T, typename I>
static __device__ __forceinline__ void tj_window(const T* __restrict__ src, T* __restrict__ dst, const int* d,
                                                 const int* s, const int* l, const int* h, int offset, T fill,
                                                 I total) {
  for (I idx = (I)tj_first(); idx < total; idx += (I)tj_step()) {
    I r = idx;
    int64_t at = offset;
    bool inside = true;
    for (int k = 5; k >= 0; k--) {
      int i = (int)(r % (I)d[k]);
      r /= (I)d[k];
      inside = inside && i >= l[k] && i < h[k];
      at += (int64_t)i * s[k];
    }
    dst[idx] = inside ? src[at] : fill;
  }
}

#define TJ_WINDOW(BITS, T, FILL)                                                                         \
  extern "C" __global__ void tj_cu_window_##BITS(                                                        \
      const T* __restrict__ src, T* __restrict__ dst, int d0, int d1, int d2, int d3, int d4, int d5, int s0, int s1, \
      int s2, int s3, int s4, int s5, int l0, int l1, int l2, int l3, int l4, int l5, int h0, int h1, int h2, int h3, \
      int h4, int h5, int offset, int fill_lo, int fill_hi) {                                            \
    const int d[6] = {d0, d1, d2, d3, d4, d5}, s[6] = {s0, s1, s2, s3, s4, s5};                          \
    const int l[6] = {l0, l1, l2, l3, l4, l5}, h[6] = {h0, h1, h2, h3, h4, h5};                          \
    int64_t total = 1;                                                                                   \
    for (int k = 0; k < 6; k++) total *= d[k] > 0 ? d[k] : 0;                                            \
    const T fill = FILL;                                                                                 \
    (void)fill_hi;                                                                                       \
    if (total <= 0x3fffffff) tj_window<T, int>(src, dst, d, s, l, h, offset, fill, (int)total);          \
    else tj_window<T, int64_t>(src, dst, d, s, l, h, offset, fill, total);                               \
  }

TJ_WINDOW(8, uint8_t, (uint8_t)fill_lo)
TJ_WINDOW(32, uint32_t, (uint32_t)fill_lo)
TJ_WINDOW(64, uint64_t, ((uint64_t)(uint32_t)fill_hi << 32) | (uint32_t)fill_lo)

// -----------------------------------------------------------------------------------------------
// Reductions (native/tj_reduce.c): x as [outer, red, inner]; out[o*inner + i] = K over r of
// x[o, r, i]. float32 sums and products accumulate in double; max/min keep v when `v > acc || v
// != v` (NaN propagates; of equal values the first in index order stays, so a zero result has the
// sign of the first zero); int32 sums and products wrap. red == 0 gives EMPTY.
// K: 0 sum, 1 prod, 2 max, 3 min. A is the accumulator type.

template <int K, typename A> static __device__ __forceinline__ A tj_red_ident();
template <> __device__ __forceinline__ double tj_red_ident<0, double>() { return 0.0; }
template <> __device__ __forceinline__ double tj_red_ident<1, double>() { return 1.0; }
template <> __device__ __forceinline__ double tj_red_ident<2, double>() { return -tj_inf_f64(); }
template <> __device__ __forceinline__ double tj_red_ident<3, double>() { return tj_inf_f64(); }
template <> __device__ __forceinline__ float tj_red_ident<2, float>() { return -tj_inf_f32(); }
template <> __device__ __forceinline__ float tj_red_ident<3, float>() { return tj_inf_f32(); }
template <> __device__ __forceinline__ int tj_red_ident<0, int>() { return 0; }
template <> __device__ __forceinline__ int tj_red_ident<1, int>() { return 1; }
template <> __device__ __forceinline__ int tj_red_ident<2, int>() { return (int)0x80000000u; }
template <> __device__ __forceinline__ int tj_red_ident<3, int>() { return 0x7fffffff; }

// Whether max (K 2) / min (K 3) takes v over acc in a sequential walk.
template <int K, typename A> static __device__ __forceinline__ bool tj_red_takes(A acc, A v) {
  return K == 2 ? (v > acc || v != v) : (v < acc || v != v);
}

// Sums and products (K 0, 1): floats in A, ints wrapping.
template <int K> static __device__ __forceinline__ double tj_red_arith(double acc, double v) {
  return K == 0 ? acc + v : acc * v;
}
template <int K> static __device__ __forceinline__ float tj_red_arith(float acc, float v) {
  return K == 0 ? acc + v : acc * v;
}
template <int K> static __device__ __forceinline__ int tj_red_arith(int acc, int v) {
  return K == 0 ? (int)((uint32_t)acc + (uint32_t)v) : (int)((uint32_t)acc * (uint32_t)v);
}

// One sequential step in index order.
template <int K, typename A> static __device__ __forceinline__ A tj_red_step(A acc, A v) {
  if (K >= 2) return tj_red_takes<K, A>(acc, v) ? v : acc;
  return tj_red_arith<K>(acc, v);
}

// One output per block of TJ_RED_THREADS threads: thread t walks r = t, t + 256, ...; then a tree
// combines the threads' partials. For max/min each partial carries the first index it came from,
// so ties go to the earlier element as in the sequential walk (a NaN anywhere wins).
template <int K, typename T, typename A>
static __device__ __forceinline__ void tj_reduce_block(const T* __restrict__ x, T* __restrict__ out, int outer,
                                                       int red, int inner, T empty) {
  __shared__ A part[TJ_RED_THREADS];
  __shared__ int first[TJ_RED_THREADS];
  const int t = threadIdx.x;
  const int64_t outputs = (int64_t)outer * inner;
  for (int64_t o = blockIdx.x; o < outputs; o += gridDim.x) {
    if (red <= 0) {
      if (t == 0) out[o] = empty;
      continue;
    }
    const T* base = x + (o / inner) * (int64_t)red * inner + o % inner;
    A acc = tj_red_ident<K, A>();
    int at = 0x7fffffff;
    for (int r = t; r < red; r += TJ_RED_THREADS) {
      A v = (A)base[(int64_t)r * inner];
      if (K >= 2) {
        if (tj_red_takes<K, A>(acc, v)) acc = v, at = r;
        else if (at == 0x7fffffff && v == acc) at = r;  // the first element equal to the identity
      } else acc = tj_red_arith<K>(acc, v);
    }
    part[t] = acc;
    first[t] = at;
    __syncthreads();
    for (int s = TJ_RED_THREADS / 2; s > 0; s >>= 1) {
      if (t < s) {
        A a = part[t], b = part[t + s];
        if (K >= 2) {
          // a NaN (either) wins, else the extreme, else of equal values the earlier one.
          bool take = a == a && (b != b || (K == 2 ? b > a : b < a) || (b == a && first[t + s] < first[t]));
          if (take) part[t] = b, first[t] = first[t + s];
        } else part[t] = tj_red_arith<K>(a, b);
      }
      __syncthreads();
    }
    if (t == 0) out[o] = (T)part[0];
    __syncthreads();  // part[0] is read before the next output overwrites it
  }
}

// One output per thread, rows in order (coalesced across threads when inner > 1).
template <int K, typename T, typename A>
static __device__ __forceinline__ void tj_reduce_cols(const T* __restrict__ x, T* __restrict__ out, int outer, int red,
                                                      int inner, T empty) {
  const int64_t outputs = (int64_t)outer * inner;
  for (int64_t o = tj_first(); o < outputs; o += tj_step()) {
    if (red <= 0) {
      out[o] = empty;
      continue;
    }
    const T* base = x + (o / inner) * (int64_t)red * inner + o % inner;
    A acc = tj_red_ident<K, A>();
    for (int r = 0; r < red; r++) acc = tj_red_step<K, A>(acc, (A)base[(int64_t)r * inner]);
    out[o] = (T)acc;
  }
}

#define TJ_REDUCE(KIND, K, D, T, A, EMPTY)                                                               \
  extern "C" __global__ void tj_cu_reduce_##KIND##_##D(const T* __restrict__ x, T* __restrict__ out, int outer, \
                                                       int red, int inner) {                             \
    tj_reduce_block<K, T, A>(x, out, outer, red, inner, (EMPTY));                                        \
  }                                                                                                      \
  extern "C" __global__ void tj_cu_reduce_cols_##KIND##_##D(const T* __restrict__ x, T* __restrict__ out, int outer, \
                                                            int red, int inner) {                        \
    tj_reduce_cols<K, T, A>(x, out, outer, red, inner, (EMPTY));                                         \
  }

TJ_REDUCE(sum, 0, f32, float, double, 0.0f)
TJ_REDUCE(prod, 1, f32, float, double, 1.0f)
TJ_REDUCE(max, 2, f32, float, float, -tj_inf_f32())
TJ_REDUCE(min, 3, f32, float, float, tj_inf_f32())
TJ_REDUCE(sum, 0, f64, double, double, 0.0)
TJ_REDUCE(prod, 1, f64, double, double, 1.0)
TJ_REDUCE(max, 2, f64, double, double, -tj_inf_f64())
TJ_REDUCE(min, 3, f64, double, double, tj_inf_f64())
TJ_REDUCE(sum, 0, i32, int32_t, int, 0)
TJ_REDUCE(prod, 1, i32, int32_t, int, 1)
TJ_REDUCE(max, 2, i32, int32_t, int, 0)
TJ_REDUCE(min, 3, i32, int32_t, int, 0)
TJ_REDUCE(max, 2, bool, uint8_t, int, 0)  // any (bool holds 0 or 1)
TJ_REDUCE(min, 3, bool, uint8_t, int, 1)  // all

// -----------------------------------------------------------------------------------------------
// Pooling (native/tj_conv.c), one thread per output: the window clipped to the input, walked row by
// row. max keeps v when `v > acc || v != v` in double and gives EMPTY (-inf; int32: 0) for a window
// wholly in the padding; avg sums in double and divides by kh*kw (padding counts as zeros).

#define TJ_POOL_PARAMS \
  int n, int c, int h, int w, int kh, int kw, int oh, int ow, int sh, int sw, int pt, int pl

template <typename T, bool MAX>
static __device__ __forceinline__ void tj_pool(const T* __restrict__ x, T* __restrict__ out, TJ_POOL_PARAMS, T empty) {
  (void)c;
  const int64_t total = (int64_t)n * c * oh * ow;
  const double size = (double)kh * kw;
  for (int64_t i = tj_first(); i < total; i += tj_step()) {
    const int ox = (int)(i % ow);
    const int64_t r = i / ow;
    const int oy = (int)(r % oh);
    const T* xp = x + (r / oh) * h * (int64_t)w;
    const int y0 = oy * sh - pt, x0 = ox * sw - pl;
    const int ylo = tj_max(y0, 0), yhi = tj_min(y0 + kh, h), xlo = tj_max(x0, 0), xhi = tj_min(x0 + kw, w);
    double acc = MAX ? -tj_inf_f64() : 0.0;
    for (int y = ylo; y < yhi; y++)
      for (int xi = xlo; xi < xhi; xi++) {
        double v = (double)xp[(int64_t)y * w + xi];
        if (MAX) {
          if (v > acc || v != v) acc = v;
        } else acc += v;
      }
    if (MAX) out[i] = acc == -tj_inf_f64() ? empty : (T)acc;
    else out[i] = (T)(acc / size);
  }
}

#define TJ_POOL(KIND, MAX, D, T, EMPTY)                                                                  \
  extern "C" __global__ void tj_cu_##KIND##pool2d_##D(const T* __restrict__ x, T* __restrict__ out, TJ_POOL_PARAMS) { \
    tj_pool<T, MAX>(x, out, n, c, h, w, kh, kw, oh, ow, sh, sw, pt, pl, (EMPTY));                        \
  }

TJ_POOL(max, true, f32, float, -tj_inf_f32())
TJ_POOL(max, true, f64, double, -tj_inf_f64())
TJ_POOL(max, true, i32, int32_t, 0)
TJ_POOL(avg, false, f32, float, 0.0f)
TJ_POOL(avg, false, f64, double, 0.0)

// The max-pool gradient, one thread per input element: the windows that contain it, in the C
// kernel's order (oy, then ox), each recomputed: its max m and count of elements equal to m (NaN
// anywhere: every element gets NaN); an element equal to m gets ct / count, added in T. So every
// dx element is the same sum in the same order as tj_conv.c's scatter: the same bits.
template <typename T>
static __device__ __forceinline__ void tj_maxpool_grad(const T* __restrict__ x, const T* __restrict__ ct,
                                                       T* __restrict__ dx, TJ_POOL_PARAMS) {
  const int64_t total = (int64_t)n * c * h * w;
  for (int64_t i = tj_first(); i < total; i += tj_step()) {
    const int xx = (int)(i % w);
    const int64_t r = i / w;
    const int y = (int)(r % h);
    const int64_t plane = r / h;
    const T* xp = x + plane * h * (int64_t)w;
    const T* cp = ct + plane * oh * (int64_t)ow;
    const T self = xp[(int64_t)y * w + xx];
    // windows oy with oy*sh - pt <= y < oy*sh - pt + kh
    const int oy0 = y + pt - kh < 0 ? 0 : (y + pt - kh) / sh + 1, oy1 = tj_min((y + pt) / sh, oh - 1);
    const int ox0 = xx + pl - kw < 0 ? 0 : (xx + pl - kw) / sw + 1, ox1 = tj_min((xx + pl) / sw, ow - 1);
    T acc = 0;
    for (int oy = oy0; oy <= oy1; oy++) {
      const int y0 = oy * sh - pt, ylo = tj_max(y0, 0), yhi = tj_min(y0 + kh, h);
      for (int ox = ox0; ox <= ox1; ox++) {
        const int x0 = ox * sw - pl, xlo = tj_max(x0, 0), xhi = tj_min(x0 + kw, w);
        T m = (T)-tj_inf_f64();
        int count = 0;
        bool nan = false;
        for (int yy = ylo; yy < yhi && !nan; yy++)
          for (int xi = xlo; xi < xhi; xi++) {
            const T v = xp[(int64_t)yy * w + xi];
            if (v != v) {
              nan = true;
              break;
            }
            if (v > m) m = v, count = 1;
            else if (v == m) count++;
          }
        if (nan) acc += (T)tj_nan_f64();
        else if (self == m) acc += cp[(int64_t)oy * ow + ox] / (T)count;
      }
    }
    dx[i] = acc;
  }
}

#define TJ_POOL_GRAD(D, T)                                                                               \
  extern "C" __global__ void tj_cu_maxpool2d_grad_##D(const T* __restrict__ x, const T* __restrict__ ct, \
                                                      T* __restrict__ dx, TJ_POOL_PARAMS) {              \
    tj_maxpool_grad<T>(x, ct, dx, n, c, h, w, kh, kw, oh, ow, sh, sw, pt, pl);                            \
  }

TJ_POOL_GRAD(f32, float)
TJ_POOL_GRAD(f64, double)

// -----------------------------------------------------------------------------------------------
// im2col for conv2d: col [n][c*kh*kw][oh*ow]; row (ch, ki, kj) of image b holds, for every output
// position, x[b, ch, oy*sh - pt + ki*dh, ox*sw - pl + kj*dw], zero outside the input. The GEMM
// W[g] (og × cg*kh*kw) · col[b][g] (cg*kh*kw × oh*ow) then writes out[b][g*og..][oh*ow] (NCHW).

template <typename T>
static __device__ __forceinline__ void tj_im2col(const T* __restrict__ x, T* __restrict__ col, int n, int c, int h,
                                                 int w, int kh, int kw, int oh, int ow, int sh, int sw, int pt, int pl,
                                                 int dh, int dw) {
  const int64_t plane = (int64_t)oh * ow, total = (int64_t)n * c * kh * kw * plane;
  for (int64_t i = tj_first(); i < total; i += tj_step()) {
    const int64_t pos = i % plane, row = i / plane;  // row over [n][c][kh][kw]
    const int oy = (int)(pos / ow), ox = (int)(pos % ow);
    const int kj = (int)(row % kw), ki = (int)(row / kw % kh);
    const int64_t img_ch = row / ((int64_t)kw * kh);  // b*c + ch
    const int iy = oy * sh - pt + ki * dh, ix = ox * sw - pl + kj * dw;
    col[i] = iy >= 0 && iy < h && ix >= 0 && ix < w ? x[(img_ch * h + iy) * w + ix] : (T)0;
  }
}

#define TJ_IM2COL(D, T)                                                                                  \
  extern "C" __global__ void tj_cu_im2col_##D(const T* __restrict__ x, T* __restrict__ col, int n, int c, int h, \
                                              int w, int o, int kh, int kw, int oh, int ow, int sh, int sw, int pt, \
                                              int pl, int dh, int dw, int groups) {                      \
    (void)o;                                                                                             \
    (void)groups;                                                                                        \
    tj_im2col<T>(x, col, n, c, h, w, kh, kw, oh, ow, sh, sw, pt, pl, dh, dw);                            \
  }

TJ_IM2COL(f32, float)
TJ_IM2COL(f64, double)

// -----------------------------------------------------------------------------------------------
// GEMM: for b in [0, batch): C_b (m×n) = op(A_b) (m×k) · op(B_b) (k×n), row-major, overwritten
// (zeros when k == 0). A_b at a + b*stride_a, stored m×k, or k×m when trans_a (read as stored);
// B_b at b + b*stride_b, stored k×n, or n×k when trans_b; C_b at c + b*stride_c with rows of n.
// Strides in elements, 0 broadcasts. Block 16×16 threads; a block computes 64×64 tiles of C (each
// thread 4×4, rows ty + 16i, columns tx + 16j) over 16-deep slices of k staged in shared memory;
// blocks stride over tiles (y: rows of tiles, z: batches), so any grid covers everything.

template <typename T>
static __device__ __forceinline__ void tj_gemm(const T* __restrict__ a, const T* __restrict__ b, T* __restrict__ c,
                                               int batch, int m, int n, int k, int trans_a, int trans_b, int stride_a,
                                               int stride_b, int stride_c) {
  __shared__ T as[TJ_GEMM_BK][TJ_GEMM_TILE + 1];
  __shared__ T bs[TJ_GEMM_BK][TJ_GEMM_TILE + 1];
  const int tx = threadIdx.x, ty = threadIdx.y, t = ty * 16 + tx;
  const int col0 = blockIdx.x * TJ_GEMM_TILE;
  if (col0 >= n) return;  // uniform over the block
  for (int bi = blockIdx.z; bi < batch; bi += gridDim.z) {
    const T* ab = a + (int64_t)bi * stride_a;
    const T* bb = b + (int64_t)bi * stride_b;
    T* cb = c + (int64_t)bi * stride_c;
    for (int row0 = blockIdx.y * TJ_GEMM_TILE; row0 < m; row0 += gridDim.y * TJ_GEMM_TILE) {
      T acc[4][4];
      for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) acc[i][j] = 0;
      for (int k0 = 0; k0 < k; k0 += TJ_GEMM_BK) {
        // 64×16 elements of each operand, 4 per thread, reading along the stored rows.
        for (int q = 0; q < 4; q++) {
          const int e = t + 256 * q;
          int kk, i;
          if (trans_a) kk = e / TJ_GEMM_TILE, i = e % TJ_GEMM_TILE;
          else i = e / TJ_GEMM_BK, kk = e % TJ_GEMM_BK;
          const int gi = row0 + i, gk = k0 + kk;
          as[kk][i] = gi < m && gk < k ? ab[trans_a ? (int64_t)gk * m + gi : (int64_t)gi * k + gk] : (T)0;
          int j;
          if (trans_b) j = e / TJ_GEMM_BK, kk = e % TJ_GEMM_BK;
          else kk = e / TJ_GEMM_TILE, j = e % TJ_GEMM_TILE;
          const int gj = col0 + j, gk2 = k0 + kk;
          bs[kk][j] = gj < n && gk2 < k ? bb[trans_b ? (int64_t)gj * k + gk2 : (int64_t)gk2 * n + gj] : (T)0;
        }
        __syncthreads();
        for (int kk = 0; kk < TJ_GEMM_BK; kk++) {
          T av[4], bv[4];
          for (int i = 0; i < 4; i++) av[i] = as[kk][ty + 16 * i];
          for (int j = 0; j < 4; j++) bv[j] = bs[kk][tx + 16 * j];
          for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++) acc[i][j] += av[i] * bv[j];
        }
        __syncthreads();
      }
      for (int i = 0; i < 4; i++) {
        const int gi = row0 + ty + 16 * i;
        if (gi >= m) continue;
        for (int j = 0; j < 4; j++) {
          const int gj = col0 + tx + 16 * j;
          if (gj < n) cb[(int64_t)gi * n + gj] = acc[i][j];
        }
      }
    }
  }
}

#define TJ_GEMM(D, T)                                                                                    \
  extern "C" __global__ void tj_cu_gemm_##D(const T* __restrict__ a, const T* __restrict__ b, T* __restrict__ c, \
                                            int batch, int m, int n, int k, int trans_a, int trans_b,    \
                                            int stride_a, int stride_b, int stride_c) {                  \
    tj_gemm<T>(a, b, c, batch, m, n, k, trans_a, trans_b, stride_a, stride_b, stride_c);                 \
  }

TJ_GEMM(f32, float)
TJ_GEMM(f64, double)

// linear's bias: out[r, j] = out[r, j] + bias[j] for rows × n (after the product, as the other tiers round it).
#define TJ_ADD_BIAS(D, T)                                                                                \
  extern "C" __global__ void tj_cu_add_bias_##D(T* __restrict__ out, const T* __restrict__ bias, int rows, int n) { \
    const int64_t total = (int64_t)rows * n;                                                             \
    for (int64_t i = tj_first(); i < total; i += tj_step()) out[i] = out[i] + bias[i % n];               \
  }

TJ_ADD_BIAS(f32, float)
TJ_ADD_BIAS(f64, double)

// -----------------------------------------------------------------------------------------------
// argmax / argmin (runtime/kernels/reduce.ts argReduce): x as [outer, red, inner]; out[o*inner + i]
// = the index r of the first NaN along r if there is one, else of the first max (min) — the JS
// kernel's walk, which stops at a NaN and keeps the earlier of equal values (so -0 == 0 ties).
// K: 2 max, 3 min.

template <int K, typename T> static __device__ __forceinline__ bool tj_arg_better(T v, T best) {
  return K == 2 ? v > best : v < best;
}

// One thread per output, r in order (coalesced across threads when inner > 1).
template <int K, typename T>
static __device__ __forceinline__ void tj_arg_cols(const T* __restrict__ x, int32_t* __restrict__ out, int outer,
                                                   int red, int inner) {
  const int64_t outputs = (int64_t)outer * inner;
  for (int64_t o = tj_first(); o < outputs; o += tj_step()) {
    const T* base = x + (o / inner) * (int64_t)red * inner + o % inner;
    int at = 0;
    if (red > 0) {
      T best = base[0];
      if (best == best)
        for (int r = 1; r < red; r++) {
          const T v = base[(int64_t)r * inner];
          if (v != v) {
            at = r;
            break;
          }
          if (tj_arg_better<K, T>(v, best)) best = v, at = r;
        }
    }
    out[o] = at;
  }
}

// One output per block of TJ_RED_THREADS threads: thread t walks r = t, t + 256, ... keeping its
// first NaN and its first extreme; a tree then takes the least NaN index, else the extreme, of
// equal values the least index.
template <int K, typename T>
static __device__ __forceinline__ void tj_arg_block(const T* __restrict__ x, int32_t* __restrict__ out, int outer,
                                                    int red, int inner) {
  __shared__ T part[TJ_RED_THREADS];
  __shared__ int first[TJ_RED_THREADS], nan_at[TJ_RED_THREADS];
  const int t = threadIdx.x, none = 0x7fffffff;
  const int64_t outputs = (int64_t)outer * inner;
  for (int64_t o = blockIdx.x; o < outputs; o += gridDim.x) {
    const T* base = x + (o / inner) * (int64_t)red * inner + o % inner;
    T best = 0;
    int at = none, nan = none;
    for (int r = t; r < red && nan == none; r += TJ_RED_THREADS) {
      const T v = base[(int64_t)r * inner];
      if (v != v) nan = r;
      else if (at == none || tj_arg_better<K, T>(v, best)) best = v, at = r;
    }
    part[t] = best;
    first[t] = at;
    nan_at[t] = nan;
    __syncthreads();
    for (int s = TJ_RED_THREADS / 2; s > 0; s >>= 1) {
      if (t < s) {
        nan_at[t] = tj_min(nan_at[t], nan_at[t + s]);
        const T a = part[t], b = part[t + s];
        const int ia = first[t], ib = first[t + s];
        if (ib != none && (ia == none || tj_arg_better<K, T>(b, a) || (b == a && ib < ia))) part[t] = b, first[t] = ib;
      }
      __syncthreads();
    }
    if (t == 0) out[o] = nan_at[0] != none ? nan_at[0] : first[0] != none ? first[0] : 0;
    __syncthreads();  // the partials are read before the next output overwrites them
  }
}

#define TJ_ARG(KIND, K, E, T)                                                                            \
  extern "C" __global__ void tj_cu_##KIND##_##E(const T* __restrict__ x, int32_t* __restrict__ out, int outer, int red, \
                                                int inner) {                                             \
    tj_arg_block<K, T>(x, out, outer, red, inner);                                                       \
  }                                                                                                      \
  extern "C" __global__ void tj_cu_##KIND##_cols_##E(const T* __restrict__ x, int32_t* __restrict__ out, int outer, \
                                                     int red, int inner) {                               \
    tj_arg_cols<K, T>(x, out, outer, red, inner);                                                        \
  }

TJ_ARG(argmax, 2, bool, uint8_t)
TJ_ARG(argmax, 2, i32, int32_t)
TJ_ARG(argmax, 2, f32, float)
TJ_ARG(argmax, 2, f64, double)
TJ_ARG(argmin, 3, bool, uint8_t)
TJ_ARG(argmin, 3, i32, int32_t)
TJ_ARG(argmin, 3, f32, float)
TJ_ARG(argmin, 3, f64, double)

// -----------------------------------------------------------------------------------------------
// int32 matmul (native/tj_matmul.c's tj_matmul_i32): one thread per element of C, its k products
// summed modulo 2^32 (the JS kernel's Math.imul and | 0: any order gives its bits). a and b as
// tj_matmul's: batch strides in elements (0 broadcasts), trans bit 0 A stored k×m, bit 1 B n×k.

extern "C" __global__ void tj_cu_matmul_i32(const int32_t* __restrict__ a, const int32_t* __restrict__ b,
                                            int32_t* __restrict__ c, int batch, int m, int k, int n, int a_stride,
                                            int b_stride, int trans) {
  const int64_t total = (int64_t)batch * m * n;
  for (int64_t e = tj_first(); e < total; e += tj_step()) {
    const int64_t t = e / ((int64_t)m * n), i = e / n % m, j = e % n;
    const int32_t* at = a + t * a_stride;
    const int32_t* bt = b + t * b_stride;
    uint32_t sum = 0;
    for (int p = 0; p < k; p++)
      sum += (uint32_t)(trans & 1 ? at[(int64_t)p * m + i] : at[i * k + p]) *
             (uint32_t)(trans & 2 ? bt[j * k + p] : bt[(int64_t)p * n + j]);
    c[e] = (int32_t)sum;
  }
}

// -----------------------------------------------------------------------------------------------
// uniform draws (native/tj_random.c, runtime/kernels/random.ts): Threefry-2x32 of (counter, i)
// under the key of state [key 0, key 1, counter]; the same bits on every tier.

#define TJ_MIX(R) (x0 += x1, x1 = (x1 << (R)) | (x1 >> (32 - (R))), x1 ^= x0)
#define TJ_INJECT(A, B, S) (x0 += (A), x1 += (B) + (uint32_t)(S))
static __device__ __forceinline__ void tj_threefry(uint32_t k0, uint32_t k1, uint32_t x0, uint32_t x1, uint32_t* w0,
                                                   uint32_t* w1) {
  const uint32_t k2 = 0x1bd11bdau ^ k0 ^ k1;
  x0 += k0;
  x1 += k1;
  TJ_MIX(13), TJ_MIX(15), TJ_MIX(26), TJ_MIX(6), TJ_INJECT(k1, k2, 1);
  TJ_MIX(17), TJ_MIX(29), TJ_MIX(16), TJ_MIX(24), TJ_INJECT(k2, k0, 2);
  TJ_MIX(13), TJ_MIX(15), TJ_MIX(26), TJ_MIX(6), TJ_INJECT(k0, k1, 3);
  TJ_MIX(17), TJ_MIX(29), TJ_MIX(16), TJ_MIX(24), TJ_INJECT(k1, k2, 4);
  TJ_MIX(13), TJ_MIX(15), TJ_MIX(26), TJ_MIX(6), TJ_INJECT(k2, k0, 5);
  *w0 = x0;
  *w1 = x1;
}
#undef TJ_MIX
#undef TJ_INJECT

#define TJ_UNIFORM(D, T, VALUE)                                                                         \
  extern "C" __global__ void tj_cu_uniform_##D(const int32_t* __restrict__ state, T* __restrict__ out, int n) { \
    const uint32_t k0 = (uint32_t)state[0], k1 = (uint32_t)state[1], counter = (uint32_t)state[2];     \
    for (int64_t i = tj_first(); i < n; i += tj_step()) {                                              \
      uint32_t w0, w1;                                                                                 \
      tj_threefry(k0, k1, counter, (uint32_t)i, &w0, &w1);                                             \
      out[i] = VALUE;                                                                                  \
    }                                                                                                  \
  }
TJ_UNIFORM(f32, float, (float)(w0 >> 8) * 5.9604644775390625e-8f)
TJ_UNIFORM(f64, double, (double)(((uint64_t)(w0 >> 5) << 26) | (w1 >> 6)) * 1.1102230246251565e-16)

// normal draws: Box-Muller as runtime/kernels/random.ts's normalOfWords, operation for operation,
// each product and sum rounded on its own (__dmul_rn, __dadd_rn: never fused into FMAs), so a GPU
// draws the bits every other tier draws.
#define TJ_MAD(A, B, C) __dadd_rn(__dmul_rn(A, B), C)
static __device__ __forceinline__ double tj_log_of_word(uint32_t w0) {
  const uint32_t m = w0 + 1u;
  int k = 32;
  double f = 1.0;
  if (m != 0) {
    k = 31 - __clz((int)m);
    f = (double)m / (double)(1u << k);
    if (f > 1.4142135623730951) {
      f = __dmul_rn(f, 0.5);
      k = k + 1;
    }
  }
  const double s = __dadd_rn(f, -1.0) / __dadd_rn(f, 1.0), z = __dmul_rn(s, s);
  double p = 0.09523809523809523;
  p = TJ_MAD(p, z, 0.10526315789473684);
  p = TJ_MAD(p, z, 0.11764705882352941);
  p = TJ_MAD(p, z, 0.13333333333333333);
  p = TJ_MAD(p, z, 0.15384615384615385);
  p = TJ_MAD(p, z, 0.18181818181818182);
  p = TJ_MAD(p, z, 0.2222222222222222);
  p = TJ_MAD(p, z, 0.2857142857142857);
  p = TJ_MAD(p, z, 0.4);
  p = TJ_MAD(p, z, 0.6666666666666666);
  p = TJ_MAD(p, z, 2.0);
  return __dadd_rn(__dmul_rn((double)(k - 32), 0.6931471805599453), __dmul_rn(s, p));
}
static __device__ __forceinline__ double tj_cos_of_word(uint32_t w1) {
  const uint32_t quadrant = w1 >> 30, t = w1 & 0x3fffffffu;
  const bool reflected = t >= 0x20000000u;
  const double x = __dmul_rn((double)(reflected ? 0x40000000u - t : t), 1.4629180792671596e-9), z = __dmul_rn(x, x);
  double c = 4.110317623312165e-19;
  c = TJ_MAD(c, z, -1.5619206968586225e-16);
  c = TJ_MAD(c, z, 4.779477332387385e-14);
  c = TJ_MAD(c, z, -1.1470745597729725e-11);
  c = TJ_MAD(c, z, 2.08767569878681e-9);
  c = TJ_MAD(c, z, -2.755731922398589e-7);
  c = TJ_MAD(c, z, 2.48015873015873e-5);
  c = TJ_MAD(c, z, -0.001388888888888889);
  c = TJ_MAD(c, z, 0.041666666666666664);
  c = TJ_MAD(c, z, -0.5);
  c = TJ_MAD(c, z, 1.0);
  double p = -8.22063524662433e-18;
  p = TJ_MAD(p, z, 2.8114572543455206e-15);
  p = TJ_MAD(p, z, -7.647163731819816e-13);
  p = TJ_MAD(p, z, 1.6059043836821613e-10);
  p = TJ_MAD(p, z, -2.505210838544172e-8);
  p = TJ_MAD(p, z, 2.7557319223985893e-6);
  p = TJ_MAD(p, z, -0.0001984126984126984);
  p = TJ_MAD(p, z, 0.008333333333333333);
  p = TJ_MAD(p, z, -0.16666666666666666);
  const double sn = TJ_MAD(__dmul_rn(x, z), p, x);
  const double cos_phi = reflected ? sn : c, sin_phi = reflected ? c : sn;
  return quadrant == 0 ? cos_phi : quadrant == 1 ? -sin_phi : quadrant == 2 ? -cos_phi : sin_phi;
}
#undef TJ_MAD

#define TJ_NORMAL(D, T)                                                                                 \
  extern "C" __global__ void tj_cu_normal_##D(const int32_t* __restrict__ state, T* __restrict__ out, int n) { \
    const uint32_t k0 = (uint32_t)state[0], k1 = (uint32_t)state[1], counter = (uint32_t)state[2];     \
    for (int64_t i = tj_first(); i < n; i += tj_step()) {                                              \
      uint32_t w0, w1;                                                                                 \
      tj_threefry(k0, k1, counter, (uint32_t)i, &w0, &w1);                                             \
      out[i] = (T)__dmul_rn(__dsqrt_rn(__dmul_rn(-2.0, tj_log_of_word(w0))), tj_cos_of_word(w1));     \
    }                                                                                                  \
  }
TJ_NORMAL(f32, float)
TJ_NORMAL(f64, double)

// -----------------------------------------------------------------------------------------------
// concat (runtime/kernels/layout.ts), one launch per input: src is [outer][block]; dst points at
// the input's first column of the output, whose rows hold `row` elements.
// gather: x as [outer, len, inner], idx m int32 indices; out [outer, m, inner] with out[o, i, j] =
// x[o, k, j], k = idx[i] (+ len when negative). An index outside [-len, len) reads nothing, gives
// zero bits and is flagged (tj_flag); with no output elements, thread 0 checks the indices.

#define TJ_CONCAT_GATHER(BITS, T)                                                                        \
  extern "C" __global__ void tj_cu_concat_##BITS(const T* __restrict__ src, T* __restrict__ dst, int outer, int block, \
                                                 int row) {                                              \
    const int64_t total = (int64_t)outer * block;                                                        \
    for (int64_t i = tj_first(); i < total; i += tj_step()) dst[(i / block) * row + i % block] = src[i];  \
  }                                                                                                      \
  extern "C" __global__ void tj_cu_gather_##BITS(const T* __restrict__ x, const int32_t* __restrict__ idx,         \
                                                 T* __restrict__ out, int outer, int len, int m, int inner, \
                                                 unsigned long long* first) {                            \
    const int64_t total = (int64_t)outer * m * inner;                                                    \
    if (total == 0 && tj_first() == 0)                                                                   \
      for (int i = 0; i < m; i++)                                                                        \
        if (idx[i] < -len || idx[i] >= len) tj_flag(first, i, idx[i]);                                   \
    for (int64_t i = tj_first(); i < total; i += tj_step()) {                                            \
      const int64_t r = i / inner;                                                                       \
      const int position = (int)(r % m), k = idx[position];                                             \
      const bool ok = k >= -len && k < len;                                                              \
      if (!ok && i % inner == 0) tj_flag(first, position, k);                                            \
      out[i] = ok ? x[((r / m) * len + (k < 0 ? k + len : k)) * inner + i % inner] : (T)0;                \
    }                                                                                                    \
  }

TJ_CONCAT_GATHER(8, uint8_t)
TJ_CONCAT_GATHER(32, uint32_t)
TJ_CONCAT_GATHER(64, uint64_t)

// -----------------------------------------------------------------------------------------------
// cumsum / cumprod and argsort (native/tj_scan.c): x as [outer, n, inner], along the middle; a row
// is (o, i), rows numbered o*inner + i, so adjacent threads read adjacent elements when inner > 1.
// Scans: one thread per row, in order, float32 accumulating in double and rounded as stored, int32
// wrapping: the JS kernel's bits. O(n) per thread; long rows with few of them do not fill the GPU.

#define TJ_SCAN(NAME, T, A, OP, IDENT)                                                                   \
  extern "C" __global__ void NAME(const T* __restrict__ x, T* __restrict__ out, int outer, int n, int inner) { \
    const int64_t rows = (int64_t)outer * inner;                                                         \
    for (int64_t r = tj_first(); r < rows; r += tj_step()) {                                             \
      const int64_t o = r / inner, base = o * n * inner + (r - o * inner);                               \
      A acc = IDENT;                                                                                     \
      for (int j = 0; j < n; j++) {                                                                      \
        const int64_t at = base + (int64_t)j * inner;                                                    \
        acc = OP(acc, (A)x[at]);                                                                         \
        out[at] = (T)acc;                                                                                \
      }                                                                                                  \
    }                                                                                                    \
  }
#define TJ_SCAN_ADD(a, v) ((a) + (v))
#define TJ_SCAN_MUL(a, v) ((a) * (v))

TJ_SCAN(tj_cu_cumsum_f32, float, double, TJ_SCAN_ADD, 0.0)
TJ_SCAN(tj_cu_cumsum_f64, double, double, TJ_SCAN_ADD, 0.0)
TJ_SCAN(tj_cu_cumsum_i32, int32_t, uint32_t, TJ_SCAN_ADD, 0u)
TJ_SCAN(tj_cu_cumprod_f32, float, double, TJ_SCAN_MUL, 1.0)
TJ_SCAN(tj_cu_cumprod_f64, double, double, TJ_SCAN_MUL, 1.0)
TJ_SCAN(tj_cu_cumprod_i32, int32_t, uint32_t, TJ_SCAN_MUL, 1u)

// argsort: thread t < slots sorts rows t, t + slots, ... with a bottom-up stable merge sort of
// indices (insertion-sorted runs of 16 first) in scratch[t*2n .. (t+1)*2n), keys read from x;
// ascending NaN last, descending the reverse with ties kept in index order, -0 == 0 (tj_scan.c).
// O(n log n) per thread, rows in parallel: fine for many short rows, slow for a few long ones.
template <typename T>
static __device__ __forceinline__ bool tj_sort_before(T b, T a, int descending) {
  return descending ? b > a || (b != b && a == a) : b < a || (a != a && b == b);
}

template <typename T>
static __device__ __forceinline__ void tj_argsort(const T* __restrict__ x, int32_t* __restrict__ out,
                                                  int32_t* __restrict__ scratch, int outer, int n, int inner,
                                                  int descending, int slots) {
  const int64_t rows = (int64_t)outer * inner, t = tj_first();
  if (t >= slots) return;
  for (int64_t r = t; r < rows; r += slots) {
    const int64_t o = r / inner, base = o * n * inner + (r - o * inner);
    int32_t *idx = scratch + t * 2 * (int64_t)n, *tmp = idx + n;
    for (int s = 0; s < n; s += 16) {
      const int e = tj_min(s + 16, n);
      for (int j = s; j < e; j++) {
        const T v = x[base + (int64_t)j * inner];
        int p = j;
        for (; p > s && tj_sort_before(v, x[base + (int64_t)idx[p - 1] * inner], descending); p--) idx[p] = idx[p - 1];
        idx[p] = j;
      }
    }
    for (int width = 16; width < n; width *= 2) {
      for (int s = 0; s < n; s += 2 * width) {
        const int m = tj_min(s + width, n), e = tj_min(s + 2 * width, n);
        int a = s, b = m, d = s;
        while (a < m && b < e)
          tmp[d++] = tj_sort_before(x[base + (int64_t)idx[b] * inner], x[base + (int64_t)idx[a] * inner], descending)
                         ? idx[b++]
                         : idx[a++];
        while (a < m) tmp[d++] = idx[a++];
        while (b < e) tmp[d++] = idx[b++];
      }
      int32_t* swap = idx;
      idx = tmp;
      tmp = swap;
    }
    for (int j = 0; j < n; j++) out[base + (int64_t)j * inner] = idx[j];
  }
}

#define TJ_ARGSORT(D, T)                                                                                 \
  extern "C" __global__ void tj_cu_argsort_##D(const T* __restrict__ x, int32_t* __restrict__ out,        \
                                               int32_t* __restrict__ scratch, int outer, int n, int inner, \
                                               int descending, int slots) {                              \
    tj_argsort<T>(x, out, scratch, outer, n, inner, descending, slots);                                  \
  }

TJ_ARGSORT(f32, float)
TJ_ARGSORT(f64, double)
TJ_ARGSORT(i32, int32_t)
TJ_ARGSORT(bool, uint8_t)

// -----------------------------------------------------------------------------------------------
// -----------------------------------------------------------------------------------------------
// checkIndex: out = x, and the first position whose value lies outside [0, bound) flagged (tj_flag).
extern "C" __global__ void tj_cu_check_index(const int32_t* __restrict__ x, int32_t* __restrict__ out, int n,
                                             int bound, unsigned long long* first) {
  for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
    const int32_t v = x[i];
    out[i] = v;
    if (v < 0 || v >= bound) tj_flag(first, i, v);
  }
}

// -----------------------------------------------------------------------------------------------
// scatter / scatterAdd (native/tj_index.c): x as [outer, len, inner], m indices along len, upd as
// [outer, m, inner]. One thread per output column (o, r): it copies the column of x, then applies
// the updates in the order of i (set: the last wins; add: float32 rounded per update, int32
// wrapping; or: bool's add), so results are the C kernel's bits without atomics. The thread of
// column 0 (there is one even when no column exists) flags the first index outside [-len, len)
// (tj_flag); every thread skips such indices.

#define TJ_SCATTER_SET(a, v) (v)
#define TJ_SCATTER_ADD(a, v) ((a) + (v))
#define TJ_SCATTER_IADD(a, v) ((int32_t)((uint32_t)(a) + (uint32_t)(v)))
#define TJ_SCATTER_OR(a, v) ((uint8_t)((a) || (v) ? 1 : 0))

#define TJ_SCATTER(NAME, T, OP)                                                                          \
  extern "C" __global__ void NAME(const T* __restrict__ x, const int32_t* __restrict__ idx,             \
                                  const T* __restrict__ upd, T* __restrict__ out, int outer, int len, int m, \
                                  int inner, unsigned long long* first) {                                \
    const int64_t columns = (int64_t)outer * inner, threads = columns > 0 ? columns : 1;                 \
    for (int64_t c = tj_first(); c < threads; c += tj_step()) {                                          \
      if (c == 0)                                                                                        \
        for (int i = 0; i < m; i++)                                                                      \
          if (idx[i] < -len || idx[i] >= len) tj_flag(first, i, idx[i]);                                 \
      if (c >= columns) break;                                                                           \
      const int64_t o = c / inner, r = c - o * inner;                                                    \
      T* col = out + o * len * inner + r;                                                                \
      const T* xc = x + o * len * inner + r;                                                             \
      for (int k = 0; k < len; k++) col[(int64_t)k * inner] = xc[(int64_t)k * inner];                    \
      for (int i = 0; i < m; i++) {                                                                      \
        int k = idx[i];                                                                                  \
        if (k < -len || k >= len) continue;                                                              \
        if (k < 0) k += len;                                                                             \
        T* dst = col + (int64_t)k * inner;                                                               \
        *dst = OP(*dst, upd[(o * m + i) * inner + r]);                                                   \
      }                                                                                                  \
    }                                                                                                    \
  }

TJ_SCATTER(tj_cu_scatter_set_8, uint8_t, TJ_SCATTER_SET)
TJ_SCATTER(tj_cu_scatter_set_32, uint32_t, TJ_SCATTER_SET)
TJ_SCATTER(tj_cu_scatter_set_64, uint64_t, TJ_SCATTER_SET)
TJ_SCATTER(tj_cu_scatter_add_f32, float, TJ_SCATTER_ADD)
TJ_SCATTER(tj_cu_scatter_add_f64, double, TJ_SCATTER_ADD)
TJ_SCATTER(tj_cu_scatter_add_i32, int32_t, TJ_SCATTER_IADD)
TJ_SCATTER(tj_cu_scatter_or_8, uint8_t, TJ_SCATTER_OR)

// -----------------------------------------------------------------------------------------------
// Host builds (test/cuda-kernels.test.ts): one launcher per kernel; _SYNC for those with __syncthreads.
#ifdef TJ_CUDA_HOST
TJ_HOST_KERNEL(tj_cu_window_8)
TJ_HOST_KERNEL(tj_cu_window_32)
TJ_HOST_KERNEL(tj_cu_window_64)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_sum_f32)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_prod_f32)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_max_f32)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_min_f32)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_sum_f64)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_prod_f64)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_max_f64)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_min_f64)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_sum_i32)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_prod_i32)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_max_i32)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_max_bool)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_min_bool)
TJ_HOST_KERNEL_SYNC(tj_cu_reduce_min_i32)
TJ_HOST_KERNEL(tj_cu_reduce_cols_sum_f32)
TJ_HOST_KERNEL(tj_cu_reduce_cols_prod_f32)
TJ_HOST_KERNEL(tj_cu_reduce_cols_max_f32)
TJ_HOST_KERNEL(tj_cu_reduce_cols_min_f32)
TJ_HOST_KERNEL(tj_cu_reduce_cols_sum_f64)
TJ_HOST_KERNEL(tj_cu_reduce_cols_prod_f64)
TJ_HOST_KERNEL(tj_cu_reduce_cols_max_f64)
TJ_HOST_KERNEL(tj_cu_reduce_cols_min_f64)
TJ_HOST_KERNEL(tj_cu_reduce_cols_sum_i32)
TJ_HOST_KERNEL(tj_cu_reduce_cols_prod_i32)
TJ_HOST_KERNEL(tj_cu_reduce_cols_max_i32)
TJ_HOST_KERNEL(tj_cu_reduce_cols_max_bool)
TJ_HOST_KERNEL(tj_cu_reduce_cols_min_bool)
TJ_HOST_KERNEL(tj_cu_reduce_cols_min_i32)
TJ_HOST_KERNEL(tj_cu_maxpool2d_f32)
TJ_HOST_KERNEL(tj_cu_maxpool2d_f64)
TJ_HOST_KERNEL(tj_cu_maxpool2d_i32)
TJ_HOST_KERNEL(tj_cu_avgpool2d_f32)
TJ_HOST_KERNEL(tj_cu_avgpool2d_f64)
TJ_HOST_KERNEL(tj_cu_maxpool2d_grad_f32)
TJ_HOST_KERNEL(tj_cu_maxpool2d_grad_f64)
TJ_HOST_KERNEL(tj_cu_im2col_f32)
TJ_HOST_KERNEL(tj_cu_im2col_f64)
TJ_HOST_KERNEL_SYNC(tj_cu_gemm_f32)
TJ_HOST_KERNEL_SYNC(tj_cu_gemm_f64)
TJ_HOST_KERNEL(tj_cu_add_bias_f32)
TJ_HOST_KERNEL(tj_cu_add_bias_f64)
TJ_HOST_KERNEL_SYNC(tj_cu_argmax_bool)
TJ_HOST_KERNEL_SYNC(tj_cu_argmax_i32)
TJ_HOST_KERNEL_SYNC(tj_cu_argmax_f32)
TJ_HOST_KERNEL_SYNC(tj_cu_argmax_f64)
TJ_HOST_KERNEL_SYNC(tj_cu_argmin_bool)
TJ_HOST_KERNEL_SYNC(tj_cu_argmin_i32)
TJ_HOST_KERNEL_SYNC(tj_cu_argmin_f32)
TJ_HOST_KERNEL_SYNC(tj_cu_argmin_f64)
TJ_HOST_KERNEL(tj_cu_argmax_cols_bool)
TJ_HOST_KERNEL(tj_cu_argmax_cols_i32)
TJ_HOST_KERNEL(tj_cu_argmax_cols_f32)
TJ_HOST_KERNEL(tj_cu_argmax_cols_f64)
TJ_HOST_KERNEL(tj_cu_argmin_cols_bool)
TJ_HOST_KERNEL(tj_cu_argmin_cols_i32)
TJ_HOST_KERNEL(tj_cu_argmin_cols_f32)
TJ_HOST_KERNEL(tj_cu_argmin_cols_f64)
TJ_HOST_KERNEL(tj_cu_matmul_i32)
TJ_HOST_KERNEL(tj_cu_uniform_f32)
TJ_HOST_KERNEL(tj_cu_uniform_f64)
TJ_HOST_KERNEL(tj_cu_normal_f32)
TJ_HOST_KERNEL(tj_cu_normal_f64)
TJ_HOST_KERNEL(tj_cu_concat_8)
TJ_HOST_KERNEL(tj_cu_concat_32)
TJ_HOST_KERNEL(tj_cu_concat_64)
TJ_HOST_KERNEL(tj_cu_gather_8)
TJ_HOST_KERNEL(tj_cu_gather_32)
TJ_HOST_KERNEL(tj_cu_gather_64)
TJ_HOST_KERNEL(tj_cu_check_index)
TJ_HOST_KERNEL(tj_cu_scatter_set_8)
TJ_HOST_KERNEL(tj_cu_scatter_set_32)
TJ_HOST_KERNEL(tj_cu_scatter_set_64)
TJ_HOST_KERNEL(tj_cu_scatter_add_f32)
TJ_HOST_KERNEL(tj_cu_scatter_add_f64)
TJ_HOST_KERNEL(tj_cu_scatter_add_i32)
TJ_HOST_KERNEL(tj_cu_scatter_or_8)
TJ_HOST_KERNEL(tj_cu_cumsum_f32)
TJ_HOST_KERNEL(tj_cu_cumsum_f64)
TJ_HOST_KERNEL(tj_cu_cumsum_i32)
TJ_HOST_KERNEL(tj_cu_cumprod_f32)
TJ_HOST_KERNEL(tj_cu_cumprod_f64)
TJ_HOST_KERNEL(tj_cu_cumprod_i32)
TJ_HOST_KERNEL(tj_cu_argsort_f32)
TJ_HOST_KERNEL(tj_cu_argsort_f64)
TJ_HOST_KERNEL(tj_cu_argsort_i32)
TJ_HOST_KERNEL(tj_cu_argsort_bool)
#endif
