// The one place where an eager op picks its kernel: the native kernel library where it is built and
// pays (runtime/native/eager.ts), else the prebuilt WASM kernel where it is (runtime/wasm/eager.ts;
// each decides by size and availability), else the JS kernel. The primitive
// records' impl (runtime/primitives/linalg.ts, random.ts) call these; the kernels themselves choose nothing.

import type { TypedArray } from './dtype.js';
import * as conv from './kernels/conv.js';
import { matmul as jsMatmul } from './kernels/matmul.js';
import { normal, uniform } from './kernels/random.js';
import { nativeConv2d, nativeMatmul, nativeMaxPoolGrad, nativePool2d, nativeRandom } from './native/eager.js';
import { wasmConv2d, wasmMatmul, wasmMaxPoolGrad, wasmPool2d, wasmRandom } from './wasm/eager.js';

type Buf = Float32Array | Float64Array | Int32Array;

let jsOnly = false;

/**
 * Runs fn with every eager op on its JS kernel: the rewrite engine folds constants so, and must
 * never load a WASM module, start a helper thread or look for a toolchain while it does.
 */
export function withJsKernels<T>(fn: () => T): T {
  const was = jsOnly;
  jsOnly = true;
  try {
    return fn();
  } finally {
    jsOnly = was;
  }
}

export const eagerKernels = {
  /** out = a · b, batched, operand strides in elements (0: shared across the batch). */
  matmul(
    a: TypedArray,
    b: TypedArray,
    out: TypedArray,
    batch: number,
    m: number,
    k: number,
    n: number,
    sa: number,
    sb: number,
  ): void {
    if (jsOnly || !(nativeMatmul(a, b, out, batch, m, k, n, sa, sb) || wasmMatmul(a, b, out, batch, m, k, n, sa, sb)))
      jsMatmul(a as Buf, b as Buf, out as Buf, batch, m, k, n, sa, sb);
  },
  conv2d(x: TypedArray, w: TypedArray, out: TypedArray, g: conv.Conv2dGeometry): void {
    if (jsOnly || !(nativeConv2d(x, w, out, g) || wasmConv2d(x, w, out, g)))
      conv.conv2d(x as Buf, w as Buf, out as Buf, g);
  },
  pool2d(kind: 'max' | 'avg', x: TypedArray, out: TypedArray, g: conv.Pool2dGeometry): void {
    if (jsOnly || !(nativePool2d(kind, x, out, g) || wasmPool2d(kind, x, out, g)))
      (kind === 'max' ? conv.maxPool2d : conv.avgPool2d)(x as Buf, out as Buf, g);
  },
  maxPool2dGrad(x: TypedArray, ct: TypedArray, dx: TypedArray, g: conv.Pool2dGeometry): void {
    if (jsOnly || !(nativeMaxPoolGrad(x, ct, dx, g) || wasmMaxPoolGrad(x, ct, dx, g)))
      conv.maxPool2dGrad(x as Buf, ct as Buf, dx as Buf, g);
  },
  /** Uniform [0, 1) or standard normal draws under generator state [key 0, key 1, counter]: the same bits from every kernel. */
  random(kind: 'uniform' | 'normal', state: Int32Array, out: Float32Array | Float64Array): void {
    if (jsOnly || !(nativeRandom(kind, state, out) || wasmRandom(kind, state, out)))
      if (kind === 'uniform') uniform(state, out, out instanceof Float64Array);
      else normal(state, out);
  },
};
