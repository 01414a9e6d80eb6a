// The public entry of tensorjit.

import './methods.js';

export { Tensor } from './tensor.js';
export type { DType, TypedArray } from '../runtime/dtype.js';
export { tensor, zeros, ones, full, arange, linspace, eye, zerosLike, onesLike } from './creation.js';
export type { TensorData, TensorOptions, NestedArray } from './creation.js';
export { seed, rand, randn, randint, permutation, Generator } from './random.js';
export * from './ops/index.js';
export { Variable, variable } from './variable.js';
export { grad, valueAndGrad, vjp, jvp, jacobian, hessian, stopGradient } from './autodiff/api.js';
export type { GradOptions } from './autodiff/api.js';
export { vmap, type VmapOptions } from './vmap/api.js';
export { scan, cond, whileLoop, foriLoop } from './control/index.js';
export type { ScanOptions } from './control/index.js';
export { jit, explain, backends } from './jit.js';
export type { BackendInfo, BackendName } from '../jit/backends.js';
export type {
  JitOptions,
  JitStats,
  Jitted,
  Lowered,
  Tier,
  Explanation,
  Profile,
  ProfileOptions,
  ProfileRow,
} from './jit.js';
export type { BreakSite } from '../jit/locate.js';
export {
  benchmark,
  type BenchmarkOptions,
  type BenchmarkRow,
  type BenchmarkTier,
  type BenchmarkProfile,
  type BenchmarkProfileRow,
} from './benchmark.js';
export { optim, clipGradNorm } from './optim.js';
export { distributed, type InitOptions, type ReduceOp, type AllReduceOption } from './distributed.js';
export { save, load, loadInto } from './io.js';
export type { Optimizer } from './optim.js';
export type { Schedule } from './schedules.js';
