// The WASM tier side by side with jax-js (benchmark.js, one process): the fused tanh·exp chain on
// 1M float32, float32 matmul 1024x1024, and the MLP training step; eager and the JS tier for scale.
// Run: npx tsx bench/wasm.bench.ts [--quick]
import v8 from 'node:v8';
import Benchmark from 'benchmark';
import { init, jit as jaxJit, nn, numpy as np, valueAndGrad as jaxValueAndGrad } from '@jax-js/jax';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { report } from './report.js';
import { mlp, tanhExpChain } from './workloads.js';

const quick = process.argv.includes('--quick');
const opts = { minSamples: 5, maxTime: quick ? 1.5 : 5 };
// V8 optimizes WASM at once for jax-js too, as for tensorjit's modules (runtime/wasm/memory.ts sets
// this flag before its first module, which is after jax-js has compiled its own).
v8.setFlagsFromString('--no-wasm-dynamic-tiering');
await init('wasm');
tj.seed(0);

const N = 1 << 20;
const a = tj.rand([N]),
  b = tj.rand([N]);
const chain = tanhExpChain;
const chainWasm = tj.jit(chain, { hot: 0, async: false, backend: 'wasm' });
const chainJs = tj.jit(chain, { hot: 0, async: false, backend: 'js' });
const ja = np.array(a.data() as Float32Array),
  jb = np.array(b.data() as Float32Array);
const jaxChain = jaxJit((x: np.Array, y: np.Array) => {
  const t = x.mul(y).add(1);
  return np.tanh(t.ref).mul(np.exp(t.ref.mul(t).neg()));
});

const m1 = tj.rand([1024, 1024]),
  m2 = tj.rand([1024, 1024]);
const mm = (p: Tensor, q: Tensor) => tj.matmul(p, q);
const mmWasm = tj.jit(mm, { hot: 0, async: false, backend: 'wasm' });
const jm1 = np.array(m1.data() as Float32Array).reshape([1024, 1024]),
  jm2 = np.array(m2.data() as Float32Array).reshape([1024, 1024]);
const jaxMm = jaxJit((p: np.Array, q: np.Array) => np.matmul(p, q));

// The MLP training step (784-512-512-10, batch 128, softmax cross-entropy, SGD).
const mlpStep = mlp().step;

// jax-js's MLP step: the same model, written to its reference-counting rules (.ref on reuse).
type JaxParams = { w1: np.Array; b1: np.Array; w2: np.Array; b2: np.Array; w3: np.Array; b3: np.Array };
const jaxArray = (t: Tensor) => np.array(t.data() as Float32Array).reshape(t.shape);
let jaxParams: JaxParams = {
  w1: jaxArray(tj.mul(tj.randn([784, 512]), 0.05)),
  b1: np.zeros([512]),
  w2: jaxArray(tj.mul(tj.randn([512, 512]), 0.06)),
  b2: np.zeros([512]),
  w3: jaxArray(tj.mul(tj.randn([512, 10]), 0.06)),
  b3: np.zeros([10]),
};
const jx = jaxArray(tj.rand([128, 784]));
const jy = nn.oneHot(np.array(tj.argmax(tj.rand([128, 10]), 1).data() as Int32Array), 10);
const jaxLoss = (p: JaxParams, xb: np.Array, yb: np.Array) => {
  const h1 = nn.relu(np.matmul(xb, p.w1).add(p.b1));
  const h2 = nn.relu(np.matmul(h1, p.w2).add(p.b2));
  return nn.logSoftmax(np.matmul(h2, p.w3).add(p.b3)).mul(yb).sum().neg().div(128);
};
const jaxStep = jaxJit((p: JaxParams, xb: np.Array, yb: np.Array) => {
  const refs: JaxParams = { w1: p.w1.ref, b1: p.b1.ref, w2: p.w2.ref, b2: p.b2.ref, w3: p.w3.ref, b3: p.b3.ref };
  const [loss, g] = jaxValueAndGrad(jaxLoss)(refs, xb, yb);
  const sgd = (a: np.Array, d: np.Array) => a.sub(d.mul(0.01));
  return [
    loss,
    {
      w1: sgd(p.w1, g.w1),
      b1: sgd(p.b1, g.b1),
      w2: sgd(p.w2, g.w2),
      b2: sgd(p.b2, g.b2),
      w3: sgd(p.w3, g.w3),
      b3: sgd(p.b3, g.b3),
    },
  ] as const;
});
const jaxMlpStep = () => {
  const [loss, next] = jaxStep(jaxParams, jx.ref, jy.ref) as unknown as [np.Array, JaxParams];
  loss.dataSync();
  jaxParams = next;
};
const mlpWasm = tj.jit(mlpStep, { hot: 0, async: false, backend: 'wasm' });
const mlpJs = tj.jit(mlpStep, { hot: 0, async: false, backend: 'js' });

const suite = new Benchmark.Suite('wasm');
suite
  .add('tanh·exp chain 1M f32: eager', () => chain(a, b), opts)
  .add('tanh·exp chain 1M f32: js tier', () => chainJs(a, b), opts)
  .add('tanh·exp chain 1M f32: wasm tier', () => chainWasm(a, b), opts)
  .add(
    'tanh·exp chain 1M f32: jax-js jit',
    () => {
      jaxChain(ja.ref, jb.ref).dataSync();
    },
    opts,
  )
  .add('matmul 1024² f32: wasm tier', () => mmWasm(m1, m2), opts)
  .add(
    'matmul 1024² f32: jax-js jit',
    () => {
      jaxMm(jm1.ref, jm2.ref).dataSync();
    },
    opts,
  )
  .add('MLP step 784-512-512-10, batch 128: js tier', mlpJs, opts)
  .add('MLP step 784-512-512-10, batch 128: wasm tier', mlpWasm, opts)
  .add('MLP step 784-512-512-10, batch 128: jax-js jit', jaxMlpStep, opts);
const means = new Map<string, number>();
report(suite, (name, mean) => {
  means.set(name, mean);
  if (name.endsWith('jax-js jit')) {
    return [...means]
      .filter(([k]) => k.startsWith(name.split(':')[0]) && !k.endsWith('jax-js jit'))
      .map(([k, v]) => `${k.split(': ')[1]} ${(mean / v).toFixed(2)}× jax-js`)
      .join('; ');
  }
  return '';
});
