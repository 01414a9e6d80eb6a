// f.profile(...args): every kernel of the tier in use timed, with the graph nodes it computes, plus
// copy-in, copy-out and overhead rows whose shares sum to 1; profiling changes no result (the
// Variables it advances are put back). Runs on 'js' always and on 'wasm' where backends() has it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';

const available = (name: string) => tj.backends().find((b) => b.name === name)?.available ?? false;
const tiers = (['js', 'wasm'] as const).filter(available);

/** A small MLP training-like step: matmul, add, tanh, sum, and a Variable update. */
function mlp() {
  tj.seed(7);
  const W = tj.variable(tj.mul(tj.randn([16, 32]), 0.1));
  const b = tj.variable(tj.zeros([32]));
  const step = (x: Tensor) => {
    const h = tj.tanh(tj.add(tj.matmul(x, W), b));
    b.assign(tj.sub(b, tj.mul(tj.sum(h, 0), 0.01)));
    return tj.sum(h);
  };
  return { W, b, step };
}

const x = () => {
  tj.seed(3);
  return tj.randn([8, 16]);
};

function captureLog<T>(fn: () => T): { value: T; lines: string[] } {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => {
    lines.push(a.join(' '));
  };
  try {
    return { value: fn(), lines };
  } finally {
    console.log = log;
  }
}

for (const backend of tiers) {
  test(`${backend}: every kernel the tier runs is listed with its nodes, and shares sum to 1`, () => {
    const { step } = mlp();
    const f = tj.jit(step, { hot: 0, async: false, backend });
    const input = x();
    const lowered = f.lower(input);
    const p = f.profile.with({ print: false })(input);
    assert.is(p.tier, backend);
    assert.is(p.name, 'step');
    const kernels = p.rows.filter((r) => r.kind === 'loop' || r.kind === 'kernel' || r.kind === 'prebuilt');
    assert.is(kernels.length, lowered.kernels, 'one row per kernel lower() counts');
    assert.is(p.rows.length, lowered.kernels + 3);
    assert.equal(
      p.rows.slice(-3).map((r) => r.kernel),
      ['copy-in', 'copy-out', 'overhead'],
    );
    assert.ok(p.runs >= 5);
    assert.ok(p.totalMs > 0 && p.callMs > 0);
    let sum = 0;
    for (const r of p.rows) {
      assert.ok(Number.isFinite(r.ms) && r.ms >= 0, `${r.kernel}: ms ${r.ms}`);
      assert.ok(r.share >= 0 && r.share <= 1);
      sum += r.share;
    }
    assert.ok(Math.abs(sum - 1) <= 1e-6, `shares sum to ${sum}`);
    assert.ok(Math.abs(p.rows.reduce((a, r) => a + r.ms, 0) - p.totalMs) <= 1e-9 * Math.max(1, p.totalMs));

    // Nodes print as lower().graph prints them, and every computed node is in exactly one kernel.
    const graphLines = lowered.graph.split('\n').map((l) => l.trim());
    const covered = new Map<string, number>();
    for (const r of kernels) {
      assert.ok(r.nodes.length > 0 && r.nodes.length === r.positions.length, `${r.kernel} has nodes`);
      for (const n of r.nodes) {
        assert.ok(
          graphLines.some((l) => l.startsWith(`${n} : `)),
          `${n} is a line of the graph:\n${lowered.graph}`,
        );
        const id = n.split(' = ')[0];
        covered.set(id, (covered.get(id) ?? 0) + 1);
      }
    }
    for (const l of graphLines) {
      const m = /^(%\d+) = (\w+)/.exec(l);
      if (!m || m[2] === 'const' || m[2] === 'reshape') continue;
      assert.is(covered.get(m[1]), 1, `${l} is computed by exactly one kernel`);
    }
    for (const ops of [['matmul', 'linear'], ['tanh'], ['reduceSum']])
      assert.ok(
        kernels.some((r) => r.nodes.some((n) => ops.some((op) => n.includes(`= ${op}(`)))),
        `a kernel computes ${ops.join(' or ')}:\n${lowered.graph}`,
      );
  });

  test(`${backend}: profile prints a table, largest rows first; print: false keeps quiet`, () => {
    const { step } = mlp();
    const f = tj.jit(step, { hot: 0, async: false, backend });
    const input = x();
    const { value: p, lines } = captureLog(() => f.profile(input));
    assert.is(lines.length, 1);
    assert.is(lines[0], p.text);
    assert.match(p.text, new RegExp(`^profile of jit\\(step\\), ${backend} tier: `));
    const body = p.text.split('\n').slice(2);
    assert.is(body.length, p.rows.length);
    const ms = [...p.rows].sort((a, b) => b.ms - a.ms);
    body.forEach((l, i) => assert.ok(l.trim().startsWith(ms[i].kernel), `line ${i}: ${l}`));
    const quiet = captureLog(() => f.profile.with({ print: false, runs: 2, minMs: 0 })(input));
    assert.is(quiet.lines.length, 0);
    assert.is(quiet.value.runs, 2);
  });

  test(`${backend}: profiling changes no result; Variables are put back`, () => {
    const a = mlp(),
      b = mlp();
    const f = tj.jit(a.step, { hot: 0, async: false, backend });
    const g = tj.jit(b.step, { hot: 0, async: false, backend });
    const input = x();
    const same = (p: Tensor, q: Tensor) => assert.equal(Array.from(p.data()), Array.from(q.data()));
    same(f(input), g(input));
    const before = Array.from(a.b.data());
    f.profile.with({ print: false })(input);
    assert.equal(Array.from(a.b.data()), before, 'the Variable is as it was before profile');
    for (let i = 0; i < 3; i++) same(f(input), g(input));
    same(a.b, b.b);
    same(a.W, b.W);
    assert.is(f.stats.compiledCalls, 4, 'profile runs are not counted as calls');
  });
}

test('profile throws clearly where a signature runs eagerly, or an option is wrong', () => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    const f = tj.jit((t: Tensor) => tj.mul(t, tj.sum(t).item() as number), { hot: 0, async: false, backend: 'js' });
    assert.throws(
      () => f.profile(tj.ones([3])),
      /profile: nothing compiled to profile for this call: this signature runs eagerly \(graph break/,
    );
  } finally {
    console.warn = warn;
  }
  const g = tj.jit((t: Tensor) => tj.exp(t), { hot: 0, async: false, backend: 'js' });
  assert.throws(() => g.profile.with({ runs: 0 }), /runs must be a positive integer/);
  assert.throws(() => g.profile.with({ prnt: false } as never), /unknown option "prnt"/);
  const p = g.profile.with({ print: false })(tj.ones([4]));
  assert.equal(
    p.rows.map((r) => r.kernel),
    ['loop L1', 'copy-in', 'copy-out', 'overhead'],
  );
  assert.equal(p.rows[0].nodes, ['%0 = exp(arg0)']);
});

test("a method profiles its instance's signature with profile.call", () => {
  class M {
    w: Variable = tj.variable(tj.ones([4]));
    run = tj.jit(
      function (this: M, t: Tensor) {
        return tj.mul(t, this.w);
      },
      { hot: 0, async: false, backend: 'js' },
    );
  }
  const m = new M();
  const p = m.run.profile.with({ print: false }).call(m, tj.ones([4]));
  assert.is(p.rows.length, 4);
});

test.run();
