// Variables: tensors whose value can be replaced, the shared state of training loops and compiled functions.

import { fmtShape } from '../runtime/shape.js';
import { asTensor, type TensorLike } from './ops/coerce.js';
import { Tensor } from './tensor.js';

export class Variable extends Tensor {
  /** @internal Called with the new value after every assign (the tracer hooks in here). */
  static onAssign: ((v: Variable, value: Tensor) => boolean) | undefined;

  /** @internal */
  constructor(init: Tensor) {
    super(init.shape.slice(), init.dtype, init._buf);
  }

  /** Replaces the value; the new one must have the same shape and dtype, else nothing changes. */
  assign(value: TensorLike): this {
    const t = value instanceof Tensor ? value : asTensor('assign', value);
    if (t.dtype !== this.dtype || t.shape.length !== this.shape.length || t.shape.some((d, i) => d !== this.shape[i])) {
      throw new Error(`assign: the new value (shape ${fmtShape(t.shape)}, ${t.dtype}) must match the variable (shape ${fmtShape(this.shape)}, ${this.dtype})`);
    }
    if (Variable.onAssign?.(this, t)) return this;
    this._buf = t.buf;
    return this;
  }

  override toString(): string {
    return `Variable(${super.toString()})`;
  }
}

export function variable(init: TensorLike): Variable {
  return new Variable(asTensor('variable', init));
}
