// The compiled-vs-eager table of every public op (test/api-ops.ts, plus astype, plus multi-op
// chains): each row's op, inputs (seeded, test/seeded-data.ts) and dtypes, and the comparison of
// result trees with per-dtype tolerances. test/jit-ops.test.ts runs it on the JS tier one row at a
// time; test/native.test.ts runs it on the native tier, many rows to a compile.
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import { withJsKernels } from '../runtime/eager-kernels.js';
import { API_OPS } from './api-ops.js';
import { K, isInt, makeInputs, type DType, type InputSpec, type Kind } from './seeded-data.js';

type Tensor = tj.Tensor;

// ---------------------------------------------------------------------------------------------
// Comparing trees of tensors

export const TOL: Record<DType, number> = { float32: 1e-5, float64: 1e-12, int32: 0, bool: 0 };

/** Tensor leaves of a result tree (arrays and plain objects, keys sorted), with their paths. */
export function leavesOf(x: unknown, path = 'out'): [string, Tensor][] {
  if (x instanceof tj.Tensor) return [[path, x]];
  if (Array.isArray(x)) return x.flatMap((v, i) => leavesOf(v, `${path}[${i}]`));
  if (x !== null && typeof x === 'object')
    return Object.keys(x)
      .sort()
      .flatMap((k) => leavesOf((x as Record<string, unknown>)[k], `${path}.${k}`));
  return [];
}

export function structureOf(x: unknown): string {
  if (x instanceof tj.Tensor) return 'T';
  if (Array.isArray(x)) return `[${x.map(structureOf).join(',')}]`;
  if (x !== null && typeof x === 'object')
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${k}:${structureOf((x as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(x) ?? String(x);
}

export function compareTensor(where: string, got: Tensor, want: Tensor): void {
  assert.ok(got instanceof tj.Tensor, `${where}: result is not a Tensor`);
  assert.equal(got.shape, want.shape, `${where}: shape`);
  assert.is(got.dtype, want.dtype, `${where}: dtype`);
  const g = got.data(),
    w = want.data();
  assert.is(g.length, w.length, `${where}: number of elements`);
  const rtol = TOL[want.dtype];
  let scale = 1;
  for (const v of w) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  const atol = rtol * scale;
  for (let i = 0; i < w.length; i++) {
    const a = g[i],
      b = w[i];
    const ok = Number.isNaN(b)
      ? Number.isNaN(a)
      : !Number.isFinite(b)
        ? a === b
        : rtol === 0
          ? a === b
          : Math.abs(a - b) <= atol + rtol * Math.abs(b);
    if (!ok)
      assert.unreachable(`${where}: element ${i} is ${a} compiled, ${b} eagerly (dtype ${want.dtype}, rtol ${rtol})`);
  }
}

export function compareTrees(where: string, got: unknown, want: unknown): void {
  assert.is(structureOf(got), structureOf(want), `${where}: result structure`);
  const g = leavesOf(got),
    w = leavesOf(want);
  assert.is(g.length, w.length, `${where}: number of tensors`);
  w.forEach(([p, t], i) => compareTensor(`${where} ${p}`, g[i][1], t));
}

export const snapshot = (xs: unknown) =>
  leavesOf(xs).map(([p, t]) => [p, t.dtype, t.shape.slice(), Array.from(t.data() as ArrayLike<number>)] as const);

export function checkUnchanged(where: string, xs: unknown, before: ReturnType<typeof snapshot>): void {
  const after = snapshot(xs);
  before.forEach(([p, d, s, v], i) => {
    assert.is(after[i][1], d, `${where}: input ${p} changed dtype`);
    assert.equal(after[i][2], s, `${where}: input ${p} changed shape`);
    const a = after[i][3];
    for (let k = 0; k < v.length; k++) {
      if (!Object.is(a[k], v[k]) && !(Number.isNaN(a[k]) && Number.isNaN(v[k])))
        assert.unreachable(`${where}: input ${p} was modified at element ${k}: ${v[k]} -> ${a[k]}`);
    }
  });
}
// ---------------------------------------------------------------------------------------------
// The table

export interface Row {
  op: string;
  label?: string;
  dtypes: DType[];
  inputs: InputSpec[];
  run: (...xs: Tensor[]) => unknown;
}

const F: DType[] = ['float32', 'float64'];
const FI: DType[] = ['float32', 'float64', 'int32'];
const FIB: DType[] = ['float32', 'float64', 'int32', 'bool'];
const I: DType[] = ['int32'];

export const rows: Row[] = [];
const add = (r: Row) => rows.push(r);
const lib = tj as unknown as Record<string, (...a: unknown[]) => Tensor>;

// Unary ops (int32 where the op takes it: float functions of int32 give float32).
const unaryRows: [string, Kind, DType[]][] = [
  ['neg', K.any, FI],
  ['abs', K.any, FI],
  ['sign', K.special, FI],
  ['exp', K.any, FI],
  ['expm1', K.unit, FI],
  ['log', K.pos, FI],
  ['log1p', K.unit, F],
  ['sqrt', K.pos, FI],
  ['rsqrt', K.pos, FI],
  ['square', K.any, FI],
  ['reciprocal', K.nonzero, FI],
  ['sin', K.any, FI],
  ['cos', K.any, FI],
  ['tan', K.unit, F],
  ['tanh', K.any, FI],
  ['sigmoid', K.any, FI],
  ['relu', K.special, FI],
  ['softplus', K.any, FI],
  ['gelu', K.any, FI],
  ['silu', K.any, FI],
  ['leakyRelu', K.special, FI],
  ['elu', K.special, FI],
  ['erf', K.any, FI],
  ['floor', K.halves, FI],
  ['ceil', K.halves, FI],
  ['round', K.halves, FI],
  ['isnan', K.special, FI],
  ['isfinite', K.special, FI],
];
for (const [op, kind, dtypes] of unaryRows) {
  add({ op, dtypes, inputs: [{ shape: [3, 4], kind }], run: (x) => lib[op](x) });
  add({
    op,
    label: `${op} (method) then * 2`,
    dtypes,
    inputs: [{ shape: [2, 1, 3], kind }],
    run: (x) => tj.mul((x as unknown as Record<string, () => Tensor>)[op](), 2),
  });
}
add({
  op: 'logicalNot',
  dtypes: ['bool', 'float32', 'int32'],
  inputs: [{ shape: [3, 4], kind: K.small }],
  run: (x) => tj.logicalNot(x),
});
add({
  op: 'logicalNot',
  label: 'logicalNot (method, twice)',
  dtypes: ['bool', 'float64'],
  inputs: [{ shape: [5], kind: K.small }],
  run: (x) => x.logicalNot().logicalNot(),
});
add({
  op: 'erf',
  label: 'erf (wide range)',
  dtypes: F,
  inputs: [{ shape: [40], kind: (r) => r.uniform(-7, 7) }],
  run: (x) => tj.erf(x),
});
add({
  op: 'exp',
  label: 'exp (large and special arguments)',
  dtypes: F,
  inputs: [{ shape: [30], kind: (r) => (r.next() < 0.3 ? K.special(r, 'float32') : r.uniform(-120, 120)) }],
  run: (x) => tj.exp(x),
});

// Binary ops with broadcasting, same shapes, and a JS number on either side.
const binaryRows: [string, Kind, Kind, DType[]][] = [
  ['add', K.any, K.any, FIB],
  ['sub', K.any, K.any, FI],
  ['mul', K.any, K.any, FIB],
  ['div', K.any, K.nonzero, FI],
  ['pow', K.pos, K.expo, FI],
  ['maximum', K.small, K.small, FIB],
  ['minimum', K.small, K.small, FIB],
  ['mod', K.any, K.nonzero, FI],
  ['equal', K.small, K.small, FIB],
  ['notEqual', K.small, K.small, FIB],
  ['less', K.small, K.small, FIB],
  ['lessEqual', K.small, K.small, FIB],
  ['greater', K.small, K.small, FIB],
  ['greaterEqual', K.small, K.small, FIB],
  ['logicalAnd', K.small, K.small, FIB],
  ['logicalOr', K.small, K.small, FIB],
];
for (const [op, ka, kb, dtypes] of binaryRows) {
  const fn = lib[op] as (a: Tensor | number, b: Tensor | number) => Tensor;
  add({
    op,
    label: `${op} broadcast [3,1,4] x [5,1]`,
    dtypes,
    inputs: [
      { shape: [3, 1, 4], kind: ka },
      { shape: [5, 1], kind: kb },
    ],
    run: (a, b) => fn(a, b),
  });
  add({
    op,
    label: `${op} (method, same shape)`,
    dtypes,
    inputs: [
      { shape: [2, 3], kind: ka },
      { shape: [2, 3], kind: kb },
    ],
    run: (a, b) => (a as unknown as Record<string, (y: Tensor) => Tensor>)[op](b),
  });
  const c = op === 'pow' ? 2 : op === 'div' || op === 'mod' ? -3 : 1;
  const nd = dtypes.filter((d) => d !== 'bool');
  add({ op, label: `${op}(x, ${c})`, dtypes: nd, inputs: [{ shape: [4], kind: ka }], run: (a) => fn(a, c) });
  if (op !== 'pow' && op !== 'mod')
    add({ op, label: `${op}(${c}, x)`, dtypes: nd, inputs: [{ shape: [4], kind: kb }], run: (b) => fn(c, b) });
  // A non-integral JS number promotes an int32 tensor to float32.
  if (['add', 'sub', 'mul', 'div', 'maximum', 'minimum', 'less', 'greater'].includes(op)) {
    add({ op, label: `${op}(x, 2.5)`, dtypes: FI, inputs: [{ shape: [2, 3], kind: ka }], run: (a) => fn(a, 2.5) });
  }
}
add({
  op: 'mod',
  label: 'mod (float divisors of both signs)',
  dtypes: F,
  inputs: [
    { shape: [30], kind: (r) => r.uniform(-10, 10) },
    { shape: [30], kind: K.nonzero },
  ],
  run: (a, b) => tj.mod(a, b),
});
add({
  op: 'pow',
  label: 'pow (float exponents)',
  dtypes: F,
  inputs: [
    { shape: [2, 5], kind: K.pos },
    { shape: [5], kind: (r) => r.uniform(-3, 3) },
  ],
  run: (a, b) => a.pow(b),
});
add({
  op: 'maximum',
  label: 'maximum (NaN and inf)',
  dtypes: F,
  inputs: [
    { shape: [20], kind: K.special },
    { shape: [20], kind: K.special },
  ],
  run: (a, b) => tj.maximum(a, b),
});
add({
  op: 'minimum',
  label: 'minimum (NaN and inf)',
  dtypes: F,
  inputs: [
    { shape: [20], kind: K.special },
    { shape: [20], kind: K.special },
  ],
  run: (a, b) => tj.minimum(a, b),
});
add({
  op: 'div',
  label: 'div by zero and of specials',
  dtypes: F,
  inputs: [
    { shape: [20], kind: K.special },
    { shape: [20], kind: (r) => (r.next() < 0.3 ? 0 : r.uniform(-2, 2)) },
  ],
  run: (a, b) => tj.div(a, b),
});
add({
  op: 'add',
  label: 'mixed dtypes (int32 + float64 promotes)',
  dtypes: ['int32'],
  inputs: [
    { shape: [3], kind: K.any },
    { shape: [2, 1], kind: K.any, dtype: 'float64' },
  ],
  run: (a, b) => tj.add(a, b),
});
add({
  op: 'mul',
  label: 'mixed dtypes (bool * float32)',
  dtypes: ['bool'],
  inputs: [
    { shape: [4], kind: K.bool },
    { shape: [4], kind: K.any, dtype: 'float32' },
  ],
  run: (a, b) => tj.mul(a, b),
});

// where, clip
add({
  op: 'where',
  dtypes: FIB,
  inputs: [
    { shape: [3, 1], kind: K.bool, dtype: 'bool' },
    { shape: [1, 4], kind: K.any },
    { shape: [3, 4], kind: K.any },
  ],
  run: (c, a, b) => tj.where(c, a, b),
});
add({
  op: 'where',
  label: 'where (scalar branch)',
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.bool, dtype: 'bool' },
    { shape: [2, 3], kind: K.any },
  ],
  run: (c, a) => tj.where(c, a, 0),
});
add({
  op: 'where',
  label: 'where (computed condition)',
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.any },
    { shape: [3], kind: K.any },
  ],
  run: (a, b) => tj.where(tj.greater(a, b), tj.sub(a, b), tj.mul(b, 2)),
});
add({ op: 'clip', dtypes: FI, inputs: [{ shape: [3, 4], kind: K.any }], run: (x) => tj.clip(x, -1, 2) });
add({
  op: 'clip',
  label: 'clip (special values)',
  dtypes: F,
  inputs: [{ shape: [20], kind: K.special }],
  run: (x) => tj.clip(x, -1, 2),
});
add({
  op: 'clip',
  label: 'clip (tensor bounds, method)',
  dtypes: FI,
  inputs: [
    { shape: [3, 4], kind: K.any },
    { shape: [4], kind: (r, d) => (isInt(d) ? r.int(-5, -1) : r.uniform(-2, -0.5)) },
    { shape: [3, 1], kind: K.pos },
  ],
  run: (x, lo, hi) => x.clip(lo, hi),
});

// Reductions over several axis choices and keepdims.
type Ax = number | number[] | undefined;
const axisCases: [Ax, boolean][] = [
  [undefined, false],
  [undefined, true],
  [1, false],
  [-1, true],
  [[0, 2], false],
  [[-3, -2], true],
];
const reductions: [string, Kind, DType[]][] = [
  ['sum', K.any, FIB],
  ['mean', K.any, FI],
  ['prod', K.nearOne, FI],
  ['max', K.any, FIB],
  ['min', K.any, FIB],
  ['logsumexp', K.any, FI],
  ['variance', K.any, FI],
  ['std', K.any, FI],
  ['all', K.mostlyTrue, FIB],
  ['any', K.mostlyFalse, FIB],
];
for (const [op, kind, dtypes] of reductions) {
  const fn = lib[op] as (x: Tensor, a?: Ax, k?: boolean) => Tensor;
  for (const [axis, keepdims] of axisCases) {
    add({
      op,
      label: `${op}(axis=${JSON.stringify(axis)}, keepdims=${keepdims})`,
      dtypes,
      inputs: [{ shape: [2, 3, 4], kind }],
      run: (x) => fn(x, axis, keepdims),
    });
  }
  add({
    op,
    label: `${op} (method, axis 0) fused with elementwise`,
    dtypes: dtypes.filter((d) => d !== 'bool'),
    inputs: [{ shape: [3, 2], kind }],
    run: (x) => (x.abs() as unknown as Record<string, (a?: Ax) => Tensor>)[op](0),
  });
}
add({
  op: 'max',
  label: 'max with NaN and inf',
  dtypes: F,
  inputs: [{ shape: [5, 6], kind: K.special }],
  run: (x) => tj.max(x, 1),
});
add({
  op: 'min',
  label: 'min with NaN and inf',
  dtypes: F,
  inputs: [{ shape: [5, 6], kind: K.special }],
  run: (x) => tj.min(x, 0),
});
add({
  op: 'sum',
  label: 'sum of a long vector',
  dtypes: FI,
  inputs: [{ shape: [1000], kind: K.any }],
  run: (x) => tj.sum(x),
});
add({
  op: 'logsumexp',
  label: 'logsumexp of large values',
  dtypes: F,
  inputs: [{ shape: [3, 4], kind: (r) => r.uniform(500, 900) }],
  run: (x) => tj.logsumexp(x, 1),
});
for (const op of ['argmax', 'argmin'] as const) {
  for (const [axis, keepdims] of [
    [undefined, false],
    [0, false],
    [1, true],
    [-1, false],
    [-3, true],
  ] as [number | undefined, boolean][]) {
    add({
      op,
      label: `${op}(axis=${axis}, keepdims=${keepdims}) with ties`,
      dtypes: FIB,
      inputs: [{ shape: [3, 4, 5], kind: K.small }],
      run: (x) => tj[op](x, axis, keepdims),
    });
  }
  add({
    op,
    label: `${op} with NaN (method)`,
    dtypes: F,
    inputs: [{ shape: [4, 6], kind: K.special }],
    run: (x) => x[op](1),
  });
}

// Linear algebra
const matmulCases: [number[], number[]][] = [
  [
    [3, 4],
    [4, 5],
  ],
  [[4], [4, 5]],
  [[3, 4], [4]],
  [[4], [4]],
  [
    [2, 3, 4],
    [4, 5],
  ],
  [
    [3, 4],
    [2, 4, 5],
  ],
  [
    [2, 1, 3, 4],
    [5, 4, 2],
  ],
  [
    [1, 2, 3],
    [4, 3, 2],
  ],
  [[2, 2, 3], [3]],
  [[3], [2, 3, 4]],
  [
    [30, 300],
    [300, 20],
  ],
  [
    [2, 1, 40, 50],
    [3, 50, 30],
  ],
];
for (const [sa, sb] of matmulCases) {
  add({
    op: 'matmul',
    label: `matmul [${sa}] @ [${sb}]`,
    dtypes: FI,
    inputs: [
      { shape: sa, kind: K.any },
      { shape: sb, kind: K.any },
    ],
    run: (a, b) => tj.matmul(a, b),
  });
}
add({
  op: 'matmul',
  label: 'matmul of bools gives int32',
  dtypes: ['bool'],
  inputs: [
    { shape: [2, 3], kind: K.bool },
    { shape: [3, 2], kind: K.bool },
  ],
  run: (a, b) => tj.matmul(a, b),
});
add({
  op: 'matmul',
  label: 'matmul (method) of elementwise results',
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.any },
    { shape: [3, 2], kind: K.any },
  ],
  run: (a, b) => tj.add(a, 1).matmul(tj.mul(b, b)),
});
const dotCases: [number[], number[]][] = [
  [[4], [4]],
  [
    [3, 4],
    [4, 2],
  ],
  [[3, 4], [4]],
  [[4], [4, 2]],
  [
    [2, 3, 4],
    [4, 5],
  ],
  [
    [2, 3, 4],
    [3, 4, 5],
  ],
  [[], [3]],
];
for (const [sa, sb] of dotCases) {
  add({
    op: 'dot',
    label: `dot [${sa}] . [${sb}]`,
    dtypes: FI,
    inputs: [
      { shape: sa, kind: K.any },
      { shape: sb, kind: K.any },
    ],
    run: (a, b) => tj.dot(a, b),
  });
}
add({
  op: 'dot',
  label: 'dot (method)',
  dtypes: FI,
  inputs: [
    { shape: [5], kind: K.any },
    { shape: [5], kind: K.any },
  ],
  run: (a, b) => a.dot(b),
});
add({
  op: 'outer',
  dtypes: FI,
  inputs: [
    { shape: [3], kind: K.any },
    { shape: [4], kind: K.any },
  ],
  run: (a, b) => tj.outer(a, b),
});
add({
  op: 'outer',
  label: 'outer of 2-D operands (flattened)',
  dtypes: FI,
  inputs: [
    { shape: [2, 2], kind: K.any },
    { shape: [3, 1], kind: K.any },
  ],
  run: (a, b) => tj.outer(a, b),
});
for (const perm of [undefined, [1, 0, 2], [2, 0, 1], [-1, 0, -2], [0, 1, 2]]) {
  add({
    op: 'transpose',
    label: `transpose(${JSON.stringify(perm)})`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3, 4], kind: K.any }],
    run: (x) => tj.transpose(x, perm),
  });
}
add({
  op: 'transpose',
  label: 'transpose (method) then add',
  dtypes: FI,
  inputs: [
    { shape: [3, 5], kind: K.any },
    { shape: [5, 3], kind: K.any },
  ],
  run: (x, y) => tj.add(x.transpose(), y),
});
add({ op: 'T', label: '.T of 2-D', dtypes: FIB, inputs: [{ shape: [3, 5], kind: K.any }], run: (x) => x.T });
add({ op: 'T', label: '.T of 3-D', dtypes: FI, inputs: [{ shape: [2, 3, 4], kind: K.any }], run: (x) => x.T });
add({ op: 'T', label: '.T of 1-D is the same', dtypes: FI, inputs: [{ shape: [4], kind: K.any }], run: (x) => x.T });
add({ op: 'T', label: 'x @ x.T', dtypes: FI, inputs: [{ shape: [3, 4], kind: K.any }], run: (x) => tj.matmul(x, x.T) });

// Shape ops
for (const s of [[4, 6], [-1, 3], [2, -1, 2], [24], [1, 24, 1], [2, 3, 4]]) {
  add({
    op: 'reshape',
    label: `reshape to [${s}]`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3, 4], kind: K.any }],
    run: (x) => tj.reshape(x, s),
  });
}
add({
  op: 'reshape',
  label: 'reshape (method) between elementwise ops',
  dtypes: FI,
  inputs: [{ shape: [6], kind: K.any }],
  run: (x) => tj.add(tj.neg(x).reshape([3, 2]), 1),
});
add({
  op: 'reshape',
  label: 'reshape of an intermediate, both returned',
  dtypes: FI,
  inputs: [{ shape: [6], kind: K.any }],
  run: (x) => {
    const y = tj.mul(x, 3);
    return [y, tj.add(y.reshape([2, 3]), tj.reshape(y, [2, 3]))];
  },
});
add({ op: 'flatten', dtypes: FIB, inputs: [{ shape: [2, 3, 4], kind: K.any }], run: (x) => tj.flatten(x) });
add({
  op: 'flatten',
  label: 'flatten (method, of a transpose)',
  dtypes: FI,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: (x) => x.T.flatten(),
});
for (const ax of [undefined, 2, -4, [0, 2]] as Ax[]) {
  add({
    op: 'squeeze',
    label: `squeeze(${JSON.stringify(ax)})`,
    dtypes: FIB,
    inputs: [{ shape: [1, 3, 1, 2], kind: K.any }],
    run: (x) => tj.squeeze(x, ax),
  });
}
add({
  op: 'squeeze',
  label: 'squeeze (method)',
  dtypes: FI,
  inputs: [{ shape: [1, 3], kind: K.any }],
  run: (x) => x.squeeze().add(1),
});
for (const ax of [0, 1, 3, -1, -4]) {
  add({
    op: 'expandDims',
    label: `expandDims(${ax})`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3, 4], kind: K.any }],
    run: (x) => tj.expandDims(x, ax),
  });
}
add({
  op: 'expandDims',
  label: 'expandDims (method) to broadcast',
  dtypes: FI,
  inputs: [
    { shape: [3], kind: K.any },
    { shape: [3], kind: K.any },
  ],
  run: (a, b) => tj.sub(a.expandDims(1), b.expandDims(0)),
});
for (const [from, to] of [
  [
    [3, 1],
    [2, 3, 4],
  ],
  [[4], [3, 4]],
  [[], [2, 2]],
  [
    [1, 1],
    [1, 3],
  ],
  [
    [2, 3],
    [2, 3],
  ],
] as [number[], number[]][]) {
  add({
    op: 'broadcastTo',
    label: `broadcastTo [${from}] -> [${to}]`,
    dtypes: FIB,
    inputs: [{ shape: from, kind: K.any }],
    run: (x) => tj.broadcastTo(x, to),
  });
}
add({
  op: 'broadcastTo',
  label: 'broadcastTo (method) then elementwise',
  dtypes: FI,
  inputs: [{ shape: [3, 1], kind: K.any }],
  run: (x) => tj.mul(x.broadcastTo([3, 4]), 2),
});
for (const ax of [0, 1, -1]) {
  add({
    op: 'concat',
    label: `concat(axis=${ax})`,
    dtypes: FIB,
    inputs: [
      { shape: ax === 0 ? [1, 3] : [2, 1], kind: K.any },
      { shape: [2, 3], kind: K.any },
      { shape: ax === 0 ? [3, 3] : [2, 2], kind: K.any },
    ],
    run: (...xs) => tj.concat(xs, ax),
  });
}
add({
  op: 'concat',
  label: 'concat with an empty part',
  dtypes: FI,
  inputs: [
    { shape: [2, 0], kind: K.any },
    { shape: [2, 3], kind: K.any },
  ],
  run: (a, b) => tj.concat([a, b], 1),
});
add({
  op: 'concat',
  label: 'concat of one tensor with itself and a result',
  dtypes: FI,
  inputs: [{ shape: [2, 2], kind: K.any }],
  run: (a) => tj.concat([a, a, tj.neg(a)]),
});
for (const ax of [0, 1, 2, -1, -3]) {
  add({
    op: 'stack',
    label: `stack(axis=${ax})`,
    dtypes: FIB,
    inputs: [
      { shape: [2, 3], kind: K.any },
      { shape: [2, 3], kind: K.any },
      { shape: [2, 3], kind: K.any },
    ],
    run: (...xs) => tj.stack(xs, ax),
  });
}
const splitCases: [number[], number | number[], number][] = [
  [[6, 2], 3, 0],
  [[2, 6], 2, 1],
  [[2, 6], 3, -1],
  [[5, 2], [1, 4], 0],
  [[2, 7], [2, -2], -1],
  [[5], [0, 3, 3, 9], 0],
];
for (const [s, sec, ax] of splitCases) {
  add({
    op: 'split',
    label: `split [${s}] by ${JSON.stringify(sec)} on ${ax}`,
    dtypes: FIB,
    inputs: [{ shape: s, kind: K.any }],
    run: (x) => tj.split(x, sec, ax),
  });
}
add({
  op: 'split',
  label: 'split (method) recombined',
  dtypes: FI,
  inputs: [{ shape: [4, 3], kind: K.any }],
  run: (x) => {
    const [a, b] = x.split(2);
    return { sum: tj.add(a, b), parts: [a, b] };
  },
});
type SliceCase = [number[], (number | null)[], (number | null)[] | undefined, (number | null)[] | undefined];
const sliceCases: SliceCase[] = [
  [[5, 6], [1, 2], [4, 5], undefined],
  [[5, 6], [-3, 0], [-1, 6], undefined],
  [
    [5, 6],
    [0, 1],
    [5, 6],
    [2, 3],
  ],
  [
    [5, 6],
    [4, 5],
    [0, null],
    [-1, -2],
  ],
  [
    [5, 6],
    [null, null],
    [null, null],
    [-1, -1],
  ],
  [[5, 6], [-100, 2], [100, 2], undefined],
  [[5, 6], [0, 0], [5, 6], undefined],
  [
    [4, 3, 5],
    [0, 1, -1],
    [4, 3, -6],
    [3, 1, -2],
  ],
];
for (const [s, st, en, sp] of sliceCases) {
  add({
    op: 'slice',
    label: `slice [${s}] ${JSON.stringify([st, en, sp])}`,
    dtypes: FIB,
    inputs: [{ shape: s, kind: K.any }],
    run: (x) => tj.slice(x, st, en, sp),
  });
}
add({
  op: 'slice',
  label: 'slice (method) of an elementwise result',
  dtypes: FI,
  inputs: [{ shape: [6], kind: K.any }],
  run: (x) => tj.abs(x).slice([5], [0], [-2]),
});
for (const [ax, lo, hi] of [
  [undefined, -20, 19],
  [0, -4, 3],
  [1, 0, 4],
  [-1, -5, 4],
] as [number | undefined, number, number][]) {
  add({
    op: 'take',
    label: `take(axis=${ax})`,
    dtypes: FIB,
    inputs: [
      { shape: [4, 5], kind: K.any },
      { shape: [2, 3], kind: K.index(lo, hi), dtype: 'int32' },
    ],
    run: (x, i) => tj.take(x, i, ax),
  });
}
add({
  op: 'take',
  label: 'take with a JS array of indices (method)',
  dtypes: FI,
  inputs: [{ shape: [3, 4], kind: K.any }],
  run: (x) => x.take([2, 0, -1], 1),
});
add({
  op: 'pad',
  dtypes: FIB,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: (x) =>
    tj.pad(x, [
      [1, 0],
      [2, 1],
    ]),
});
add({
  op: 'pad',
  label: 'pad with a value',
  dtypes: FI,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: (x) =>
    tj.pad(
      x,
      [
        [0, 2],
        [1, 1],
      ],
      7,
    ),
});
add({
  op: 'pad',
  label: 'pad with one number (method)',
  dtypes: FI,
  inputs: [{ shape: [2, 2, 1], kind: K.any }],
  run: (x) => x.pad(1),
});
add({
  op: 'pad',
  label: 'pad with zero widths',
  dtypes: FI,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: (x) => tj.pad(x, 0),
});
for (const reps of [2, [2, 1], [1, 3], [2, 1, 3], [0, 2], 1] as (number | number[])[]) {
  add({
    op: 'tile',
    label: `tile(${JSON.stringify(reps)})`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3], kind: K.any }],
    run: (x) => tj.tile(x, reps),
  });
}
add({
  op: 'tile',
  label: 'tile (method)',
  dtypes: FI,
  inputs: [{ shape: [3], kind: K.any }],
  run: (x) => x.tile([2, 2]),
});
for (const ax of [undefined, 0, -1, [0, 2]] as Ax[]) {
  add({
    op: 'flip',
    label: `flip(${JSON.stringify(ax)})`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3, 4], kind: K.any }],
    run: (x) => tj.flip(x, ax),
  });
}
add({
  op: 'flip',
  label: 'flip (method) twice is the identity',
  dtypes: FI,
  inputs: [{ shape: [5], kind: K.any }],
  run: (x) => x.flip().flip(),
});

// NN
for (const ax of [undefined, 0, 1, -2]) {
  add({
    op: 'softmax',
    label: `softmax(axis=${ax})`,
    dtypes: FI,
    inputs: [{ shape: [3, 4, 5], kind: K.any }],
    run: (x) => tj.softmax(x, ax),
  });
  add({
    op: 'logSoftmax',
    label: `logSoftmax(axis=${ax})`,
    dtypes: FI,
    inputs: [{ shape: [3, 4, 5], kind: K.any }],
    run: (x) => tj.logSoftmax(x, ax),
  });
}
add({
  op: 'softmax',
  label: 'softmax of large logits (method)',
  dtypes: F,
  inputs: [{ shape: [2, 6], kind: (r) => r.uniform(-1000, 1000) }],
  run: (x) => x.softmax(),
});
add({
  op: 'logSoftmax',
  label: 'logSoftmax of large logits (method)',
  dtypes: F,
  inputs: [{ shape: [2, 6], kind: (r) => r.uniform(-1000, 1000) }],
  run: (x) => x.logSoftmax(0),
});
add({
  op: 'oneHot',
  dtypes: I,
  inputs: [{ shape: [2, 3], kind: K.index(0, 4), dtype: 'int32' }],
  run: (i) => tj.oneHot(i, 5),
});
add({
  op: 'oneHot',
  label: 'oneHot of a 1-D tensor with out-of-range ids',
  dtypes: I,
  inputs: [{ shape: [6], kind: K.index(-1, 3), dtype: 'int32' }],
  run: (i) => tj.oneHot(i, 3),
});
add({
  op: 'softmaxCrossEntropy',
  dtypes: FI,
  inputs: [
    { shape: [4, 5], kind: K.any },
    { shape: [4], kind: K.index(0, 4), dtype: 'int32' },
  ],
  run: (z, l) => tj.softmaxCrossEntropy(z, l),
});
add({
  op: 'softmaxCrossEntropy',
  label: 'softmaxCrossEntropy with 2 batch dims, large logits',
  dtypes: F,
  inputs: [
    { shape: [2, 3, 4], kind: (r) => r.uniform(-500, 500) },
    { shape: [2, 3], kind: K.index(0, 3), dtype: 'int32' },
  ],
  run: (z, l) => tj.softmaxCrossEntropy(z, l),
});
add({
  op: 'einsum',
  label: "einsum('ij,jk->ik')",
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.any },
    { shape: [3, 4], kind: K.any },
  ],
  run: (...xs) => tj.einsum('ij,jk->ik', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('bij,bjk->bik')",
  dtypes: FI,
  inputs: [
    { shape: [2, 2, 3], kind: K.any },
    { shape: [2, 3, 2], kind: K.any },
  ],
  run: (...xs) => tj.einsum('bij,bjk->bik', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('ii->i')",
  dtypes: FI,
  inputs: [{ shape: [3, 3], kind: K.any }],
  run: (...xs) => tj.einsum('ii->i', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('ij->ji')",
  dtypes: FI,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: (...xs) => tj.einsum('ij->ji', ...xs),
});
add({
  op: 'norm',
  label: 'norm(ord 3, axis 0)',
  dtypes: FI,
  inputs: [{ shape: [3, 4], kind: K.any }],
  run: (x) => tj.norm(x, 3, 0),
});
for (const [ord, shape, axis, keepdims] of [
  [2, [3, 4], undefined, false],
  [-2, [2, 4, 3], [2, 1], true],
  ['nuc', [3, 2, 4], [0, 2], false],
] as [2 | -2 | 'nuc', number[], number[] | undefined, boolean][])
  add({
    op: 'norm',
    label: `norm(ord ${ord}, axis ${JSON.stringify(axis)}${keepdims ? ', keepdims' : ''}) of ${JSON.stringify(shape)}`,
    dtypes: FI,
    inputs: [{ shape, kind: K.any }],
    run: (x) => tj.norm(x, ord, axis, keepdims),
  });
add({
  op: 'norm',
  label: "norm(ord 'nuc') and the 2-norm of a batch, with their gradients",
  dtypes: F,
  inputs: [{ shape: [2, 3, 4], kind: K.any }],
  run: (x) => tj.valueAndGrad((t: Tensor) => tj.add(tj.norm(t, 'nuc', [1, 2]), tj.norm(t, 2, [2, 1])).sum())(x),
});
add({
  op: 'layerNorm',
  label: 'layerNorm with gamma and beta',
  dtypes: FI,
  inputs: [
    { shape: [3, 5], kind: K.any },
    { shape: [5], kind: K.any },
    { shape: [5], kind: K.any },
  ],
  run: (x, g, b) => tj.layerNorm(x, g, b),
});
add({
  op: 'dropout',
  label: 'dropout, not training',
  dtypes: F,
  inputs: [{ shape: [3, 4], kind: K.any }],
  run: (x) => tj.dropout(x, 0.5, false),
});
add({
  op: 'mseLoss',
  label: 'mseLoss (broadcast target)',
  dtypes: FI,
  inputs: [
    { shape: [3, 4], kind: K.any },
    { shape: [4], kind: K.any },
  ],
  run: (p, y) => tj.mseLoss(p, y),
});
add({
  op: 'binaryCrossEntropy',
  label: 'binaryCrossEntropy (hard labels)',
  dtypes: F,
  inputs: [
    { shape: [3, 4], kind: K.prob },
    { shape: [3, 4], kind: K.zeroOne },
  ],
  run: (p, y) => tj.binaryCrossEntropy(p, y),
});
add({
  op: 'binaryCrossEntropy',
  label: 'binaryCrossEntropy (soft labels, p at 0 and 1)',
  dtypes: F,
  inputs: [
    { shape: [10], kind: (r) => [0, 1, r.next()][r.int(0, 2)] },
    { shape: [10], kind: K.prob },
  ],
  run: (p, y) => tj.binaryCrossEntropy(p, y),
});

interface ConvCase {
  x: number[];
  w: number[];
  opts: tj.Conv2dOptions;
}
const convCases: ConvCase[] = [
  { x: [2, 3, 6, 5], w: [4, 3, 3, 3], opts: {} },
  { x: [1, 2, 7, 7], w: [3, 2, 3, 3], opts: { stride: 2 } },
  { x: [1, 2, 5, 6], w: [2, 2, 3, 3], opts: { padding: 1 } },
  { x: [1, 1, 7, 7], w: [2, 1, 3, 3], opts: { dilation: 2 } },
  { x: [2, 2, 8, 9], w: [3, 2, 2, 3], opts: { stride: [2, 1], padding: [1, 2], dilation: [1, 2] } },
  { x: [1, 2, 6, 6], w: [2, 2, 3, 3], opts: { stride: 2, padding: 1, dilation: 2 } },
  { x: [1, 4, 5, 5], w: [6, 2, 3, 3], opts: { groups: 2, padding: 1 } },
  { x: [1, 2, 5, 5], w: [3, 2, 3, 3], opts: { padding: 'same' } },
];
for (const c of convCases) {
  add({
    op: 'conv2d',
    label: `conv2d x[${c.x}] w[${c.w}] ${JSON.stringify(c.opts)}`,
    dtypes: FI,
    inputs: [
      { shape: c.x, kind: K.any },
      { shape: c.w, kind: K.any },
    ],
    run: (x, w) => tj.conv2d(x, w, c.opts),
  });
}
add({
  op: 'conv2d',
  label: 'conv2d + bias + relu',
  dtypes: F,
  inputs: [
    { shape: [2, 2, 5, 5], kind: K.any },
    { shape: [3, 2, 3, 3], kind: K.any },
    { shape: [3], kind: K.any },
  ],
  run: (x, w, b) => tj.relu(tj.add(tj.conv2d(x, w, { padding: 1 }), b.reshape([1, 3, 1, 1]))),
});
add({
  op: 'maxPool2d',
  label: 'maxPool2d(2)',
  dtypes: FI,
  inputs: [{ shape: [2, 3, 6, 4], kind: K.any }],
  run: (x) => tj.maxPool2d(x, 2),
});
add({
  op: 'maxPool2d',
  label: 'maxPool2d([3, 2], stride [2, 1])',
  dtypes: FI,
  inputs: [{ shape: [1, 2, 7, 5], kind: K.any }],
  run: (x) => tj.maxPool2d(x, [3, 2], { stride: [2, 1] }),
});
add({
  op: 'maxPool2d',
  label: 'maxPool2d(3, stride 2, padding 1)',
  dtypes: FI,
  inputs: [{ shape: [1, 2, 5, 6], kind: K.any }],
  run: (x) => tj.maxPool2d(x, 3, { stride: 2, padding: 1 }),
});
add({
  op: 'maxPool2d',
  label: 'maxPool2d with NaN and inf',
  dtypes: F,
  inputs: [{ shape: [1, 2, 4, 6], kind: K.special }],
  run: (x) => tj.maxPool2d(x, 2),
});
add({
  op: 'avgPool2d',
  label: 'avgPool2d(2)',
  dtypes: FI,
  inputs: [{ shape: [2, 3, 6, 4], kind: K.any }],
  run: (x) => tj.avgPool2d(x, 2),
});
add({
  op: 'avgPool2d',
  label: 'avgPool2d([2, 3], stride 1)',
  dtypes: F,
  inputs: [{ shape: [1, 2, 5, 6], kind: K.any }],
  run: (x) => tj.avgPool2d(x, [2, 3], { stride: 1 }),
});
add({
  op: 'avgPool2d',
  label: 'avgPool2d(3, stride 2, padding 1)',
  dtypes: F,
  inputs: [{ shape: [1, 1, 7, 7], kind: K.any }],
  run: (x) => tj.avgPool2d(x, 3, { stride: 2, padding: 1 }),
});

// astype: every dtype to every dtype, and float specials to int32/bool.
for (const to of FIB) {
  add({
    op: 'astype',
    label: `astype to ${to}`,
    dtypes: FIB,
    inputs: [{ shape: [3, 4], kind: K.halves }],
    run: (x) => x.astype(to),
  });
  add({
    op: 'astype',
    label: `astype to ${to} (function form, of a result)`,
    dtypes: FI,
    inputs: [{ shape: [6], kind: K.any }],
    run: (x) => tj.astype(tj.mul(x, 3), to),
  });
}
add({
  op: 'astype',
  label: 'astype of special and large floats to int32 and bool',
  dtypes: F,
  inputs: [{ shape: [20], kind: (r) => (r.next() < 0.5 ? K.special(r, 'float64') : r.uniform(-3e9, 3e9)) }],
  run: (x) => [x.astype('int32'), x.astype('bool')],
});
add({
  op: 'astype',
  label: 'astype float64 -> float32 -> float64 rounds',
  dtypes: ['float64'],
  inputs: [{ shape: [10], kind: (r) => r.uniform(-1, 1) / 3 }],
  run: (x) => tj.mul(x.astype('float32').astype('float64'), 1 / 3),
});
add({
  op: 'astype',
  label: 'astype int32 -> float32 of large ints rounds',
  dtypes: I,
  inputs: [{ shape: [10], kind: K.bigInt }],
  run: (x) => tj.add(x.astype('float32'), 1).astype('float64'),
});

// Multi-op chains
add({
  op: 'chain',
  label: 'x = a*b+1; tanh(x)*exp(-x*x)',
  dtypes: F,
  inputs: [
    { shape: [4, 5], kind: K.any },
    { shape: [4, 5], kind: K.any },
  ],
  run: (a, b) => {
    const x = tj.add(tj.mul(a, b), 1);
    return tj.mul(tj.tanh(x), tj.exp(tj.neg(tj.mul(x, x))));
  },
});
add({
  op: 'chain',
  label: 'x = a*b+1; tanh(x)*exp(-x*x), also returning x',
  dtypes: F,
  inputs: [
    { shape: [3], kind: K.any },
    { shape: [2, 3], kind: K.any },
  ],
  run: (a, b) => {
    const x = a.mul(b).add(1);
    return [x, x.tanh().mul(x.mul(x).neg().exp())];
  },
});
add({
  op: 'chain',
  label: 'broadcasting bias add + relu + sum',
  dtypes: FI,
  inputs: [
    { shape: [5, 4], kind: K.any },
    { shape: [4, 3], kind: K.any },
    { shape: [3], kind: K.any },
  ],
  run: (x, w, b) => {
    const h = tj.relu(tj.add(tj.matmul(x, w), b));
    return [h, tj.sum(h, 0), tj.sum(h)];
  },
});
add({
  op: 'chain',
  label: 'bias add + relu + sum (no matmul)',
  dtypes: FI,
  inputs: [
    { shape: [2, 3, 4], kind: K.any },
    { shape: [4], kind: K.any },
  ],
  run: (x, b) => tj.sum(tj.relu(tj.add(x, b)), [0, 1]),
});
add({
  op: 'chain',
  label: 'int32 chain with overflow wrap',
  dtypes: I,
  inputs: [
    { shape: [4, 3], kind: K.bigInt },
    { shape: [3], kind: K.bigInt },
    { shape: [4, 1], kind: K.any },
  ],
  run: (a, b, c) => {
    const p = tj.add(tj.mul(a, b), tj.mul(a, 3));
    const q = tj.sub(tj.neg(tj.add(a, 2147483647)), tj.square(b));
    return [
      p,
      q,
      tj.abs(tj.mul(p, c)),
      tj.sum(tj.mul(a, b), 1),
      tj.pow(a, 3),
      tj.mod(p, tj.add(tj.abs(c), 1)),
      tj.prod(tj.add(a, c), 0),
    ];
  },
});
add({
  op: 'chain',
  label: 'int32 abs/neg of INT_MIN',
  dtypes: I,
  inputs: [{ shape: [4], kind: (r) => [-(2 ** 31), 2 ** 31 - 1, -1, 0][r.int(0, 3)] }],
  run: (a) => [tj.abs(a), tj.neg(a), tj.add(tj.neg(a), tj.abs(a)), tj.sign(tj.neg(a))],
});
add({
  op: 'chain',
  label: 'bool chain with logicalAnd/where',
  dtypes: FI,
  inputs: [
    { shape: [3, 4], kind: K.small },
    { shape: [4], kind: K.small },
  ],
  run: (a, b) => {
    const m = tj.logicalAnd(tj.greater(a, 0), tj.lessEqual(b, 1));
    const n = tj.logicalOr(m, tj.logicalNot(tj.equal(a, b)));
    return [
      m,
      n,
      tj.where(m, a, tj.neg(b)),
      tj.sum(m),
      tj.any(n, 1),
      tj.all(tj.logicalOr(m, n), 0),
      tj.astype(m, 'int32'),
    ];
  },
});
add({
  op: 'chain',
  label: 'bool tensors: add, mul, max, sum',
  dtypes: ['bool'],
  inputs: [
    { shape: [3, 4], kind: K.bool },
    { shape: [4], kind: K.bool },
  ],
  run: (a, b) => [tj.add(a, b), tj.mul(a, b), tj.maximum(a, b), tj.sum(tj.add(a, b), 1), tj.logicalNot(tj.add(a, b))],
});
add({
  op: 'chain',
  label: 'float32 rounding of fused intermediates',
  dtypes: F,
  inputs: [
    { shape: [50], kind: K.any },
    { shape: [50], kind: K.any },
  ],
  run: (a, b) => tj.sub(tj.add(tj.mul(a, b), tj.div(a, 3)), tj.mul(tj.div(a, 3), tj.add(b, 1e-3))),
});
add({
  op: 'chain',
  label: 'int32 tensor with float JS numbers',
  dtypes: I,
  inputs: [{ shape: [6], kind: K.any }],
  run: (x) => [tj.add(x, 0.5), tj.div(x, 2), tj.mul(tj.add(x, 1), 0.1), tj.sqrt(tj.abs(x))],
});
add({
  op: 'chain',
  label: 'identity and duplicated outputs',
  dtypes: FIB,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: (x) => [x, x, tj.reshape(x, [3, 2]), { again: x }],
});
add({
  op: 'chain',
  label: 'an input returned next to its in-place-able use',
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.any },
    { shape: [2, 3], kind: K.any },
  ],
  run: (x, y) => [tj.add(tj.reshape(x, [6]), 1), y, tj.mul(tj.flatten(y), 2)],
});
add({
  op: 'chain',
  label: 'closed-over constants (small and large)',
  dtypes: F,
  inputs: [{ shape: [40], kind: K.any }],
  run: (() => {
    const big = tj.arange(40);
    const small = tj.tensor([1, 2, 3, 4]);
    return (x: Tensor) => [
      tj.add(x, tj.astype(big, x.dtype)),
      tj.mul(tj.reshape(x, [10, 4]), tj.astype(small, x.dtype)),
    ];
  })(),
});
add({
  op: 'chain',
  label: 'softmax -> log -> mean of a matmul',
  dtypes: F,
  inputs: [
    { shape: [3, 4], kind: K.any },
    { shape: [4, 5], kind: K.any },
  ],
  run: (x, w) => tj.mean(tj.log(tj.softmax(tj.matmul(x, w))), 1),
});
add({
  op: 'chain',
  label: 'normalize: (x - mean) / std, keepdims',
  dtypes: F,
  inputs: [{ shape: [4, 6], kind: K.any }],
  run: (x) => tj.div(tj.sub(x, tj.mean(x, 1, true)), tj.add(tj.std(x, 1, true), 1e-5)),
});
add({
  op: 'chain',
  label: 'many uses of one intermediate (buffer reuse)',
  dtypes: FI,
  inputs: [
    { shape: [3, 4], kind: K.any },
    { shape: [4], kind: K.any },
  ],
  run: (a, b) => {
    const t = tj.sum(a, 1, true);
    const u = tj.add(a, t);
    const v = tj.sub(u, b);
    const w = tj.mul(v, t);
    return [tj.max(w, 0), tj.add(tj.mul(u, 2), w), tj.sum(tj.mul(v, v))];
  },
});
add({
  op: 'chain',
  label: 'pad, slice, concat and transpose mixed with elementwise',
  dtypes: FI,
  inputs: [{ shape: [3, 4], kind: K.any }],
  run: (x) => {
    const p = tj.pad(tj.mul(x, 2), 1);
    const s = tj.slice(p, [1, 1], [-1, -1]);
    return tj.concat([tj.sub(s, x), tj.transpose(tj.add(x.T, 1))], 0);
  },
});

add({
  op: 'chain',
  label: 'a result tree with non-tensor leaves',
  dtypes: F,
  inputs: [{ shape: [3], kind: K.any }],
  run: (x) => ({ y: tj.exp(x), meta: { n: 3, name: 'x', ok: true, none: null }, list: [tj.sum(x), 2] }),
});
add({
  op: 'chain',
  label: '0-d tensors with vectors',
  dtypes: FI,
  inputs: [
    { shape: [], kind: K.any },
    { shape: [3], kind: K.any },
  ],
  run: (a, b) => [
    tj.add(a, b),
    tj.mul(a, a),
    tj.sum(tj.mul(b, a)),
    tj.reshape(a, [1, 1]),
    tj.expandDims(a, 0),
    tj.broadcastTo(a, [2, 2]),
    tj.matmul(b, b),
  ],
});
add({
  op: 'chain',
  label: 'empty tensors: elementwise and reductions with identities',
  dtypes: FI,
  inputs: [{ shape: [0, 3], kind: K.any }],
  run: (x) => [
    tj.sum(x, 0),
    tj.prod(x, 0),
    tj.mean(x, 0),
    tj.all(x, 0),
    tj.any(x),
    tj.add(x, 1),
    tj.neg(x),
    tj.matmul(tj.reshape(x, [3, 0]), x),
    tj.concat([x, x], 0),
  ],
});

// Scans, sorting and updates at indices: primitives with JS kernels only, run from every tier's arena.
for (const [axis, shape] of [
  [-1, [3, 4]],
  [0, [3, 4]],
  [1, [2, 3, 2]],
  [0, [0, 3]],
  [0, [1, 4]],
] as [number, number[]][]) {
  const where = `axis ${axis}, shape [${shape.join(', ')}]`;
  add({
    op: 'cumsum',
    label: `cumsum(${where})`,
    dtypes: FIB,
    inputs: [{ shape, kind: K.any }],
    run: (x) => tj.cumsum(tj.mul(x, x), axis),
  });
  add({
    op: 'cumprod',
    label: `cumprod(${where})`,
    dtypes: FIB,
    inputs: [{ shape, kind: K.small }],
    run: (x) => tj.cumprod(x, axis),
  });
  add({
    op: 'sort',
    label: `sort(${where}), both directions`,
    dtypes: FIB,
    inputs: [{ shape, kind: K.small }],
    run: (x) => [tj.sort(x, axis), tj.sort(x, axis, true)],
  });
  add({
    op: 'argsort',
    label: `argsort(${where}), both directions`,
    dtypes: FIB,
    inputs: [{ shape, kind: K.small }],
    run: (x) => [tj.argsort(x, axis), tj.argsort(x, axis, true)],
  });
}
add({
  op: 'cumsum',
  label: 'cumsum and cumprod (int32 wraps)',
  dtypes: I,
  inputs: [{ shape: [2, 6], kind: K.bigInt }],
  run: (x) => [tj.cumsum(x), tj.cumprod(x)],
});
add({
  op: 'sort',
  label: 'sort and argsort with NaN and infinities',
  dtypes: F,
  inputs: [{ shape: [4, 6], kind: K.special }],
  run: (x) => [tj.sort(x), tj.argsort(x, -1, true), tj.topk(x, 3)],
});
for (const [k, axis, shape] of [
  [2, -1, [3, 5]],
  [3, 0, [4, 2]],
  [0, -1, [2, 3]],
  [4, 1, [2, 4, 2]],
] as [number, number, number[]][])
  add({
    op: 'topk',
    label: `topk(k ${k}, axis ${axis}, shape [${shape.join(', ')}])`,
    dtypes: FIB,
    inputs: [{ shape, kind: K.small }],
    run: (x) => tj.topk(x, k, axis),
  });
for (const [axis, idxShape, lo, hi, updShape] of [
  [0, [3], -4, 3, [3, 5]],
  [0, [2, 3], -4, 3, [2, 3, 5]],
  [1, [6], 0, 4, [4, 6]],
  [-1, [2, 2], -5, 4, [4, 2, 2]],
  [0, [0], 0, 3, [0, 5]],
] as [number, number[], number, number, number[]][])
  for (const op of ['scatter', 'scatterAdd'] as const)
    add({
      op,
      label: `${op}(axis ${axis}, indices [${idxShape.join(', ')}] in ${lo}..${hi})`,
      dtypes: FIB,
      inputs: [
        { shape: [4, 5], kind: K.any },
        { shape: idxShape, kind: K.index(lo, hi), dtype: 'int32' },
        { shape: updShape, kind: K.any },
      ],
      run: (x, i, u) => tj[op](x, i, u, axis),
    });
for (const op of ['scatter', 'scatterAdd'] as const)
  add({
    op,
    label: `${op} with a broadcast scalar, then elementwise`,
    dtypes: FI,
    inputs: [{ shape: [3, 4], kind: K.any }],
    run: (x) => tj.add(tj[op](tj.mul(x, 2), [2, 0, 2], 7, 1), x),
  });

// ---------------------------------------------------------------------------------------------
// Coverage and inputs

/** Every op named in API.md "Operations", plus astype: each has a row. */
export const JIT_OPS = [...API_OPS, 'astype'];

/** The library as a table of functions by name (coverage checks). */
export const opsByName = lib;

/** The seeded inputs of row `index` of `rows` for `dtype` (the same on every tier). */
export const rowInputs = (index: number, dtype: DType): Tensor[] =>
  makeInputs(rows[index].inputs, dtype, (index + 1) * 7919 + dtype.length);

/** A case of the table: a row and one of its dtypes. */
export interface TableCase {
  row: number;
  dtype: DType;
}

/**
 * The cases a compiled tier's table test runs: every row once (its dtype rotating over the row's
 * dtypes; every dtype of every row when `all`), then the first row of every op × dtype not yet in.
 */
export function tableCases(all = false): TableCase[] {
  const cases: TableCase[] = [];
  const have = new Set<string>();
  rows.forEach((r, row) => {
    for (const [k, dtype] of r.dtypes.entries())
      if (all || k === row % r.dtypes.length) {
        cases.push({ row, dtype });
        have.add(`${r.op}|${dtype}`);
      }
  });
  rows.forEach((r, row) => {
    for (const dtype of r.dtypes)
      if (!have.has(`${r.op}|${dtype}`)) {
        cases.push({ row, dtype });
        have.add(`${r.op}|${dtype}`);
      }
  });
  return cases;
}

const caseName = (c: TableCase) => `${rows[c.row].label ?? rows[c.row].op} [${c.dtype}]`;

/** A jit wrapper compiling for one backend (hot: 0, async: false). */
type Compile = <F extends (...a: any[]) => unknown>(f: F) => tj.Jitted<F>;

/** Compiles each case alone: the cases that do not run on `tier` (and why, from the warning). */
function loneFailures(compile: Compile, tier: string, cases: TableCase[]): string[] {
  const failures: string[] = [];
  const warn = console.warn,
    error = console.error;
  for (const c of cases) {
    const said: string[] = [];
    console.warn = console.error = (...a: unknown[]) => said.push(a.join(' '));
    try {
      const f = compile((...xs: Tensor[]) => rows[c.row].run(...xs));
      f(...rowInputs(c.row, c.dtype));
      if (f.stats.tier !== tier) failures.push(`${caseName(c)}: ran on ${f.stats.tier}: ${said.join('\n')}`);
    } catch (e) {
      failures.push(`${caseName(c)}: throws: ${(e as Error).message.slice(0, 2000)}`);
    } finally {
      console.warn = warn;
      console.error = error;
    }
  }
  return failures;
}

/**
 * A compiled tier's table test: `cases` compiled into one function by `compile`, which must run on
 * `tier` with no graph break and give the eager results (the JS kernels'), twice (the second call
 * reusing the compiled code and its memory, the first results intact), leaving the inputs as they
 * were. `inspect` adds a tier's own checks of the compiled function.
 */
export function checkCompiledCases(
  compile: Compile,
  tier: string,
  cases: TableCase[],
  inspect?: (f: tj.Jitted<(...groups: Tensor[][]) => unknown[]>, ins: Tensor[][]) => void,
): void {
  const ins = cases.map((c) => rowInputs(c.row, c.dtype));
  const before = snapshot(ins);
  // The reference runs the JS kernels only: eager products would take a compiled tier's kernels too.
  const eager = withJsKernels(() => cases.map((c, k) => rows[c.row].run(...ins[k])));
  const f = compile((...groups: Tensor[][]) => groups.map((xs, k) => rows[cases[k].row].run(...xs)));
  let out: unknown[];
  try {
    out = f(...ins);
  } catch (e) {
    const lone = loneFailures(compile, tier, cases);
    assert.unreachable(
      `the compiled cases throw: ${(e as Error).message.slice(0, 3000)}\nalone: ${lone.join('\n') || 'all run'}`,
    );
    return;
  }
  if (f.stats.tier !== tier) {
    const lone = loneFailures(compile, tier, cases);
    assert.unreachable(`the cases ran on ${f.stats.tier}; alone:\n${lone.join('\n') || `each runs on ${tier}`}`);
  }
  assert.is(f.stats.graphBreaks, 0);
  inspect?.(f, ins);
  const failures: string[] = [];
  const compare = (what: string, got: unknown[]) =>
    cases.forEach((c, k) => {
      try {
        compareTrees(`${caseName(c)}${what}`, got[k], eager[k]);
      } catch (e) {
        failures.push((e as Error).message);
      }
    });
  compare('', out);
  checkUnchanged('inputs after the compiled call', ins, before);
  const again = f(...ins);
  assert.is(f.stats.compiledCalls, 2);
  assert.is(f.stats.traces, 1);
  compare(' (second call)', again);
  compare(' (first result after the second call)', out);
  assert.equal(failures, [], `${failures.length} differ:\n${failures.join('\n')}`);
}
