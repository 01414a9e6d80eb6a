// What a peer library implements for `npm run bench -- --compare`: one step function per workload.

/** A host array: the numbers of one of tensorjit's inputs or initial parameters (row-major). */
export interface Host {
  shape: number[];
  data: Float32Array | Int32Array;
}

export type WorkloadKey = 'chain' | 'logreg' | 'mlp' | 'convnet' | 'rnn';

/**
 * One workload as bench/workloads.ts builds it. chain: inputs a, b. logreg: x [400,784], y [400]
 * (0/1 floats); params w, b. mlp: x [128,784], y [128] int32 labels; params w1 b1 w2 b2 w3 b3.
 * convnet: x [32,1,28,28] NCHW, y [32] labels; params c1 [6,1,5,5] (OIHW), cb1 [1,6,1,1], c2, cb2,
 * f1 [256,120], fb1, f2, fb2, f3, fb3. rnn: xs [50,16,32], target [16,64]; params wx, wh, b.
 */
export interface Spec {
  key: WorkloadKey;
  inputs: Record<string, Host>;
  params: Host[];
  lr: number;
}

/**
 * A prepared workload: `call` runs one step to data ready (the result read back into JS) and
 * returns a number to check against tensorjit (the loss, or element `CHECK_INDEX` of the chain).
 */
export interface Step {
  call: () => number;
  dispose?: () => void;
}

export interface Peer {
  name: string;
  version: string;
  /** Switch global state (TF.js's backend) to this peer before its steps are made and timed. */
  activate?: () => Promise<void>;
  /** Build a workload's step; throws (with the reason) when the library cannot run it. */
  make: (spec: Spec) => Step;
}

/** The element of the chain's output compared across libraries. */
export const CHECK_INDEX = 12345;

/** `n` consecutive [rows, cols] slices of a host array of shape [n, rows, cols]. */
export const unstack = (h: Host): Host[] => {
  const [n, ...rest] = h.shape,
    size = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, (_, i) => ({ shape: rest, data: h.data.subarray(i * size, (i + 1) * size) }));
};
