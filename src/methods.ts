// Hands the op functions to the Tensor class, whose methods forward to them (src/tensor.ts imports
// the ops as types only, so no import circle forms). The package entry imports this first.
import * as ops from './ops/index.js';
import { installOps } from './tensor.js';

installOps(ops);
