// tj.distributed over MPI: processes started by `mpirun --oversubscribe -np 2` (and 3) on loopback,
// each running test/fixtures/distributed-child.ts. Skipped where there is no mpirun (CI installs
// openmpi-bin and libopenmpi-dev, so they run there). A group of one (no launcher) always runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { which } from '../jit/emcc.js';
import { mpiCompiler, mpiShim } from '../jit/backends/native/mpi-shim.js';
import * as tj from '../src/index.js';

const CHILD = fileURLToPath(new URL('./fixtures/distributed-child.ts', import.meta.url));
const mpirun = which('mpirun');
const haveMpi = mpirun !== undefined && mpiCompiler().available;
const LAUNCHER_VARS = ['OMPI_COMM_WORLD_SIZE', 'PMIX_RANK', 'PMI_SIZE', 'PMI_RANK', 'MPI_LOCALNRANKS'];

/** The environment of a child: one thread each (two cores, up to three processes), root allowed. */
function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OMPI_ALLOW_RUN_AS_ROOT: '1',
    OMPI_ALLOW_RUN_AS_ROOT_CONFIRM: '1',
    TENSORJIT_THREADS: '1',
    OMP_NUM_THREADS: '1',
    ...extra,
  };
  for (const v of LAUNCHER_VARS) if (!(v in extra)) delete env[v];
  return env;
}

interface Run {
  results: Record<string, unknown>[];
  errors: { rank: number; message: string }[];
  out: string;
  status: number | null;
}

function parse(out: string, status: number | null): Run {
  const results: Record<string, unknown>[] = [];
  const errors: { rank: number; message: string }[] = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('RESULT ')) results.push(JSON.parse(line.slice(7)) as Record<string, unknown>);
    const m = /^ERROR (\d+) (.*)$/.exec(line);
    if (m) errors.push({ rank: Number(m[1]), message: m[2] });
  }
  results.sort((a, b) => (a.rank as number) - (b.rank as number));
  return { results, errors, out, status };
}

function mpi(np: number, args: string[], extra: Record<string, string> = {}): Run {
  const r = spawnSync(
    mpirun!,
    ['--oversubscribe', '-np', String(np), process.execPath, '--import', 'tsx', CHILD, ...args],
    { env: childEnv(extra), encoding: 'utf8', timeout: 60_000 },
  );
  return parse(`${r.stdout}\n${r.stderr}`, r.status);
}

function alone(args: string[], extra: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    env: childEnv(extra),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return parse(`${r.stdout}\n${r.stderr}`, r.status);
}

const withMpi = haveMpi ? test : test.skip;

test('a process without mpirun is a group of one: collectives return their input', () => {
  tj.distributed.init();
  assert.is(tj.distributed.rank(), 0);
  assert.is(tj.distributed.size(), 1);
  const t = tj.tensor([1, -2, 3]);
  for (const op of ['sum', 'mean', 'max', 'min'] as const)
    assert.equal(tj.distributed.allReduce(t, op).toArray(), [1, -2, 3]);
  assert.equal(tj.distributed.broadcast(t).toArray(), [1, -2, 3]);
  tj.distributed.barrier();
  assert.throws(() => tj.distributed.broadcast(t, 1), /root must be a rank from 0 to 0/);
  assert.throws(() => tj.distributed.allReduce(t, 'prod' as 'sum'), /op must be 'sum', 'mean', 'max' or 'min'/);
  assert.throws(
    () => tj.distributed.allReduce(tj.tensor([1], { dtype: 'int32' }), 'mean'),
    /'mean' needs a float tensor/,
  );
  assert.throws(() => tj.distributed.init({ timeout: -1 }), /timeout must be a positive number/);
  // Differentiable (sum, mean); the optimizers' option works in a group of one.
  const g = tj.grad((x: tj.Tensor) => tj.sum(tj.mul(tj.distributed.allReduce(x, 'mean'), 3)))(t);
  assert.equal(g.toArray(), [3, 3, 3]);
  const w = tj.variable(tj.ones([2]));
  tj.optim.adam([w], { lr: 0.1, allReduce: true }).step([tj.ones([2])]);
  assert.ok(Math.abs((w.toArray() as number[])[0] - 0.9) < 1e-5);
  // Inside jit: compiled, no graph break.
  const f = tj.jit((x: tj.Tensor) => tj.add(tj.distributed.allReduce(x), 1), { backend: 'js', hot: 0, async: false });
  assert.equal(f(t).toArray(), [2, -1, 4]);
  assert.is(f.stats.graphBreaks, 0);
  assert.is(f.stats.compiledCalls, 1);
});

test('the child alone: a group of one, the same script', () => {
  const r = alone(['collectives']);
  assert.is(r.results.length, 1, r.out);
  const x = r.results[0];
  assert.is(x.size, 1);
  assert.equal(x.sum, [1, -1, 0]);
  assert.equal(x.broadcast, [0, 7]);
});

test('under a launcher without the MPI shim or mpicc, init says what to install', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-no-mpi-'));
  const r = alone(['no-mpi'], { OMPI_COMM_WORLD_SIZE: '2', MPICC: '/nonexistent/mpicc', TENSORJIT_CACHE_DIR: cache });
  fs.rmSync(cache, { recursive: true, force: true });
  assert.is(r.errors.length, 1, r.out);
  assert.match(r.errors[0].message, /apt-get install -y openmpi-bin libopenmpi-dev/);
  assert.match(r.errors[0].message, /OMPI_COMM_WORLD_SIZE=2/);
});

for (const np of [2, 3]) {
  withMpi(`collectives on ${np} processes: sum, mean, max, min, broadcast, barrier, and inside jit`, () => {
    mpiShim();
    const r = mpi(np, ['collectives']);
    assert.is(r.results.length, np, r.out);
    const ranks = Array.from({ length: np }, (_, k) => k);
    const total = (f: (k: number) => number) => ranks.reduce((a, k) => a + f(k), 0);
    for (const x of r.results) {
      assert.is(x.size, np);
      assert.equal(x.sum, [total((k) => k + 1), -total((k) => k + 1), total((k) => 0.5 * k)]);
      assert.equal(x.mean, [total((k) => k + 1) / np, -total((k) => k + 1) / np, total((k) => 0.5 * k) / np]);
      assert.equal(x.max, [np, -1, 0.5 * (np - 1)]);
      assert.equal(x.min, [1, -np, 0]);
      assert.equal(x.f64, [total((k) => k + 0.25)]);
      assert.is(x.f64dtype, 'float64');
      assert.equal(x.i32, {
        sum: [[total((k) => k), total((k) => 10 - k)]],
        max: [[np - 1, 10]],
        min: [[0, 10 - (np - 1)]],
      });
      assert.equal(x.broadcast, [(np - 1) * 10, 7]);
      assert.equal(x.empty, [0]);
      for (const tier of ['jit-js', 'jit-native']) {
        const j = x[tier] as { value: number[]; graphBreaks: number; compiled: number };
        assert.equal(j.value, [2 * np, 2 * total((k) => k + 1)], tier);
        assert.is(j.graphBreaks, 0, tier);
        assert.is(j.compiled, 1, tier);
      }
    }
  });
}

/** Every parameter of every run equal to the reference's, to float32 tolerance. */
function sameParams(runs: Record<string, unknown>[], reference: Record<string, unknown>, what: string): void {
  const ref = reference.params as number[][];
  for (const run of runs) {
    const got = run.params as number[][];
    let worst = 0;
    ref.forEach((p, i) => p.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - got[i][j])))));
    assert.ok(worst < 2e-5, `${what}: rank ${String(run.rank)} differs from one process by ${worst}`);
  }
}

for (const [np, how, opt] of [
  [2, 'eager', 'rmsprop'],
  [2, 'native', 'adam'],
  [3, 'js', 'sgd'],
] as const) {
  withMpi(`${np} processes on 1/${np} of the batch each end as one on the whole batch (${how}, ${opt})`, () => {
    const one = alone(['train', how, opt, 'all']);
    assert.is(one.results.length, 1, one.out);
    const many = mpi(np, ['train', how, opt, 'shard']);
    assert.is(many.results.length, np, many.out);
    sameParams(many.results, one.results[0], `${how} ${opt}`);
    for (const x of many.results) assert.is(x.graphBreaks, 0);
    if (how !== 'eager') for (const x of many.results) assert.is(x.compiledCalls, 4);
  });
}

withMpi('mismatched shapes or dtypes throw on every process, naming each one', () => {
  const r = mpi(3, ['mismatch']);
  assert.is(r.errors.length, 6, r.out);
  for (const e of r.errors) assert.match(e.message, /the processes disagree on this collective/);
  assert.is(r.errors.filter((e) => e.message.includes('rank 1: allReduce(float32 [3], ')).length, 3);
  assert.is(r.errors.filter((e) => e.message.includes('rank 0: allReduce(float64 [2], ')).length, 3);
  assert.equal(new Set(r.errors.map((e) => e.rank)), new Set([0, 1, 2]));
  assert.is(r.results.length, 3, r.out); // and the group still works
  for (const x of r.results) assert.equal(x.after, [3]);
});

withMpi('a process that leaves: the others throw after the timeout, then at once', () => {
  const t0 = Date.now();
  const r = mpi(3, ['early-exit']);
  const ms = Date.now() - t0;
  const timeouts = r.errors.filter((e) => /no answer from the other processes within 2 s/.test(e.message));
  assert.is(timeouts.length, 4, r.out); // ranks 0 and 1: the all-reduce, then the barrier
  assert.equal(new Set(timeouts.map((e) => e.rank)), new Set([0, 1]));
  assert.ok(ms < 30_000, `took ${ms} ms`);
});

test.run();
