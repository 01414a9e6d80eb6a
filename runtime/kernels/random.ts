// Counter-based random numbers (Threefry-2x32, 20 rounds): element i of draw c under key k is a pure function of (k, c, i).

import type { TypedArray } from '../dtype.js';

const ROT = [13, 15, 26, 6, 17, 29, 16, 24];

/** Threefry-2x32 of the block (x0, x1) under key (k0, k1); writes both output words to `out`. */
function threefry(k0: number, k1: number, x0: number, x1: number, out: Uint32Array): void {
  const ks = [k0 >>> 0, k1 >>> 0, (0x1bd11bda ^ k0 ^ k1) >>> 0];
  x0 = (x0 + ks[0]) | 0;
  x1 = (x1 + ks[1]) | 0;
  for (let r = 0; r < 20; r++) {
    const rot = ROT[r & 7];
    x0 = (x0 + x1) | 0;
    x1 = (x1 << rot) | (x1 >>> (32 - rot));
    x1 ^= x0;
    if ((r & 3) === 3) {
      const s = (r + 1) >> 2;
      x0 = (x0 + ks[s % 3]) | 0;
      x1 = (x1 + ks[(s + 1) % 3] + s) | 0;
    }
  }
  out[0] = x0;
  out[1] = x1;
}

const TWO_M24 = 2 ** -24,
  TWO_M32 = 2 ** -32,
  TWO_M53 = 2 ** -53;

/** Uniform [0, 1) draws; float32 uses 24 random bits, float64 53. */
export function uniform(state: Int32Array, out: TypedArray, float64: boolean): void {
  const w = new Uint32Array(2);
  const [k0, k1, counter] = state;
  for (let i = 0; i < out.length; i++) {
    threefry(k0, k1, counter, i, w);
    out[i] = float64 ? ((w[0] >>> 5) * 67108864 + (w[1] >>> 6)) * TWO_M53 : (w[0] >>> 8) * TWO_M24;
  }
}

/** Standard normal draws by Box-Muller on the two words of each block. */
export function normal(state: Int32Array, out: TypedArray): void {
  const w = new Uint32Array(2);
  const [k0, k1, counter] = state;
  for (let i = 0; i < out.length; i++) {
    threefry(k0, k1, counter, i, w);
    const u1 = (w[0] + 1) * TWO_M32; // (0, 1]: log stays finite
    const u2 = w[1] * TWO_M32;
    out[i] = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }
}
