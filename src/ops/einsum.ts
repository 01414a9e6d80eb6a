// einsum: NumPy's subscript notation, planned as opt_einsum's greedy pairwise order and lowered to
// transpose, reshape, matmul and sums, so the optimizer, the fused kernels and BLAS see ordinary ops
// (and gradients come from theirs). Repeated labels within an operand take its diagonal; `...`
// stands for broadcast leading dimensions.

import { fmtShape } from '../../runtime/shape.js';
import { eye } from '../creation.js';
import { describeValue } from '../errors.js';
import type { Tensor } from '../tensor.js';
import { asTensor, type TensorLike } from './coerce.js';
import { mul } from './elementwise.js';
import { matmul } from './linalg.js';
import { sum } from './reduce.js';
import { broadcastTo, reshape, transpose } from './shape.js';

/** An operand on the way: its tensor and one label per axis. */
interface Term {
  t: Tensor;
  labels: string[];
}

const LETTER = /^[a-zA-Z]$/;
/** Labels standing for the axes `...` covers, counted from the right (never a letter). */
const ellipsisLabel = (k: number) => String.fromCharCode(0x100 + k);

function parse(subscripts: string, ndims: readonly number[]): { inputs: string[][]; output: string[] } {
  if (typeof subscripts !== 'string')
    throw new Error(`einsum: subscripts must be a string, got ${describeValue(subscripts)}`);
  const s = subscripts.replace(/\s+/g, '');
  const arrow = s.indexOf('->');
  const lhs = arrow < 0 ? s : s.slice(0, arrow);
  const parts = lhs.split(',');
  if (parts.length !== ndims.length)
    throw new Error(`einsum: '${subscripts}' names ${parts.length} operand(s) but ${ndims.length} were given`);
  let ellipsisDims = 0;
  const labelsOf = (part: string, ndim: number | undefined, where: string): string[] => {
    const e = part.indexOf('...');
    if (part.indexOf('...', e + 1) > e && e >= 0) throw new Error(`einsum: ${where} has '...' twice`);
    const head = e < 0 ? part : part.slice(0, e),
      tail = e < 0 ? '' : part.slice(e + 3);
    for (const c of head + tail)
      if (!LETTER.test(c)) throw new Error(`einsum: ${where} has '${c}': labels are letters a-z, A-Z (and '...')`);
    if (e < 0) {
      if (ndim !== undefined && head.length !== ndim)
        throw new Error(`einsum: ${where} ('${part}') has ${head.length} labels for an operand with ${ndim} axes`);
      return [...head];
    }
    const covered = ndim === undefined ? ellipsisDims : ndim - head.length - tail.length;
    if (covered < 0) throw new Error(`einsum: ${where} ('${part}') has more labels than its operand's ${ndim} axes`);
    ellipsisDims = Math.max(ellipsisDims, covered);
    return [...head, ...Array.from({ length: covered }, (_, i) => ellipsisLabel(covered - 1 - i)), ...tail];
  };
  const inputs = parts.map((p, i) => labelsOf(p, ndims[i], `operand ${i}`));
  let output: string[];
  if (arrow >= 0) {
    output = labelsOf(s.slice(arrow + 2), undefined, 'the output');
    if (new Set(output).size !== output.length)
      throw new Error(`einsum: the output of '${subscripts}' repeats a label`);
    const all = new Set(inputs.flat());
    const stray = output.find((l) => !all.has(l));
    if (stray !== undefined) throw new Error(`einsum: the output label '${stray}' is in no operand of '${subscripts}'`);
    if (ellipsisDims > 0 && !s.slice(arrow + 2).includes('...'))
      throw new Error(`einsum: '${subscripts}' has '...' in an operand but not in the output`);
  } else {
    // Implicit output: '...' first, then the labels used once, in alphabetical order.
    const counts = new Map<string, number>();
    for (const l of inputs.flat()) counts.set(l, (counts.get(l) ?? 0) + 1);
    const once = [...counts]
      .filter(([l, c]) => c === 1 && LETTER.test(l))
      .map(([l]) => l)
      .sort();
    output = [...Array.from({ length: ellipsisDims }, (_, i) => ellipsisLabel(ellipsisDims - 1 - i)), ...once];
  }
  return { inputs, output };
}

/** The sizes of every label, checked to agree (a size of 1 broadcasts against any other). */
function labelSizes(terms: readonly Term[], subscripts: string): Map<string, number> {
  const size = new Map<string, number>();
  for (const { t, labels } of terms)
    labels.forEach((l, a) => {
      const d = t.shape[a],
        known = size.get(l);
      if (known === undefined || known === 1) size.set(l, d);
      else if (d !== known && d !== 1)
        throw new Error(
          `einsum: label '${LETTER.test(l) ? l : '...'}' of '${subscripts}' has size ${known} in one operand and ${d} in another (shape ${fmtShape(t.shape)})`,
        );
    });
  return size;
}

/** The operand with each label once: a repeated label's axes reduced to their diagonal. */
function diagonal(term: Term): Term {
  let { t, labels } = term;
  for (;;) {
    const a = labels.findIndex((l, i) => labels.indexOf(l) !== i);
    if (a < 0) return { t, labels };
    const first = labels.indexOf(labels[a]);
    const n = t.shape[a];
    if (t.shape[first] !== n)
      throw new Error(`einsum: a repeated label spans axes of sizes ${t.shape[first]} and ${n}`);
    // Multiply by the identity on the two axes, then sum the second away.
    const mask = reshape(
      eye(n, n, t.dtype),
      t.shape.map((d, i) => (i === first || i === a ? n : 1)),
    );
    t = sum(mul(t, mask), a);
    labels = labels.filter((_, i) => i !== a);
  }
}

/** Sums the axes of `term` whose labels nothing else needs. */
function sumUnneeded(term: Term, needed: ReadonlySet<string>): Term {
  const axes = term.labels.flatMap((l, i) => (needed.has(l) ? [] : [i]));
  if (axes.length === 0) return term;
  return { t: sum(term.t, axes), labels: term.labels.filter((l) => needed.has(l)) };
}

/** a and b contracted over their shared labels that nothing else needs: one batched matmul. */
function contract(a: Term, b: Term, keep: ReadonlySet<string>, size: ReadonlyMap<string, number>): Term {
  const inB = new Set(b.labels),
    inA = new Set(a.labels);
  const batch = a.labels.filter((l) => inB.has(l) && keep.has(l));
  const summed = a.labels.filter((l) => inB.has(l) && !keep.has(l));
  const left = a.labels.filter((l) => !inB.has(l));
  const right = b.labels.filter((l) => !inA.has(l));
  const n = (ls: readonly string[]) => ls.reduce((k, l) => k * size.get(l)!, 1);
  const arrange = (term: Term, order: string[], shape: number[]) => {
    const perm = order.map((l) => term.labels.indexOf(l));
    const full = order.map((l) => size.get(l)!);
    const moved = perm.every((p, i) => p === i) ? term.t : transpose(term.t, perm);
    const wide = moved.shape.every((d, i) => d === full[i]) ? moved : broadcastTo(moved, full);
    return reshape(wide, shape);
  };
  const x = arrange(a, [...batch, ...left, ...summed], [n(batch), n(left), n(summed)]);
  const y = arrange(b, [...batch, ...summed, ...right], [n(batch), n(summed), n(right)]);
  const labels = [...batch, ...left, ...right];
  return {
    t: reshape(
      matmul(x, y),
      labels.map((l) => size.get(l)!),
    ),
    labels,
  };
}

/**
 * Einstein summation in NumPy's notation: `'ij,jk->ik'` (explicit output), `'ij,jk'` (implicit:
 * the labels used once, in order), `'ii->i'` (a diagonal), `'...ij,...jk->...ik'` (broadcast
 * leading dimensions). Planned as opt_einsum's greedy order (at each step the pair whose product
 * is smallest) and lowered to transpose, reshape, batched matmul and sums, so it differentiates,
 * traces and compiles like those ops.
 *
 * @param subscripts - The labels of each operand, comma-separated, and optionally `->` the output's.
 * @param operands - The tensors, one per operand in `subscripts`.
 * @example
 * ```ts
 * const a = tj.tensor([[1, 2], [3, 4]]), b = tj.tensor([[5, 6], [7, 8]]);
 * tj.einsum('ij,jk->ik', a, b);   // the matrix product
 * tj.einsum('ii', a);             // the trace: 5
 * tj.einsum('ij->ji', a);         // the transpose
 * ```
 * @category Linear algebra
 */
export function einsum(subscripts: string, ...operands: TensorLike[]): Tensor {
  if (operands.length === 0) throw new Error('einsum: expected at least one operand');
  const tensors = operands.map((x) => asTensor('einsum', x));
  const { inputs, output } = parse(
    subscripts,
    tensors.map((t) => t.ndim),
  );
  const size = labelSizes(
    tensors.map((t, i) => ({ t, labels: inputs[i] })),
    subscripts,
  );
  let terms = tensors.map((t, i) => diagonal({ t, labels: inputs[i] }));
  const neededBy = (except: readonly Term[]) =>
    new Set([...output, ...terms.filter((x) => !except.includes(x)).flatMap((x) => x.labels)]);
  terms = terms.map((x) => sumUnneeded(x, neededBy([x])));
  while (terms.length > 1) {
    // Greedy: the pair whose result is smallest (ties: the first pair).
    let best: [number, number] = [0, 1],
      bestSize = Infinity;
    for (let i = 0; i < terms.length; i++)
      for (let j = i + 1; j < terms.length; j++) {
        const keep = neededBy([terms[i], terms[j]]);
        const labels = new Set([...terms[i].labels, ...terms[j].labels].filter((l) => keep.has(l)));
        const s = [...labels].reduce((k, l) => k * size.get(l)!, 1);
        if (s < bestSize) [best, bestSize] = [[i, j], s];
      }
    const [i, j] = best;
    const keep = neededBy([terms[i], terms[j]]);
    const c = contract(terms[i], terms[j], keep, size);
    terms = [...terms.filter((_, k) => k !== i && k !== j), c];
  }
  const last = sumUnneeded(terms[0], new Set(output));
  const perm = output.map((l) => last.labels.indexOf(l));
  const t = perm.every((p, k) => p === k) ? last.t : transpose(last.t, perm);
  const full = output.map((l) => size.get(l)!);
  return t.shape.every((d, k) => d === full[k]) ? t : broadcastTo(t, full);
}
