// The Emscripten driver: finds emcc, runs it with the project's emsdk.config (EM_CONFIG) and the
// one set of compiler flags under a time limit (TENSORJIT_COMPILE_TIMEOUT), checks what it wrote,
// and reports a failed compile with emcc's message and the source.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NATIVE_EXPORTS, NATIVE_SOURCES, setPrebuiltProvider } from '../runtime/wasm/prebuilt.js';
import { cachedOrBuild, cacheKey, readCache, writeCache } from './cache.js';
import { compileTimeoutFromEnv } from '../runtime/env.js';
import { childProcess } from './lazy.js';

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
 * compiler runtime of Emscripten's sysroot are linked in statically.
 */
export const EMCC_FLAGS: readonly string[] = [
  '-O3',
  '-msimd128',
  '-fno-math-errno', // no -ffast-math: NaN and infinity semantics must match the JS kernels
  '-matomics',
  '-mbulk-memory',
  '-Wl,--shared-memory',
  '-sSIDE_MODULE=2',
  '-lc-mt',
  '-lcompiler_rt-mt',
];

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
      config: fs.existsSync(EMSDK_CONFIG) ? fs.readFileSync(EMSDK_CONFIG, 'utf8') : '',
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

/** Compiles C source to a WASM module exporting `exports`; throws CompileError with emcc's output and the source. */
export function compileC(source: string, exports: readonly string[]): Uint8Array {
  const tc = toolchain();
  if (!tc.available) throw new CompileError(`cannot compile to WASM: ${tc.reason}`);
  const seconds = compileTimeout();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-emcc-'));
  try {
    const src = path.join(dir, 'kernel.c'),
      out = path.join(dir, 'kernel.wasm');
    fs.writeFileSync(src, source);
    const args = [
      ...EMCC_FLAGS,
      '-I',
      NATIVE_DIR,
      `-sEXPORTED_FUNCTIONS=${exports.map((e) => `_${e}`).join(',')}`,
      src,
      '-o',
      out,
    ];
    // In a process group of its own, so that a timeout ends clang and wasm-opt too, not only emcc
    // (spawnSync honours `detached`, though its typings leave it out).
    const options = {
      encoding: 'utf8',
      env: emccEnv(),
      maxBuffer: 16 << 20,
      timeout: seconds * 1000,
      detached: true,
    } as const;
    const r = childProcess().spawnSync('emcc', args, options);
    const what = `${source.split('\n').length} lines of C exporting ${exportList(exports)}`;
    checkCompilerRun(r, { name: 'emcc', failed: 'emcc failed', what, seconds, source });
    return checkedOutput(out, what, r.stderr || r.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
export function wasmKey(source: string, exports: readonly string[], extra: Record<string, string> = {}): string {
  const tc = toolchain();
  return cacheKey({
    ...extra,
    source,
    exports,
    headers: nativeHeaders(),
    flags: EMCC_FLAGS,
    toolchain: tc.available ? tc.version : 'none',
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
): { wasm: Uint8Array; cached: boolean } {
  const key = wasmKey(source, exports, extra);
  const waitMs = (compileTimeout() + 10) * 1000;
  const { bytes, cached } = cachedOrBuild(
    key,
    () => compileC(source, exports),
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
  cached: () => cachedWasm((prebuiltKey ??= wasmKey(prebuiltSource(), NATIVE_EXPORTS, PREBUILT_KEY_EXTRA))),
  build: () => compileCached(prebuiltSource(), NATIVE_EXPORTS, PREBUILT_KEY_EXTRA).wasm,
  available: () => toolchain().available,
});
