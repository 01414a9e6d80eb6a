// The primitive table: every primitive's record, checked complete by its mapped type.

import { checkRules } from './check.js';
import { distributedRules } from './distributed.js';
import { binaryRules, unaryRules, whereRule } from './elementwise.js';
import { layoutRules } from './layout.js';
import { linalgRules } from './linalg.js';
import { randomRules } from './random.js';
import { reduceRules } from './reduce.js';
import { scanSortRules } from './scan-sort.js';
import { scatterRules } from './scatter.js';
import { svdRules } from './svd.js';
import type { Prim, PrimTable } from './types.js';

export const primitives: PrimTable = {
  ...unaryRules,
  ...binaryRules,
  where: whereRule,
  ...reduceRules,
  ...layoutRules,
  ...linalgRules,
  ...randomRules,
  ...checkRules,
  ...scanSortRules,
  ...scatterRules,
  ...svdRules,
  ...distributedRules,
};

export const primitiveNames = Object.keys(primitives) as Prim[];

export * from './types.js';
