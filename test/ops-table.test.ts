// One table with a row for every public op of API.md "Operations": each row runs tensorjit and the
// float64 reference in test/reference.ts on the same seeded data, per dtype, and compares shape,
// dtype and values.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';
import { API_OPS } from './api-ops.js';
import * as R from './reference.js';
import { K, isInt, makeInputs, type DType, type InputSpec, type Kind } from './seeded-data.js';

type Tensor = tj.Tensor;

// ---------------------------------------------------------------------------------------------
// The table

type Out<T> = T | T[];
interface Row {
  /** The API name the row covers. */
  op: string;
  /** Distinguishes several rows of one op. */
  label?: string;
  dtypes: DType[];
  inputs: InputSpec[];
  run: (xs: Tensor[]) => Out<Tensor>;
  ref: (xs: R.RArray[]) => Out<R.RArray>;
  /** The expected output dtype for the row's dtype (default: the same). */
  out?: (d: DType) => DType;
}

const F: DType[] = ['float32', 'float64'];
const FI: DType[] = ['float32', 'float64', 'int32'];
const FIB: DType[] = ['float32', 'float64', 'int32', 'bool'];
const toFloat = (d: DType): DType => (d === 'float64' ? 'float64' : 'float32');
const toBool = (): DType => 'bool';
const toInt = (): DType => 'int32';
const same = (d: DType): DType => d;

const rows: Row[] = [];
const add = (r: Row) => rows.push(r);

// Unary ops. Float-valued functions of int32 give float32 (as in JAX).
const unaryRows: [string, Kind, DType[], (d: DType) => DType][] = [
  ['neg', K.any, FI, same],
  ['abs', K.any, FI, same],
  ['sign', K.small, FI, same],
  ['exp', K.any, FI, toFloat],
  ['expm1', K.unit, FI, toFloat],
  ['log', K.pos, FI, toFloat],
  ['log1p', K.unit, F, toFloat],
  ['sqrt', K.pos, FI, toFloat],
  ['rsqrt', K.pos, FI, toFloat],
  ['square', K.any, FI, same],
  ['reciprocal', K.nonzero, FI, toFloat],
  ['sin', K.any, FI, toFloat],
  ['cos', K.any, FI, toFloat],
  ['tan', K.unit, F, toFloat],
  ['tanh', K.any, FI, toFloat],
  ['sigmoid', K.any, FI, toFloat],
  ['relu', K.any, FI, same],
  ['softplus', K.any, FI, toFloat],
  ['gelu', K.any, FI, toFloat],
  ['silu', K.any, FI, toFloat],
  ['leakyRelu', K.special, FI, toFloat],
  ['elu', K.special, FI, toFloat],
  ['erf', K.any, FI, toFloat],
  ['floor', K.halves, FI, same],
  ['ceil', K.halves, FI, same],
  ['round', K.halves, FI, same],
  ['isnan', K.special, FI, toBool],
  ['isfinite', K.special, FI, toBool],
];
for (const [op, kind, dtypes, out] of unaryRows) {
  add({
    op,
    dtypes,
    out,
    inputs: [{ shape: [3, 4], kind }],
    run: ([x]) => (tj as unknown as Record<string, (t: Tensor) => Tensor>)[op](x),
    ref: ([x]) => R.unary(op, x),
  });
  // The method form, on a different shape.
  add({
    op,
    label: `${op} (method)`,
    dtypes,
    out,
    inputs: [{ shape: [2, 1, 3], kind }],
    run: ([x]) => (x as unknown as Record<string, () => Tensor>)[op](),
    ref: ([x]) => R.unary(op, x),
  });
}
add({
  op: 'logicalNot',
  dtypes: ['bool', 'float32', 'int32'],
  out: toBool,
  inputs: [{ shape: [3, 4], kind: K.small }],
  run: ([x]) => tj.logicalNot(x),
  ref: ([x]) => R.unary('logicalNot', x),
});
add({
  op: 'erf',
  label: 'erf (wide range)',
  dtypes: F,
  inputs: [{ shape: [40], kind: (r) => r.uniform(-7, 7) }],
  run: ([x]) => tj.erf(x),
  ref: ([x]) => R.unary('erf', x),
});
add({
  op: 'round',
  label: 'round (exact halves: ties to even)',
  dtypes: FI,
  inputs: [{ shape: [40], kind: (r, d) => r.int(-20, 20) + (isInt(d) ? 0 : 0.5) }],
  run: ([x]) => tj.round(x),
  ref: ([x]) => R.unary('round', x),
});
add({
  op: 'sign',
  label: 'sign (special values)',
  dtypes: F,
  inputs: [{ shape: [20], kind: K.special }],
  run: ([x]) => tj.sign(x),
  ref: ([x]) => R.unary('sign', x),
});

// Binary ops, with broadcasting.
const binaryRows: [string, Kind, Kind, DType[], (d: DType) => DType][] = [
  ['add', K.any, K.any, FIB, same],
  ['sub', K.any, K.any, FI, same],
  ['mul', K.any, K.any, FIB, same],
  ['div', K.any, K.nonzero, FI, toFloat],
  ['pow', K.pos, K.expo, FI, same],
  ['maximum', K.small, K.small, FIB, same],
  ['minimum', K.small, K.small, FIB, same],
  ['mod', K.any, K.nonzero, FI, same],
  ['equal', K.small, K.small, FIB, toBool],
  ['notEqual', K.small, K.small, FIB, toBool],
  ['less', K.small, K.small, FIB, toBool],
  ['lessEqual', K.small, K.small, FIB, toBool],
  ['greater', K.small, K.small, FIB, toBool],
  ['greaterEqual', K.small, K.small, FIB, toBool],
  ['logicalAnd', K.small, K.small, FIB, toBool],
  ['logicalOr', K.small, K.small, FIB, toBool],
];
for (const [op, ka, kb, dtypes, out] of binaryRows) {
  const fn = (tj as unknown as Record<string, (a: Tensor | number, b: Tensor | number) => Tensor>)[op];
  add({
    op,
    dtypes,
    out,
    inputs: [
      { shape: [3, 1, 4], kind: ka },
      { shape: [5, 1], kind: kb },
    ],
    run: ([a, b]) => fn(a, b),
    ref: ([a, b]) => R.binary(op, a, b),
  });
  add({
    op,
    label: `${op} (method, same shape)`,
    dtypes,
    out,
    inputs: [
      { shape: [2, 3], kind: ka },
      { shape: [2, 3], kind: kb },
    ],
    run: ([a, b]) => (a as unknown as Record<string, (y: Tensor) => Tensor>)[op](b),
    ref: ([a, b]) => R.binary(op, a, b),
  });
  // A JS number on either side: weakly typed, so the tensor's dtype decides (integral constants keep int32).
  const c = op === 'pow' ? 2 : op === 'div' || op === 'mod' ? -3 : 1;
  if (!dtypes.includes('int32')) continue;
  add({
    op,
    label: `${op}(x, ${c})`,
    dtypes: dtypes.filter((d) => d !== 'bool'),
    out,
    inputs: [{ shape: [4], kind: ka }],
    run: ([a]) => fn(a, c),
    ref: ([a]) => R.binary(op, a, R.scalar(c)),
  });
  if (op === 'pow' || op === 'mod') continue;
  add({
    op,
    label: `${op}(${c}, x)`,
    dtypes: dtypes.filter((d) => d !== 'bool'),
    out,
    inputs: [{ shape: [4], kind: kb }],
    run: ([b]) => fn(c, b),
    ref: ([b]) => R.binary(op, R.scalar(c), b),
  });
}
add({
  op: 'mod',
  label: 'mod (float divisors of both signs)',
  dtypes: F,
  inputs: [
    { shape: [30], kind: (r) => r.uniform(-10, 10) },
    { shape: [30], kind: K.nonzero },
  ],
  run: ([a, b]) => tj.mod(a, b),
  ref: ([a, b]) => R.binary('mod', a, b),
});
add({
  op: 'pow',
  label: 'pow (float exponents, method)',
  dtypes: F,
  inputs: [
    { shape: [2, 5], kind: K.pos },
    { shape: [5], kind: (r) => r.uniform(-3, 3) },
  ],
  run: ([a, b]) => a.pow(b),
  ref: ([a, b]) => R.binary('pow', a, b),
});
add({
  op: 'maximum',
  label: 'maximum (NaN propagates)',
  dtypes: F,
  inputs: [
    { shape: [20], kind: K.special },
    { shape: [20], kind: K.special },
  ],
  run: ([a, b]) => tj.maximum(a, b),
  ref: ([a, b]) => R.binary('maximum', a, b),
});
add({
  op: 'minimum',
  label: 'minimum (NaN propagates)',
  dtypes: F,
  inputs: [
    { shape: [20], kind: K.special },
    { shape: [20], kind: K.special },
  ],
  run: ([a, b]) => tj.minimum(a, b),
  ref: ([a, b]) => R.binary('minimum', a, b),
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
  run: ([c, a, b]) => tj.where(c, a, b),
  ref: ([c, a, b]) => R.where(c, a, b),
});
add({
  op: 'where',
  label: 'where (scalar branch)',
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.bool, dtype: 'bool' },
    { shape: [2, 3], kind: K.any },
  ],
  run: ([c, a]) => tj.where(c, a, 0),
  ref: ([c, a]) => R.where(c, a, R.scalar(0)),
});
add({
  op: 'clip',
  dtypes: FI,
  inputs: [{ shape: [3, 4], kind: K.any }],
  run: ([x]) => tj.clip(x, -1, 2),
  ref: ([x]) => R.clip(x, R.scalar(-1), R.scalar(2)),
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
  run: ([x, lo, hi]) => x.clip(lo, hi),
  ref: ([x, lo, hi]) => R.clip(x, lo, hi),
});

// Reductions over several axis choices.
type Ax = number | number[] | undefined;
const axisCases: [Ax, boolean][] = [
  [undefined, false],
  [1, false],
  [-1, true],
  [[0, 2], false],
  [[-3, -2], true],
];
const reductions: [string, Kind, DType[], (d: DType) => DType, (a: R.RArray, ax: Ax, k: boolean) => R.RArray][] = [
  ['sum', K.any, FIB, (d) => (d === 'bool' ? 'int32' : d), R.sum],
  ['mean', K.any, FI, toFloat, R.mean],
  ['prod', K.nearOne, FI, same, R.prod],
  ['max', K.any, FIB, same, R.max],
  ['min', K.any, FIB, same, R.min],
  ['logsumexp', K.any, FI, toFloat, R.logsumexp],
  ['variance', K.any, FI, toFloat, R.variance],
  ['std', K.any, FI, toFloat, R.std],
  ['all', K.mostlyTrue, FIB, toBool, R.all],
  ['any', K.mostlyFalse, FIB, toBool, R.any],
];
for (const [op, kind, dtypes, out, ref] of reductions) {
  const fn = (tj as unknown as Record<string, (x: Tensor, a?: Ax, k?: boolean) => Tensor>)[op];
  for (const [axis, keepdims] of axisCases) {
    add({
      op,
      label: `${op}(axis=${JSON.stringify(axis)}, keepdims=${keepdims})`,
      dtypes,
      out,
      inputs: [{ shape: [2, 3, 4], kind }],
      run: ([x]) => fn(x, axis, keepdims),
      ref: ([x]) => ref(x, axis, keepdims),
    });
  }
  add({
    op,
    label: `${op} (method, axis 0)`,
    dtypes,
    out,
    inputs: [{ shape: [3, 2], kind }],
    run: ([x]) => (x as unknown as Record<string, (a?: Ax) => Tensor>)[op](0),
    ref: ([x]) => ref(x, 0, false),
  });
}
for (const op of ['argmax', 'argmin'] as const) {
  const ref = op === 'argmax' ? R.argmax : R.argmin;
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
      out: toInt,
      inputs: [{ shape: [3, 4, 5], kind: K.small }],
      run: ([x]) => tj[op](x, axis, keepdims),
      ref: ([x]) => ref(x, axis, keepdims),
    });
  }
  add({
    op,
    label: `${op} with NaN (first NaN wins)`,
    dtypes: F,
    out: toInt,
    inputs: [{ shape: [4, 6], kind: K.special }],
    run: ([x]) => x[op](1),
    ref: ([x]) => ref(x, 1),
  });
}
add({
  op: 'max',
  label: 'max with NaN and inf',
  dtypes: F,
  inputs: [{ shape: [5, 6], kind: K.special }],
  run: ([x]) => tj.max(x, 1),
  ref: ([x]) => R.max(x, 1),
});
add({
  op: 'min',
  label: 'min with NaN and inf',
  dtypes: F,
  inputs: [{ shape: [5, 6], kind: K.special }],
  run: ([x]) => tj.min(x, 0),
  ref: ([x]) => R.min(x, 0),
});
add({
  op: 'sum',
  label: 'sum of a long vector',
  dtypes: FI,
  inputs: [{ shape: [1000], kind: K.any }],
  run: ([x]) => tj.sum(x),
  ref: ([x]) => R.sum(x),
});

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
    [17, 33],
    [33, 9],
  ],
  // Large enough for the blocked kernel path: k past one 256 block, m past one 128 block, batches sharing B.
  [
    [30, 300],
    [300, 20],
  ],
  [
    [130, 20],
    [20, 11],
  ],
  [
    [3, 40, 50],
    [50, 30],
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
    run: ([a, b]) => tj.matmul(a, b),
    ref: ([a, b]) => R.matmul(a, b),
  });
}
add({
  op: 'matmul',
  label: 'matmul (method)',
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.any },
    { shape: [3, 2], kind: K.any },
  ],
  run: ([a, b]) => a.matmul(b),
  ref: ([a, b]) => R.matmul(a, b),
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
  [[2, 3], [3]],
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
    run: ([a, b]) => tj.dot(a, b),
    ref: ([a, b]) => R.dot(a, b),
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
  run: ([a, b]) => a.dot(b),
  ref: ([a, b]) => R.dot(a, b),
});
add({
  op: 'outer',
  dtypes: FI,
  inputs: [
    { shape: [3], kind: K.any },
    { shape: [4], kind: K.any },
  ],
  run: ([a, b]) => tj.outer(a, b),
  ref: ([a, b]) => R.outer(a, b),
});
add({
  op: 'outer',
  label: 'outer of 2-D operands (flattened)',
  dtypes: FI,
  inputs: [
    { shape: [2, 2], kind: K.any },
    { shape: [3, 1], kind: K.any },
  ],
  run: ([a, b]) => tj.outer(a, b),
  ref: ([a, b]) => R.outer(a, b),
});
for (const perm of [undefined, [1, 0, 2], [2, 0, 1], [-1, 0, -2]]) {
  add({
    op: 'transpose',
    label: `transpose(${JSON.stringify(perm)})`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3, 4], kind: K.any }],
    run: ([x]) => tj.transpose(x, perm),
    ref: ([x]) => R.transpose(x, perm),
  });
}
add({
  op: 'transpose',
  label: 'transpose (method)',
  dtypes: FI,
  inputs: [{ shape: [3, 5], kind: K.any }],
  run: ([x]) => x.transpose(),
  ref: ([x]) => R.transpose(x),
});
add({
  op: 'T',
  label: '.T of 2-D',
  dtypes: FIB,
  inputs: [{ shape: [3, 5], kind: K.any }],
  run: ([x]) => x.T,
  ref: ([x]) => R.transpose(x),
});
add({
  op: 'T',
  label: '.T of 3-D reverses all axes',
  dtypes: FI,
  inputs: [{ shape: [2, 3, 4], kind: K.any }],
  run: ([x]) => x.T,
  ref: ([x]) => R.transpose(x),
});
add({
  op: 'T',
  label: '.T of 1-D is the same',
  dtypes: FI,
  inputs: [{ shape: [4], kind: K.any }],
  run: ([x]) => x.T,
  ref: ([x]) => R.transpose(x),
});

// Shape ops
for (const s of [[4, 6], [-1, 3], [2, -1, 2], [24], [1, 24, 1]]) {
  add({
    op: 'reshape',
    label: `reshape to [${s}]`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3, 4], kind: K.any }],
    run: ([x]) => tj.reshape(x, s),
    ref: ([x]) => R.reshape(x, s),
  });
}
add({
  op: 'reshape',
  label: 'reshape (method)',
  dtypes: FI,
  inputs: [{ shape: [6], kind: K.any }],
  run: ([x]) => x.reshape([3, 2]),
  ref: ([x]) => R.reshape(x, [3, 2]),
});
add({
  op: 'flatten',
  dtypes: FIB,
  inputs: [{ shape: [2, 3, 4], kind: K.any }],
  run: ([x]) => tj.flatten(x),
  ref: ([x]) => R.flatten(x),
});
add({
  op: 'flatten',
  label: 'flatten (method, of a transpose)',
  dtypes: FI,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: ([x]) => x.T.flatten(),
  ref: ([x]) => R.flatten(R.transpose(x)),
});
for (const ax of [undefined, 2, -4, [0, 2]] as (number | number[] | undefined)[]) {
  add({
    op: 'squeeze',
    label: `squeeze(${JSON.stringify(ax)})`,
    dtypes: FIB,
    inputs: [{ shape: [1, 3, 1, 2], kind: K.any }],
    run: ([x]) => tj.squeeze(x, ax),
    ref: ([x]) => R.squeeze(x, ax),
  });
}
for (const ax of [0, 1, 3, -1, -4]) {
  add({
    op: 'expandDims',
    label: `expandDims(${ax})`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3, 4], kind: K.any }],
    run: ([x]) => tj.expandDims(x, ax),
    ref: ([x]) => R.expandDims(x, ax),
  });
}
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
    run: ([x]) => tj.broadcastTo(x, to),
    ref: ([x]) => R.broadcastTo(x, to),
  });
}
for (const ax of [0, 1, -1]) {
  add({
    op: 'concat',
    label: `concat(axis=${ax})`,
    dtypes: FIB,
    inputs: [
      { shape: ax === 0 ? [1, 3] : [2, 1], kind: K.any },
      { shape: ax === 0 ? [2, 3] : [2, 3], kind: K.any },
      { shape: ax === 0 ? [3, 3] : [2, 2], kind: K.any },
    ],
    run: (xs) => tj.concat(xs, ax),
    ref: (xs) => R.concat(xs, ax),
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
  run: (xs) => tj.concat(xs, 1),
  ref: (xs) => R.concat(xs, 1),
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
    run: (xs) => tj.stack(xs, ax),
    ref: (xs) => R.stack(xs, ax),
  });
}
const splitCases: [number[], number | number[], number][] = [
  [[6, 2], 3, 0],
  [[2, 6], 2, 1],
  [[2, 6], 3, -1],
  [[5, 2], [1, 4], 0],
  [[2, 7], [2, -2], -1],
  [[5], [0, 3, 3, 9], 0],
  [[4, 2], [3, 1], 0],
];
for (const [s, sec, ax] of splitCases) {
  add({
    op: 'split',
    label: `split [${s}] by ${JSON.stringify(sec)} on ${ax}`,
    dtypes: FIB,
    inputs: [{ shape: s, kind: K.any }],
    run: ([x]) => tj.split(x, sec, ax),
    ref: ([x]) => R.split(x, sec, ax),
  });
}
add({
  op: 'split',
  label: 'split (method)',
  dtypes: FI,
  inputs: [{ shape: [4, 3], kind: K.any }],
  run: ([x]) => x.split(2),
  ref: ([x]) => R.split(x, 2),
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
  [[5, 6], [1], [3], undefined],
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
    run: ([x]) => tj.slice(x, st, en, sp),
    ref: ([x]) => R.slice(x, st, en, sp),
  });
}
add({
  op: 'slice',
  label: 'slice (method)',
  dtypes: FI,
  inputs: [{ shape: [6], kind: K.any }],
  run: ([x]) => x.slice([1], [5], [2]),
  ref: ([x]) => R.slice(x, [1], [5], [2]),
});
for (const [ax, lo, hi] of [
  [undefined, -20, 19],
  [0, -4, 3],
  [1, 0, 4],
  [-1, -5, 4],
  [-2, -4, 3],
] as [number | undefined, number, number][]) {
  add({
    op: 'take',
    label: `take(axis=${ax})`,
    dtypes: FIB,
    inputs: [
      { shape: [4, 5], kind: K.any },
      { shape: [2, 3], kind: K.index(lo, hi), dtype: 'int32' },
    ],
    run: ([x, i]) => tj.take(x, i, ax),
    ref: ([x, i]) => R.take(x, i, ax),
  });
}
add({
  op: 'take',
  label: 'take with a JS array of indices (method)',
  dtypes: FI,
  inputs: [{ shape: [3, 4], kind: K.any }],
  run: ([x]) => x.take([2, 0, -1], 1),
  ref: ([x]) => R.take(x, R.arr([3], [2, 0, -1]), 1),
});
add({
  op: 'pad',
  dtypes: FIB,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: ([x]) =>
    tj.pad(x, [
      [1, 0],
      [2, 1],
    ]),
  ref: ([x]) =>
    R.pad(x, [
      [1, 0],
      [2, 1],
    ]),
});
add({
  op: 'pad',
  label: 'pad with a value',
  dtypes: FI,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: ([x]) =>
    tj.pad(
      x,
      [
        [0, 2],
        [1, 1],
      ],
      7,
    ),
  ref: ([x]) =>
    R.pad(
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
  run: ([x]) => x.pad(1),
  ref: ([x]) =>
    R.pad(x, [
      [1, 1],
      [1, 1],
      [1, 1],
    ]),
});
add({
  op: 'pad',
  label: 'pad with one [before, after] pair',
  dtypes: FI,
  inputs: [{ shape: [2, 3], kind: K.any }],
  run: ([x]) => tj.pad(x, [2, 0]),
  ref: ([x]) =>
    R.pad(x, [
      [2, 0],
      [2, 0],
    ]),
});
for (const reps of [2, [2, 1], [1, 3], [2, 1, 3], [0, 2]] as (number | number[])[]) {
  add({
    op: 'tile',
    label: `tile(${JSON.stringify(reps)})`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3], kind: K.any }],
    run: ([x]) => tj.tile(x, reps),
    ref: ([x]) => R.tile(x, reps),
  });
}
add({
  op: 'tile',
  label: 'tile (method)',
  dtypes: FI,
  inputs: [{ shape: [3], kind: K.any }],
  run: ([x]) => x.tile([2, 2]),
  ref: ([x]) => R.tile(x, [2, 2]),
});
for (const ax of [undefined, 0, -1, [0, 2]] as (number | number[] | undefined)[]) {
  add({
    op: 'flip',
    label: `flip(${JSON.stringify(ax)})`,
    dtypes: FIB,
    inputs: [{ shape: [2, 3, 4], kind: K.any }],
    run: ([x]) => tj.flip(x, ax),
    ref: ([x]) => R.flip(x, ax),
  });
}
add({
  op: 'flip',
  label: 'flip (method)',
  dtypes: FI,
  inputs: [{ shape: [5], kind: K.any }],
  run: ([x]) => x.flip(),
  ref: ([x]) => R.flip(x),
});

// NN
for (const ax of [undefined, 0, 1, -2]) {
  add({
    op: 'softmax',
    label: `softmax(axis=${ax})`,
    dtypes: FI,
    out: toFloat,
    inputs: [{ shape: [3, 4, 5], kind: K.any }],
    run: ([x]) => tj.softmax(x, ax),
    ref: ([x]) => R.softmax(x, ax),
  });
  add({
    op: 'logSoftmax',
    label: `logSoftmax(axis=${ax})`,
    dtypes: FI,
    out: toFloat,
    inputs: [{ shape: [3, 4, 5], kind: K.any }],
    run: ([x]) => tj.logSoftmax(x, ax),
    ref: ([x]) => R.logSoftmax(x, ax),
  });
}
add({
  op: 'softmax',
  label: 'softmax (method)',
  dtypes: F,
  inputs: [{ shape: [2, 6], kind: K.any }],
  run: ([x]) => x.softmax(),
  ref: ([x]) => R.softmax(x),
});
add({
  op: 'logSoftmax',
  label: 'logSoftmax (method)',
  dtypes: F,
  inputs: [{ shape: [2, 6], kind: K.any }],
  run: ([x]) => x.logSoftmax(0),
  ref: ([x]) => R.logSoftmax(x, 0),
});
add({
  op: 'oneHot',
  dtypes: ['int32'],
  out: () => 'float32',
  inputs: [{ shape: [2, 3], kind: K.index(0, 4), dtype: 'int32' }],
  run: ([i]) => tj.oneHot(i, 5),
  ref: ([i]) => R.oneHot(i, 5),
});
add({
  op: 'oneHot',
  label: 'oneHot of a 1-D tensor',
  dtypes: ['int32'],
  out: () => 'float32',
  inputs: [{ shape: [6], kind: K.index(0, 2), dtype: 'int32' }],
  run: ([i]) => tj.oneHot(i, 3),
  ref: ([i]) => R.oneHot(i, 3),
});
add({
  op: 'softmaxCrossEntropy',
  dtypes: FI,
  out: toFloat,
  inputs: [
    { shape: [4, 5], kind: K.any },
    { shape: [4], kind: K.index(0, 4), dtype: 'int32' },
  ],
  run: ([z, l]) => tj.softmaxCrossEntropy(z, l),
  ref: ([z, l]) => R.softmaxCrossEntropy(z, l),
});
add({
  op: 'softmaxCrossEntropy',
  label: 'softmaxCrossEntropy with 2 batch dims',
  dtypes: F,
  inputs: [
    { shape: [2, 3, 4], kind: K.any },
    { shape: [2, 3], kind: K.index(0, 3), dtype: 'int32' },
  ],
  run: ([z, l]) => tj.softmaxCrossEntropy(z, l),
  ref: ([z, l]) => R.softmaxCrossEntropy(z, l),
});
add({
  op: 'binaryCrossEntropy',
  label: 'binaryCrossEntropy (hard labels)',
  dtypes: F,
  inputs: [
    { shape: [3, 4], kind: K.prob },
    { shape: [3, 4], kind: K.zeroOne },
  ],
  run: ([p, y]) => tj.binaryCrossEntropy(p, y),
  ref: ([p, y]) => R.binaryCrossEntropy(p, y),
});
add({
  op: 'binaryCrossEntropy',
  label: 'binaryCrossEntropy (soft labels)',
  dtypes: F,
  inputs: [
    { shape: [10], kind: K.prob },
    { shape: [10], kind: K.prob },
  ],
  run: ([p, y]) => tj.binaryCrossEntropy(p, y),
  ref: ([p, y]) => R.binaryCrossEntropy(p, y),
});
add({
  op: 'mseLoss',
  label: 'mseLoss (broadcast target)',
  dtypes: FI,
  inputs: [
    { shape: [3, 4], kind: K.any },
    { shape: [4], kind: K.any },
  ],
  out: toFloat,
  run: ([p, y]) => tj.mseLoss(p, y),
  ref: ([p, y]) => R.mseLoss(p, R.broadcastTo(y, [3, 4])),
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
  out: toFloat,
  run: ([x, g, b]) => tj.layerNorm(x, g, b),
  ref: ([x, g, b]) => R.layerNorm(x, g, b),
});
add({
  op: 'dropout',
  label: 'dropout, not training: x itself',
  dtypes: F,
  inputs: [{ shape: [3, 4], kind: K.any }],
  run: ([x]) => tj.dropout(x, 0.5, false),
  ref: ([x]) => x,
});
add({
  op: 'einsum',
  label: "einsum('ij,jk->ik')",
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.any },
    { shape: [3, 4], kind: K.any },
  ],
  out: same,
  run: (xs) => tj.einsum('ij,jk->ik', ...xs),
  ref: (xs) => R.einsum('ij,jk->ik', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('bij,bjk->bik')",
  dtypes: FI,
  inputs: [
    { shape: [2, 2, 3], kind: K.any },
    { shape: [2, 3, 2], kind: K.any },
  ],
  out: same,
  run: (xs) => tj.einsum('bij,bjk->bik', ...xs),
  ref: (xs) => R.einsum('bij,bjk->bik', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('ii->i')",
  dtypes: FI,
  inputs: [{ shape: [3, 3], kind: K.any }],
  out: same,
  run: (xs) => tj.einsum('ii->i', ...xs),
  ref: (xs) => R.einsum('ii->i', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('ij->ji')",
  dtypes: FI,
  inputs: [{ shape: [2, 3], kind: K.any }],
  out: same,
  run: (xs) => tj.einsum('ij->ji', ...xs),
  ref: (xs) => R.einsum('ij->ji', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('i,i->')",
  dtypes: FI,
  inputs: [
    { shape: [4], kind: K.any },
    { shape: [4], kind: K.any },
  ],
  out: same,
  run: (xs) => tj.einsum('i,i->', ...xs),
  ref: (xs) => R.einsum('i,i->', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('ij,kj,k->i')",
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.any },
    { shape: [4, 3], kind: K.any },
    { shape: [4], kind: K.any },
  ],
  out: same,
  run: (xs) => tj.einsum('ij,kj,k->i', ...xs),
  ref: (xs) => R.einsum('ij,kj,k->i', ...xs),
});
add({
  op: 'einsum',
  label: "einsum('bi,bj->bij')",
  dtypes: FI,
  inputs: [
    { shape: [2, 3], kind: K.any },
    { shape: [2, 2], kind: K.any },
  ],
  out: same,
  run: (xs) => tj.einsum('bi,bj->bij', ...xs),
  ref: (xs) => R.einsum('bi,bj->bij', ...xs),
});
for (const [ord, axis, label] of [
  [undefined, undefined, 'norm (all elements)'],
  [1, 1, 'norm(ord 1, axis 1)'],
  [3, 0, 'norm(ord 3, axis 0)'],
  [Infinity, undefined, 'norm(inf) of a matrix'],
] as const)
  add({
    op: 'norm',
    label,
    dtypes: FI,
    out: toFloat,
    inputs: [{ shape: [3, 4], kind: K.any }],
    run: ([x]) => tj.norm(x, ord, axis),
    ref: ([x]) =>
      ord === Infinity
        ? R.scalar(Math.max(...[0, 1, 2].map((r) => [0, 1, 2, 3].reduce((s, c) => s + Math.abs(x.data[r * 4 + c]), 0))))
        : R.reduceWith(x, axis, false, (v) =>
            ord === undefined
              ? Math.sqrt(v.reduce((s, a) => s + a * a, 0))
              : v.reduce((s, a) => s + Math.abs(a) ** ord, 0) ** (1 / ord),
          ),
  });

// The matrix norms of the singular values: tall, wide and batched, axes in either order, keepdims.
for (const [ord, shape, axis, keepdims] of [
  [2, [3, 4], undefined, false],
  [-2, [4, 3], undefined, false],
  ['nuc', [3, 4], undefined, false],
  [2, [2, 3, 4], [2, 0], true],
  [-2, [2, 4, 3], [-1, -2], false],
  ['nuc', [3, 2, 4], [0, 2], false],
  [2, [1, 1], undefined, true],
] as [2 | -2 | 'nuc', number[], number[] | undefined, boolean][])
  add({
    op: 'norm',
    label: `norm(ord ${ord}, axis ${JSON.stringify(axis)}${keepdims ? ', keepdims' : ''}) of ${JSON.stringify(shape)}`,
    dtypes: FI,
    out: toFloat,
    inputs: [{ shape, kind: K.any }],
    run: ([x]) => tj.norm(x, ord, axis, keepdims),
    ref: ([x]) => R.singularNorm(x, ord, (axis ?? [0, 1]) as [number, number], keepdims),
  });

// Scans and sorting (cumsum, cumprod, sort, argsort, topk) and updates at indices (scatter, scatterAdd).
const intIfBool = (d: DType): DType => (d === 'bool' ? 'int32' : d);
for (const [axis, shape] of [
  [-1, [3, 4]],
  [0, [3, 4]],
  [1, [2, 3, 2]],
  [0, [0, 3]],
  [1, [0, 3]],
  [0, [1, 4]],
] as [number, number[]][]) {
  const where = `axis ${axis}, shape [${shape.join(', ')}]`;
  add({
    op: 'cumsum',
    label: `cumsum(${where})`,
    dtypes: FIB,
    out: intIfBool,
    inputs: [{ shape, kind: K.any }],
    run: ([x]) => tj.cumsum(x, axis),
    ref: ([x]) => R.cumsum(x, axis),
  });
  add({
    op: 'cumprod',
    label: `cumprod(${where})`,
    dtypes: FIB,
    out: intIfBool,
    inputs: [{ shape, kind: K.small }],
    run: ([x]) => tj.cumprod(x, axis),
    ref: ([x]) => R.cumprod(x, axis),
  });
  for (const descending of [false, true]) {
    const label = `${where}${descending ? ', descending' : ''}`;
    add({
      op: 'sort',
      label: `sort(${label})`,
      dtypes: FIB,
      inputs: [{ shape, kind: K.small }],
      run: ([x]) => tj.sort(x, axis, descending),
      ref: ([x]) => R.sort(x, axis, descending),
    });
    add({
      op: 'argsort',
      label: `argsort(${label}): ties in index order`,
      dtypes: FIB,
      out: toInt,
      inputs: [{ shape, kind: K.small }],
      run: ([x]) => tj.argsort(x, axis, descending),
      ref: ([x]) => R.argsort(x, axis, descending),
    });
  }
}
add({
  op: 'cumsum',
  label: 'cumsum (default axis, int32 wraps)',
  dtypes: ['int32'],
  inputs: [{ shape: [2, 6], kind: K.bigInt }],
  run: ([x]) => tj.cumsum(x),
  ref: ([x]) => R.cumsum(x, -1, true),
});
add({
  op: 'cumprod',
  label: 'cumprod (default axis, int32 wraps)',
  dtypes: ['int32'],
  inputs: [{ shape: [2, 6], kind: K.bigInt }],
  run: ([x]) => tj.cumprod(x),
  ref: ([x]) => R.cumprod(x, -1, true),
});
for (const descending of [false, true]) {
  add({
    op: 'sort',
    label: `sort with NaN and infinities${descending ? ', descending' : ''}`,
    dtypes: F,
    inputs: [{ shape: [4, 6], kind: K.special }],
    run: ([x]) => tj.sort(x, -1, descending),
    ref: ([x]) => R.sort(x, -1, descending),
  });
  add({
    op: 'argsort',
    label: `argsort with NaN and infinities${descending ? ', descending' : ''}`,
    dtypes: F,
    out: toInt,
    inputs: [{ shape: [4, 6], kind: K.special }],
    run: ([x]) => tj.argsort(x, -1, descending),
    ref: ([x]) => R.argsort(x, -1, descending),
  });
}
for (const [k, axis, shape, kind] of [
  [2, -1, [3, 5], K.small],
  [3, 0, [4, 2], K.small],
  [0, -1, [2, 3], K.any],
  [4, 1, [2, 4, 2], K.small],
  [3, -1, [2, 6], K.special],
] as [number, number, number[], Kind][]) {
  const label = `k ${k}, axis ${axis}, shape [${shape.join(', ')}]${kind === K.special ? ', NaN' : ''}`;
  add({
    op: 'topk',
    label: `topk(${label}) values`,
    dtypes: kind === K.special ? F : FIB,
    inputs: [{ shape, kind }],
    run: ([x]) => tj.topk(x, k, axis)[0],
    ref: ([x]) => R.topk(x, k, axis)[0],
  });
  add({
    op: 'topk',
    label: `topk(${label}) indices`,
    dtypes: kind === K.special ? F : FIB,
    out: toInt,
    inputs: [{ shape, kind }],
    run: ([x]) => tj.topk(x, k, axis)[1],
    ref: ([x]) => R.topk(x, k, axis)[1],
  });
}
for (const [axis, idxShape, lo, hi, updShape] of [
  [0, [3], -4, 3, [3, 5]],
  [0, [2, 3], -4, 3, [2, 3, 5]],
  [1, [6], 0, 4, [4, 6]],
  [-1, [2, 2], -5, 4, [4, 2, 2]],
  [0, [0], 0, 3, [0, 5]],
] as [number, number[], number, number, number[]][]) {
  for (const op of ['scatter', 'scatterAdd'] as const)
    add({
      op,
      label: `${op}(axis ${axis}, indices [${idxShape.join(', ')}] in ${lo}..${hi}: negative and repeated)`,
      dtypes: FIB,
      inputs: [
        { shape: [4, 5], kind: K.any },
        { shape: idxShape, kind: K.index(lo, hi), dtype: 'int32' },
        { shape: updShape, kind: K.any },
      ],
      run: ([x, i, u]) => tj[op](x, i, u, axis),
      ref: ([x, i, u]) => R.scatter(x, i, u, axis, op === 'scatterAdd'),
    });
}
for (const op of ['scatter', 'scatterAdd'] as const)
  add({
    op,
    label: `${op} with a broadcast scalar and a JS array of indices`,
    dtypes: FI,
    inputs: [{ shape: [3, 4], kind: K.any }],
    run: ([x]) => tj[op](x, [2, 0, 2], 7, 1),
    ref: ([x]) => R.scatter(x, R.arr([3], [2, 0, 2]), R.broadcastTo(R.scalar(7), [3, 3]), 1, op === 'scatterAdd'),
  });

interface ConvCase {
  x: number[];
  w: number[];
  opts: tj.Conv2dOptions;
  ref: R.ConvOpts;
}
const convCases: ConvCase[] = [
  { x: [2, 3, 6, 5], w: [4, 3, 3, 3], opts: {}, ref: {} },
  { x: [1, 2, 7, 7], w: [3, 2, 3, 3], opts: { stride: 2 }, ref: { stride: [2, 2] } },
  { x: [1, 2, 5, 6], w: [2, 2, 3, 3], opts: { padding: 1 }, ref: { padding: [1, 1, 1, 1] } },
  { x: [1, 1, 7, 7], w: [2, 1, 3, 3], opts: { dilation: 2 }, ref: { dilation: [2, 2] } },
  {
    x: [2, 2, 8, 9],
    w: [3, 2, 2, 3],
    opts: { stride: [2, 1], padding: [1, 2], dilation: [1, 2] },
    ref: { stride: [2, 1], padding: [1, 1, 2, 2], dilation: [1, 2] },
  },
  {
    x: [1, 2, 6, 6],
    w: [2, 2, 3, 3],
    opts: { stride: 2, padding: 1, dilation: 2 },
    ref: { stride: [2, 2], padding: [1, 1, 1, 1], dilation: [2, 2] },
  },
  { x: [1, 3, 4, 4], w: [5, 3, 1, 1], opts: {}, ref: {} },
  { x: [1, 4, 5, 5], w: [6, 2, 3, 3], opts: { groups: 2, padding: 1 }, ref: { groups: 2, padding: [1, 1, 1, 1] } },
  { x: [2, 4, 3, 3], w: [6, 2, 1, 1], opts: { groups: 2 }, ref: { groups: 2 } },
  { x: [2, 8, 12, 12], w: [16, 8, 3, 3], opts: { padding: 1 }, ref: { padding: [1, 1, 1, 1] } },
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
    run: ([x, w]) => tj.conv2d(x, w, c.opts),
    ref: ([x, w]) => R.conv2d(x, w, c.ref),
  });
}
add({
  op: 'maxPool2d',
  label: 'maxPool2d(2)',
  dtypes: FI,
  inputs: [{ shape: [2, 3, 6, 4], kind: K.any }],
  run: ([x]) => tj.maxPool2d(x, 2),
  ref: ([x]) => R.maxPool2d(x, [2, 2]),
});
add({
  op: 'maxPool2d',
  label: 'maxPool2d([3, 2], stride [2, 1])',
  dtypes: FI,
  inputs: [{ shape: [1, 2, 7, 5], kind: K.any }],
  run: ([x]) => tj.maxPool2d(x, [3, 2], { stride: [2, 1] }),
  ref: ([x]) => R.maxPool2d(x, [3, 2], { stride: [2, 1] }),
});
add({
  op: 'maxPool2d',
  label: 'maxPool2d(3, stride 2, padding 1)',
  dtypes: FI,
  inputs: [{ shape: [1, 2, 5, 6], kind: K.any }],
  run: ([x]) => tj.maxPool2d(x, 3, { stride: 2, padding: 1 }),
  ref: ([x]) => R.maxPool2d(x, [3, 3], { stride: [2, 2], padding: [1, 1, 1, 1] }),
});
add({
  op: 'maxPool2d',
  label: 'maxPool2d with NaN and inf',
  dtypes: F,
  inputs: [{ shape: [1, 2, 4, 6], kind: K.special }],
  run: ([x]) => tj.maxPool2d(x, 2),
  ref: ([x]) => R.maxPool2d(x, [2, 2]),
});
add({
  op: 'avgPool2d',
  label: 'avgPool2d(2)',
  dtypes: FI,
  out: toFloat,
  inputs: [{ shape: [2, 3, 6, 4], kind: K.any }],
  run: ([x]) => tj.avgPool2d(x, 2),
  ref: ([x]) => R.avgPool2d(x, [2, 2]),
});
add({
  op: 'avgPool2d',
  label: 'avgPool2d([2, 3], stride 1)',
  dtypes: F,
  inputs: [{ shape: [1, 2, 5, 6], kind: K.any }],
  run: ([x]) => tj.avgPool2d(x, [2, 3], { stride: 1 }),
  ref: ([x]) => R.avgPool2d(x, [2, 3], { stride: [1, 1] }),
});
add({
  op: 'avgPool2d',
  label: 'avgPool2d(3, stride 2)',
  dtypes: F,
  inputs: [{ shape: [1, 1, 7, 7], kind: K.any }],
  run: ([x]) => tj.avgPool2d(x, 3, { stride: 2 }),
  ref: ([x]) => R.avgPool2d(x, [3, 3], { stride: [2, 2] }),
});

// ---------------------------------------------------------------------------------------------
// Coverage: every op named in API.md "Operations" has a row.

test('the table has a row for every op of API.md, and every op is exported', () => {
  const covered = new Set(rows.map((r) => r.op));
  const missing = API_OPS.filter((op) => !covered.has(op));
  assert.equal(missing, [], `ops without a row: ${missing.join(', ')}`);
  const unknown = [...covered].filter((op) => !API_OPS.includes(op));
  assert.equal(unknown, [], `rows for ops not in the list: ${unknown.join(', ')}`);
  const lib = tj as unknown as Record<string, unknown>;
  const notExported = API_OPS.filter((op) => op !== 'T' && typeof lib[op] !== 'function');
  assert.equal(notExported, [], `not exported as functions: ${notExported.join(', ')}`);
  const t = tj.zeros([2, 2]);
  assert.ok(
    Object.getOwnPropertyDescriptor(tj.Tensor.prototype, 'T')?.get !== undefined && t.T instanceof tj.Tensor,
    '.T is a getter',
  );
});

test('the reference erf matches tabulated values', () => {
  // erf values to 16 digits (Abramowitz & Stegun 7.1; Wolfram for the far tail).
  const table: [number, number][] = [
    [0, 0],
    [0.1, 0.1124629160182849],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [1.5, 0.9661051464753108],
    [2, 0.9953222650189527],
    [2.5, 0.999593047982555],
    [3, 0.9999779095030014],
    [4, 0.9999999845827421],
    [-0.7, -0.6778011938374184],
    [1e-10, 1.1283791670955126e-10],
  ];
  for (const [x, v] of table) {
    const got = R.erf(x);
    assert.ok(Math.abs(got - v) <= 2e-15 * Math.abs(v), `erf(${x}) = ${got}, expected ${v}`);
  }
});

test('the reference helpers follow NumPy on known values', () => {
  assert.equal([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6].map(R.roundHalfEven), [0, 2, 2, -0, -2, -2, 2, 3]);
  assert.equal(
    [
      [7, 3],
      [-7, 3],
      [7, -3],
      [-7, -3],
      [5.5, 2],
      [-5.5, 2],
    ].map(([a, b]) => R.floorMod(a, b)),
    [1, 2, -2, -1, 1.5, 0.5],
  );
  assert.equal(
    R.toNested(
      R.matmul(
        R.fromNested([
          [1, 2],
          [3, 4],
        ]),
        R.fromNested([
          [5, 6],
          [7, 8],
        ]),
      ),
    ),
    [
      [19, 22],
      [43, 50],
    ],
  );
  assert.equal(R.sliceIndices(5, null, null, -1), [4, 3, 2, 1, 0]);
  assert.equal(R.sliceIndices(5, -2, null, null), [3, 4]);
  assert.equal(R.toNested(R.dot(R.fromNested([[1, 2]]), R.fromNested([3, 4]))), [11]);
});

// ---------------------------------------------------------------------------------------------
// The comparison

const TOL: Record<DType, number> = { float32: 1e-5, float64: 1e-12, int32: 0, bool: 0 };

function compare(where: string, got: Tensor, want: R.RArray, dtype: DType): void {
  assert.ok(got instanceof tj.Tensor, `${where}: result is not a Tensor`);
  assert.equal(got.shape, want.shape, `${where}: shape`);
  assert.is(got.dtype, dtype, `${where}: dtype`);
  const data = got.data();
  assert.is(data.length, want.data.length, `${where}: number of elements`);
  const rtol = TOL[dtype];
  let scale = 1;
  for (const v of want.data) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  const atol = rtol * scale;
  for (let i = 0; i < data.length; i++) {
    const g = data[i],
      w = dtype === 'bool' ? (want.data[i] !== 0 ? 1 : 0) : want.data[i];
    const ok = Number.isNaN(w)
      ? Number.isNaN(g)
      : !Number.isFinite(w)
        ? g === w
        : rtol === 0
          ? g === w
          : Math.abs(g - w) <= atol + rtol * Math.abs(w);
    if (!ok) {
      assert.unreachable(
        `${where}: element ${i} (index [${R.unravel(i, want.shape).join(', ')}]) is ${g}, expected ${w} (dtype ${dtype}, rtol ${rtol})`,
      );
    }
  }
}

let seedCounter = 1;
for (const row of rows) {
  const rowSeed = seedCounter++;
  for (const dtype of row.dtypes) {
    const name = `${row.label ?? row.op} [${dtype}]`;
    test(name, () => {
      const xs = makeInputs(row.inputs, dtype, rowSeed * 7919 + dtype.length);
      // The reference sees exactly the stored values (float32-rounded, int32, 0/1).
      const refIn = xs.map((t) => R.arr(t.shape, Array.from(t.data() as ArrayLike<number>)));
      const before = xs.map((t) => Array.from(t.data() as ArrayLike<number>));
      const got = row.run(xs);
      const want = row.ref(refIn);
      const outDtype = (row.out ?? same)(dtype);
      if (Array.isArray(want)) {
        assert.ok(Array.isArray(got), `${name}: expected an array of tensors`);
        const g = got as Tensor[];
        assert.is(g.length, want.length, `${name}: number of outputs`);
        want.forEach((w, i) => compare(`${name} output ${i}`, g[i], w, outDtype));
      } else {
        compare(name, got as Tensor, want, outDtype);
      }
      // Ops never modify their inputs.
      xs.forEach((t, i) =>
        assert.equal(Array.from(t.data() as ArrayLike<number>), before[i], `${name}: input ${i} was modified`),
      );
    });
  }
}

test.run();
