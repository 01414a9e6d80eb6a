// The public compile API: jit as a wrapper and as a TC39 method decorator, explain, backends.

import { makeJit, type Jitted, type JitOptions } from '../jit/jit.js';

type AnyFn = (...args: any[]) => any;
type MethodContext = { kind: 'method'; name: string | symbol };

const isMethodContext = (x: unknown): x is MethodContext =>
  typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'method' && 'name' in x;

/**
 * jit(fn, opts?) wraps a function; `@jit` and `@jit(opts)` decorate class methods, keeping a
 * compiled cache per instance so each instance's Variables are read from its `this`.
 */
export function jit<F extends AnyFn>(fn: F, opts?: JitOptions): Jitted<F>;
export function jit<F extends AnyFn>(method: F, context: ClassMethodDecoratorContext): Jitted<F>;
export function jit(opts: JitOptions): <F extends AnyFn>(method: F, context: ClassMethodDecoratorContext) => Jitted<F>;
export function jit(a: AnyFn | JitOptions, b?: JitOptions | ClassMethodDecoratorContext): unknown {
  if (typeof a === 'function') {
    if (isMethodContext(b)) return makeJit(a, {}, String(b.name));
    return makeJit(a, (b as JitOptions | undefined) ?? {});
  }
  if (a === null || typeof a !== 'object') throw new Error(`jit: expected a function (or options, as a decorator), got ${a === null ? 'null' : typeof a}`);
  const opts = a;
  return (method: AnyFn, context: ClassMethodDecoratorContext) => {
    if (!isMethodContext(context)) throw new Error('jit(opts) used as a decorator must decorate a class method');
    return makeJit(method, opts, String(context.name));
  };
}

export { explain } from '../jit/explain.js';
export { backends } from '../jit/backends.js';
export type { JitOptions, JitStats, Jitted, Lowered } from '../jit/jit.js';
