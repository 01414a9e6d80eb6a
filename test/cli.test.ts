// The command line: doctor, cache, a one-epoch demo on real MNIST digits, bad input, bench FILE,
// and where the suites may write.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import { freshCacheDir } from './fresh-cache.js';

const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cli-cache-'));
const runIn = (cache: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TENSORJIT_CACHE_DIR: cache },
  });
const run = (...args: string[]) => runIn(cacheDir, ...args);

test('doctor lists every backend, the toolchain and the cache', () => {
  const r = run('doctor');
  assert.is(r.status, 0, r.stderr);
  for (const b of ['js', 'wasm', 'native', 'cuda'])
    assert.match(r.stdout, new RegExp(`\\b${b}\\s+(available|unavailable: .+)`));
  assert.match(r.stdout, /compile cache: .*tj-cli-cache-/);
});

test('cache shows where it is and clears it', () => {
  // doctor (above) may have left entries of its own (the toolchain probe): count from there.
  const before = Number(/(\d+) entries/.exec(run('cache').stdout)?.[1]);
  fs.mkdirSync(path.join(cacheDir, 'ab'), { recursive: true });
  fs.writeFileSync(path.join(cacheDir, 'ab', 'abcd.bin'), 'x');
  assert.match(run('cache').stdout, new RegExp(`\\b${before + 1} entries`));
  assert.match(run('cache', 'clear').stdout, new RegExp(`cleared ${before + 1} entries`));
  assert.match(run('cache').stdout, /0 entries/);
});

test('a one-epoch demo trains both models eagerly and with @jit on MNIST', () => {
  // On a cache holding what the setup step builds, as `npm run demo` finds it.
  const r = runIn(freshCacheDir('tj-cli-demo-cache-'), 'demo', '1');
  assert.is(r.status, 0, r.stderr);
  const rows = r.stdout.split('\n').filter((l) => /^\| (logistic regression|MLP 784-500-10) \|/.test(l));
  const tiers = tj.backends().filter((b) => (b.name === 'native' || b.name === 'wasm') && b.available).length;
  assert.is(rows.length, tiers === 2 ? 6 : 4, r.stdout);
  for (const row of rows) {
    const acc = Number(/(\d+\.\d)%/.exec(row)![1]);
    assert.ok(acc > 80, `accuracy after one epoch: ${row}`);
  }
  assert.match(r.stdout, /swapped in at step/);
});

test('an unknown command or option prints the usage and exits with 2', () => {
  for (const args of [['frobnicate'], ['--verbose'], ['doctor', '--json'], ['cache', 'purge'], ['bench', '--nope']]) {
    const r = run(...args);
    assert.is(r.status, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /usage: tensorjit/);
    assert.match(r.stderr, new RegExp(args[args.length - 1]));
  }
  const help = run('help');
  assert.is(help.status, 0);
  assert.match(help.stdout, /usage: tensorjit/);
});

test('demo rejects an epochs argument that is not an integer from 1 to 100, naming it and the range', () => {
  for (const bad of ['0', 'abc', '-5', '2.5', '101']) {
    const r = run('demo', bad);
    assert.is(r.status, 2, `demo ${bad}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /demo: epochs must be an integer from 1 to 100/);
    assert.ok(r.stderr.includes(bad), r.stderr);
    assert.not.match(r.stdout, /MNIST/, 'nothing trained');
  }
  const extra = run('demo', '1', '2');
  assert.is(extra.status, 2);
  assert.match(extra.stderr, /demo: unexpected argument 2/);
});

const index = pathToFileURL(fileURLToPath(new URL('../src/index.ts', import.meta.url))).href;
const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-cli-bench-'));
const available = ['js', 'wasm', 'native', 'cuda'].filter((b) =>
  new RegExp(`\\b${b}\\s+available`).test(run('doctor').stdout),
);

test('bench FILE times the default export { fn, args } of a .mjs module on every available tier', () => {
  const file = path.join(userDir, 'step.mjs');
  fs.writeFileSync(
    file,
    `import * as tj from ${JSON.stringify(index)};
const x = tj.rand([64]), y = tj.rand([64]);
export default { fn: function chain(a, b) { return tj.tanh(tj.mul(tj.exp(a), b)); }, args: [x, y] };
`,
  );
  const r = run('bench', file, '--quick');
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /benchmark chain/);
  assert.match(r.stdout, /tier\s+ms per call\s+± spread\s+speedup over eager\s+compile ms/);
  for (const tier of ['eager', ...available])
    assert.match(r.stdout, new RegExp(`\\n${tier}\\s+[\\d.]+\\s+±[\\d.]+%\\s+[\\d.]+x`), tier);
});

test('bench FILE EXPORT takes a named export of a .ts module; a missing or malformed export is an error', () => {
  const file = path.join(userDir, 'fns.ts');
  fs.writeFileSync(
    file,
    `import * as tj from ${JSON.stringify(index)};
const x: tj.Tensor = tj.rand([64]);
export const square = { fn: function sq(a: tj.Tensor) { return tj.mul(a, a); }, args: [x] };
export const broken = { fn: 3, args: [] };
`,
  );
  const r = run('bench', file, 'square', '--quick');
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /benchmark sq/);
  assert.match(r.stdout, /\njs\s+[\d.]+\s+±/);
  const none = run('bench', file, '--quick');
  assert.is(none.status, 1);
  assert.match(
    none.stderr,
    /has no default export; expected export default \{ fn, args \}.*its exports: broken, square/,
  );
  const bad = run('bench', file, 'broken');
  assert.is(bad.status, 1);
  assert.match(bad.stderr, /export broken must be \{ fn, args \}/);
  const missing = run('bench', path.join(userDir, 'nope.mjs'));
  assert.is(missing.status, 2);
  assert.match(missing.stderr, /bench: no such file/);
});

test('the suites write bench/RESULTS.md only when run from the repository checkout', async () => {
  const { resultsFile, writeResultsSection, resultsNote } = await import('../bench/report.js');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const saved = process.env.TENSORJIT_BENCH_CWD;
  try {
    process.env.TENSORJIT_BENCH_CWD = userDir; // a user's project
    assert.is(resultsFile(), undefined);
    assert.is(writeResultsSection('suite', 'nothing'), false);
    assert.match(resultsNote('suite section'), /left as it is/);
    process.env.TENSORJIT_BENCH_CWD = root;
    if (fs.existsSync(path.join(root, '.git'))) assert.match(String(resultsFile()), /bench\/RESULTS\.md$/);
    else assert.is(resultsFile(), undefined);
  } finally {
    if (saved === undefined) delete process.env.TENSORJIT_BENCH_CWD;
    else process.env.TENSORJIT_BENCH_CWD = saved;
  }
  // An explicit file is always written.
  const out = path.join(userDir, 'out.md');
  assert.is(writeResultsSection('suite', '| a |', out), true);
  assert.match(fs.readFileSync(out, 'utf8'), /<!-- bench:suite:start -->\n\| a \|\n<!-- bench:suite:end -->/);
});

test.run();
