#!/usr/bin/env node
// The command line: `npx tensorjit demo [epochs] | bench [suite...|all] | bench FILE [EXPORT] | doctor | cache [clear]`.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { cacheDirProblem, cacheInfo, clearCache } from '../../jit/cache.js';
import { toolchain } from '../../jit/emcc.js';
import { kernelLibraryIfBuilt } from '../../jit/backends/native/kernel-library.js';
import { cCompiler } from '../../jit/backends/native/toolchain.js';
import { prebuiltKernelsCached } from '../../runtime/wasm/prebuilt.js';
import { benchmark } from '../benchmark.js';
import { backends } from '../jit.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = [path.resolve(here, '../..'), path.resolve(here, '../../..')].find((d) =>
  fs.existsSync(path.join(d, 'package.json')),
)!;

/** Reports what runs here; writes nothing into the compile cache (the emcc and cc probes are not stored). */
function doctor(): void {
  const tc = toolchain({ store: false });
  cCompiler({ store: false });
  console.log(`node ${process.version}; emcc: ${tc.available ? tc.version : `missing (${tc.reason})`}`);
  for (const b of backends())
    console.log(
      `  ${b.name.padEnd(6)} ${b.available ? `available${b.detail ? ` (${b.detail})` : ''}` : `unavailable: ${b.reason}`}`,
    );
  const c = cacheInfo(),
    problem = cacheDirProblem();
  console.log(`compile cache: ${c.dir} (${c.entries} entries, ${(c.bytes / 1024).toFixed(0)} KiB)`);
  if (problem)
    console.log(
      `  not writable (${problem}): compiled modules are kept in memory only, and compiled again by every process`,
    );
  const built = tc.available && prebuiltKernelsCached();
  console.log(
    `prebuilt WASM kernels: ${built ? `built (${(built.length / 1024).toFixed(0)} KiB)` : tc.available ? 'not built (npm run setup builds them; so does the first WASM-tier compile)' : 'not built (no emcc)'}`,
  );
  const nativeKernels = kernelLibraryIfBuilt();
  console.log(
    `native kernel library: ${nativeKernels ? `built (${nativeKernels})` : cCompiler().available ? 'not built (npm run setup builds it; so does the first native-tier compile)' : 'not built (no C compiler)'}`,
  );
}

function cache(args: string[]): void {
  if (args[0] === 'clear') {
    const before = cacheInfo();
    clearCache();
    console.log(`cleared ${before.entries} entries from ${before.dir}`);
    return;
  }
  const c = cacheInfo();
  console.log(`${c.dir}\n${c.entries} entries, ${(c.bytes / 1024).toFixed(0)} KiB`);
}

const USAGE = `usage: tensorjit <command>
  demo [epochs]                  train on MNIST eagerly and with @jit; epochs: passes over the
                                 8,000 training digits, an integer from 1 to 100 (default 8)
  bench FILE [EXPORT] [--quick] [--profile]
                                 time a function of your own eagerly and on every available tier
                                 (tj.benchmark). FILE (.mjs/.js, or .ts/.mts through tsx) exports
                                 { fn, args }: as its default export, or as the export named EXPORT:
                                   export default { fn: step, args: [x, y] };
                                 exit code 1 when a tier fails its check against eager
  bench [suite...|all] [--quick] [--compare]
                                 the library's own benchmark suites (repository checkout only)
  bench --gpu [--quick]          the CUDA tier against PyTorch and JAX on this GPU (checkout only)
  doctor                         what runs here: backends, toolchain, compile cache
  cache [clear]                  where the compile cache is, and clearing it
  help                           this text`;

/** A command-line mistake: the message, the usage, exit code 2. */
class UsageError extends Error {}

function checkFlags(command: string, args: string[], allowed: string[]): void {
  for (const a of args) {
    if (a.startsWith('-') && !allowed.includes(a))
      throw new UsageError(
        `${command}: unknown option ${a}${allowed.length ? ` (accepted: ${allowed.join(', ')})` : ''}`,
      );
  }
}

const MODULE_EXT = /\.(m|c)?(j|t)s$/;
const isModuleArg = (a: string) =>
  MODULE_EXT.test(a) || a.includes('/') || a.includes(path.sep) || (fs.existsSync(a) && fs.statSync(a).isFile());

/**
 * The benchmarks run from a checkout (they are TypeScript, run through tsx). With no suite named,
 * the whole table (bench/suite.bench.ts: every workload eager and on each tier, `--compare` adds
 * jax-js and TF.js); `all` runs every suite. They update bench/RESULTS.md only when run from the
 * repository checkout itself (bench/report.ts decides, from the folder this command was run in,
 * passed as TENSORJIT_BENCH_CWD); elsewhere the tables go to stdout only.
 */
function benchSuites(args: string[]): void {
  checkFlags('bench', args, ['--quick', '--compare', '--gpu']);
  const dir = path.join(packageRoot, 'bench');
  if (args.includes('--gpu')) return benchGpu(dir, args.includes('--quick'));
  const suites = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .sort()
    : [];
  if (suites.length === 0) {
    console.error(
      'the benchmark suites ship with the repository checkout (bench/*.bench.ts); to time a function of your own: tensorjit bench FILE [EXPORT]',
    );
    process.exitCode = 1;
    return;
  }
  const flags = args.filter((a) => a.startsWith('-'));
  const named = args.filter((a) => !a.startsWith('-'));
  const chosen = named.includes('all')
    ? suites
    : suites.filter((f) => (named.length === 0 ? ['suite'] : named).some((c) => f.startsWith(c)));
  if (chosen.length === 0)
    throw new UsageError(
      `bench: no benchmark suite matches ${named.join(', ')}; there are: ${suites.map((f) => f.replace('.bench.ts', '')).join(', ')}, all (or give a module file: bench FILE [EXPORT])`,
    );
  const npm = process.env.npm_lifecycle_event === 'bench';
  const command = `${npm ? 'npm run bench' : 'npx tensorjit bench'}${args.length ? `${npm ? ' --' : ''} ${args.join(' ')}` : ''}`;
  for (const s of chosen) {
    if (chosen.length > 1) console.log(`\n== ${s}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, s), ...flags], {
      stdio: 'inherit',
      cwd: packageRoot,
      env: { ...process.env, TENSORJIT_BENCH_COMMAND: command, TENSORJIT_BENCH_CWD: process.cwd() },
    });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
}

/**
 * `bench --gpu`: the CUDA tier's workloads (bench/cuda.bench.ts), then the same on this GPU in
 * PyTorch (eager, torch.compile) and JAX (bench/gpu/peers.py, where python3 has them), then one
 * table of both with the issue's goals (bench/gpu/report.py).
 */
function benchGpu(dir: string, quick: boolean): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'tensorjit-gpu-bench-'));
  const q = quick ? ['--quick'] : [];
  const run = (cmd: string, a: string[]) => spawnSync(cmd, a, { stdio: 'inherit', cwd: packageRoot }).status;
  const tj = path.join(out, 'tj.json'),
    peers = path.join(out, 'peers.json');
  if (run(process.execPath, ['--import', 'tsx', path.join(dir, 'cuda.bench.ts'), ...q, '--json', tj]) !== 0)
    process.exitCode = 1;
  if (run('python3', [path.join(dir, 'gpu', 'peers.py'), ...q, '--json', peers]) !== 0)
    console.log('bench --gpu: the peers (python3 with torch, jax) did not run; the table has tensorjit only');
  run('python3', [path.join(dir, 'gpu', 'report.py'), tj, peers]);
}

/** tsx's loader, from the user's project first, then from tensorjit's own dependencies. */
function findTsx(): string | undefined {
  for (const base of [process.cwd(), packageRoot]) {
    try {
      return createRequire(path.join(base, 'noop.js')).resolve('tsx');
    } catch {
      /* not there */
    }
  }
  return undefined;
}

/**
 * `bench FILE [EXPORT]`: FILE's default export (or the export named EXPORT) is `{ fn, args }`;
 * tj.benchmark(fn, args) times it. TypeScript files are loaded through tsx: where this process has
 * no TypeScript loader, the command runs again under `node --import tsx`.
 */
async function benchModule(args: string[]): Promise<void> {
  checkFlags('bench', args, ['--quick', '--profile']);
  const [file, exportName, ...extra] = args.filter((a) => !a.startsWith('-'));
  if (extra.length) throw new UsageError(`bench: unexpected argument ${extra[0]} (bench FILE [EXPORT])`);
  // Relative to the folder the command was run in (npm run sets the package root as cwd, INIT_CWD to that folder).
  const abs =
    [path.resolve(file), ...(process.env.INIT_CWD ? [path.resolve(process.env.INIT_CWD, file)] : [])].find((f) =>
      fs.existsSync(f),
    ) ?? path.resolve(file);
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) throw new UsageError(`bench: no such file: ${file}`);
  let mod: Record<string, unknown>;
  try {
    mod = await import(pathToFileURL(abs).href);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_UNKNOWN_FILE_EXTENSION' && /\.(m|c)?ts$/.test(abs) && !process.env.TENSORJIT_BENCH_UNDER_TSX) {
      const tsx = findTsx();
      if (!tsx) {
        console.error(
          `bench: ${file} is TypeScript, and tsx (which loads it) is not installed here: npm install --save-dev tsx, or give a .mjs file`,
        );
        process.exitCode = 1;
        return;
      }
      const r = spawnSync(
        process.execPath,
        ['--import', pathToFileURL(tsx).href, fileURLToPath(import.meta.url), 'bench', ...args],
        { stdio: 'inherit', env: { ...process.env, TENSORJIT_BENCH_UNDER_TSX: '1' } },
      );
      process.exitCode = r.status ?? 1;
      return;
    }
    console.error(`bench: could not load ${file}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
    return;
  }
  const key = exportName ?? 'default';
  const exported = mod[key];
  const convention = 'export default { fn, args } (or name the export: tensorjit bench FILE EXPORT)';
  if (exported === undefined) {
    const names = Object.keys(mod);
    console.error(
      `bench: ${file} has no ${exportName ? `export named ${exportName}` : 'default export'}; expected ${convention}${names.length ? `; its exports: ${names.join(', ')}` : ''}`,
    );
    process.exitCode = 1;
    return;
  }
  const { fn, args: fnArgs } = (exported ?? {}) as { fn?: unknown; args?: unknown };
  if (typeof fn !== 'function' || !Array.isArray(fnArgs)) {
    console.error(
      `bench: ${file}'s ${exportName ? `export ${exportName}` : 'default export'} must be { fn, args }: fn the function to time, args an array of its arguments (got ${typeof fn !== 'function' ? `fn: ${typeof fn}` : `args: ${typeof fnArgs}`}); expected ${convention}`,
    );
    process.exitCode = 1;
    return;
  }
  const quick = args.includes('--quick');
  const rows = benchmark(fn as (...a: unknown[]) => unknown, fnArgs, {
    ...(quick ? { minSamples: 3, maxTime: 0.25 } : {}),
    profile: args.includes('--profile'),
  });
  if (rows.some((r) => r.error)) process.exitCode = 1;
}

async function main(command: string | undefined, rest: string[]): Promise<void> {
  switch (command) {
    case 'demo': {
      checkFlags(
        'demo',
        rest.filter((a) => !/^-\d/.test(a)),
        [],
      ); // -5 is a (bad) epochs value, not an option
      if (rest.length > 1) throw new UsageError(`demo: unexpected argument ${rest[1]} (demo [epochs])`);
      const { demo, parseEpochs } = await import('./demo.js'); // loads the MNIST package only for the demo
      let epochs: number | undefined;
      try {
        epochs = rest.length ? parseEpochs(rest[0]) : undefined;
      } catch (e) {
        throw new UsageError(`demo: ${(e as Error).message}`);
      }
      demo({ epochs });
      break;
    }
    case 'bench': {
      const positional = rest.filter((a) => !a.startsWith('-'));
      if (positional.length > 0 && isModuleArg(positional[0])) await benchModule(rest);
      else benchSuites(rest);
      break;
    }
    case 'doctor':
      if (rest.length) throw new UsageError(`doctor: unexpected argument ${rest[0]} (doctor takes none)`);
      doctor();
      break;
    case 'cache':
      if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'clear'))
        throw new UsageError(`cache: unexpected argument ${rest[rest.length - 1]} (cache [clear])`);
      cache(rest);
      break;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      break;
    default:
      throw new UsageError(`${command}: unknown ${command.startsWith('-') ? 'option' : 'command'}`);
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  await main(command, rest);
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(`tensorjit ${e.message}\n\n${USAGE}`);
  process.exitCode = 2;
}
