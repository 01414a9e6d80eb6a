// Variables: tensors whose value can be replaced, the shared state of training loops and compiled functions.

import type { TypedArray } from '../runtime/dtype.js';
import { fmtShape } from '../runtime/shape.js';
import { asTensor, type TensorLike } from './ops/coerce.js';
import { Tensor } from './tensor.js';

/**
 * @internal Where a compiled function keeps a variable's current value (in WASM memory, between
 * its calls); `read` copies it out. `owner` and `address` let that function find it again.
 */
export interface Residence { owner: object; address: number; read(): TypedArray }

export class Variable extends Tensor {
  /** @internal Called with the new value after every assign (the tracer hooks in here). */
  static onAssign: ((v: Variable, value: Tensor) => boolean) | undefined;

  /** @internal Set while a compiled function holds the value; the value is copied out on first read. */
  _residence: Residence | undefined;

  /** @internal */
  constructor(init: Tensor) {
    super(init.shape.slice(), init.dtype, init._buf);
    // The value is read through an accessor so that a resident value is copied out only when
    // somebody reads it; any write (assign, the JS tier, verify) ends the residence.
    let store = init._buf;
    Object.defineProperty(this, '_buf', {
      enumerable: true,
      get: () => {
        if (store === undefined && this._residence) store = this._residence.read();
        return store;
      },
      set: (b: TypedArray | undefined) => { store = b; this._residence = undefined; },
    });
    /** @internal Hands the value to a compiled function's memory (the old JS copy is dropped). */
    this._reside = (r: Residence) => { store = undefined; this._residence = r; };
  }

  /** @internal */
  _reside: (r: Residence) => void;

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
