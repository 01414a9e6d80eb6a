// The public compile API: jit as a wrapper and as a TC39 method decorator, explain, backends.

import { makeJit, type Jitted, type JitOptions } from '../jit/jit.js';

type AnyFn = (...args: any[]) => unknown;
type MethodContext = { kind: 'method'; name: string | symbol };

const isMethodContext = (x: unknown): x is MethodContext =>
  typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'method' && 'name' in x;

/**
 * jit(fn, opts?) wraps a function; `@jit` and `@jit(opts)` decorate class methods. A decorated
 * method gets a jitted function of its own on each instance (its own stats and caches, reading
 * that instance's Variables), so `obj.method.stats`, `.lower(x)` and `.verify(x)` need nothing more.
 */
export function jit<F extends AnyFn>(fn: F, opts?: JitOptions): Jitted<F>;
export function jit<F extends AnyFn>(method: F, context: ClassMethodDecoratorContext): Jitted<F>;
export function jit(opts: JitOptions): <F extends AnyFn>(method: F, context: ClassMethodDecoratorContext) => Jitted<F>;
export function jit(a: AnyFn | JitOptions, b?: JitOptions | ClassMethodDecoratorContext): unknown {
  if (typeof a === 'function') {
    if (isMethodContext(b)) return decorate(a, {}, b);
    return makeJit(a, (b as JitOptions | undefined) ?? {});
  }
  if (a === null || typeof a !== 'object')
    throw new Error(`jit: expected a function (or options, as a decorator), got ${a === null ? 'null' : typeof a}`);
  const opts = a;
  return (method: AnyFn, context: ClassMethodDecoratorContext) => {
    if (!isMethodContext(context)) throw new Error('jit(opts) used as a decorator must decorate a class method');
    return decorate(method, opts, context);
  };
}

/**
 * The decorated method: each instance gets its own jitted function bound to it (an own property
 * set when the instance is made); the prototype keeps one that serves calls with any other `this`.
 */
function decorate(
  method: AnyFn,
  opts: JitOptions,
  context: MethodContext & Pick<ClassMethodDecoratorContext, 'addInitializer'>,
): AnyFn {
  const name = String(context.name);
  context.addInitializer(function (this: unknown) {
    const own = makeJit((...args: unknown[]) => method.apply(this, args), opts, name);
    Object.defineProperty(this as object, context.name, {
      value: own,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  });
  return makeJit(method, opts, name);
}

export { explain } from '../jit/explain.js';
export { backends } from '../jit/backends.js';
export type { JitOptions, JitStats, Jitted, Lowered, Tier, Profile, ProfileOptions, ProfileRow } from '../jit/jit.js';
export type { Explanation } from '../jit/explain.js';
