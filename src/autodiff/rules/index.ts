// Every primitive's derivative rules side by side, checked complete by the mapped type: adding a
// primitive to runtime/primitives/types.ts without rules here is a compile error.

import type { Prim } from '../../../runtime/primitives/types.js';
import type { Grad } from '../rule-types.js';
import { distributedGrads } from './distributed.js';
import { binaryGrads, unaryGrads, whereGrad } from './elementwise.js';
import { layoutGrads } from './layout.js';
import { linalgGrads } from './linalg.js';
import { reduceGrads } from './reduce.js';
import { scanSortGrads } from './scan-sort.js';
import { scatterGrads } from './scatter.js';
import { svdGrads } from './svd.js';

export const gradRules: { readonly [P in Prim]: Grad<P> } = {
  ...unaryGrads,
  ...binaryGrads,
  where: whereGrad,
  ...reduceGrads,
  ...layoutGrads,
  ...linalgGrads,
  ...scanSortGrads,
  ...scatterGrads,
  ...svdGrads,
  // A wall for derivatives, by definition.
  stopGradient: { vjp: () => [null], jvp: () => null },
  // Integer data: no gradient flows.
  checkIndex: { vjp: () => [null], jvp: () => null },
  // Draws do not depend differentiably on the generator state.
  randomUniform: { vjp: () => [null], jvp: () => null },
  randomNormal: { vjp: () => [null], jvp: () => null },
  ...distributedGrads,
};
