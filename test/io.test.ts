// save/load/loadInto in the safetensors format: what save writes checked byte by byte against the
// format's specification, a file built byte by byte from it read back, trees and Variables round
// trips, and every malformed file rejected naming the path and the fault.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-io-'));
const file = (name: string) => path.join(dir, name);

/** A safetensors file from its parts: the header JSON padded with spaces to a multiple of 8, then the data. */
function build(header: object, data: Uint8Array, pad = true): Buffer {
  let json = Buffer.from(JSON.stringify(header), 'utf8');
  if (pad && json.length % 8) json = Buffer.concat([json, Buffer.alloc(8 - (json.length % 8), 0x20)]);
  const size = Buffer.alloc(8);
  size.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([size, json, Buffer.from(data)]);
}
const f32Bytes = (xs: number[]) => new Uint8Array(Float32Array.from(xs).buffer);

test('save writes the format: u64 LE header length, JSON header padded with spaces to 8, LE data', () => {
  const p = file('a.safetensors');
  tj.save(p, {
    w: tj.tensor([
      [1, 2],
      [3, 4],
    ]),
    n: tj.tensor([7], { dtype: 'int32' }),
  });
  const bytes = fs.readFileSync(p);
  const n = Number(bytes.readBigUInt64LE(0));
  assert.is((8 + n) % 8, 0, 'the data starts 8-aligned');
  const text = bytes.subarray(8, 8 + n).toString('utf8');
  assert.match(text, / *$/);
  const header = JSON.parse(text);
  // Leaves in the tree's order (object keys sorted), back to back.
  assert.equal(header.n, { dtype: 'I32', shape: [1], data_offsets: [0, 4] });
  assert.equal(header.w, { dtype: 'F32', shape: [2, 2], data_offsets: [4, 20] });
  assert.type(header.__metadata__['tensorjit.tree'], 'string');
  const data = bytes.subarray(8 + n);
  assert.is(data.length, 20);
  assert.is(data.readInt32LE(0), 7);
  assert.equal(
    [4, 8, 12, 16].map((o) => data.readFloatLE(o)),
    [1, 2, 3, 4],
  );
});

test('load reads a file built byte by byte from the specification (no metadata: dotted names nest)', () => {
  const p = file('b.safetensors');
  const header = {
    'layers.0.w': { dtype: 'F32', shape: [2], data_offsets: [0, 8] },
    'layers.1.w': { dtype: 'F32', shape: [1], data_offsets: [8, 12] },
    flag: { dtype: 'BOOL', shape: [2], data_offsets: [12, 14] },
    x: { dtype: 'F64', shape: [], data_offsets: [14, 22] },
  };
  const data = new Uint8Array(22);
  data.set(f32Bytes([1.5, -2]), 0);
  data.set(f32Bytes([3]), 8);
  data.set([1, 0], 12);
  new DataView(data.buffer).setFloat64(14, Math.PI, true);
  fs.writeFileSync(p, build(header, data));
  const t = tj.load(p);
  assert.equal(t.layers[0].w.toArray(), [1.5, -2]);
  assert.equal(t.layers[1].w.toArray(), [3]);
  assert.equal(t.flag.toArray(), [true, false]);
  assert.is(t.x.dtype, 'float64');
  assert.is(t.x.item(), Math.PI);
});

test('round trips: trees of every dtype, Variables by value, and loadInto in place', () => {
  const p = file('c.safetensors');
  const w = tj.variable(tj.tensor([[0.25, -1]], { dtype: 'float64' }));
  const tree = {
    params: [w, tj.zeros([0, 3])],
    meta: { step: tj.tensor(3, { dtype: 'int32' }), mask: tj.tensor([true]) },
  };
  tj.save(p, tree);
  const back = tj.load(p);
  assert.ok(Array.isArray(back.params), 'arrays stay arrays');
  assert.equal(back.params[0].toArray(), [[0.25, -1]]);
  assert.equal(back.params[1].shape, [0, 3]);
  assert.equal(back.meta.step.toArray(), 3);
  assert.equal(back.meta.mask.toArray(), [true]);
  const target = { params: [tj.variable(tj.zeros([1, 2], 'float64')), tj.variable(tj.zeros([0, 3]))] };
  tj.loadInto(p, target);
  assert.equal(target.params[0].toArray(), [[0.25, -1]]);
  assert.throws(
    () => tj.loadInto(p, { params: [tj.variable(tj.zeros([2, 2], 'float64'))] }),
    /'params.0' is float64 \[1, 2\] in the file but the Variable is float64 \[2, 2\]/,
  );
  tj.save(p, tj.tensor([1, 2]));
  assert.equal(tj.load(p).toArray(), [1, 2], 'a bare tensor');
});

test('malformed files throw, naming the path and the fault', () => {
  const p = file('bad.safetensors');
  const write = (b: Buffer | Uint8Array) => fs.writeFileSync(p, b);
  write(Buffer.from([1, 2, 3]));
  assert.throws(
    () => tj.load(p),
    new RegExp(`load: ${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is not a valid safetensors file: it has 3 bytes`),
  );
  const good = build({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, f32Bytes([1, 2]));
  write(good.subarray(0, good.length - 4));
  assert.throws(() => tj.load(p), /tensor 'a' ends at byte 8 of the data, which has 4 \(truncated\?\)/);
  write(good.subarray(0, 20));
  assert.throws(() => tj.load(p), /the header length is \d+ bytes but only 12 follow/);
  write(build({ a: { dtype: 'F16', shape: [2], data_offsets: [0, 4] } }, new Uint8Array(4)));
  assert.throws(() => tj.load(p), /tensor 'a' has dtype "F16", not one of F32, F64, I32, BOOL/);
  write(build({ a: { dtype: 'F32', shape: [3], data_offsets: [0, 8] } }, new Uint8Array(8)));
  assert.throws(() => tj.load(p), /tensor 'a' \(float32 \[3\]\) needs 12 bytes, its offsets give 8/);
  const junk = Buffer.concat([Buffer.from([4, 0, 0, 0, 0, 0, 0, 0]), Buffer.from('nope')]);
  write(junk);
  assert.throws(() => tj.load(p), /the header is not JSON/);
  assert.throws(() => tj.load(file('missing.safetensors')), /load: cannot read .*missing.safetensors/);
  assert.throws(() => tj.save(p, { a: 1 }), /save: .* the tree holds no tensors/);
});

test.run();
