// vmap: a function mapped over an axis of its arguments, by the batching interpreter (trace.ts).

import { fmtShape } from '../../runtime/shape.js';
import { ForwardTrace } from '../autodiff/forward.js';
import { Tape } from '../autodiff/tape.js';
import { bind, currentInterpreter, eager, interpreterBelow, withInterpreter } from '../dispatch.js';
import { checkOptions, describeValue, TracedValueError } from '../errors.js';
import { flatten, leafPaths, unflatten } from '../tree.js';
import { moveAxis } from './rules.js';
import { BatchTrace } from './trace.js';

/**
 * Options of {@link vmap}.
 * @category Types
 */
export interface VmapOptions {
  /**
   * The axis of each argument to map over: one for every argument (default 0), or one per
   * argument (null: not mapped, passed whole to every row). Negative axes count from the end; an
   * argument's axis applies to every tensor of it (a tree of tensors).
   */
  inAxes?: number | null | readonly (number | null)[];
  /** Where the results' batch axis goes: one for every result tensor (default 0), or one per result tensor. */
  outAxes?: number | null | readonly (number | null)[];
}

type Axes = number | null | readonly (number | null)[];

function checkAxes(what: string, axes: unknown): Axes {
  const ok = (a: unknown) => a === null || (typeof a === 'number' && Number.isInteger(a));
  if (ok(axes) || (Array.isArray(axes) && axes.every(ok))) return axes as Axes;
  throw new Error(`vmap: ${what} must be an integer, null, or an array of them, got ${describeValue(axes)}`);
}

/** The axes one per entry (`n` of them), from a single axis or an array that must have `n` entries. */
function perEntry(what: string, axes: Axes, n: number, of: string): (number | null)[] {
  if (!Array.isArray(axes)) return Array<number | null>(n).fill(axes as number | null);
  if (axes.length !== n) throw new Error(`vmap: ${what} has ${axes.length} entries but there are ${n} ${of}`);
  return axes.slice();
}

const pathStep = (p: string, k: string | number) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${k}`);

/**
 * Whether a TracedValueError thrown while `f` ran can only have come from vmap's own tracers:
 * no jit or loop-body tracer is running below (one would turn it into a graph break or its own
 * error).
 */
function onlyBatchingBelow(): boolean {
  for (let i = currentInterpreter(); i !== eager; i = interpreterBelow(i))
    if (!(i instanceof BatchTrace || i instanceof Tape || i instanceof ForwardTrace)) return false;
  return true;
}

/**
 * `f` mapped over an axis of its arguments (JAX's `vmap`): the result runs `f` once on batched
 * values, as if on every row at once, and stacks the results along `outAxes`. `f` sees one row:
 * its arguments without the mapped axis. Every primitive has a batching rule (matmul batches,
 * convolutions fold the batch into N, reductions shift their axes), so no loop runs.
 *
 * Composes with {@link grad}, {@link jit}, {@link scan}, {@link cond}, {@link whileLoop} and
 * itself in any order (`jit(vmap(grad(f)))` gives per-example gradients). A `cond` whose
 * predicate differs per row runs both branches and selects per row; a `whileLoop` whose
 * predicate differs per row runs until every row is done, finished rows keeping their carry.
 * Random draws inside `f` read the unmapped generator, so they are drawn once and shared by every
 * row; draw outside and map over the draws for independent rows. Assigning a per-row value to a
 * Variable, or reading a value (`item()`) inside `f`, throws.
 *
 * @param f - A function of tensors (or trees of tensors) returning a tensor or a tree of tensors.
 * @param opts - `inAxes`: the axis to map for every argument (default 0), or an array with one
 *   axis per argument, null for an argument passed unmapped to every row. `outAxes`: where the
 *   batch axis goes in the results (default 0), or an array with one per result tensor.
 * @returns A function taking `f`'s arguments with the mapped axes added.
 * @example
 * ```ts
 * const dot = (a: tj.Tensor, b: tj.Tensor) => tj.sum(tj.mul(a, b));
 * tj.vmap(dot)(tj.tensor([[1, 2], [3, 4]]), tj.tensor([[1, 1], [2, 2]]));  // [3, 14]
 * tj.vmap(dot, { inAxes: [0, null] })(tj.tensor([[1, 2], [3, 4]]), tj.tensor([1, 0]));  // [1, 3]
 * // per-example gradients
 * const loss = (w: tj.Tensor, x: tj.Tensor) => tj.sum(tj.square(tj.mul(w, x)));
 * tj.vmap(tj.grad(loss), { inAxes: [null, 0] })(tj.tensor([1, 2]), tj.tensor([[1, 1], [2, 0]]));
 * // [[2, 4], [8, 0]]
 * ```
 * @category Differentiation
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- f's own signature, results batched
export function vmap<F extends (...args: any[]) => any>(f: F, opts: VmapOptions = {}): F {
  if (typeof f !== 'function') throw new Error(`vmap: expected a function, got ${describeValue(f)}`);
  const o = checkOptions('vmap', opts, ['inAxes', 'outAxes']);
  const inAxes = checkAxes('inAxes', o.inAxes === undefined ? 0 : o.inAxes);
  const outAxes = checkAxes('outAxes', o.outAxes === undefined ? 0 : o.outAxes);
  const mapped = (...args: unknown[]) => {
    const axes = perEntry('inAxes', inAxes, args.length, 'arguments');
    // The mapped leaves with their axes (negative ones resolved) and sizes.
    const flat = args.map((a) => flatten(a));
    const sizes: { name: string; size: number; shape: number[]; axis: number }[] = [];
    const leafAxes = flat.map(({ leaves, def }, i) => {
      const paths = leafPaths(def, `argument ${i}`, pathStep);
      return leaves.map((t, j) => {
        const a = axes[i];
        if (a === null || t._weak !== undefined) return null; // a JS number jit traces as a value
        const ax = a < 0 ? a + t.ndim : a;
        if (ax < 0 || ax >= t.ndim)
          throw new Error(
            `vmap: inAxes ${a} is out of range for ${paths[j]}, a ${t.dtype} tensor of shape ${fmtShape(t.shape)}`,
          );
        sizes.push({ name: paths[j], size: t.shape[ax], shape: t.shape, axis: ax });
        return ax;
      });
    });
    if (sizes.length === 0)
      throw new Error(
        'vmap: no argument is mapped (inAxes is null for every argument, or the mapped arguments hold no tensors); at least one must be',
      );
    const size = sizes[0].size;
    if (sizes.some((s) => s.size !== size))
      throw new Error(
        `vmap: the mapped axes have different sizes: ${sizes.map((s) => `${s.name} has ${s.size} (axis ${s.axis} of shape ${fmtShape(s.shape)})`).join(', ')}`,
      );
    const trace = new BatchTrace(size);
    const wrapped = flat.map(({ leaves, def }, i) =>
      unflatten(
        def,
        leaves.map((t, j) => trace.wrap(t, leafAxes[i][j])),
      ),
    );
    let out: unknown;
    try {
      out = withInterpreter(trace, () => f(...wrapped));
    } catch (e) {
      if (e instanceof TracedValueError && onlyBatchingBelow())
        throw new Error(
          `vmap: the function read a tensor's value (${e.reason}), which differs per row inside vmap; use where, cond or whileLoop instead`,
          { cause: e },
        );
      throw e;
    }
    const { leaves, def } = flatten(out);
    const oAxes = perEntry('outAxes', outAxes, leaves.length, 'result tensors');
    const paths = leafPaths(def, 'result', pathStep);
    return unflatten(
      def,
      leaves.map((t, j) => {
        const { value, dim } = trace.unwrap(t);
        const a = oAxes[j];
        if (a === null) {
          if (dim !== null)
            throw new Error(`vmap: outAxes is null for ${paths[j]}, but it differs per row (it is mapped)`);
          return value;
        }
        const ax = a < 0 ? a + t.ndim + 1 : a;
        if (ax < 0 || ax > t.ndim)
          throw new Error(
            `vmap: outAxes ${a} is out of range for ${paths[j]}, of shape ${fmtShape(t.shape)} per row (${t.ndim + 1} axes batched)`,
          );
        if (dim !== null) return moveAxis(value, dim, ax);
        // The same for every row: repeated along the new axis.
        const shape = t.shape.slice();
        shape.splice(ax, 0, 1);
        const full = t.shape.slice();
        full.splice(ax, 0, size);
        return bind('broadcastTo', [bind('reshape', [t], { shape })], { shape: full });
      }),
    );
  };
  return mapped as F;
}
