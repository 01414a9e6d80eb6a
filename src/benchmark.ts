// benchmark(fn, args, opts?): a user's function timed eagerly and on every available compiled tier,
// with benchmark.js's statistics, each tier checked against eager before it is timed.

import { createRequire } from 'node:module';
import type BenchmarkJs from 'benchmark';
import { backends, type BackendName } from '../jit/backends.js';
import { jit, type Jitted } from './jit.js';

/** Where a function runs: eagerly, or compiled for one backend. */
export type BenchmarkTier = 'eager' | BackendName;

/** Options of {@link benchmark}. */
export interface BenchmarkOptions {
  /** Samples benchmark.js takes at least, per tier (default 5). */
  minSamples?: number;
  /** Seconds benchmark.js spends sampling one tier at most, once `minSamples` are in (default 1). */
  maxTime?: number;
  /** Print the table (and the profiles) with console.log (default true). */
  print?: boolean;
  /** Also run `f.profile(...args)` on each compiled tier, where jitted functions have it (default false). */
  profile?: boolean;
  /**
   * The compiled tiers to time (default: every available one, in `backends()` order). Eager is always
   * timed: it is the baseline of `speedup`. A tier named here that is not available gets a row with
   * `error` (the reason `backends()` gives).
   */
  tiers?: BenchmarkTier[];
}

/** One kernel of a profile, as `f.profile(...args)` reports it. */
export interface BenchmarkProfileRow {
  kernel: string | number;
  nodes?: unknown;
  ms: number;
  share?: number;
}
/** What `f.profile(...args)` returns: the time of each kernel of the tier in use. */
export interface BenchmarkProfile {
  tier?: string;
  totalMs?: number;
  rows: BenchmarkProfileRow[];
}

/** One tier's result. */
export interface BenchmarkRow {
  tier: BenchmarkTier;
  /** Median over benchmark.js's samples (each one the mean of many calls), in milliseconds; NaN with `error`. */
  msPerCall: number;
  /**
   * benchmark.js's relative margin of error: the 95% confidence interval of the mean time, as a
   * percentage of it (what benchmark.js prints as "±1.23%"); NaN with `error`.
   */
  spread: number;
  /** Eager time over this tier's time: above 1 the tier is faster (1 for eager; NaN with `error`). */
  speedup: number;
  /**
   * The first call's time (trace, rewrite, compile, load, one run) minus `msPerCall`, clamped at 0,
   * in milliseconds; undefined for eager. A compile cache hit makes it small.
   */
  compileMs?: number;
  /** How many samples benchmark.js took. */
  samples: number;
  /** Why the tier was not timed: not available, compiled to another tier, failed `verify`, or threw. */
  error?: string;
  /** With `opts.profile`, what `f.profile(...args)` returned, where jitted functions have it. */
  profile?: BenchmarkProfile;
  /** With `opts.profile`, why `f.profile(...args)` threw (the row is timed all the same). */
  profileError?: string;
}

const OPTION_KEYS = ['minSamples', 'maxTime', 'print', 'profile', 'tiers'];
const TIER_NAMES: BenchmarkTier[] = ['eager', 'js', 'wasm', 'native', 'cuda'];

// benchmark.js is CommonJS: required lazily (loading tensorjit does not load it and lodash), through
// createRequire, which resolves it the same way from src/ under tsx and from dist/src/ when built.
let benchmarkJs: typeof BenchmarkJs | undefined;
const loadBenchmarkJs = () => (benchmarkJs ??= createRequire(import.meta.url)('benchmark') as typeof BenchmarkJs);

type AnyFn = (...args: any[]) => unknown;

function checkOptions(opts: BenchmarkOptions): Required<Omit<BenchmarkOptions, 'tiers'>> & { tiers?: BenchmarkTier[] } {
  if (opts === null || typeof opts !== 'object' || Array.isArray(opts))
    throw new TypeError(
      `benchmark: options must be an object, got ${opts === null ? 'null' : Array.isArray(opts) ? 'an array' : typeof opts}`,
    );
  for (const k of Object.keys(opts))
    if (!OPTION_KEYS.includes(k))
      throw new TypeError(`benchmark: unknown option ${JSON.stringify(k)} (expected ${OPTION_KEYS.join(', ')})`);
  const minSamples = opts.minSamples ?? 5,
    maxTime = opts.maxTime ?? 1;
  if (!Number.isInteger(minSamples) || minSamples < 1)
    throw new RangeError(`benchmark: minSamples must be a positive integer, got ${String(opts.minSamples)}`);
  if (typeof maxTime !== 'number' || !(maxTime > 0) || !Number.isFinite(maxTime))
    throw new RangeError(`benchmark: maxTime must be a positive number of seconds, got ${String(opts.maxTime)}`);
  for (const k of ['print', 'profile'] as const) {
    if (opts[k] !== undefined && typeof opts[k] !== 'boolean')
      throw new TypeError(`benchmark: ${k} must be true or false, got ${JSON.stringify(opts[k])}`);
  }
  if (opts.tiers !== undefined) {
    if (!Array.isArray(opts.tiers))
      throw new TypeError(`benchmark: tiers must be an array of tier names, got ${typeof opts.tiers}`);
    for (const t of opts.tiers)
      if (!TIER_NAMES.includes(t))
        throw new RangeError(`benchmark: unknown tier ${JSON.stringify(t)} (expected ${TIER_NAMES.join(', ')})`);
  }
  return { minSamples, maxTime, print: opts.print ?? true, profile: opts.profile ?? false, tiers: opts.tiers };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Times `call` with benchmark.js: the median and the relative margin of error of its samples. */
function measure(
  name: string,
  call: () => void,
  minSamples: number,
  maxTime: number,
): { ms: number; rme: number; samples: number } {
  const Benchmark = loadBenchmarkJs();
  // A sample lasts at least minTime; keep it short enough that minSamples fit in maxTime.
  const bench = new Benchmark(name, call, {
    minSamples,
    maxTime,
    initCount: 1,
    minTime: Math.min(0.05, maxTime / (2 * minSamples)),
  });
  bench.run({ async: false });
  if (bench.error) throw bench.error;
  const sample = [...bench.stats.sample].sort((a, b) => a - b);
  const mid = sample.length >> 1;
  const median =
    sample.length === 0 ? bench.stats.mean : sample.length % 2 ? sample[mid] : (sample[mid - 1] + sample[mid]) / 2;
  return { ms: median * 1000, rme: bench.stats.rme, samples: sample.length };
}

/** Runs `f.profile(...args)` with its own printing held back (benchmark prints the profile itself). */
function runProfile(jitted: unknown, args: unknown[]): BenchmarkProfile | undefined {
  const profile = (jitted as { profile?: unknown }).profile;
  if (typeof profile !== 'function') return undefined;
  const log = console.log;
  console.log = () => {};
  try {
    return profile.apply(jitted, args) as BenchmarkProfile;
  } finally {
    console.log = log;
  }
}

const fmtMs = (ms: number) =>
  Number.isNaN(ms) ? '-' : ms >= 100 ? ms.toFixed(1) : ms >= 1 ? ms.toFixed(3) : ms.toPrecision(3);

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function printResult(name: string, o: { minSamples: number; maxTime: number }, rows: BenchmarkRow[]): void {
  const lines = [
    `benchmark ${name} (benchmark.js: median of at least ${o.minSamples} samples, up to ${o.maxTime} s per tier)`,
  ];
  lines.push(
    table([
      ['tier', 'ms per call', '± spread', 'speedup over eager', 'compile ms'],
      ...rows.map((r) =>
        r.error
          ? [r.tier, '-', '-', '-', r.compileMs === undefined ? '-' : fmtMs(r.compileMs)]
          : [
              r.tier,
              fmtMs(r.msPerCall),
              `±${r.spread.toFixed(1)}%`,
              `${r.speedup.toFixed(2)}x`,
              r.compileMs === undefined ? '-' : fmtMs(r.compileMs),
            ],
      ),
    ]),
  );
  for (const r of rows) if (r.error) lines.push(`  ${r.tier}: not timed: ${r.error}`);
  for (const r of rows) if (r.profileError) lines.push(`  ${r.tier}: profile failed: ${r.profileError}`);
  for (const r of rows) {
    if (!r.profile || !Array.isArray(r.profile.rows)) continue;
    lines.push(
      '',
      `profile, ${r.profile.tier ?? r.tier} tier${typeof r.profile.totalMs === 'number' ? ` (${fmtMs(r.profile.totalMs)} ms per call)` : ''}:`,
    );
    lines.push(
      table([
        ['kernel', 'ms', 'share', 'nodes'],
        ...r.profile.rows.map((k) => {
          const nodes = Array.isArray(k.nodes) ? k.nodes.join(', ') : k.nodes === undefined ? '' : String(k.nodes);
          const share = typeof k.share !== 'number' ? '' : `${(k.share <= 1 ? k.share * 100 : k.share).toFixed(1)}%`;
          return [
            String(k.kernel),
            typeof k.ms === 'number' ? fmtMs(k.ms) : '-',
            share,
            nodes.length > 60 ? `${nodes.slice(0, 57)}...` : nodes,
          ];
        }),
      ])
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n'),
    );
  }
  console.log(lines.join('\n'));
}

/**
 * Times `fn(...args)` eagerly and on every available compiled tier (`backends()`, or `opts.tiers`),
 * each one through `jit(fn, { backend, hot: 0, async: false })`, and returns one row per tier,
 * eager first: `{ tier, msPerCall, spread, speedup, compileMs, samples, error?, profile? }`.
 *
 * Per tier: the first call is timed on its own (it traces and compiles; `compileMs` is that time
 * minus `msPerCall`); then `f.verify(...args)` checks the compiled results (outputs and Variables)
 * against eager, and a tier whose compile fell back to another tier, or whose check fails, gets
 * `error` and is not timed; then benchmark.js samples calls (its own warm-up included) until it has
 * `minSamples` samples and `maxTime` seconds have passed. `msPerCall` is the median of the samples,
 * `spread` benchmark.js's relative margin of error in percent, `speedup` eager's `msPerCall` over
 * this tier's. Each call runs the function as written: one that updates Variables (a training step)
 * goes on updating them, as it would in a training loop.
 *
 * Prints a table (tier, ms per call, ± spread, speedup over eager, compile time) unless
 * `opts.print === false`. With `opts.profile`, each compiled tier's `f.profile(...args)` is added to
 * its row as `profile` and printed under the table (skipped where jitted functions have no profile).
 * Pass the plain function, not a `jit()`-wrapped one.
 */
export function benchmark<F extends AnyFn>(fn: F, args: Parameters<F>, opts: BenchmarkOptions = {}): BenchmarkRow[] {
  if (typeof fn !== 'function')
    throw new TypeError(
      `benchmark: expected a function to time as the first argument, got ${fn === null ? 'null' : typeof fn}`,
    );
  if (
    typeof (fn as { verify?: unknown }).verify === 'function' &&
    typeof (fn as { lower?: unknown }).lower === 'function'
  ) {
    throw new TypeError(
      `benchmark: ${fn.name || 'the function'} is already jit()-wrapped; pass the plain function (benchmark compiles it for each tier itself, and times it eagerly as the baseline)`,
    );
  }
  if (!Array.isArray(args))
    throw new TypeError(
      `benchmark: expected the arguments as an array (benchmark(fn, [x, y])), got ${args === null ? 'null' : typeof args}`,
    );
  const o = checkOptions(opts);
  const name = fn.name || 'anonymous';
  const info = backends();
  const tiers: BackendName[] = o.tiers
    ? (o.tiers.filter((t) => t !== 'eager') as BackendName[]).filter((t, i, all) => all.indexOf(t) === i)
    : info.filter((b) => b.available).map((b) => b.name);

  const rows: BenchmarkRow[] = [];
  let eager: { ms: number; rme: number; samples: number };
  try {
    fn(...args);
    eager = measure(
      `${name} [eager]`,
      () => {
        fn(...args);
      },
      o.minSamples,
      o.maxTime,
    );
  } catch (e) {
    throw new Error(`benchmark: ${name}(...args) threw when run eagerly: ${message(e)}`, { cause: e });
  }
  rows.push({ tier: 'eager', msPerCall: eager.ms, spread: eager.rme, speedup: 1, samples: eager.samples });

  for (const tier of tiers) {
    const failed = (error: string, compileMs?: number): BenchmarkRow => ({
      tier,
      msPerCall: NaN,
      spread: NaN,
      speedup: NaN,
      samples: 0,
      error,
      ...(compileMs === undefined ? {} : { compileMs }),
    });
    const b = info.find((x) => x.name === tier)!;
    if (!b.available) {
      rows.push(failed(`not available here: ${b.reason}`));
      continue;
    }
    let f: Jitted<F>;
    let firstMs: number;
    try {
      f = jit(fn, { backend: tier, hot: 0, async: false });
      const t0 = performance.now();
      f(...args);
      firstMs = performance.now() - t0;
    } catch (e) {
      rows.push(failed(`threw: ${message(e)}`));
      continue;
    }
    const ran = f.stats.tier;
    if (ran !== tier) {
      rows.push(
        failed(
          ran === 'eager'
            ? 'the function stays eager (a graph break, or compiling failed: see the warning above)'
            : `compiled to the ${ran} tier instead (see the warning above)`,
          firstMs,
        ),
      );
      continue;
    }
    try {
      f.verify(...args);
    } catch (e) {
      rows.push(failed(`verify failed: ${message(e)}`, firstMs));
      continue;
    }
    let r: { ms: number; rme: number; samples: number };
    try {
      r = measure(
        `${name} [${tier}]`,
        () => {
          f(...args);
        },
        o.minSamples,
        o.maxTime,
      );
    } catch (e) {
      rows.push(failed(`threw: ${message(e)}`, firstMs));
      continue;
    }
    const row: BenchmarkRow = {
      tier,
      msPerCall: r.ms,
      spread: r.rme,
      speedup: eager.ms / r.ms,
      compileMs: Math.max(0, firstMs - r.ms),
      samples: r.samples,
    };
    if (o.profile) {
      try {
        const p = runProfile(f, args);
        if (p !== undefined) row.profile = p;
      } catch (e) {
        row.profileError = message(e);
      }
    }
    rows.push(row);
  }
  if (o.print) printResult(name, o, rows);
  return rows;
}
