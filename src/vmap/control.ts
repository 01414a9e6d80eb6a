// vmap's rules for the control ops. scan: the body batched (mapped consts, carries and xs; a
// carry the body maps becomes mapped from the start). cond: an unmapped predicate gives a cond of
// batched branches; a mapped one runs both branches and selects per row with where. while: an
// unmapped predicate gives a loop of the batched body; a mapped one runs while any row's
// predicate holds, rows already done keeping their carry (where).

import { allocate, type DType } from '../../runtime/dtype.js';
import type { Graph } from '../../jit/graph.js';
import { traceBody } from '../../jit/tracer.js';
import type { CondParams } from '../control/cond.js';
import { evalGraph, type Applier } from '../control/eval.js';
import type { ControlOp } from '../control/registry.js';
import type { ScanParams } from '../control/scan.js';
import type { WhileParams } from '../control/while.js';
import { bind, bindControl } from '../dispatch.js';
import { Tensor } from '../tensor.js';
import { moveAxis, toFront } from './rules.js';
import type { BatchContext, ControlBatchRule, Dim } from './types.js';

type Batched = { value: Tensor; dim: Dim };

/**
 * Evaluates graph `g` on a fresh batch trace inside a body being traced: its first inputs are
 * the outer batched values `outer` (captured by the body's tracer), the rest the body's own
 * arguments `args`, mapped on axis 0 where `argMapped` says. Returns each output batched.
 */
function evalBatched(
  ctx: BatchContext,
  g: Graph,
  outer: readonly Batched[],
  args: readonly Tensor[],
  argMapped: readonly boolean[],
): Batched[] {
  const bt = ctx.fresh();
  const ins = [
    ...outer.map((c) => bt.wrap(c.value, c.dim)),
    ...args.map((a, i) => bt.wrap(a, argMapped[i] ? 0 : null)),
  ];
  return bt.run(() => evalGraph(g, ins)).map((o) => bt.unwrap(o));
}

/** A batched value with its batch first where `mapped` (broadcast if it was not), else as it is. */
const fit = (b: Batched, mapped: boolean, size: number) => (mapped ? toFront(b.value, b.dim, size) : b.value);

const scalarZero = (dtype: DType) => new Tensor([], dtype, allocate(dtype, 1));

/** A predicate as bool. */
const truth = (p: Tensor) => (p.dtype === 'bool' ? p : bind('notEqual', [p, scalarZero(p.dtype)], {}));

const sameFlags = (a: readonly boolean[], b: readonly boolean[]) => a.every((v, i) => v === b[i]);

const scanRule: ControlBatchRule = (ctx, inputs, params) => {
  const { body, length, reverse, consts: nC, carry: nH } = params as unknown as ScanParams;
  const ins = inputs.map((x) => ctx.unwrap(x));
  const consts = ins.slice(0, nC),
    carry = ins.slice(nC, nC + nH),
    xs = ins.slice(nC + nH);
  const B = ctx.size;
  return ctx.below(() => {
    // xs keep the scanned axis first: their batch axis goes second, so each step's slice has it first.
    const xsVals = xs.map((x) => (x.dim === null ? x.value : moveAxis(x.value, x.dim, 1)));
    const xMapped = xs.map((x) => x.dim !== null);
    let mapped = carry.map((c) => c.dim !== null);
    for (;;) {
      const carryVals = carry.map((c, i) => fit(c, mapped[i], B));
      let carryOut: boolean[] = [],
        ysMapped: boolean[] = [];
      const fn = (args: Tensor[]) => {
        const outs = evalBatched(ctx, body, consts, args, [...mapped, ...xMapped]);
        carryOut = outs.slice(0, nH).map((o) => o.dim !== null);
        ysMapped = outs.slice(nH).map((o) => o.dim !== null);
        return outs.map((o, i) => fit(o, i < nH ? mapped[i] : o.dim !== null, B));
      };
      const avals = [
        ...carryVals.map((c) => ({ shape: c.shape, dtype: c.dtype })),
        ...xsVals.map((x) => ({ shape: x.shape.slice(1), dtype: x.dtype })),
      ];
      const b = traceBody('scan', `${body.name}_vmap`, fn, avals);
      const grown = mapped.map((m, i) => m || carryOut[i]);
      if (!sameFlags(grown, mapped)) {
        mapped = grown; // a carry the body maps: mapped from the start, traced again
        continue;
      }
      const p: ScanParams = { body: b.graph, length, reverse, consts: b.captures.length, carry: nH };
      const outs = bindControl('scan', [...b.captures, ...carryVals, ...xsVals], p as never);
      return outs.map((o, i) =>
        i < nH ? ctx.wrap(o, mapped[i] ? 0 : null) : ctx.wrap(o, ysMapped[i - nH] ? 1 : null),
      );
    }
  });
};

/** The inputs of branch k among a cond's inputs (pred dropped): its captures, then the operands. */
function branchInputs<T>(p: CondParams, args: readonly T[], k: 0 | 1): T[] {
  const [n0, n1] = p.captures;
  const operands = args.slice(n0 + n1);
  return k === 0 ? [...args.slice(0, n0), ...operands] : [...args.slice(n0, n0 + n1), ...operands];
}

const condRule: ControlBatchRule = (ctx, inputs, params) => {
  const p = params as unknown as CondParams;
  const pred = ctx.unwrap(inputs[0]);
  const args = inputs.slice(1);
  const B = ctx.size;
  if (pred.dim !== null) {
    // A predicate per row: both branches run (batched), and each row takes its branch's results.
    const via: Applier = {
      apply: (prim, xs, pr) => ctx.apply(prim, xs, pr),
      applyControl: (op, xs, pr) => ctx.applyControl(op, xs, pr),
    };
    const f = evalGraph(p.branches[0], branchInputs(p, args, 0), via);
    const t = evalGraph(p.branches[1], branchInputs(p, args, 1), via);
    const r = ctx.apply('reshape', [inputs[0]], { shape: [] });
    const c = r.dtype === 'bool' ? r : ctx.apply('notEqual', [r, scalarZero(r.dtype)], {});
    return f.map((o, j) => ctx.apply('where', [c, t[j], o], {}));
  }
  const argIns = args.map((a) => ctx.unwrap(a));
  return ctx.below(() => {
    let force: boolean[] = p.branches[0].outputs.map(() => false);
    for (;;) {
      const flags: boolean[][] = [];
      const branch = (k: 0 | 1) => () => {
        const outs = evalBatched(ctx, p.branches[k], branchInputs(p, argIns, k), [], []);
        flags[k] = outs.map((o) => o.dim !== null);
        return outs.map((o, j) => fit(o, force[j] || o.dim !== null, B));
      };
      const b0 = traceBody('cond', `${p.branches[0].name}_vmap`, branch(0), []);
      const b1 = traceBody('cond', `${p.branches[1].name}_vmap`, branch(1), []);
      const union = flags[0].map((m, j) => m || flags[1][j] || force[j]);
      if (
        !sameFlags(
          union,
          flags[0].map((m, j) => m || force[j]),
        ) ||
        !sameFlags(
          union,
          flags[1].map((m, j) => m || force[j]),
        )
      ) {
        force = union; // one branch maps a result the other does not: both give it mapped
        continue;
      }
      const cp: CondParams = { branches: [b0.graph, b1.graph], captures: [b0.captures.length, b1.captures.length] };
      const outs = bindControl('cond', [pred.value, ...b0.captures, ...b1.captures], cp as never);
      return outs.map((o, j) => ctx.wrap(o, union[j] ? 0 : null));
    }
  });
};

const whileRule: ControlBatchRule = (ctx, inputs, params) => {
  const { cond, body, captures } = params as unknown as WhileParams;
  const [n0, n1] = captures;
  const ins = inputs.map((x) => ctx.unwrap(x));
  const cc = ins.slice(0, n0),
    bc = ins.slice(n0, n0 + n1),
    h = ins.slice(n0 + n1);
  const B = ctx.size;
  const avalsOf = (ts: readonly Tensor[]) => ts.map((t) => ({ shape: t.shape, dtype: t.dtype }));
  return ctx.below(() => {
    let mapped = h.map((x) => x.dim !== null);
    let predMapped = false;
    for (;;) {
      const carryVals = h.map((c, i) => fit(c, mapped[i], B));
      let carryOut: boolean[] = [];
      traceBody(
        'whileLoop',
        'while_cond_vmap',
        (args: Tensor[]) => {
          const [pr] = evalBatched(ctx, cond, cc, args, mapped);
          predMapped = pr.dim !== null;
          return pr.value;
        },
        avalsOf(carryVals),
      );
      if (predMapped) break;
      traceBody(
        'whileLoop',
        'while_body_vmap',
        (args: Tensor[]) => {
          const outs = evalBatched(ctx, body, bc, args, mapped);
          carryOut = outs.map((o) => o.dim !== null);
          return outs.map((o, i) => fit(o, mapped[i], B));
        },
        avalsOf(carryVals),
      );
      const grown = mapped.map((m, i) => m || carryOut[i]);
      if (sameFlags(grown, mapped)) break;
      mapped = grown; // a carry the body maps: mapped from the start, traced again
    }
    if (predMapped) mapped = h.map(() => true); // rows finish apart: every carry is kept per row
    const carryVals = h.map((c, i) => fit(c, mapped[i], B));
    /** Each row's predicate, bool [B] (a mapped predicate), or the one predicate. */
    const rowPred = (args: Tensor[]) => {
      const [pr] = evalBatched(ctx, cond, cc, args, mapped);
      if (!predMapped) return pr.value;
      return truth(bind('reshape', [toFront(pr.value, pr.dim, B)], { shape: [B] }));
    };
    const condFn = (args: Tensor[]) => (predMapped ? bind('reduceMax', [rowPred(args)], { axes: [0] }) : rowPred(args));
    const bodyFn = (args: Tensor[]) => {
      const outs = evalBatched(ctx, body, bc, args, mapped).map((o, i) => fit(o, mapped[i], B));
      if (!predMapped) return outs;
      const go = rowPred(args);
      return outs.map((o, i) =>
        bind('where', [bind('reshape', [go], { shape: [B, ...o.shape.slice(1).map(() => 1)] }), o, args[i]], {}),
      );
    };
    const c = traceBody('whileLoop', `${cond.name}_vmap`, condFn, avalsOf(carryVals));
    const b = traceBody('whileLoop', `${body.name}_vmap`, bodyFn, avalsOf(carryVals));
    const wp: WhileParams = { cond: c.graph, body: b.graph, captures: [c.captures.length, b.captures.length] };
    const outs = bindControl('while', [...c.captures, ...b.captures, ...carryVals], wp as never);
    return outs.map((o, i) => ctx.wrap(o, mapped[i] ? 0 : null));
  });
};

export const controlBatchRules: { readonly [O in ControlOp]: ControlBatchRule } = {
  scan: scanRule,
  cond: condRule,
  while: whileRule,
};
