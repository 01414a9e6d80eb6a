// The generated C and JS of the benchmark workloads and a handful of op graphs, byte for byte as
// test/golden/ keeps them: refactoring a code generator must not change its output. An intended
// change is recorded with `npx tsx test/golden/update.ts`.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CFamilyRenderer } from '../jit/render/c-family.js';
import { schedule } from '../jit/schedule.js';
import { trace } from '../jit/tracer.js';
import * as tj from '../src/index.js';
import { generateGolden, goldenFiles, readGolden } from './golden/cases.js';

const goldens = generateGolden();

for (const g of goldens) {
  test(`golden: ${g.name}`, () => {
    for (const [file, text] of goldenFiles(g)) {
      const want = readGolden(file);
      assert.ok(want !== undefined, `test/golden/${file} is missing (npx tsx test/golden/update.ts writes it)`);
      if (text !== want) {
        const a = text.split('\n'),
          b = want!.split('\n');
        const line = a.findIndex((l, i) => l !== b[i]);
        assert.unreachable(
          `test/golden/${file} differs from the generated text at line ${line + 1}:\n  golden:    ${b[line]}\n  generated: ${a[line]}\n(npx tsx test/golden/update.ts records an intended change)`,
        );
      }
    }
  });
}

test('the C-family base renders a dialect without vector forms: scalar loops only, its own prelude and declarations', () => {
  class HostC extends CFamilyRenderer {
    readonly prelude = ['#include <stdint.h>', '#include "tj_scalar.h"'];
    override declaration(fn: string, params: readonly string[]) {
      return `void ${fn}(${params.join(', ')}) /* host */`;
    }
  }
  const g = trace(
    'chain',
    (a: tj.Tensor, b: tj.Tensor) => tj.tanh(tj.add(tj.mul(a, b), 1)),
    undefined,
    [tj.zeros([64]), tj.zeros([64])],
    () => false,
  ).graph;
  const { plan, loops } = schedule(g);
  const source = new HostC().render(loops);
  assert.is(plan.steps.length, 1);
  assert.ok(source.startsWith('#include <stdint.h>\n#include "tj_scalar.h"\n\nvoid k'), source);
  assert.ok(source.includes('/* host */ {'), source);
  assert.ok(source.includes('for (int i = lo; i < hi; i++) {'), source);
  assert.not.ok(/wasm_|v128/.test(source), source);
  assert.ok(source.includes('tj_tanhf_s('), 'float32 math from native/tj_simd.h, as every dialect rounds it');
});
test.run();
