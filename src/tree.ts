// Trees of tensors (arrays and plain objects nesting tensors): flatten to leaves and rebuild.

import { Tensor } from './tensor.js';

export type Tree = Tensor | readonly Tree[] | { readonly [k: string]: Tree } | number | boolean | null | undefined;

/** The structure of a tree without its tensors, comparable as a string (for jit signatures). */
export interface TreeDef {
  readonly kind: 'leaf' | 'array' | 'object' | 'static';
  readonly keys?: readonly string[];
  readonly children?: readonly TreeDef[];
  readonly value?: unknown;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object') return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/**
 * Leaves in depth-first order (object keys sorted), and the definition to rebuild the tree.
 * With `numbers`, JS numbers are leaves too (jit traces them as values); otherwise they are
 * static parts of the structure, like booleans and strings.
 */
export function flatten(tree: unknown): { leaves: Tensor[]; def: TreeDef };
export function flatten(tree: unknown, numbers: true): { leaves: (Tensor | number)[]; def: TreeDef };
export function flatten(tree: unknown, numbers = false): { leaves: (Tensor | number)[]; def: TreeDef } {
  const leaves: (Tensor | number)[] = [];
  const walk = (x: unknown): TreeDef => {
    if (x instanceof Tensor || (numbers && typeof x === 'number')) {
      leaves.push(x);
      return { kind: 'leaf' };
    }
    if (Array.isArray(x)) return { kind: 'array', children: x.map(walk) };
    if (isPlainObject(x)) {
      const keys = Object.keys(x).sort();
      return { kind: 'object', keys, children: keys.map((k) => walk(x[k])) };
    }
    return { kind: 'static', value: x };
  };
  return { leaves, def: walk(tree) };
}

export function unflatten(def: TreeDef, leaves: readonly unknown[]): unknown {
  let i = 0;
  const build = (d: TreeDef): unknown => {
    switch (d.kind) {
      case 'leaf':
        return leaves[i++];
      case 'array':
        return d.children!.map(build);
      case 'object': {
        const o: Record<string, unknown> = {};
        d.keys!.forEach((k, j) => {
          o[k] = build(d.children![j]);
        });
        return o;
      }
      case 'static':
        return d.value;
    }
  };
  const out = build(def);
  if (i !== leaves.length) throw new Error(`internal: tree has ${i} leaves, got ${leaves.length}`);
  return out;
}

/**
 * The path of every leaf of a tree, in leaf order: `step(path, key)` extends a path by an array
 * index or an object key, starting from `root` (`carry[1].h`, or `layers.1.h` with dots).
 */
export function leafPaths(def: TreeDef, root: string, step: (path: string, key: string | number) => string): string[] {
  const out: string[] = [];
  const walk = (d: TreeDef, path: string) => {
    if (d.kind === 'leaf') out.push(path);
    else if (d.kind === 'array') d.children!.forEach((c, i) => walk(c, step(path, i)));
    else if (d.kind === 'object') d.children!.forEach((c, i) => walk(c, step(path, d.keys![i])));
  };
  walk(def, root);
  return out;
}

/** Applies fn to every tensor of a tree, keeping its structure. */
export function mapTree(tree: unknown, fn: (t: Tensor) => unknown): unknown {
  const { leaves, def } = flatten(tree);
  return unflatten(def, leaves.map(fn));
}

export function treeDefKey(def: TreeDef): string {
  switch (def.kind) {
    case 'leaf':
      return 'T';
    case 'array':
      return `[${def.children!.map(treeDefKey).join(',')}]`;
    case 'object':
      return `{${def.keys!.map((k, i) => `${JSON.stringify(k)}:${treeDefKey(def.children![i])}`).join(',')}}`;
    case 'static':
      return `=${JSON.stringify(def.value) ?? String(def.value)}`;
  }
}
