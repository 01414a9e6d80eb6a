// Seedable random numbers. A Generator's whole state is one int32 Variable [key0, key1, counter],
// so a traced graph reads it as an input and advances it as an update, as Theano's random streams did.

import type { DType } from '../runtime/dtype.js';
import { checkShape } from '../runtime/shape.js';
import { checkDtype } from './creation.js';
import { describeValue } from './errors.js';
import { bind } from './dispatch.js';
import { astype } from './ops/coerce.js';
import { add, floor, mul } from './ops/elementwise.js';
import { Tensor } from './tensor.js';
import { Variable } from './variable.js';

/**
 * A seedable random number generator: counter-based, so the same seed gives the same numbers
 * eagerly and under {@link jit}. Its whole state is one int32 {@link Variable}, which a compiled
 * function reads as an input and advances as an update (as Theano's random streams). The functions
 * {@link seed}, {@link rand} and {@link randn} use a default generator; make your own for an
 * independent stream.
 *
 * @example
 * ```ts
 * const g = new tj.Generator(42);
 * const a = g.randn([2, 2]);
 * g.seed(42);
 * g.randn([2, 2]); // the same numbers as a
 * ```
 * @category Random
 */
export class Generator {
  /** The current state, [key0, key1, counter] (int32), assigned a new value after every draw. */
  readonly state: Variable;

  /** @param seed - The seed (a finite number; its integer part is used). */
  constructor(seed = 0) {
    this.state = new Variable(Generator.stateFor(seed));
  }

  /** @internal The state for a seed: two key words from its low and high 32 bits, and counter 0. */
  static stateFor(seed: number): Tensor {
    if (typeof seed !== 'number' || !Number.isFinite(seed))
      throw new Error(`seed: expected a finite number, got ${String(seed)}`);
    const s = Math.trunc(seed);
    // Two key words from the seed's low and high 32 bits; the counter starts at zero.
    return new Tensor([3], 'int32', new Int32Array([s | 0, Math.floor(s / 2 ** 32) | 0, 0]));
  }

  /**
   * Restarts the stream from seed `n`.
   * @param n - The seed (a finite number).
   */
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

  /**
   * Uniform samples in [0, 1).
   * @param shape - The shape of the result.
   * @param dtype - float32 (default) or float64.
   */
  rand(shape: number[], dtype: DType = 'float32'): Tensor {
    return this.draw('randomUniform', 'rand', shape, dtype);
  }
  /**
   * Standard normal samples (mean 0, standard deviation 1).
   * @param shape - The shape of the result.
   * @param dtype - float32 (default) or float64.
   */
  randn(shape: number[], dtype: DType = 'float32'): Tensor {
    return this.draw('randomNormal', 'randn', shape, dtype);
  }
  /**
   * Uniform int32 samples in [low, high): floor(u·(high - low)) + low of float64 uniform draws.
   * @param shape - The shape of the result.
   * @param low - The smallest value (an integer).
   * @param high - One past the largest (an integer above low; high - low at most 2^31 - 1).
   */
  randint(shape: number[], low: number, high: number): Tensor {
    for (const [name, v] of [
      ['low', low],
      ['high', high],
    ] as const)
      if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 2 ** 31)
        throw new Error(`randint: ${name} must be an int32 integer, got ${String(v)}`);
    if (!(high > low)) throw new Error(`randint: high (${high}) must be above low (${low})`);
    // With both in [-2^31, 2^31] and high > low, the values drawn fit int32 unless the range is wider.
    if (high - low > 2 ** 31 - 1) throw new Error(`randint: [${low}, ${high}) does not fit int32`);
    const u = this.draw('randomUniform', 'randint', shape, 'float64');
    return astype(add(floor(mul(u, high - low)), low), 'int32');
  }
  /**
   * A random permutation of 0..n-1 (int32): the stable argsort of n float64 uniform draws.
   * @param n - How many (a non-negative integer).
   */
  permutation(n: number): Tensor {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 2 ** 31 - 1)
      throw new Error(`permutation: n must be a non-negative integer, got ${describeValue(n)}`);
    return bind('argsort', [this.draw('randomUniform', 'permutation', [n], 'float64')], { axis: 0, descending: false });
  }
}

const STEP = new Tensor([3], 'int32', new Int32Array([0, 0, 1]));

/** @internal The generator behind seed, rand and randn. */
export const defaultGenerator = new Generator(0);

/**
 * Seeds the default generator: afterwards {@link rand} and {@link randn} give the same numbers
 * every run, eagerly and under {@link jit}.
 *
 * @param n - The seed (a finite number).
 * @example
 * ```ts
 * tj.seed(0); const a = tj.randn([3]);
 * tj.seed(0); const b = tj.randn([3]); // the same numbers as a
 * ```
 * @category Random
 */
export function seed(n: number): void {
  defaultGenerator.seed(n);
}
/**
 * Uniform samples in [0, 1) from the default generator (see {@link seed}).
 *
 * @param shape - The shape of the result.
 * @param dtype - float32 (default) or float64.
 * @example
 * ```ts
 * tj.rand([2, 3]);
 * ```
 * @category Random
 */
export function rand(shape: number[], dtype?: DType): Tensor {
  return defaultGenerator.rand(shape, dtype);
}
/**
 * Standard normal samples (mean 0, standard deviation 1) from the default generator (see {@link seed}).
 *
 * @param shape - The shape of the result.
 * @param dtype - float32 (default) or float64.
 * @example
 * ```ts
 * tj.randn([64, 10]);
 * ```
 * @category Random
 */
export function randn(shape: number[], dtype?: DType): Tensor {
  return defaultGenerator.randn(shape, dtype);
}

/**
 * Uniform int32 samples in [low, high) from the default generator (see {@link seed}), NumPy's
 * `randint`.
 *
 * @param shape - The shape of the result.
 * @param low - The smallest value.
 * @param high - One past the largest.
 * @example
 * ```ts
 * tj.randint([5], 0, 10);  // five int32 values in 0..9
 * ```
 * @category Random
 */
export function randint(shape: number[], low: number, high: number): Tensor {
  return defaultGenerator.randint(shape, low, high);
}

/**
 * A random permutation of the integers 0..n-1 (int32) from the default generator (see
 * {@link seed}), NumPy's `permutation(n)`.
 *
 * @param n - How many (a non-negative integer).
 * @example
 * ```ts
 * tj.seed(0);
 * tj.permutation(5); // 0..4 in a random order, the same after every tj.seed(0)
 * ```
 * @category Random
 */
export function permutation(n: number): Tensor {
  return defaultGenerator.permutation(n);
}
