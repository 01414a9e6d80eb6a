// The forward-mode table: each primitive's JVP rule, consulted by the forward interpreter (forward.ts).

import type { Prim } from '../../runtime/primitives/types.js';
import type { JvpRule, JvpTable } from './rule-types.js';
import { gradRules } from './rules/index.js';

export const jvpRules: JvpTable = Object.fromEntries(
  Object.entries(gradRules).map(([p, g]) => [p, g.jvp]),
) as unknown as JvpTable;

/** The JVP rule of `prim`. */
export const jvpOf = <P extends Prim>(prim: P): JvpRule<P> => jvpRules[prim] as JvpRule<P>;
