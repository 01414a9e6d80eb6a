// Central finite differences, for the tests that check gradients of composites and control flow.
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

/** d f / d x by central differences, element by element, for a scalar function of one float64 tensor. */
export function numericGrad(f: (x: Tensor) => Tensor, x: Tensor, h = 1e-6): number[] {
  const base = Array.from(x.data() as Float64Array);
  return base.map((_, i) => {
    const at = (d: number) => {
      const v = base.slice();
      v[i] += d;
      return f(tj.tensor(v, { dtype: 'float64' }).reshape(x.shape)).item() as number;
    };
    return (at(h) - at(-h)) / (2 * h);
  });
}
