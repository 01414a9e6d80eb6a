// Which ops the compiled tiers leave to JS kernels: every case of the jit table (test/jit-table.ts),
// every dtype, traced and optimized as jit does, then planned for the WASM, native and CUDA tiers.
// A JS kernel step inside a compiled function runs on the host (on the CUDA tier, a round trip
// through it), so the list is pinned: a new op, or a new form of one, must bring its C kernel.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateCuda } from '../jit/backends/cuda/compile.js';
import { generateNative } from '../jit/backends/native/codegen.js';
import { generateC } from '../jit/backends/wasm/codegen.js';
import type { Graph } from '../jit/graph.js';
import { optimize } from '../jit/optimize.js';
import { flatSteps, planNodes, type Plan } from '../jit/schedule.js';
import { trace } from '../jit/tracer.js';
import type { Tensor } from '../src/index.js';
import { rowInputs, rows, tableCases } from './jit-table.js';

/** The ops still left to JS kernels, and why: no C or CUDA form of them yet. */
const LEFT_TO_JS: Record<string, (dtype: string) => boolean> = {
  svd: () => true, // norm's 2-norm and nuclear norm
  conv2d: (dtype) => dtype === 'int32', // tj_conv's im2col products are float kernels
};

const TIERS: [string, (g: Graph) => { plan: Plan }][] = [
  ['wasm', generateC],
  ['native', generateNative],
  ['cuda', generateCuda],
];

test('the compiled tiers run every op of the table in C or CUDA kernels, but for the few pinned here', () => {
  const unexpected: string[] = [];
  const seen = new Set<string>();
  for (const c of tableCases(true)) {
    const row = rows[c.row];
    const { graph } = trace(
      'f',
      (...xs: Tensor[]) => row.run(...xs),
      undefined,
      rowInputs(c.row, c.dtype),
      () => false,
    );
    const g = optimize(graph).graph;
    const nodes = planNodes(g);
    for (const [tier, generate] of TIERS)
      for (const s of flatSteps(generate(g).plan.steps)) {
        if (s.kind !== 'kernel') continue;
        const n = nodes[s.node];
        seen.add(n.op);
        if (!LEFT_TO_JS[n.op]?.(n.aval.dtype))
          unexpected.push(
            `${tier}: ${row.label ?? row.op} [${c.dtype}]: ${n.op} of ${n.aval.dtype} is a JS kernel step`,
          );
      }
  }
  assert.equal(unexpected, [], unexpected.join('\n'));
  assert.equal(
    [...seen].sort(),
    Object.keys(LEFT_TO_JS).sort(),
    'each op pinned here is still left to JS (else unpin it)',
  );
});

test.run();
