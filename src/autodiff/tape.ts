// Reverse mode: a tape interpreter that records the primitives touching tracked tensors, and the
// backward pass that runs their VJP rules. Tapes nest (grad of grad): each delegates to the one below.

import { isFloat } from '../../runtime/dtype.js';
import type { Params, Prim } from '../../runtime/primitives/index.js';
import { controlRule, type ControlOp, type ControlParams } from '../control/registry.js';
import { applyControlBelow, assignBelow, interpreterBelow, type Interpreter } from '../dispatch.js';
import { sumToShape } from './grad-util.js';
import { astype } from '../ops/coerce.js';
import { add } from '../ops/elementwise.js';
import { Tensor } from '../tensor.js';
import type { VjpRule } from './rule-types.js';
import { vjpRules } from './vjp.js';
import type { Variable } from '../variable.js';

interface PrimEntry {
  prim: Prim;
  inputs: readonly Tensor[];
  params: unknown;
  out: Tensor;
}
/** A control op (scan, cond): several results, and what its forward pass saved for the reverse one. */
interface ControlEntry {
  control: ControlOp;
  inputs: readonly Tensor[];
  params: ControlParams;
  outs: readonly Tensor[];
  residuals: readonly Tensor[];
  aux: unknown;
}
type Entry = PrimEntry | ControlEntry;

export class Tape implements Interpreter {
  private readonly entries: Entry[] = [];
  /** Tensors whose gradient this tape follows: the leaves and every float result computed from them. */
  private readonly tracked = new Set<Tensor>();

  track(t: Tensor): void {
    this.tracked.add(t);
  }

  apply<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor {
    const out = interpreterBelow(this).apply(prim, inputs, params);
    if (isFloat(out.dtype) && inputs.some((t) => this.tracked.has(t))) {
      this.tracked.add(out);
      this.entries.push({ prim, inputs, params, out });
    }
    return out;
  }

  applyControl(op: ControlOp, inputs: readonly Tensor[], params: ControlParams): Tensor[] {
    const below = (o: ControlOp, ins: readonly Tensor[], p: ControlParams) => applyControlBelow(this, o, ins, p);
    if (!inputs.some((t) => this.tracked.has(t))) return below(op, inputs, params);
    const { outs, residuals, aux } = controlRule(op).forwardForVjp(below, inputs, params);
    for (const o of outs) if (isFloat(o.dtype)) this.tracked.add(o);
    this.entries.push({ control: op, inputs, params, outs, residuals, aux });
    return outs;
  }

  /** Assigns pass through to the interpreter below, as when no tape is recording. */
  assign(v: Variable, value: Tensor): void {
    assignBelow(this, v, value);
  }

  /**
   * Cotangents of `sources` given cotangents of outputs (null where no path leads).
   * Call after the tape is popped: the VJP rules' own ops then go to the interpreters below,
   * so an enclosing tape records them (higher-order derivatives).
   */
  backward(seeds: readonly (readonly [Tensor, Tensor])[], sources: readonly Tensor[]): (Tensor | null)[] {
    const cts = new Map<Tensor, Tensor>();
    for (const [out, ct] of seeds) {
      if (!this.tracked.has(out)) continue;
      const prev = cts.get(out);
      cts.set(out, prev === undefined ? ct : add(prev, ct));
    }
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      const gins = 'control' in e ? this.controlCotangents(e, cts) : this.primCotangents(e, cts);
      if (gins === undefined) continue;
      e.inputs.forEach((x, j) => {
        let gi = gins[j];
        if (gi === null || gi === undefined || !this.tracked.has(x)) return;
        gi = fitCotangent(gi, x);
        const prev = cts.get(x);
        cts.set(x, prev === undefined ? gi : add(prev, gi));
      });
    }
    // Leaves are never an entry's output, so their cotangents (seeds included) are still here.
    return sources.map((s) => cts.get(s) ?? null);
  }

  private primCotangents(e: PrimEntry, cts: Map<Tensor, Tensor>): (Tensor | null)[] | undefined {
    const g = cts.get(e.out);
    if (g === undefined) return undefined;
    cts.delete(e.out);
    const rule = vjpRules[e.prim] as VjpRule<Prim> | undefined;
    if (rule === undefined) throw new Error(`grad: primitive ${e.prim} has no VJP rule`);
    return rule(
      g,
      e.inputs,
      e.out,
      e.params as never,
      e.inputs.map((x) => this.tracked.has(x)),
    );
  }

  private controlCotangents(e: ControlEntry, cts: Map<Tensor, Tensor>): (Tensor | null)[] | undefined {
    const gs = e.outs.map((o) => cts.get(o) ?? null);
    if (gs.every((g) => g === null)) return undefined;
    for (const o of e.outs) cts.delete(o);
    return controlRule(e.control).vjp(gs, e.inputs, e.residuals, e.params, e.aux);
  }
}

/** Rules may leave broadcasting or a wider dtype in a cotangent; it must match its input exactly. */
function fitCotangent(g: Tensor, x: Tensor): Tensor {
  const s = sumToShape(g, x.shape);
  return s.dtype === x.dtype ? s : astype(s, x.dtype);
}
