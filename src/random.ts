// Seedable random numbers. A Generator's whole state is one int32 Variable [key0, key1, counter],
// so a traced graph reads it as an input and advances it as an update, as Theano's random streams did.

import type { DType } from '../runtime/dtype.js';
import { checkShape } from '../runtime/shape.js';
import { checkDtype } from './creation.js';
import { bind } from './dispatch.js';
import { Tensor } from './tensor.js';
import { Variable } from './variable.js';

export class Generator {
  /** The current state, assigned a new value after every draw. */
  readonly state: Variable;

  constructor(seed = 0) {
    this.state = new Variable(Generator.stateFor(seed));
  }

  static stateFor(seed: number): Tensor {
    if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new Error(`seed: expected a finite number, got ${String(seed)}`);
    const s = Math.trunc(seed);
    // Two key words from the seed's low and high 32 bits; the counter starts at zero.
    return new Tensor([3], 'int32', new Int32Array([s | 0, Math.floor(s / 2 ** 32) | 0, 0]));
  }

  seed(n: number): void {
    this.state.assign(Generator.stateFor(n));
  }

  private draw(prim: 'randomUniform' | 'randomNormal', op: string, shape: number[], dtype: DType): Tensor {
    const s = checkShape(op, shape);
    const d = checkDtype(op, dtype);
    if (d !== 'float32' && d !== 'float64') throw new Error(`${op}: dtype must be float32 or float64, got ${d}`);
    const out = bind(prim, [this.state], { shape: s, dtype: d });
    this.state.assign(bind('add', [this.state, STEP], {}));
    return out;
  }

  /** Uniform samples in [0, 1). */
  rand(shape: number[], dtype: DType = 'float32'): Tensor { return this.draw('randomUniform', 'rand', shape, dtype); }
  /** Standard normal samples. */
  randn(shape: number[], dtype: DType = 'float32'): Tensor { return this.draw('randomNormal', 'randn', shape, dtype); }
}

const STEP = new Tensor([3], 'int32', new Int32Array([0, 0, 1]));

export const defaultGenerator = new Generator(0);

export function seed(n: number): void { defaultGenerator.seed(n); }
export function rand(shape: number[], dtype?: DType): Tensor { return defaultGenerator.rand(shape, dtype); }
export function randn(shape: number[], dtype?: DType): Tensor { return defaultGenerator.randn(shape, dtype); }
