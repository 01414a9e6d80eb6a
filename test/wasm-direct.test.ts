// The direct WASM route (jit/wasm-direct.ts, jit/emcc.ts): emcc's commands recorded and run without
// emcc, modules that compute what emcc's compute, the precompiled prelude, and emcc taking over
// where the route fails. The parts that need emcc skip, saying why, where it is absent.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { clearMemoryCache, readCache, writeCache } from '../jit/cache.js';
import {
  CompileError,
  compileC,
  directRecipeKey,
  resetDirectRoute,
  EMCC_FLAGS,
  toolchain,
  WASM_OPT,
  wasmKey,
  wasmRoute,
} from '../jit/emcc.js';
import {
  commandsFor,
  decodeRecipe,
  encodeRecipe,
  EXPORT,
  isEmscriptenDriver,
  leadingIncludes,
  OBJ,
  OUT,
  parseStages,
  recipeFrom,
  shellSplit,
  SRC,
  type Recipe,
  withOptimization,
} from '../jit/wasm-direct.js';
import { instantiate, reserve, sharedMemory } from '../runtime/wasm/memory.js';
import * as tj from '../src/index.js';

const tool = process.execPath; // any file that exists stands for a tool in the recipe's own tests

test('emcc printed commands are split as a shell would', () => {
  assert.equal(shellSplit(`"/usr/bin/clang" -o 'a b.o' 'it'"'"'s' x\\ y -DX="1 2"`), [
    '/usr/bin/clang',
    '-o',
    'a b.o',
    "it's",
    'x y',
    '-DX=1 2',
  ]);
  const log = ` "/x/clang" -c a.c -o a.o\nemcc: warning: something\n "wasm-opt" in.wasm -o in.wasm\n`;
  assert.equal(parseStages(log), [
    ['/x/clang', '-c', 'a.c', '-o', 'a.o'],
    ['wasm-opt', 'in.wasm', '-o', 'in.wasm'],
  ]);
});

test('a recipe: the probe files become placeholders, the export one argument per export', () => {
  const probe = { dir: '/p', src: '/p/probe.c', out: '/p/probe.wasm', exportName: 'tj_probe' };
  const commands = [
    [tool, '-O3', '/p/probe.c', '-c', '-o', '/p/tmp/t1/probe_0.o'],
    [
      'linker',
      '-o',
      '/p/probe.wasm',
      '/p/tmp/t1/probe_0.o',
      '--export-if-defined=tj_probe',
      '--export-if-defined=free',
    ],
    [tool, '/p/probe.wasm', '-o', '/p/probe.wasm'],
  ];
  const recipe = recipeFrom(commands, probe, (name) => (name === 'linker' ? tool : undefined));
  assert.equal(recipe, {
    ok: true,
    steps: [
      { tool, args: ['-O3', SRC, '-c', '-o', OBJ] },
      { tool, args: ['-o', OUT, OBJ, `--export-if-defined=${EXPORT}`, '--export-if-defined=free'] },
      { tool, args: [OUT, '-o', OUT] },
    ],
  });
  if (!recipe.ok) return;
  const files = { src: '/w/k.c', obj: '/w/k.o', out: '/w/k.wasm' };
  assert.equal(
    commandsFor(recipe.steps, files, ['f', 'g']).map((c) => c.args),
    [
      ['-O3', '/w/k.c', '-c', '-o', '/w/k.o'],
      ['-o', '/w/k.wasm', '/w/k.o', '--export-if-defined=f', '--export-if-defined=g', '--export-if-defined=free'],
      ['/w/k.wasm', '-o', '/w/k.wasm'],
    ],
  );
  assert.equal(commandsFor(recipe.steps, { ...files, pch: '/c/p.pch' }, [])[0].args, [
    '-O3',
    '-include-pch',
    '/c/p.pch',
    '/w/k.c',
    '-c',
    '-o',
    '/w/k.o',
  ]);
});

test("a module's optimization flags replace the recorded one in the compile step only", () => {
  const steps = [
    { tool, args: ['-c', '-O3', SRC] },
    { tool, args: ['-O3', OBJ] },
  ];
  assert.equal(withOptimization(steps, '-O3', ['-O1', '-fvectorize']), [
    { tool, args: ['-c', '-O1', '-fvectorize', SRC] },
    { tool, args: ['-O3', OBJ] },
  ]);
  assert.equal(withOptimization(steps, '-O2', ['-O1']), steps, 'no recorded flag: as recorded');
  assert.equal(steps[0].args, ['-c', '-O3', SRC], 'the recipe itself is left alone');
});

test('a recipe is refused for commands it cannot replay, and a stored one naming a missing tool is dropped', () => {
  const probe = { dir: '/p', src: '/p/probe.c', out: '/p/probe.wasm', exportName: 'tj_probe' };
  const compile = [tool, '/p/probe.c', '-c', '-o', '/p/tmp/a.o'];
  const refused = (commands: string[][]) => {
    const r = recipeFrom(commands, probe, () => undefined);
    return r.ok ? 'accepted' : r.reason;
  };
  assert.match(refused([[tool, '@/p/tmp/response.rsp'], compile]), /not a compile and a link/);
  assert.match(refused([compile, [tool, '@/p/tmp/response.rsp', '-o', '/p/probe.wasm']]), /does not make: @\/p\/tmp/);
  assert.match(refused([compile, ['wasm-ld', '/p/tmp/a.o']]), /emcc ran wasm-ld, which is not found here/);
  const good: Recipe = { ok: true, steps: [{ tool, args: [SRC] }] };
  assert.equal(decodeRecipe(encodeRecipe(good)), good);
  assert.is(decodeRecipe(encodeRecipe({ ok: true, steps: [{ tool: '/nonexistent/clang', args: [] }] })), undefined);
  assert.equal(decodeRecipe(encodeRecipe({ ok: false, reason: 'why' })), { ok: false, reason: 'why' });
  assert.is(decodeRecipe(new TextEncoder().encode('{"format":0,"ok":true,"steps":[]}')), undefined);
});

test('the prelude is the include lines a source opens with; a stand-in emcc is no driver to record', () => {
  assert.is(
    leadingIncludes('#include <stdint.h>\n#include "tj_simd.h"\nvoid f(void) {}\n'),
    '#include <stdint.h>\n#include "tj_simd.h"\n',
  );
  assert.is(leadingIncludes('// a comment\n#include <stdint.h>\n'), undefined);
  const fake = fileURLToPath(new URL('./fixtures/fake-emcc.sh', import.meta.url));
  assert.not.ok(isEmscriptenDriver(fake));
});

// ---------------------------------------------------------------------------------------------
// With emcc: the route itself.

const tc = toolchain();
const direct = tc.available && wasmRoute().startsWith('direct');
const skip = (name: string, body: () => void) =>
  test(name, () => {
    if (!tc.available) return console.log(`  skipped: ${tc.reason}`);
    if (!direct) return console.log("  skipped: emcc here is not Emscripten's Python driver (no direct route)");
    body();
  });

/** The generated sources' prelude and a kernel using the SIMD helpers, their scalar twins and libm. */
const SOURCE = `#include <stdint.h>
#include <wasm_simd128.h>
#include "tj_scalar.h"
#include "tj_simd.h"

void act(float* restrict out, const float* restrict x, int n) {
  int i = 0;
  for (; i + 4 <= n; i += 4) wasm_v128_store(out + i, tj_tanh_f32x4(wasm_v128_load(x + i)));
  for (; i < n; i++) out[i] = tj_tanhf_s(x[i]);
}

void scalar(float* restrict out, const float* restrict x, int n) {
  for (int i = 0; i < n; i++) out[i] = expf(x[i]) - sinf(x[i]);
}
`;
const EXPORTS = ['act', 'scalar'];

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-wasm-direct-'));
const saved = { cache: process.env.TENSORJIT_CACHE_DIR, route: process.env.TENSORJIT_WASM_DIRECT };
const childProcess = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
const realSpawnSync = childProcess.spawnSync;
/** The commands the driver ran since the last reset: the executable's name and the arguments. */
let ran: { name: string; args: string[]; env?: NodeJS.ProcessEnv }[] = [];

test.before.each(() => {
  process.env.TENSORJIT_CACHE_DIR = cacheDir;
  delete process.env.TENSORJIT_WASM_DIRECT;
  ran = [];
  childProcess.spawnSync = ((command: string, args: string[], options: { env?: NodeJS.ProcessEnv }) => {
    ran.push({ name: path.basename(command), args, env: options?.env });
    return realSpawnSync(command, args, options);
  }) as typeof childProcess.spawnSync;
});
test.after.each(() => {
  childProcess.spawnSync = realSpawnSync;
  for (const [k, v] of [
    ['TENSORJIT_CACHE_DIR', saved.cache],
    ['TENSORJIT_WASM_DIRECT', saved.route],
  ] as const)
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});
test.after(() => {
  resetDirectRoute();
  clearMemoryCache();
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

const names = () => ran.map((r) => r.name);

/** Runs both kernels of a module built from SOURCE over `x`: their outputs. */
function runKernels(wasm: Uint8Array, x: Float32Array): Float32Array[] {
  const { exports } = instantiate(wasm);
  const n = x.length,
    xp = reserve(4 * n),
    op = reserve(4 * n);
  return EXPORTS.map((name) => {
    new Float32Array(sharedMemory().buffer, xp, n).set(x);
    exports[name](op, xp, n);
    return new Float32Array(sharedMemory().buffer, op, n).slice();
  });
}

skip('the direct route records emcc once, then compiles without it, reading the precompiled prelude', () => {
  resetDirectRoute();
  compileC(SOURCE, EXPORTS);
  assert.ok(
    ran.some((r) => r.name === 'emcc' && r.env?.EMCC_VERBOSE === '1'),
    `emcc was recorded: ${names().join(', ')}`,
  );
  const stored = readCache(directRecipeKey()!);
  const recipe = stored && decodeRecipe(stored);
  assert.ok(recipe && recipe.ok, `the recipe is cached: ${recipe && !recipe.ok ? recipe.reason : 'none'}`);
  ran = [];
  compileC(`${SOURCE}\n/* another module */\n`, EXPORTS);
  assert.not.ok(names().includes('emcc'), `no emcc: ${names().join(', ')}`);
  assert.ok(names().includes('wasm-ld'), `the linker ran: ${names().join(', ')}`);
  assert.not.ok(names().includes('wasm-opt'), 'nor wasm-opt (it made no measurable difference)');
  assert.ok(ran[0].args.includes('-include-pch'), `clang read the precompiled prelude: ${ran[0].args.join(' ')}`);
  const pchs = fs
    .readdirSync(cacheDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.pch'));
  assert.is(pchs.length, 1, 'the precompiled prelude is in the compile cache folder');
});

skip('generated modules compile at their own level and skip finalize, the prebuilt kernels as emcc does; keys differ', () => {
  assert.is(EMCC_FLAGS[0], '-O3', 'the recipe is recorded at the kernels level');
  assert.equal(WASM_OPT.kernels, [EMCC_FLAGS[0]]);
  compileC(`${SOURCE}\n/* generated */\n`, EXPORTS);
  assert.is(names().at(-1), 'wasm-ld', `a generated module skips wasm-emscripten-finalize: ${names().join(', ')}`);
  const clang = ran.filter((r) => r.args.includes('-c')).at(-1)!;
  const at = clang.args.indexOf(WASM_OPT.generated[0]);
  assert.ok(at >= 0 && !clang.args.includes('-O3'), `generated: ${clang.args.join(' ')}`);
  assert.equal(clang.args.slice(at, at + WASM_OPT.generated.length), [...WASM_OPT.generated]);
  ran = [];
  compileC(`${SOURCE}\n/* kernels */\n`, EXPORTS, 'kernels');
  assert.is(names().at(-1), 'wasm-emscripten-finalize', `the kernels keep it: ${names().join(', ')}`);
  assert.ok(
    ran
      .filter((r) => r.args.includes('-c'))
      .at(-1)!
      .args.includes('-O3'),
    'kernels at -O3',
  );
  assert.is.not(wasmKey(SOURCE, EXPORTS, {}, 'kernels'), wasmKey(SOURCE, EXPORTS, {}, 'generated'));
  const pchs = fs
    .readdirSync(cacheDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.pch'));
  assert.is(pchs.length, 2, 'a precompiled prelude for each level (it must match the flags)');
});

skip("a module by the direct route computes what emcc's computes, bit for bit; the key names the route", () => {
  const x = new Float32Array(1003);
  for (let i = 0; i < x.length; i++) x[i] = (i - 500) / 37;
  x.set([NaN, Infinity, -Infinity, 0, -0, 1e-40, 88.7, -104], 990);
  const viaDirect = compileC(SOURCE, EXPORTS);
  assert.not.ok(names().includes('emcc'));
  const directKey = wasmKey(SOURCE, EXPORTS);
  process.env.TENSORJIT_WASM_DIRECT = '0';
  assert.is(wasmRoute(), 'emcc');
  assert.is.not(wasmKey(SOURCE, EXPORTS), directKey, 'the cache key changes with the route');
  ran = [];
  const viaEmcc = compileC(SOURCE, EXPORTS);
  assert.equal(names(), ['emcc']);
  const [a, b] = [runKernels(viaDirect, x), runKernels(viaEmcc, x)];
  for (let k = 0; k < EXPORTS.length; k++)
    assert.equal(
      new Uint32Array(a[k].buffer),
      new Uint32Array(b[k].buffer),
      `${EXPORTS[k]}: the same bits from both modules`,
    );
});

skip('jit on the WASM tier gives the same numbers by either route', () => {
  tj.seed(3);
  const x = tj.randn([64, 48]),
    w = tj.randn([48, 16]);
  const f = (a: tj.Tensor) => tj.sum(tj.tanh(tj.mul(tj.exp(tj.neg(tj.square(tj.matmul(a, w)))), 3)), 1);
  const results = ['1', '0'].map((route) => {
    process.env.TENSORJIT_WASM_DIRECT = route;
    const g = tj.jit(f, { hot: 0, async: false, backend: 'wasm' });
    const y = g(x);
    assert.is(g.lower(x).backend, 'wasm');
    return Array.from(y.data());
  });
  assert.equal(results[0], results[1]);
});

skip('a stale precompiled prelude is dropped, and the compile goes on without it', () => {
  const before = compileC(SOURCE, EXPORTS);
  // The prelude this compile read (the folder holds one for each level, in no fixed order).
  const clang = ran.find((r) => r.args.includes('-include-pch'));
  assert.ok(clang, `clang read a precompiled prelude: ${names().join(', ')}`);
  const pch = clang.args[clang.args.indexOf('-include-pch') + 1];
  fs.writeFileSync(pch, 'not a precompiled header');
  resetDirectRoute();
  clearMemoryCache();
  ran = [];
  const after = compileC(SOURCE, EXPORTS);
  assert.equal(after, before, 'the same module');
  assert.not.ok(names().includes('emcc'), `without emcc: ${names().join(', ')}`);
  assert.not.ok(fs.existsSync(pch), 'the stale file is gone (the next process builds it again)');
});

skip('a direct route that fails where emcc does not: emcc builds the module, with one warning', () => {
  const key = directRecipeKey()!;
  const good = decodeRecipe(readCache(key)!)!;
  assert.ok(good.ok);
  if (!good.ok) return;
  // The compile step exits 1 (/bin/false is there, so the recipe is not recorded again).
  writeCache(
    key,
    encodeRecipe({ ok: true, steps: [{ ...good.steps[0], tool: '/bin/false' }, ...good.steps.slice(1)] }),
  );
  resetDirectRoute();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...a: unknown[]) => void warnings.push(a.join(' '));
  try {
    const wasm = compileC(SOURCE, EXPORTS);
    assert.ok(WebAssembly.validate(wasm));
    assert.ok(names().includes('false') && !names().includes('wasm-ld'), `the route failed: ${names().join(', ')}`);
    assert.is(names().at(-1), 'emcc');
    assert.is(warnings.length, 1);
    assert.match(warnings[0], /the direct WASM compile route failed where emcc did not \(false exited 1\)/);
    ran = [];
    compileC(`${SOURCE}\n/* and another */\n`, EXPORTS);
    assert.equal(names(), ['emcc'], 'emcc compiles the rest of the process');
    assert.is(warnings.length, 1, 'said once');
  } finally {
    console.warn = warn;
    writeCache(key, encodeRecipe(good));
    resetDirectRoute();
  }
});

skip('a stored recipe naming a missing tool is recorded again from emcc', () => {
  const key = directRecipeKey()!;
  const good = decodeRecipe(readCache(key)!)!;
  if (!good.ok) return assert.unreachable('no recipe');
  writeCache(
    key,
    encodeRecipe({ ok: true, steps: [{ ...good.steps[0], tool: '/nonexistent/clang' }, ...good.steps.slice(1)] }),
  );
  resetDirectRoute();
  const wasm = compileC(SOURCE, EXPORTS);
  assert.ok(WebAssembly.validate(wasm));
  assert.ok(
    ran.some((r) => r.name === 'emcc' && r.env?.EMCC_VERBOSE === '1'),
    `recorded again: ${names().join(', ')}`,
  );
  assert.equal(decodeRecipe(readCache(key)!), good, 'and stored again');
  assert.is(ran.at(-1)?.name, 'wasm-ld', `the module itself was built directly: ${names().join(', ')}`);
});

skip("a compile error on the direct route reads as emcc's, and the route stays on", () => {
  resetDirectRoute();
  compileC(SOURCE, EXPORTS); // the recipe in memory
  ran = [];
  try {
    compileC('float broken(float x) { return x +; }\n', ['broken']);
    assert.unreachable('should have failed');
  } catch (e) {
    assert.instance(e, CompileError);
    assert.match((e as Error).message, /^emcc failed \(exit 1\):/);
    assert.match((e as Error).message, /error: expected expression/);
    assert.match((e as Error).message, /1 {2}float broken\(float x\) \{ return x \+; \}/);
  }
  assert.ok(names().includes('emcc'), 'emcc had the last word');
  ran = [];
  compileC(`${SOURCE}\n/* after the error */\n`, EXPORTS);
  assert.not.ok(names().includes('emcc'), `still direct: ${names().join(', ')}`);
});

test.run();
