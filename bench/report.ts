// Shared benchmark.js reporting: prints each cycle, then a markdown table ready for bench/RESULTS.md.
import fs from 'node:fs';
import type Benchmark from 'benchmark';

export interface Extra { (name: string, meanSeconds: number): string }

const fmtTime = (s: number) => (s < 1e-6 ? `${(s * 1e9).toFixed(0)} ns` : s < 1e-3 ? `${(s * 1e6).toFixed(2)} µs` : `${(s * 1e3).toFixed(2)} ms`);

export function report(suite: Benchmark.Suite, extra: Extra = () => ''): void {
  const rows: string[] = [];
  suite
    .on('cycle', (e: Benchmark.Event) => {
      const t = e.target as Benchmark.Target & { name: string; stats: Benchmark.Stats };
      console.log(String(e.target));
      rows.push(`| ${t.name} | ${fmtTime(t.stats.mean)} ±${t.stats.rme.toFixed(1)}% | ${t.stats.sample.length} | ${extra(t.name, t.stats.mean)} |`);
    })
    .on('complete', () => {
      console.log('\n| benchmark | mean time per call | samples | throughput |\n| --- | --- | --- | --- |');
      for (const r of rows) console.log(r);
    })
    .run({ async: false });
}

/**
 * Replaces the text between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` in
 * bench/RESULTS.md with `body`, leaving the rest of the file alone (the markers are appended at
 * the end the first time).
 */
export function writeResultsSection(name: string, body: string, file = new URL('./RESULTS.md', import.meta.url)): void {
  const start = `<!-- bench:${name}:start -->`, end = `<!-- bench:${name}:end -->`;
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n';
  const block = `${start}\n${body.trimEnd()}\n${end}`;
  const i = text.indexOf(start), j = text.indexOf(end, i);
  fs.writeFileSync(file, i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`);
}
