// optim.sgd and optim.adam: updates against hand-computed values, errors, and a jitted step.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';

const f64 = (d: number[]) => tj.tensor(d, { dtype: 'float64' });
const near = (got: number[], want: number[], tol = 1e-12) =>
  got.forEach((g, i) => assert.ok(Math.abs(g - want[i]) <= tol, `${g} vs ${want[i]}`));

test('sgd with and without momentum', () => {
  const v = tj.variable(f64([1, 2]));
  tj.optim.sgd([v], { lr: 0.1 }).step([f64([1, -1])]);
  near(v.toArray() as number[], [0.9, 2.1]);
  const w = tj.variable(f64([0]));
  const opt = tj.optim.sgd([w], { lr: 0.5, momentum: 0.9 });
  opt.step([f64([1])]); // velocity 1 -> w = -0.5
  opt.step([f64([1])]); // velocity 1.9 -> w = -1.45
  near(w.toArray() as number[], [-1.45]);
});

test('adam matches the bias-corrected update', () => {
  const v = tj.variable(f64([1]));
  const opt = tj.optim.adam([v], { lr: 0.1 });
  let m = 0,
    s = 0,
    x = 1;
  for (let t = 1; t <= 3; t++) {
    const g = 2 * x; // d/dx x^2
    opt.step([f64([g])]);
    m = 0.9 * m + 0.1 * g;
    s = 0.999 * s + 0.001 * g * g;
    x -= (((0.1 * Math.sqrt(1 - 0.999 ** t)) / (1 - 0.9 ** t)) * m) / (Math.sqrt(s) + 1e-8);
    near(v.toArray() as number[], [x], 1e-12);
  }
});

test('a jitted step with an optimizer trains as the eager one', () => {
  const run = (compiled: boolean) => {
    tj.seed(5);
    const x = tj.randn([8, 3]),
      y = tj.randn([8]);
    const w = tj.variable(tj.zeros([3]));
    const opt = tj.optim.adam([w], { lr: 0.05 });
    const step = () => {
      const [loss, grads] = tj.valueAndGrad(() => tj.mean(tj.square(tj.sub(tj.matmul(x, w), y))), { wrt: [w] })();
      opt.step(grads);
      return loss;
    };
    const f = compiled ? tj.jit(step, { hot: 0, async: false }) : step;
    const losses = Array.from({ length: 5 }, () => f().item() as number);
    return { losses, w: w.toArray() as number[] };
  };
  const e = run(false),
    c = run(true);
  near(c.losses, e.losses, 1e-5);
  near(c.w, e.w, 1e-5);
});

test('bad arguments throw', () => {
  const v = tj.variable(tj.zeros([2]));
  assert.throws(() => tj.optim.sgd([v], { lr: -1 }), /optim.sgd: lr must be a positive number/);
  assert.throws(() => tj.optim.sgd([], { lr: 1 }), /non-empty array of Variables/);
  assert.throws(
    () => tj.optim.adam([v]).step([tj.zeros([3])]),
    /gradient 0 \(shape \[3\]\) does not match its Variable \(shape \[2\]\)/,
  );
  assert.throws(() => tj.optim.adam([tj.variable(tj.zeros([1], 'int32'))]), /float32 or float64/);
});

const f32 = (d: number[]) => tj.tensor(d, { dtype: 'float32' });
const values = (vs: readonly tj.Tensor[]) => vs.map((v) => Array.from(v.data() as ArrayLike<number>));

/** Calls fn, requires an Error whose message matches every pattern. */
function throwsWith(fn: () => unknown, ...patterns: RegExp[]): void {
  let msg: string | undefined;
  try {
    fn();
  } catch (e) {
    msg = (e as Error).message;
  }
  assert.ok(msg !== undefined, `expected a throw matching ${patterns.join(' ')}`);
  for (const p of patterns) assert.ok(p.test(msg!), `message ${JSON.stringify(msg)} does not match ${p}`);
}

type Make = (vars: tj.Variable[]) => tj.Optimizer;
const OPTIMIZERS: [string, Make][] = [
  ['sgd', (vs) => tj.optim.sgd(vs, { lr: 0.1 })],
  ['sgd with momentum', (vs) => tj.optim.sgd(vs, { lr: 0.1, momentum: 0.9 })],
  ['adam', (vs) => tj.optim.adam(vs, { lr: 0.1 })],
];
const mixedVars = () => [tj.variable(f64([1, 2])), tj.variable(f32([3, -4]))];
const goodGrads = () => [f64([0.5, -1]), f32([2, 0.25])];
const BAD_STEPS: [string, () => unknown[], RegExp[]][] = [
  [
    'a float64 gradient for a float32 Variable',
    () => [f64([0.5, -1]), f64([2, 0.25])],
    [/gradient 1 is float64 but its Variable is float32/, /\[2\]/],
  ],
  [
    'a float32 gradient for a float64 Variable',
    () => [f32([0.5, -1]), f32([2, 0.25])],
    [/gradient 0 is float32 but its Variable is float64/, /\[2\]/],
  ],
  [
    'a wrong shape',
    () => [f64([0.5, -1]), f32([2])],
    [/gradient 1 \(shape \[1\]\) does not match its Variable \(shape \[2\]\)/],
  ],
  ['a number', () => [f64([0.5, -1]), 3], [/gradient 1 must be a Tensor, got 3/]],
  ['too few gradients', () => [f64([0.5, -1])], [/expected an array of 2 gradients, got an array of length 1/]],
];

for (const [name, make] of OPTIMIZERS) {
  test(`${name}: float32 and float64 Variables in one list step like separate optimizers`, () => {
    const [a, b] = mixedVars();
    const both = make([a, b]);
    const [a1, b1] = mixedVars();
    const alone = [make([a1]), make([b1])];
    for (let t = 0; t < 3; t++) {
      const [ga, gb] = goodGrads();
      both.step([ga, gb]);
      alone[0].step([ga]);
      alone[1].step([gb]);
    }
    assert.equal(values([a, b]), values([a1, b1]));
    assert.is(a.dtype, 'float64');
    assert.is(b.dtype, 'float32');
  });

  for (const [what, grads, patterns] of BAD_STEPS) {
    test(`${name}: a step with ${what} throws, changes nothing, and the next step is a fresh optimizer's`, () => {
      const vars = mixedVars();
      const opt = make(vars);
      const before = values(vars);
      throwsWith(() => opt.step(grads() as tj.Tensor[]), new RegExp(`optim\\.(sgd|adam)\\.step`), ...patterns);
      assert.equal(values(vars), before);
      opt.step(goodGrads());
      const fresh = mixedVars();
      make(fresh).step(goodGrads());
      assert.equal(values(vars), values(fresh));
    });
  }
}

test('optimizer options: wrong types and unknown names are named', () => {
  const v = tj.variable(tj.zeros([2]));
  throwsWith(
    () => tj.optim.adam([v], { lr: '0.1' as never }),
    /optim\.adam: lr must be a positive number, got the string '0\.1'/,
  );
  throwsWith(
    () => tj.optim.sgd([v], { lr: 0.1, momentum: '0.9' as never }),
    /optim\.sgd: momentum must be a number in \[0, 1\), got the string '0\.9'/,
  );
  throwsWith(() => tj.optim.adam([v], { beta1: 1 }), /optim\.adam: beta1 must be a number in \[0, 1\), got 1/);
  throwsWith(() => tj.optim.adam([v], { eps: NaN }), /optim\.adam: eps must be a positive number, got NaN/);
  throwsWith(() => tj.optim.sgd([v], undefined as never), /optim\.sgd: lr must be a positive number, got undefined/);
  throwsWith(
    () => tj.optim.adam([v], { learningRate: 0.1 } as never),
    /optim\.adam: unknown option 'learningRate'/,
    /lr, beta1, beta2, eps/,
  );
  throwsWith(() => tj.optim.adam([v, v]), /optim\.adam: the same Variable \(shape \[2\]\) is listed twice, at 0 and 1/);
  throwsWith(
    () => tj.optim.sgd([tj.zeros([2]) as never], { lr: 1 }),
    /optim\.sgd: .*entry 0 is a float32 tensor of shape \[2\].*variable\(t\)/,
  );
});

test.run();
