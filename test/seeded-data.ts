// Seeded test data shared by test/ops-table.test.ts and test/jit-ops.test.ts: a tiny LCG, the value kinds K, and input tensors.
import * as tj from '../src/index.js';

export type DType = 'float32' | 'float64' | 'int32' | 'bool';
type Tensor = tj.Tensor;

/** A tiny LCG (Numerical Recipes constants). */
export class Lcg {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.s = (Math.imul(this.s, 1664525) + 1013904223) >>> 0;
    return this.s / 2 ** 32;
  }
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor((hi - lo + 1) * this.next());
  } // inclusive
}

/** A value generator: given the rng and the tensor's dtype, one value. */
export type Kind = (r: Lcg, d: DType) => number;
export const isInt = (d: DType) => d === 'int32';
export const K = {
  any: ((r, d) => (isInt(d) ? r.int(-9, 9) : d === 'bool' ? r.int(0, 1) : r.uniform(-3, 3))) as Kind,
  pos: ((r, d) => (isInt(d) ? r.int(1, 9) : r.uniform(0.1, 4))) as Kind,
  unit: ((r, d) => (isInt(d) ? r.int(0, 1) : r.uniform(-0.9, 0.9))) as Kind,
  prob: ((r) => r.uniform(0.02, 0.98)) as Kind,
  nearOne: ((r, d) => (isInt(d) ? r.int(-2, 2) : r.uniform(0.5, 1.5))) as Kind,
  small: ((r, d) => (d === 'bool' ? r.int(0, 1) : r.int(-3, 3))) as Kind, // integer values: ties and equalities happen
  expo: ((r, d) => (isInt(d) ? r.int(0, 3) : r.uniform(-2, 2))) as Kind,
  nonzero: ((r, d) =>
    isInt(d) ? r.int(1, 5) * (r.next() < 0.5 ? -1 : 1) : r.uniform(0.5, 3) * (r.next() < 0.5 ? -1 : 1)) as Kind,
  halves: ((r, d) => (isInt(d) ? r.int(-9, 9) : r.int(-5, 5) + [0, 0.5, 0.25, 0.75, 0.5][r.int(0, 4)])) as Kind,
  special: ((r, d) => {
    if (isInt(d)) return r.int(-9, 9);
    const u = r.next();
    return u < 0.1 ? NaN : u < 0.2 ? Infinity : u < 0.3 ? -Infinity : u < 0.4 ? 0 : r.uniform(-3, 3);
  }) as Kind,
  mostlyTrue: ((r) => (r.next() < 0.15 ? 0 : r.int(1, 3))) as Kind,
  mostlyFalse: ((r) => (r.next() < 0.15 ? r.int(1, 3) : 0)) as Kind,
  bool: ((r) => r.int(0, 1)) as Kind,
  zeroOne: ((r) => r.int(0, 1)) as Kind,
  bigInt: ((r) => r.int(-(2 ** 31), 2 ** 31 - 1)) as Kind,
  index:
    (lo: number, hi: number): Kind =>
    (r) =>
      r.int(lo, hi),
};

export interface InputSpec {
  shape: number[];
  kind: Kind;
  /** A fixed dtype for this input (indices, labels, conditions); else the row's dtype. */
  dtype?: DType;
}

export function makeTensor(shape: number[], dtype: DType, values: number[]): Tensor {
  switch (dtype) {
    case 'float32':
      return tj.tensor(Float32Array.from(values), { shape });
    case 'float64':
      return tj.tensor(Float64Array.from(values), { shape });
    case 'int32':
      return tj.tensor(Int32Array.from(values), { shape });
    case 'bool':
      return tj.tensor(Uint8Array.from(values.map((v) => (v !== 0 ? 1 : 0))), { dtype: 'bool', shape });
  }
}

/** One tensor per spec, its values drawn in order from one Lcg(seed) (each spec's dtype, else `dtype`). */
export function makeInputs(specs: InputSpec[], dtype: DType, seed: number): Tensor[] {
  const rng = new Lcg(seed);
  return specs.map((spec) => {
    const d = spec.dtype ?? dtype;
    let n = 1;
    for (const s of spec.shape) n *= s;
    return makeTensor(
      spec.shape,
      d,
      Array.from({ length: n }, () => spec.kind(rng, d)),
    );
  });
}
