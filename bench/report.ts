// Shared benchmark.js reporting: prints each cycle, then a markdown table ready for bench/RESULTS.md.
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
