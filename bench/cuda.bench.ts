// The CUDA tier's side of the GPU comparison (bench/gpu/peers.py runs PyTorch and JAX on the same workloads; bench/gpu/report.py compares).
//   copy-like: y = -x on 16M float32 (one read, one write: tensorjit's nearest to a device copy);
//   chain:     y = tanh(x * 1.5 + 0.5) * exp(-x * x) on 16M float32 (bytes moved: 2 × 64 MiB);
//   matmul:    4096² float32 (TFLOP/s);
//   mlp_b128, mlp_b1024: an SGD step of a 784-512-512-10 ReLU MLP, softmax cross-entropy, lr 0.1;
//   convnet_b64: an SGD step of conv 1→16 3×3 pad 1, relu, pool 2, conv 16→32 3×3 pad 1, relu,
//              pool 2, flatten, linear →10, softmax cross-entropy, batch 64 of 28×28, lr 0.1.
// Inputs, parameters and outputs are Variables, so they stay on the GPU between calls; each jitted
// function assigns its big result to a Variable and returns something small (a one-element slice or
// the loss). CUDA launches are asynchronous, so every timed call ends with `.item()` of that small
// result (a host read, which waits for the work queued before it). Two figures per workload:
//   ms_sync:    median of single calls, each ending with the host read (latency, launch overhead in);
//   ms_batched: median over repeats of K calls back to back, one host read after the K-th, / K
//               (throughput, as the peers' CUDA-event timings see it).
// `ms` is ms_batched for the kernel workloads (copy, chain, matmul) and ms_sync for the steps.
// compile_ms is the cold first call (trace, rewrite, NVRTC compile, first run), outside the timings;
// the device's start-up is taken first, on a tiny function (info.init_ms). gpu-run.sh gives this run
// an empty compile cache (TENSORJIT_CACHE_DIR), so the compiles are cold.
// Run: npx tsx bench/cuda.bench.ts [--quick] [--json out.json] [--backend cuda|native|wasm|js]
// (--backend is for trying the harness on a machine without a GPU; the figures mean nothing there.)
import fs from 'node:fs';
import os from 'node:os';
import * as tj from '../src/index.js';
import type { BackendName, Tensor, Variable } from '../src/index.js';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const argOf = (flag: string) => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
const jsonPath = argOf('--json');
const backend = (argOf('--backend') ?? 'cuda') as BackendName;

interface Entry {
  ms?: number;
  ms_sync?: number;
  ms_batched?: number;
  figure?: number;
  unit?: string;
  compile_ms?: number;
  calls?: number;
  k?: number;
  tier?: string;
  first_loss?: number;
  note?: string;
  error?: string;
}
const out: {
  system: string;
  backend: string;
  quick: boolean;
  timing: string;
  info: Record<string, unknown>;
  skipped?: string;
  workloads: Record<string, { tensorjit: Entry }>;
} = {
  system: 'tensorjit',
  backend,
  quick,
  timing:
    'performance.now() around calls that each end with .item() of a small result (ms_sync: single calls; ms_batched: K calls, one read after the last, / K)',
  info: {},
  workloads: {},
};
const writeJson = () => {
  if (jsonPath) fs.writeFileSync(jsonPath, JSON.stringify(out, null, 2) + '\n');
};

const info = tj.backends().find((b) => b.name === backend);
out.info = {
  node: process.version,
  cpu: os.cpus()[0]?.model.trim(),
  backend: info ?? 'not registered',
  date: new Date().toISOString(),
};
if (!info?.available) {
  out.skipped = `the ${backend} backend is unavailable here: ${info?.reason ?? 'not registered'}`;
  console.log(`cuda.bench: ${out.skipped}; nothing to measure`);
  writeJson();
  process.exit(0);
}
console.log(
  `cuda.bench: backend ${backend} (${JSON.stringify(info)}); Node ${process.version}${quick ? '; --quick' : ''}`,
);
console.log('timing: every timed call ends with .item() of a small result (a host read waits for the queued GPU work)');

const median = (xs: number[]) => {
  const s = [...xs].sort((p, q) => p - q);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const budgetMs = quick ? 150 : 1500; // per timing loop
const maxCalls = quick ? 20 : 300;

/** Median ms of single calls, each ending with a host read. */
function timeSync(call: () => Tensor): { ms: number; calls: number } {
  for (let i = 0; i < (quick ? 2 : 5); i++) call().item();
  const times: number[] = [];
  const end = performance.now() + budgetMs;
  while (times.length < 5 || (times.length < maxCalls && performance.now() < end)) {
    const t = performance.now();
    call().item();
    times.push(performance.now() - t);
  }
  return { ms: median(times), calls: times.length };
}
/**
 * Median over repeats of (K calls back to back, a host read after the last) / K. `quiet`, where
 * given, is the same work returning nothing (its result only assigned to a Variable): the first K-1
 * calls use it, so the host waits for the GPU once per batch, as a loop that reads only at the end does.
 */
function timeBatched(call: () => Tensor, k: number, quiet?: () => void): number {
  const reps: number[] = [];
  const end = performance.now() + budgetMs;
  if (quiet) for (let i = 0; i < 3; i++) quiet();
  while (reps.length < 3 || (reps.length < (quick ? 5 : 30) && performance.now() < end)) {
    const t = performance.now();
    let r: Tensor | undefined;
    for (let i = 0; i < k; i++) {
      if (quiet && i < k - 1) quiet();
      else r = call();
    }
    r!.item();
    reps.push((performance.now() - t) / k);
  }
  return median(reps);
}

type Figure = (ms: number) => { figure: number; unit: string };
/** Compiles (the cold first call, timed), checks the tier, times, records; a failure is recorded, not thrown. */
function measure(
  key: string,
  what: string,
  fn: () => Tensor,
  opts: { primary: 'sync' | 'batched'; k: number; figure: Figure; quiet?: () => void },
): void {
  const e: Entry = {};
  out.workloads[key] = { tensorjit: e };
  try {
    const f = tj.jit(fn, { backend, hot: 0, async: false });
    const t0 = performance.now();
    const first = f().item() as number;
    e.compile_ms = performance.now() - t0;
    e.tier = f.stats.tier;
    if (f.stats.tier !== backend) throw new Error(`ran on the ${f.stats.tier} tier, not ${backend}`);
    if (key.startsWith('mlp') || key.startsWith('convnet')) e.first_loss = first;
    const s = timeSync(f);
    e.ms_sync = s.ms;
    e.calls = s.calls;
    // Slow calls (a tier far off its goal) get fewer per batch, so one workload cannot eat the time limit.
    e.k = e.ms_sync * opts.k > 300 ? Math.max(1, Math.floor(300 / e.ms_sync)) : opts.k;
    const quiet = opts.quiet && tj.jit(opts.quiet, { backend, hot: 0, async: false });
    e.ms_batched = timeBatched(f, e.k, quiet);
    e.ms = opts.primary === 'sync' ? e.ms_sync : e.ms_batched;
    Object.assign(e, opts.figure(e.ms));
    if (!Number.isFinite(first)) e.note = `the first result is ${first}`;
    console.log(
      `${what}: ${e.ms.toFixed(4)} ms (${opts.primary}; sync ${e.ms_sync.toFixed(4)} ms over ${e.calls} calls, batched ×${e.k} ${e.ms_batched.toFixed(4)} ms), ${e.figure!.toPrecision(4)} ${e.unit}; cold compile ${e.compile_ms.toFixed(0)} ms${e.first_loss !== undefined ? `; first loss ${e.first_loss.toPrecision(6)}` : ''}`,
    );
  } catch (err) {
    e.error = err instanceof Error ? err.message : String(err);
    console.log(`${what}: FAILED: ${e.error}`);
  }
  writeJson();
}

const gbps =
  (bytes: number): Figure =>
  (ms) => ({ figure: bytes / (ms / 1e3) / 1e9, unit: 'GB/s' });
const tflops =
  (flops: number): Figure =>
  (ms) => ({ figure: flops / (ms / 1e3) / 1e12, unit: 'TFLOP/s' });
const stepsPerS: Figure = (ms) => ({ figure: 1e3 / ms, unit: 'steps/s' });
const first = (t: Tensor) => tj.reshape(tj.slice(tj.reshape(t, [-1]), [0], [1]), []);

// 0. The device's start-up (driver, context, first module) on a tiny function, so that it is not
// counted in the first workload's cold compile.
{
  const v = tj.variable(tj.ones([16]));
  const t = performance.now();
  try {
    tj.jit(() => tj.sum(tj.mul(v, 2)), { backend, hot: 0, async: false })().item();
    out.info.init_ms = performance.now() - t;
    console.log(`start-up (first jitted call of a 16-element function): ${(out.info.init_ms as number).toFixed(0)} ms`);
  } catch (err) {
    out.info.init_error = err instanceof Error ? err.message : String(err);
    console.log(`start-up call failed: ${out.info.init_error}`);
  }
}

// 1. Elementwise: copy-like and the fused chain on 16M float32.
const chain = (x: Tensor) => tj.mul(tj.tanh(tj.add(tj.mul(x, 1.5), 0.5)), tj.exp(tj.neg(tj.mul(x, x))));
tj.seed(0);
const N = quick ? 1 << 20 : 1 << 24;
{
  const x = tj.variable(tj.randn([N]));
  const y = tj.variable(tj.zeros([N]));
  measure(
    'copy',
    `copy-like y = -x, ${N} f32`,
    () => {
      const r = tj.neg(x);
      y.assign(r);
      return first(r);
    },
    { primary: 'batched', k: 20, figure: gbps(2 * N * 4), quiet: () => void y.assign(tj.neg(x)) },
  );
  measure(
    'chain',
    `chain tanh(x*1.5+0.5)*exp(-x*x), ${N} f32`,
    () => {
      const r = chain(x);
      y.assign(r);
      return first(r);
    },
    { primary: 'batched', k: 20, figure: gbps(2 * N * 4), quiet: () => void y.assign(chain(x)) },
  );
}

// 2. matmul 4096² float32.
{
  const M = quick ? 1024 : 4096;
  const a = tj.variable(tj.randn([M, M])),
    b = tj.variable(tj.randn([M, M])),
    c = tj.variable(tj.zeros([M, M]));
  measure(
    'matmul',
    `matmul ${M}² f32`,
    () => {
      const r = tj.matmul(a, b);
      c.assign(r);
      return first(r);
    },
    { primary: 'batched', k: quick ? 3 : 10, figure: tflops(2 * M ** 3), quiet: () => void c.assign(tj.matmul(a, b)) },
  );
}

// 3. Training steps: data and parameters are Variables (resident on the GPU), SGD inside the step.
function sgdStep(loss: () => Tensor, params: Variable[], lr: number): () => Tensor {
  return () => {
    const [value, grads] = tj.valueAndGrad(loss, { wrt: params })();
    params.forEach((p, i) => p.assign(tj.sub(p, tj.mul(grads[i], lr))));
    return value;
  };
}
const he = (shape: number[], fanIn: number) => tj.variable(tj.mul(tj.randn(shape), Math.sqrt(2 / fanIn)));
const labels = (batch: number) => tj.variable(tj.argmax(tj.rand([batch, 10]), 1));

function mlp(batch: number) {
  const x = tj.variable(tj.rand([batch, 784])),
    y = labels(batch);
  const params = [he([784, 512], 784), tj.variable(tj.zeros([512]))];
  params.push(he([512, 512], 512), tj.variable(tj.zeros([512])), he([512, 10], 512), tj.variable(tj.zeros([10])));
  const [w1, b1, w2, b2, w3, b3] = params;
  const loss = () => {
    const h1 = tj.relu(tj.add(tj.matmul(x, w1), b1));
    const h2 = tj.relu(tj.add(tj.matmul(h1, w2), b2));
    return tj.softmaxCrossEntropy(tj.add(tj.matmul(h2, w3), b3), y);
  };
  return sgdStep(loss, params, 0.1);
}
for (const batch of quick ? [128] : [128, 1024]) {
  tj.seed(100 + batch);
  measure(`mlp_b${batch}`, `MLP step 784-512-512-10, batch ${batch}`, mlp(batch), {
    primary: 'sync',
    k: 10,
    figure: stepsPerS,
  });
}

function convnet(batch: number) {
  const x = tj.variable(tj.rand([batch, 1, 28, 28])),
    y = labels(batch);
  const params = [he([16, 1, 3, 3], 9), tj.variable(tj.zeros([1, 16, 1, 1]))];
  params.push(he([32, 16, 3, 3], 144), tj.variable(tj.zeros([1, 32, 1, 1])));
  params.push(he([32 * 7 * 7, 10], 32 * 7 * 7), tj.variable(tj.zeros([10])));
  const [c1, cb1, c2, cb2, f, fb] = params;
  const loss = () => {
    const h1 = tj.maxPool2d(tj.relu(tj.add(tj.conv2d(x, c1, { padding: 1 }), cb1)), 2); // [B, 16, 14, 14]
    const h2 = tj.maxPool2d(tj.relu(tj.add(tj.conv2d(h1, c2, { padding: 1 }), cb2)), 2); // [B, 32, 7, 7]
    return tj.softmaxCrossEntropy(tj.add(tj.matmul(tj.reshape(h2, [batch, 32 * 7 * 7]), f), fb), y);
  };
  return sgdStep(loss, params, 0.1);
}
tj.seed(164);
measure('convnet_b64', 'convnet step (conv16, conv32, linear), batch 64', convnet(64), {
  primary: 'sync',
  k: 10,
  figure: stepsPerS,
});

console.log(
  '\n| workload | ms | sync ms | batched ms | figure | cold compile |\n| --- | --- | --- | --- | --- | --- |',
);
for (const [k, { tensorjit: e }] of Object.entries(out.workloads))
  console.log(
    e.error
      ? `| ${k} | failed: ${e.error} | | | | |`
      : `| ${k} | ${e.ms!.toFixed(4)} | ${e.ms_sync!.toFixed(4)} | ${e.ms_batched!.toFixed(4)} | ${e.figure!.toPrecision(4)} ${e.unit} | ${e.compile_ms!.toFixed(0)} ms |`,
  );
if (jsonPath) console.log(`\nwrote ${jsonPath}`);
process.exit(0); // helper threads (other tiers) would keep the process alive
