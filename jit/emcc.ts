// The Emscripten driver: finds emcc, runs it with the project's emsdk.config (EM_CONFIG) and the
// one set of compiler flags (at one of two optimization levels) under a time limit
// (TENSORJIT_COMPILE_TIMEOUT), checks what it wrote, and reports a failed compile with emcc's
// message and the source. Where it can, it skips emcc's own start-up: the clang, wasm-ld and
// binaryen commands emcc runs are recorded once (wasm-direct.ts) and run from here for each
// module, and emcc compiles whatever that direct route fails on.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIVE_EXPORTS, NATIVE_SOURCES, setPrebuiltProvider } from '../runtime/wasm/prebuilt.js';
import { cachedOrBuild, cacheDir, cacheKey, makeDirs, readCache, writeCache } from './cache.js';
import { compileTimeoutFromEnv, debugLevel, wasmDirectEnabled } from '../runtime/env.js';
import { C_ERRORS } from './c-flags.js';
import { childProcess } from './lazy.js';
import {
  commandsFor,
  decodeRecipe,
  directSteps,
  GENERATED_SKIPS,
  encodeRecipe,
  isEmscriptenDriver,
  leadingIncludes,
  parseStages,
  precompileCommand,
  PROBE_EXPORT,
  PROBE_SOURCE,
  RECIPE_FORMAT,
  recipeFrom,
  type Recipe,
  type Step,
  withOptimization,
} from './wasm-direct.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** From jit/ in the sources and from dist/jit/ in the build, the package root holds both. */
const packageRoot = fs.existsSync(path.join(root, 'emsdk.config')) ? root : path.resolve(root, '..');
export const EMSDK_CONFIG = path.join(packageRoot, 'emsdk.config');
export const NATIVE_DIR = path.join(packageRoot, 'native');

/**
 * The flags of every WASM module: SIMD, a shared memory (helper threads run the same modules on
 * it), and position-independent (a side module): its static data goes wherever the loader puts
 * `__memory_base`, so modules sharing one WebAssembly.Memory never overlap (runtime/wasm/memory.ts).
 * Side modules link no libc of their own unless told: the position-independent threaded libc and
 * compiler runtime of Emscripten's sysroot are linked in statically. The optimization level comes
 * first, from WASM_OPT.
 */
export const EMCC_FLAGS: readonly string[] = [
  '-O3',
  '-msimd128',
  '-fno-math-errno', // no -ffast-math: NaN and infinity semantics must match the JS kernels
  ...C_ERRORS,
  '-matomics',
  '-mbulk-memory',
  '-Wl,--shared-memory',
  '-sSIDE_MODULE=2',
  '-lc-mt',
  '-lcompiler_rt-mt',
];

/** What a module is: the prebuilt kernels of native/ (hand-written, built once) or a generated one. */
export type WasmOpt = 'kernels' | 'generated';

/**
 * Optimization flags, in place of EMCC_FLAGS' -O3: the prebuilt kernels (hand-written, built once)
 * at -O3; generated modules (one per compiled function, built while the program runs) at -O1 with
 * the loop vectorizer, as the native tier does. Their SIMD loops are written out by the renderer;
 * the vectorizer is for the scalar ones (a broadcast's 2-D loop). Against -O3, clang took 0.17 s
 * against 0.21 s (CPU) on the RNN scan step's module and 1.3 s against 1.7 s on the unrolled one,
 * and the workloads' steps ran as fast (CPU time per step alternated in one process, median
 * ratios 0.87–1.01); plain -O1 left the broadcast loops scalar (the scan step 1.2× slower).
 */
export const WASM_OPT: Readonly<Record<WasmOpt, readonly string[]>> = {
  kernels: ['-O3'],
  generated: ['-O1', '-fvectorize'],
};

/** The flags of a module of kind `opt`: EMCC_FLAGS with its optimization level. */
export const emccFlags = (opt: WasmOpt): readonly string[] => [...WASM_OPT[opt], ...EMCC_FLAGS.slice(1)];

export interface Toolchain {
  available: true;
  version: string;
}
export interface NoToolchain {
  available: false;
  reason: string;
}

let found: Toolchain | NoToolchain | undefined;

const emccEnv = () => ({ ...process.env, EM_CONFIG: EMSDK_CONFIG });
const configText = () => (fs.existsSync(EMSDK_CONFIG) ? fs.readFileSync(EMSDK_CONFIG, 'utf8') : '');

/** Whether a line is what `emcc --version` prints first: "emcc (Emscripten gcc/clang-like ...) 3.1.6 (...)". */
export const isEmccVersion = (line: string) => /^emcc \(Emscripten\b[^\n]*\) \d+\.\d+\.\d+[^\n]*$/.test(line);

/**
 * Whether emcc can be run here, with its version (part of every cache key). `store: false` keeps
 * a freshly probed version out of the compile cache (doctor writes nothing there).
 */
export function toolchain({ store = true }: { store?: boolean } = {}): Toolchain | NoToolchain {
  if (found) return found;
  // `emcc --version` takes ~0.3 s; its answer is kept in the compile cache, keyed by the emcc
  // file found on PATH (path, size, modification time) and the configuration. An entry that does
  // not read as an emcc version line is dropped and emcc asked again.
  const probe = emccFingerprint();
  const key =
    probe &&
    cacheKey({
      toolchainProbe: probe,
      config: configText(),
    });
  const decode = (b: Uint8Array) => new TextDecoder().decode(b);
  const known = key && readCache(key, (b) => isEmccVersion(decode(b)));
  if (known) return (found = { available: true, version: decode(known) });
  const r = childProcess().spawnSync('emcc', ['--version'], { encoding: 'utf8', env: emccEnv() });
  if (r.error || r.status !== 0) {
    found = {
      available: false,
      reason: r.error
        ? 'no emcc on PATH (apt-get install -y emscripten)'
        : `emcc --version failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`,
    };
  } else {
    found = { available: true, version: r.stdout.split('\n')[0].trim() };
    if (key && store && isEmccVersion(found.version)) writeCache(key, new TextEncoder().encode(found.version));
  }
  return found;
}

/** The executable `name` resolves to on PATH (or itself when it is a path), as a real path; undefined when there is none. */
export function which(name: string): string | undefined {
  const candidates = name.includes('/')
    ? [name]
    : (process.env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((d) => path.join(d, name));
  for (const file of candidates) {
    try {
      const real = fs.realpathSync(file);
      if (fs.statSync(real).isFile()) return real;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** A compiler file as "real path, size, mtime": a probe's answer is cached under it, so a changed compiler is asked again. */
export function fileFingerprint(file: string): string {
  const st = fs.statSync(file);
  return `${file}:${st.size}:${st.mtimeMs}`;
}

/** The emcc that PATH finds, fingerprinted; undefined when there is none. */
function emccFingerprint(): string | undefined {
  const file = which('emcc');
  return file && fileFingerprint(file);
}

export class CompileError extends Error {}

export const DEFAULT_COMPILE_TIMEOUT_S = 120;

/**
 * Throws a CompileError for a compiler run (spawned detached, under a limit of `seconds`) that
 * timed out, after killing its whole process group, or that failed: `failed` heads the message,
 * then the exit status, `context` if any, the compiler's output and the numbered source. Every toolchain's driver
 * checks its runs here.
 */
export function checkCompilerRun(
  r: {
    error?: Error;
    pid: number;
    status: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
    stdout: string;
  },
  run: { name: string; failed: string; context?: string; what: string; seconds: number; source: string },
): void {
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT') {
    if (r.pid > 0)
      try {
        process.kill(-r.pid, 'SIGKILL');
      } catch {
        /* the whole group is gone already */
      }
    throw new CompileError(
      `${run.name} timed out after ${run.seconds} s compiling ${run.what}; TENSORJIT_COMPILE_TIMEOUT sets the limit in seconds`,
    );
  }
  if (r.status !== 0) {
    const numbered = run.source
      .split('\n')
      .map((l, i) => `${String(i + 1).padStart(4)}  ${l}`)
      .join('\n');
    throw new CompileError(
      `${run.failed} (exit ${r.status ?? r.signal})${run.context ?? ''}:\n${(r.stderr || r.stdout || String(r.error)).trim()}\n--- generated source ---\n${numbered}`,
    );
  }
}

/** How long one emcc run may take, in seconds: TENSORJIT_COMPILE_TIMEOUT, else 120. */
export function compileTimeout(): number {
  try {
    return compileTimeoutFromEnv(DEFAULT_COMPILE_TIMEOUT_S);
  } catch (e) {
    throw new CompileError((e as Error).message);
  }
}

/** The exports of a module, for messages: the first few and how many more. */
const exportList = (exports: readonly string[]) =>
  exports.length <= 4 ? exports.join(', ') : `${exports.slice(0, 4).join(', ')} and ${exports.length - 4} more`;

/** emcc's arguments for compiling `src` (a module of kind `opt`) to `out` exporting `exports`. */
const emccArgs = (src: string, out: string, exports: readonly string[], opt: WasmOpt) => [
  ...emccFlags(opt),
  '-I',
  NATIVE_DIR,
  `-sEXPORTED_FUNCTIONS=${exports.map((e) => `_${e}`).join(',')}`,
  src,
  '-o',
  out,
];

/**
 * Options of every toolchain run: in a process group of its own, so that a timeout ends clang and
 * wasm-opt too, not only emcc (spawnSync honours `detached`, though its typings leave it out).
 */
const runOptions = (ms: number, env: NodeJS.ProcessEnv) =>
  ({ encoding: 'utf8', env, maxBuffer: 16 << 20, timeout: Math.max(1, Math.round(ms)), detached: true }) as const;

/**
 * Compiles C source to a WASM module exporting `exports`; throws CompileError with emcc's output
 * and the source. The direct route builds it where it can; where it fails, emcc does, and a
 * failure of emcc's is reported as always.
 */
export function compileC(source: string, exports: readonly string[], opt: WasmOpt = 'generated'): Uint8Array {
  const tc = toolchain();
  if (!tc.available) throw new CompileError(`cannot compile to WASM: ${tc.reason}`);
  const seconds = compileTimeout();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-emcc-'));
  try {
    const src = path.join(dir, 'kernel.c'),
      out = path.join(dir, 'kernel.wasm');
    fs.writeFileSync(src, source);
    const what = `${source.split('\n').length} lines of C exporting ${exportList(exports)}`;
    const steps = directRecipe(seconds, opt);
    let directFailed: string | undefined;
    if (steps) {
      const made = compileDirect(steps, { src, obj: path.join(dir, 'kernel.o'), out }, exports, {
        seconds,
        what,
        source,
      });
      if (typeof made !== 'string') return made;
      directFailed = made;
      fs.rmSync(out, { force: true });
    }
    const r = childProcess().spawnSync('emcc', emccArgs(src, out, exports, opt), runOptions(seconds * 1000, emccEnv()));
    checkCompilerRun(r, { name: 'emcc', failed: 'emcc failed', what, seconds, source });
    const wasm = checkedOutput(out, what, r.stderr || r.stdout);
    if (directFailed !== undefined) directRouteFailed(directFailed);
    return wasm;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Which route compiles WASM modules here, part of every module's key: 'direct-N' (recipe format N)
 * where the emcc on PATH is Emscripten's driver and TENSORJIT_WASM_DIRECT is not 0, else 'emcc'.
 * Decided without running anything; a module under a direct key that the direct route failed on
 * was built by emcc from the same commands.
 */
export function wasmRoute(): string {
  const emcc = wasmDirectEnabled() ? which('emcc') : undefined;
  return emcc && isEmscriptenDriver(emcc) ? `direct-${RECIPE_FORMAT}` : 'emcc';
}

/** Why the direct route is off in this thread (its recipe could not be had, or it failed where emcc did not). */
let directOff: string | undefined;
const recipes = new Map<string, Recipe>();
const debug = (message: string) => {
  if (debugLevel() > 0) console.error(`tensorjit: ${message}`);
};

/** The cache key of the recipe: the emcc file, its configuration and version, the flags and the headers' folder. */
export function directRecipeKey(): string | undefined {
  const tc = toolchain(),
    emcc = which('emcc');
  if (!tc.available || !emcc) return undefined;
  return cacheKey({
    directRecipe: RECIPE_FORMAT,
    toolchainProbe: fileFingerprint(emcc),
    config: configText(),
    version: tc.version,
    flags: EMCC_FLAGS,
    nativeDir: NATIVE_DIR,
  });
}

/**
 * The steps of a direct compile, or undefined where emcc must compile. The recipe comes from the
 * compile cache, else from recording emcc on a probe (about one emcc run and one direct run, once
 * per emcc and configuration); a recipe that could not be made is cached too, with why.
 */
function directRecipe(seconds: number, opt: WasmOpt): Step[] | undefined {
  if (directOff !== undefined || !wasmRoute().startsWith('direct')) return undefined;
  const key = directRecipeKey();
  if (!key) return undefined;
  let recipe = recipes.get(key);
  if (!recipe) {
    const stored = readCache(key, (b) => decodeRecipe(b) !== undefined);
    recipe = stored && decodeRecipe(stored);
  }
  if (!recipe) {
    const recorded = recordRecipe(seconds);
    if (typeof recorded === 'string') {
      directOff = recorded;
      debug(`the direct WASM route is off in this process: ${recorded}`);
      return undefined;
    }
    recipe = recorded;
    writeCache(key, encodeRecipe(recipe));
    debug(recipe.ok ? 'recorded the direct WASM route from emcc' : `the direct WASM route is off: ${recipe.reason}`);
  }
  recipes.set(key, recipe);
  return recipe.ok
    ? withOptimization(directSteps(recipe, opt === 'generated'), EMCC_FLAGS[0], WASM_OPT[opt])
    : undefined;
}

/**
 * Records emcc's commands on the probe and checks that running them from here builds the module
 * emcc built, byte for byte; a string when emcc itself could not build the probe (not cached).
 */
function recordRecipe(seconds: number): Recipe | string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-direct-'));
  try {
    const tmp = path.join(dir, 'tmp'),
      again = path.join(dir, 'again');
    fs.mkdirSync(tmp);
    fs.mkdirSync(again);
    const probe = { dir, src: path.join(dir, 'probe.c'), out: path.join(dir, 'probe.wasm'), exportName: PROBE_EXPORT };
    fs.writeFileSync(probe.src, PROBE_SOURCE);
    // Temporary files in the probe's folder: any left in a command shows it cannot be replayed.
    const env = { ...emccEnv(), EMCC_VERBOSE: '1', EM_FORCE_RESPONSE_FILES: '0', TMPDIR: tmp };
    const r = childProcess().spawnSync(
      'emcc',
      emccArgs(probe.src, probe.out, [PROBE_EXPORT], 'kernels'), // at EMCC_FLAGS' own level, which the recipe's key names
      runOptions(seconds * 1000, env),
    );
    if (r.error || r.status !== 0 || !fs.existsSync(probe.out)) {
      if (r.pid > 0 && (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT')
        try {
          process.kill(-r.pid, 'SIGKILL');
        } catch {
          /* the whole group is gone already */
        }
      return `emcc could not build the probe (${r.error?.message ?? `exit ${r.status ?? r.signal}`})`;
    }
    const recipe = recipeFrom(parseStages(r.stderr), probe, which);
    if (!recipe.ok) return recipe;
    // Replayed on a copy of the probe elsewhere, so that every path really is a placeholder.
    const files = {
      src: path.join(again, 'probe.c'),
      obj: path.join(again, 'probe.o'),
      out: path.join(again, 'probe.wasm'),
    };
    fs.copyFileSync(probe.src, files.src);
    let failed: string | undefined;
    try {
      failed = runSteps(recipe.steps, files, [PROBE_EXPORT], { seconds, what: 'the probe', source: PROBE_SOURCE });
    } catch (e) {
      return (e as Error).message;
    }
    if (failed !== undefined) return { ok: false, reason: `emcc's commands failed when run from here: ${failed}` };
    const want = fs.readFileSync(probe.out),
      got = fs.existsSync(files.out) ? fs.readFileSync(files.out) : undefined;
    if (!got || !want.equals(got))
      return {
        ok: false,
        reason: `emcc's commands run from here built another module than emcc (${got?.length ?? 0} bytes, not ${want.length})`,
      };
    return recipe;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * One module by the direct route: its module, or what failed. With the source's prelude
 * precompiled where it can be; a compile that fails with it is tried again without, and where that
 * one succeeds the precompiled prelude is dropped (stale: a header touched since, say).
 */
function compileDirect(
  steps: readonly Step[],
  files: { src: string; obj: string; out: string },
  exports: readonly string[],
  run: { seconds: number; what: string; source: string },
): Uint8Array | string {
  const pch = precompiledPrelude(run.source, steps, run.seconds);
  let failed = runSteps(steps, { ...files, pch }, exports, run);
  if (failed !== undefined && pch) {
    failed = runSteps(steps, files, exports, run);
    if (failed === undefined) dropPrelude(pch);
  }
  if (failed !== undefined) return failed;
  const wasm = fs.existsSync(files.out) ? new Uint8Array(fs.readFileSync(files.out)) : undefined;
  if (wasm && WebAssembly.validate(wasm)) return wasm;
  return wasm ? `its module (${wasm.length} bytes) is not valid WASM` : 'it wrote no module';
}

/**
 * Runs the direct route's steps for one module, together under the compile time limit: undefined
 * when they all succeeded, else what failed. A step that runs past the limit throws CompileError,
 * as emcc's would.
 */
function runSteps(
  steps: readonly Step[],
  files: { src: string; obj: string; out: string; pch?: string },
  exports: readonly string[],
  run: { seconds: number; what: string; source: string },
): string | undefined {
  const deadline = Date.now() + run.seconds * 1000;
  for (const { tool, args } of commandsFor(steps, files, exports)) {
    const r = childProcess().spawnSync(tool, args, runOptions(deadline - Date.now(), process.env));
    const name = path.basename(tool);
    if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT')
      checkCompilerRun(r, { name, failed: `${name} failed`, what: run.what, seconds: run.seconds, source: run.source });
    if (r.error || r.status !== 0) {
      const said = (r.stderr || r.stdout || '').trim().split('\n').slice(0, 3).join(' / ');
      return `${name} ${r.error ? `could not run (${r.error.message})` : `exited ${r.status ?? r.signal}`}${said ? `: ${said}` : ''}`;
    }
  }
  return undefined;
}

/** Precompiled prelude files this thread knows of: true where it uses it, false where it goes without (it could not be built, or failed). */
const preludes = new Map<string, boolean>();

/**
 * The precompiled form of the `#include` lines `source` opens with, for clang's -include-pch; built
 * the first time (about half a second) into the compile cache's folder beside its header, which
 * clang reads back (both named by a key of the prelude, the headers of native/ and the compile
 * command). Undefined where the source opens otherwise or it cannot be had.
 */
function precompiledPrelude(source: string, steps: readonly Step[], seconds: number): string | undefined {
  const prelude = leadingIncludes(source);
  if (!prelude) return undefined;
  const key = cacheKey({
    wasmPrelude: RECIPE_FORMAT,
    prelude,
    headers: nativeHeaders(),
    compile: JSON.stringify(steps[0]),
  });
  const file = path.join(cacheDir(), key.slice(0, 2), `${key}.pch`);
  if (preludes.get(file) === false) return undefined;
  if (!fs.existsSync(file)) {
    const why = buildPrelude(file, prelude, steps, seconds);
    if (why !== undefined) {
      debug(`no precompiled prelude for WASM modules (${why}); each compile parses the headers`);
      preludes.set(file, false);
      return undefined;
    }
  }
  preludes.set(file, true);
  return file;
}

/** Builds the precompiled prelude `file` (written beside it as `file`.h, never rewritten: clang checks its time); undefined when done, else why not. */
function buildPrelude(file: string, prelude: string, steps: readonly Step[], seconds: number): string | undefined {
  const header = `${file}.h`,
    tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeDirs(path.dirname(file)); // not mkdirSync({ recursive }), which spins under /proc
    if (!fs.existsSync(header)) {
      fs.writeFileSync(tmp, prelude);
      try {
        fs.linkSync(tmp, header); // fails where another process made it first, which is as good
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      fs.rmSync(tmp, { force: true });
    }
    const { tool, args } = precompileCommand(steps, header, tmp);
    const r = childProcess().spawnSync(tool, args, runOptions(seconds * 1000, process.env));
    if (r.error || r.status !== 0) {
      if (r.pid > 0 && (r.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT')
        try {
          process.kill(-r.pid, 'SIGKILL');
        } catch {
          /* the whole group is gone already */
        }
      return `${path.basename(tool)} ${r.error ? `could not run (${r.error.message})` : `exited ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n')[0]}`}`;
    }
    fs.renameSync(tmp, file);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** A precompiled prelude that a compile failed with and succeeded without: removed (the next process builds it again), and not used in this thread. */
function dropPrelude(file: string): void {
  debug(`dropped the precompiled prelude ${file}: a compile failed with it and succeeded without`);
  fs.rmSync(file, { force: true });
  preludes.set(file, false);
}

/** The direct route failed on a module that emcc built: said once, and emcc builds the rest in this thread. */
function directRouteFailed(why: string): void {
  directOff = why;
  console.warn(
    `tensorjit: the direct WASM compile route failed where emcc did not (${why}); emcc compiles the modules of this process (TENSORJIT_WASM_DIRECT=0 always uses emcc)`,
  );
}

/** Forgets the direct route's state in this thread (tests). */
export function resetDirectRoute(): void {
  directOff = undefined;
  recipes.clear();
  preludes.clear();
}

/** What emcc wrote to `out`, if it is a WASM module; an exit status of 0 alone is not trusted. */
function checkedOutput(out: string, what: string, log: string): Uint8Array {
  const said = log.trim() ? `; emcc said:\n${log.trim()}` : '';
  if (!fs.existsSync(out))
    throw new CompileError(`emcc exited 0 but wrote no ${path.basename(out)} compiling ${what}${said}`);
  const wasm = new Uint8Array(fs.readFileSync(out));
  if (!WebAssembly.validate(wasm))
    throw new CompileError(
      `emcc exited 0 but its output (${wasm.length} bytes) is not a valid WASM module compiling ${what}${said}`,
    );
  return wasm;
}

let headers: string | undefined;
/** The headers of native/ that generated sources include: their text is part of every module's key. */
function nativeHeaders(): string {
  headers ??= fs
    .readdirSync(NATIVE_DIR)
    .filter((f) => f.endsWith('.h'))
    .sort()
    .map((f) => `${f}\n${fs.readFileSync(path.join(NATIVE_DIR, f), 'utf8')}`)
    .join('\n');
  return headers;
}

/** The cache key of a module: its source, exports and whatever else sets it, with the headers, flags and toolchain. */
export function wasmKey(
  source: string,
  exports: readonly string[],
  extra: Record<string, string> = {},
  opt: WasmOpt = 'generated',
): string {
  const tc = toolchain();
  return cacheKey({
    ...extra,
    source,
    exports,
    headers: nativeHeaders(),
    flags: emccFlags(opt),
    toolchain: tc.available ? tc.version : 'none',
    route: wasmRoute(),
    // Only where a step is skipped, so that the prebuilt kernels' key (and the module built by setup) stays.
    ...(opt === 'generated' ? { skipped: GENERATED_SKIPS } : {}),
  });
}

/** A module from the compile cache, or undefined (an entry that is not valid WASM is dropped). */
export function cachedWasm(key: string): Uint8Array | undefined {
  return readCache(key, (b) => WebAssembly.validate(b));
}

/**
 * compileC through the compile cache: `cached` says whether emcc was spared. Processes compiling
 * the same module at once wait for the first one's result (up to the compile timeout and a margin).
 */
export function compileCached(
  source: string,
  exports: readonly string[],
  extra: Record<string, string> = {},
  opt: WasmOpt = 'generated',
): { wasm: Uint8Array; cached: boolean } {
  const key = wasmKey(source, exports, extra, opt);
  const waitMs = (compileTimeout() + 10) * 1000;
  const { bytes, cached } = cachedOrBuild(
    key,
    () => compileC(source, exports, opt),
    (b) => WebAssembly.validate(b),
    waitMs,
  );
  return { wasm: bytes, cached };
}

// The prebuilt kernels of native/ are built by this driver into the compile cache; the runtime
// (runtime/wasm/prebuilt.ts) gets their bytes through this provider, registered when the compiler
// side loads, so it never imports the driver itself.
const PREBUILT_KEY_EXTRA = { target: 'wasm-native' };
const prebuiltSource = () => NATIVE_SOURCES.map((f) => fs.readFileSync(path.join(NATIVE_DIR, f), 'utf8')).join('\n');
let prebuiltKey: string | undefined;

setPrebuiltProvider({
  cached: () => cachedWasm((prebuiltKey ??= wasmKey(prebuiltSource(), NATIVE_EXPORTS, PREBUILT_KEY_EXTRA, 'kernels'))),
  build: () => compileCached(prebuiltSource(), NATIVE_EXPORTS, PREBUILT_KEY_EXTRA, 'kernels').wasm,
  available: () => toolchain().available,
});
