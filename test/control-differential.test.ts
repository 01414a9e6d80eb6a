// Differential testing of loop and branch bodies: the random programs of test/differential (every
// op family, every dtype) become the body of a scan (the program's first input is the carry, the
// others are scanned over; the new carry mixes the first output back in, every output is a y) and
// the branches of a cond, run eagerly and under jit on each available tier, and compared. A body
// compiles as a loop, so this checks the loop machinery of each tier against the eager loop.
//
// Environment: TENSORJIT_CONTROL_DIFF_RUNS=N programs on the JS tier (default 60; N/3 on the WASM
// and native tiers, 10 to a compile), TENSORJIT_CONTROL_DIFF_SEED=S (default 5).
import fc from 'fast-check';
import { test } from 'uvu';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { compareOutput, describe, type Backend } from './differential/check.js';
import { makeInputs, programArb, runProgram, type Program } from './differential/program.js';

const RUNS = Number(process.env.TENSORJIT_CONTROL_DIFF_RUNS || 60);
const SEED = Number(process.env.TENSORJIT_CONTROL_DIFF_SEED || 5);
const BATCH = 10;

/** The carry after a step: the old one plus (a scalar summary of) the body's first output. */
function mix(c: Tensor, o: Tensor): Tensor {
  const s = tj.sum(o.astype('float64'));
  if (c.dtype === 'bool') return tj.notEqual(c, s.greater(0));
  if (c.dtype === 'int32') return tj.add(c, tj.clip(s, -1000, 1000).astype('int32'));
  return tj.add(c, tj.tanh(s).astype(c.dtype));
}

/** The scan of program p over `length` steps: the carry is input 0, the other inputs are stacked. */
function scanned(p: Program, length: number) {
  return (...xs: Tensor[]) => {
    const stacked = xs.slice(1).map((x) =>
      tj.stack(
        Array.from({ length }, (_, t) => (t % 2 ? x : x)),
        0,
      ),
    );
    const seq = xs.slice(1).map((x, i) => (length === 0 ? tj.zeros([0, ...x.shape], x.dtype) : stacked[i]));
    const [c, ys] = tj.scan(
      (carry: Tensor, sl: Tensor[]) => {
        const outs = runProgram(p, [carry, ...sl]);
        return [mix(carry, outs[0]), outs] as const;
      },
      xs[0],
      seq,
      { length },
    );
    return [c, ...ys];
  };
}

/** A cond on the sign of input 0's sum between the program and the program on negated floats. */
function branched(p: Program) {
  return (...xs: Tensor[]) => {
    const pred = tj.sum(xs[0].astype('float64')).greater(0);
    const neg = (t: Tensor) => (t.dtype === 'float32' || t.dtype === 'float64' ? t.neg() : t);
    return tj.cond(
      pred,
      (...a: Tensor[]) => runProgram(p, a),
      (...a: Tensor[]) => runProgram(p, a.map(neg)),
      ...xs,
    );
  };
}

interface Case {
  p: Program;
  fn: (...xs: Tensor[]) => Tensor[];
  what: string;
}

const cases = (seed: number, runs: number): Case[] =>
  fc.sample(programArb({ maxSteps: 6 }), { seed, numRuns: runs }).flatMap((p, i) => [
    { p, fn: scanned(p, [3, 1, 0][i % 3]), what: `scan of length ${[3, 1, 0][i % 3]}` },
    { p, fn: branched(p), what: 'cond' },
  ]);

/** Eager results, or undefined where eager throws or gives non-finite floats (not compared). */
function eagerOf(c: Case, xs: Tensor[]): Tensor[] | undefined {
  let out: Tensor[];
  try {
    out = c.fn(...xs);
  } catch {
    return undefined;
  }
  const finite = out.every(
    (t) => t.dtype === 'int32' || t.dtype === 'bool' || (t.data() as Float32Array).every(Number.isFinite),
  );
  return finite && !c.p.stabilizable ? out : undefined;
}

function compare(c: Case, got: Tensor[], want: Tensor[]): string | undefined {
  let scale = 1;
  for (const t of want)
    if (t.dtype === 'float32' || t.dtype === 'float64')
      for (const v of t.data() as Float32Array) scale = Math.max(scale, Math.abs(v));
  for (let k = 0; k < want.length; k++) {
    const why = compareOutput(got[k], want[k], undefined, scale * 10, false, undefined, true);
    if (why) return `${c.what}, output ${k}: ${why}\n${describe(c.p)}`;
  }
  return undefined;
}

/** The cases on a tier, `batch` to one jitted function (one compile). */
function check(backend: Backend, seed: number, runs: number, batch: number): void {
  const all = cases(seed, runs);
  for (let start = 0; start < all.length; start += batch) {
    const group = all.slice(start, start + batch);
    const live = group.flatMap((c) => {
      const xs = makeInputs(c.p);
      const want = eagerOf(c, xs);
      return want ? [{ c, xs, want }] : [];
    });
    if (live.length === 0) continue;
    const f = tj.jit((...groups: Tensor[][]) => groups.map((xs, k) => live[k].c.fn(...xs)), {
      hot: 0,
      async: false,
      backend,
    });
    const outs = f(...live.map((l) => l.xs));
    if (f.stats.tier !== backend) throw new Error(`the batch ran on tier ${f.stats.tier}, not ${backend}`);
    live.forEach((l, k) => {
      const why = compare(l.c, outs[k], l.want);
      if (why) throw new Error(`${backend} tier differs from eager (seed ${seed}): ${why}`);
    });
  }
}

const available = (name: Backend) => tj.backends().some((b) => b.name === name && b.available);

test(`js tier: ${RUNS} random bodies in scans and conds match eager`, () => {
  check('js', SEED, RUNS, 1);
});

for (const backend of ['wasm', 'native'] as const)
  test(`${backend} tier: ${Math.ceil(RUNS / 3)} random bodies in scans and conds match eager (${BATCH} to a compile)`, () => {
    if (!available(backend)) {
      console.log(`  skipped (${backend}): ${tj.backends().find((b) => b.name === backend)?.reason}`);
      return;
    }
    check(backend, SEED + 1, Math.ceil(RUNS / 3), BATCH);
  });

test.run();
