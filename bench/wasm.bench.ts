// The WASM tier side by side with jax-js (benchmark.js, one process): the fused tanh·exp chain on
// 1M float32, float32 matmul 1024x1024, and the MLP training step; eager and the JS tier for scale.
// Run: npx tsx bench/wasm.bench.ts [--quick]
import Benchmark from 'benchmark';
import { init, jit as jaxJit, numpy as np } from '@jax-js/jax';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { report } from './report.js';
import { mlp, tanhExpChain } from './workloads.js';

const quick = process.argv.includes('--quick');
const opts = { minSamples: 5, maxTime: quick ? 1.5 : 5 };
await init('wasm');
tj.seed(0);

const N = 1 << 20;
const a = tj.rand([N]), b = tj.rand([N]);
const chain = tanhExpChain;
const chainWasm = tj.jit(chain, { hot: 0, async: false, backend: 'wasm' });
const chainJs = tj.jit(chain, { hot: 0, async: false, backend: 'js' });
const ja = np.array(a.data() as Float32Array), jb = np.array(b.data() as Float32Array);
const jaxChain = jaxJit((x: np.Array, y: np.Array) => { const t = x.mul(y).add(1); return np.tanh(t.ref).mul(np.exp(t.ref.mul(t).neg())); });

const m1 = tj.rand([1024, 1024]), m2 = tj.rand([1024, 1024]);
const mm = (p: Tensor, q: Tensor) => tj.matmul(p, q);
const mmWasm = tj.jit(mm, { hot: 0, async: false, backend: 'wasm' });
const jm1 = np.array(m1.data() as Float32Array).reshape([1024, 1024]), jm2 = np.array(m2.data() as Float32Array).reshape([1024, 1024]);
const jaxMm = jaxJit((p: np.Array, q: np.Array) => np.matmul(p, q));

// The MLP training step (784-512-512-10, batch 128, SGD). jax-js's side of it is not written yet.
const mlpStep = mlp().step;
const mlpWasm = tj.jit(mlpStep, { hot: 0, async: false, backend: 'wasm' });
const mlpJs = tj.jit(mlpStep, { hot: 0, async: false, backend: 'js' });

const suite = new Benchmark.Suite('wasm');
suite
  .add('tanh·exp chain 1M f32: eager', () => chain(a, b), opts)
  .add('tanh·exp chain 1M f32: js tier', () => chainJs(a, b), opts)
  .add('tanh·exp chain 1M f32: wasm tier', () => chainWasm(a, b), opts)
  .add('tanh·exp chain 1M f32: jax-js jit', () => { jaxChain(ja.ref, jb.ref).dataSync(); }, opts)
  .add('matmul 1024² f32: wasm tier', () => mmWasm(m1, m2), opts)
  .add('matmul 1024² f32: jax-js jit', () => { jaxMm(jm1.ref, jm2.ref).dataSync(); }, opts)
  .add('MLP step 784-512-512-10, batch 128: js tier', mlpJs, opts)
  .add('MLP step 784-512-512-10, batch 128: wasm tier', mlpWasm, opts);
const means = new Map<string, number>();
report(suite, (name, mean) => {
  means.set(name, mean);
  if (name.endsWith('jax-js jit')) {
    return [...means].filter(([k]) => k.startsWith(name.split(':')[0]) && !k.endsWith('jax-js jit')).map(([k, v]) => `${k.split(': ')[1]} ${(mean / v).toFixed(2)}× jax-js`).join('; ');
  }
  return '';
});
