// The CUDA tier against eager: every op of the jit table (test/jit-table.ts) compiled for 'cuda',
// many rows to a compile, each row's results compared; on the test double in CI (kernels run as
// host C++ by a fake driver, test/cuda-target.ts, and the same source compiled to PTX by nvcc or
// clang), on the GPU under `npm run test:gpu`. Also what backends() says of CUDA, and 'auto'
// leaving it out.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { compilePtx } from './cuda-double/build.js';
import { onGpu, useCudaTarget } from './cuda-target.js';
import { checkCompiledCases, JIT_OPS, rows, tableCases } from './jit-table.js';

useCudaTarget(test);

const C = <F extends (...a: any[]) => unknown>(f: F) => tj.jit(f, { hot: 0, async: false, backend: 'cuda' });

const CASES = tableCases();
const CHUNK = 40;

test('the CUDA table covers every op of API.md and every dtype of each op', () => {
  const ops = new Set(CASES.map((c) => rows[c.row].op));
  assert.equal(
    JIT_OPS.filter((op) => !ops.has(op)),
    [],
  );
});

/** Off the GPU the kernels run as host C++: the same source must also compile to PTX. */
function checkPtx(f: { lower(...a: unknown[]): { source: string } }, ins: Tensor[][]): void {
  if (onGpu) return;
  const { source } = f.lower(...ins);
  const ptx = source ? compilePtx(source) : { skip: 'no generated kernels' };
  if ('skip' in ptx) console.log(`  PTX not checked: ${ptx.skip}`);
}

for (let start = 0; start < CASES.length; start += CHUNK) {
  const cases = CASES.slice(start, start + CHUNK);
  test(`cuda table: cases ${start}-${start + cases.length - 1} of ${CASES.length} in one compile`, () =>
    checkCompiledCases(C, 'cuda', cases, checkPtx));
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
