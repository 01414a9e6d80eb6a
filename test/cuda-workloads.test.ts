// The CUDA tier on the benchmark workloads (logistic regression, MLP, convnet, RNN steps) against
// eager, and its memory: Variables resident on the device between calls and copied out only when
// read, inputs not copied again, results filled when read (no wait at the call), device and
// pinned memory bounded over 10,000 steps and arenas freed with unreachable functions, control
// flow, profile(), the driver's errors.
// On the test double in CI (test/cuda-target.ts), on the GPU under `npm run test:gpu`.
import v8 from 'node:v8';
import vm from 'node:vm';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { convnet, logisticRegression, mlp, rnn } from '../bench/workloads.js';
import { cudaTierStats } from '../jit/backends/cuda/loader.js';
import { CudaDriver } from '../runtime/cuda/driver.js';
import { koffi } from '../runtime/native/ffi.js';
import { withJsKernels } from '../runtime/eager-kernels.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { onGpu, useCudaTarget } from './cuda-target.js';
import { compilePtx } from './cuda-double/build.js';
import { compareTrees } from './jit-table.js';

useCudaTarget(test);

/** Device memory in use: the GPU's own count, or the double's. */
function deviceBytesUsed(): number {
  if (onGpu) {
    const m = CudaDriver.get().memInfo();
    return m.total - m.free;
  }
  const lib = koffi().load(process.env.TENSORJIT_CUDA_DRIVER!);
  return Number((lib.func('long long tj_fake_bytes_allocated(void)') as () => number)());
}

const C = <F extends (...a: any[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false, backend: 'cuda' });

for (const [name, make] of [
  ['logistic regression', logisticRegression],
  ['MLP', mlp],
  ['convnet', convnet],
  ['RNN', rnn],
] as const) {
  test(`${name} step: the CUDA tier equals eager after resident calls`, () => {
    tj.seed(11);
    const wl = make();
    const step = C(wl.step);
    for (let i = 0; i < 3; i++) step();
    assert.is(step.stats.tier, 'cuda');
    assert.is(step.stats.compiledCalls, 3);
    step.verify();
  });
}

test('Variables stay on the device between calls and are copied out only when read; unchanged inputs are not copied', () => {
  tj.seed(5);
  const x = tj.randn([64, 32]);
  const w = tj.variable(tj.mul(tj.randn([32, 8]), 0.1));
  const step = C((t: Tensor) => {
    const loss = tj.mean(tj.square(tj.matmul(t, w)));
    w.assign(tj.sub(w, tj.mul(tj.grad(() => tj.mean(tj.square(tj.matmul(t, w))), { wrt: [w] })()[0], 0.1)));
    return loss;
  });
  step(x);
  const before = { ...cudaTierStats };
  for (let i = 0; i < 5; i++) step(x);
  assert.is(cudaTierStats.copiesIn - before.copiesIn, 0, 'neither x nor w copied in again');
  assert.is(cudaTierStats.copiesOut - before.copiesOut, 5, 'only the loss comes back each call');
  const w1 = w.data();
  assert.is(cudaTierStats.copiesOut - before.copiesOut, 6, 'reading w copies it out once');
  w.data();
  assert.is(cudaTierStats.copiesOut - before.copiesOut, 6, 'a second read does not copy again');
  // The same steps eagerly from the same start give the same w.
  tj.seed(5);
  const x2 = tj.randn([64, 32]);
  const v = tj.variable(tj.mul(tj.randn([32, 8]), 0.1));
  withJsKernels(() => {
    for (let i = 0; i < 6; i++) {
      const g = tj.grad(() => tj.mean(tj.square(tj.matmul(x2, v))), { wrt: [v] })()[0];
      v.assign(tj.sub(v, tj.mul(g, 0.1)));
    }
  });
  compareTrees('w after 6 steps', tj.reshape(tj.tensor(w1), [32, 8]), v);
  // Assigning eagerly ends the residence: the next call copies the new value in.
  w.assign(tj.zeros([32, 8]));
  const c0 = cudaTierStats.copiesIn;
  assert.is(step(x).item(), 0);
  assert.is(cudaTierStats.copiesIn - c0, 1);
});

test('a Variable one CUDA function updates is copied on the device, not through the host, into another that reads it', () => {
  const w = tj.variable(tj.zeros([64]));
  const x = tj.rand([64]);
  const update = C((t: Tensor) => void w.assign(tj.add(w, t)));
  const read = C(() => tj.sum(tj.mul(w, 2)));
  update(x);
  read();
  const before = { ...cudaTierStats };
  for (let i = 0; i < 3; i++) {
    update(x);
    read();
  }
  assert.is(cudaTierStats.copiesIn - before.copiesIn, 0, 'nothing copied in from the host');
  assert.is(cudaTierStats.copiesOnDevice - before.copiesOnDevice, 3, 'w copied on the device into read() each time');
  assert.is(cudaTierStats.copiesOut - before.copiesOut, 3, "only read()'s sum comes back");
  compareTrees('read() after 4 updates', read(), tj.sum(tj.mul(tj.mul(x, 4), 2)));
  compareTrees('w after 4 updates', w, tj.mul(x, 4));
});

test('a result passed into another CUDA function (before its own runs again) is copied on the device', () => {
  const x = tj.rand([128]);
  const f = C((t: Tensor) => tj.exp(tj.mul(t, 0.5)));
  const g = C((t: Tensor) => tj.sum(tj.sqrt(t)));
  const y0 = f(x);
  g(y0);
  const before = { ...cudaTierStats };
  const y = f(x);
  const z = g(y);
  assert.is(cudaTierStats.copiesIn - before.copiesIn, 0, 'y not copied in from the host');
  assert.is(cudaTierStats.copiesOnDevice - before.copiesOnDevice, 1);
  compareTrees('g(f(x))', z, tj.sum(tj.sqrt(tj.exp(tj.mul(x, 0.5)))));
  // Once f has run again, its arena holds the new result: the old one comes from the host.
  f(tj.rand([128]));
  const c0 = cudaTierStats.copiesIn;
  compareTrees('g(old y)', g(y0), tj.sum(tj.sqrt(y0)));
  assert.is(cudaTierStats.copiesIn - c0, 1);
});

/** The double's functions for inspecting the calls it saw (a GPU has none). */
function double() {
  const lib = koffi().load(process.env.TENSORJIT_CUDA_DRIVER!);
  return {
    reset: lib.func('void tj_fake_reset(void)') as () => void,
    calls: () => (lib.func('const char* tj_fake_calls(void)') as () => string)().split('\n'),
    hostBytes: () => Number((lib.func('long long tj_fake_host_bytes(void)') as () => number)()),
    fail: lib.func('void tj_fake_fail(const char* call, int code, int after)') as (
      c: string,
      code: number,
      after: number,
    ) => void,
  };
}
const waits = (calls: string[]) => calls.filter((c) => /^cu(Stream|Event|Ctx)Synchronize/.test(c)).length;

test('a call returning tensors does not wait for the GPU: each result is filled at its first read', () => {
  const f = C((t: Tensor) => tj.sum(tj.mul(t, 2)));
  const xs = [0, 1, 2, 3, 4, 5, 6].map(() => tj.rand([300]));
  f(xs[0]).item();
  const fake = onGpu ? undefined : double();
  fake?.reset();
  const ys = xs.map((x) => f(x));
  if (fake) {
    // A slot is reused from the third call on: the results of two calls back are filled first.
    assert.is(waits(fake.calls()), xs.length - 2, fake.calls().join('\n'));
    fake.reset();
  }
  compareTrees('the last result, read', ys[6], tj.sum(tj.mul(xs[6], 2)));
  if (fake) assert.is(waits(fake.calls()), 1, 'one wait, at the read');
  ys.forEach((y, i) => compareTrees(`result ${i}, read after later calls`, y, tj.sum(tj.mul(xs[i], 2))));
  // A result passed unread into another CUDA function: copied on the device, nothing waited for.
  const g = C((t: Tensor) => tj.sqrt(tj.abs(t)));
  const h = C((t: Tensor) => tj.sum(tj.exp(t)));
  h(g(xs[0]));
  fake?.reset();
  const before = { ...cudaTierStats };
  const z = h(g(xs[1]));
  assert.is(cudaTierStats.copiesOnDevice - before.copiesOnDevice, 1);
  assert.is(cudaTierStats.copiesIn - before.copiesIn, 1, 'only x copied in');
  if (fake) assert.is(waits(fake.calls()), 0);
  compareTrees('h(g(x))', z, tj.sum(tj.exp(tj.sqrt(xs[1]))));
});

test('results pinned on the host stay bounded over 10,000 unread calls; without pinned memory results are copied out at once', () => {
  const f = C((t: Tensor) => [tj.exp(t), tj.max(t)]);
  const x = tj.rand([64]);
  f(x);
  f(x); // both slots of the ring made
  const fake = onGpu ? undefined : double();
  const held = fake?.hostBytes();
  let last: Tensor[] = [];
  for (let i = 0; i < 10_000; i++) last = f(x);
  if (fake) assert.is(fake.hostBytes(), held, 'no pinned memory taken by the calls');
  compareTrees('the last results', last, [tj.exp(x), tj.max(x)]);
  if (!fake) return;
  const g = C((t: Tensor) => tj.mul(t, 3));
  const before = fake.hostBytes();
  fake.reset();
  fake.fail('cuMemAllocHost_v2', 2, 0);
  const y = g(x);
  assert.ok(waits(fake.calls()) >= 1, 'waited for the copy before returning');
  assert.is(fake.hostBytes(), before);
  compareTrees('3x without pinned memory', y, tj.mul(x, 3));
  compareTrees('and on the next call', g(tj.add(x, 1)), tj.mul(tj.add(x, 1), 3));
});

test('device memory is bounded over 10,000 steps, and arenas are freed with unreachable functions', async () => {
  const v = tj.variable(tj.zeros([256]));
  const x = tj.rand([256]);
  const step = C((t: Tensor) => {
    v.assign(tj.add(tj.mul(v, 0.5), t));
    return tj.sum(v);
  });
  step(x);
  const held = deviceBytesUsed();
  const arenas = cudaTierStats.arenas;
  for (let i = 0; i < 10_000; i++) step(x);
  assert.is(deviceBytesUsed(), held, 'no device memory taken by the steps');
  assert.is(cudaTierStats.arenas, arenas);
  compareTrees('v after 10,001 steps', v, tj.mul(x, 2));
  // Functions made and dropped: their arenas are given back once collected.
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const start = cudaTierStats.arenas;
  for (let i = 0; i < 20; i++) C((t: Tensor) => tj.exp(tj.mul(t, i)))(x);
  assert.ok(cudaTierStats.arenas >= start + 20);
  for (let i = 0; i < 10 && cudaTierStats.arenas > start; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  assert.ok(cudaTierStats.arenas <= start + 1, `arenas left: ${cudaTierStats.arenas - start}`);
});

test('scan, cond and whileLoop run on the CUDA tier', () => {
  tj.seed(9);
  const xs = tj.randn([7, 5]),
    h0 = tj.randn([5]);
  const fn = (a: Tensor, h: Tensor) => {
    const [last, ys] = tj.scan(
      (c: Tensor, x: Tensor) => {
        const n = tj.tanh(tj.add(tj.mul(c, 0.9), x));
        return [n, tj.sum(n)];
      },
      h,
      a,
    ) as [Tensor, Tensor];
    const picked = tj.cond(
      tj.greater(tj.sum(last), 0),
      (t: Tensor) => tj.exp(t),
      (t: Tensor) => tj.neg(t),
      last,
    );
    const [k] = tj.whileLoop(
      ([i]: Tensor[]) => tj.less(i, 5),
      ([i]: Tensor[]) => [tj.add(i, 1)],
      [tj.tensor(0, { dtype: 'int32' })],
    ) as Tensor[];
    return [ys, picked, k];
  };
  const f = C(fn);
  compareTrees(
    'scan, cond, while',
    f(xs, h0),
    withJsKernels(() => fn(xs, h0)),
  );
  assert.is(f.stats.tier, 'cuda');
});

test('profile() times each launch step', () => {
  const x = tj.rand([32, 32]);
  const f = C((t: Tensor) => tj.sum(tj.exp(tj.matmul(t, t)), 1));
  f(x);
  const p = f.profile(x);
  assert.is(p.tier, 'cuda');
  assert.ok(p.rows.filter((r) => r.kind === 'loop' || r.kind === 'prebuilt').length >= 2, JSON.stringify(p.rows));
});

test("a call whose steps are all launches replays them as one CUDA graph from its layout's second call", () => {
  const model = () => {
    tj.seed(12);
    const x = tj.randn([32, 16]),
      w = tj.variable(tj.mul(tj.randn([16, 8]), 0.3));
    const loss = () => tj.mean(tj.square(tj.tanh(tj.matmul(x, w))));
    return C(() => {
      const [value, [g]] = tj.valueAndGrad(loss, { wrt: [w] })();
      w.assign(tj.sub(w, tj.mul(g, 0.1)));
      return value;
    });
  };
  const step = model();
  const g0 = cudaTierStats.graphLaunches;
  const losses = [0, 1, 2, 3, 4].map(() => step().item() as number);
  // Two layouts alternate (resident Variables): each is captured after its first call.
  assert.is(cudaTierStats.graphLaunches - g0, 3);
  process.env.TENSORJIT_CUDA_GRAPHS = '0';
  try {
    const plain = model();
    assert.equal(
      losses,
      [0, 1, 2, 3, 4].map(() => plain().item() as number),
    );
    assert.is(cudaTierStats.graphLaunches - g0, 3);
  } finally {
    delete process.env.TENSORJIT_CUDA_GRAPHS;
  }
});

test('a bad label raises the eager error at the end of the call, the Variables unchanged; the MLP step runs as a graph', () => {
  const w = tj.variable(tj.mul(tj.randn([6, 4]), 0.2));
  const x = tj.randn([5, 6]);
  const step = C((labels: Tensor) => {
    const [value, [g]] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(tj.matmul(x, w), labels), { wrt: [w] })();
    w.assign(tj.sub(w, tj.mul(g, 0.1)));
    return value;
  });
  const good = tj.tensor([0, 3, 1, 2, 0], { dtype: 'int32' });
  step(good);
  const before = w.data();
  let eagerError = '';
  try {
    tj.softmaxCrossEntropy(tj.matmul(x, w), tj.tensor([0, 3, 7, 2, 9], { dtype: 'int32' }));
  } catch (e) {
    eagerError = (e as Error).message;
  }
  assert.match(eagerError, /out of range/);
  assert.throws(
    () => step(tj.tensor([0, 3, 7, 2, 9], { dtype: 'int32' })),
    (e: Error) => e.message === eagerError,
  );
  assert.equal(w.data(), before, 'w unchanged by the failed call');
  compareTrees(
    'a good call after the failed one',
    step(good),
    withJsKernels(() => tj.softmaxCrossEntropy(tj.matmul(x, tj.tensor(before).reshape([6, 4])), good)),
  );
  // The benchmark's MLP step (labels checked on the device) replays as a graph.
  tj.seed(3);
  const m = C(mlp().step);
  const g0 = cudaTierStats.graphLaunches;
  for (let i = 0; i < 4; i++) m().item();
  assert.is(cudaTierStats.graphLaunches - g0, 2);
});

test('reductions of elementwise work run fused, one kernel each: sums, max with NaN, int32 wrap, float64', () => {
  tj.seed(21);
  const x = tj.randn([6, 300]),
    y = tj.randn([6, 300]);
  const xn = tj.where(tj.greater(x, 1.5), NaN, x);
  const big = tj.astype(tj.mul(tj.add(x, 3), 1e9), 'int32');
  const fn = (a: Tensor, b: Tensor, an: Tensor, i: Tensor) => [
    tj.logsumexp(a, 1),
    tj.mean(tj.square(tj.sub(a, b))),
    tj.max(tj.mul(an, b), 1),
    tj.min(tj.add(an, 1), 1),
    tj.sum(tj.mul(i, 3), 1),
    tj.sum(tj.exp(tj.astype(a, 'float64'))),
    tj.prod(tj.add(tj.mul(b, 0.01), 1), 1),
  ];
  const f = C(fn);
  compareTrees(
    'fused reductions',
    f(x, y, xn, big),
    withJsKernels(() => fn(x, y, xn, big)),
  );
  const { source } = f.lower(x, y, xn, big);
  assert.ok((source.match(/__shared__ \w+ tj_acc/g) ?? []).length >= 6, source);
  if (!onGpu) {
    const ptx = compilePtx(source);
    if ('skip' in ptx) console.log(`  PTX not checked: ${ptx.skip}`);
  }
});

test('take with an index out of range throws on the CUDA tier as it does eagerly', () => {
  const f = C((x: Tensor, i: Tensor) => tj.take(x, i, 0));
  const x = tj.tensor([1, 2, 3]);
  compareTrees('take in range', f(x, tj.tensor([2, -3], { dtype: 'int32' })), tj.tensor([3, 1]));
  assert.throws(
    () => f(x, tj.tensor([0, 5], { dtype: 'int32' })),
    /take: index 5 is out of range for axis 0 with size 3 \(shape \[3\]\)/,
  );
  assert.is(f.stats.tier, 'cuda');
});

test('an embedding step (take, and scatterAdd in its gradient) replays as a graph; a bad index raises, the table unchanged', () => {
  tj.seed(8);
  const table = tj.variable(tj.randn([10, 4])),
    w = tj.randn([4]);
  const step = C((ids: Tensor) => {
    const loss = () => tj.sum(tj.square(tj.mul(tj.take(table, ids, 0), w)));
    const [value, [g]] = tj.valueAndGrad(loss, { wrt: [table] })();
    table.assign(tj.sub(table, tj.mul(g, 0.1)));
    return value;
  });
  const ids = tj.tensor([3, 7, 3, -1], { dtype: 'int32' });
  const plain = tj.variable(tj.add(table, 0));
  const eagerStep = () => {
    const loss = () => tj.sum(tj.square(tj.mul(tj.take(plain, ids, 0), w)));
    const [value, [g]] = tj.valueAndGrad(loss, { wrt: [plain] })();
    plain.assign(tj.sub(plain, tj.mul(g, 0.1)));
    return value;
  };
  const g0 = cudaTierStats.graphLaunches;
  for (let i = 0; i < 4; i++) compareTrees(`step ${i}`, step(ids), withJsKernels(eagerStep));
  assert.is(cudaTierStats.graphLaunches - g0, 2, 'both layouts replay as graphs from their second call');
  const before = table.data();
  assert.throws(
    () => step(tj.tensor([3, 12, -11], { dtype: 'int32' })),
    /take: index 12 is out of range for axis 0 with size 10 \(shape \[10, 4\]\)/,
  );
  assert.equal(table.data(), before, 'the table unchanged by the failed call');
  assert.is(step.stats.tier, 'cuda');
});

test('driver errors name the call, the kernel and the error', () => {
  if (onGpu) return;
  const lib = koffi().load(process.env.TENSORJIT_CUDA_DRIVER!);
  const fail = lib.func('void tj_fake_fail(const char* call, int code, int after)') as (
    c: string,
    code: number,
    a: number,
  ) => void;
  const f = C((t: Tensor) => tj.exp(tj.mul(t, 3)));
  const x = tj.rand([16]);
  f(x); // runs its launches, then captures them as a graph
  fail('cuGraphLaunch', 700, 0);
  assert.throws(() => f(x), /cuGraphLaunch failed \(a compiled function of 1 kernels\): CUDA_ERROR_ILLEGAL_ADDRESS/);
  process.env.TENSORJIT_CUDA_GRAPHS = '0';
  const g = C((t: Tensor) => tj.exp(tj.mul(t, 4)));
  g(x);
  delete process.env.TENSORJIT_CUDA_GRAPHS;
  fail('cuLaunchKernel', 700, 0);
  assert.throws(
    () => g(x),
    /cuLaunchKernel failed for kernel k\d+ \(grid \d+x1x1, block \d+x1x1\): CUDA_ERROR_ILLEGAL_ADDRESS/,
  );
  // A function that cannot load stays on the JS tier, with one warning saying why.
  fail('cuMemAlloc_v2', 2, 0);
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => said.push(a.join(' '));
  try {
    const g = C((t: Tensor) => tj.exp(tj.add(t, 7)));
    compareTrees('exp(x + 7)', g(x), tj.exp(tj.add(x, 7)));
    assert.is(g.stats.tier, 'js');
  } finally {
    console.warn = warn;
  }
  assert.match(
    said.join('\n'),
    /cuMemAlloc_v2 failed allocating \d+ bytes for the arena of a compiled function .*: CUDA_ERROR_OUT_OF_MEMORY/,
  );
  // A failure found while waiting for a result surfaces where the result is read.
  const y = f(tj.rand([16]));
  fail('cuEventSynchronize', 719, 0);
  assert.throws(
    () => y.data(),
    /cuEventSynchronize failed \(waiting for the results of a compiled function\): CUDA_ERROR_LAUNCH_FAILED/,
  );
});

test.run();
