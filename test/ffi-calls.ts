// Counting FFI calls: how many calls the functions koffi loads while a test runs receive (the
// compiled libraries' entries), for the tests that one compiled call is one FFI call.
import { koffi } from '../runtime/native/ffi.js';

/** Runs fn with a counter of the calls of every function koffi loads meanwhile. */
export function countFfiCalls<T>(fn: (calls: () => number) => T): T {
  const k = koffi();
  const load = k.load;
  let calls = 0;
  k.load = ((...a: Parameters<typeof load>) => {
    const lib = load.apply(k, a);
    return new Proxy(lib, {
      get(target, prop) {
        if (prop !== 'func') return Reflect.get(target, prop) as unknown;
        return (...sig: unknown[]) => {
          const f = (target.func as (...s: unknown[]) => (...args: unknown[]) => unknown)(...sig);
          return (...args: unknown[]) => {
            calls++;
            return f(...args);
          };
        };
      },
    });
  }) as typeof load;
  try {
    return fn(() => calls);
  } finally {
    k.load = load;
  }
}
