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
