// The shape of a primitive record: params per primitive, and the rule every primitive must supply:
// name, version, kind, shape/dtype inference and the eager JS kernel. Derivatives (src/autodiff/)
// and scalar expressions (runtime/kernels/scalar-js.ts, jit/render/scalar-c.ts) are tables of their own.

import type { DType, TypedArray } from '../dtype.js';
import type { Shape } from '../shape.js';

/** An abstract value: what tracing and shape inference know about a tensor. */
export interface Aval {
  readonly shape: Shape;
  readonly dtype: DType;
}
/** A concrete array as kernels see it. */
export interface Arr extends Aval {
  readonly buf: TypedArray;
}

type NoParams = Record<string, never>;

export const UNARY = [
  'neg',
  'abs',
  'sign',
  'exp',
  'expm1',
  'log',
  'log1p',
  'sqrt',
  'rsqrt',
  'sin',
  'cos',
  'tan',
  'tanh',
  'sigmoid',
  'erf',
  'floor',
  'ceil',
  'round',
  'isnan',
  'isfinite',
  'logicalNot',
  'cast',
  'square',
] as const;
export const BINARY = [
  'add',
  'sub',
  'mul',
  'div',
  'pow',
  'maximum',
  'minimum',
  'mod',
  'equal',
  'notEqual',
  'less',
  'lessEqual',
  'greater',
  'greaterEqual',
  'logicalAnd',
  'logicalOr',
] as const;
export type UnaryPrim = (typeof UNARY)[number];
export type BinaryPrim = (typeof BINARY)[number];
export type ElementwisePrim = UnaryPrim | BinaryPrim | 'where';

const ELEMENTWISE: ReadonlySet<string> = new Set<string>([...UNARY, ...BINARY, 'where']);
/**
 * Whether an op is an elementwise primitive (the primitives whose records have kind 'elementwise':
 * test/primitives.test.ts checks they agree), known without loading the primitive table.
 */
export const isElementwisePrim = (op: string): op is ElementwisePrim => ELEMENTWISE.has(op);

export interface ReduceParams {
  readonly axes: readonly number[];
}
export interface PoolParams {
  readonly kernel: readonly [number, number];
  readonly stride: readonly [number, number];
  /** [top, bottom, left, right] */
  readonly padding: readonly [number, number, number, number];
}

/** Every primitive's name with the type of its params. Adding a key here demands a rule. */
export type Params = { [P in Exclude<ElementwisePrim, 'cast'>]: NoParams } & {
  cast: { readonly dtype: DType };
  reduceSum: ReduceParams;
  reduceProd: ReduceParams;
  reduceMax: ReduceParams;
  reduceMin: ReduceParams;
  argmax: { readonly axis: number };
  argmin: { readonly axis: number };
  reshape: { readonly shape: Shape };
  broadcastTo: { readonly shape: Shape };
  transpose: { readonly perm: readonly number[] };
  /** Strided window: element i along axis d reads start[d] + i*step[d]; steps may be negative. */
  slice: { readonly starts: readonly number[]; readonly steps: readonly number[]; readonly shape: Shape };
  concat: { readonly axis: number };
  pad: { readonly pads: readonly (readonly [number, number])[]; readonly value: number };
  /** take(x, indices) along one axis; negative indices count from the end. */
  gather: { readonly axis: number };
  /** Batched matrix product over broadcast leading dimensions: [..., m, k] x [..., k, n]. */
  matmul: NoParams;
  /** matmul(a, b) + bias with bias of shape [n] (or [1, n]): one kernel (the specialize phase's Gemm). */
  linear: NoParams;
  conv2d: {
    readonly stride: readonly [number, number];
    /** [top, bottom, left, right] */
    readonly padding: readonly [number, number, number, number];
    readonly dilation: readonly [number, number];
    readonly groups: number;
  };
  maxPool2d: PoolParams;
  avgPool2d: PoolParams;
  /** The gradient of maxPool2d: (x, ct) to dx; each window's ct split evenly among its maxima. */
  maxPool2dGrad: PoolParams;
  /** Its input, through which no derivative flows (removed from compiled graphs once traced). */
  stopGradient: NoParams;
  /** Passes int32 indices through unchanged, throwing at run time if one is outside [0, bound). */
  checkIndex: { readonly bound: number; readonly op: string; readonly what: string };
  /** Running sum / product along one axis (int32 wraps; bool is cast to int32 by the op). */
  cumsum: { readonly axis: number };
  cumprod: { readonly axis: number };
  /** int32 indices sorting each lane along `axis`, stably (NaN last ascending, first descending). */
  argsort: { readonly axis: number; readonly descending: boolean };
  /** (x, indices, updates): x with the slices along `axis` at indices set to updates (last wins). */
  scatter: { readonly axis: number };
  /** (x, indices, updates): x with updates added at indices along `axis` (repeats accumulate). */
  scatterAdd: { readonly axis: number };
  /** One factor of the thin SVD of the last two axes: U [..., m, k], S [..., k] (descending) or Vt [..., k, n]. */
  svd: { readonly part: 'u' | 's' | 'vt' };
  /** Counter-based random draws: input 0 is the generator state int32 [key0, key1, counter]. */
  randomUniform: { readonly shape: Shape; readonly dtype: DType };
  randomNormal: { readonly shape: Shape; readonly dtype: DType };
  /** The input reduced over every process of `tj.distributed`'s group (an MPI collective); inputs after the first only order it. */
  allReduce: { readonly op: 'sum' | 'mean' | 'max' | 'min' };
  /** Rank `root`'s input on every process; inputs after the first only order it. */
  broadcast: { readonly root: number };
};

export type Prim = keyof Params;

export type PrimKind = 'elementwise' | 'reduction' | 'shape' | 'linalg' | 'nn' | 'random' | 'collective';

export interface RuleBase<P extends Prim> {
  readonly name: P;
  /** Bumped whenever the primitive's meaning or kernels change; part of compile-cache keys. */
  readonly version: number;
  readonly kind: PrimKind;
  /** Shape and dtype of the result; throws on inputs the primitive cannot take. */
  infer(inputs: readonly Aval[], params: Params[P]): Aval;
  /** The eager JS kernel: computes the result's data (shape and dtype are `out`). */
  impl(inputs: readonly Arr[], params: Params[P], out: Aval): TypedArray;
}

export interface ElementwiseRule<P extends Prim> extends RuleBase<P> {
  readonly kind: 'elementwise';
}

export type Rule<P extends Prim> = P extends ElementwisePrim ? ElementwiseRule<P> : RuleBase<P>;

/** The table itself: the compiler rejects it if any primitive lacks its rule. */
export type PrimTable = { readonly [P in Prim]: Rule<P> };
