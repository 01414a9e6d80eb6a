// AdamW, RMSprop and learning-rate schedules (cosine with warm-up, exponential): updates against
// plain-JS references of the same formulas, schedules' values, schedules compiled inside a jitted
// step, and errors.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import type { Tensor, Variable } from '../src/index.js';

const close = (got: number[], want: number[], tol = 1e-10, what = '') =>
  got.forEach((v, i) =>
    assert.ok(
      Math.abs(v - want[i]) <= tol * Math.max(1, Math.abs(want[i])),
      `${what} element ${i}: ${v} vs ${want[i]}`,
    ),
  );
const vals = (t: Tensor) => Array.from(t.data() as Float64Array);
const f64 = (xs: number[]) => tj.tensor(xs, { dtype: 'float64' });
/** The gradient of sum((w - target)²) at w. */
const gradAt = (w: number[], target: number[]) => w.map((x, i) => 2 * (x - target[i]));

function train(opt: tj.Optimizer, w: Variable, target: number[], steps: number): void {
  for (let k = 0; k < steps; k++) opt.step([f64(gradAt(vals(w), target))]);
}

test('adamw: Adam plus decoupled weight decay, as PyTorch', () => {
  const w0 = [0.5, -1, 2],
    target = [1, 1, 1];
  const w = tj.variable(f64(w0));
  const [lr, b1, b2, eps, wd] = [0.01, 0.9, 0.999, 1e-8, 0.1];
  train(tj.optim.adamw([w], { lr, weightDecay: wd }), w, target, 5);
  const x = w0.slice(),
    m = [0, 0, 0],
    v = [0, 0, 0];
  for (let t = 1; t <= 5; t++) {
    const g = gradAt(x, target);
    for (let i = 0; i < 3; i++) {
      m[i] = b1 * m[i] + (1 - b1) * g[i];
      v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
      const step = ((lr * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t)) * (m[i] / (Math.sqrt(v[i]) + eps));
      x[i] = x[i] - step - lr * wd * x[i];
    }
  }
  close(vals(w), x, 1e-9, 'adamw');
});

test('rmsprop with and without momentum, as PyTorch', () => {
  for (const momentum of [0, 0.9]) {
    const w0 = [0.5, -1],
      target = [0, 2];
    const w = tj.variable(f64(w0));
    const [lr, decay, eps] = [0.01, 0.99, 1e-8];
    train(tj.optim.rmsprop([w], { lr, momentum }), w, target, 4);
    const x = w0.slice(),
      s = [0, 0],
      b = [0, 0];
    for (let t = 0; t < 4; t++) {
      const g = gradAt(x, target);
      for (let i = 0; i < 2; i++) {
        s[i] = decay * s[i] + (1 - decay) * g[i] * g[i];
        const d = g[i] / (Math.sqrt(s[i]) + eps);
        b[i] = momentum * b[i] + d;
        x[i] -= lr * (momentum > 0 ? b[i] : d);
      }
    }
    close(vals(w), x, 1e-9, `rmsprop momentum ${momentum}`);
  }
});

test('schedules: cosine with warm-up and exponential stairs', () => {
  const at = (s: tj.Schedule, t: number) => {
    const r = s(tj.tensor(t, { dtype: 'int32' }));
    return typeof r === 'number' ? r : (r.item() as number);
  };
  const c = tj.optim.schedules.cosine({ lr: 1, steps: 10, warmup: 2 });
  close(
    [0, 1, 2, 6, 10, 20].map((t) => at(c, t)),
    [0.5, 1, 1, 0.5, 0, 0],
    1e-6,
    'cosine',
  );
  const e = tj.optim.schedules.exponential({ lr: 0.8, rate: 0.5, every: 3 });
  close(
    [0, 2, 3, 7].map((t) => at(e, t)),
    [0.8, 0.8, 0.4, 0.2],
    1e-6,
    'exponential',
  );
});

test('a schedule advances with each step, eagerly and inside a jitted step alike', () => {
  const run = (jitted: boolean) => {
    const w = tj.variable(tj.tensor([1, 1]));
    const opt = tj.optim.sgd([w], { lr: tj.optim.schedules.exponential({ lr: 0.1, rate: 0.5, every: 1 }) });
    const step = () => {
      const [, [g]] = tj.valueAndGrad(() => tj.sum(w), { wrt: [w] })();
      opt.step([g]);
    };
    const f = jitted ? tj.jit(step, { hot: 0, async: false, backend: 'js' }) : step;
    for (let k = 0; k < 3; k++) f();
    return Array.from(w.data());
  };
  // Steps of 0.1, 0.05 and 0.025 on a gradient of ones.
  close(run(false), [0.825, 0.825], 1e-6, 'eager');
  close(run(true), [0.825, 0.825], 1e-6, 'jit');
});

test('bad options throw, naming them', () => {
  const w = tj.variable(tj.zeros([2]));
  assert.throws(
    () => tj.optim.adamw([w], { weightDecay: -1 }),
    /optim.adamw: weightDecay must be a non-negative number, got -1/,
  );
  assert.throws(() => tj.optim.rmsprop([w], { decay: 1 }), /optim.rmsprop: decay must be a number in \[0, 1\), got 1/);
  assert.throws(
    () => tj.optim.schedules.cosine({ lr: 1, steps: 5, warmup: 5 }),
    /warmup \(5\) must be below steps \(5\)/,
  );
  assert.throws(() => tj.optim.schedules.exponential({ lr: 1, rate: 2, every: 1 }), /rate must be in \(0, 1\], got 2/);
  assert.throws(() => tj.optim.sgd([w], { lr: 0 }), /optim.sgd: lr must be a positive number, got 0/);
  const bad = tj.optim.sgd([w], { lr: () => tj.ones([2]) });
  assert.throws(
    () => bad.step([tj.zeros([2])]),
    /optim.sgd: the lr schedule must return a scalar tensor, got shape \[2\]/,
  );
  assert.equal(Array.from(w.data()), [0, 0], 'nothing assigned');
});

test.run();
