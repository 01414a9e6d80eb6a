// All op functions, re-exported for the entry point and the Tensor methods. The entry re-exports
// this whole module, so it names only public functions: the coercion helpers (asTensor, asTensorOf,
// infoOf, promoted, floatOf) and shiftedLogSumExp stay in their own modules, for internal imports.

export { astype, type Scalar, type TensorLike } from './coerce.js';
export * from './elementwise.js';
export { sum, mean, prod, max, min, argmax, argmin, logsumexp, variance, std, all, any, type Axis } from './reduce.js';
export * from './shape.js';
export * from './linalg.js';
export { einsum } from './einsum.js';
export { norm, type NormOrd } from './norm.js';
export { cumsum, cumprod, sort, argsort, topk } from './sorting.js';
export { scatter, scatterAdd } from './scatter.js';
export * from './nn.js';
export { gelu, silu, leakyRelu, elu, mseLoss, layerNorm, dropout } from './activations.js';
export { zeros, ones, full, zerosLike, onesLike } from '../creation.js';
