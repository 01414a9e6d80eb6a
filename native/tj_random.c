// Random draws for the WASM and native tiers: uniform [0, 1) by Threefry-2x32 (20 rounds), the same
// bits as runtime/kernels/random.ts's uniform (element i of a draw is a pure function of the key,
// the counter and i, so shares need no coordination).
//
// Exports
//   void tj_uniform_f32(const int32_t* state, float* out, int n, int part, int parts, void* scratch)
//   void tj_uniform_f64(const int32_t* state, double* out, int n, int part, int parts, void* scratch)
// where state is [key 0, key 1, counter]. float32 takes the top 24 bits of the first word, float64
// 27 of the first and 26 of the second: both exact, as the JS kernel's products are. (Normal draws
// stay JS kernels: Box-Muller's log and cos would have to round as V8's do.)
#include <stdint.h>

#include "tj_export.h"

static inline uint32_t tj_rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

// Threefry-2x32 of the block (counter, i) under the key: both output words. Twenty rounds of
// add, rotate, xor (rotations 13 15 26 6 17 29 16 24, repeating), a key injection after every
// fourth (key words in turn, plus the injection count), written out: no table (native/'s kernels
// keep no static data).
#define TJ_MIX(R) (x0 += x1, x1 = tj_rotl(x1, R), x1 ^= x0)
#define TJ_INJECT(A, B, S) (x0 += (A), x1 += (B) + (uint32_t)(S))
static inline void tj_threefry(uint32_t k0, uint32_t k1, uint32_t x0, uint32_t x1, uint32_t* w0, uint32_t* w1) {
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

#define UNIFORM(D, T, VALUE)                                                                           \
  EXPORT("tj_uniform_" #D)                                                                           \
  void tj_uniform_##D(const int32_t* state, T* out, int n, int part, int parts, void* scratch) {     \
    (void)scratch;                                                                                   \
    const uint32_t k0 = (uint32_t)state[0], k1 = (uint32_t)state[1], counter = (uint32_t)state[2]; \
    const int64_t first = (int64_t)n * part / parts, end = (int64_t)n * (part + 1) / parts;         \
    for (int64_t i = first; i < end; i++) {                                                          \
      uint32_t w0, w1;                                                                               \
      tj_threefry(k0, k1, counter, (uint32_t)i, &w0, &w1);                                           \
      out[i] = VALUE;                                                                                \
    }                                                                                                \
  }

UNIFORM(f32, float, (float)(w0 >> 8) * 0x1p-24f)
UNIFORM(f64, double, (double)(((uint64_t)(w0 >> 5) << 26) | (w1 >> 6)) * 0x1p-53)
