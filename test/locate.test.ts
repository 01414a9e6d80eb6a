// Graph-break warnings and explain() name the user's own file, line and expression however tensorjit
// is installed (a copied folder, a symlink as `npm link` / `npm install <folder>` make, npm
// workspaces, an `npm pack` tarball), with and without source maps, and when the user's project is
// itself called tensorjit or lives under a src/ folder. The installs are real: the build in dist/
// (rebuilt first when older than the sources) is laid out in a temp dir and run by plain node.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LIBRARY_DIRS, packageDirs, parseFrame, userFrame } from '../jit/locate.js';
import * as tj from '../src/index.js';

const repo = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tensorjit-locate-'));
const DEPENDENCIES = Object.keys(
  JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).dependencies ?? {},
);

/** All files under dir with the given ending. */
function filesUnder(dir: string, ending: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(ending))
    .map((f) => path.join(dir, f));
}

/** Builds dist/ unless every library source has a newer compiled file there. */
function ensureDist(): void {
  const stale = LIBRARY_DIRS.flatMap((d) => filesUnder(path.join(repo, d), '.ts'))
    .filter((ts) => !ts.endsWith('.d.ts'))
    .some((ts) => {
      const js = path.join(repo, 'dist', path.relative(repo, ts)).replace(/\.ts$/, '.js');
      return !fs.existsSync(js) || fs.statSync(js).mtimeMs < fs.statSync(ts).mtimeMs;
    });
  if (!stale) return;
  // `npm run build`; it may report type errors from work in progress elsewhere and still emit.
  const r = spawnSync(
    process.execPath,
    [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    { cwd: repo, encoding: 'utf8' },
  );
  assert.ok(fs.existsSync(path.join(repo, 'dist/src/index.js')), `build failed:\n${r.stdout}${r.stderr}`);
}

ensureDist();

// The package as `npm pack` sees it: package.json and its "files".
const stage = path.join(tmp, 'stage', 'tensorjit');
fs.mkdirSync(stage, { recursive: true });
for (const f of ['package.json', 'dist', 'native', 'emsdk.config']) {
  if (fs.existsSync(path.join(repo, f))) fs.cpSync(path.join(repo, f), path.join(stage, f), { recursive: true });
}
// Its dependencies, where every install below finds them: a node_modules above them all.
fs.mkdirSync(path.join(tmp, 'node_modules'));
for (const d of DEPENDENCIES)
  fs.symlinkSync(path.join(repo, 'node_modules', d), path.join(tmp, 'node_modules', d), 'dir');

const JS_SCRIPT = [
  '// a user script',
  "import * as tj from 'tensorjit';",
  'const f = tj.jit((v) => (v.sum().item() > 0 ? v : tj.neg(v)), { hot: 0, async: false });',
  'f(tj.tensor([1, 2]));',
  'console.log(String(tj.explain((v) => tj.mul(v, v.max().item()), tj.tensor([1]))));',
  '',
].join('\n');
// Types, an interface and blank lines that the TypeScript transform drops: lines are only right through the source map.
const TS_SCRIPT = [
  "import * as tj from 'tensorjit';",
  'type Vec = tj.Tensor;',
  '',
  'interface Unused { a: number; b: string }',
  'const f = tj.jit((v: Vec): Vec => (v.sum().item() > 0 ? v : tj.neg(v)), { hot: 0, async: false });',
  'f(tj.tensor([1, 2]));',
  'console.log(String(tj.explain((v: Vec) => tj.mul(v, v.max().item() as number), tj.tensor([1]))));',
  '',
].join('\n');

/** A user project at dir with tensorjit installed by `install(node_modules/tensorjit)`, and its script. */
function project(dir: string, install: (target: string) => void, script = 'main.mjs'): string {
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: path.basename(dir), private: true, type: 'module' }),
  );
  install(path.join(dir, 'node_modules', 'tensorjit'));
  const file = path.join(dir, script);
  fs.writeFileSync(file, script.endsWith('.ts') ? TS_SCRIPT : JS_SCRIPT);
  return file;
}
const copy = (target: string) => fs.cpSync(stage, target, { recursive: true });
const link = (to: string) => (target: string) => fs.symlinkSync(to, target, 'dir');

/**
 * Runs a user script with plain node (or with `flags`) from cwd and checks the jit warning names
 * line `jitLine` of the script as `shown`, with the line's text and the expression, and that
 * explain() names line `explainLine`.
 */
function check(
  label: string,
  file: string,
  opts: { cwd?: string; flags?: string[]; shown?: string; jitLine?: number; explainLine?: number } = {},
) {
  const cwd = opts.cwd ?? path.dirname(file);
  const shown = opts.shown ?? path.relative(cwd, file);
  const { jitLine = 3, explainLine = 5 } = opts;
  const r = spawnSync(process.execPath, [...(opts.flags ?? []), file], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NODE_OPTIONS: '', TENSORJIT_CACHE_DIR: path.join(tmp, 'cache') },
  });
  const out = `${label}: exit ${r.status}\n--- stderr\n${r.stderr}\n--- stdout\n${r.stdout}`;
  assert.is(r.status, 0, out);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const warning = new RegExp(
    `tensorjit: graph break in jit\\(anonymous\\): item\\(\\) at ${esc(shown)}:${jitLine}:\\d+\\n    ${esc(lines[jitLine - 1].trim())}\\n    expression: v\\.sum\\(\\)\\.item\\(\\)\\n`,
  );
  assert.match(r.stderr, warning, out);
  const explained = new RegExp(
    `graph break: item\\(\\) at ${esc(shown)}:${explainLine}:\\d+\\n    ${esc(lines[explainLine - 1].trim())}\\n    expression: v\\.max\\(\\)\\.item\\(\\)\\n`,
  );
  assert.match(r.stdout, explained, out);
}
const SOURCE_MAPS = ['--enable-source-maps'];

test('a copied folder in node_modules (npm install of a copy)', () => {
  const file = project(path.join(tmp, 'copied'), copy);
  check('copied', file);
  check('copied, source maps', file, { flags: SOURCE_MAPS });
});

test('a symlink to the checkout (npm link, npm install <folder>)', () => {
  const file = project(path.join(tmp, 'linked'), link(repo));
  check('linked', file);
  check('linked, source maps', file, { flags: SOURCE_MAPS });
});

test('an npm pack tarball extracted into node_modules, run plain, with source maps and by tsx', () => {
  const packed = spawnSync('npm', ['pack', '--offline', '--ignore-scripts', '--silent', '--pack-destination', tmp], {
    cwd: stage,
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.is(packed.status, 0, packed.stderr);
  const tarball = path.join(tmp, packed.stdout.trim().split('\n').pop()!);
  const extract = (target: string) => {
    fs.mkdirSync(target);
    const r = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
    assert.is(r.status, 0, r.stderr);
  };
  const file = project(path.join(tmp, 'packed'), extract);
  assert.ok(fs.existsSync(path.join(tmp, 'packed/node_modules/tensorjit/dist/src/index.js')));
  assert.not.ok(fs.existsSync(path.join(tmp, 'packed/node_modules/tensorjit/src')), 'the tarball ships dist/ only');
  check('packed', file);
  check('packed, source maps', file, { flags: SOURCE_MAPS });
  const ts = path.join(tmp, 'packed', 'main.ts');
  fs.writeFileSync(ts, TS_SCRIPT);
  const tsx = pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
  check('packed, tsx', ts, { flags: ['--import', tsx], jitLine: 5, explainLine: 7 });
});

test('npm workspaces: the package linked into the root node_modules, the script in another workspace', () => {
  const ws = path.join(tmp, 'ws');
  fs.mkdirSync(path.join(ws, 'packages'), { recursive: true });
  fs.writeFileSync(
    path.join(ws, 'package.json'),
    JSON.stringify({ name: 'ws', private: true, workspaces: ['packages/*'] }),
  );
  fs.cpSync(stage, path.join(ws, 'packages', 'tensorjit'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'node_modules'));
  fs.symlinkSync(path.join('..', 'packages', 'tensorjit'), path.join(ws, 'node_modules', 'tensorjit'), 'dir');
  const app = path.join(ws, 'packages', 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  fs.writeFileSync(path.join(app, 'main.mjs'), JS_SCRIPT);
  check('workspaces', path.join(app, 'main.mjs'), { cwd: ws, shown: path.join('packages', 'app', 'main.mjs') });
  check('workspaces, source maps', path.join(app, 'main.mjs'), {
    cwd: ws,
    shown: path.join('packages', 'app', 'main.mjs'),
    flags: SOURCE_MAPS,
  });
});

test("a user project under tensorjit-user/src, and one named tensorjit, is the user's code", () => {
  const underSrc = project(path.join(tmp, 'tensorjit-user', 'src'), copy);
  check('tensorjit-user/src', underSrc);
  check('tensorjit-user/src, source maps', underSrc, { flags: SOURCE_MAPS });
  // Run from elsewhere: the path shown is then the full one.
  check('tensorjit-user/src, other cwd', underSrc, { cwd: path.join(tmp, 'stage'), shown: underSrc });
  const named = project(path.join(tmp, 'tensorjit'), link(stage));
  check('project named tensorjit', named, { flags: SOURCE_MAPS });
});

test('frames: file URLs, spaces and parentheses in paths, async frames and Node internals', () => {
  assert.equal(parseFrame('    at f (file:///a%20b/c%28d%29.mjs:3:7)'), {
    file: path.resolve('/a b/c(d).mjs'),
    line: 3,
    column: 7,
  });
  assert.equal(parseFrame('    at /a b/c (d)/e.mjs:1:2'), { file: '/a b/c (d)/e.mjs', line: 1, column: 2 });
  assert.equal(parseFrame('    at Object.<anonymous> (/a b/e.js:10:20)'), { file: '/a b/e.js', line: 10, column: 20 });
  assert.equal(parseFrame('    at async file:///x/main.mjs:4:1'), { file: '/x/main.mjs', line: 4, column: 1 });
  assert.is(parseFrame('    at ModuleJob.run (node:internal/modules/esm/module_job:234:25)'), undefined);
  assert.is(parseFrame('    at eval (eval at f (/x.mjs:1:2), <anonymous>:1:1)'), undefined);
  assert.is(parseFrame('Error: boom'), undefined);
});

test("frames inside the package are recognised through symlinks; the rest are the user's", () => {
  const root = path.join(tmp, 'frames');
  fs.mkdirSync(path.join(root, 'pkg', 'dist', 'src'), { recursive: true });
  fs.mkdirSync(path.join(root, 'user', 'node_modules'), { recursive: true });
  fs.symlinkSync(path.join(root, 'pkg'), path.join(root, 'user', 'node_modules', 'tensorjit'), 'dir');
  const internal = [
    fs.realpathSync(path.join(root, 'pkg', 'dist', 'src')),
    path.join(fs.realpathSync(path.join(root, 'pkg')), 'src'),
  ];
  const stack = [
    'TracedValueError: item(): a traced tensor has no value yet',
    `    at new TracedValueError (${pathToFileURL(path.join(root, 'user/node_modules/tensorjit/dist/src/errors.js')).href}:9:5)`,
    `    at Tensor.item (${path.join(root, 'user/node_modules/tensorjit/src/tensor.ts')}:60:14)`, // source-mapped, not shipped
    '    at Array.map (<anonymous>)',
    `    at f (${path.join(root, 'user/main.mjs')}:3:30)`,
    `    at trace (${path.join(root, 'pkg/dist/src/tracer.js')}:100:3)`,
  ].join('\n');
  assert.equal(userFrame(stack, internal), { file: path.join(root, 'user/main.mjs'), line: 3, column: 30 });
});

test("the package folders are found from this module: the checkout's library folders, not its tests", () => {
  const include = JSON.parse(fs.readFileSync(path.join(repo, 'tsconfig.build.json'), 'utf8')).include as string[];
  assert.equal([...LIBRARY_DIRS].sort(), [...include].sort(), 'LIBRARY_DIRS follows tsconfig.build.json');
  const real = fs.realpathSync(repo);
  for (const d of LIBRARY_DIRS) assert.ok(packageDirs().includes(path.join(real, d)), d);
  assert.not.ok(packageDirs().some((d) => path.join(real, 'test').startsWith(d)));
});

test('in the checkout under tsx, the tests are the user: a break here names this file', () => {
  const lines: string[] = [];
  const orig = console.warn;
  console.warn = (...a: unknown[]) => {
    lines.push(a.join(' '));
  };
  try {
    const f = tj.jit((v: tj.Tensor) => (v.sum().item() > 0 ? v : tj.neg(v)), { hot: 0, async: false });
    f(tj.tensor([1, 2]));
  } finally {
    console.warn = orig;
  }
  assert.is(lines.length, 1);
  assert.match(lines[0], /item\(\) at test[\\/]locate\.test\.ts:\d+:\d+\n {4}const f = tj\.jit\(/);
  assert.match(lines[0], /expression: v\.sum\(\)\.item\(\)/);
  const e = String(tj.explain((v: tj.Tensor) => tj.mul(v, v.max().item() as number), tj.tensor([1])));
  assert.match(e, /graph break: item\(\) at test[\\/]locate\.test\.ts:\d+:\d+\n {4}const e = String\(tj\.explain/);
  assert.match(e, /expression: v\.max\(\)\.item\(\)/);
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test.run();
