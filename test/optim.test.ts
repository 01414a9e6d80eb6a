// optim.sgd and optim.adam: updates against hand-computed values, errors, and a jitted step.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';

const f64 = (d: number[]) => tj.tensor(d, { dtype: 'float64' });
const near = (got: number[], want: number[], tol = 1e-12) => got.forEach((g, i) => assert.ok(Math.abs(g - want[i]) <= tol, `${g} vs ${want[i]}`));

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
  let m = 0, s = 0, x = 1;
  for (let t = 1; t <= 3; t++) {
    const g = 2 * x; // d/dx x^2
    opt.step([f64([g])]);
    m = 0.9 * m + 0.1 * g; s = 0.999 * s + 0.001 * g * g;
    x -= (0.1 * Math.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)) * m / (Math.sqrt(s) + 1e-8);
    near(v.toArray() as number[], [x], 1e-12);
  }
});

test('a jitted step with an optimizer trains as the eager one', () => {
  const run = (compiled: boolean) => {
    tj.seed(5);
    const x = tj.randn([8, 3]), y = tj.randn([8]);
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
  const e = run(false), c = run(true);
  near(c.losses, e.losses, 1e-5);
  near(c.w, e.w, 1e-5);
});

test('bad arguments throw', () => {
  const v = tj.variable(tj.zeros([2]));
  assert.throws(() => tj.optim.sgd([v], { lr: -1 }), /optim.sgd: lr must be a positive number/);
  assert.throws(() => tj.optim.sgd([], { lr: 1 }), /non-empty array of Variables/);
  assert.throws(() => tj.optim.adam([v]).step([tj.zeros([3])]), /gradient 0 \(shape \[3\]\) does not match its Variable \(shape \[2\]\)/);
  assert.throws(() => tj.optim.adam([tj.variable(tj.zeros([1], 'int32'))]), /float32 or float64/);
});

test.run();
