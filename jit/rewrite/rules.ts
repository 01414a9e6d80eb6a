// The rewrite rules, by phase in Theano's order: merge, canonicalize, stabilize, specialize,
// fusion; registered in the optimizer's database (./registry.ts) at PyTensor's optdb positions.
// Fused loops and memory planning are built in code generation (jit/codegen-js.ts).

import { isFloat, type DType } from '../../runtime/dtype.js';
import { withJsKernels } from '../../runtime/eager-kernels.js';
import { primitives, type Aval, type Arr, type Prim } from '../../runtime/primitives/index.js';
import type { ReduceParams } from '../../runtime/primitives/types.js';
import { sizeOf } from '../../runtime/shape.js';
import type { Node } from '../graph.js';
import { scalarValue, type Phase, type Pattern, type RewriteContext, type RewriteRule } from './engine.js';
import { DEFAULT_TAGS, optdb } from './registry.js';
import { cancelFactors, distributeToCancel } from './mul-canonical.js';

const x: Pattern = { any: 'x' };
const y: Pattern = { any: 'y' };
const floatNode = (n: Node) => isFloat(n.aval.dtype);
const rule = (name: string, pattern: Pattern, rewrite: RewriteRule['rewrite']): RewriteRule => ({
  name,
  pattern,
  rewrite,
});
const sameShape = (a: Node, b: Node) =>
  a.aval.shape.length === b.aval.shape.length && a.aval.shape.every((d, i) => d === b.aval.shape[i]);

// IEEE special values. A replacement must give what the eager ops give at -0, ±Infinity and NaN
// too, not only at ordinary numbers: these say where a node can be ruled out of holding some.
const constHas = (n: Node, bad: (v: number) => boolean) =>
  n.op === 'const' && n.value !== undefined && Array.prototype.some.call(n.value, bad);
const fromExactDtype = (n: Node) => n.op === 'cast' && !isFloat(n.inputs[0].aval.dtype);
/** n never holds -0 (integers and bools have none; exp, abs, square, sigmoid never return it). */
const neverNegZero = (n: Node): boolean =>
  !isFloat(n.aval.dtype) ||
  ['exp', 'abs', 'square', 'sigmoid'].includes(n.op) ||
  fromExactDtype(n) ||
  (n.op === 'const' && !constHas(n, (v) => Object.is(v, -0)));
/** n never holds -Infinity. */
const neverNegInf = (n: Node): boolean =>
  !isFloat(n.aval.dtype) ||
  ['exp', 'abs', 'square', 'sigmoid', 'sqrt'].includes(n.op) ||
  fromExactDtype(n) ||
  (n.op === 'const' && !constHas(n, (v) => v === -Infinity));
/** v + 0, which is v except that -0 becomes +0 (round to nearest): for a replacement whose eager form never gives -0. */
const plusZero = (ctx: RewriteContext, v: Node): Node =>
  neverNegZero(v) ? v : ctx.op('add', [v, ctx.constant(0, v.aval.dtype)]);
/** 0 - v: -v, except that +0 gives +0 instead of -0. */
const zeroMinus = (ctx: RewriteContext, v: Node): Node => ctx.op('sub', [ctx.constant(0, v.aval.dtype), v]);
/** Whether primitive `prim` accepts inputs of these types (its own dtype rules, e.g. square has no bool). */
const accepts = (prim: Prim, inputs: readonly Node[], params: Record<string, unknown> = {}): boolean => {
  try {
    (primitives[prim] as unknown as { infer(i: readonly Aval[], p: unknown): Aval }).infer(
      inputs.map((i) => i.aval),
      params,
    );
    return true;
  } catch {
    return false;
  }
};
/** A JS number as a value of `dtype` (what a constant of that dtype stores). */
const asDtype = (v: number, dtype: DType): number =>
  dtype === 'float32' ? Math.fround(v) : dtype === 'int32' ? v | 0 : dtype === 'bool' ? (v ? 1 : 0) : v;
/**
 * Where the last run of a reduction's axes starts: the first axis from which every axis of size
 * other than 1 up to the last reduced one is reduced; 0 when all of them form one run (or none).
 */
function lastRunStart(n: Node): number {
  const shape = n.inputs[0].aval.shape,
    axes = (n.params as unknown as ReduceParams).axes;
  const matters = axes.filter((d) => shape[d] !== 1);
  if (matters.length === 0) return 0;
  let start = Math.max(...matters);
  while (start > 0 && (shape[start - 1] === 1 || axes.includes(start - 1))) start--;
  return matters.some((d) => d < start) ? start : 0;
}
const SMALLEST_NORMAL: Partial<Record<DType, number>> = { float32: 2 ** -126, float64: 2 ** -1022 };

// ---------------------------------------------------------------------------------------------
// merge: equal subexpressions are one node by construction (interning); equal constants too.

const merge: Phase = { name: 'merge', rules: [] };

// ---------------------------------------------------------------------------------------------
// canonicalize

const FOLD_LIMIT = 1 << 16;
const NO_FOLD = new Set<string>(['randomUniform', 'randomNormal', 'checkIndex', 'allReduce', 'broadcast']);

/** Evaluates a primitive whose inputs are all constants, at compile time. */
const constantFold: RewriteRule = {
  name: 'constant-fold',
  pattern: {
    op: Object.keys(primitives) as Prim[],
    where: (n) =>
      n.inputs.length > 0 &&
      n.inputs.every((i) => i.op === 'const') &&
      !NO_FOLD.has(n.op) &&
      sizeOf(n.aval.shape) <= FOLD_LIMIT,
  },
  rewrite: (_c, n, ctx) => {
    const impl = (primitives[n.op as Prim] as unknown as { impl(i: readonly Arr[], p: unknown, o: Aval): Arr['buf'] })
      .impl;
    // JS kernels only: folding never loads a WASM module or starts a thread.
    const value = withJsKernels(() =>
      impl(
        n.inputs.map((i) => ({ shape: i.aval.shape, dtype: i.aval.dtype, buf: i.value! })),
        n.params,
        n.aval,
      ),
    );
    return ctx.constantOf(value === n.inputs[0]?.value ? value.slice() : value, n.aval);
  },
};

/** mul(mul(x, c1), c2) -> mul(x, c1*c2), the same for add: chains collect their constants. */
const collect = (op: 'add' | 'mul'): RewriteRule =>
  rule(
    `${op}-collect-constants`,
    {
      op,
      args: [
        { op, args: [x, { scalar: () => true, as: 'c1' }] },
        { scalar: () => true, as: 'c2' },
      ],
    },
    (c, n, ctx) => {
      const a = scalarValue(c.c1)!,
        b = scalarValue(c.c2)!,
        dtype = n.aval.dtype;
      // The constant is computed as the dtype computes it: int32 wraps (Math.imul: a * b in doubles
      // loses the low bits past 2^53), bool add and mul are or and and (1 + 1 would store a bool 2).
      const k =
        dtype === 'int32'
          ? op === 'add'
            ? (a + b) | 0
            : Math.imul(a, b)
          : dtype === 'bool'
            ? op === 'add'
              ? a || b
                ? 1
                : 0
              : a && b
                ? 1
                : 0
            : asDtype(op === 'add' ? a + b : a * b, dtype);
      if (isFloat(dtype)) {
        // (x * 1e30) * 1e30 is not x * inf (x = 1e-30), (x * 1e-30) * 1e-30 not x * 0 (x = 1e30).
        if (!Number.isFinite(k) && Number.isFinite(a) && Number.isFinite(b)) return null;
        if (op === 'mul' && Math.abs(k) < SMALLEST_NORMAL[dtype]! && a !== 0 && b !== 0) return null;
      }
      return ctx.fit(ctx.op(op, [c.x, ctx.constant(k, dtype)]), n);
    },
  );

/** (x + c) + y -> (x + y) + c: constants move to the outside of a chain, where collect meets them. */
const outward = (op: 'add' | 'mul'): RewriteRule =>
  rule(
    `${op}-constants-outward`,
    {
      op,
      args: [
        { op, args: [x, { scalar: () => true, as: 'c' }], as: 'inner' },
        { any: 'y', where: (n) => scalarValue(n) === undefined },
      ],
    },
    (c, n, ctx) => (ctx.uses(c.inner) === 1 ? ctx.fit(ctx.op(op, [ctx.op(op, [c.x, c.y]), c.c]), n) : null),
  );

const canonicalize: Phase = {
  name: 'canonicalize',
  rules: [
    constantFold,
    rule('mul-by-one', { op: 'mul', args: [x, { scalar: 1 }] }, (c, n, ctx) => ctx.fit(c.x, n)),
    // x + 0 is x except at x = -0 (-0 + 0 is +0); x + (-0) is x everywhere. x - 0 the other way round.
    rule('add-zero', { op: 'add', args: [x, { scalar: 0, as: 'z' }] }, (c, n, ctx) =>
      Object.is(scalarValue(c.z), -0) || neverNegZero(c.x) ? ctx.fit(c.x, n) : null,
    ),
    rule('sub-zero', { op: 'sub', args: [x, { scalar: 0, as: 'z' }] }, (c, n, ctx) =>
      Object.is(scalarValue(c.z), 0) || neverNegZero(c.x) ? ctx.fit(c.x, n) : null,
    ),
    rule('div-by-one', { op: 'div', args: [x, { scalar: 1 }] }, (c, n, ctx) => ctx.fit(c.x, n)),
    // x - x is 0 and x / x is 1 only where x is finite and non-zero: integers for the first, never for the second.
    rule('sub-self', { op: 'sub', args: [x, x], where: (n) => n.aval.dtype === 'int32' }, (_c, n, ctx) =>
      ctx.fit(ctx.constant(0, n.aval.dtype), n),
    ),
    rule('neg-neg', { op: 'neg', args: [{ op: 'neg', args: [x] }] }, (c) => c.x),
    // exp(log x) is x only for x >= 0 (NaN below, as PyTensor's local_exp_log_nan_switch has it;
    // +0 at -0); log(exp x) is x (+0 at -0), exp's overflow aside.
    rule('exp-log', { op: 'exp', args: [{ op: 'log', args: [x] }] }, (c, n, ctx) =>
      ctx.op('where', [
        ctx.op('greaterEqual', [c.x, ctx.constant(0, n.aval.dtype)]),
        plusZero(ctx, c.x),
        ctx.constant(NaN, n.aval.dtype),
      ]),
    ),
    rule('log-exp', { op: 'log', args: [{ op: 'exp', args: [x] }] }, (c, _n, ctx) => plusZero(ctx, c.x)),
    rule(
      'transpose-transpose',
      { op: 'transpose', args: [{ op: 'transpose', args: [x], as: 'inner' }], as: 'outer' },
      (c, _n, ctx) => {
        const p1 = c.inner.params.perm as number[],
          p2 = c.outer.params.perm as number[];
        const perm = p2.map((i) => p1[i]);
        return perm.every((v, i) => v === i) ? c.x : ctx.op('transpose', [c.x], { perm });
      },
    ),
    rule('reshape-reshape', { op: 'reshape', args: [{ op: 'reshape', args: [x] }] }, (c, n, ctx) =>
      sameShape(c.x, n) ? c.x : ctx.op('reshape', [c.x], { shape: n.aval.shape }),
    ),
    rule('reshape-identity', { op: 'reshape', args: [x] }, (c, n) => (sameShape(c.x, n) ? c.x : null)),
    // Derivatives were taken while tracing: what is left of stopGradient is its value.
    rule('stop-gradient', { op: 'stopGradient', args: [x] }, (c) => c.x),
    // sum over axes that broadcasting added: the sum is the input times the number of copies.
    rule('sum-of-broadcast', { op: 'reduceSum', args: [{ op: 'broadcastTo', args: [x], as: 'b' }] }, (c, n, ctx) => {
      const axes = n.params.axes as number[],
        full = c.b.aval.shape;
      const xs = [...new Array(full.length - c.x.aval.shape.length).fill(1), ...c.x.aval.shape];
      if (!axes.every((a) => xs[a] === 1)) return null; // a summed axis had real data: not a pure copy
      const copies = axes.reduce((k, a) => k * full[a], 1);
      // No copies at all: the empty sum is 0, not x * 0 (NaN at inf and NaN, -0 at negatives).
      if (copies === 0) return ctx.fit(ctx.constant(0, n.aval.dtype), n);
      const base = ctx.op('reshape', [c.x], { shape: xs.filter((_, i) => !axes.includes(i)) });
      const widened = ctx.fit(base, n);
      const r = copies === 1 ? widened : ctx.op('mul', [widened, ctx.constant(copies, n.aval.dtype)]);
      return axes.length > 0 ? plusZero(ctx, r) : r; // a sum starts at +0: a sum of -0s is +0
    }),
    collect('add'),
    collect('mul'),
    outward('add'),
    outward('mul'),
  ],
};

// ---------------------------------------------------------------------------------------------
// stabilize: numerically stable forms of naive formulas, and of their gradients.

const one: Pattern = { scalar: 1 };
const expOf = (name: string): Pattern => ({ op: 'exp', args: [{ any: name }] });

/** softplus(x) = max(x, 0) + log1p(exp(-|x|)), finite everywhere. */
function softplus(ctx: RewriteContext, v: Node): Node {
  const zero = ctx.constant(0, v.aval.dtype);
  return ctx.op('add', [
    ctx.op('maximum', [v, zero]),
    ctx.op('log1p', [ctx.op('exp', [ctx.op('neg', [ctx.op('abs', [v])])])]),
  ]);
}

/** x - shift with shift = where(isfinite(m), m, 0) (reshaped): the stable log-sum-exp's own form. */
const isMaxShifted = (n: Node) =>
  n.op === 'sub' &&
  n.inputs[1].op === 'reshape' &&
  n.inputs[1].inputs[0].op === 'where' &&
  n.inputs[1].inputs[0].inputs[0].op === 'isfinite';

const stabilize: Phase = {
  name: 'stabilize',
  rules: [
    // log never gives -0 and exp(x) - 1 never does; log1p and expm1 do at -0: their argument is
    // made +0 there (log(1 - x) at x = +0: 0 - x instead of -x).
    rule('log1p', { op: 'log', args: [{ op: 'add', args: [x, one] }], where: floatNode }, (c, n, ctx) =>
      ctx.fit(ctx.op('log1p', [plusZero(ctx, c.x)]), n),
    ),
    rule('log1p-of-sub', { op: 'log', args: [{ op: 'sub', args: [one, x] }], where: floatNode }, (c, n, ctx) =>
      ctx.fit(ctx.op('log1p', [zeroMinus(ctx, c.x)]), n),
    ),
    rule('expm1', { op: 'sub', args: [expOf('x'), one], where: floatNode }, (c, n, ctx) =>
      ctx.fit(ctx.op('expm1', [plusZero(ctx, c.x)]), n),
    ),
    // Not on log1p(exp(-|v|)): that is the stable form itself.
    rule(
      'softplus',
      {
        op: 'log1p',
        args: [{ op: 'exp', args: [{ any: 'x', where: (n) => !(n.op === 'neg' && n.inputs[0].op === 'abs') }] }],
      },
      (c, _n, ctx) => softplus(ctx, c.x),
    ),
    // -softplus(..) is -0 where softplus is 0 (x = inf): 0 - softplus where the eager form is a log (never -0).
    rule('log-sigmoid', { op: 'log', args: [{ op: 'sigmoid', args: [x] }] }, (c, _n, ctx) =>
      zeroMinus(ctx, softplus(ctx, ctx.op('neg', [c.x]))),
    ),
    rule(
      'log-one-minus-sigmoid',
      { op: 'log1p', args: [{ op: 'neg', args: [{ op: 'sigmoid', args: [x] }] }] },
      (c, _n, ctx) => ctx.op('neg', [softplus(ctx, c.x)]),
    ),
    rule(
      'log-one-minus-sigmoid',
      { op: 'log1p', args: [{ op: 'sub', args: [{ scalar: (v) => Object.is(v, 0) }, { op: 'sigmoid', args: [x] }] }] },
      (c, _n, ctx) => zeroMinus(ctx, softplus(ctx, c.x)),
    ),
    // log(exp(a) / s) = a - log(s): log(softmax) written as exp/sum becomes log-softmax.
    rule('log-div-exp', { op: 'log', args: [{ op: 'div', args: [expOf('a'), y] }] }, (c, n, ctx) =>
      ctx.fit(ctx.op('sub', [plusZero(ctx, c.a), ctx.op('log', [c.y])]), n),
    ),
    // log(sum(exp(x))) -> max + log(sum(exp(x - max))); not when x is already shifted by its max.
    rule(
      'logsumexp',
      {
        op: 'log',
        args: [
          { op: 'reduceSum', args: [{ op: 'exp', args: [{ any: 'x', where: (n) => !isMaxShifted(n) }] }], as: 's' },
        ],
      },
      (c, n, ctx) => {
        const axes = c.s.params.axes as number[];
        // Over an empty axis the sum is 0 and the log -inf; a max there has no value (it throws).
        if (axes.some((a) => c.x.aval.shape[a] === 0)) return null;
        const m = ctx.op('reduceMax', [c.x], { axes });
        const keep = c.x.aval.shape.map((d, i) => (axes.includes(i) ? 1 : d));
        const shift = ctx.op('where', [ctx.op('isfinite', [m]), m, ctx.constant(0, n.aval.dtype)]);
        const shifted = ctx.op('sub', [c.x, ctx.op('reshape', [shift], { shape: keep })]);
        return ctx.op('add', [ctx.op('log', [ctx.op('reduceSum', [ctx.op('exp', [shifted])], { axes })]), shift]);
      },
    ),
    // Gradients of the naive forms: exp(x) / (1 + exp(x)) is sigmoid(x); 1 / (1 + exp(-x)) too.
    rule('sigmoid-from-exp', { op: 'div', args: [expOf('x'), { op: 'add', args: [expOf('x'), one] }] }, (c, n, ctx) =>
      ctx.fit(ctx.op('sigmoid', [c.x]), n),
    ),
    // The tape's form of d/dx log(1 + exp(x)): (1 / (1 + exp(x))) * exp(x), possibly times a cotangent.
    rule(
      'sigmoid-from-grad',
      { op: 'mul', args: [{ op: 'div', args: [one, { op: 'add', args: [expOf('x'), one] }] }, expOf('x')] },
      (c, n, ctx) => ctx.fit(ctx.op('sigmoid', [c.x]), n),
    ),
    rule(
      'sigmoid-from-scaled-grad',
      {
        op: 'mul',
        args: [
          { op: 'mul', args: [y, { op: 'div', args: [one, { op: 'add', args: [expOf('x'), one] }] }] },
          expOf('x'),
        ],
      },
      (c, n, ctx) => ctx.fit(ctx.op('mul', [c.y, ctx.op('sigmoid', [c.x])]), n),
    ),
    // The tape's gradient of log(sigmoid x): (1 / s) * (s * (1 - s)), which is 0 * inf where s
    // underflows; the s cancel. The same with a cotangent factor in front.
    rule(
      'cancel-reciprocal-sigmoid',
      {
        op: 'mul',
        args: [
          { op: 'div', args: [one, { op: 'sigmoid', args: [x], as: 's' }] },
          { op: 'mul', args: [{ any: 's' }, y] },
        ],
      },
      (c, n, ctx) => ctx.fit(c.y, n),
    ),
    rule(
      'cancel-scaled-reciprocal-sigmoid',
      {
        op: 'mul',
        args: [
          { op: 'mul', args: [{ any: 'g' }, { op: 'div', args: [one, { op: 'sigmoid', args: [x], as: 's' }] }] },
          { op: 'mul', args: [{ any: 's' }, y] },
        ],
      },
      (c, n, ctx) => ctx.fit(ctx.op('mul', [c.g, c.y]), n),
    ),
    cancelFactors,
    distributeToCancel,
    rule(
      'sigmoid-from-reciprocal',
      { op: 'div', args: [one, { op: 'add', args: [{ op: 'exp', args: [{ op: 'neg', args: [x] }] }, one] }] },
      (c, n, ctx) => ctx.fit(ctx.op('sigmoid', [c.x]), n),
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// specialize: cheaper forms for the kernels we generate.

/**
 * pow(v, ±0.5) as sqrt / rsqrt, exactly: C's pow (and Math.pow) give pow(-0, 0.5) = +0 and
 * pow(-inf, 0.5) = inf, pow(-0, -0.5) = inf and pow(-inf, -0.5) = +0, where sqrt(-0) is -0 and
 * sqrt(-inf) NaN. So v + 0 (-0 becomes +0), and a select at -inf; both left out where v cannot
 * hold those values (sqrt(abs x), rsqrt(exp x), ...). Still much cheaper than pow.
 */
function halfPower(ctx: RewriteContext, v: Node, e: number): Node {
  const dtype = v.aval.dtype;
  const root = ctx.op(e > 0 ? 'sqrt' : 'rsqrt', [plusZero(ctx, v)]);
  if (neverNegInf(v)) return root;
  return ctx.op('where', [
    ctx.op('equal', [v, ctx.constant(-Infinity, dtype)]),
    ctx.constant(e > 0 ? Infinity : 0, dtype),
    root,
  ]);
}

const specialize: Phase = {
  name: 'specialize',
  rules: [
    // A reduction over axes that are not one run (NCHW's [0, 2, 3]) becomes one per run, innermost
    // first, so each is a single contiguous reduction that every compiled tier runs in its own
    // kernel (native/tj_reduce.c) rather than a JS kernel between calls.
    rule(
      'reduce-by-runs',
      { op: ['reduceSum', 'reduceProd', 'reduceMax', 'reduceMin'], args: [x], where: (n) => lastRunStart(n) > 0 },
      (c, n, ctx) => {
        const axes = (n.params as unknown as ReduceParams).axes,
          start = lastRunStart(n);
        const inner = ctx.op(n.op as Prim, [c.x], { axes: axes.filter((d) => d >= start) });
        return ctx.fit(ctx.op(n.op as Prim, [inner], { axes: axes.filter((d) => d < start) }), n);
      },
    ),
    rule(
      'pow-small-integer',
      { op: 'pow', args: [x, { scalar: (v) => [2, 3, 4, -1, -2, 0.5, -0.5].includes(v), as: 'e' }], where: floatNode },
      (c, n, ctx) => {
        const e = scalarValue(c.e)!,
          v = c.x;
        const sq = () => ctx.op('mul', [v, v]);
        const oneC = () => ctx.constant(1, n.aval.dtype);
        const r =
          e === 2
            ? sq()
            : e === 3
              ? ctx.op('mul', [sq(), v])
              : e === 4
                ? ctx.op('mul', [sq(), sq()])
                : e === -1
                  ? ctx.op('div', [oneC(), v])
                  : e === -2
                    ? ctx.op('div', [oneC(), sq()])
                    : halfPower(ctx, v, e);
        return ctx.fit(r, n);
      },
    ),
    // x * x, also where two operands became one node (interning): square has no bool (mul is and there).
    rule('square', { op: 'mul', args: [x, x], where: (n) => accepts('square', [n.inputs[0]]) }, (c, _n, ctx) =>
      ctx.op('square', [c.x]),
    ),
    // relu's forward form (src/ops/elementwise.ts): the same values, -0 and NaN included, in one op.
    rule(
      'relu-as-maximum',
      {
        op: 'where',
        args: [
          { op: 'lessEqual', args: [x, { scalar: (v) => Object.is(v, 0) }] },
          { scalar: (v) => Object.is(v, 0), as: 'z' },
          x,
        ],
      },
      (c, n, ctx) => ctx.fit(ctx.op('maximum', [c.x, c.z]), n),
    ),
    // Theano's Gemm: matmul followed by a bias add is one kernel (the matmul must feed only the add).
    // Registered with the tag `linear` (below): only for backends that have that kernel.
    rule(
      'matmul-bias',
      {
        op: 'add',
        args: [
          { op: 'matmul', args: [{ any: 'a' }, { any: 'b' }], as: 'mm' },
          { any: 'bias', where: (n) => n.aval.shape.filter((d, i, s) => !(d === 1 && i < s.length - 1)).length === 1 },
        ],
        where: floatNode,
      },
      (c, n, ctx) => {
        // The bias must broadcast into the product, not the product into a larger result, and
        // all three share the dtype (linear neither broadcasts its result nor promotes).
        const mm = c.mm.aval;
        if (
          ctx.uses(c.mm) !== 1 ||
          mm.shape.length !== n.aval.shape.length ||
          mm.shape.some((d, i) => d !== n.aval.shape[i]) ||
          mm.dtype !== n.aval.dtype ||
          c.bias.aval.dtype !== n.aval.dtype ||
          c.bias.aval.shape[c.bias.aval.shape.length - 1] !== n.aval.shape[n.aval.shape.length - 1] ||
          c.bias.aval.shape.length > n.aval.shape.length
        )
          return null;
        return ctx.op('linear', [c.a, c.b, c.bias]);
      },
    ),
    // Only where 1/k is finite and normal in the dtype: float32 k = 1e-39 has no finite reciprocal
    // (x * inf is NaN at x = 0, where x / k is 0), and a subnormal 1/k loses digits.
    rule(
      'div-by-constant',
      { op: 'div', args: [x, { scalar: (v) => v !== 0 && Number.isFinite(v), as: 'k' }], where: floatNode },
      (c, n, ctx) => {
        const r = asDtype(1 / scalarValue(c.k)!, n.aval.dtype);
        if (!Number.isFinite(r) || Math.abs(r) < SMALLEST_NORMAL[n.aval.dtype]!) return null;
        return ctx.fit(ctx.op('mul', [c.x, ctx.constant(r, n.aval.dtype)]), n);
      },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// fusion: shape the graph for fused loops (the loops themselves are built in jit/codegen-js.ts).

const ELEMENTWISE = (Object.keys(primitives) as Prim[]).filter((p) => primitives[p].kind === 'elementwise');

const fusion: Phase = {
  name: 'fusion',
  rules: [
    // An elementwise loop broadcasts its operands as it reads them: a materialized broadcastTo in
    // front of one is a wasted kernel and array, unless it is what gives the result its shape.
    rule(
      'broadcast-into-loop',
      { op: ELEMENTWISE, where: (n) => n.inputs.some((i) => i.op === 'broadcastTo') },
      (_c, n, ctx) => {
        const inputs = n.inputs.map((i) => (i.op === 'broadcastTo' ? i.inputs[0] : i));
        const r = ctx.op(n.op as Prim, inputs, n.params);
        return sameShape(r, n) ? r : null;
      },
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// The phases in the optimizer's database, at PyTensor's optdb positions (merge 0, canonicalize 1,
// stabilize 1.5, specialize 2, elemwise fusion 49, the last merge 100), so a backend's own phases
// can go in between. merge and final-merge have no rules: rebuilding interns the graph.

/** Rules that need a kernel only some backends have: the tag that backend enables. */
const NEEDS: Readonly<Record<string, string>> = { 'matmul-bias': 'linear' };

const builtIn: [Phase, number][] = [
  [merge, 0],
  [canonicalize, 1],
  [stabilize, 1.5],
  [specialize, 2],
  [fusion, 49],
  [{ name: 'final-merge', rules: [] }, 100],
];
for (const [phase, position] of builtIn) {
  optdb.register(phase.name, { position });
  for (const r of phase.rules) optdb.registerRules(phase.name, [r], NEEDS[r.name] ? { tags: [NEEDS[r.name]] } : {});
}

/** The built-in phases as optimize() runs them by default (DEFAULT_TAGS), as registered when this module loaded. */
export const PHASES: readonly Phase[] = optdb.query({ tags: DEFAULT_TAGS });
