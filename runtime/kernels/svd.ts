// Thin singular value decomposition of the last two axes by one-sided Jacobi (Hestenes), in float64.

import { sizeOf } from '../shape.js';

/** Which factor of A = U diag(S) Vt a call writes: U [m, k], S [k] (descending) or Vt [k, n]. */
export type SvdPart = 'u' | 's' | 'vt';

const MAX_SWEEPS = 80;
const EPS = 2.220446049250313e-16;

/** U (m x k, k = min(m, n)), S (k, descending) and V (n x k) of one m x n matrix, row-major. */
interface Factors {
  u: Float64Array;
  s: Float64Array;
  v: Float64Array;
}

/**
 * For m >= n: rotates pairs of columns of W = A (kept column-major) until every pair is orthogonal
 * to working precision, accumulating the rotations in V; then S are W's column norms and U its
 * normalized columns. Deterministic, so the three parts always come from the same decomposition.
 */
function jacobiTall(a: Float64Array, m: number, n: number): Factors {
  const w = new Float64Array(m * n); // column j at w[j*m ...]
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) w[j * m + i] = a[i * n + j];
  const v = new Float64Array(n * n); // column-major too
  for (let j = 0; j < n; j++) v[j * n + j] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0,
          beta = 0,
          gamma = 0;
        for (let i = 0; i < m; i++) {
          const x = w[p * m + i],
            y = w[q * m + i];
          alpha += x * x;
          beta += y * y;
          gamma += x * y;
        }
        if (gamma === 0 || !(Math.abs(gamma) > EPS * Math.sqrt(alpha) * Math.sqrt(beta))) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t =
          Math.abs(zeta) > 1e150 ? 0.5 / zeta : (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t),
          s = c * t;
        rotate(w, p * m, q * m, m, c, s);
        rotate(v, p * n, q * n, n, c, s);
      }
    }
    if (!rotated) break;
  }
  const norms = Array.from({ length: n }, (_, j) => {
    let ss = 0;
    for (let i = 0; i < m; i++) ss += w[j * m + i] ** 2;
    return Math.sqrt(ss);
  });
  // Descending, NaN last, ties in column order (the sort is stable).
  const key = (j: number) => (Number.isNaN(norms[j]) ? -Infinity : norms[j]);
  const order = norms.map((_, j) => j).sort((x, y) => (key(y) > key(x) ? 1 : key(y) < key(x) ? -1 : 0));
  const out: Factors = { u: new Float64Array(m * n), s: new Float64Array(n), v: new Float64Array(n * n) };
  const zero: number[] = [];
  order.forEach((j, k) => {
    const sigma = norms[j];
    out.s[k] = sigma;
    for (let i = 0; i < n; i++) out.v[i * n + k] = v[j * n + i];
    if (sigma > 0) for (let i = 0; i < m; i++) out.u[i * n + k] = w[j * m + i] / sigma;
    else if (sigma === 0) zero.push(k);
    else for (let i = 0; i < m; i++) out.u[i * n + k] = NaN;
  });
  for (const k of zero) completeColumn(out.u, m, n, k);
  return out;
}

/** (x_p, x_q) <- (c x_p - s x_q, s x_p + c x_q) over `len` elements at offsets p and q. */
function rotate(x: Float64Array, p: number, q: number, len: number, c: number, s: number): void {
  for (let i = 0; i < len; i++) {
    const a = x[p + i],
      b = x[q + i];
    x[p + i] = c * a - s * b;
    x[q + i] = s * a + c * b;
  }
}

/**
 * Column k of U (m x cols, row-major) for a zero singular value: the standard basis vector with
 * the most left after removing the other columns (twice, for orthogonality), normalized.
 */
function completeColumn(u: Float64Array, m: number, cols: number, k: number): void {
  let best: Float64Array | undefined,
    bestNorm = -1;
  for (let e = 0; e < m; e++) {
    const x = new Float64Array(m);
    x[e] = 1;
    for (let pass = 0; pass < 2; pass++) {
      for (let l = 0; l < cols; l++) {
        if (l === k) continue;
        let dot = 0;
        for (let i = 0; i < m; i++) dot += u[i * cols + l] * x[i];
        for (let i = 0; i < m; i++) x[i] -= dot * u[i * cols + l];
      }
    }
    let nx = 0;
    for (let i = 0; i < m; i++) nx += x[i] * x[i];
    nx = Math.sqrt(nx);
    if (nx > bestNorm) {
      best = x;
      bestNorm = nx;
    }
  }
  for (let i = 0; i < m; i++) u[i * cols + k] = best![i] / bestNorm;
}

/** The factors of one m x n matrix; a wide one through its transpose (A^T = V S U^T). */
function factor(a: Float64Array, m: number, n: number): Factors {
  if (m >= n) return jacobiTall(a, m, n);
  const t = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) t[j * m + i] = a[i * n + j];
  const f = jacobiTall(t, n, m);
  return { u: f.v, s: f.s, v: f.u };
}

/**
 * One part of the thin SVD of each matrix in x (shape [..., m, n]), written to out: U as
 * [..., m, k], S as [..., k], Vt as [..., k, n], with k = min(m, n).
 */
export function svd(
  x: ArrayLike<number>,
  shape: readonly number[],
  part: SvdPart,
  out: Float32Array | Float64Array,
): void {
  const m = shape[shape.length - 2],
    n = shape[shape.length - 1],
    k = Math.min(m, n);
  const batch = sizeOf(shape.slice(0, -2));
  const a = new Float64Array(m * n);
  for (let b = 0; b < batch; b++) {
    for (let i = 0; i < m * n; i++) a[i] = x[b * m * n + i];
    const f = factor(a, m, n);
    if (part === 's') out.set(f.s, b * k);
    else if (part === 'u') out.set(f.u, b * m * k);
    else {
      const o = b * k * n;
      for (let r = 0; r < k; r++) for (let c = 0; c < n; c++) out[o + r * n + c] = f.v[c * k + r];
    }
  }
}
