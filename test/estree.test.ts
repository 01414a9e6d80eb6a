// The JS tier parses its scalar expression templates itself (jit/estree.ts parseTemplate, so the
// code generator does not load acorn): every template of the table, and a few forms beyond them,
// must parse to the tree acorn gives (source positions aside).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseExpressionAt } from 'acorn';
import type { DType } from '../runtime/dtype.js';
import { SCALAR_JS } from '../runtime/kernels/scalar-js.js';
import type { ElementwisePrim } from '../runtime/primitives/index.js';
import { parseTemplate } from '../jit/estree.js';

const DTYPES: DType[] = ['bool', 'int32', 'float32', 'float64'];

/** acorn's tree without source positions. */
function acornTree(source: string): unknown {
  const strip = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(strip);
    if (n === null || typeof n !== 'object') return n;
    return Object.fromEntries(
      Object.entries(n)
        .filter(([k]) => k !== 'start' && k !== 'end')
        .map(([k, v]) => [k, strip(v)]),
    );
  };
  return strip(parseExpressionAt(source, 0, { ecmaVersion: 'latest' }));
}

test('every scalar template parses as acorn parses it', () => {
  const templates = new Set<string>();
  for (const op of Object.keys(SCALAR_JS) as ElementwisePrim[])
    for (const from of DTYPES)
      for (const to of DTYPES) {
        try {
          templates.add(SCALAR_JS[op](from, to));
        } catch {
          /* no expression for this dtype */
        }
      }
  assert.ok(templates.size > 40, `${templates.size} templates`);
  for (const t of templates) assert.equal(parseTemplate(t), acornTree(t), t);
});

test('precedence, associativity and the forms beyond the table parse as acorn parses them', () => {
  for (const t of [
    'a + b * c - d / e % f',
    'a - b - c',
    'a - (b - c)',
    'a ** b ** c',
    '!a && b || c && ~d',
    'a | b ^ c & d',
    'a << 1 >> 2 >>> 3',
    'a == b != c === d !== e',
    'a ? b : c ? d : e',
    '(a ? b : c) ? d : e',
    '-a.b(c)(d, e).f',
    '+-a',
    'H.f()',
    '1.5e-3 + .25 + 2. + 7E+2',
    'true ? null : false',
    '  ( a )  ',
  ])
    assert.equal(parseTemplate(t), acornTree(t), t);
});

test('what it does not parse, it says', () => {
  for (const t of ['a +', 'a b', '(a', 'a[0]', 'a = b', '"s"', 'a => a', ''])
    assert.throws(() => parseTemplate(t), /scalar template/, t);
});

test.run();
