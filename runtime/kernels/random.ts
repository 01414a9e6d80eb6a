// Counter-based random numbers (Threefry-2x32, 20 rounds): element i of draw c under key k is a pure function of (k, c, i).

import type { TypedArray } from '../dtype.js';

const ROT = [13, 15, 26, 6, 17, 29, 16, 24];

/** Threefry-2x32's key schedule for key (k0, k1): the two words and their parity word. */
const keySchedule = (k0: number, k1: number): readonly number[] => [k0 >>> 0, k1 >>> 0, (0x1bd11bda ^ k0 ^ k1) >>> 0];

/** Threefry-2x32 of the block (x0, x1) under the key schedule `ks`; writes both output words to `out`. */
function threefry(ks: readonly number[], x0: number, x1: number, out: Uint32Array): void {
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
  TWO_M53 = 2 ** -53;

/** Uniform [0, 1) draws; float32 uses 24 random bits, float64 53. */
export function uniform(state: Int32Array, out: TypedArray, float64: boolean): void {
  const w = new Uint32Array(2);
  const ks = keySchedule(state[0], state[1]),
    counter = state[2];
  for (let i = 0; i < out.length; i++) {
    threefry(ks, counter, i, w);
    out[i] = float64 ? ((w[0] >>> 5) * 67108864 + (w[1] >>> 6)) * TWO_M53 : (w[0] >>> 8) * TWO_M24;
  }
}

// Box-Muller's log and cos, written out with only IEEE-rounded double operations (+, -, *, /, sqrt)
// in a fixed order and with exact argument reduction: the C and CUDA kernels (native/tj_random.c,
// native/cuda/tj_cuda_kernels.cu) repeat them operation for operation, so every tier draws the same
// bits (Math.log and Math.cos round as V8's libm does, which no C library promises to match).
const SQRT2 = 1.4142135623730951,
  LN2 = 0.6931471805599453,
  TWO_PI_M32 = 1.4629180792671596e-9; // 2π·2^-32

/** ln((w0 + 1)·2^-32), in (-22.2, 0]: the exponent exactly by counting bits, the rest by atanh's series on [√½, √2]. */
function logOfWord(w0: number): number {
  const m = (w0 + 1) >>> 0;
  let k = 32,
    f = 1;
  if (m !== 0) {
    k = 31 - Math.clz32(m);
    f = m / ((1 << k) >>> 0);
    if (f > SQRT2) {
      f = f * 0.5;
      k = k + 1;
    }
  }
  const s = (f - 1) / (f + 1),
    z = s * s;
  // 2·atanh(s)/s = 2 + (2/3)s² + (2/5)s⁴ + …, by Horner from the highest term
  let p = 0.09523809523809523;
  p = p * z + 0.10526315789473684;
  p = p * z + 0.11764705882352941;
  p = p * z + 0.13333333333333333;
  p = p * z + 0.15384615384615385;
  p = p * z + 0.18181818181818182;
  p = p * z + 0.2222222222222222;
  p = p * z + 0.2857142857142857;
  p = p * z + 0.4;
  p = p * z + 0.6666666666666666;
  p = p * z + 2;
  return (k - 32) * LN2 + s * p;
}

/** cos(2π·w1·2^-32): the quadrant and the reflection about π/4 from the word's bits (exact), then Taylor series on [0, π/4]. */
function cosOfWord(w1: number): number {
  const quadrant = w1 >>> 30,
    t = w1 & 0x3fffffff;
  const reflected = t >= 0x20000000;
  const x = (reflected ? 0x40000000 - t : t) * TWO_PI_M32,
    z = x * x;
  let c = 4.110317623312165e-19; // cos x = Σ (-1)^n x^2n/(2n)!
  c = c * z + -1.5619206968586225e-16;
  c = c * z + 4.779477332387385e-14;
  c = c * z + -1.1470745597729725e-11;
  c = c * z + 2.08767569878681e-9;
  c = c * z + -2.755731922398589e-7;
  c = c * z + 2.48015873015873e-5;
  c = c * z + -0.001388888888888889;
  c = c * z + 0.041666666666666664;
  c = c * z + -0.5;
  c = c * z + 1;
  let p = -8.22063524662433e-18; // (sin x - x)/x³ = Σ (-1)^n x^(2n-2)/(2n+1)!
  p = p * z + 2.8114572543455206e-15;
  p = p * z + -7.647163731819816e-13;
  p = p * z + 1.6059043836821613e-10;
  p = p * z + -2.505210838544172e-8;
  p = p * z + 2.7557319223985893e-6;
  p = p * z + -0.0001984126984126984;
  p = p * z + 0.008333333333333333;
  p = p * z + -0.16666666666666666;
  const sin = x + x * z * p;
  const cosPhi = reflected ? sin : c,
    sinPhi = reflected ? c : sin;
  return quadrant === 0 ? cosPhi : quadrant === 1 ? -sinPhi : quadrant === 2 ? -cosPhi : sinPhi;
}

/** A standard normal draw from one Threefry block's two words (Box-Muller): √(-2 ln u1)·cos(2π u2). */
export function normalOfWords(w0: number, w1: number): number {
  return Math.sqrt(-2 * logOfWord(w0)) * cosOfWord(w1);
}

/** Standard normal draws by Box-Muller on the two words of each block. */
export function normal(state: Int32Array, out: TypedArray): void {
  const w = new Uint32Array(2);
  const ks = keySchedule(state[0], state[1]),
    counter = state[2];
  for (let i = 0; i < out.length; i++) {
    threefry(ks, counter, i, w);
    out[i] = normalOfWords(w[0], w[1]);
  }
}
