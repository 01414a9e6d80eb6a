// Data movement for the WASM tier: one strided "window copy" that does transpose, slice (any
// steps), broadcastTo and pad, for elements of 1, 4 and 8 bytes.
//
// Exports
//   void tj_window_8 (const uint8_t* src,  uint8_t* dst,  <WINDOW ARGS>, int part, int parts, void* scratch)
//   void tj_window_32(const uint32_t* src, uint32_t* dst, <WINDOW ARGS>, int part, int parts, void* scratch)
//   void tj_window_64(const uint64_t* src, uint64_t* dst, <WINDOW ARGS>, int part, int parts, void* scratch)
// where <WINDOW ARGS> = int d0..d5, int s0..s5, int l0..l5, int h0..h5, int offset, int fill_lo, int fill_hi;
//   void tj_concat_{8,32,64}(const T* src, T* dst, int outer, int block, int row, int col,
//                            int part, int parts, void* scratch)
// which copies one input of a concat into its columns of the output: src is [outer, block] and
// dst [outer, row], and dst[o, col + j] = src[o, j] (a concat is one call per input).
//
// dst is a contiguous array of shape [d0, ..., d5] (callers pad lower ranks with leading 1s). For
// each index (i0, ..., i5): if l_k <= i_k < h_k for every k, dst[i] = src[offset + sum i_k * s_k]
// (strides in elements, any sign, 0 broadcasts), else dst[i] = the fill value, whose bits are
// fill_lo (and fill_hi above them for 8-byte elements). So transpose permutes the strides, slice
// scales them and moves the offset, broadcastTo zeroes some, and pad narrows [l, h) and moves the
// offset back by l. The scratch is unused. Like every kernel of native/: no static data, and a call
// does the part-th of `parts` shares (rows of the outer five dimensions), so threads can share it.
// Rows are walked with dimension 4 in an inner loop, so short rows cost little beyond their copy.
#include <stdint.h>

#include "tj_export.h"

#define WINDOW_PARAMS int d0, int d1, int d2, int d3, int d4, int d5, int s0, int s1, int s2, int s3, int s4, int s5, \
  int l0, int l1, int l2, int l3, int l4, int l5, int h0, int h1, int h2, int h3, int h4, int h5, int offset, int fill_lo, int fill_hi

#define WINDOW(BITS, T, FILL) \
EXPORT("tj_window_" #BITS) \
void tj_window_##BITS(const T* restrict src, T* restrict dst, WINDOW_PARAMS, int part, int parts, void* scratch) { \
  (void)scratch; \
  const int d[4] = { d0, d1, d2, d3 }, s[4] = { s0, s1, s2, s3 }, l[4] = { l0, l1, l2, l3 }, h[4] = { h0, h1, h2, h3 }; \
  const T fill = FILL; \
  int64_t rows = (int64_t)d0 * d1 * d2 * d3 * d4; \
  int64_t row = rows * part / parts, end = rows * (part + 1) / parts; \
  if (row >= end || d5 <= 0) return; \
  /* the first row's index: dims 0..3 as an odometer, dim 4 counted in the inner loop */ \
  int i[4], i4 = (int)(row % d4); \
  int64_t r = row / d4; \
  for (int k = 3; k >= 0; k--) { i[k] = (int)(r % d[k]); r /= d[k]; } \
  int in_lo = l5 < 0 ? 0 : l5 > d5 ? d5 : l5, in_hi = h5 < in_lo ? in_lo : h5 > d5 ? d5 : h5; \
  T* out = dst + row * d5; \
  while (row < end) { \
    int inside = 1; \
    intptr_t base = offset; \
    for (int k = 0; k < 4; k++) { inside &= i[k] >= l[k] && i[k] < h[k]; base += (intptr_t)i[k] * s[k]; } \
    for (; i4 < d4 && row < end; i4++, row++, out += d5) { \
      if (!inside || i4 < l4 || i4 >= h4) { for (int j = 0; j < d5; j++) out[j] = fill; continue; } \
      const T* in = src + base + (intptr_t)i4 * s4; \
      if (d5 <= 4) { /* short rows (a pad that interleaves, say): one pass, no loop set-up per part */ \
        for (int j = 0; j < d5; j++) out[j] = j >= in_lo && j < in_hi ? in[(intptr_t)j * s5] : fill; \
        continue; \
      } \
      for (int j = 0; j < in_lo; j++) out[j] = fill; \
      if (s5 == 1) { for (int j = in_lo; j < in_hi; j++) out[j] = in[j]; } \
      else if (s5 == 0) { T v = in[0]; for (int j = in_lo; j < in_hi; j++) out[j] = v; } \
      else { for (int j = in_lo; j < in_hi; j++) out[j] = in[(intptr_t)j * s5]; } \
      for (int j = in_hi; j < d5; j++) out[j] = fill; \
    } \
    i4 = 0; \
    for (int k = 3; k >= 0; k--) { if (++i[k] < d[k]) break; i[k] = 0; } \
  } \
}

WINDOW(8, uint8_t, (uint8_t)fill_lo)
WINDOW(32, uint32_t, (uint32_t)fill_lo)
WINDOW(64, uint64_t, ((uint64_t)(uint32_t)fill_hi << 32) | (uint32_t)fill_lo)

#define CONCAT(BITS, T) \
EXPORT("tj_concat_" #BITS) \
void tj_concat_##BITS(const T* restrict src, T* restrict dst, int outer, int block, int row, int col, int part, \
                      int parts, void* scratch) { \
  (void)scratch; \
  const int64_t first = (int64_t)outer * part / parts, end = (int64_t)outer * (part + 1) / parts; \
  for (int64_t o = first; o < end; o++) { \
    const T* in = src + o * block; \
    T* out = dst + o * row + col; \
    for (int j = 0; j < block; j++) out[j] = in[j]; \
  } \
}

CONCAT(8, uint8_t)
CONCAT(32, uint32_t)
CONCAT(64, uint64_t)
