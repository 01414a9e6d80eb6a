// The CUDA tier against eager: every op of the jit table (test/jit-table.ts) compiled for 'cuda',
// many rows to a compile, each row's results compared; on the test double in CI (kernels run as
// host C++ by a fake driver, test/cuda-target.ts, and the same source compiled to PTX by nvcc or
// clang), on the GPU under `npm run test:gpu`. Also what
// backends() says of CUDA, 'auto' leaving it out, and the driver's errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withJsKernels } from '../runtime/eager-kernels.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { compilePtx } from './cuda-double/build.js';
import { onGpu, useCudaTarget } from './cuda-target.js';
import {
  checkUnchanged,
  compareTrees,
  JIT_OPS,
  rowInputs,
  rows,
  snapshot,
  tableCases,
  type TableCase,
} from './jit-table.js';

useCudaTarget(test);

const C = <F extends (...a: any[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false, backend: 'cuda' });

type Case = TableCase;
const CASES = tableCases();
const CHUNK = 40;
const caseName = (c: Case) => `${rows[c.row].label ?? rows[c.row].op} [${c.dtype}]`;

test('the CUDA table covers every op of API.md and every dtype of each op', () => {
  const ops = new Set(CASES.map((c) => rows[c.row].op));
  assert.equal(
    JIT_OPS.filter((op) => !ops.has(op)),
    [],
  );
});

/** Each case compiled alone: those that do not run on cuda, and why. */
function loneFailures(cases: Case[]): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    try {
      const f = C((...xs: Tensor[]) => rows[c.row].run(...xs));
      f(...rowInputs(c.row, c.dtype));
      if (f.stats.tier !== 'cuda') failures.push(`${caseName(c)}: ran on ${f.stats.tier}`);
    } catch (e) {
      failures.push(`${caseName(c)}: throws: ${(e as Error).message.slice(0, 2000)}`);
    }
  }
  return failures;
}

function checkCases(cases: Case[]): void {
  const ins = cases.map((c) => rowInputs(c.row, c.dtype));
  const before = snapshot(ins);
  const eager = withJsKernels(() => cases.map((c, k) => rows[c.row].run(...ins[k])));
  const f = C((...groups: Tensor[][]) => groups.map((xs, k) => rows[cases[k].row].run(...xs)));
  let out: unknown[];
  try {
    out = f(...ins);
  } catch (e) {
    const lone = loneFailures(cases);
    assert.unreachable(
      `the compiled cases throw: ${(e as Error).message.slice(0, 3000)}\nalone: ${lone.join('\n') || 'all run'}`,
    );
    return;
  }
  assert.is(f.stats.tier, 'cuda');
  // Off the GPU the kernels ran as host C++: the same source must also compile to PTX.
  if (!onGpu) {
    const { source } = f.lower(...ins);
    const ptx = source ? compilePtx(source) : { skip: 'no generated kernels' };
    if ('skip' in ptx) console.log(`  PTX not checked: ${ptx.skip}`);
  }
  const failures: string[] = [];
  const compare = (what: string, got: unknown[]) =>
    cases.forEach((c, k) => {
      try {
        compareTrees(`${caseName(c)}${what}`, got[k], eager[k]);
      } catch (e) {
        failures.push((e as Error).message);
      }
    });
  compare('', out);
  checkUnchanged('inputs after the compiled call', ins, before);
  const again = f(...ins);
  compare(' (second call)', again);
  compare(' (first result after the second call)', out);
  assert.equal(failures, [], `${failures.length} differ:\n${failures.join('\n')}`);
}

for (let start = 0; start < CASES.length; start += CHUNK) {
  const cases = CASES.slice(start, start + CHUNK);
  test(`cuda table: cases ${start}-${start + cases.length - 1} of ${CASES.length} in one compile`, () =>
    checkCases(cases));
}

test("backends() names CUDA's compiler and GPU; 'auto' never moves to it", () => {
  const b = tj.backends().find((x) => x.name === 'cuda')!;
  // backends() is asked once per process: on the double it may have been asked before the double was on.
  if (onGpu) {
    assert.ok(b.available, b.reason);
    assert.match(b.detail ?? '', /sm_\d+/);
  }
  const f = tj.jit((x: Tensor) => tj.exp(x), { hot: 0, async: false });
  f(tj.tensor([1, 2]));
  assert.is.not(f.stats.tier, 'cuda');
});

test.run();
