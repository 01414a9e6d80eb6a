// The optimizer's cost and effect (benchmark.js): graph size before and after the rewrite phases,
// and rewrite time, for the MLP training step and a 5,000-node elementwise graph.
// Run: npx tsx bench/rewrite.bench.ts [--quick]
import Benchmark from 'benchmark';
import { generateJs } from '../jit/codegen-js.js';
import { type Graph } from '../jit/graph.js';
import { nodeCount } from '../jit/jit.js';
import { optimize } from '../jit/optimize.js';
import { trace } from '../jit/tracer.js';
import * as tj from '../src/index.js';
import type { Tensor } from '../src/index.js';
import { report } from './report.js';
import { mlp } from './workloads.js';

const quick = process.argv.includes('--quick');
tj.seed(0);

// The MLP training step (784-512-512-10, batch 128, SGD), as the JS tier sees it.
const mlpStep = mlp().step;
const mlpGraph = trace('mlpStep', mlpStep, undefined, [], () => false).graph;

// 5,000 elementwise nodes: a long chain with redundancy for the rules to find (x*1, +0,
// double negation, constant arithmetic, log(1+exp)), over a 1,000-element input.
const chain = (v: Tensor) => {
  let t = v;
  for (let i = 0; i < 500; i++) {
    t = tj.add(tj.mul(tj.neg(tj.neg(t)), 1), 0); // 4 nodes that canonicalize away
    t = tj.mul(tj.add(t, 2), tj.add(1, 2)); // constant arithmetic
    t = tj.tanh(tj.log(tj.add(1, tj.exp(t)))); // softplus, stabilized
  }
  return t;
};
const chainGraph = trace('chain', chain, undefined, [tj.ones([1000])], () => false).graph;

function sizes(name: string, g: Graph) {
  const o = optimize(g);
  console.log(
    `${name}: ${nodeCount(g)} nodes traced, ${nodeCount(o.graph)} after rewrites (${o.rewrites.length} rewrites); kernels ${generateJs(g).kernels} -> ${generateJs(o.graph).kernels}`,
  );
}
sizes('MLP step', mlpGraph);
sizes('elementwise graph', chainGraph);

const suite = new Benchmark.Suite('rewrite');
suite
  .add(`rewrite the MLP step (${nodeCount(mlpGraph)} nodes)`, () => optimize(mlpGraph), { maxTime: quick ? 1 : 4 })
  .add(`rewrite the elementwise graph (${nodeCount(chainGraph)} nodes)`, () => optimize(chainGraph), {
    minSamples: 5,
    maxTime: quick ? 2 : 6,
  });
// Issue #12's budget: the 5,000-node graph rewrites in 0.15 s at most.
report(suite, (name, mean) =>
  name.includes('elementwise') ? `${mean <= 0.15 ? 'within' : 'OVER'} the 0.15 s budget` : '',
);
