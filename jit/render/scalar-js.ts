// The JS renderer's scalar expressions: one JS expression per elementwise primitive and dtype.
// The table itself lives in runtime/kernels/scalar-js.ts, because the eager elementwise kernels
// compile the very same expressions (eager and JS-tier results must agree bit for bit).

export { SCALAR_JS, scalarJs } from '../../runtime/kernels/scalar-js.js';
