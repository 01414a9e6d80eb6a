// Eager matrix-multiply kernel: batched row-major C = A·B on raw TypedArrays, cache-blocked and register-tiled.

export type Buf = Float32Array | Float64Array | Int32Array;

// Packed strips are MR rows of A / NR columns of B, stored k-step major with the same stride (4), so
// one induction variable indexes both. The micro-kernel computes a 4×2 tile (half a B strip) at a
// time: 8 accumulators plus 6 operands fit x64's 15 allocatable double registers, whereas larger
// tiles measured slower because V8 spills them on every iteration.
const MR = 4;
const NR = 4;
// Cache blocks: a KC×NC panel of B is packed once and reused by every MC-row block of A.
const KC = 256;
const MC = 128;
const NC = 512;
// Below this many multiply-adds, or with fewer rows than this, packing costs more than it saves.
const SMALL_WORK = 512;
const SMALL_ROWS = 2;

// Packed operands live in one plain array of doubles rather than a Float64Array: V8 compiles
// element loads from a packed-double JS array to fewer instructions (no external-pointer add,
// 32-bit length compare), which is worth ~20% in the inner loop. A block sits at [0, bBase),
// the B panel at [bBase, ...). Allocated on first use; block sizes bound it, so it never grows.
let pack: number[] = [];

function newPack(size: number): number[] {
  // Start from a double so the array's elements kind is PACKED_DOUBLE from the first push.
  const arr = [0.5];
  for (let i = 1; i < size; i++) arr.push(0.5);
  return arr;
}

/**
 * out[t] (m×n) = A_t (m×k) · B_t (k×n) for t in [0, batch), all row-major. A_t starts at
 * t·aBatchStride in `a`, B_t at t·bBatchStride in `b` (a stride of 0 broadcasts), out[t] at t·m·n.
 * `out` is fully overwritten. Int32 arithmetic wraps like C int32.
 */
export function matmul(
  a: Buf,
  b: Buf,
  out: Buf,
  batch: number,
  m: number,
  k: number,
  n: number,
  aBatchStride: number,
  bBatchStride: number,
): void {
  if (batch === 0 || m === 0 || n === 0) return;
  if (k === 0) {
    out.fill(0, 0, batch * m * n);
    return;
  }
  // A shared B with back-to-back A matrices is one tall product: B is packed once instead of per batch.
  if (batch > 1 && bBatchStride === 0 && aBatchStride === m * k) {
    m *= batch;
    batch = 1;
  }
  const int = out instanceof Int32Array;
  const small = m * n * k <= SMALL_WORK || m <= SMALL_ROWS;
  if (!int && !small && pack.length === 0) pack = newPack(MC * KC + KC * NC);
  for (let t = 0; t < batch; t++) {
    const aOff = t * aBatchStride;
    const bOff = t * bBatchStride;
    const oOff = t * m * n;
    if (int) matmulInt32(a as Int32Array, b as Int32Array, out, aOff, bOff, oOff, m, k, n);
    else if (small) matmulSmall(a, b, out, aOff, bOff, oOff, m, k, n);
    else matmulBlocked(a, b, out, aOff, bOff, oOff, m, k, n);
  }
}

function matmulInt32(
  a: Int32Array,
  b: Int32Array,
  out: Int32Array,
  aOff: number,
  bOff: number,
  oOff: number,
  m: number,
  k: number,
  n: number,
): void {
  for (let i = 0; i < m; i++) {
    const row = oOff + i * n;
    out.fill(0, row, row + n);
    const aRow = aOff + i * k;
    for (let p = 0; p < k; p++) {
      const aip = a[aRow + p];
      if (aip === 0) continue;
      const bRow = bOff + p * n;
      for (let j = 0; j < n; j++) out[row + j] = (out[row + j] + Math.imul(aip, b[bRow + j])) | 0;
    }
  }
}

function matmulSmall(
  a: Buf,
  b: Buf,
  out: Buf,
  aOff: number,
  bOff: number,
  oOff: number,
  m: number,
  k: number,
  n: number,
): void {
  const n4 = n & ~3;
  for (let i = 0; i < m; i++) {
    const aRow = aOff + i * k;
    const oRow = oOff + i * n;
    let j = 0;
    for (; j < n4; j += 4) {
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
      for (let p = 0, bi = bOff + j; p < k; p++, bi += n) {
        const av = a[aRow + p];
        s0 += av * b[bi];
        s1 += av * b[bi + 1];
        s2 += av * b[bi + 2];
        s3 += av * b[bi + 3];
      }
      out[oRow + j] = s0;
      out[oRow + j + 1] = s1;
      out[oRow + j + 2] = s2;
      out[oRow + j + 3] = s3;
    }
    for (; j < n; j++) {
      let s = 0;
      for (let p = 0, bi = bOff + j; p < k; p++, bi += n) s += a[aRow + p] * b[bi];
      out[oRow + j] = s;
    }
  }
}

function matmulBlocked(
  a: Buf,
  b: Buf,
  out: Buf,
  aOff: number,
  bOff: number,
  oOff: number,
  m: number,
  k: number,
  n: number,
): void {
  const bBase = MC * KC;
  for (let jc = 0; jc < n; jc += NC) {
    const nc = Math.min(NC, n - jc);
    for (let pc = 0; pc < k; pc += KC) {
      const kc = Math.min(KC, k - pc);
      // The micro-kernel consumes two k-steps per iteration; an odd block gets a zero step.
      const kcPad = (kc + 1) & ~1;
      packB(b, bOff + pc * n + jc, n, kc, kcPad, nc, bBase);
      for (let ic = 0; ic < m; ic += MC) {
        const mc = Math.min(MC, m - ic);
        packA(a, aOff + ic * k + pc, k, kc, kcPad, mc);
        macroKernel(out, oOff + ic * n + jc, n, mc, nc, kcPad, bBase, pc === 0);
      }
    }
  }
}

/** Packs the kc×nc block of B at `src` (row stride ld) as NR-wide strips, k-step major, zero-padded. */
function packB(b: Buf, src: number, ld: number, kc: number, kcPad: number, nc: number, dst: number): void {
  const buf = pack;
  for (let jr = 0; jr < nc; jr += NR) {
    const w = Math.min(NR, nc - jr);
    for (let p = 0; p < kc; p++) {
      const s = src + p * ld + jr;
      if (w === NR) {
        buf[dst] = b[s];
        buf[dst + 1] = b[s + 1];
        buf[dst + 2] = b[s + 2];
        buf[dst + 3] = b[s + 3];
      } else {
        for (let j = 0; j < NR; j++) buf[dst + j] = j < w ? b[s + j] : 0;
      }
      dst += NR;
    }
    for (let p = kc; p < kcPad; p++) {
      buf[dst] = 0;
      buf[dst + 1] = 0;
      buf[dst + 2] = 0;
      buf[dst + 3] = 0;
      dst += NR;
    }
  }
}

/** Packs the mc×kc block of A at `src` (row stride ld) as MR-tall strips, k-step major, zero-padded. */
function packA(a: Buf, src: number, ld: number, kc: number, kcPad: number, mc: number): void {
  const buf = pack;
  let dst = 0;
  for (let ir = 0; ir < mc; ir += MR) {
    const h = Math.min(MR, mc - ir);
    const r0 = src + ir * ld;
    if (h === MR) {
      const r1 = r0 + ld,
        r2 = r1 + ld,
        r3 = r2 + ld;
      for (let p = 0; p < kc; p++) {
        buf[dst] = a[r0 + p];
        buf[dst + 1] = a[r1 + p];
        buf[dst + 2] = a[r2 + p];
        buf[dst + 3] = a[r3 + p];
        dst += MR;
      }
    } else {
      for (let p = 0; p < kc; p++) {
        for (let i = 0; i < MR; i++) buf[dst + i] = i < h ? a[r0 + i * ld + p] : 0;
        dst += MR;
      }
    }
    for (let p = kc; p < kcPad; p++) {
      buf[dst] = 0;
      buf[dst + 1] = 0;
      buf[dst + 2] = 0;
      buf[dst + 3] = 0;
      dst += MR;
    }
  }
}

/**
 * Multiplies the packed mc×kc A block by the packed kc×nc B panel into out at `o` (row stride ld),
 * overwriting when `first`, else accumulating.
 */
function macroKernel(
  out: Buf,
  o: number,
  ld: number,
  mc: number,
  nc: number,
  kc: number,
  bBase: number,
  first: boolean,
): void {
  const buf = pack;
  const stripLen = kc * 4;
  for (let jr = 0; jr < nc; jr += NR) {
    for (let half = 0; half < 2; half++) {
      const col = jr + 2 * half;
      const w = Math.min(2, nc - col);
      if (w <= 0) break;
      const bStart = bBase + jr * kc + 2 * half;
      for (let ir = 0; ir < mc; ir += MR) {
        let c00 = 0,
          c01 = 0,
          c10 = 0,
          c11 = 0,
          c20 = 0,
          c21 = 0,
          c30 = 0,
          c31 = 0;
        const aStart = ir * kc;
        const aEnd = aStart + stripLen;
        // B sits at a fixed distance from A in the packed buffer. Two k-steps per iteration
        // amortise V8's per-iteration loop overhead; `| 0` keeps the index arithmetic in int32 so
        // no overflow checks are emitted.
        const d = bStart - aStart;
        for (let ai = aStart; ai < aEnd; ai = (ai + 8) | 0) {
          const bi = (ai + d) | 0;
          let a0 = buf[ai],
            a1 = buf[(ai + 1) | 0],
            a2 = buf[(ai + 2) | 0],
            a3 = buf[(ai + 3) | 0];
          let b0 = buf[bi],
            b1 = buf[(bi + 1) | 0];
          c00 += a0 * b0;
          c01 += a0 * b1;
          c10 += a1 * b0;
          c11 += a1 * b1;
          c20 += a2 * b0;
          c21 += a2 * b1;
          c30 += a3 * b0;
          c31 += a3 * b1;
          a0 = buf[(ai + 4) | 0];
          a1 = buf[(ai + 5) | 0];
          a2 = buf[(ai + 6) | 0];
          a3 = buf[(ai + 7) | 0];
          b0 = buf[(bi + 4) | 0];
          b1 = buf[(bi + 5) | 0];
          c00 += a0 * b0;
          c01 += a0 * b1;
          c10 += a1 * b0;
          c11 += a1 * b1;
          c20 += a2 * b0;
          c21 += a2 * b1;
          c30 += a3 * b0;
          c31 += a3 * b1;
        }
        const h = Math.min(MR, mc - ir);
        const r = o + ir * ld + col;
        if (h === MR && w === 2) {
          const r1 = r + ld,
            r2 = r1 + ld,
            r3 = r2 + ld;
          if (first) {
            out[r] = c00;
            out[r + 1] = c01;
            out[r1] = c10;
            out[r1 + 1] = c11;
            out[r2] = c20;
            out[r2 + 1] = c21;
            out[r3] = c30;
            out[r3 + 1] = c31;
          } else {
            out[r] += c00;
            out[r + 1] += c01;
            out[r1] += c10;
            out[r1 + 1] += c11;
            out[r2] += c20;
            out[r2 + 1] += c21;
            out[r3] += c30;
            out[r3 + 1] += c31;
          }
        } else {
          storeEdge(out, r, ld, h, w, first, c00, c01, c10, c11, c20, c21, c30, c31);
        }
      }
    }
  }
}

/** Stores the top-left h×w corner of a 4×2 accumulator tile. */
function storeEdge(
  out: Buf,
  r: number,
  ld: number,
  h: number,
  w: number,
  first: boolean,
  c00: number,
  c01: number,
  c10: number,
  c11: number,
  c20: number,
  c21: number,
  c30: number,
  c31: number,
): void {
  const tile = [c00, c01, c10, c11, c20, c21, c30, c31];
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const v = tile[i * 2 + j];
      const at = r + i * ld + j;
      out[at] = first ? v : out[at] + v;
    }
  }
}
