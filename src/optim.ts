// Training helpers: SGD (with momentum) and Adam. Their state lives in Variables, so a jitted
// training step that calls step() compiles the whole update.

import { fmtShape } from '../runtime/shape.js';
import { ones, zerosLike } from './creation.js';
import { add, div, mul, sqrt, square, sub } from './ops/elementwise.js';
import { Tensor } from './tensor.js';
import { Variable, variable } from './variable.js';

export interface Optimizer {
  /** Assigns new values to the Variables from gradients given in the same order. */
  step(grads: readonly Tensor[]): void;
  readonly variables: readonly Variable[];
}

function checkVariables(op: string, vars: readonly Variable[]): void {
  if (!Array.isArray(vars) || vars.length === 0 || !vars.every((v) => v instanceof Variable)) throw new Error(`${op}: expected a non-empty array of Variables`);
  for (const v of vars) if (v.dtype !== 'float32' && v.dtype !== 'float64') throw new Error(`${op}: Variables must be float32 or float64, got ${v.dtype} (shape ${fmtShape(v.shape)})`);
}

function checkGrads(op: string, vars: readonly Variable[], grads: readonly Tensor[]): void {
  if (!Array.isArray(grads) || grads.length !== vars.length) throw new Error(`${op}.step: expected ${vars.length} gradients, got ${Array.isArray(grads) ? grads.length : typeof grads}`);
  grads.forEach((g, i) => {
    if (!(g instanceof Tensor) || g.shape.length !== vars[i].shape.length || g.shape.some((d, j) => d !== vars[i].shape[j])) {
      throw new Error(`${op}.step: gradient ${i} (shape ${g instanceof Tensor ? fmtShape(g.shape) : typeof g}) does not match its Variable (shape ${fmtShape(vars[i].shape)})`);
    }
  });
}

function positive(op: string, name: string, v: number): number {
  if (typeof v !== 'number' || !(v > 0) || !Number.isFinite(v)) throw new Error(`${op}: ${name} must be a positive number, got ${v}`);
  return v;
}

export function sgd(variables: Variable[], opts: { lr: number; momentum?: number }): Optimizer {
  checkVariables('optim.sgd', variables);
  const lr = positive('optim.sgd', 'lr', opts?.lr);
  const momentum = opts.momentum ?? 0;
  if (!(momentum >= 0 && momentum < 1)) throw new Error(`optim.sgd: momentum must be in [0, 1), got ${momentum}`);
  const velocity = momentum > 0 ? variables.map((v) => variable(zerosLike(v))) : [];
  return {
    variables,
    step(grads) {
      checkGrads('optim.sgd', variables, grads);
      variables.forEach((v, i) => {
        if (momentum > 0) {
          velocity[i].assign(add(mul(velocity[i], momentum), grads[i]));
          v.assign(sub(v, mul(velocity[i], lr)));
        } else {
          v.assign(sub(v, mul(grads[i], lr)));
        }
      });
    },
  };
}

export function adam(variables: Variable[], opts: { lr?: number; beta1?: number; beta2?: number; eps?: number } = {}): Optimizer {
  checkVariables('optim.adam', variables);
  const lr = positive('optim.adam', 'lr', opts.lr ?? 1e-3);
  const beta1 = opts.beta1 ?? 0.9, beta2 = opts.beta2 ?? 0.999;
  const eps = positive('optim.adam', 'eps', opts.eps ?? 1e-8);
  for (const [name, b] of [['beta1', beta1], ['beta2', beta2]] as const) {
    if (!(b >= 0 && b < 1)) throw new Error(`optim.adam: ${name} must be in [0, 1), got ${b}`);
  }
  const m = variables.map((v) => variable(zerosLike(v)));
  const s = variables.map((v) => variable(zerosLike(v)));
  // beta^t for bias correction, kept as Variables so compiled steps advance them too.
  const b1t = variable(ones([], variables[0].dtype));
  const b2t = variable(ones([], variables[0].dtype));
  return {
    variables,
    step(grads) {
      checkGrads('optim.adam', variables, grads);
      b1t.assign(mul(b1t, beta1));
      b2t.assign(mul(b2t, beta2));
      const lrT = mul(div(sqrt(sub(1, b2t)), sub(1, b1t)), lr);
      variables.forEach((v, i) => {
        m[i].assign(add(mul(m[i], beta1), mul(grads[i], 1 - beta1)));
        s[i].assign(add(mul(s[i], beta2), mul(square(grads[i]), 1 - beta2)));
        v.assign(sub(v, div(mul(m[i], lrT), add(sqrt(s[i]), eps))));
      });
    },
  };
}

export const optim = { sgd, adam };
