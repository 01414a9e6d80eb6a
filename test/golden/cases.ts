// The graphs whose generated C (WASM tier), its plan, and JS are kept byte for byte in test/golden/: the
// benchmark workloads (bench/workloads.ts) and a handful of graphs over the op tables' kinds
// (vector and scalar-tail loops, strided broadcasts, integer and bool dtypes, float64, the
// prebuilt kernels' steps). `npx tsx test/golden/update.ts` writes them; test/golden.test.ts
// regenerates and compares, so a code generator change that alters the text is seen.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateC } from '../../jit/backends/wasm/codegen.js';
import { generateNative } from '../../jit/backends/native/codegen.js';
import { generateJs } from '../../jit/codegen-js.js';
import { optimize } from '../../jit/optimize.js';
import { trace } from '../../jit/tracer.js';
import * as tj from '../../src/index.js';
import type { Tensor } from '../../src/index.js';
import { convnet, logisticRegression, mlp, rnn, tanhExpChain } from '../../bench/workloads.js';

export const GOLDEN_DIR = path.dirname(fileURLToPath(import.meta.url));

interface Case { name: string; fn: (...args: any[]) => unknown; args: unknown[] }

function cases(): Case[] {
  const f32 = (...shape: number[]) => tj.zeros(shape);
  const i32 = (...shape: number[]) => tj.zeros(shape, 'int32');
  const f64 = (...shape: number[]) => tj.zeros(shape, 'float64');
  const workloads = { logistic: logisticRegression(), mlp: mlp(), convnet: convnet(), rnn: rnn() };
  return [
    { name: 'chain', fn: tanhExpChain, args: [f32(1 << 12), f32(1 << 12)] },
    { name: 'chain-small', fn: tanhExpChain, args: [f32(3), f32(3)] },
    ...Object.entries(workloads).flatMap(([name, w]) => [
      { name: `${name}-loss`, fn: w.loss, args: [] },
      { name: `${name}-step`, fn: w.step, args: [] },
    ]),
    { name: 'broadcast-strided', fn: (a: Tensor, b: Tensor) => tj.mul(tj.add(a, b), tj.sigmoid(b)), args: [f32(3, 1), f32(1, 4)] },
    { name: 'broadcast-row', fn: (a: Tensor, b: Tensor) => tj.div(tj.sub(a, b), tj.sqrt(tj.add(tj.square(b), 1e-5))), args: [f32(64, 33), f32(33)] },
    { name: 'unary-f32', fn: (a: Tensor) => tj.add(tj.add(tj.erf(tj.abs(a)), tj.log(tj.exp(a))), tj.floor(tj.neg(a))), args: [f32(100)] },
    { name: 'int32', fn: (a: Tensor, b: Tensor) => tj.maximum(tj.mul(tj.add(a, b), 3), tj.neg(b)), args: [i32(10, 7), i32(7)] },
    { name: 'where-bool', fn: (a: Tensor, b: Tensor) => tj.where(tj.greater(a, b), a, tj.mul(b, 2)), args: [f32(50), f32(50)] },
    { name: 'float64', fn: (a: Tensor, b: Tensor) => tj.tanh(tj.div(tj.add(a, b), tj.exp(b))), args: [f64(40), f64(40)] },
    { name: 'cast', fn: (a: Tensor) => tj.add(tj.astype(a, 'float32'), tj.astype(tj.astype(a, 'float64'), 'float32')), args: [i32(17)] },
    { name: 'reduce', fn: (a: Tensor) => tj.add(tj.sum(tj.exp(a), 1), tj.max(a, 1)), args: [f32(8, 16)] },
    { name: 'reduce-all', fn: (a: Tensor) => tj.mean(tj.square(a)), args: [f32(5, 6)] },
    { name: 'layout', fn: (a: Tensor) => tj.add(tj.transpose(a, [1, 0]), tj.slice(tj.pad(a, [[1, 1], [1, 1]]), [1, 1], [7, 7])), args: [f32(6, 6)] },
    { name: 'matmul-t', fn: (a: Tensor, b: Tensor) => tj.matmul(tj.transpose(a, [1, 0]), b), args: [f32(16, 8), f32(16, 4)] },
    { name: 'matmul-batch', fn: (a: Tensor, b: Tensor) => tj.relu(tj.matmul(a, b)), args: [f64(3, 5, 4), f64(4, 2)] },
    { name: 'pool', fn: (a: Tensor) => tj.avgPool2d(tj.maxPool2d(a, 2), 2), args: [f32(2, 3, 8, 8)] },
  ];
}

export interface Golden { name: string; c: string; native: string; js: string; plan: string }

/** Each case's generated C and JS, from its optimized graph (as jit compiles it). */
export function generateGolden(): Golden[] {
  return cases().map(({ name, fn, args }) => {
    const graph = optimize(trace(name, fn, undefined, args, () => false).graph).graph;
    const { source, plan } = generateC(graph);
    return {
      name,
      c: source,
      native: generateNative(graph).source,
      js: generateJs(graph).source,
      plan: `${JSON.stringify(plan, null, 1)}\n`,
    };
  });
}

/** The files of one case: the WASM tier's C, the native tier's C, the JS, and the WASM tier's plan (arena layout and steps) as JSON. */
export const goldenFiles = (g: Golden) =>
  [
    [`${g.name}.c`, g.c],
    [`${g.name}.native.c`, g.native],
    [`${g.name}.js`, g.js],
    [`${g.name}.plan.json`, g.plan],
  ] as const;

export function readGolden(file: string): string | undefined {
  const p = path.join(GOLDEN_DIR, file);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
}
