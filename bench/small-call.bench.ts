// The fixed costs of small calls (benchmark.js): an eager add of two 16-element tensors, the two
// eager ops a small function runs, and that function compiled on the JS and WASM tiers, where
// what is measured is the call's own overhead (signature check, copies, the call), not arithmetic.
// Run: npx tsx bench/small-call.bench.ts [--quick]
import Benchmark from 'benchmark';
import * as tj from '../src/index.js';
import { report } from './report.js';

const quick = process.argv.includes('--quick');
const opts = { minSamples: 20, maxTime: quick ? 0.5 : 2 };

const a = tj.rand([16]),
  b = tj.rand([16]);
const f = (x: tj.Tensor, y: tj.Tensor) => tj.mul(tj.add(x, y), 2);
const js = tj.jit(f, { hot: 0, async: false, backend: 'js' });
const wasm = tj.backends().find((x) => x.name === 'wasm')!.available
  ? tj.jit(f, { hot: 0, async: false, backend: 'wasm' })
  : undefined;
js(a, b);
wasm?.(a, b);

const suite = new Benchmark.Suite('small calls');
suite.add('eager add, 16 f32', () => tj.add(a, b), opts);
suite.add('two eager ops (add, mul), 16 f32', () => f(a, b), opts);
suite.add('the same compiled: js tier', () => js(a, b), opts);
if (wasm) suite.add('the same compiled: wasm tier', () => wasm(a, b), opts);
report(suite);
