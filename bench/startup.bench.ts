// Start-up costs, each measured in fresh processes (median of several): importing the package entry,
// the first compiled call of a new small function (JS tier; WASM from a warm compile cache), and the
// first JS-tier call in a synchronous loop that never awaits. Each measurement is one run of
// bench/startup-child.mjs: on the sources through tsx, or with --dist on the built package (dist/,
// from `npm run build`: plain node, no tsx). Then, unless --no-small or --dist, the fixed costs of
// small calls from bench/small-call.bench.ts --quick (an eager add of two 16-element tensors, a
// compiled call on 16 elements), whose table rows it prints again.
// Run: npx tsx bench/startup.bench.ts [--runs N] [--dist] [--no-small]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const childScript = fileURLToPath(new URL('./startup-child.mjs', import.meta.url));
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dist = process.argv.includes('--dist');
const entry = dist ? 'dist/src/index.js' : 'src/index.ts';

type Mode = 'import' | 'first-js' | 'first-wasm' | 'loop';
interface Sample {
  ms: number;
  fromStart?: number;
  calls?: number;
  skip?: string;
}

function sample(mode: Mode): Sample {
  const args = [...(dist ? [] : ['--import', 'tsx']), childScript, mode, entry];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('@@'));
  if (!line) throw new Error(`startup.bench: ${mode} child failed (exit ${r.status}):\n${r.stderr}`);
  return JSON.parse(line.slice(2)) as Sample;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1e3).toFixed(2)} µs` : `${ms.toFixed(2)} ms`);

async function main(): Promise<void> {
  if (dist && !fs.existsSync(`${root}/${entry}`))
    throw new Error(`startup.bench: no ${entry}: run npm run build first`);
  const runs = Number(arg('--runs') ?? 5);
  const rows: string[] = [];
  const row = (name: string, xs: number[], note = '') => {
    const line = `| ${name} | ${fmt(median(xs))} | ${xs.length} | ${note} |`;
    rows.push(line);
    console.error(line); // progress; the table at the end is the result
  };
  const measure = (mode: Mode, warm: number) => {
    for (let i = 0; i < warm; i++) sample(mode); // transpile caches (tsx) and, for WASM, the compile cache
    const got: Sample[] = [];
    for (let i = 0; i < runs; i++) got.push(sample(mode));
    const skip = got.find((s) => s.skip)?.skip;
    return { got: got.filter((s) => !s.skip), skip };
  };

  const imp = measure('import', 1);
  row(
    `import the entry (${entry}, fresh process)`,
    imp.got.map((s) => s.ms),
    imp.skip,
  );
  const js = measure('first-js', 1);
  row(
    'first compiled call, new function, JS tier (hot 0, async false)',
    js.got.map((s) => s.ms),
    js.skip,
  );
  const wasm = measure('first-wasm', 1);
  row(
    'first compiled call, new function, WASM tier, warm cache',
    wasm.got.map((s) => s.ms),
    wasm.skip,
  );
  const loop = measure('loop', 0);
  const calls = median(loop.got.map((s) => s.calls ?? NaN));
  row(
    'first JS-tier call in a loop that never awaits (from the loop start)',
    loop.got.map((s) => s.ms),
    loop.skip ?? `${calls} calls`,
  );
  row(
    'the same, from process start',
    loop.got.map((s) => s.fromStart ?? NaN),
  );

  if (!dist && !process.argv.includes('--no-small')) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/small-call.bench.ts', '--quick'], {
      cwd: root,
      encoding: 'utf8',
    });
    for (const l of (r.stdout ?? '').split('\n')) if (/^\| (eager add|the same compiled)/.test(l)) rows.push(l);
  }
  console.log('\n| start-up | median | runs | note |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
}

await main();
