// The control-flow ops of the public API: each module registers its rule (registry.ts) on load.

export { scan, type ScanOptions } from './scan.js';
export { cond } from './cond.js';
export { whileLoop, foriLoop } from './while.js';
