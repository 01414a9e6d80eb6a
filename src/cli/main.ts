#!/usr/bin/env node
// The command line: `npx tensorjit demo | bench | doctor | cache [clear]`.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirProblem, cacheInfo, clearCache } from '../../jit/cache.js';
import { toolchain } from '../../jit/emcc.js';
import { nativeKernelsCached } from '../../runtime/wasm/native.js';
import { backends } from '../jit.js';
import { demo } from './demo.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = [path.resolve(here, '../..'), path.resolve(here, '../../..')].find((d) => fs.existsSync(path.join(d, 'package.json')))!;

/** Reports what runs here; writes nothing into the compile cache (the emcc version probe is not stored). */
function doctor(): void {
  const tc = toolchain({ store: false });
  console.log(`node ${process.version}; emcc: ${tc.available ? tc.version : `missing (${tc.reason})`}`);
  for (const b of backends()) console.log(`  ${b.name.padEnd(6)} ${b.available ? 'available' : `unavailable: ${b.reason}`}`);
  const c = cacheInfo(), problem = cacheDirProblem();
  console.log(`compile cache: ${c.dir} (${c.entries} entries, ${(c.bytes / 1024).toFixed(0)} KiB)`);
  if (problem) console.log(`  not writable (${problem}): compiled modules are kept in memory only, and compiled again by every process`);
  const built = tc.available && nativeKernelsCached();
  console.log(`prebuilt WASM kernels: ${built ? `built (${(built.length / 1024).toFixed(0)} KiB)` : tc.available ? 'not built (npm run setup builds them; so does the first WASM-tier compile)' : 'not built (no emcc)'}`);
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

/**
 * The benchmarks run from a checkout (they are TypeScript, run through tsx). With no suite named,
 * the whole table (bench/suite.bench.ts: every workload eager and on each tier, `--compare` adds
 * jax-js and TF.js), which rewrites its sections of bench/RESULTS.md; `all` runs every suite.
 */
function bench(args: string[]): void {
  const dir = path.join(packageRoot, 'bench');
  const suites = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort() : [];
  if (suites.length === 0) { console.log('the benchmark suites ship with the repository checkout (bench/*.bench.ts)'); process.exitCode = 1; return; }
  const flags = args.filter((a) => a.startsWith('-'));
  const named = args.filter((a) => !a.startsWith('-'));
  const chosen = named.includes('all') ? suites : suites.filter((f) => (named.length === 0 ? ['suite'] : named).some((c) => f.startsWith(c)));
  if (chosen.length === 0) { console.log(`no benchmark suite matches ${named.join(', ')}; there are: ${suites.map((f) => f.replace('.bench.ts', '')).join(', ')}, all`); process.exitCode = 1; return; }
  const npm = process.env.npm_lifecycle_event === 'bench';
  const command = `${npm ? 'npm run bench' : 'npx tensorjit bench'}${args.length ? `${npm ? ' --' : ''} ${args.join(' ')}` : ''}`;
  for (const s of chosen) {
    if (chosen.length > 1) console.log(`\n== ${s}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, s), ...flags], { stdio: 'inherit', cwd: packageRoot, env: { ...process.env, TENSORJIT_BENCH_COMMAND: command } });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'demo': demo({ epochs: rest[0] ? Number(rest[0]) : undefined }); break;
  case 'bench': bench(rest); break;
  case 'doctor': doctor(); break;
  case 'cache': cache(rest); break;
  default:
    console.log('usage: tensorjit demo [epochs] | bench [suite...|all] [--quick] [--compare] | doctor | cache [clear]');
    process.exitCode = command === undefined || command === 'help' || command === '--help' ? 0 : 1;
}
