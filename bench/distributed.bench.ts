// tj.distributed (issue #18) on this machine, every process on one thread (TENSORJIT_THREADS=1,
// OMP_NUM_THREADS=1, OPENBLAS_NUM_THREADS=1):
//   - the MNIST MLP's training step (784-500-10, SGD with momentum, jitted on native, else JS) on a
//     global batch of 128: one process on all of it, against two processes on 64 rows each with
//     `{ allReduce: true }` (mpirun -np 2): ms per step and the scaling (throughput ratio);
//   - the all-reduce of float32 sums, 4 KB to 16 MB, on two processes: tensorjit's layer
//     (distributed.allReduce: the header check, the copy, the non-blocking call polled) against
//     osu_allreduce's loop of blocking MPI_Allreduce calls in C (the MPI shim), in the same run.
// Run: npx tsx bench/distributed.bench.ts [--quick]   (needs mpirun and mpicc; as root it passes
// the allow-run-as-root variables itself)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { rawAllReduceSeconds } from '../runtime/distributed/mpi.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';

const SELF = fileURLToPath(import.meta.url);
const quick = process.argv.includes('--quick');
const ONE_THREAD = { TENSORJIT_THREADS: '1', OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1' };

/** The training step's ms per call (median of 5 rounds) on `rows` of a global batch of 128. */
function stepTime(): { ms: number; tier: string } {
  const rank = tj.distributed.rank(),
    size = tj.distributed.size();
  const local = 128 / size;
  tj.seed(rank);
  const x = tj.rand([local, 784]),
    y = tj.randint([local], 0, 10);
  const w1 = tj.variable(tj.mul(tj.randn([784, 500]), 0.03)),
    b1 = tj.variable(tj.zeros([500]));
  const w2 = tj.variable(tj.mul(tj.randn([500, 10]), 0.04)),
    b2 = tj.variable(tj.zeros([10]));
  const params = [w1, b1, w2, b2];
  const opt = tj.optim.sgd(params, { lr: 0.01, momentum: 0.9, allReduce: true });
  const native = tj.backends().find((b) => b.name === 'native')?.available === true;
  const step = tj.jit(
    (xs: Tensor, ys: Tensor) => {
      const logits = tj.add(tj.matmul(tj.tanh(tj.add(tj.matmul(xs, w1), b1)), w2), b2);
      const [loss, grads] = tj.valueAndGrad(() => tj.softmaxCrossEntropy(logits, ys), { wrt: params })();
      opt.step(grads);
      return loss;
    },
    { backend: native ? 'native' : 'js', hot: 0, async: false },
  );
  for (let i = 0; i < 5; i++) step(x, y);
  const n = quick ? 10 : 40;
  const rounds: number[] = [];
  for (let r = 0; r < 5; r++) {
    tj.distributed.barrier();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) step(x, y);
    rounds.push((performance.now() - t0) / n);
  }
  rounds.sort((a, b) => a - b);
  // The slowest process's median: the step's time is the group's.
  const ms = tj.distributed.allReduce(tj.tensor([rounds[2]], { dtype: 'float64' }), 'max').item() as number;
  return { ms, tier: native ? 'native' : 'js' };
}

/** Per size: microseconds per all-reduce through tensorjit's layer and through the C loop. */
function bandwidth(): { bytes: number; ours: number; raw: number }[] {
  const out: { bytes: number; ours: number; raw: number }[] = [];
  for (let bytes = 4096; bytes <= 16 << 20; bytes *= 4) {
    const count = bytes / 4;
    const iters = Math.max(quick ? 3 : 10, Math.min(1000, Math.floor(((quick ? 2 : 8) * 2 ** 20) / bytes) * 10));
    const raw = rawAllReduceSeconds(count, Math.ceil(iters / 10), iters)! * 1e6;
    const t = tj.ones([count]);
    for (let i = 0; i < Math.ceil(iters / 10); i++) tj.distributed.allReduce(t);
    tj.distributed.barrier();
    const t0 = performance.now();
    for (let i = 0; i < iters; i++) tj.distributed.allReduce(t);
    const mine = ((performance.now() - t0) * 1000) / iters;
    const ours = tj.distributed.allReduce(tj.tensor([mine], { dtype: 'float64' }), 'max').item() as number;
    out.push({ bytes, ours, raw });
  }
  return out;
}

const mode = process.argv[2];
if (mode === '--child') {
  const r = stepTime();
  const bw = process.argv[3] === 'bandwidth' ? bandwidth() : [];
  if (tj.distributed.rank() === 0) process.stdout.write(`RESULT ${JSON.stringify({ ...r, bw })}\n`);
} else {
  const env = { ...process.env, ...ONE_THREAD, OMPI_ALLOW_RUN_AS_ROOT: '1', OMPI_ALLOW_RUN_AS_ROOT_CONFIRM: '1' };
  const flags = quick ? ['--quick'] : [];
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { env, encoding: 'utf8', timeout: 600_000 });
    const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
    return JSON.parse(line.slice(7)) as {
      ms: number;
      tier: string;
      bw: { bytes: number; ours: number; raw: number }[];
    };
  };
  const node = [process.execPath, '--import', 'tsx', SELF];
  const one = run(node[0], [...node.slice(1), '--child', 'step', ...flags]);
  const two = run('mpirun', ['--oversubscribe', '-np', '2', ...node, '--child', 'bandwidth', ...flags]);
  console.log(
    `MNIST MLP step (784-500-10, SGD momentum, global batch 128, ${one.tier} tier, one thread per process):\n`,
  );
  console.log('| processes | rows each | ms per step | examples/s | scaling |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [n, r] of [
    [1, one],
    [2, two],
  ] as const)
    console.log(
      `| ${n} | ${128 / n} | ${r.ms.toFixed(2)} | ${((128 / r.ms) * 1000).toFixed(0)} | ${(one.ms / r.ms).toFixed(2)}x |`,
    );
  console.log(
    '\nAll-reduce (float32 sum) on 2 processes: tensorjit against MPI_Allreduce in C (osu_allreduce loop):\n',
  );
  console.log('| size | tensorjit µs | raw MPI µs | tensorjit GB/s | raw MPI GB/s | overhead |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const fmtBytes = (b: number) => (b >= 1 << 20 ? `${b >> 20} MB` : `${b >> 10} KB`);
  for (const { bytes, ours, raw } of two.bw)
    console.log(
      `| ${fmtBytes(bytes)} | ${ours.toFixed(1)} | ${raw.toFixed(1)} | ${(bytes / ours / 1000).toFixed(2)} | ${(bytes / raw / 1000).toFixed(2)} | ${(ours / raw).toFixed(2)}x |`,
    );
}
