// Scalar functions that generated JS loops call where JavaScript's Math has no exact equivalent.

const TWO_OVER_SQRT_PI = 1.1283791670955126;

/** erf to about 1e-15 relative: Taylor series near zero, continued fraction for erfc beyond. */
export function erf(x: number): number {
  if (x !== x) return x;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    const x2 = x * x;
    let term = x, sum = x;
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
  let f = x, c = x, d = 0;
  for (let n = 1; n < 300; n++) {
    const an = n / 2;
    d = x + an * d; if (d === 0) d = tiny; d = 1 / d;
    c = x + an / c; if (c === 0) c = tiny;
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
  return r !== 0 && (r < 0) !== (b < 0) ? r + b : r;
}

export function imod(a: number, b: number): number {
  if (b === 0) return 0;
  const r = a % b;
  return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) | 0;
}

/** Integer power with int32 wrap-around; negative exponents truncate toward zero. */
export function ipow(a: number, b: number): number {
  if (b < 0) return a === 1 ? 1 : a === -1 ? (b & 1 ? -1 : 1) : 0;
  let result = 1, base = a | 0, e = b;
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

export function fmax(a: number, b: number): number { return a > b || a !== a ? a : b; }
export function fmin(a: number, b: number): number { return a < b || a !== a ? a : b; }
