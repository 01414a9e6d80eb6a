// Shared benchmark.js reporting: prints each cycle, then a markdown table ready for bench/RESULTS.md
// (which the suites write only in the repository checkout: resultsFile).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Benchmark from 'benchmark';

export interface Extra {
  (name: string, meanSeconds: number): string;
}

const fmtTime = (s: number) =>
  s < 1e-6 ? `${(s * 1e9).toFixed(0)} ns` : s < 1e-3 ? `${(s * 1e6).toFixed(2)} µs` : `${(s * 1e3).toFixed(2)} ms`;

export function report(suite: Benchmark.Suite, extra: Extra = () => ''): void {
  const rows: string[] = [];
  suite
    .on('cycle', (e: Benchmark.Event) => {
      const t = e.target as Benchmark.Target & { name: string; stats: Benchmark.Stats };
      console.log(String(e.target));
      rows.push(
        `| ${t.name} | ${fmtTime(t.stats.mean)} ±${t.stats.rme.toFixed(1)}% | ${t.stats.sample.length} | ${extra(t.name, t.stats.mean)} |`,
      );
    })
    .on('complete', () => {
      console.log('\n| benchmark | mean time per call | samples | throughput |\n| --- | --- | --- | --- |');
      for (const r of rows) console.log(r);
    })
    .run({ async: false });
}

/**
 * bench/RESULTS.md, where the suites may write: only when run from the repository checkout itself
 * (the package root has .git, and the folder the command was run in, TENSORJIT_BENCH_CWD as
 * `tensorjit bench` passes it or else the current directory, is that root). Anywhere else (an
 * installed or linked package run from a user's project) undefined: the tables go to stdout only,
 * and nothing inside the package is written.
 */
export function resultsFile(): URL | undefined {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const from = process.env.TENSORJIT_BENCH_CWD || process.cwd();
  return fs.existsSync(path.join(root, '.git')) && real(from) === real(root)
    ? new URL('./RESULTS.md', import.meta.url)
    : undefined;
}

/** What the suites print at the end: where the tables were written, or that they were not. */
export function resultsNote(what: string): string {
  return resultsFile()
    ? `wrote bench/RESULTS.md (${what})`
    : 'bench/RESULTS.md left as it is: the suites update it only when run from the repository checkout (cd there, then npm run bench); the tables above are the results';
}

/**
 * Replaces the text between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` in
 * `file` (by default bench/RESULTS.md, where {@link resultsFile} allows it) with `body`, leaving
 * the rest of the file alone (the markers are appended at the end the first time). Returns whether
 * it wrote: with no file given outside the checkout it writes nothing.
 */
export function writeResultsSection(
  name: string,
  body: string,
  file: URL | string | undefined = resultsFile(),
): boolean {
  if (file === undefined) return false;
  const start = `<!-- bench:${name}:start -->`,
    end = `<!-- bench:${name}:end -->`;
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n';
  const block = `${start}\n${body.trimEnd()}\n${end}`;
  const i = text.indexOf(start),
    j = text.indexOf(end, i);
  fs.writeFileSync(
    file,
    i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`,
  );
  return true;
}
