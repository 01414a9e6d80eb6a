// Before/after on one machine: checks two commits out into temporary git worktrees (node_modules
// linked from this checkout), runs the same benchmark command in each, alternating A B A B, and
// prints each figure's median per commit side by side with the ratio B/A from this same run.
// Figures are read from the markdown rows the suites print (`| name | 1.23 ms ±… | …`).
// Run: npx tsx bench/compare-commits.ts [--rounds N] [--copy PATH]... [--prepare CMD] A B -- CMD...
//   A, B          commits; '.' is this checkout as it is (uncommitted changes included), run in place
//   --copy PATH   copies PATH from this working tree into both worktrees first (a benchmark file
//                 older commits lack); may repeat
//   --prepare CMD runs once in each worktree before the rounds (e.g. 'npx tsx jit/setup-native.ts')
// Example: npx tsx bench/compare-commits.ts --copy bench/small-call.bench.ts e72bf8a HEAD -- npx tsx bench/small-call.bench.ts --quick
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv: string[]) {
  const sep = argv.indexOf('--');
  if (sep < 0) throw new Error('usage: compare-commits [--rounds N] [--copy PATH]... [--prepare CMD] A B -- CMD...');
  const opts = argv.slice(0, sep),
    cmd = argv.slice(sep + 1);
  let rounds = 3,
    prepare: string | undefined;
  const copy: string[] = [],
    commits: string[] = [];
  for (let i = 0; i < opts.length; i++) {
    if (opts[i] === '--rounds') rounds = Number(opts[++i]);
    else if (opts[i] === '--copy') copy.push(opts[++i]);
    else if (opts[i] === '--prepare') prepare = opts[++i];
    else commits.push(opts[i]);
  }
  if (commits.length !== 2 || cmd.length === 0 || !(rounds >= 1))
    throw new Error('compare-commits: give two commits, a command after --, and --rounds >= 1');
  return { rounds, copy, prepare, commits, cmd };
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** Seconds from a suite's time cell ("544 ns ±0.9%", "1.20 µs", "3.4 ms"). */
function seconds(cell: string): number | undefined {
  const m = /^([\d.,]+)\s*(ns|µs|us|ms|s)\b/.exec(cell.trim());
  if (!m) return undefined;
  const scale = { ns: 1e-9, µs: 1e-6, us: 1e-6, ms: 1e-3, s: 1 }[m[2] as 'ns'];
  return Number(m[1].replace(/,/g, '')) * scale;
}

/** The figures of one run: each markdown row's name and time (the first row of a name wins). */
function figures(stdout: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of stdout.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || cells[0] !== '') continue;
    const s = seconds(cells[2]);
    if (s !== undefined && !out.has(cells[1])) out.set(cells[1], s);
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (s: number) =>
  s < 1e-6
    ? `${(s * 1e9).toFixed(0)} ns`
    : s < 1e-3
      ? `${(s * 1e6).toFixed(2)} µs`
      : s < 1
        ? `${(s * 1e3).toFixed(2)} ms`
        : `${s.toFixed(2)} s`;

function main(): void {
  const { rounds, copy, prepare, commits, cmd } = parseArgs(process.argv.slice(2));
  const here = (c: string) => c === '.';
  const shas = commits.map((c) =>
    here(c) ? `${git('rev-parse', '--short', 'HEAD')}+worktree` : git('rev-parse', '--short', `${c}^{commit}`),
  );
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tensorjit-compare-'));
  const trees = shas.map((sha, i) => (here(commits[i]) ? root : path.join(tmp, `${'AB'[i]}-${sha}`)));
  const cleanup = () => {
    for (const t of trees)
      if (t !== root && fs.existsSync(t)) spawnSync('git', ['worktree', 'remove', '--force', t], { cwd: root });
    spawnSync('git', ['worktree', 'prune'], { cwd: root });
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    shas.forEach((sha, i) => {
      if (trees[i] !== root) {
        git('worktree', 'add', '--detach', '--quiet', trees[i], sha);
        fs.symlinkSync(path.join(root, 'node_modules'), path.join(trees[i], 'node_modules'), 'dir');
        for (const p of copy) fs.cpSync(path.join(root, p), path.join(trees[i], p), { recursive: true });
      }
      if (prepare) {
        const r = spawnSync(prepare, { cwd: trees[i], shell: true, stdio: ['ignore', 'ignore', 'inherit'] });
        if (r.status !== 0) throw new Error(`compare-commits: --prepare failed in ${shas[i]} (exit ${r.status})`);
      }
    });
    const runs: Map<string, number>[][] = [[], []];
    for (let round = 0; round < rounds; round++) {
      for (const i of [0, 1]) {
        process.stderr.write(`round ${round + 1}/${rounds}: ${'AB'[i]} ${shas[i]}: ${cmd.join(' ')}\n`);
        const r = spawnSync(cmd[0], cmd.slice(1), {
          cwd: trees[i],
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        if (r.status !== 0)
          throw new Error(`compare-commits: the command failed in ${shas[i]} (exit ${r.status}):\n${r.stdout}`);
        runs[i].push(figures(r.stdout));
      }
    }
    const names = [...new Set(runs.flatMap((rs) => rs.flatMap((m) => [...m.keys()])))];
    console.log(
      `\nCommand: \`${cmd.join(' ')}\`, ${rounds} rounds alternating A B; medians; ratio = B / A (below 1: B faster)\n`,
    );
    console.log(`| benchmark | A ${shas[0]} | B ${shas[1]} | B / A |\n| --- | --- | --- | --- |`);
    for (const name of names) {
      const [a, b] = runs.map((rs) => rs.map((m) => m.get(name)).filter((x): x is number => x !== undefined));
      const ma = a.length ? median(a) : NaN,
        mb = b.length ? median(b) : NaN;
      const cell = (x: number) => (Number.isNaN(x) ? '—' : fmt(x));
      console.log(
        `| ${name} | ${cell(ma)} | ${cell(mb)} | ${Number.isNaN(ma / mb) ? '—' : `${(mb / ma).toFixed(2)}×`} |`,
      );
    }
  } finally {
    cleanup();
  }
}

main();
