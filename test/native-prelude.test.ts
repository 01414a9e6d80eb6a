// The precompiled prelude of generated native code and tj_rows.c's object (jit/backends/native/toolchain.ts): built once into a fresh cache, taken by gcc for a unit compiled with the generated code's flags, and libraries built with them load and run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import koffi from 'koffi';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  buildPrecompiledPrelude,
  CC_FLAGS,
  cCompiler,
  compileLibraryCached,
  forgetProbes,
  libraryFile,
  OPT_LEVEL,
  precompiledPrelude,
  prebuiltRows,
} from '../jit/backends/native/toolchain.js';

const cc = cCompiler();
const gcc = cc.available && !/clang/i.test(cc.version);
const callerCacheDir = process.env.TENSORJIT_CACHE_DIR;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-prelude-'));

test.after(() => {
  if (callerCacheDir === undefined) delete process.env.TENSORJIT_CACHE_DIR;
  else process.env.TENSORJIT_CACHE_DIR = callerCacheDir;
  forgetProbes();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('gcc: built once into the cache, taken for a generated unit, and the library it builds runs', () => {
  if (!gcc) return console.log(`  (skipped: ${cc.available ? cc.version : cc.reason}; the prelude is gcc's)`);
  process.env.TENSORJIT_CACHE_DIR = dir;
  forgetProbes();
  assert.is(precompiledPrelude(), undefined, 'none in an empty cache');
  buildPrecompiledPrelude();
  assert.is(precompiledPrelude(), undefined, 'none without the libraries folder (the kernel library makes it)');
  fs.mkdirSync(path.join(dir, 'lib'));
  buildPrecompiledPrelude();
  const prelude = precompiledPrelude();
  assert.ok(prelude?.startsWith(path.join(dir, 'lib')), String(prelude));
  assert.ok(fs.existsSync(`${prelude}.gch`));
  // gcc -H marks a precompiled header it uses with '!'.
  const src = path.join(dir, 'unit.c');
  fs.writeFileSync(src, '#include <stdint.h>\n#include "tj_scalar.h"\nint32_t tj_probe(int32_t x) { return x + 1; }\n');
  const c = cCompiler();
  if (!c.available) throw new Error('unreachable');
  const flags = [...OPT_LEVEL.generated, ...CC_FLAGS, ...c.openmp, '-include', prelude!];
  const r = spawnSync(c.command, [...flags, '-H', '-c', src, '-o', path.join(dir, 'unit.o')], { encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.ok(r.stderr.startsWith(`! ${prelude}.gch`), r.stderr.split('\n')[0]);
  const { key, bytes, cached } = compileLibraryCached(
    '#include <stdint.h>\n#include "tj_host.h"\n__attribute__((visibility("default"))) int tj_twice(int x) { return 2 * x; }\n',
    [],
    'generated',
    'a test library',
  );
  assert.is(cached, false);
  const twice = koffi.load(libraryFile(key, bytes)).func('int tj_twice(int)') as (x: number) => number;
  assert.is(twice(21), 42);
});

/** A library whose exported function runs one step through tj_run_rows (tj_rows.c), as generated entries do. */
const ROWS_LIBRARY = `#include <stdint.h>
#include "tj_host.h"
static void add_one(uint8_t* const* addr, int part, int parts, uint8_t* sc) {
  (void)part; (void)parts; (void)sc;
  ((int32_t*)addr[0])[0] += 1;
}
static const tj_row rows[1] = {{add_one, 0.0, -1}};
__attribute__((visibility("default"))) int tj_bump(int x) {
  int32_t v = x;
  uint8_t* addr[1] = {(uint8_t*)&v};
  tj_run_rows(rows, 1, addr, 0, 0, 1, 0, 0);
  return v;
}
`;

test('tj_rows.c: its object is built once beside the prelude and linked into generated libraries; without it, its source is compiled with them', () => {
  if (!cc.available) return console.log(`  (skipped: ${cc.reason})`);
  for (const prebuilt of [true, false]) {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-rows-'));
    process.env.TENSORJIT_CACHE_DIR = cache;
    forgetProbes();
    fs.mkdirSync(path.join(cache, 'lib'));
    if (prebuilt) {
      buildPrecompiledPrelude();
      const object = prebuiltRows();
      assert.ok(object?.startsWith(path.join(cache, 'lib')) && fs.existsSync(object), String(object));
    } else assert.is(prebuiltRows(), undefined, 'none in a cache where it was not built');
    const { key, bytes } = compileLibraryCached(ROWS_LIBRARY, [], 'generated', 'a test library');
    const bump = koffi.load(libraryFile(key, bytes)).func('int tj_bump(int)') as (x: number) => number;
    assert.is(bump(41), 42, prebuilt ? 'with the prebuilt object' : 'with the source compiled in');
    fs.rmSync(cache, { recursive: true, force: true });
  }
});

test.run();
