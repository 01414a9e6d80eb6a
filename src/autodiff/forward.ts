// Forward mode: an interpreter that carries a tangent beside every tensor computed from the
// primals, applying each primitive's JVP rule as it goes.

import { isFloat } from '../../runtime/dtype.js';
import type { Params, Prim } from '../../runtime/primitives/index.js';
import { controlRule, type ControlOp, type ControlParams } from '../control/registry.js';
import { applyControlBelow, assignBelow, interpreterBelow, runBelow, type Interpreter } from '../dispatch.js';
import { astype } from '../ops/coerce.js';
import { broadcastTo } from '../ops/shape.js';
import { jvpRules } from './jvp.js';
import type { JvpRule } from './rule-types.js';
import type { Tensor } from '../tensor.js';
import type { Variable } from '../variable.js';

export class ForwardTrace implements Interpreter {
  private readonly tangents = new Map<Tensor, Tensor>();

  setTangent(t: Tensor, tangent: Tensor): void {
    this.tangents.set(t, tangent);
  }

  tangentOf(t: Tensor): Tensor | undefined {
    return this.tangents.get(t);
  }

  apply<P extends Prim>(prim: P, inputs: readonly Tensor[], params: Params[P]): Tensor {
    const out = interpreterBelow(this).apply(prim, inputs, params);
    if (!isFloat(out.dtype)) return out;
    const tans = inputs.map((x) => this.tangents.get(x) ?? null);
    if (tans.every((t) => t === null)) return out;
    const rule = jvpRules[prim] as JvpRule<P> | undefined;
    if (rule === undefined) throw new Error(`jvp: primitive ${prim} has no JVP rule`);
    const t = runBelow(this, () => {
      const r = rule(tans, inputs, out, params);
      // Rules may leave a tangent narrower than the output (broadcasting) or of a wider dtype.
      if (r === null) return null;
      const b =
        r.shape.length === out.shape.length && r.shape.every((d, i) => d === out.shape[i])
          ? r
          : broadcastTo(r, out.shape);
      return b.dtype === out.dtype ? b : astype(b, out.dtype);
    });
    if (t !== null) this.tangents.set(out, t);
    return out;
  }

  /** A control op with tangents runs as one op of its kind computing results and tangents together. */
  applyControl(op: ControlOp, inputs: readonly Tensor[], params: ControlParams): Tensor[] {
    const tans = inputs.map((x) => this.tangents.get(x) ?? null);
    if (tans.every((t) => t === null)) return applyControlBelow(this, op, inputs, params);
    const r = runBelow(this, () => controlRule(op).jvp(inputs, tans, params));
    r.outs.forEach((o, i) => {
      const t = r.tangents[i];
      if (t !== null && isFloat(o.dtype)) this.tangents.set(o, t);
    });
    return r.outs;
  }

  /** Assigns pass through to the interpreter below (no tangent is kept for a Variable). */
  assign(v: Variable, value: Tensor): void {
    assignBelow(this, v, value);
  }
}
