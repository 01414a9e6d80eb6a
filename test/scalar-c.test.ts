// The primitive table's C expressions agree with its JS kernels: every elementwise primitive and
// dtype is compiled with the system C compiler against native/tj_scalar.h and compared.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allocate, DTYPES, type DType } from '../runtime/dtype.js';
import {
  BINARY,
  primitives,
  primitiveNames,
  type Arr,
  type ElementwisePrim,
  type ElementwiseRule,
  type Prim,
} from '../runtime/primitives/index.js';
import { scalarC } from '../jit/render/scalar-c.js';

const nativeDir = fileURLToPath(new URL('../native/', import.meta.url));
const cc = ['cc', 'gcc', 'clang'].find((c) => spawnSync(c, ['--version']).status === 0);

const VALUES: Record<DType, number[]> = {
  float32: [0, -0, 0.5, -0.5, 1, -1, -1.5, 2.5, 3, -7.25, 100, -100, 1e-3, 1e30, -1e30, NaN, Infinity, -Infinity],
  float64: [0, -0, 0.5, -0.5, 1, -1, -1.5, 2.5, 3, -7.25, 100, -100, 1e-3, 1e300, -1e300, NaN, Infinity, -Infinity],
  int32: [0, 1, -1, 2, -3, 7, 100, -100, 2147483647, -2147483648, 65536, 46341],
  bool: [0, 1],
};
const C_TYPE: Record<DType, string> = { float32: 'float', float64: 'double', int32: 'int32_t', bool: 'uint8_t' };

interface Case {
  label: string;
  inputs: Arr[];
  outDtype: DType;
  expected: ArrayLike<number>;
  expr: string;
}

function arr(dtype: DType, values: number[]): Arr {
  const buf = allocate(dtype, values.length);
  buf.set(values);
  return { shape: [values.length], dtype, buf };
}

/** Every input tuple of one dtype (all pairs for binary ops), as columns. */
function columns(arity: number, dtype: DType): number[][] {
  const v = VALUES[dtype];
  if (arity === 1) return [v];
  const a: number[] = [],
    b: number[] = [];
  for (const x of v)
    for (const y of v) {
      a.push(x);
      b.push(y);
    }
  return arity === 2 ? [a, b] : [a.map((_, i) => i % 2), a, b]; // where: alternate the condition
}

function buildCases(): Case[] {
  const out: Case[] = [];
  for (const prim of primitiveNames) {
    const rule = primitives[prim] as ElementwiseRule<Prim>;
    if (rule.kind !== 'elementwise') continue;
    const arity = prim === 'where' ? 3 : (BINARY as readonly string[]).includes(prim) ? 2 : 1;
    const paramSets: object[] = prim === 'cast' ? DTYPES.map((dtype) => ({ dtype })) : [{}];
    for (const inDtype of DTYPES) {
      for (const params of paramSets) {
        const inputs = columns(arity, inDtype).map((c, i) => arr(prim === 'where' && i === 0 ? 'bool' : inDtype, c));
        let outDtype: DType;
        try {
          outDtype = rule.infer(inputs, params as never).dtype;
        } catch {
          continue;
        } // a dtype this primitive does not take
        const expected = rule.impl(inputs, params as never, { shape: inputs[0].shape, dtype: outDtype });
        out.push({
          label: `${prim}(${inDtype}${'dtype' in params ? ` -> ${outDtype}` : ''})`,
          inputs,
          outDtype,
          expected,
          expr: scalarC(prim as ElementwisePrim, inDtype, outDtype),
        });
      }
    }
  }
  return out;
}

function cLiteral(v: number, dtype: DType): string {
  if (Number.isNaN(v)) return 'NAN';
  if (v === Infinity) return 'INFINITY';
  if (v === -Infinity) return '-INFINITY';
  if (Object.is(v, -0)) return '-0.0';
  if (dtype === 'int32') return v === -2147483648 ? '(-2147483647 - 1)' : String(v);
  return v.toPrecision(17);
}

function program(cases: Case[]): string {
  const names = ['a', 'b', 'c'];
  const blocks = cases.map((k, n) => {
    const decls = k.inputs
      .map(
        (x, i) =>
          `static const ${C_TYPE[x.dtype]} in${n}_${i}[] = {${Array.from(x.buf, (v) => cLiteral(v, x.dtype)).join(', ')}};`,
      )
      .join('\n');
    const reads = k.inputs.map((x, i) => `${C_TYPE[x.dtype]} ${names[i]} = in${n}_${i}[i];`).join(' ');
    const print = k.outDtype === 'float32' || k.outDtype === 'float64' ? 'put((double)r);' : 'printf("%d\\n", (int)r);';
    return `${decls}\nfor (int i = 0; i < ${k.inputs[0].buf.length}; i++) { ${reads} ${C_TYPE[k.outDtype]} r = (${k.expr}); ${print} }`;
  });
  return `#include <stdio.h>\n#include "tj_scalar.h"\n
static void put(double v) {
  if (v != v) puts("nan"); else if (isinf(v)) puts(v > 0 ? "Infinity" : "-Infinity"); else printf("%.17g\\n", v);
}
int main(void) {\n${blocks.join('\n')}\nreturn 0;\n}\n`;
}

function close(got: number, want: number, dtype: DType): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got);
  if (got === want) return true;
  if (dtype !== 'float32' && dtype !== 'float64') return false;
  // libm and V8 may differ by an ulp or two in transcendental functions.
  const tol = dtype === 'float32' ? 4e-7 : 1e-15;
  return Math.abs(got - want) <= tol * Math.max(Math.abs(want), 1e-300) * 4;
}

test('C expressions of every elementwise primitive match the JS kernels', () => {
  if (!cc) {
    console.log('  skipped: no C compiler (cc, gcc or clang) on PATH');
    return;
  }
  const cases = buildCases();
  assert.ok(cases.length > 80, `${cases.length} cases`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-scalar-c-'));
  try {
    fs.writeFileSync(path.join(dir, 'check.c'), program(cases));
    const exe = path.join(dir, 'check');
    const build = spawnSync(
      cc,
      ['-O1', '-fno-fast-math', '-I', nativeDir, '-o', exe, path.join(dir, 'check.c'), '-lm'],
      { encoding: 'utf8' },
    );
    assert.is(build.status, 0, build.stderr);
    const run = spawnSync(exe, { encoding: 'utf8', maxBuffer: 64 << 20 });
    assert.is(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    let at = 0;
    const failures: string[] = [];
    for (const k of cases) {
      for (let i = 0; i < k.expected.length; i++, at++) {
        const got = lines[at] === 'nan' ? NaN : Number(lines[at]);
        const want = k.expected[i];
        if (!close(got, want, k.outDtype)) {
          failures.push(
            `${k.label} at inputs (${k.inputs.map((x) => x.buf[i]).join(', ')}): C gives ${got}, JS gives ${want}`,
          );
        }
      }
    }
    assert.is(at, lines.length);
    assert.equal(failures.slice(0, 20), []);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
