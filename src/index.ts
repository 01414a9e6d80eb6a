// The public entry of tensorjit.

export { Tensor } from './tensor.js';
export type { DType, TypedArray } from '../runtime/dtype.js';
export { tensor, zeros, ones, full, arange, linspace, eye, zerosLike, onesLike } from './creation.js';
export type { TensorData, TensorOptions, NestedArray } from './creation.js';
export { seed, rand, randn, Generator } from './random.js';
export * from './ops/index.js';
