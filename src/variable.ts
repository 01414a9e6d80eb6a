// Variables: tensors whose value can be replaced, the shared state of training loops and compiled functions.

import type { TypedArray } from '../runtime/dtype.js';
import { fmtShape } from '../runtime/shape.js';
import { assignVariable } from './dispatch.js';
import { asTensor, type TensorLike } from './ops/coerce.js';
import { Tensor } from './tensor.js';

/**
 * @internal Where a compiled function keeps a variable's current value (in WASM memory, between
 * its calls); `read` copies it out. `owner` and `address` let that function find it again.
 */
export interface Residence {
  owner: object;
  address: number;
  read(): TypedArray;
  /** The device whose memory `address` is in, where it is not the WASM memory (the CUDA tier's driver). */
  device?: object;
}

/**
 * A tensor whose value can be replaced with {@link Variable.assign}: the state of training loops
 * and of compiled functions. A {@link jit}-compiled function reads a Variable's current value on
 * every call, and an `assign` inside it takes effect after each call, as it would eagerly. Make
 * one with {@link variable}.
 *
 * @example
 * ```ts
 * const w = tj.variable(tj.zeros([3]));
 * w.assign(tj.add(w, 1)); // w is now [1, 1, 1]
 * ```
 * @category State
 */
export class Variable extends Tensor {
  /** @internal Set while a compiled function holds the value; the value is copied out on first read. */
  _residence: Residence | undefined;

  /** @hidden Use variable() instead (hidden from the docs, kept in the types). */
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
      set: (b: TypedArray | undefined) => {
        store = b;
        this._residence = undefined;
      },
    });
    /** @internal Hands the value to a compiled function's memory (the old JS copy is dropped). */
    this._reside = (r: Residence) => {
      store = undefined;
      this._residence = r;
    };
  }

  /** @internal */
  _reside: (r: Residence) => void;

  /**
   * Replaces the value. The new value must have the same shape and dtype, else it throws and
   * nothing changes.
   *
   * @param value - The new value (a tensor, or data for {@link tensor}).
   * @returns This Variable.
   * @example
   * ```ts
   * const v = tj.variable(tj.zeros([2]));
   * v.assign(tj.tensor([1, 2]));
   * v.assign(tj.zeros([3])); // throws: the shape differs
   * ```
   */
  assign(value: TensorLike): this {
    const t = value instanceof Tensor ? value : asTensor('assign', value);
    if (t.dtype !== this.dtype || t.shape.length !== this.shape.length || t.shape.some((d, i) => d !== this.shape[i])) {
      throw new Error(
        `assign: the new value (shape ${fmtShape(t.shape)}, ${t.dtype}) must match the variable (shape ${fmtShape(this.shape)}, ${this.dtype})`,
      );
    }
    // The running interpreter performs it (eager), passes it down (a tape) or records it (a trace).
    assignVariable(this, t);
    return this;
  }

  /** The value printed as by {@link Tensor.toString}, wrapped in `Variable(...)`. */
  override toString(): string {
    return `Variable(${super.toString()})`;
  }
}

/**
 * Makes a {@link Variable} holding `init` (copied from data when it is not a tensor).
 *
 * @param init - The initial value: its shape and dtype are the Variable's for good.
 * @example
 * ```ts
 * const w = tj.variable(tj.randn([784, 10]));
 * const b = tj.variable(tj.zeros([10]));
 * ```
 * @category State
 */
export function variable(init: TensorLike): Variable {
  return new Variable(asTensor('variable', init));
}
