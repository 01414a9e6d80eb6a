// Hand-written batched matrix multiply (float32 and float64) for the WASM tier, in WebAssembly SIMD128.
//
// Exports
//   int  tj_matmul_scratch_bytes(int m, int k, int n)
//   void tj_matmul_f32(const float* a, const float* b, float* c, int batch, int m, int k, int n,
//                      int a_batch_stride, int b_batch_stride, int trans, int part, int parts, void* scratch)
//   void tj_matmul_f64(const double* a, const double* b, double* c, int batch, int m, int k, int n,
//                      int a_batch_stride, int b_batch_stride, int trans, int part, int parts, void* scratch)
//   void tj_matmul_i32(same, int32_t; no scratch): plain loops, wrapping as the JS kernel's Math.imul and | 0 do
//   host builds only: void tj_blas_set_threads(int n), const char* tj_blas_config(void)
//
// Like every kernel of native/, a call does the part-th of `parts` shares of the work (0 <= part
// < parts), each writing its own rows of C, so that several threads can share one product; each
// share needs its own scratch. parts = 1 does it all.
//
// For t in [0, batch): C_t = A_t · B_t, all row-major and contiguous: A_t is m×k at
// a + t*a_batch_stride, B_t is k×n at b + t*b_batch_stride (strides in elements; 0 broadcasts one
// matrix to every batch) and C_t is m×n at c + t*m*n. `trans` bit 0 says A_t is stored transposed
// (as k×m), bit 1 that B_t is (as n×k): the packing reads them so, and no transposed copy is made. C is fully overwritten (zeros when k == 0);
// m, n or batch may be 0. A and B must not overlap C.
//
// Scratch contract: this module uses no malloc and no static data of its own (several modules
// share one WebAssembly.Memory and each places its static data at the same low addresses, so data
// of ours would collide). The packed panels of A and B live in caller-provided scratch instead:
// `scratch` must point to at least tj_matmul_scratch_bytes(m, k, n) writable bytes (any
// alignment; it is aligned up to 64 internally) that overlap none of a, b, c. The same size is
// enough for both f32 and f64 and for any batch count; it is at most about 2.2 MB and does not
// grow with m, nor with k or n beyond the block sizes below. Its contents are garbage afterwards.
//
// Method (Goto/BLIS style): loop over NC-column panels of B, KC-deep slices of k, and MC-row
// blocks of A; pack the B panel (KC×NC, L2/L3 resident) into NR-wide slivers and the A block
// (MC×KC, L2 resident) into MR-tall slivers, both zero-padded to whole slivers; then a register
// micro-kernel computes each MR×NR tile of C over the KC slice with f32x4 mul + add (no fused
// multiply-add: each product is rounded, then added; sums run in k order within a slice, and the
// slices' partial sums are added to C in turn). The first k slice stores into
// C, later ones add to it, so C never needs clearing. Partial tiles at the m and n edges go
// through a small tile in the scratch.
//
// Why 4×8: without FMA every f32x4 multiply-accumulate is a mul and an add, so two multiply and
// two add pipes bound any kernel at 16 flops a cycle (a register-only mul+add loop reaches ~50
// GFLOP/s in V8 on the 2-core dev machine); this kernel alone, L1-resident, reaches ~40. Larger
// tiles do not fit: V8 allocates 15 xmm registers on x64, and 6×8 (12 accumulators, 2 B vectors,
// a broadcast and a product) spills; 5×8 and 3×12 measured slower too (V8 spills an accumulator).
//
// Host builds (the native tier) compile this same code through native/host/wasm_simd128.h. With
// -DTJ_BLAS the products (and conv2d's through S##_gemm) go to cblas_sgemm/cblas_dgemm instead
// (native/tj_blas.h; link the BLAS), with the same shares and contract; the scratch goes unused.
// tj_blas_set_threads sets the BLAS's thread count and tj_blas_config says which BLAS it is ("" and
// a no-op without TJ_BLAS).
#include <stdint.h>
#include <wasm_simd128.h>
#ifdef TJ_BLAS
#include "tj_blas.h"
#endif

#include "tj_export.h"

// ---------------------------------------------------------------------------------------------
// float32: 4×8 micro-tile (8 f32x4 accumulators), KC=256 (an A sliver 4 KB, a B sliver 8 KB:
// both stay in L1), MC=128 (packed A block 128 KB in L2), NC=2048 (packed B panel ≤ 2 MB).
#define F32_MR 4
#define F32_NR 8
#define F32_KC 256
#define F32_MC 128
#define F32_NC 2048

// float64: 4×4 micro-tile (8 f64x2 accumulators), same byte sizes per block.
#define F64_MR 4
#define F64_NR 4
#define F64_KC 256
#define F64_MC 64
#define F64_NC 1024

#define ALIGN 64

static inline int round_up(int x, int r) { return (x + r - 1) / r * r; }
static inline int min_int(int x, int y) { return x < y ? x : y; }
static inline int max_int(int x, int y) { return x > y ? x : y; }

static inline uintptr_t align_ptr(void* p) { return ((uintptr_t)p + (ALIGN - 1)) & ~(uintptr_t)(ALIGN - 1); }

// Element counts of the three scratch regions (packed A block, packed B panel, edge tile).
static int f32_b_elems(int k, int n) { return min_int(F32_KC, max_int(k, 1)) * min_int(F32_NC, round_up(max_int(n, 1), F32_NR)); }
static int f64_b_elems(int k, int n) { return min_int(F64_KC, max_int(k, 1)) * min_int(F64_NC, round_up(max_int(n, 1), F64_NR)); }
#define F32_A_ELEMS (F32_MC * F32_KC)
#define F64_A_ELEMS (F64_MC * F64_KC)

EXPORT("tj_matmul_scratch_bytes")
int tj_matmul_scratch_bytes(int m, int k, int n) {
  (void)m; // the A block is sized by MC, not m: batches with a broadcast B are merged into one tall A
  int f32 = 4 * (F32_A_ELEMS + f32_b_elems(k, n) + F32_MR * F32_NR) + 2 * ALIGN;
  int f64 = 8 * (F64_A_ELEMS + f64_b_elems(k, n) + F64_MR * F64_NR) + 2 * ALIGN;
  return max_int(f32, f64) + ALIGN;
}

// ---------------------------------------------------------------------------------------------
// float32 packing

// A block rows [0, mc) × cols [0, kc) of a (element (i, p) at a[i*lda + p]) into MR-tall slivers:
// dst[s*MR*kc + p*MR + i] = a[(s*MR + i)*lda + p], rows past mc zero.
static void f32_pack_a(int mc, int kc, const float* a, int lda, float* dst) {
  for (int i0 = 0; i0 < mc; i0 += F32_MR) {
    int mr = min_int(F32_MR, mc - i0);
    const float* src = a + (intptr_t)i0 * lda;
    if (mr == 4) {
      const float* r0 = src; const float* r1 = src + lda; const float* r2 = src + 2 * lda; const float* r3 = src + 3 * lda;
      int p = 0;
      for (; p + 4 <= kc; p += 4) { // 4×4 transpose: four k steps of four rows
        v128_t x0 = wasm_v128_load(r0 + p), x1 = wasm_v128_load(r1 + p), x2 = wasm_v128_load(r2 + p), x3 = wasm_v128_load(r3 + p);
        v128_t t0 = wasm_i32x4_shuffle(x0, x1, 0, 4, 1, 5), t1 = wasm_i32x4_shuffle(x2, x3, 0, 4, 1, 5);
        v128_t t2 = wasm_i32x4_shuffle(x0, x1, 2, 6, 3, 7), t3 = wasm_i32x4_shuffle(x2, x3, 2, 6, 3, 7);
        wasm_v128_store(dst + 4 * p + 0, wasm_i64x2_shuffle(t0, t1, 0, 2));
        wasm_v128_store(dst + 4 * p + 4, wasm_i64x2_shuffle(t0, t1, 1, 3));
        wasm_v128_store(dst + 4 * p + 8, wasm_i64x2_shuffle(t2, t3, 0, 2));
        wasm_v128_store(dst + 4 * p + 12, wasm_i64x2_shuffle(t2, t3, 1, 3));
      }
      for (; p < kc; p++) {
        dst[4 * p + 0] = r0[p]; dst[4 * p + 1] = r1[p]; dst[4 * p + 2] = r2[p]; dst[4 * p + 3] = r3[p];
      }
    } else {
      for (int p = 0; p < kc; p++) {
        int i = 0;
        for (; i < mr; i++) dst[p * F32_MR + i] = src[(intptr_t)i * lda + p];
        for (; i < F32_MR; i++) dst[p * F32_MR + i] = 0.0f;
      }
    }
    dst += F32_MR * kc;
  }
}

// The same from a stored transposed (element (i, p) at a[p*lda + i]): each k step is a row.
static void f32_pack_at(int mc, int kc, const float* a, int lda, float* dst) {
  for (int i0 = 0; i0 < mc; i0 += F32_MR) {
    int mr = min_int(F32_MR, mc - i0);
    const float* src = a + i0;
    if (mr == F32_MR) {
      for (int p = 0; p < kc; p++) wasm_v128_store(dst + 4 * p, wasm_v128_load(src + (intptr_t)p * lda));
    } else {
      for (int p = 0; p < kc; p++) {
        int i = 0;
        for (; i < mr; i++) dst[p * F32_MR + i] = src[(intptr_t)p * lda + i];
        for (; i < F32_MR; i++) dst[p * F32_MR + i] = 0.0f;
      }
    }
    dst += F32_MR * kc;
  }
}

// B panel rows [0, kc) × cols [0, nc) of b (row stride ldb) into NR-wide slivers:
// dst[s*NR*kc + p*NR + j] = b[p*ldb + s*NR + j], columns past nc zero.
static void f32_pack_b(int kc, int nc, const float* b, int ldb, float* dst) {
  for (int j0 = 0; j0 < nc; j0 += F32_NR) {
    int nr = min_int(F32_NR, nc - j0);
    const float* src = b + j0;
    if (nr == F32_NR) {
      for (int p = 0; p < kc; p++) {
        const float* row = src + (intptr_t)p * ldb;
        wasm_v128_store(dst + p * 8, wasm_v128_load(row));
        wasm_v128_store(dst + p * 8 + 4, wasm_v128_load(row + 4));
      }
    } else {
      for (int p = 0; p < kc; p++) {
        const float* row = src + (intptr_t)p * ldb;
        int j = 0;
        for (; j < nr; j++) dst[p * F32_NR + j] = row[j];
        for (; j < F32_NR; j++) dst[p * F32_NR + j] = 0.0f;
      }
    }
    dst += F32_NR * kc;
  }
}

// The same from b stored transposed (element (p, j) at b[j*ldb + p]).
static void f32_pack_bt(int kc, int nc, const float* b, int ldb, float* dst) {
  for (int j0 = 0; j0 < nc; j0 += F32_NR) {
    int nr = min_int(F32_NR, nc - j0);
    const float* src = b + (intptr_t)j0 * ldb;
    for (int j = 0; j < F32_NR; j++) {
      if (j < nr) { const float* col = src + (intptr_t)j * ldb; for (int p = 0; p < kc; p++) dst[p * F32_NR + j] = col[p]; }
      else for (int p = 0; p < kc; p++) dst[p * F32_NR + j] = 0.0f;
    }
    dst += F32_NR * kc;
  }
}

// ---------------------------------------------------------------------------------------------
// float32 micro-kernel: the MR×8 tile at c (row stride ldc) = (first ? 0 : tile) + Ap·Bp over kc.

#define ROW_INIT(i) v128_t c##i##0 = wasm_f32x4_splat(0.0f), c##i##1 = c##i##0;
#define ROW_STEP(i, o) { v128_t av = wasm_v128_load32_splat(ap + 4 * (o) + (i)); \
    c##i##0 = wasm_f32x4_add(c##i##0, wasm_f32x4_mul(av, b0)); \
    c##i##1 = wasm_f32x4_add(c##i##1, wasm_f32x4_mul(av, b1)); }
// One k step at offset o (in steps) from ap/bp: two B vectors, then each row's broadcast A value.
#define K_STEP(o) { v128_t b0 = wasm_v128_load(bp + 8 * (o)), b1 = wasm_v128_load(bp + 8 * (o) + 4); \
    ROW_STEP(0, o) ROW_STEP(1, o) ROW_STEP(2, o) ROW_STEP(3, o) }
#define ROW_STORE(i) { float* cr = c + (intptr_t)(i) * ldc; \
    if (first) { wasm_v128_store(cr, c##i##0); wasm_v128_store(cr + 4, c##i##1); } \
    else { wasm_v128_store(cr, wasm_f32x4_add(wasm_v128_load(cr), c##i##0)); \
           wasm_v128_store(cr + 4, wasm_f32x4_add(wasm_v128_load(cr + 4), c##i##1)); } }

#define ROWS(X) X(0) X(1) X(2) X(3)

static void f32_kernel(int kc, const float* restrict ap, const float* restrict bp, float* restrict c, int ldc, int first) {
  ROWS(ROW_INIT)
  // Four k steps a trip, each followed by its own exit test (kc >= 1). The exits make each step
  // a basic block of its own, so V8 cannot hoist later steps' loads above earlier steps' arithmetic
  // (which runs out of registers: V8 allocates 15 xmm registers on x64), and the offsets fold
  // into the loads, so the loop costs one pointer update per four steps.
  int left = kc;
#pragma clang loop unroll(disable)
  for (;;) {
    K_STEP(0) if (--left == 0) break;
    K_STEP(1) if (--left == 0) break;
    K_STEP(2) if (--left == 0) break;
    K_STEP(3) if (--left == 0) break;
    ap += 4 * F32_MR; bp += 4 * F32_NR;
  }
  ROWS(ROW_STORE)
}

// C block (mc×nc at c, row stride ldc) (=|+=) packed A block · packed B panel over kc.
static void f32_macro(int mc, int nc, int kc, const float* pa, const float* pb, float* c, int ldc, int first, float* tile) {
  for (int j0 = 0; j0 < nc; j0 += F32_NR) {
    int nr = min_int(F32_NR, nc - j0);
    const float* bs = pb + (intptr_t)j0 * kc;
    for (int i0 = 0; i0 < mc; i0 += F32_MR) {
      int mr = min_int(F32_MR, mc - i0);
      const float* as = pa + (intptr_t)i0 * kc;
      float* ct = c + (intptr_t)i0 * ldc + j0;
      if (mr == F32_MR && nr == F32_NR) {
        f32_kernel(kc, as, bs, ct, ldc, first);
      } else {
        f32_kernel(kc, as, bs, tile, F32_NR, 1);
        for (int i = 0; i < mr; i++)
          for (int j = 0; j < nr; j++)
            ct[(intptr_t)i * ldc + j] = first ? tile[i * F32_NR + j] : ct[(intptr_t)i * ldc + j] + tile[i * F32_NR + j];
      }
    }
  }
}

// One product: C (m×n) = A (m×k) · B (k×n), k ≥ 1; A and/or B stored transposed per `trans`
// (lda, ldb: their row strides as stored).
static void f32_gemm_t(const float* a, int lda, const float* b, int ldb, int trans, float* c, int m, int k, int n, float* pa, float* pb, float* tile) {
  int ta = trans & 1, tb = trans & 2;
  for (int jc = 0; jc < n; jc += F32_NC) {
    int nc = min_int(F32_NC, n - jc);
    for (int pc = 0; pc < k; pc += F32_KC) {
      int kc = min_int(F32_KC, k - pc);
      if (tb) f32_pack_bt(kc, nc, b + (intptr_t)jc * ldb + pc, ldb, pb);
      else f32_pack_b(kc, nc, b + (intptr_t)pc * ldb + jc, ldb, pb);
      for (int ic = 0; ic < m; ic += F32_MC) {
        int mc = min_int(F32_MC, m - ic);
        if (ta) f32_pack_at(mc, kc, a + (intptr_t)pc * lda + ic, lda, pa);
        else f32_pack_a(mc, kc, a + (intptr_t)ic * lda + pc, lda, pa);
        f32_macro(mc, nc, kc, pa, pb, c + (intptr_t)ic * n + jc, n, pc == 0, tile);
      }
    }
  }
}

// C (m×n) = A (m×k) · B (k×n), all row-major and contiguous, k ≥ 1.
static void f32_gemm(const float* a, const float* b, float* c, int m, int k, int n, float* pa, float* pb, float* tile) {
#ifdef TJ_BLAS
  (void)pa; (void)pb; (void)tile;
  cblas_sgemm(TJ_CBLAS_ROW_MAJOR, TJ_CBLAS_NO_TRANS, TJ_CBLAS_NO_TRANS, m, n, k, 1, a, k, b, n, 0, c, n);
#else
  f32_gemm_t(a, k, b, n, 0, c, m, k, n, pa, pb, tile);
#endif
}

// Matrix-vector products (n == 1 or m == 1): no packing, one pass over the matrix.
// c[i] = dot(M + i*ld, v) for i in [0, len)
static void f32_dots(const float* M, int ld, const float* v, int k, float* c, int len) {
  for (int i = 0; i < len; i++) {
    const float* row = M + (intptr_t)i * ld;
    v128_t s0 = wasm_f32x4_splat(0.0f), s1 = s0;
    int p = 0;
    for (; p + 8 <= k; p += 8) {
      s0 = wasm_f32x4_add(s0, wasm_f32x4_mul(wasm_v128_load(row + p), wasm_v128_load(v + p)));
      s1 = wasm_f32x4_add(s1, wasm_f32x4_mul(wasm_v128_load(row + p + 4), wasm_v128_load(v + p + 4)));
    }
    s0 = wasm_f32x4_add(s0, s1);
    float s = (wasm_f32x4_extract_lane(s0, 0) + wasm_f32x4_extract_lane(s0, 1)) + (wasm_f32x4_extract_lane(s0, 2) + wasm_f32x4_extract_lane(s0, 3));
    for (; p < k; p++) s += row[p] * v[p];
    c[i] = s;
  }
}

// c[j] = sum over p of v[p] * M[p*ld + j], for j in [0, len), in column blocks that stay in L1.
static void f32_axpys(const float* M, int ld, const float* v, int k, float* c, int len) {
  for (int j0 = 0; j0 < len; j0 += 512) {
    int jl = min_int(512, len - j0);
    float* cb = c + j0;
    for (int j = 0; j < jl; j++) cb[j] = 0.0f;
    for (int p = 0; p < k; p++) {
      const float* row = M + (intptr_t)p * ld + j0;
      v128_t vp = wasm_f32x4_splat(v[p]);
      int j = 0;
      for (; j + 4 <= jl; j += 4) wasm_v128_store(cb + j, wasm_f32x4_add(wasm_v128_load(cb + j), wasm_f32x4_mul(vp, wasm_v128_load(row + j))));
      for (; j < jl; j++) cb[j] += v[p] * row[j];
    }
  }
}

static void f64_dots(const double* M, int ld, const double* v, int k, double* c, int len) {
  for (int i = 0; i < len; i++) {
    const double* row = M + (intptr_t)i * ld;
    double s = 0.0;
    for (int p = 0; p < k; p++) s += row[p] * v[p];
    c[i] = s;
  }
}

static void f64_axpys(const double* M, int ld, const double* v, int k, double* c, int len) {
  for (int j0 = 0; j0 < len; j0 += 256) {
    int jl = min_int(256, len - j0);
    double* cb = c + j0;
    for (int j = 0; j < jl; j++) cb[j] = 0.0;
    for (int p = 0; p < k; p++) {
      const double* row = M + (intptr_t)p * ld + j0;
      for (int j = 0; j < jl; j++) cb[j] += v[p] * row[j];
    }
  }
}

// The products with n == 1 or m == 1, as `parts` shares over the batch or the result's length.
#define GEMV(T, S) \
static void S##_gemv(const T* a, const T* b, T* c, int batch, int m, int k, int n, int as, int bs, int trans, int part, int parts) { \
  int len = n == 1 ? m : n; \
  int t0 = 0, t1 = batch, lo = 0, hi = len; \
  if (batch >= parts) { t0 = batch * part / parts; t1 = batch * (part + 1) / parts; } \
  else { lo = len * part / parts; hi = len * (part + 1) / parts; } \
  for (int t = t0; t < t1; t++) { \
    const T* at = a + (intptr_t)t * as; const T* bt = b + (intptr_t)t * bs; T* ct = c + (intptr_t)t * m * n; \
    if (n == 1) { /* c = A v: rows of A, or columns when A is stored transposed */ \
      if (trans & 1) S##_axpys(at + lo, m, bt, k, ct + lo, hi - lo); else S##_dots(at + (intptr_t)lo * k, k, bt, k, ct + lo, hi - lo); \
    } else { /* c = v B: columns of B, or rows when B is stored transposed */ \
      if (trans & 2) S##_dots(bt + (intptr_t)lo * k, k, at, k, ct + lo, hi - lo); else S##_axpys(bt + lo, n, at, k, ct + lo, hi - lo); \
    } \
  } \
}
GEMV(float, f32)
GEMV(double, f64)

#ifdef TJ_BLAS
// A share of the exported product (k >= 1) through the BLAS: whole matrices per share or, with fewer
// matrices than shares, bands of rows of every one. Operands stored transposed are passed as they lie.
#define DEFINE_BLAS_MATMUL(T, S, GEMM)                                                               \
  static void S##_blas_matmul(const T* a, const T* b, T* c, int batch, int m, int k, int n, int as, int bs, \
                              int trans, int part, int parts) {                                     \
    if (batch > 1 && bs == 0 && as == m * k && !(trans & 1)) { m *= batch; batch = 1; }               \
    int ta = trans & 1 ? TJ_CBLAS_TRANS : TJ_CBLAS_NO_TRANS, tb = trans & 2 ? TJ_CBLAS_TRANS : TJ_CBLAS_NO_TRANS; \
    int lda = trans & 1 ? m : k, ldb = trans & 2 ? k : n;                                            \
    int t0 = 0, t1 = batch, lo = 0, hi = m;                                                          \
    if (batch >= parts) { t0 = batch * part / parts; t1 = batch * (part + 1) / parts; }             \
    else { lo = (int)((int64_t)m * part / parts); hi = (int)((int64_t)m * (part + 1) / parts); }     \
    if (lo >= hi) return;                                                                            \
    for (int t = t0; t < t1; t++)                                                                    \
      GEMM(TJ_CBLAS_ROW_MAJOR, ta, tb, hi - lo, n, k, 1, a + (intptr_t)t * as + (intptr_t)lo * (trans & 1 ? 1 : k), lda, \
           b + (intptr_t)t * bs, ldb, 0, c + (intptr_t)t * m * n + (intptr_t)lo * n, n);             \
  }
DEFINE_BLAS_MATMUL(float, f32, cblas_sgemm)
DEFINE_BLAS_MATMUL(double, f64, cblas_dgemm)
#define BLAS_MATMUL(S) { S##_blas_matmul(a, b, c, batch, m, k, n, a_batch_stride, b_batch_stride, trans, part, parts); return; }
#else
#define BLAS_MATMUL(S)
#endif

// The exported product (the header's contract) for element type T: k == 0 gives zeros; n == 1 or
// m == 1 takes the matrix-vector path (one pass over the matrix: faster than a BLAS gemm called with
// one column); then the BLAS where there is one; otherwise the packed
// gemm over whole matrices per share or, with fewer matrices than shares, over bands of rows (whole
// micro-tiles) of every one.
#define DEFINE_MATMUL(T, S, MR, A_ELEMS)                                                             \
  EXPORT("tj_matmul_" #S)                                                                            \
  void tj_matmul_##S(const T* a, const T* b, T* c, int batch, int m, int k, int n,                   \
                     int a_batch_stride, int b_batch_stride, int trans, int part, int parts, void* scratch) { \
    if (batch <= 0 || m <= 0 || n <= 0) return;                                                      \
    if (k <= 0) {                                                                                    \
      intptr_t total = (intptr_t)batch * m * n, lo = total * part / parts, hi = total * (part + 1) / parts; \
      for (T* p = c + lo; p < c + hi; p++) *p = 0;                                                   \
      return;                                                                                        \
    }                                                                                                \
    if (n == 1 || m == 1) { S##_gemv(a, b, c, batch, m, k, n, a_batch_stride, b_batch_stride, trans, part, parts); return; } \
    BLAS_MATMUL(S)                                                                                   \
    T* pa = (T*)align_ptr(scratch);                                                                  \
    T* pb = (T*)align_ptr(pa + A_ELEMS);                                                             \
    T* tile = (T*)align_ptr(pb + S##_b_elems(k, n));                                                 \
    /* One B for every batch and the A's laid end to end: a single (batch*m)×k product. */          \
    if (batch > 1 && b_batch_stride == 0 && a_batch_stride == m * k && !(trans & 1)) { m *= batch; batch = 1; } \
    int lda = trans & 1 ? m : k, ldb = trans & 2 ? k : n;                                            \
    if (batch >= parts) {                                                                            \
      for (int t = batch * part / parts; t < batch * (part + 1) / parts; t++)                        \
        S##_gemm_t(a + (intptr_t)t * a_batch_stride, lda, b + (intptr_t)t * b_batch_stride, ldb, trans, c + (intptr_t)t * m * n, m, k, n, pa, pb, tile); \
      return;                                                                                        \
    }                                                                                                \
    int tiles = (m + MR - 1) / MR;                                                                   \
    int lo = tiles * part / parts * MR, hi = min_int(m, tiles * (part + 1) / parts * MR);            \
    if (lo >= hi) return;                                                                            \
    for (int t = 0; t < batch; t++)                                                                  \
      S##_gemm_t(a + (intptr_t)t * a_batch_stride + (intptr_t)lo * (trans & 1 ? 1 : k), lda, b + (intptr_t)t * b_batch_stride, ldb, trans, c + (intptr_t)t * m * n + (intptr_t)lo * n, hi - lo, k, n, pa, pb, tile); \
  }

DEFINE_MATMUL(float, f32, F32_MR, F32_A_ELEMS)

// ---------------------------------------------------------------------------------------------
// float64: the same scheme with f64x2 vectors and a 4×4 tile.

static void f64_pack_a(int mc, int kc, const double* a, int lda, double* dst) {
  for (int i0 = 0; i0 < mc; i0 += F64_MR) {
    int mr = min_int(F64_MR, mc - i0);
    const double* src = a + (intptr_t)i0 * lda;
    for (int p = 0; p < kc; p++) {
      int i = 0;
      for (; i < mr; i++) dst[p * F64_MR + i] = src[(intptr_t)i * lda + p];
      for (; i < F64_MR; i++) dst[p * F64_MR + i] = 0.0;
    }
    dst += F64_MR * kc;
  }
}

static void f64_pack_b(int kc, int nc, const double* b, int ldb, double* dst) {
  for (int j0 = 0; j0 < nc; j0 += F64_NR) {
    int nr = min_int(F64_NR, nc - j0);
    const double* src = b + j0;
    for (int p = 0; p < kc; p++) {
      const double* row = src + (intptr_t)p * ldb;
      if (nr == F64_NR) {
        wasm_v128_store(dst + p * 4, wasm_v128_load(row));
        wasm_v128_store(dst + p * 4 + 2, wasm_v128_load(row + 2));
      } else {
        int j = 0;
        for (; j < nr; j++) dst[p * F64_NR + j] = row[j];
        for (; j < F64_NR; j++) dst[p * F64_NR + j] = 0.0;
      }
    }
    dst += F64_NR * kc;
  }
}

// The transposed forms (element (i, p) of A at a[p*lda + i]; (p, j) of B at b[j*ldb + p]).
static void f64_pack_at(int mc, int kc, const double* a, int lda, double* dst) {
  for (int i0 = 0; i0 < mc; i0 += F64_MR) {
    int mr = min_int(F64_MR, mc - i0);
    for (int p = 0; p < kc; p++) {
      const double* row = a + (intptr_t)p * lda + i0;
      int i = 0;
      for (; i < mr; i++) dst[p * F64_MR + i] = row[i];
      for (; i < F64_MR; i++) dst[p * F64_MR + i] = 0.0;
    }
    dst += F64_MR * kc;
  }
}

static void f64_pack_bt(int kc, int nc, const double* b, int ldb, double* dst) {
  for (int j0 = 0; j0 < nc; j0 += F64_NR) {
    int nr = min_int(F64_NR, nc - j0);
    for (int j = 0; j < F64_NR; j++) {
      if (j < nr) { const double* col = b + (intptr_t)(j0 + j) * ldb; for (int p = 0; p < kc; p++) dst[p * F64_NR + j] = col[p]; }
      else for (int p = 0; p < kc; p++) dst[p * F64_NR + j] = 0.0;
    }
    dst += F64_NR * kc;
  }
}

#define D_ROW_INIT(i) v128_t d##i##0 = wasm_f64x2_splat(0.0), d##i##1 = d##i##0;
#define D_ROW_STEP(i, o) { v128_t av = wasm_v128_load64_splat(ap + 4 * (o) + (i)); \
    d##i##0 = wasm_f64x2_add(d##i##0, wasm_f64x2_mul(av, b0)); \
    d##i##1 = wasm_f64x2_add(d##i##1, wasm_f64x2_mul(av, b1)); }
#define D_ROW_STORE(i) { double* cr = c + (intptr_t)(i) * ldc; \
    if (first) { wasm_v128_store(cr, d##i##0); wasm_v128_store(cr + 2, d##i##1); } \
    else { wasm_v128_store(cr, wasm_f64x2_add(wasm_v128_load(cr), d##i##0)); \
           wasm_v128_store(cr + 2, wasm_f64x2_add(wasm_v128_load(cr + 2), d##i##1)); } }
#define D_ROWS(X) X(0) X(1) X(2) X(3)
#define D_K_STEP(o) { v128_t b0 = wasm_v128_load(bp + 4 * (o)), b1 = wasm_v128_load(bp + 4 * (o) + 2); \
    D_ROW_STEP(0, o) D_ROW_STEP(1, o) D_ROW_STEP(2, o) D_ROW_STEP(3, o) }

static void f64_kernel(int kc, const double* restrict ap, const double* restrict bp, double* restrict c, int ldc, int first) {
  D_ROWS(D_ROW_INIT)
  int left = kc; // >= 1; unrolled like f32_kernel
#pragma clang loop unroll(disable)
  for (;;) {
    D_K_STEP(0) if (--left == 0) break;
    D_K_STEP(1) if (--left == 0) break;
    D_K_STEP(2) if (--left == 0) break;
    D_K_STEP(3) if (--left == 0) break;
    ap += 4 * F64_MR; bp += 4 * F64_NR;
  }
  D_ROWS(D_ROW_STORE)
}

static void f64_gemm_t(const double* a, int lda, const double* b, int ldb, int trans, double* c, int m, int k, int n, double* pa, double* pb, double* tile) {
  int ta = trans & 1, tb = trans & 2;
  for (int jc = 0; jc < n; jc += F64_NC) {
    int nc = min_int(F64_NC, n - jc);
    for (int pc = 0; pc < k; pc += F64_KC) {
      int kc = min_int(F64_KC, k - pc);
      int first = pc == 0;
      if (tb) f64_pack_bt(kc, nc, b + (intptr_t)jc * ldb + pc, ldb, pb);
      else f64_pack_b(kc, nc, b + (intptr_t)pc * ldb + jc, ldb, pb);
      for (int ic = 0; ic < m; ic += F64_MC) {
        int mc = min_int(F64_MC, m - ic);
        if (ta) f64_pack_at(mc, kc, a + (intptr_t)pc * lda + ic, lda, pa);
        else f64_pack_a(mc, kc, a + (intptr_t)ic * lda + pc, lda, pa);
        double* cb = c + (intptr_t)ic * n + jc;
        for (int j0 = 0; j0 < nc; j0 += F64_NR) {
          int nr = min_int(F64_NR, nc - j0);
          const double* bs = pb + (intptr_t)j0 * kc;
          for (int i0 = 0; i0 < mc; i0 += F64_MR) {
            int mr = min_int(F64_MR, mc - i0);
            const double* as = pa + (intptr_t)i0 * kc;
            double* ct = cb + (intptr_t)i0 * n + j0;
            if (mr == F64_MR && nr == F64_NR) {
              f64_kernel(kc, as, bs, ct, n, first);
            } else {
              f64_kernel(kc, as, bs, tile, F64_NR, 1);
              for (int i = 0; i < mr; i++)
                for (int j = 0; j < nr; j++)
                  ct[(intptr_t)i * n + j] = first ? tile[i * F64_NR + j] : ct[(intptr_t)i * n + j] + tile[i * F64_NR + j];
            }
          }
        }
      }
    }
  }
}

static void f64_gemm(const double* a, const double* b, double* c, int m, int k, int n, double* pa, double* pb, double* tile) {
#ifdef TJ_BLAS
  (void)pa; (void)pb; (void)tile;
  cblas_dgemm(TJ_CBLAS_ROW_MAJOR, TJ_CBLAS_NO_TRANS, TJ_CBLAS_NO_TRANS, m, n, k, 1, a, k, b, n, 0, c, n);
#else
  f64_gemm_t(a, k, b, n, 0, c, m, k, n, pa, pb, tile);
#endif
}

DEFINE_MATMUL(double, f64, F64_MR, F64_A_ELEMS)

#ifndef __wasm__
EXPORT("tj_blas_set_threads")
void tj_blas_set_threads(int n) {
#ifdef TJ_BLAS
  openblas_set_num_threads(n);
#else
  (void)n;
#endif
}

EXPORT("tj_blas_config")
const char* tj_blas_config(void) {
#ifdef TJ_BLAS
  return openblas_get_config();
#else
  return "";
#endif
}
#endif

// ---------------------------------------------------------------------------------------------
// int32: the same contract in plain loops (no scratch used). Products and sums wrap modulo 2^32,
// as the JS kernel's Math.imul and | 0 do (unsigned arithmetic: no overflow in C), so any order of
// the sums gives its bits. Shares are whole rows of C across the batch.

EXPORT("tj_matmul_i32")
void tj_matmul_i32(const int32_t* a, const int32_t* b, int32_t* c, int batch, int m, int k, int n, int a_batch_stride,
                   int b_batch_stride, int trans, int part, int parts, void* scratch) {
  (void)scratch;
  if (batch <= 0 || m <= 0 || n <= 0) return;
  const int64_t rows = (int64_t)batch * m, first = rows * part / parts, end = rows * (part + 1) / parts;
  for (int64_t r = first; r < end; r++) {
    const int64_t t = r / m, i = r % m;
    const int32_t* at = a + t * a_batch_stride;
    const int32_t* bt = b + t * b_batch_stride;
    uint32_t* restrict row = (uint32_t*)c + r * n;
    for (int j = 0; j < n; j++) row[j] = 0;
    for (int p = 0; p < k; p++) {
      const uint32_t av = (uint32_t)(trans & 1 ? at[(int64_t)p * m + i] : at[i * k + p]);
      if (trans & 2)
        for (int j = 0; j < n; j++) row[j] += av * (uint32_t)bt[(int64_t)j * k + p];
      else
        for (int j = 0; j < n; j++) row[j] += av * (uint32_t)bt[(int64_t)p * n + j];
    }
  }
}
