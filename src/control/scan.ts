// scan: a loop over axis 0 of its inputs with a carry, as one op whose body is a graph traced once
// (Theano's scan, JAX's lax.scan). The op's inputs are [consts, carry, xs]: consts are the body's
// captures (loop invariants), read by every step; its results are [final carry, stacked ys].
// Reverse mode saves each step's carry and runs a reverse scan of the body's VJP (recomputing the
// step from its saved carry); forward mode is a scan of the body's JVP.

import { isFloat } from '../../runtime/dtype.js';
import type { Aval } from '../../runtime/primitives/index.js';
import { topoOrder, type Graph, type Node } from '../../jit/graph.js';
import { traceBody, type Body } from '../../jit/tracer.js';
import { ForwardTrace } from '../autodiff/forward.js';
import { Tape } from '../autodiff/tape.js';
import { bindControl, eager, withInterpreter } from '../dispatch.js';
import { describeValue } from '../errors.js';
import { add } from '../ops/elementwise.js';
import type { Tensor } from '../tensor.js';
import { unflatten, type TreeDef } from '../tree.js';
import { checkSameTree, floatIndices, leavesOf, rowOf, stackedBuffer, zerosOf, avalOf } from './common.js';
import { evalGraph, viaBind } from './eval.js';
import { registerControl, type ApplyControl, type ControlParams } from './registry.js';

/** The params of a scan node. */
export interface ScanParams {
  /** Inputs: the consts (the first `consts` inputs), the carries (`carry` of them), then the xs. */
  readonly body: Graph;
  readonly length: number;
  readonly reverse: boolean;
  readonly consts: number;
  readonly carry: number;
}

/**
 * Options of {@link scan}.
 * @category Types
 */
export interface ScanOptions {
  /** The number of steps: required when `xs` is null, else it must equal the xs' length. */
  length?: number;
  /** Walk the steps from the last to the first (`ys[i]` still belongs to `xs[i]`). */
  reverse?: boolean;
}

const sp = (p: ControlParams) => p as unknown as ScanParams;

/** Binds a scan with a body traced from `fn` (its arguments: [consts, carry, xs] flat). */
function bindScan(
  name: string,
  fn: (args: Tensor[]) => unknown,
  groups: { consts: readonly Tensor[]; carry: readonly Tensor[]; xs: readonly Tensor[] },
  length: number,
  reverse: boolean,
  apply: ApplyControl = bindControl,
): Tensor[] {
  const slice = (a: Aval): Aval => ({ shape: a.shape.slice(1), dtype: a.dtype });
  const avals = [...groups.consts.map(avalOf), ...groups.carry.map(avalOf), ...groups.xs.map((x) => slice(avalOf(x)))];
  const body = traceBody('scan', name, fn, avals);
  const params: ScanParams = {
    body: body.graph,
    length,
    reverse,
    consts: body.captures.length + groups.consts.length,
    carry: groups.carry.length,
  };
  return apply('scan', [...body.captures, ...groups.consts, ...groups.carry, ...groups.xs], params as never);
}

/**
 * One step of a scan's reverse pass, traced once: the body recomputed under a tape from the step's
 * consts, carry and x, and the cotangents of its new carry and y pulled back to the consts
 * (accumulated in a carry), the carry and the x. Its arguments are [consts, carry cotangents,
 * const accumulators, carry, x, y cotangents]; `residuals` are the nodes of it that the forward
 * loop computes anyway (they depend on the carry or x but on no cotangent) and that the
 * cotangent computation reads: the forward loop saves them per step, so the reverse loop does
 * not recompute the body (JAX's partial evaluation of a scan).
 */
interface ReverseStep {
  step: Body;
  /** Float consts, carries, xs and ys by index: the ones cotangents flow through. */
  fc: number[];
  fh: number[];
  fx: number[];
  fy: number[];
  residuals: Node[];
}

function reverseStep(p: ScanParams, inputs: readonly Aval[]): ReverseStep {
  const { body, consts: nC, carry: nH } = p;
  const nX = inputs.length - nC - nH;
  const fc = floatIndices(inputs.slice(0, nC));
  const fh = floatIndices(inputs.slice(nC, nC + nH));
  const fx = floatIndices(body.inputs.slice(nC + nH).map((n) => n.aval));
  const fy = floatIndices(body.outputs.slice(nH).map((o) => o.aval));
  const fn = (args: Tensor[]) => {
    let k = 0;
    const c = args.slice(k, (k += nC)),
      ctH = args.slice(k, (k += fh.length)),
      acc = args.slice(k, (k += fc.length)),
      h = args.slice(k, (k += nH)),
      x = args.slice(k, (k += nX)),
      ctY = args.slice(k);
    const tape = new Tape();
    const sources = [...fc.map((i) => c[i]), ...fh.map((i) => h[i]), ...fx.map((i) => x[i])];
    for (const s of sources) tape.track(s);
    const outs = withInterpreter(tape, () => evalGraph(body, [...c, ...h, ...x]));
    const seeds = [
      ...fh.map((i, j) => [outs[i], ctH[j]] as const),
      ...fy.map((i, j) => [outs[nH + i], ctY[j]] as const),
    ];
    const g = tape.backward(seeds, sources);
    const gc = g.slice(0, fc.length),
      gh = g.slice(fc.length, fc.length + fh.length),
      gx = g.slice(fc.length + fh.length);
    return [
      [...gh.map((v, j) => v ?? zerosOf(avalOf(h[fh[j]]))), ...acc.map((a, j) => (gc[j] ? add(a, gc[j]!) : a))],
      gx.map((v, j) => v ?? zerosOf(avalOf(x[fx[j]]))),
    ];
  };
  const avals = [
    ...inputs.slice(0, nC),
    ...fh.map((i) => inputs[nC + i]),
    ...fc.map((i) => inputs[i]),
    ...body.inputs.slice(nC).map((n) => n.aval),
    ...fy.map((i) => body.outputs[nH + i].aval),
  ];
  const step = traceBody('scan', `${body.name}_vjp`, fn, avals);
  return { step, fc, fh, fx, fy, residuals: savedNodes(step, nC, fh.length + fc.length, nH + nX) };
}

/**
 * The residuals of a reverse step: nodes that read the carry or x (directly or not) but no
 * cotangent, read by a node that does (or returned). Loop invariants are left to be recomputed
 * (the optimizer moves them out of the loop).
 */
function savedNodes(step: Body, nC: number, nCt: number, nStep: number): Node[] {
  const g = step.graph;
  const first = step.captures.length + nC;
  const cotangent = new Set<Node>([...g.inputs.slice(first, first + nCt), ...g.inputs.slice(first + nCt + nStep)]);
  const perStep = new Set<Node>(g.inputs.slice(first + nCt, first + nCt + nStep));
  const order = topoOrder(g);
  for (const n of order) {
    if (n.inputs.some((i) => cotangent.has(i))) cotangent.add(n);
    else if (n.inputs.some((i) => perStep.has(i))) perStep.add(n);
  }
  const saved = new Set<Node>();
  const keep = (n: Node) => perStep.has(n) && !cotangent.has(n) && n.op !== 'input' && n.results === undefined;
  for (const n of order) if (cotangent.has(n)) for (const i of n.inputs) if (keep(i)) saved.add(i);
  for (const o of g.outputs) if (keep(o)) saved.add(o);
  return [...saved];
}

const scanRule = {
  infer(inputs: readonly Aval[], params: ControlParams): Aval[] {
    const { body, length, carry } = sp(params);
    return body.outputs.map((o, i) => (i < carry ? o.aval : { shape: [length, ...o.aval.shape], dtype: o.aval.dtype }));
  },

  run(inputs: readonly Tensor[], params: ControlParams): Tensor[] {
    const { body, length, reverse, consts, carry: nCarry } = sp(params);
    const c = inputs.slice(0, consts);
    let carry = inputs.slice(consts, consts + nCarry);
    const xs = inputs.slice(consts + nCarry);
    const ys = body.outputs.slice(nCarry).map((o) => stackedBuffer(length, o.aval));
    for (let k = 0; k < length; k++) {
      const t = reverse ? length - 1 - k : k;
      const outs = evalGraph(body, [...c, ...carry, ...xs.map((x) => rowOf(x, t))], eager);
      carry = outs.slice(0, nCarry);
      ys.forEach((y, j) => y.tensor.buf.set(outs[nCarry + j].buf, t * y.rowSize));
    }
    return [...carry, ...ys.map((y) => y.tensor)];
  },

  forwardForVjp(apply: ApplyControl, inputs: readonly Tensor[], params: ControlParams) {
    const p = sp(params);
    const { body, length, reverse, consts: nC, carry: nH } = p;
    const rev = reverseStep(p, inputs.map(avalOf));
    const nY = body.outputs.length - nH;
    const { fc, fh, fy } = rev;
    // The same loop, also stacking each step's carry and the reverse step's residuals.
    const saving = (args: Tensor[]) => {
      const c = args.slice(0, nC),
        h = args.slice(nC, nC + nH),
        x = args.slice(nC + nH);
      const outs = evalGraph(body, args);
      const none = (n: number) => Array<undefined>(n).fill(undefined);
      const stepInputs = [...rev.step.captures, ...c, ...none(fh.length + fc.length), ...h, ...x, ...none(fy.length)];
      const saved = evalGraph(rev.step.graph, stepInputs, viaBind, undefined, rev.residuals);
      return [outs.slice(0, nH), [...outs.slice(nH), ...h, ...saved]];
    };
    const outs = bindScan(
      `${body.name}_saving`,
      saving,
      { consts: inputs.slice(0, nC), carry: inputs.slice(nC, nC + nH), xs: inputs.slice(nC + nH) },
      length,
      reverse,
      apply,
    );
    return { outs: outs.slice(0, nH + nY), residuals: outs.slice(nH + nY), aux: rev };
  },

  vjp(
    cts: readonly (Tensor | null)[],
    inputs: readonly Tensor[],
    residuals: readonly Tensor[],
    params: ControlParams,
    aux?: unknown,
  ) {
    const p = sp(params);
    const { body, length, reverse, consts: nC, carry: nH } = p;
    const rev = (aux as ReverseStep | undefined) ?? reverseStep(p, inputs.map(avalOf));
    const { fc, fh, fx, fy } = rev;
    const nX = inputs.length - nC - nH;
    const outAvals = scanRule.infer(inputs.map(avalOf), params);
    const ctOr0 = (i: number) => cts[i] ?? zerosOf(outAvals[i]);
    const hs = residuals.slice(0, nH),
      saved = residuals.slice(nH);
    // The reverse step with its residuals read from the forward loop's stacks, not recomputed.
    const step = (args: Tensor[]) => {
      let k = 0;
      const c = args.slice(k, (k += nC)),
        ct = args.slice(k, (k += fh.length + fc.length)),
        h = args.slice(k, (k += nH)),
        x = args.slice(k, (k += nX)),
        r = args.slice(k, (k += saved.length)),
        ctY = args.slice(k);
      const given = new Map(rev.residuals.map((n, i) => [n, r[i]] as const));
      const outs = evalGraph(rev.step.graph, [...rev.step.captures, ...c, ...ct, ...h, ...x, ...ctY], viaBind, given);
      return [outs.slice(0, fh.length + fc.length), outs.slice(fh.length + fc.length)];
    };
    const outs = bindScan(
      `${body.name}_vjp`,
      step,
      {
        consts: inputs.slice(0, nC),
        carry: [...fh.map((i) => ctOr0(i)), ...fc.map((i) => zerosOf(avalOf(inputs[i])))],
        xs: [...hs, ...inputs.slice(nC + nH), ...saved, ...fy.map((i) => ctOr0(nH + i))],
      },
      length,
      !reverse,
    );
    const result: (Tensor | null)[] = inputs.map(() => null);
    fh.forEach((i, j) => (result[nC + i] = outs[j]));
    fc.forEach((i, j) => (result[i] = outs[fh.length + j]));
    fx.forEach((i, j) => (result[nC + nH + i] = outs[fh.length + fc.length + j]));
    return result;
  },

  jvp(inputs: readonly Tensor[], tangents: readonly (Tensor | null)[], params: ControlParams) {
    const { body, length, reverse, consts: nC, carry: nH } = sp(params);
    const c = inputs.slice(0, nC),
      h = inputs.slice(nC, nC + nH),
      xs = inputs.slice(nC + nH);
    const tc = c.flatMap((_, i) => (tangents[i] && isFloat(c[i].dtype) ? [i] : []));
    const fh = floatIndices(h.map(avalOf));
    const tx = xs.flatMap((_, i) => (tangents[nC + nH + i] && isFloat(xs[i].dtype) ? [i] : []));
    const fy = floatIndices(body.outputs.slice(nH).map((o) => o.aval));
    const nX = xs.length;
    const step = (args: Tensor[]) => {
      let k = 0;
      const cc = args.slice(k, (k += nC)),
        dc = args.slice(k, (k += tc.length)),
        hh = args.slice(k, (k += nH)),
        dh = args.slice(k, (k += fh.length)),
        xx = args.slice(k, (k += nX)),
        dx = args.slice(k);
      const ft = new ForwardTrace();
      tc.forEach((i, j) => ft.setTangent(cc[i], dc[j]));
      fh.forEach((i, j) => ft.setTangent(hh[i], dh[j]));
      tx.forEach((i, j) => ft.setTangent(xx[i], dx[j]));
      const outs = withInterpreter(ft, () => evalGraph(body, [...cc, ...hh, ...xx]));
      const tan = (o: Tensor) => ft.tangentOf(o) ?? zerosOf(avalOf(o));
      return [
        [...outs.slice(0, nH), ...fh.map((i) => tan(outs[i]))],
        [...outs.slice(nH), ...fy.map((i) => tan(outs[nH + i]))],
      ];
    };
    const outs = bindScan(
      `${body.name}_jvp`,
      step,
      {
        consts: [...c, ...tc.map((i) => tangents[i]!)],
        carry: [...h, ...fh.map((i) => tangents[nC + i] ?? zerosOf(avalOf(h[i])))],
        xs: [...xs, ...tx.map((i) => tangents[nC + nH + i]!)],
      },
      length,
      reverse,
    );
    const nY = body.outputs.length - nH;
    const primal = [...outs.slice(0, nH), ...outs.slice(nH + fh.length, nH + fh.length + nY)];
    const tOut: (Tensor | null)[] = primal.map(() => null);
    fh.forEach((i, j) => (tOut[i] = outs[nH + j]));
    fy.forEach((i, j) => (tOut[nH + i] = outs[nH + fh.length + nY + j]));
    return { outs: primal, tangents: tOut };
  },
};

registerControl('scan', scanRule);

function checkLength(xsLeaves: readonly Tensor[], opts: ScanOptions): number {
  if (opts.length !== undefined && (!Number.isInteger(opts.length) || opts.length < 0))
    throw new Error(`scan: opts.length must be a non-negative integer, got ${describeValue(opts.length)}`);
  if (xsLeaves.length === 0) {
    if (opts.length === undefined)
      throw new Error('scan: xs is null (or holds no tensors), so opts.length is required');
    return opts.length;
  }
  const lengths = xsLeaves.map((x) => (x.ndim === 0 ? undefined : x.shape[0]));
  const bad = lengths.findIndex((l) => l === undefined);
  if (bad >= 0) throw new Error(`scan: xs leaf ${bad} is a 0-d tensor; every xs leaf needs an axis 0 to scan over`);
  if (new Set(lengths).size > 1)
    throw new Error(`scan: the xs leaves must share the length of axis 0, got ${lengths.join(', ')}`);
  if (opts.length !== undefined && opts.length !== lengths[0])
    throw new Error(`scan: opts.length is ${opts.length} but the xs have length ${lengths[0]}`);
  return lengths[0]!;
}

/**
 * A loop as one op (Theano's scan, JAX's `lax.scan`): `f(carry, x)` returns `[carry, y]`; the
 * carry threads through the steps and the `y`s are stacked along a new axis 0. `f` is traced
 * once, not unrolled, so under {@link jit} the loop compiles to a loop whatever its length.
 * Differentiable in both modes.
 *
 * @param f - The step: `(carry, x) => [newCarry, y]`. `newCarry` must have the structure, shapes
 *   and dtypes of `init`; `y` may be any tree of tensors, or null.
 * @param init - The first carry: a tensor or a tree of tensors.
 * @param xs - A tensor or tree of tensors sharing the length of axis 0 (step `i` gets slice `i`),
 *   or null with `opts.length`.
 * @param opts - `length` (the number of steps), `reverse` (walk from the last slice to the first).
 * @returns `[finalCarry, ys]`.
 * @example
 * ```ts
 * const [total, partial] = tj.scan((c, x) => [c.add(x), c.add(x)], tj.tensor(0), tj.tensor([1, 2, 3]));
 * total;    // 6
 * partial;  // [1, 3, 6]
 * ```
 * @category Control flow
 */
export function scan<C, X, Y>(
  f: (carry: C, x: X) => readonly [C, Y],
  init: C,
  xs: X | null,
  opts: ScanOptions = {},
): [C, Y] {
  if (typeof f !== 'function') throw new Error(`scan: expected a function, got ${describeValue(f)}`);
  if (typeof opts !== 'object' || opts === null)
    throw new Error(`scan: opts must be an object, got ${describeValue(opts)}`);
  const carry = leavesOf('scan', init);
  const x = xs === null || xs === undefined ? { leaves: [], def: undefined } : leavesOf('scan', xs);
  const length = checkLength(x.leaves, opts);
  let yDef: TreeDef | undefined;
  const nH = carry.leaves.length;
  const step = (args: Tensor[]) => {
    const c = unflatten(carry.def, args.slice(0, nH));
    const xv = x.def === undefined ? null : unflatten(x.def, args.slice(nH));
    const r = f(c as C, xv as X);
    if (!Array.isArray(r) || r.length !== 2)
      throw new Error(`scan: the body must return [carry, y], got ${describeValue(r)}`);
    const nc = leavesOf('scan', r[0]);
    checkSameTree(
      'scan',
      { want: 'init', got: 'the carry the body returned', root: 'carry' },
      { def: carry.def, avals: carry.leaves.map(avalOf) },
      { def: nc.def, avals: nc.leaves.map(avalOf) },
    );
    const y = leavesOf('scan', r[1] ?? null);
    yDef = y.def;
    return [...nc.leaves, ...y.leaves];
  };
  const outs = bindScan(
    'scan_body',
    step,
    { consts: [], carry: carry.leaves, xs: x.leaves },
    length,
    opts.reverse === true,
  );
  // The carry the body returns has init's structure (checked above).
  return [unflatten(carry.def, outs.slice(0, nH)) as C, unflatten(yDef!, outs.slice(nH)) as Y];
}
