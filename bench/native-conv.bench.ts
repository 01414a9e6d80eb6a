// Eager conv2d and pooling of the convnet's shapes (bench/workloads.ts): the JS kernels against the
// native kernels of native/tj_conv.c through runtime/wasm/eager.ts (copies in and out
// included), and the convnet training step eagerly, on the JS tier and on the WASM tier. Median of
// timed reps (performance.now) after warm-up. Eager kernels run on one thread; the WASM tier splits
// steps over the thread pool unless TENSORJIT_THREADS=1.
// Run: TENSORJIT_THREADS=1 npx tsx bench/native-conv.bench.ts (TENSORJIT_EAGER_WASM=0: eager on JS kernels only)
import { toolchain } from '../jit/emcc.js';
import * as convK from '../runtime/kernels/conv.js';
import { wasmConv2d, wasmPool2d } from '../runtime/wasm/eager.js';
import { prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';
import * as tj from '../src/index.js';
import { convnet } from './workloads.js';

const tc = toolchain();
if (!tc.available) {
  console.log(`native conv bench skipped: ${tc.reason}`);
  process.exit(0);
}
prebuiltKernelsWasm(); // build the kernels now (npm run setup does), so eager calls may use them

/** Median ms of one call of fn over `reps` timed reps, each a run of calls lasting about 2 ms or more. */
function time(fn: () => void, reps = 15): number {
  const t0 = performance.now();
  fn();
  const inner = Math.max(1, Math.round(2 / Math.max(performance.now() - t0, 1e-3)));
  for (let w = 0; w < 3; w++) for (let r = 0; r < inner; r++) fn();
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    for (let i = 0; i < inner; i++) fn();
    times.push((performance.now() - start) / inner);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}

const rows: string[][] = [];
// With TENSORJIT_EAGER_WASM=0 only the step table runs: eager on the JS kernels alone.
const eagerWasm = process.env.TENSORJIT_EAGER_WASM !== '0';
const row = (name: string, js: number, wasm: number) =>
  rows.push([name, js.toFixed(3), wasm.toFixed(3), `${(js / wasm).toFixed(2)}×`]);
const randArray = (len: number) => Float32Array.from({ length: len }, (_, i) => Math.sin(i * 0.37));

// The convnet's convolutions: both forward layers, then the gradients' convolutions of the second.
const CONVS: [string, number[], number[], number][] = [
  ['conv1 fwd [32,1,28,28]*[6,1,5,5]', [32, 1, 28, 28], [6, 1, 5, 5], 0],
  ['conv2 fwd [32,6,12,12]*[16,6,5,5]', [32, 6, 12, 12], [16, 6, 5, 5], 0],
  ['conv2 dx [32,16,16,16]*[6,16,5,5]', [32, 16, 16, 16], [6, 16, 5, 5], 0],
  ['conv2 dw [6,32,12,12]*[16,32,8,8]', [6, 32, 12, 12], [16, 32, 8, 8], 0],
  ['conv 3x3 pad 1 [8,32,32,32]*[64,32,3,3]', [8, 32, 32, 32], [64, 32, 3, 3], 1],
];
for (const [name, xs, ws, pad] of eagerWasm ? CONVS : []) {
  const g = convK.convGeometry(xs, ws, { stride: [1, 1], padding: [pad, pad, pad, pad], dilation: [1, 1], groups: 1 });
  const x = randArray(xs.reduce((a, b) => a * b)),
    w = randArray(ws.reduce((a, b) => a * b));
  const out = new Float32Array(g.n * g.o * g.oh * g.ow);
  if (!wasmConv2d(x, w, out, g)) throw new Error(`${name}: did not run in WASM`);
  row(
    name,
    time(() => convK.conv2d(x, w, out, g)),
    time(() => {
      wasmConv2d(x, w, out, g);
    }),
  );
}

const POOLS: [string, number[]][] = [
  ['maxPool 2x2 [32,6,24,24]', [32, 6, 24, 24]],
  ['maxPool 2x2 [32,16,8,8]', [32, 16, 8, 8]],
];
for (const [name, shape] of eagerWasm ? POOLS : []) {
  const g = convK.poolGeometry({ shape, dtype: 'float32' }, { kernel: [2, 2], stride: [2, 2], padding: [0, 0, 0, 0] });
  const x = randArray(shape.reduce((a, b) => a * b)),
    out = new Float32Array(g.n * g.c * g.oh * g.ow);
  if (!wasmPool2d('max', x, out, g)) throw new Error(`${name}: did not run in WASM`);
  row(
    name,
    time(() => convK.maxPool2d(x, out, g)),
    time(() => {
      wasmPool2d('max', x, out, g);
    }),
  );
  row(
    name.replace('max', 'avg'),
    time(() => convK.avgPool2d(x, out, g)),
    time(() => {
      wasmPool2d('avg', x, out, g);
    }),
  );
}

console.log(
  `native conv (tj_conv.c, emcc ${tc.version.match(/\d+\.\d+\.\d+/)?.[0] ?? '?'}, Node ${process.version}), ms per call`,
);
if (eagerWasm) {
  console.log('| kernel | JS kernel | WASM (eager path) | speed-up |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

// The training step: eager (convolutions through WASM where large enough), JS tier, WASM tier.
const steps: [string, number][] = [];
for (const tier of ['eager', 'js', 'wasm'] as const) {
  tj.seed(0);
  const { step } = convnet();
  const run = tier === 'eager' ? step : tj.jit(step, { hot: 0, async: false, backend: tier });
  steps.push([
    tier,
    time(() => {
      run();
    }, 9),
  ]);
}
console.log(
  `\n| convnet step (LeNet-like, batch 32)${eagerWasm ? '' : ', eager on JS kernels only'} | ms | vs eager |\n| --- | --- | --- |`,
);
for (const [tier, ms] of steps) console.log(`| ${tier} | ${ms.toFixed(2)} | ${(steps[0][1] / ms).toFixed(2)}× |`);
