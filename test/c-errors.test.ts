// C that compiles to something other than what it says (an implicit int, an undeclared function, a
// pointer made an int) is a compile error on the WASM and native tiers (jit/c-flags.ts), not a
// warning nobody reads: once, a declaration missing its type made a kernel write zeros.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cCompiler, compileLibraryCached, forgetProbes } from '../jit/backends/native/toolchain.js';
import { CompileError, compileC, toolchain } from '../jit/emcc.js';

const BAD: { what: string; source: string; diagnostic: RegExp }[] = [
  {
    what: 'a declaration without its type',
    source: 'double f(double x) {\n  const y = x * 0.5;\n  return y;\n}\n',
    diagnostic: /implicit-int|type specifier missing|defaults to .int./,
  },
  {
    what: 'a call of an undeclared function',
    source: 'double f(double x) {\n  return tj_nowhere(x);\n}\n',
    diagnostic: /implicit-function-declaration|implicit declaration/,
  },
  {
    what: 'a pointer returned as an int',
    source: 'int f(int* p) {\n  return p;\n}\n',
    diagnostic: /int-conversion|makes integer from pointer/,
  },
];

/** The message `compile` throws with (it must throw a CompileError). */
function compileFailure(compile: () => unknown): string {
  try {
    compile();
  } catch (e) {
    assert.instance(e, CompileError);
    return (e as Error).message;
  }
  assert.unreachable('compiled without an error');
  return '';
}

const savedCache = process.env.TENSORJIT_CACHE_DIR;
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-c-errors-'));
test.before(() => {
  process.env.TENSORJIT_CACHE_DIR = cache; // nothing of these reaches the shared cache
  forgetProbes();
});
test.after(() => {
  if (savedCache === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = savedCache;
  forgetProbes();
  fs.rmSync(cache, { recursive: true, force: true });
});

for (const { what, source, diagnostic } of BAD) {
  test(`WASM: ${what} is a compile error`, () => {
    const tc = toolchain();
    if (!tc.available) return console.log(`  skipped: ${tc.reason}`);
    assert.match(
      compileFailure(() => compileC(source, ['f'])),
      diagnostic,
    );
  });
  test(`native: ${what} is a compile error`, () => {
    const cc = cCompiler();
    if (!cc.available) return console.log(`  skipped: ${cc.reason}`);
    assert.match(
      compileFailure(() => compileLibraryCached(source, [], 'generated', 'a test library')),
      diagnostic,
    );
  });
}

test.run();
