// Eager 2-D convolution (im2col + matmul) and 2-D max/average pooling kernels on raw NCHW TypedArrays.

import type { Aval, PoolParams } from '../primitives/types.js';
import { matmul, type Buf } from './matmul.js';

export interface Conv2dGeometry {
  n: number;
  c: number;
  h: number;
  w: number;
  o: number;
  kh: number;
  kw: number;
  oh: number;
  ow: number;
  strideH: number;
  strideW: number;
  padTop: number;
  padLeft: number;
  dilH: number;
  dilW: number;
  groups: number;
}

export interface Pool2dGeometry {
  n: number;
  c: number;
  h: number;
  w: number;
  kh: number;
  kw: number;
  oh: number;
  ow: number;
  strideH: number;
  strideW: number;
  padTop: number;
  padLeft: number;
}

/** The convolution geometry of x (shape xs) with weights of shape ws and conv2d params p. */
export function convGeometry(
  xs: readonly number[],
  ws: readonly number[],
  p: { stride: readonly number[]; padding: readonly number[]; dilation: readonly number[]; groups: number },
): Conv2dGeometry {
  const [n, c, h, w] = xs,
    [o, , kh, kw] = ws;
  const [sh, sw] = p.stride,
    [pt, pb, pl, pr] = p.padding,
    [dh, dw] = p.dilation;
  return {
    n,
    c,
    h,
    w,
    o,
    kh,
    kw,
    strideH: sh,
    strideW: sw,
    padTop: pt,
    padLeft: pl,
    dilH: dh,
    dilW: dw,
    groups: p.groups,
    oh: Math.floor((h + pt + pb - dh * (kh - 1) - 1) / sh) + 1,
    ow: Math.floor((w + pl + pr - dw * (kw - 1) - 1) / sw) + 1,
  };
}

/** The pooling geometry of x (NCHW) with pooling params p. */
export function poolGeometry(x: Aval, p: PoolParams): Pool2dGeometry {
  const [n, c, h, w] = x.shape;
  const [kh, kw] = p.kernel,
    [sh, sw] = p.stride,
    [pt, pb, pl, pr] = p.padding;
  return {
    n,
    c,
    h,
    w,
    kh,
    kw,
    strideH: sh,
    strideW: sw,
    padTop: pt,
    padLeft: pl,
    oh: Math.floor((h + pt + pb - kh) / sh) + 1,
    ow: Math.floor((w + pl + pr - kw) / sw) + 1,
  };
}

// im2col scratch, one per element type because matmul wants all operands of one dtype.
let colF32 = new Float32Array(0);
let colF64 = new Float64Array(0);
let colI32 = new Int32Array(0);

function colScratch(like: Buf, size: number): Buf {
  if (like instanceof Float32Array) {
    if (colF32.length < size) colF32 = new Float32Array(size);
    return colF32;
  }
  if (like instanceof Float64Array) {
    if (colF64.length < size) colF64 = new Float64Array(size);
    return colF64;
  }
  if (colI32.length < size) colI32 = new Int32Array(size);
  return colI32;
}

/** The range [first, end) of t in [0, count) for which 0 <= start + t·step < limit (step > 0). */
function validRange(start: number, step: number, limit: number, count: number): [number, number] {
  const first = start >= 0 ? 0 : Math.ceil(-start / step);
  const end = start >= limit ? 0 : Math.ceil((limit - start) / step);
  return [Math.min(first, count), Math.min(Math.max(end, first), count)];
}

/**
 * Cross-correlation of x [n, c, h, w] with w [o, c/groups, kh, kw] into out [n, o, oh, ow]. Input
 * positions outside [0, h)×[0, w) read as zero, so any bottom/right padding implied by oh/ow works.
 */
export function conv2d(x: Buf, w: Buf, out: Buf, g: Conv2dGeometry): void {
  const { n, c, h, o, kh, kw, oh, ow, groups } = g;
  const cg = c / groups;
  const og = o / groups;
  const rows = cg * kh * kw;
  const plane = h * g.w;
  const outPlane = oh * ow;
  if (n === 0 || o === 0 || outPlane === 0) return;
  // A 1×1, stride-1, unpadded convolution reads each image as its own column matrix.
  const direct =
    kh === 1 &&
    kw === 1 &&
    g.strideH === 1 &&
    g.strideW === 1 &&
    g.padTop === 0 &&
    g.padLeft === 0 &&
    oh === h &&
    ow === g.w;
  const col = direct ? x : colScratch(x, c * kh * kw * outPlane);
  for (let img = 0; img < n; img++) {
    const xOff = img * c * plane;
    if (!direct) im2col(x, xOff, col, g);
    const src = direct ? x.subarray(xOff, xOff + c * plane) : col;
    const dst = out.subarray(img * o * outPlane, (img + 1) * o * outPlane);
    // One batch entry per group: its weights, its slice of the column matrix, its output channels.
    matmul(w, src, dst, groups, og, rows, outPlane, og * rows, rows * outPlane);
  }
}

/**
 * Unfolds one image into col [c·kh·kw, oh·ow]: row (ch, ki, kj) holds, for every output position,
 * the input element that kernel tap meets there (zero in the padding). Group g's rows are then the
 * contiguous block starting at row g·(c/groups)·kh·kw.
 */
function im2col(x: Buf, xOff: number, col: Buf, g: Conv2dGeometry): void {
  const { c, h, kh, kw, oh, ow, strideH, strideW, padTop, padLeft, dilH, dilW } = g;
  const width = g.w;
  const outPlane = oh * ow;
  let row = 0;
  for (let ch = 0; ch < c; ch++) {
    const chOff = xOff + ch * h * width;
    for (let ki = 0; ki < kh; ki++) {
      const y0 = ki * dilH - padTop;
      const [oyLo, oyHi] = validRange(y0, strideH, h, oh);
      for (let kj = 0; kj < kw; kj++, row += outPlane) {
        const x0 = kj * dilW - padLeft;
        const [oxLo, oxHi] = validRange(x0, strideW, width, ow);
        col.fill(0, row, row + oyLo * ow);
        for (let oy = oyLo; oy < oyHi; oy++) {
          const dst = row + oy * ow;
          const src = chOff + (y0 + oy * strideH) * width + x0;
          for (let ox = 0; ox < oxLo; ox++) col[dst + ox] = 0;
          for (let ox = oxLo; ox < oxHi; ox++) col[dst + ox] = x[src + ox * strideW];
          for (let ox = oxHi; ox < ow; ox++) col[dst + ox] = 0;
        }
        col.fill(0, row + oyHi * ow, row + outPlane);
      }
    }
  }
}

/**
 * Calls visit(o, base, yLo, yHi, xLo, xHi) for every pooling window in output order: output o's
 * window, clipped to the input, is rows [yLo, yHi) and columns [xLo, xHi) of the plane at base.
 */
function forEachWindow(
  g: Pool2dGeometry,
  visit: (o: number, base: number, yLo: number, yHi: number, xLo: number, xHi: number) => void,
): void {
  const { kh, kw, oh, ow, strideH, strideW, padTop, padLeft } = g;
  let o = 0;
  for (let pl = 0; pl < g.n * g.c; pl++) {
    const base = pl * g.h * g.w;
    for (let oy = 0; oy < oh; oy++) {
      const y0 = oy * strideH - padTop;
      const yLo = Math.max(y0, 0),
        yHi = Math.min(y0 + kh, g.h);
      for (let ox = 0; ox < ow; ox++, o++) {
        const x0 = ox * strideW - padLeft;
        visit(o, base, yLo, yHi, Math.max(x0, 0), Math.min(x0 + kw, g.w));
      }
    }
  }
}

/**
 * Max (padding never wins, NaN propagates) or mean over kh*kw (padding counts as zeros, PyTorch's
 * count_include_pad) of every pooling window of x [n, c, h, w] into out [n, c, oh, ow].
 */
function pool2d(x: Buf, out: Buf, g: Pool2dGeometry, max: boolean): void {
  const width = g.w,
    size = g.kh * g.kw;
  forEachWindow(g, (o, base, yLo, yHi, xLo, xHi) => {
    let acc = max ? -Infinity : 0;
    for (let y = yLo; y < yHi; y++) {
      const r = base + y * width;
      for (let xi = xLo; xi < xHi; xi++) {
        const v = x[r + xi];
        // Once acc is NaN neither test passes, so it sticks.
        if (!max) acc += v;
        else if (v > acc || v !== v) acc = v;
      }
    }
    out[o] = max ? acc : acc / size;
  });
}

/** Max over each window of x [n, c, h, w] into out [n, c, oh, ow]; padding never wins, NaN propagates. */
export function maxPool2d(x: Buf, out: Buf, g: Pool2dGeometry): void {
  pool2d(x, out, g, true);
}

/** Mean over each kh×kw window of x into out; padded positions count as zeros (count_include_pad). */
export function avgPool2d(x: Buf, out: Buf, g: Pool2dGeometry): void {
  pool2d(x, out, g, false);
}

/**
 * The gradient of max pooling: dx [n, c, h, w] from x and the output's cotangent ct [n, c, oh, ow].
 * Each window's ct goes to its maxima (the input positions equal to the window's max), split evenly
 * among ties; a window whose max is NaN gives NaN to all its positions. Windows are visited in
 * order and each share is rounded to the element type before it is added (native/tj_conv.c does
 * the same, so both give the same bits).
 */
export function maxPool2dGrad(x: Buf, ct: Buf, dx: Buf, g: Pool2dGeometry): void {
  const width = g.w;
  const round = dx instanceof Float32Array ? Math.fround : (v: number) => v;
  dx.fill(0);
  forEachWindow(g, (o, base, yLo, yHi, xLo, xHi) => {
    let m = -Infinity,
      count = 0;
    for (let y = yLo; y < yHi && m === m; y++) {
      for (let xi = xLo; xi < xHi; xi++) {
        const v = x[base + y * width + xi];
        if (v > m || v !== v) {
          m = v;
          count = 1;
        } else if (v === m) count++;
        if (m !== m) break;
      }
    }
    if (count === 0) return; // a window wholly in the padding
    const share = m !== m ? NaN : round(ct[o] / count);
    for (let y = yLo; y < yHi; y++) {
      for (let xi = xLo; xi < xHi; xi++) {
        const i = base + y * width + xi;
        if (m !== m || x[i] === m) dx[i] += share;
      }
    }
  });
}
