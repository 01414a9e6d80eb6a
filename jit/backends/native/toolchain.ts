// The native backend's toolchain: the machine's C compiler (CC, else cc, gcc, clang) run with the
// one set of flags (at low priority from a worker), under the compile time limit, into shared
// libraries kept in the compile cache and written out as files for koffi to load. Also finds
// OpenMP, gold and a BLAS, and prebuilds what every generated library shares (the headers
// precompiled, gcc only, and tj_rows.c's object; built with the kernel library).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { blasFromEnv, cCompilerFromEnv } from '../../../runtime/env.js';
import { C_ERRORS } from '../../c-flags.js';
import { childProcess } from '../../lazy.js';
import { cachedOrBuild, cacheDir, cacheKey, readCache, writeCache } from '../../cache.js';
import { checkCompilerRun, CompileError, compileTimeout, fileFingerprint, NATIVE_DIR, which } from '../../emcc.js';
import type { Toolchain } from '../backend.js';

/** Where the host versions of the WASM intrinsics and the entry's helpers live. */
export const HOST_DIR = path.join(NATIVE_DIR, 'host');

/**
 * The flags of every native compile. No -ffast-math and no contraction into fused multiply-adds:
 * the native tier rounds as the WASM and JS tiers do, so tiers agree (native/tj_simd.h).
 */
export const CC_FLAGS: readonly string[] = [
  '-march=native',
  // 256-bit vectors where the CPU has them (some x86 CPUs default to 128: measured 1.3x slower loops).
  ...(os.arch() === 'x64' ? ['-mprefer-vector-width=256'] : []),
  '-ffp-contract=off',
  // gcc 12's straight-line (SLP) vectorizer drops a float64 -> float32 -> float64 round trip on
  // pairs of elements (test/native.test.ts has the case); loops are still vectorized.
  '-fno-tree-slp-vectorize',
  '-fno-math-errno',
  '-fno-trapping-math',
  ...C_ERRORS,
  '-fPIC',
  '-shared',
  '-I',
  HOST_DIR,
  '-I',
  NATIVE_DIR,
];

export interface CCompiler {
  available: true;
  /** The command run. */
  command: string;
  /** Its first --version line (part of every cache key). */
  version: string;
  /** -fopenmp when the compiler links OpenMP, else nothing (the library then runs on one thread). */
  openmp: readonly string[];
  /** -fuse-ld=gold where the compiler links with it: a third of BFD ld's time for a small library (generated libraries only: {@link linkerFor}). */
  linker: readonly string[];
  /** The CPU -march=native compiles for (part of every cache key). */
  cpu: string;
}
export interface NoCCompiler {
  available: false;
  reason: string;
}

/**
 * Optimization levels: the kernel library (hand-written, compiled once) at -O3; generated libraries
 * (one per compiled function, compiled while the program runs) at -O1 with the loop vectorizer,
 * whose loops ran as fast as at -O3 (tanh-exp chain 6.3 against 6.7 ms) and compiled in 0.48 s
 * against 0.76 s (the MLP step's 46 steps, gcc 12).
 */
export const OPT_LEVEL = {
  kernels: ['-O3'],
  generated: ['-O1', '-ftree-loop-vectorize'],
} as const satisfies Record<string, readonly string[]>;
export type OptLevel = keyof typeof OPT_LEVEL;

/** Between the translation units of a library's source: each is compiled by a compiler of its own, in parallel, then linked. */
export const UNIT_SEPARATOR = '\n/* ---- the next translation unit, compiled in parallel ---- */\n';

/** The BLAS the kernels link, or none: its link arguments and what to call it. */
export interface Blas {
  name: string;
  link: readonly string[];
}

const LIB_DIRS = [
  '/usr/lib/x86_64-linux-gnu',
  '/usr/lib/aarch64-linux-gnu',
  '/usr/lib64',
  '/usr/lib',
  '/usr/local/lib',
  '/opt/OpenBLAS/lib',
];

/** The CPU model and feature flags (what -march=native picks), from /proc/cpuinfo where there is one. */
function cpuFingerprint(): string {
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    const field = (name: string) => info.match(new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm'))?.[1] ?? '';
    return `${field('model name')}|${field('flags') || field('Features')}`;
  } catch {
    return `${os.arch()}|${os.cpus()[0]?.model ?? ''}`;
  }
}

let found: CCompiler | NoCCompiler | undefined;

/**
 * The C compiler, its version and whether it has OpenMP, or why there is none. Asking a compiler
 * takes ~0.1 s, so the answer is kept in the compile cache, keyed by the compiler file found
 * (`store: false` keeps it out: doctor writes nothing there).
 */
export function cCompiler({ store = true }: { store?: boolean } = {}): CCompiler | NoCCompiler {
  if (found) return found;
  const asked = cCompilerFromEnv();
  const names = asked ? [asked] : ['cc', 'gcc', 'clang'];
  const command = names.find((n) => which(n));
  if (!command) {
    return (found = {
      available: false,
      reason: asked
        ? `CC=${asked} is not a command on this machine`
        : 'no C compiler (cc, gcc or clang) on PATH (apt-get install -y gcc)',
    });
  }
  const file = which(command)!;
  const cpu = cpuFingerprint();
  const key = cacheKey({ ccProbe: fileFingerprint(file), cpu, probes: 'openmp,gold' });
  const decode = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as CCompiler;
  const known = readCache(key, (b) => {
    try {
      return decode(b).available === true;
    } catch {
      return false;
    }
  });
  if (known) return (found = decode(known));
  const v = childProcess().spawnSync(command, ['--version'], { encoding: 'utf8' });
  if (v.error || v.status !== 0)
    return (found = {
      available: false,
      reason: `${command} --version failed: ${(v.stderr || v.stdout || String(v.error)).trim().split('\n')[0]}`,
    });
  const openmp = compiles(
    command,
    ['-fopenmp'],
    '#include <omp.h>\nint tj_probe(void) { return omp_get_max_threads(); }',
  )
    ? ['-fopenmp']
    : [];
  const linker = compiles(command, ['-fuse-ld=gold'], 'int tj_probe(void) { return 1; }') ? ['-fuse-ld=gold'] : [];
  found = { available: true, command, version: v.stdout.split('\n')[0].trim(), openmp, linker, cpu };
  if (store) writeCache(key, new TextEncoder().encode(JSON.stringify(found)));
  return found;
}

/** Whether `source` compiles and links as a shared library with `flags`. */
function compiles(command: string, flags: readonly string[], source: string): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cc-probe-'));
  try {
    fs.writeFileSync(path.join(dir, 'probe.c'), source);
    const r = childProcess().spawnSync(command, ['-shared', '-fPIC', ...flags, 'probe.c', '-o', 'probe.so'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    return r.status === 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let blasFound: { blas?: Blas } | undefined;

/**
 * The BLAS the native kernels link: TENSORJIT_BLAS=none for none, a library path for that one,
 * else OpenBLAS where its library is installed (the runtime package is enough: the kernels declare
 * the CBLAS functions they call themselves).
 */
export function blas(): Blas | undefined {
  if (blasFound) return blasFound.blas;
  const asked = blasFromEnv();
  if (asked === 'none') return (blasFound = { blas: undefined }).blas;
  if (asked !== undefined) {
    if (!fs.existsSync(asked))
      throw new Error(
        `TENSORJIT_BLAS names ${JSON.stringify(asked)}, which does not exist (a library path, or 'none')`,
      );
    return (blasFound = { blas: { name: path.basename(asked), link: [path.resolve(asked)] } }).blas;
  }
  for (const dir of LIB_DIRS) {
    const lib = path.join(dir, 'libopenblas.so.0');
    if (fs.existsSync(lib)) return (blasFound = { blas: { name: 'OpenBLAS', link: [lib] } }).blas;
  }
  return (blasFound = { blas: undefined }).blas;
}

/** Forgets what was found (tests that change CC or TENSORJIT_BLAS). */
export function forgetProbes(): void {
  found = undefined;
  blasFound = undefined;
  preludeFound = undefined;
  rowsFound = undefined;
}

const ELF = [0x7f, 0x45, 0x4c, 0x46];
/** Whether bytes are an ELF file (a shared library): a cache entry that is not is dropped and rebuilt. */
export const isSharedLibrary = (b: Uint8Array) => b.length > 64 && ELF.every((x, i) => b[i] === x);

/** Runs the compiler on `source` into a shared library linked with `link`; throws CompileError with its message and the source. */
function compileLibrary(source: string, link: readonly string[], opt: OptLevel, what: string): Uint8Array {
  const cc = cCompiler();
  if (!cc.available) throw new CompileError(`cannot compile native code: ${cc.reason}`);
  const seconds = compileTimeout();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cc-'));
  try {
    const out = path.join(dir, 'kernel.so');
    const units = source.split(UNIT_SEPARATOR);
    const srcs = units.map((u, i) => {
      const file = path.join(dir, `kernel${i}.c`);
      fs.writeFileSync(file, u);
      return file;
    });
    const generated = opt === 'generated';
    const prelude = generated ? precompiledPrelude() : undefined;
    const compileArgs = [...compileFlags(cc, opt), ...(prelude ? ['-include', prelude] : [])];
    // A generated library's tj_run_rows: the object built once, else its source as one more unit.
    const rowsObject = generated ? prebuiltRows() : undefined;
    if (generated && !rowsObject) srcs.push(ROWS_SOURCE);
    const objects = rowsObject ? [rowsObject] : [];
    const linkArgs = [...linkerFor(cc, opt), ...link, '-lm'];
    // One unit: one compiler run. Several: a compiler per unit at once, then the link, in one shell.
    const [command, args] =
      srcs.length === 1
        ? [cc.command, [...compileArgs, srcs[0], ...objects, '-o', out, ...linkArgs]]
        : ['sh', ['-c', parallelBuild(cc.command, compileArgs, srcs, objects, out, [...cc.openmp, ...linkArgs])]];
    // From a worker (a background compile) at low priority (nice), so a compile competes little
    // with the program it compiles for; on the main thread the program waits for it. In a process
    // group of its own so a timeout ends the compiler's children too.
    const niced = !isMainThread && which('nice') !== undefined;
    // (spawnSync honours `detached`, though its typings leave it out.)
    const options = { encoding: 'utf8', maxBuffer: 16 << 20, timeout: seconds * 1000, detached: true } as const;
    const r = childProcess().spawnSync(
      niced ? 'nice' : command,
      niced ? ['-n', '10', command, ...args] : args,
      options,
    );
    checkCompilerRun(r, {
      name: cc.command,
      failed: `${cc.command} failed`,
      context: ` compiling ${what}`,
      what,
      seconds,
      source,
    });
    if (!fs.existsSync(out)) throw new CompileError(`${cc.command} exited 0 but wrote no library compiling ${what}`);
    const bytes = new Uint8Array(fs.readFileSync(out));
    if (!isSharedLibrary(bytes))
      throw new CompileError(`${cc.command} exited 0 but its output is not a shared library compiling ${what}`);
    return bytes;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A shell script compiling each source to an object at once, then linking them (and `objects`) into `out`. */
function parallelBuild(
  command: string,
  compileArgs: readonly string[],
  srcs: readonly string[],
  objects: readonly string[],
  out: string,
  linkArgs: readonly string[],
): string {
  const q = (a: string) => `'${a.replace(/'/g, "'\\''")}'`;
  const objs = srcs.map((_, i) => path.join(path.dirname(srcs[0]), `unit${i}.o`));
  const run = (args: readonly string[]) => [command, ...args].map(q).join(' ');
  return [
    ...srcs.map((f, i) => `${run([...compileArgs, '-c', f, '-o', objs[i]])} & p${i}=$!`),
    'status=0',
    ...srcs.map((_, i) => `wait $p${i} || status=1`),
    '[ $status = 0 ] || exit 1',
    run(['-shared', '-fPIC', ...objs, ...objects, '-o', out, ...linkArgs]),
  ].join('\n');
}

/**
 * The linker flags of a library: gold for generated ones (linked while the program waits); the
 * kernel library, linked once, with the compiler's default: linked by gold, its OpenBLAS products
 * ran slower (the logistic step's transposed matmul 0.090 against 0.067 ms).
 */
const linkerFor = (cc: CCompiler, opt: OptLevel): readonly string[] => (opt === 'generated' ? cc.linker : []);

/** What every unit of a library is compiled with (the key's flags and the compiler's OpenMP flag). */
const compileFlags = (cc: CCompiler, opt: OptLevel) => [...OPT_LEVEL[opt], ...CC_FLAGS, ...cc.openmp];

/**
 * The headers generated sources include first (jit/render/c-host.ts's prelude), precompiled once
 * (precompiledPrelude): parsing them took ~20 ms of each unit's compile. The sources' own
 * includes of them are then skipped by their include guards.
 */
const PRELUDE = '#include <stdint.h>\n#include "tj_scalar.h"\n#include "tj_simd.h"\n#include "tj_host.h"\n';

/** tj_host.h's tj_run_rows, linked into every generated library. */
const ROWS_SOURCE = path.join(HOST_DIR, 'tj_rows.c');

/**
 * Where the precompiled prelude and tj_rows.c's object of this compiler, these flags, this CPU and
 * these sources live (a folder beside the libraries).
 */
function preludeDir(cc: CCompiler): string {
  const key = cacheKey({
    target: 'native-prelude',
    prelude: PRELUDE,
    headers: nativeHeaders(),
    flags: compileFlags(cc, 'generated'),
    compiler: `${cc.version}|${cc.openmp.join(' ')}`,
    cpu: cc.cpu,
  });
  return path.join(cacheDir(), 'lib', `${key}.pch`);
}

let preludeFound: string | undefined;
/** gcc's precompiled headers are found beside the header; clang's work otherwise (and none is made for it). */
const isGcc = (cc: CCompiler) => !/clang/i.test(cc.version);
/**
 * The precompiled prelude for `-include`, if it was built (kernel-library.ts builds it with the
 * kernel library). gcc reads prelude.h.gch beside it when its flags match, else prelude.h itself:
 * either way the same code. The folder's name is a key of everything the .gch depends on.
 */
export function precompiledPrelude(): string | undefined {
  const cc = cCompiler();
  if (preludeFound || !cc.available || !isGcc(cc)) return preludeFound;
  const header = path.join(preludeDir(cc), 'prelude.h');
  if (fs.existsSync(`${header}.gch`)) preludeFound = header;
  return preludeFound;
}

let rowsFound: string | undefined;
/** tj_rows.c's object, if it was built (with the precompiled prelude); else each library compiles the source. */
export function prebuiltRows(): string | undefined {
  const cc = cCompiler();
  if (rowsFound || !cc.available) return rowsFound;
  const object = path.join(preludeDir(cc), 'tj_rows.o');
  if (fs.existsSync(object)) rowsFound = object;
  return rowsFound;
}

/**
 * Builds tj_rows.c's object and (gcc only) the precompiled prelude once (~0.2 s); on any failure
 * there are none, and compiles parse the headers and compile tj_rows.c with each library.
 */
export function buildPrecompiledPrelude(): void {
  const cc = cCompiler();
  if (!cc.available || prebuiltRows()) return;
  const dir = preludeDir(cc);
  const tmp = `${dir}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(tmp); // in the libraries' folder, which the kernel library's file made
    fs.writeFileSync(path.join(tmp, 'prelude.h'), PRELUDE);
    const run = (args: readonly string[]) =>
      childProcess().spawnSync(cc.command, [...compileFlags(cc, 'generated'), ...args], {
        cwd: tmp,
        encoding: 'utf8',
        timeout: compileTimeout() * 1000,
      }).status === 0;
    const built =
      run(['-c', ROWS_SOURCE, '-o', 'tj_rows.o']) &&
      (!isGcc(cc) || run(['-x', 'c-header', 'prelude.h', '-o', 'prelude.h.gch']));
    if (built) fs.renameSync(tmp, dir);
  } catch {
    /* not writable, or another process renamed its own into place first */
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

let headers: string | undefined;
/** The headers generated sources include (native/*.h and native/host/*.h) and tj_rows.c, linked into them: their text is part of every key. */
function nativeHeaders(): string {
  headers ??= [NATIVE_DIR, HOST_DIR]
    .flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith('.h') || path.join(d, f) === ROWS_SOURCE)
        .sort()
        .map((f) => `${f}\n${fs.readFileSync(path.join(d, f), 'utf8')}`),
    )
    .join('\n');
  return headers;
}

/** The cache key of a library: its source, what it links, and the compiler, its flags and the CPU. */
export function libraryKey(
  source: string,
  link: readonly string[],
  opt: OptLevel,
  extra: Record<string, string> = {},
): string {
  const cc = cCompiler();
  return cacheKey({
    ...extra,
    source,
    link,
    headers: nativeHeaders(),
    flags: [...OPT_LEVEL[opt], ...CC_FLAGS],
    compiler: cc.available ? `${cc.version}|${cc.openmp.join(' ')}|${linkerFor(cc, opt).join(' ')}` : 'none',
    cpu: cc.available ? cc.cpu : '',
  });
}

/**
 * A library through the compile cache: the cached bytes, or compiled now and cached; `cached`
 * says whether the compiler was spared.
 */
export function compileLibraryCached(
  source: string,
  link: readonly string[],
  opt: OptLevel,
  what: string,
  extra: Record<string, string> = {},
): { key: string; bytes: Uint8Array; cached: boolean } {
  const key = libraryKey(source, link, opt, extra);
  const waitMs = (compileTimeout() + 10) * 1000;
  const build = () => compileLibrary(source, link, opt, what);
  const { bytes, cached } = cachedOrBuild(key, build, isSharedLibrary, waitMs);
  return { key, bytes, cached };
}

/**
 * The library of cache entry `key` as a file koffi can load (dlopen needs a path): written once
 * beside the cache (or in the temporary directory when the cache cannot be written), atomically.
 */
export function libraryFile(key: string, bytes: Uint8Array): string {
  for (const dir of [path.join(cacheDir(), 'lib'), path.join(os.tmpdir(), `tensorjit-lib-${os.userInfo().uid}`)]) {
    const file = path.join(dir, `${key}.so`);
    try {
      if (fs.existsSync(file) && fs.statSync(file).size === bytes.length) return file;
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, file);
      return file;
    } catch {
      /* not writable: the next place */
    }
  }
  throw new Error(`tensorjit: cannot write a native library anywhere (tried ${cacheDir()}/lib and ${os.tmpdir()})`);
}

/** The native backend's Toolchain: the C compiler as the seam describes it. */
export const cc: Toolchain = {
  name: 'cc',
  flags: CC_FLAGS,
  probe() {
    const c = cCompiler();
    return c.available ? { available: true, version: c.version } : c;
  },
  timeout: compileTimeout,
  compile(source, _exports, key) {
    const { bytes, cached } = compileLibraryCached(source, [], 'generated', 'a native library', key);
    return { binary: bytes, cached };
  },
};
