// The differentiation API: grad, valueAndGrad, vjp, jvp, jacobian, hessian.

import { fmtShape } from '../../runtime/shape.js';
import { isFloat } from '../../runtime/dtype.js';
import { arange, onesLike, zeros, zerosLike } from '../creation.js';
import { astype } from '../ops/coerce.js';
import { equal } from '../ops/elementwise.js';
import { bind, withInterpreter } from '../dispatch.js';
import { reshape, stack } from '../ops/shape.js';
import { describeValue } from '../errors.js';
import { Tensor } from '../tensor.js';
import { flatten, unflatten, type TreeDef } from '../tree.js';
import { Variable } from '../variable.js';
import { ForwardTrace } from './forward.js';
import { Tape } from './tape.js';

/**
 * Options of {@link grad} and {@link valueAndGrad}.
 * @category Types
 */
export interface GradOptions {
  /** Which positional arguments to differentiate: one index (default 0) or several. */
  argnums?: number | number[];
  /** Differentiate a zero-argument function with respect to these Variables instead. */
  wrt?: Variable[];
}

/** A function of tensors (or trees of tensors). */
type Fn = (...args: any[]) => unknown;

// The results below are typed `any`, deliberately: a gradient, a cotangent or a tangent is a tensor or
// an array or tree of them, shaped by f's arguments, its result, argnums or wrt at run time; `unknown`
// would make every caller cast what it knows to be a Tensor.

/**
 * A fresh tensor object for a leaf, made through bind so enclosing tapes and tracers see the link
 * between it and the original; this tape then follows uses of the fresh object only.
 */
function alias(t: Tensor): Tensor {
  return bind('reshape', [t], { shape: t.shape });
}

interface Leaves {
  defs: TreeDef[];
  leaves: Tensor[][];
}

/** Replaces the differentiated arguments' float tensors with tracked aliases. */
function trackArgs(
  op: string,
  tape: { track(t: Tensor): void },
  args: unknown[],
  argnums: number[],
  onAlias?: (orig: Tensor, a: Tensor) => void,
): { args: unknown[]; leaves: Leaves } {
  const newArgs = args.slice();
  const defs: TreeDef[] = [],
    leaves: Tensor[][] = [];
  for (const i of argnums) {
    if (!Number.isInteger(i) || i < 0 || i >= args.length)
      throw new Error(`${op}: argnums ${i} is out of range for a call with ${args.length} argument(s)`);
    const arg = args[i];
    if (arg instanceof Tensor && !isFloat(arg.dtype)) {
      throw new Error(`${op}: argument ${i} has dtype ${arg.dtype}; only float32/float64 inputs can be differentiated`);
    }
    const { leaves: ls, def } = flatten(arg);
    if (ls.length === 0) throw new Error(`${op}: argument ${i} contains no tensors to differentiate`);
    const aliased = ls.map((t) => {
      if (!isFloat(t.dtype)) return t; // integer leaves of a tree get zero gradients
      const a = alias(t);
      tape.track(a);
      onAlias?.(t, a);
      return a;
    });
    newArgs[i] = unflatten(def, aliased);
    defs.push(def);
    leaves.push(aliased);
  }
  return { args: newArgs, leaves: { defs, leaves } };
}

function checkScalarOutput(op: string, out: unknown): Tensor {
  if (!(out instanceof Tensor))
    throw new Error(`${op}: the function must return a scalar tensor, got ${out === null ? 'null' : typeof out}`);
  if (out.size !== 1)
    throw new Error(
      `${op}: the function must return a scalar (size-1) tensor to differentiate, got shape ${fmtShape(out.shape)}; use vjp or jacobian for non-scalar outputs`,
    );
  if (!isFloat(out.dtype))
    throw new Error(
      `${op}: the function returned a ${out.dtype} tensor, which is not differentiable (a float result is needed)`,
    );
  return out;
}

function normalizeArgnums(op: string, argnums: number | number[] | undefined): { list: number[]; single: boolean } {
  if (argnums === undefined) return { list: [0], single: true };
  if (typeof argnums === 'number') return { list: [argnums], single: true };
  if (!Array.isArray(argnums))
    throw new Error(`${op}: argnums must be a number or an array of numbers, got ${describeValue(argnums)}`);
  return { list: argnums, single: false };
}

/** Runs f under a tape and returns its value with the gradients, shaped as asked. */
function differentiate(op: string, f: Fn, opts: GradOptions, args: unknown[]): [Tensor, unknown] {
  const tape = new Tape();
  if (opts.wrt !== undefined) {
    if (!Array.isArray(opts.wrt) || !opts.wrt.every((v) => v instanceof Variable))
      throw new Error(`${op}: wrt must be an array of Variables`);
    for (const v of opts.wrt) {
      if (!isFloat(v.dtype))
        throw new Error(
          `${op}: cannot differentiate with respect to a ${v.dtype} Variable (shape ${fmtShape(v.shape)})`,
        );
      tape.track(v);
    }
    const out = checkScalarOutput(
      op,
      withInterpreter(tape, () => f(...args)),
    );
    const grads = tape.backward([[out, onesLike(out)]], opts.wrt);
    return [out, grads.map((g, i) => g ?? zerosLike(opts.wrt![i]))];
  }
  const { list, single } = normalizeArgnums(op, opts.argnums);
  const tracked = trackArgs(op, tape, args, list);
  const out = checkScalarOutput(
    op,
    withInterpreter(tape, () => f(...tracked.args)),
  );
  const flat = tracked.leaves.leaves.flat();
  const grads = tape.backward([[out, onesLike(out)]], flat);
  let k = 0;
  const perArg = tracked.leaves.defs.map((def, i) =>
    unflatten(
      def,
      tracked.leaves.leaves[i].map((leaf) => grads[k++] ?? zerosLike(leaf)),
    ),
  );
  return [out, single ? perArg[0] : perArg];
}

function checkFn(op: string, f: unknown): void {
  if (typeof f !== 'function') throw new Error(`${op}: expected a function, got ${describeValue(f)}`);
}

/**
 * The gradient of a scalar-valued function, as a function (reverse mode). Works eagerly, inside
 * {@link jit}, and under `jit` (`jit(grad(f))`); gradients of gradients work too.
 *
 * @param f - A function returning a scalar (size-1) float tensor. Its arguments may be tensors or
 *   trees (arrays and plain objects) of tensors.
 * @param opts - `argnums`: the argument to differentiate (default 0) or an array of them; or `wrt`:
 *   Variables to differentiate a zero-argument `f` with respect to.
 * @returns A function taking f's arguments and returning the gradient, shaped as the argument (an
 *   array of gradients when `argnums` is an array or `wrt` is given).
 * @example
 * ```ts
 * const f = (x: tj.Tensor) => tj.sum(tj.square(x));
 * tj.grad(f)(tj.tensor([1, 2]));                      // [2, 4]
 * tj.grad(tj.grad((t: tj.Tensor) => tj.sin(t)))(tj.tensor(1)); // -sin(1)
 * const g = tj.grad((a: tj.Tensor, b: tj.Tensor) => tj.sum(tj.mul(a, b)), { argnums: [0, 1] });
 * g(tj.tensor([1, 2]), tj.tensor([3, 4]));            // [[3, 4], [1, 2]]
 * ```
 * @category Differentiation
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shaped at run time (see above)
export function grad(f: Fn, opts: GradOptions = {}): (...args: any[]) => any {
  checkFn('grad', f);
  return (...args) => differentiate('grad', f, opts, args)[1];
}

/**
 * Like {@link grad}, but the returned function gives `[value, grads]`: f's value and its gradient.
 *
 * @param f - A function returning a scalar (size-1) float tensor.
 * @param opts - `argnums` (default 0) or `wrt` (Variables), as for {@link grad}.
 * @example
 * ```ts
 * const w = tj.variable(tj.zeros([3]));
 * const x = tj.tensor([[1, 2, 3], [4, 5, 6]]);
 * const loss = () => tj.sum(tj.square(tj.sub(tj.matmul(x, w), 1)));
 * const [value, [gw]] = tj.valueAndGrad(loss, { wrt: [w] })(); // 2, [-10, -14, -18]
 * ```
 * @category Differentiation
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shaped at run time (see above)
export function valueAndGrad(f: Fn, opts: GradOptions = {}): (...args: any[]) => [Tensor, any] {
  checkFn('valueAndGrad', f);
  return (...args) => differentiate('valueAndGrad', f, opts, args);
}

/**
 * Runs f at `primals` and returns `[out, pullback]`: `pullback(cotangent)` gives the vector-Jacobian
 * product, one cotangent per primal (reverse mode, for functions with any output).
 *
 * @param f - A function of the primals returning a tensor or a tree of tensors.
 * @param primals - f's arguments (float tensors or trees of them).
 * @returns `[out, pullback]`; the cotangent passed to `pullback` has out's structure and shapes.
 * @example
 * ```ts
 * const [out, pullback] = tj.vjp((x: tj.Tensor) => tj.mul(x, x), tj.tensor([1, 2]));
 * pullback(tj.ones([2])); // [[2, 4]]: one cotangent per primal
 * ```
 * @category Differentiation
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shaped at run time (see above)
export function vjp(f: Fn, ...primals: unknown[]): [any, (ct: unknown) => any[]] {
  checkFn('vjp', f);
  return vjpOf('vjp', f, primals);
}

/** vjp, with errors naming `op` (the function the user called). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shaped at run time (see above)
function vjpOf(op: string, f: Fn, primals: unknown[]): [any, (ct: unknown) => any[]] {
  const tape = new Tape();
  const tracked = trackArgs(
    op,
    tape,
    primals,
    primals.map((_, i) => i),
  );
  const out = withInterpreter(tape, () => f(...tracked.args));
  const outFlat = flatten(out);
  const pullback = (ct: unknown): unknown[] => {
    const ctFlat = flatten(ct);
    if (ctFlat.leaves.length !== outFlat.leaves.length)
      throw new Error(
        `${op}: the cotangent has ${ctFlat.leaves.length} tensor(s), the output ${outFlat.leaves.length}`,
      );
    outFlat.leaves.forEach((o, i) => {
      const c = ctFlat.leaves[i];
      if (c.shape.length !== o.shape.length || c.shape.some((d, j) => d !== o.shape[j]))
        throw new Error(`${op}: cotangent shape ${fmtShape(c.shape)} does not match output shape ${fmtShape(o.shape)}`);
    });
    const flat = tracked.leaves.leaves.flat();
    const grads = tape.backward(
      outFlat.leaves.map((o, i) => [o, ctFlat.leaves[i]] as const),
      flat,
    );
    let k = 0;
    return tracked.leaves.defs.map((def, i) =>
      unflatten(
        def,
        tracked.leaves.leaves[i].map((leaf) => grads[k++] ?? zerosLike(leaf)),
      ),
    );
  };
  return [out, pullback];
}

/**
 * Runs f at `primals` and returns `[out, tangentOut]`: the Jacobian-vector product, the derivative of f
 * along `tangents` (forward mode).
 *
 * @param f - A function of the primals.
 * @param primals - f's arguments, as an array.
 * @param tangents - One tangent per primal, with the same shapes.
 * @example
 * ```ts
 * const [y, dy] = tj.jvp((x: tj.Tensor) => tj.sin(x), [tj.tensor([0, 1])], [tj.ones([2])]); // dy = cos(x)
 * ```
 * @category Differentiation
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shaped at run time (see above)
export function jvp(f: Fn, primals: unknown[], tangents: unknown[]): [any, any] {
  checkFn('jvp', f);
  if (!Array.isArray(primals) || !Array.isArray(tangents) || primals.length !== tangents.length) {
    throw new Error('jvp: primals and tangents must be arrays of the same length');
  }
  const trace = new ForwardTrace();
  const tanLeaves = tangents.flatMap((t) => flatten(t).leaves);
  let k = 0;
  const tracked = trackArgs(
    'jvp',
    { track: () => {} },
    primals,
    primals.map((_, i) => i),
    (orig, a) => {
      const t = tanLeaves[k++];
      if (t === undefined || t.shape.length !== orig.shape.length || t.shape.some((d, i) => d !== orig.shape[i])) {
        throw new Error(
          `jvp: tangent shape ${t ? fmtShape(t.shape) : 'missing'} does not match primal shape ${fmtShape(orig.shape)}`,
        );
      }
      trace.setTangent(a, t.dtype === orig.dtype ? t : bind('cast', [t], { dtype: orig.dtype }));
    },
  );
  const out = withInterpreter(trace, () => f(...tracked.args));
  const { leaves, def } = flatten(out);
  return [
    out,
    unflatten(
      def,
      leaves.map((o) => trace.tangentOf(o) ?? zerosLike(o)),
    ),
  ];
}

/**
 * The Jacobian of f with respect to one tensor argument, as a function; its result has shape
 * [...out.shape, ...arg.shape]. Computed with one pullback per output element: for small problems.
 *
 * @param f - A function returning a tensor.
 * @param opts - `argnums`: the argument to differentiate (default 0).
 * @example
 * ```ts
 * tj.jacobian((x: tj.Tensor) => tj.mul(x, 2))(tj.tensor([1, 2])); // [[2, 0], [0, 2]]
 * ```
 * @category Differentiation
 */
export function jacobian(f: Fn, opts: { argnums?: number } = {}): (...args: any[]) => Tensor {
  checkFn('jacobian', f);
  return jacobianOf('jacobian', f, singleArgnum('jacobian', opts));
}

/**
 * The Hessian (the Jacobian of the gradient) of a scalar-valued f with respect to one tensor argument,
 * as a function; its result has shape [...arg.shape, ...arg.shape]. For small problems.
 *
 * @param f - A function returning a scalar float tensor.
 * @param opts - `argnums`: the argument to differentiate (default 0).
 * @example
 * ```ts
 * tj.hessian((x: tj.Tensor) => tj.sum(tj.pow(x, 3)))(tj.tensor([1, 2])); // [[6, 0], [0, 12]]
 * ```
 * @category Differentiation
 */
export function hessian(f: Fn, opts: { argnums?: number } = {}): (...args: any[]) => Tensor {
  checkFn('hessian', f);
  const argnum = singleArgnum('hessian', opts);
  return jacobianOf('hessian', (...args) => differentiate('hessian', f, { argnums: argnum }, args)[1], argnum);
}

function singleArgnum(op: string, opts: { argnums?: number }): number {
  if (opts === null || typeof opts !== 'object')
    throw new Error(`${op}: options must be an object like { argnums }, got ${describeValue(opts)}`);
  const argnum = opts.argnums ?? 0;
  if (!Number.isInteger(argnum) || argnum < 0)
    throw new Error(`${op}: argnums must be a non-negative integer, got ${describeValue(argnum)}`);
  return argnum;
}

/** The Jacobian, with errors naming `op` (jacobian, or hessian as the Jacobian of a gradient). */
function jacobianOf(op: string, f: Fn, argnum: number): (...args: any[]) => Tensor {
  return (...args) => {
    const x = args[argnum];
    if (!(x instanceof Tensor)) throw new Error(`${op}: argument ${argnum} must be a tensor, got ${describeValue(x)}`);
    const [out, pullback] = vjpOf(op, (xi: Tensor) => f(...args.slice(0, argnum), xi, ...args.slice(argnum + 1)), [x]);
    if (!(out instanceof Tensor))
      throw new Error(`${op}: the function must return a tensor, got ${describeValue(out)}`);
    const rows: Tensor[] = [];
    for (let i = 0; i < out.size; i++) {
      // The seed is built from the output's shape alone, so jacobian traces under jit.
      const e = reshape(astype(equal(arange(out.size), i), out.dtype), out.shape);
      rows.push(pullback(e)[0] as Tensor);
    }
    if (rows.length === 0) return zeros([...out.shape, ...x.shape], x.dtype);
    return reshape(stack(rows), [...out.shape, ...x.shape]);
  };
}

/**
 * The value of `x`, through which no derivative flows, in reverse and forward mode (JAX's
 * `stop_gradient`, PyTorch's `detach`): a target or a statistic that must be treated as a constant.
 * Under {@link jit} it costs nothing once traced.
 *
 * @param x - A tensor.
 * @example
 * ```ts
 * const f = (x: tj.Tensor) => tj.sum(tj.mul(x, tj.stopGradient(x)));
 * tj.grad(f)(tj.tensor([1, 2]));  // [1, 2], not [2, 4]
 * ```
 * @category Differentiation
 */
export function stopGradient(x: Tensor): Tensor {
  if (!(x instanceof Tensor)) throw new Error(`stopGradient: expected a tensor, got ${describeValue(x)}`);
  return bind('stopGradient', [x], {});
}
