// The primitive table: one complete record per primitive, and every op dispatching through bind().
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  isElementwisePrim,
  primitives,
  primitiveNames,
  type ElementwisePrim,
  type Prim,
} from '../runtime/primitives/index.js';
import { scalarC } from '../jit/render/scalar-c.js';
import { scalarJs } from '../jit/render/scalar-js.js';
import { withInterpreter, eager, type Interpreter } from '../src/dispatch.js';
import * as tj from '../src/index.js';

test('every record is named by its key, versioned, and has inference and a kernel', () => {
  // The set stays small: ops are written with these where they can be.
  assert.ok(primitiveNames.length >= 40 && primitiveNames.length <= 75, `${primitiveNames.length} primitives`);
  for (const name of primitiveNames) {
    const r = primitives[name];
    assert.is(r.name, name);
    assert.ok(Number.isInteger(r.version) && r.version >= 1, `${name} version`);
    assert.type(r.infer, 'function');
    assert.type(r.impl, 'function');
  }
});

test('isElementwisePrim names exactly the records of kind elementwise (fusion asks it, not the table)', () => {
  for (const name of primitiveNames) assert.is(isElementwisePrim(name), primitives[name].kind === 'elementwise', name);
  for (const op of ['input', 'const', 'proj']) assert.not.ok(isElementwisePrim(op), op);
});

test("every elementwise primitive has a JS and a C expression (the renderers' tables)", () => {
  for (const name of primitiveNames) {
    const r = primitives[name];
    if (r.kind !== 'elementwise') continue;
    const op = name as ElementwisePrim;
    const probe = name === 'logicalNot' || name === 'logicalAnd' || name === 'logicalOr' ? 'bool' : 'float32';
    const out = ['equal', 'notEqual', 'less', 'lessEqual', 'greater', 'greaterEqual', 'isnan', 'isfinite'].includes(
      name,
    )
      ? 'bool'
      : probe;
    assert.ok(scalarJs(op, probe, out).length > 0 && scalarC(op, probe, out).length > 0, name);
  }
});

/** Records every primitive reached while `fn` runs, then runs it eagerly. */
function primsUsedBy(fn: () => unknown): Set<Prim> {
  const seen = new Set<Prim>();
  const spy: Interpreter = {
    apply(prim, inputs, params) {
      seen.add(prim);
      return eager.apply(prim, inputs, params);
    },
  };
  withInterpreter(spy, fn);
  return seen;
}

test('public ops reach kernels only through bind()', () => {
  const x = tj.tensor([
    [1, -2],
    [3, 4],
  ]);
  const cases: [string, () => unknown, Prim[]][] = [
    ['add', () => tj.add(x, 1), ['add']],
    ['softmax', () => tj.softmax(x), ['reduceMax', 'sub', 'exp', 'reduceSum', 'div']],
    ['matmul', () => tj.matmul(x, x), ['matmul']],
    ['take', () => tj.take(x, [1, 0], 1), ['gather']],
    ['conv2d', () => tj.conv2d(tj.ones([1, 1, 3, 3]), tj.ones([1, 1, 2, 2])), ['conv2d']],
    ['rand', () => tj.rand([2]), ['randomUniform']],
  ];
  for (const [name, fn, expected] of cases) {
    const seen = primsUsedBy(fn);
    for (const p of expected) assert.ok(seen.has(p), `${name} should bind ${p}; saw ${[...seen].join(', ')}`);
  }
});

test.run();
