// The shape of a conv2d test case, shared by the kernel tests of every tier.

/** One conv2d geometry: input [n, c, h, w], weights [o, c / groups, kh, kw], and the options. */
export interface ConvCase {
  n: number;
  c: number;
  h: number;
  w: number;
  o: number;
  kh: number;
  kw: number;
  stride?: [number, number];
  pad?: [number, number, number, number];
  dil?: [number, number];
  groups?: number;
  /** Values with NaN, infinities and signed zeros. */
  special?: boolean;
}
