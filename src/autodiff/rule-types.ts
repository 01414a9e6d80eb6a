// The shape of the derivative rules: one VJP and one JVP per primitive, written with the public ops.

import type { Params, Prim } from '../../runtime/primitives/types.js';
import type { Tensor } from '../tensor.js';

/**
 * Reverse mode: cotangent of the output to cotangents of the inputs (null: no gradient flows).
 * `needed[i]` says whether input i's cotangent will be used; costly rules skip the others.
 */
export type VjpRule<P extends Prim> = (
  ct: Tensor,
  inputs: readonly Tensor[],
  out: Tensor,
  params: Params[P],
  needed: readonly boolean[],
) => (Tensor | null)[];
/** Forward mode: tangents of the inputs (null: zero) to the tangent of the output. */
export type JvpRule<P extends Prim> = (
  tangents: readonly (Tensor | null)[],
  inputs: readonly Tensor[],
  out: Tensor,
  params: Params[P],
) => Tensor | null;

/** Both derivative rules of one primitive, as the rule modules write them side by side. */
export interface Grad<P extends Prim> {
  vjp: VjpRule<P>;
  jvp: JvpRule<P>;
}

/** The reverse-mode table: the compiler rejects it if any primitive lacks its rule. */
export type VjpTable = { readonly [P in Prim]: VjpRule<P> };
/** The forward-mode table, likewise complete. */
export type JvpTable = { readonly [P in Prim]: JvpRule<P> };
