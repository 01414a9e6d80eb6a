// The JS tier's control ops: a scan, cond or while node becomes one kernel call that runs its
// compiled body (a generated function of buffers) in a JS loop or branch. Slices of the xs are
// views (no copy); the ys are written into one buffer allocated before the loop. Results never
// share memory with the op's inputs, so the generated caller may reuse their buffers.

import { allocate, type TypedArray } from '../../../runtime/dtype.js';
import { sizeOf } from '../../../runtime/shape.js';
import type { ScanParams } from '../../../src/control/scan.js';
import type { CondParams } from '../../../src/control/cond.js';
import type { WhileParams } from '../../../src/control/while.js';
import type { Node } from '../../graph.js';

/** A compiled body: input buffers to output buffers. */
export type BodyFn = (ins: readonly TypedArray[]) => TypedArray[];
/** A control op's kernel: its input buffers to its results' buffers. */
export type ControlKernel = (...bufs: TypedArray[]) => TypedArray[];

/** Results that share memory with an input (a body returning its argument) are copied. */
function owned(results: TypedArray[], inputs: readonly TypedArray[]): TypedArray[] {
  return results.map((r) => (inputs.some((i) => i.buffer === r.buffer) ? r.slice() : r));
}

function scanKernel(n: Node, [body]: readonly BodyFn[]): ControlKernel {
  const p = n.params as unknown as ScanParams;
  const { length, reverse, consts: nC, carry: nH } = p;
  const nX = n.inputs.length - nC - nH;
  const xRow = n.inputs.slice(nC + nH).map((x) => sizeOf(x.aval.shape.slice(1)));
  const yAvals = n.results!.slice(nH);
  const yRow = yAvals.map((a) => sizeOf(a.shape.slice(1)));
  return (...bufs) => {
    const args = bufs.slice(0, nC + nH + nX);
    const ys = yAvals.map((a, j) => allocate(a.dtype, length * yRow[j]));
    for (let k = 0; k < length; k++) {
      const t = reverse ? length - 1 - k : k;
      for (let j = 0; j < nX; j++) args[nC + nH + j] = bufs[nC + nH + j].subarray(t * xRow[j], (t + 1) * xRow[j]);
      const outs = body(args);
      for (let i = 0; i < nH; i++) args[nC + i] = outs[i];
      for (let j = 0; j < ys.length; j++) ys[j].set(outs[nH + j], t * yRow[j]);
    }
    return [...owned(args.slice(nC, nC + nH), bufs), ...ys];
  };
}

function condKernel(n: Node, [whenFalse, whenTrue]: readonly BodyFn[]): ControlKernel {
  const [n0, n1] = (n.params as unknown as CondParams).captures;
  return (pred, ...args) => {
    const operands = args.slice(n0 + n1);
    const outs =
      pred[0] !== 0
        ? whenTrue([...args.slice(n0, n0 + n1), ...operands])
        : whenFalse([...args.slice(0, n0), ...operands]);
    return owned(outs, args);
  };
}

function whileKernel(n: Node, [body, cond]: readonly BodyFn[]): ControlKernel {
  const [n0, n1] = (n.params as unknown as WhileParams).captures;
  return (...bufs) => {
    const cc = bufs.slice(0, n0),
      bc = bufs.slice(n0, n0 + n1);
    let carry = bufs.slice(n0 + n1);
    while (cond([...cc, ...carry])[0][0] !== 0) carry = body([...bc, ...carry]);
    return owned(carry, bufs);
  };
}

/** The kernel of control node `n`, its bodies compiled, in subgraphsOf order (by param name: scan's body; cond's branches; while's body, cond). */
export function controlKernel(n: Node, bodies: readonly BodyFn[]): ControlKernel {
  switch (n.op) {
    case 'scan':
      return scanKernel(n, bodies);
    case 'cond':
      return condKernel(n, bodies);
    case 'while':
      return whileKernel(n, bodies);
    default:
      throw new Error(`internal: ${n.op} is not a control op`);
  }
}
