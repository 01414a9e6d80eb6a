// Scalar functions that generated JS loops call where JavaScript's Math has no exact equivalent.

const TWO_OVER_SQRT_PI = 1.1283791670955126;

/** erf to about 1e-15 relative: Taylor series near zero, continued fraction for erfc beyond. */
export function erf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    const x2 = x * x;
    let term = x,
      sum = x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const t = term / (2 * n + 1);
      sum += t;
      if (Math.abs(t) < 1e-17 * Math.abs(sum)) break;
    }
    return TWO_OVER_SQRT_PI * sum;
  }
  const r = 1 - erfcLarge(ax);
  return x < 0 ? -r : r;
}

/** erfc(x) for x >= 2.5 by Lentz's continued fraction. */
function erfcLarge(x: number): number {
  if (x > 27) return 0;
  // erfc(x) = exp(-x²)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))))
  const tiny = 1e-300;
  let f = x,
    c = x,
    d = 0;
  for (let n = 1; n < 300; n++) {
    const an = n / 2;
    d = x + an * d;
    if (d === 0) d = tiny;
    d = 1 / d;
    c = x + an / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Round half to even, as NumPy's round does. */
export function roundEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Floored modulo (the result takes the divisor's sign), as NumPy's mod does. */
export function fmod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

export function imod(a: number, b: number): number {
  if (b === 0) return 0;
  const r = a % b;
  return (r !== 0 && r < 0 !== b < 0 ? r + b : r) | 0;
}

/** Integer power with int32 wrap-around; negative exponents truncate toward zero. */
export function ipow(a: number, b: number): number {
  if (b < 0) return a === 1 ? 1 : a === -1 ? (b & 1 ? -1 : 1) : 0;
  let result = 1,
    base = a | 0,
    e = b;
  while (e > 0) {
    if (e & 1) result = Math.imul(result, base);
    base = Math.imul(base, base);
    e >>>= 1;
  }
  return result;
}

/** Float power with C99/NumPy special cases where JS differs: pow(1, NaN) = 1, pow(-1, ±Inf) = 1. */
export function fpow(a: number, b: number): number {
  if (a === 1) return 1;
  if (a === -1 && (b === Infinity || b === -Infinity)) return 1;
  return Math.pow(a, b);
}

export function fmax(a: number, b: number): number {
  return a > b || a !== a ? a : b;
}
export function fmin(a: number, b: number): number {
  return a < b || a !== a ? a : b;
}

// Float32 fast paths: results only need float32 accuracy (about 6e-8), so a short polynomial
// in double precision replaces Math.exp/Math.tanh, which cost ~20 ns each in V8.

const LOG2E = 1.4426950408889634;
const LN2 = 0.6931471805599453; // one term is enough: |k| <= 150 keeps the reduction error near 1e-14
/** 2^k for k in [-150, 129], indexed by k + 150. */
const POW2 = Float64Array.from({ length: 280 }, (_, i) => 2 ** (i - 150));

/**
 * exp(x) to about 2e-10 relative, for float32 results. The argument is clamped to [-104, 89]
 * first (branches here cost V8 more than the whole polynomial): beyond those bounds every float32
 * result is 0 or Infinity, and the Float32Array store rounds the clamped value to exactly that.
 * NaN passes through (the table index falls back to 0; the polynomial is NaN).
 */
export function expf(x: number): number {
  const xc = Math.min(Math.max(x, -104), 89);
  const k = Math.floor(xc * LOG2E + 0.5); // Math.round is several times slower in V8
  const r = xc - k * LN2; // |r| <= ln2/2
  const p =
    1 +
    r *
      (1 +
        r *
          (0.5 +
            r *
              (1.6666666666666666e-1 +
                r *
                  (4.1666666666666664e-2 +
                    r *
                      (8.3333333333333332e-3 +
                        r * (1.3888888888888889e-3 + r * (1.9841269841269841e-4 + r * 2.4801587301587302e-5)))))));
  return p * POW2[(k + 150) | 0];
}

/**
 * tanh(x) = -expm1(-2x) / (expm1(-2x) + 2), branch-free (a branch on the sign of random data
 * costs V8 more than this whole function). expm1 comes from the same reduction as expf, written
 * s*q - (1 - s) with q = e^r - 1 as a polynomial without its constant term, so small |x| loses
 * nothing to cancellation (relative error ~1e-9) and the sign of zero survives.
 */
export function tanhf(x: number): number {
  const y = Math.min(Math.max(-2 * x, -40), 40); // tanh(20) is 1 in float32; NaN passes through
  const k = Math.floor(y * LOG2E + 0.5);
  const r = y - k * LN2;
  const q =
    r *
    (1 +
      r *
        (0.5 +
          r *
            (1.6666666666666666e-1 +
              r *
                (4.1666666666666664e-2 +
                  r *
                    (8.3333333333333332e-3 +
                      r * (1.3888888888888889e-3 + r * (1.9841269841269841e-4 + r * 2.4801587301587302e-5)))))));
  const s = POW2[(k + 150) | 0];
  const em = s * q - (1 - s);
  return -em / (em + 2);
}

/** Exponentiates only -|x|, so the clamped expf never stands in for a huge value here. */
export function sigmoidf(x: number): number {
  if (x >= 0) return 1 / (1 + expf(-x));
  const e = expf(x);
  return e / (1 + e);
}
