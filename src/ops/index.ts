// All op functions, re-exported for the entry point and the Tensor methods.

export * from './coerce.js';
export * from './elementwise.js';
export * from './reduce.js';
export * from './shape.js';
export * from './linalg.js';
export * from './nn.js';
export { zeros, ones, full, zerosLike, onesLike } from '../creation.js';
