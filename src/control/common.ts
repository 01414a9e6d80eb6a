// What scan, cond and whileLoop share: turning trees into leaves, naming leaves in errors,
// checking that a body keeps its carry's types, zero tangents and cotangents.

import { allocate, isFloat, type DType } from '../../runtime/dtype.js';
import type { Aval } from '../../runtime/primitives/index.js';
import { fmtShape, sizeOf } from '../../runtime/shape.js';
import { bind } from '../dispatch.js';
import { asTensor } from '../ops/coerce.js';
import { Tensor } from '../tensor.js';
import { flatten, leafPaths, treeDefKey, type TreeDef } from '../tree.js';

/** A tree's tensor leaves (JS numbers and booleans among them made tensors, as ops make them). */
export function leavesOf(op: string, tree: unknown): { leaves: Tensor[]; def: TreeDef } {
  const { leaves, def } = flatten(tree, true);
  return { leaves: leaves.map((l) => (l instanceof Tensor ? l : asTensor(op, l))), def };
}

export const avalText = (a: Aval) => `${a.dtype}${fmtShape(a.shape)}`;

/**
 * Throws unless `got` (what a body returned) has the structure and leaf types of `want`, naming
 * the first leaf that differs and both types. `what` says which two things are compared.
 */
export function checkSameTree(
  op: string,
  what: { want: string; got: string; root: string },
  want: { def: TreeDef; avals: readonly Aval[] },
  got: { def: TreeDef; avals: readonly Aval[] },
): void {
  if (treeDefKey(want.def) !== treeDefKey(got.def))
    throw new Error(
      `${op}: ${what.got} has a different structure from ${what.want}: ${treeDefKey(got.def)} against ${treeDefKey(want.def)}`,
    );
  const paths = leafPaths(want.def, what.root, (p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${k}`));
  want.avals.forEach((a, i) => {
    const b = got.avals[i];
    if (a.dtype !== b.dtype || fmtShape(a.shape) !== fmtShape(b.shape))
      throw new Error(`${op}: ${paths[i]} is ${avalText(a)} in ${what.want} but ${avalText(b)} in ${what.got}`);
  });
}

/** A zero tensor of `aval` made by ops (a scalar broadcast: cheap inside a traced body). */
export function zerosOf(aval: Aval): Tensor {
  const buf = allocate(aval.dtype, 1);
  const z = new Tensor([], aval.dtype, buf);
  return aval.shape.length === 0 ? z : bind('broadcastTo', [z], { shape: aval.shape.slice() });
}

/** Indices of the entries that are floats (the ones derivatives flow through). */
export const floatIndices = (avals: readonly Aval[]): number[] =>
  avals.flatMap((a, i) => (isFloat(a.dtype) ? [i] : []));

/** Slice `i` of axis 0 as a view of the same buffer (eager tensors are never written in place). */
export function rowOf(t: Tensor, i: number): Tensor {
  const shape = t.shape.slice(1);
  const n = sizeOf(shape);
  return new Tensor(shape, t.dtype, t.buf.subarray(i * n, (i + 1) * n));
}

/** An eager buffer for `length` rows of `aval`. */
export function stackedBuffer(length: number, aval: Aval): { tensor: Tensor; rowSize: number } {
  const rowSize = sizeOf(aval.shape);
  const dtype: DType = aval.dtype;
  return { tensor: new Tensor([length, ...aval.shape], dtype, allocate(dtype, length * rowSize)), rowSize };
}

export const avalOf = (t: Tensor): Aval => ({ shape: t.shape.slice(), dtype: t.dtype });
