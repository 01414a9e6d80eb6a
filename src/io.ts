// save/load: trees of tensors and Variables in the safetensors format (an 8-byte little-endian
// header length, a JSON header of dtype/shape/data_offsets per name, padded with spaces to a
// multiple of 8, then the little-endian data), so other frameworks' readers load what this writes.
// Names are the tree's paths joined with '.'; the tree's exact structure also goes in the header's
// __metadata__, so load rebuilds arrays and objects as they were (for a file written elsewhere,
// dotted names become nested objects, and runs of keys 0..n-1 arrays).

import fs from 'node:fs';
import os from 'node:os';
import { allocate, type DType } from '../runtime/dtype.js';
import { fmtShape, sizeOf } from '../runtime/shape.js';
import { describeValue } from './errors.js';
import { Tensor } from './tensor.js';
import { flatten, leafPaths, unflatten, type TreeDef } from './tree.js';
import { Variable } from './variable.js';

const CODES: Record<DType, string> = { float32: 'F32', float64: 'F64', int32: 'I32', bool: 'BOOL' };
const DTYPES: Record<string, DType> = { F32: 'float32', F64: 'float64', I32: 'int32', BOOL: 'bool' };
const TREE_KEY = 'tensorjit.tree';

function checkPlatform(op: string): void {
  if (os.endianness() !== 'LE') throw new Error(`${op}: only little-endian machines are supported`);
}

/** Each leaf's path ('' for a bare tensor), joined with '.'. */
const paths = (def: TreeDef): string[] => leafPaths(def, '', (p, k) => (p === '' ? String(k) : `${p}.${k}`));

/**
 * Writes a tree of tensors and Variables (their current values) to `path` in the safetensors
 * format, readable by PyTorch's, JAX's and the reference safetensors readers. Names are the
 * tree's paths joined with '.' (`{ w, layers: [a, b] }` gives `w`, `layers.0`, `layers.1`).
 *
 * @param path - The file to write (replaced if it exists).
 * @param tree - A tensor, or an array or object nesting tensors (other leaves are not saved).
 * @example
 * ```ts
 * tj.save('/tmp/model.safetensors', { w: tj.ones([2, 2]), b: tj.zeros([2]) });
 * ```
 * @category Training
 */
export function save(path: string, tree: unknown): void {
  checkPlatform('save');
  if (typeof path !== 'string' || path === '')
    throw new Error(`save: path must be a file name, got ${describeValue(path)}`);
  const { leaves, def } = flatten(tree);
  if (leaves.length === 0) throw new Error(`save: ${path}: the tree holds no tensors`);
  const names = paths(def);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) throw new Error(`save: ${path}: two tensors would be named '${dup}'`);
  const header: Record<string, unknown> = {};
  let offset = 0;
  const blocks: Uint8Array[] = [];
  leaves.forEach((t, i) => {
    const buf = t.buf; // a Variable held by a compiled function is copied out here
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    header[names[i]] = { dtype: CODES[t.dtype], shape: t.shape, data_offsets: [offset, offset + bytes.length] };
    blocks.push(bytes);
    offset += bytes.length;
  });
  header.__metadata__ = { [TREE_KEY]: JSON.stringify(def) };
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  const padded = Math.ceil(json.length / 8) * 8;
  if (padded > json.length) json = Buffer.concat([json, Buffer.alloc(padded - json.length, 0x20)]);
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(json.length));
  fs.writeFileSync(path, Buffer.concat([size, json, ...blocks]));
}

interface Entry {
  name: string;
  dtype: DType;
  shape: number[];
  begin: number;
  end: number;
}

/** The file's entries and data, checked against the format; every fault names the path. */
function readFile(op: string, path: string): { entries: Entry[]; data: Uint8Array; tree?: TreeDef } {
  checkPlatform(op);
  if (typeof path !== 'string' || path === '')
    throw new Error(`${op}: path must be a file name, got ${describeValue(path)}`);
  let file: Buffer;
  try {
    file = fs.readFileSync(path);
  } catch (e) {
    throw new Error(`${op}: cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
  const bad = (why: string) => new Error(`${op}: ${path} is not a valid safetensors file: ${why}`);
  if (file.length < 8) throw bad(`it has ${file.length} bytes, fewer than the 8 of the header length`);
  const n = file.readBigUInt64LE(0);
  if (n > BigInt(file.length - 8))
    throw bad(`the header length is ${n} bytes but only ${file.length - 8} follow (truncated?)`);
  let header: unknown;
  try {
    header = JSON.parse(file.subarray(8, 8 + Number(n)).toString('utf8'));
  } catch (e) {
    throw bad(`the header is not JSON (${(e as Error).message})`);
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header))
    throw bad('the header is not a JSON object');
  const data = new Uint8Array(file.buffer, file.byteOffset + 8 + Number(n), file.length - 8 - Number(n));
  const entries: Entry[] = [];
  let tree: TreeDef | undefined;
  for (const [name, v] of Object.entries(header as Record<string, unknown>)) {
    if (name === '__metadata__') {
      const meta = v as Record<string, unknown> | null;
      if (meta && typeof meta[TREE_KEY] === 'string') tree = JSON.parse(meta[TREE_KEY]) as TreeDef;
      continue;
    }
    const e = v as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const dtype = DTYPES[String(e?.dtype)];
    if (dtype === undefined)
      throw bad(`tensor '${name}' has dtype ${JSON.stringify(e?.dtype)}, not one of F32, F64, I32, BOOL`);
    const shape = e.shape;
    if (!Array.isArray(shape) || !shape.every((d) => Number.isInteger(d) && d >= 0))
      throw bad(`tensor '${name}' has shape ${JSON.stringify(shape)}`);
    const off = e.data_offsets;
    if (!Array.isArray(off) || off.length !== 2 || !off.every((d) => Number.isInteger(d) && d >= 0) || off[0] > off[1])
      throw bad(`tensor '${name}' has data_offsets ${JSON.stringify(off)}`);
    const [begin, end] = off as [number, number];
    if (end > data.length)
      throw bad(`tensor '${name}' ends at byte ${end} of the data, which has ${data.length} (truncated?)`);
    const want = sizeOf(shape as number[]) * (dtype === 'bool' ? 1 : dtype === 'float64' ? 8 : 4);
    if (end - begin !== want)
      throw bad(
        `tensor '${name}' (${dtype} ${fmtShape(shape as number[])}) needs ${want} bytes, its offsets give ${end - begin}`,
      );
    entries.push({ name, dtype, shape: shape as number[], begin, end });
  }
  return { entries, data, tree };
}

function tensorOf(e: Entry, data: Uint8Array): Tensor {
  const buf = allocate(e.dtype, sizeOf(e.shape));
  new Uint8Array(buf.buffer).set(data.subarray(e.begin, e.end));
  return new Tensor(e.shape.slice(), e.dtype, buf);
}

/** Nested objects from dotted names; objects whose keys are exactly 0..n-1 become arrays. */
function nest(entries: readonly Entry[], data: Uint8Array): unknown {
  if (entries.length === 1 && entries[0].name === '') return tensorOf(entries[0], data);
  const root: Record<string, unknown> = {};
  for (const e of entries) {
    const parts = e.name.split('.');
    let node = root;
    parts.slice(0, -1).forEach((p) => {
      if (!(p in node) || node[p] instanceof Tensor) node[p] = {};
      node = node[p] as Record<string, unknown>;
    });
    node[parts[parts.length - 1]] = tensorOf(e, data);
  }
  const arrays = (x: unknown): unknown => {
    if (x instanceof Tensor || typeof x !== 'object' || x === null) return x;
    const o = x as Record<string, unknown>;
    const keys = Object.keys(o);
    const out = Object.fromEntries(keys.map((k) => [k, arrays(o[k])]));
    const isArray =
      keys.length > 0 && keys.every((k) => /^\d+$/.test(k)) && keys.length === Math.max(...keys.map(Number)) + 1;
    return isArray ? keys.map((_, i) => out[String(i)]) : out;
  };
  return arrays(root);
}

/**
 * Reads a safetensors file into the tree of tensors it holds: the tree `save` was given (with its
 * arrays and objects), or, for a file written elsewhere, nested objects from the dotted names.
 * A file that is truncated or not safetensors throws naming the path and what is wrong.
 *
 * @param path - The file to read.
 * @example
 * ```ts
 * tj.save('/tmp/m.safetensors', { w: tj.ones([2]) });
 * tj.load('/tmp/m.safetensors').w;  // [1, 1]
 * ```
 * @category Training
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a tree shaped by the file
export function load(path: string): any {
  const { entries, data, tree } = readFile('load', path);
  if (tree === undefined) return nest(entries, data);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const names = paths(tree);
  const missing = names.find((n) => !byName.has(n));
  if (missing !== undefined) throw new Error(`load: ${path}: its tree names '${missing}', which it does not hold`);
  return unflatten(
    tree,
    names.map((n) => tensorOf(byName.get(n)!, data)),
  );
}

/**
 * Reads a safetensors file into an existing tree of Variables, assigning each the value saved
 * under its path (same shapes and dtypes). Every value is checked before any is assigned.
 *
 * @param path - The file to read.
 * @param tree - Variables in the tree `save` was given (or one with the same paths).
 * @example
 * ```ts
 * const params = { w: tj.variable(tj.zeros([2])) };
 * tj.save('/tmp/m.safetensors', { w: tj.ones([2]) });
 * tj.loadInto('/tmp/m.safetensors', params);  // params.w is now [1, 1]
 * ```
 * @category Training
 */
export function loadInto(path: string, tree: unknown): void {
  const { entries, data } = readFile('loadInto', path);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const { leaves, def } = flatten(tree);
  const names = paths(def);
  const values = leaves.map((v, i) => {
    if (!(v instanceof Variable)) throw new Error(`loadInto: the tree's leaf '${names[i]}' is not a Variable`);
    const e = byName.get(names[i]);
    if (!e) throw new Error(`loadInto: ${path} holds no tensor named '${names[i]}'`);
    if (e.dtype !== v.dtype || fmtShape(e.shape) !== fmtShape(v.shape))
      throw new Error(
        `loadInto: ${path}: '${names[i]}' is ${e.dtype} ${fmtShape(e.shape)} in the file but the Variable is ${v.dtype} ${fmtShape(v.shape)}`,
      );
    return tensorOf(e, data);
  });
  leaves.forEach((v, i) => (v as Variable).assign(values[i]));
}
