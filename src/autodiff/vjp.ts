// The reverse-mode table: each primitive's VJP rule, consulted by the tape (tape.ts).

import type { Prim } from '../../runtime/primitives/types.js';
import type { VjpRule, VjpTable } from './rule-types.js';
import { gradRules } from './rules/index.js';

export const vjpRules: VjpTable = Object.fromEntries(
  Object.entries(gradRules).map(([p, g]) => [p, g.vjp]),
) as unknown as VjpTable;

/** The VJP rule of `prim`. */
export const vjpOf = <P extends Prim>(prim: P): VjpRule<P> => vjpRules[prim] as VjpRule<P>;
