// Errors shared across layers.

/**
 * Thrown when code reads the value of a tensor that is being traced (item, toArray, data, or
 * using it as a JS number): the tracer turns it into a graph break for that signature.
 */
export class TracedValueError extends Error {
  constructor(readonly reason: string) {
    super(`${reason}: a traced tensor has no value yet (this is a graph break when it happens inside jit)`);
    this.name = 'TracedValueError';
  }
}

/** A short description of any argument, for messages: "the string '0.1'", "undefined", "a float32 tensor of shape [2]". */
export function describeValue(x: unknown): string {
  if (typeof x === 'string') return `the string '${x}'`;
  if (typeof x === 'bigint') return `the BigInt ${x}n`;
  if (typeof x === 'number' || typeof x === 'boolean' || x === undefined || x === null) return String(x);
  if (typeof x === 'function') return 'a function';
  if (Array.isArray(x)) return `an array of length ${x.length}`;
  const t = x as { shape?: unknown; dtype?: unknown };
  if (Array.isArray(t.shape) && typeof t.dtype === 'string')
    return `a ${t.dtype} tensor of shape [${t.shape.join(', ')}]`;
  const name = (x as object).constructor?.name;
  return name && name !== 'Object' ? `a ${name}` : 'an object';
}

/** Rejects options that are not an object, and names that the function does not know (a typo would be ignored). */
export function checkOptions<T extends object>(op: string, opts: T | undefined, known: readonly string[]): Partial<T> {
  if (opts === undefined) return {};
  if (opts === null || typeof opts !== 'object' || Array.isArray(opts))
    throw new Error(`${op}: options must be an object like { ${known.join(', ')} }, got ${describeValue(opts)}`);
  for (const k of Object.keys(opts))
    if (!known.includes(k)) throw new Error(`${op}: unknown option '${k}' (known: ${known.join(', ')})`);
  return opts;
}
