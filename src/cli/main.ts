#!/usr/bin/env node
// The command line: `npx tensorjit demo | bench | doctor | cache [clear]`.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheInfo, clearCache } from '../../jit/cache.js';
import { toolchain } from '../../jit/emcc.js';
import { backends } from '../jit.js';
import { demo } from './demo.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageRoot = [path.resolve(here, '../..'), path.resolve(here, '../../..')].find((d) => fs.existsSync(path.join(d, 'package.json')))!;

function doctor(): void {
  const tc = toolchain();
  console.log(`node ${process.version}; emcc: ${tc.available ? tc.version : `missing (${tc.reason})`}`);
  for (const b of backends()) console.log(`  ${b.name.padEnd(6)} ${b.available ? 'available' : `unavailable: ${b.reason}`}`);
  const c = cacheInfo();
  console.log(`compile cache: ${c.dir} (${c.entries} entries, ${(c.bytes / 1024).toFixed(0)} KiB)`);
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

/** The benchmark suites run from a checkout (they are TypeScript, run through tsx). */
function bench(args: string[]): void {
  const dir = path.join(packageRoot, 'bench');
  const suites = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.bench.ts')) : [];
  if (suites.length === 0) { console.log('the benchmark suites ship with the repository checkout (bench/*.bench.ts)'); process.exitCode = 1; return; }
  const chosen = args.filter((a) => !a.startsWith('-'));
  for (const s of suites.filter((f) => chosen.length === 0 || chosen.some((c) => f.startsWith(c)))) {
    console.log(`\n== ${s}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(dir, s), ...args.filter((a) => a.startsWith('-'))], { stdio: 'inherit', cwd: packageRoot });
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
    console.log('usage: tensorjit demo [epochs] | bench [suite...] [--quick] | doctor | cache [clear]');
    process.exitCode = command === undefined || command === 'help' || command === '--help' ? 0 : 1;
}
