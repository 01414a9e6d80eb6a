// Random small tensor programs for test/differential.test.ts: a fast-check arbitrary of raw
// choices (plain numbers, so fast-check shrinks them towards 0 = the simplest choice), an
// interpreter that turns the choices into a program that is valid by construction (shapes and
// dtypes are tracked while it is built), a runner (eagerly or under jit: the same code), and a
// printer for failure messages.
import fc from 'fast-check';
import * as tj from '../../src/index.js';
import { Lcg } from '../seeded-data.js';

type Tensor = tj.Tensor;
export type DType = 'float32' | 'float64' | 'int32' | 'bool';
type Axis = number | number[] | undefined;
/** A step's params, whose shape depends on its op (known only at run time): read loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseParams = Record<string, any>;

/** What an input's values look like. */
export type DataKind = 'normal' | 'ints' | 'pos' | 'special' | 'big' | 'bool';

export interface InputDesc {
  shape: number[];
  dtype: DType;
  kind: DataKind;
}

/** One op: `args` are node indices (inputs first, then steps), or JS numbers where `num` marks them. */
export interface Step {
  op: string;
  args: (number | { num: number })[];
  params: Record<string, unknown>;
  /** The result's shape and dtype, as the interpreter worked them out (printed; checked against eager). */
  shape: number[];
  dtype: DType;
  /** float32 where a float32 value is computed on the way (a float64 result then has float32 error). */
  lowPrecision: boolean;
}

export interface Program {
  inputs: InputDesc[];
  steps: Step[];
  outputs: number[];
  dataSeed: number;
  /** True where a stabilizing rewrite may legitimately turn an eager inf/NaN into a finite value. */
  stabilizable: boolean;
  [fc.toStringMethod]?: () => string;
}

// ---------------------------------------------------------------------------------------------
// Raw choices

const nat = fc.nat({ max: 1 << 16 });
const rawStep = fc.tuple(nat, nat, nat, nat, nat, nat, nat);
type RawStep = [number, number, number, number, number, number, number];
const rawInput = fc.tuple(nat, nat, nat, nat);
type RawInput = [number, number, number, number];

export interface ProgramOptions {
  maxSteps?: number;
}

export const programArb = (opts: ProgramOptions = {}): fc.Arbitrary<Program> =>
  fc
    .record({
      base: fc.tuple(nat, nat, nat, nat),
      inputs: fc.array(rawInput, { minLength: 1, maxLength: 3 }),
      steps: fc.array(rawStep, { minLength: 1, maxLength: opts.maxSteps ?? 10 }),
      outs: fc.tuple(nat, nat),
      dataSeed: fc.nat(),
    })
    .map((r) => withToString(interpret(r.base, r.inputs as RawInput[], r.steps as RawStep[], r.outs, r.dataSeed)));

export function withToString(p: Program): Program {
  Object.defineProperty(p, fc.toStringMethod, { value: () => formatProgram(p), enumerable: false });
  return p;
}

// ---------------------------------------------------------------------------------------------
// The interpreter

/** Bug hunting: known bugs (comma-separated names) not to generate again, so others show up. */
const AVOID = new Set((process.env.TENSORJIT_DIFF_AVOID ?? '').split(',').filter(Boolean));

// Dimensions: mostly small, sometimes 1 or 0.
const DIMS = [2, 3, 1, 4, 2, 3, 5, 1, 0, 3, 2, 4, 7, 9, 17, 8];
const DTYPES: DType[] = ['float32', 'float32', 'float64', 'int32', 'float32', 'bool', 'float64', 'int32'];
const FLOAT_KINDS: DataKind[] = ['normal', 'ints', 'special', 'pos', 'normal'];
const INT_KINDS: DataKind[] = ['ints', 'ints', 'big'];
const NUMBERS = [1, 2, -1, 0, 0.5, 2.5, -3, 3];

const UNARY_FLOAT = [
  'exp',
  'expm1',
  'log',
  'log1p',
  'sqrt',
  'rsqrt',
  'sin',
  'cos',
  'tan',
  'tanh',
  'sigmoid',
  'softplus',
  'erf',
  'reciprocal',
];
const UNARY_EXACT = ['neg', 'abs', 'relu', 'square'];
const UNARY_DISCONT = ['sign', 'floor', 'ceil', 'round', 'isnan', 'isfinite', 'logicalNot'];
const BINARY_ARITH = ['add', 'sub', 'mul', 'div', 'pow', 'maximum', 'minimum'];
const BINARY_DISCONT = [
  'mod',
  'equal',
  'notEqual',
  'less',
  'lessEqual',
  'greater',
  'greaterEqual',
  'logicalAnd',
  'logicalOr',
];
const REDUCE = ['sum', 'mean', 'prod', 'max', 'min', 'argmax', 'argmin', 'all', 'any', 'logsumexp'];
const LAYOUT = [
  'reshape',
  'transpose',
  'slice',
  'concat',
  'broadcastTo',
  'pad',
  'expandDims',
  'squeeze',
  'flip',
  'tile',
  'take',
  'stack',
  'split',
];
const OTHER = ['where', 'astype', 'matmul', 'clip', 'cumsum', 'softmax'];

// The op chosen by a step: weights by repetition (index 0, what shrinking goes to, is 'add').
const OPS: string[] = [
  'add',
  'neg',
  'mul',
  'sum',
  'reshape',
  'transpose',
  'matmul',
  'where',
  'astype',
  'sub',
  'slice',
  'max',
  ...BINARY_ARITH,
  ...BINARY_DISCONT,
  ...UNARY_FLOAT,
  ...UNARY_EXACT,
  ...UNARY_DISCONT,
  ...REDUCE,
  ...LAYOUT,
  ...OTHER,
  'matmul',
  'broadcastTo',
  'concat',
  'sum',
  'mean',
  'argmax',
  'where',
  'add',
  'mul',
  'pad',
  'expandDims',
  'squeeze',
];

interface Info {
  shape: number[];
  dtype: DType;
  /** Computed bit for bit the same way in any correct implementation (no rounding choices). */
  exact: boolean;
  /** A bound on |value| where every value is an integer (floats: below 2^24 / 2^53), else Infinity. */
  intBound: number;
  /** Structural key: the tracer interns equal expressions into one node. */
  key: string;
  op: string;
  /** exp, sigmoid, softplus or expm1 somewhere below. */
  expBelow: boolean;
  /** Factors of a mul/div/neg tree (numerator, denominator), as the rewriter's canonicalizer sees them. */
  num: string[];
  den: string[];
  lowPrecision: boolean;
}

const sizeOf = (s: number[]) => s.reduce((a, b) => a * b, 1);
const isFloatD = (d: DType) => d === 'float32' || d === 'float64';
const rank = (d: DType) => ['bool', 'int32', 'float32', 'float64'].indexOf(d);
const promote = (a: DType, b: DType): DType => (rank(a) >= rank(b) ? a : b);
const maxExact = (d: DType) => (d === 'float32' ? 2 ** 24 : d === 'float64' ? 2 ** 53 : Infinity);

function broadcastShapes(a: number[], b: number[]): number[] | null {
  const n = Math.max(a.length, b.length),
    out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1,
      y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) return null;
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** A small deterministic chooser over a step's raw numbers (each `pick` consumes one). */
class Chooser {
  private i = 0;
  private rng: Lcg;
  constructor(private raw: number[]) {
    this.rng = new Lcg(raw.reduce((a, b) => (Math.imul(a, 31) + b) >>> 0, 7));
  }
  /** The next raw number (0 once they run out; afterwards a seeded stream). */
  next(): number {
    return this.i < this.raw.length ? this.raw[this.i++] : Math.floor(this.rng.next() * 65536);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.next() % xs.length];
  }
  int(n: number): number {
    return n <= 0 ? 0 : this.next() % n;
  }
  bit(): boolean {
    return (this.next() & 1) === 1;
  }
}

export function interpret(
  base: number[],
  rawInputs: RawInput[],
  rawSteps: RawStep[],
  outs: number[],
  dataSeed: number,
): Program {
  const baseShape = base.map((b) => DIMS[b % DIMS.length]);
  const inputs: InputDesc[] = [];
  const infos: Info[] = [];
  const steps: Step[] = [];
  // Node indices are creation order: inputs are also created mid-program (fresh operands), so
  // `order` records, per node, which input or step it is.
  const order: ({ input: number } | { step: number })[] = [];
  let stabilizable = false;

  const addInput = (shape: number[], dtype: DType, c: Chooser): number => {
    const kind: DataKind = dtype === 'bool' ? 'bool' : dtype === 'int32' ? c.pick(INT_KINDS) : c.pick(FLOAT_KINDS);
    inputs.push({ shape, dtype, kind });
    const intBound =
      dtype === 'bool' ? 1 : dtype === 'int32' ? (kind === 'big' ? 2 ** 31 : 9) : kind === 'ints' ? 4 : Infinity;
    infos.push({
      shape,
      dtype,
      exact: true,
      intBound,
      key: `x${inputs.length - 1}`,
      op: 'input',
      expBelow: false,
      num: [`x${inputs.length - 1}`],
      den: [],
      lowPrecision: false,
    });
    order.push({ input: inputs.length - 1 });
    return infos.length - 1;
  };

  const suffixShape = (like: number[], c: Chooser): number[] => {
    // A shape that broadcasts against `like`: a suffix of it, some dims replaced by 1.
    const r = c.int(like.length + 1);
    return like.slice(like.length - r).map((d) => (c.int(4) === 0 ? 1 : d));
  };

  for (const [dt, rk, sh, kd] of rawInputs) {
    const c = new Chooser([sh, kd]);
    const r = [1, 2, 3, 0, 2, 3][rk % 6];
    const shape = baseShape.slice(baseShape.length - r).map((d) => (c.int(5) === 0 ? 1 : d));
    addInput(shape, DTYPES[dt % DTYPES.length], c);
  }

  for (const raw of rawSteps) {
    const c = new Chooser(raw.slice(1));
    const op0 = OPS[raw[0] % OPS.length];
    // The first operand: mostly one of the latest nodes (deep programs), sometimes any.
    const pa = c.next() % 6,
      n = infos.length;
    const a = pa < 4 ? Math.max(0, n - 1 - (pa % 2) * c.int(Math.min(n, 3))) : c.int(n);
    const built = buildStep(op0, a, c);
    if (built === null) continue;
    const { op, args, params, info } = built;
    steps.push({ op, args, params, shape: info.shape, dtype: info.dtype, lowPrecision: info.lowPrecision });
    infos.push(info);
    order.push({ step: steps.length - 1 });
  }

  function buildStep(
    op: string,
    a: number,
    c: Chooser,
  ): { op: string; args: Step['args']; params: Record<string, unknown>; info: Info } | null {
    const A = infos[a];
    const mk = (
      o: string,
      args: Step['args'],
      params: Record<string, unknown>,
      shape: number[],
      dtype: DType,
      exact: boolean,
      intBound: number,
      extra: Partial<Info> = {},
    ) => {
      const argKeys = args.map((x) => (typeof x === 'number' ? infos[x].key : `${x.num}`));
      // astype is the cast a promoting binary op inserts: the same key (the tracer interns both).
      const key =
        o === 'astype'
          ? `cast(${argKeys[0]},${params.dtype})`
          : `${o}(${argKeys.join(',')}${Object.keys(params).length ? `;${JSON.stringify(params)}` : ''})`;
      const expBelow =
        ['exp', 'expm1', 'sigmoid', 'softplus', 'softmax', 'logsumexp'].includes(o) ||
        args.some((x) => typeof x === 'number' && infos[x].expBelow);
      const ib = intBound < maxExact(dtype) ? intBound : dtype === 'int32' || dtype === 'bool' ? intBound : Infinity;
      const lowPrecision = dtype === 'float32' || args.some((x) => typeof x === 'number' && infos[x].lowPrecision);
      const info: Info = {
        shape,
        dtype,
        exact: exact || dtype === 'int32' || dtype === 'bool',
        intBound: ib,
        key,
        op: o,
        expBelow,
        num: [key],
        den: [],
        lowPrecision,
        ...extra,
      };
      // An op that changes nothing (astype to the same dtype, reshape to the same shape, ...) is
      // dropped by the rewriter: for cancellation it is its operand.
      const src = typeof args[0] === 'number' ? infos[args[0]] : undefined;
      if (src && isIdentity(o, params, src, shape, dtype))
        Object.assign(info, { key: src.key, num: src.num, den: src.den, op: src.op });
      return { op: o, args, params, info };
    };
    const unaryDtype = (d: DType) => (isFloatD(d) ? d : 'float32');
    // A second operand that broadcasts with A: an existing node, a JS number, or a fresh input.
    const operand = (allowNumber: boolean, dtypeHint?: DType): number | { num: number } => {
      const mode = c.int(8);
      if (mode >= 6 && allowNumber) return { num: c.pick(NUMBERS) };
      if (mode >= 4) return addInput(suffixShape(A.shape, c), dtypeHint ?? c.pick(DTYPES), c);
      const cands = infos.map((_, j) => j).filter((j) => broadcastShapes(A.shape, infos[j].shape) !== null);
      return cands[c.int(cands.length)];
    };
    const infoOf = (x: number | { num: number }): Info =>
      typeof x === 'number'
        ? infos[x]
        : {
            shape: [],
            dtype: 'bool',
            exact: true,
            intBound: Number.isInteger(x.num) ? Math.abs(x.num) : Infinity,
            key: `${x.num}`,
            op: 'num',
            expBelow: false,
            num: [],
            den: [],
            lowPrecision: false,
          };
    const weak = (x: number | { num: number }, other: DType): DType => {
      if (typeof x === 'number') return infos[x].dtype;
      // JS numbers are weakly typed: they take the other side's dtype, int32 with a fraction gives float32.
      if (other === 'bool') return Number.isInteger(x.num) ? 'int32' : 'float32';
      if (other === 'int32' && !Number.isInteger(x.num)) return 'float32';
      return other;
    };

    if (UNARY_FLOAT.includes(op)) {
      if ((op === 'exp' && A.op === 'log') || ((op === 'log' || op === 'log1p') && A.op === 'exp')) return null;
      if ((op === 'log' || op === 'log1p') && A.expBelow) stabilizable = true;
      const r = mk(op, [a], {}, A.shape, unaryDtype(A.dtype), false, Infinity);
      if (op === 'reciprocal')
        [r.info.num, r.info.den] = isFloatD(A.dtype) ? [[...A.den], [...A.num]] : [[], [`cast(${A.key},float32)`]];
      return r;
    }
    if (UNARY_EXACT.includes(op)) {
      const d = A.dtype === 'bool' ? 'int32' : A.dtype;
      const exact = op === 'square' ? A.intBound ** 2 < maxExact(d) : A.exact;
      const r = mk(op, [a], {}, A.shape, d, exact, op === 'square' ? A.intBound ** 2 : A.intBound);
      if (op === 'neg') {
        r.info.num = [...A.num];
        r.info.den = [...A.den];
      }
      if (op === 'square') {
        r.info.num = [...A.num, ...A.num];
        r.info.den = [...A.den, ...A.den];
      }
      return r;
    }
    if (UNARY_DISCONT.includes(op)) {
      if (!A.exact) return mk('abs', [a], {}, A.shape, A.dtype === 'bool' ? 'int32' : A.dtype, A.exact, A.intBound);
      const d: DType = ['isnan', 'isfinite', 'logicalNot'].includes(op)
        ? 'bool'
        : A.dtype === 'bool'
          ? 'int32'
          : A.dtype;
      return mk(op, [a], {}, A.shape, d, true, op === 'sign' ? 1 : A.intBound === Infinity ? Infinity : A.intBound + 1);
    }
    if (BINARY_ARITH.includes(op) || BINARY_DISCONT.includes(op)) {
      const discont = BINARY_DISCONT.includes(op);
      let b = operand(true);
      if (op === 'pow' && typeof b !== 'number' && Math.abs(b.num) === 0.5 && AVOID.has('pow-half')) b = { num: 2 };
      let B = infoOf(b);
      if (discont && !(A.exact && B.exact))
        return mk(
          'maximum',
          [a, b],
          {},
          broadcastShapes(A.shape, B.shape)!,
          promote(A.dtype, weak(b, A.dtype)),
          A.exact && B.exact,
          Math.max(A.intBound, B.intBound),
        );
      const shape = broadcastShapes(A.shape, B.shape)!;
      const bd = weak(b, A.dtype);
      let d = promote(A.dtype, bd);
      if (op === 'sub' && A.dtype === 'bool' && bd === 'bool')
        return mk('logicalOr', [a, b], {}, shape, 'bool', true, 1);
      if (op === 'sub' && typeof b !== 'number' && d === 'bool')
        return mk('logicalOr', [a, b], {}, shape, 'bool', true, 1);
      if (['equal', 'notEqual', 'less', 'lessEqual', 'greater', 'greaterEqual', 'logicalAnd', 'logicalOr'].includes(op))
        return mk(op, [a, b], {}, shape, 'bool', true, 1);
      // Factors as the canonicalizer sees them: an operand promoted to the result's dtype is a cast node.
      const fd = isFloatD(d) ? d : op === 'div' ? 'float32' : d;
      const factors = (X: Info, dx: DType): [string[], string[]] =>
        dx === fd ? [X.num, X.den] : [[`cast(${X.key},${fd})`], []];
      const [An, Ad] = factors(A, A.dtype),
        [Bn, Bd] = typeof b === 'number' ? factors(B, B.dtype) : [[], []];
      if (op === 'div') {
        // x / x (and any shared factor) cancels under the rewriter: a documented difference.
        const den = [...Bn],
          num = [...An];
        if (typeof b === 'number' && (num.some((k) => den.includes(k)) || Ad.some((k) => Bd.includes(k)))) {
          b = { num: 2 };
          B = infoOf(b);
        }
        const r = mk(
          'div',
          [a, b],
          {},
          typeof b === 'number' ? shape : A.shape,
          isFloatD(d) ? d : 'float32',
          false,
          Infinity,
        );
        r.info.num = typeof b === 'number' ? [...An, ...Bd] : [...An];
        r.info.den = typeof b === 'number' ? [...Ad, ...Bn] : [...Ad];
        if (A.expBelow && B.expBelow) stabilizable = true;
        return r;
      }
      if (op === 'pow')
        return mk('pow', [a, b], {}, shape, d === 'bool' ? 'int32' : d, d === 'int32' || d === 'bool', Infinity);
      if (op === 'mod')
        return mk('mod', [a, b], {}, shape, d === 'bool' ? 'int32' : d, true, Math.max(A.intBound, B.intBound));
      if (d === 'bool' && (op === 'add' || op === 'mul' || op === 'maximum' || op === 'minimum')) d = 'bool';
      if (op === 'maximum' || op === 'minimum')
        return mk(op, [a, b], {}, shape, d, A.exact && B.exact, Math.max(A.intBound, B.intBound));
      if (op === 'mul' && B.key === A.key && d === 'bool' && AVOID.has('bool-square'))
        return mk('logicalAnd', [a, b], {}, shape, 'bool', true, 1);
      const bound = op === 'mul' ? A.intBound * B.intBound : A.intBound + B.intBound;
      const r = mk(op, [a, b], {}, shape, d, bound < maxExact(d), bound);
      if (op === 'mul') {
        // Products whose factors would cancel against a division are avoided the same way.
        const num = [...An, ...Bn],
          den = [...Ad, ...Bd];
        if (num.some((k) => den.includes(k)))
          return mk('add', [a, b], {}, shape, d, A.intBound + B.intBound < maxExact(d), A.intBound + B.intBound);
        r.info.num = num;
        r.info.den = den;
      }
      return r;
    }
    if (REDUCE.includes(op)) {
      const n = A.shape.length;
      const mode = c.int(4);
      let axis: Axis;
      if (n === 0 || mode === 0) axis = undefined;
      else if (mode === 1 || mode === 3) {
        const ax = c.int(n);
        axis = c.bit() ? ax - n : ax;
      } else {
        const i = c.int(n),
          j = c.int(n);
        axis = i === j ? [i] : [i, j - (c.bit() ? n : 0)];
      }
      const keepdims = c.bit();
      let o = op;
      if ((o === 'argmax' || o === 'argmin') && Array.isArray(axis)) axis = axis[0];
      const axes =
        axis === undefined ? A.shape.map((_, i) => i) : (Array.isArray(axis) ? axis : [axis]).map((x) => (x + n) % n);
      const reducedSize = sizeOf(axes.map((i) => A.shape[i]));
      if (['argmax', 'argmin', 'all', 'any'].includes(o) && !A.exact) o = 'max';
      if (reducedSize === 0 && ['max', 'min', 'argmax', 'argmin', 'logsumexp'].includes(o)) o = 'sum';
      if (o === 'logsumexp' && !isFloatD(A.dtype)) o = 'mean';
      const shape = keepdims
        ? A.shape.map((d, i) => (axes.includes(i) ? 1 : d))
        : A.shape.filter((_, i) => !axes.includes(i));
      const params = { axis, keepdims };
      switch (o) {
        case 'sum': {
          const d = A.dtype === 'bool' ? 'int32' : A.dtype;
          const bd = A.intBound * Math.max(1, reducedSize);
          return mk(o, [a], params, shape, d, bd < maxExact(d), bd);
        }
        case 'prod': {
          const d = A.dtype === 'bool' ? 'int32' : A.dtype;
          const bd = A.intBound <= 1 ? 1 : A.intBound ** Math.max(1, reducedSize);
          return mk(o, [a], params, shape, d, bd < maxExact(d), bd);
        }
        case 'mean':
          return mk(o, [a], params, shape, isFloatD(A.dtype) ? A.dtype : 'float32', false, Infinity);
        case 'max':
        case 'min':
          return mk(o, [a], params, shape, A.dtype, A.exact, A.intBound);
        case 'argmax':
        case 'argmin':
          return mk(o, [a], params, shape, 'int32', true, 2 ** 20);
        case 'all':
        case 'any':
          return mk(o, [a], params, shape, 'bool', true, 1);
        default:
          return mk(o, [a], params, shape, A.dtype, false, Infinity, { expBelow: true });
      }
    }
    switch (op) {
      case 'reshape': {
        const size = sizeOf(A.shape);
        let target: number[];
        if (size === 0) target = c.pick([[0], [0, 2], [1, 0], [...A.shape].reverse()]);
        else {
          // Distribute the prime factors of the size over 1 to 4 dims.
          const r = 1 + c.int(4);
          target = new Array(r).fill(1);
          let s = size;
          for (let p = 2; s > 1; p++)
            while (s % p === 0) {
              target[c.int(r)] *= p;
              s /= p;
            }
          if (c.int(3) === 0) target[c.int(r)] = -1;
        }
        const shape = target.includes(-1)
          ? target.map((d) => (d === -1 ? size / sizeOf(target.filter((x) => x !== -1)) : d))
          : target;
        return mk('reshape', [a], { shape: target }, shape, A.dtype, A.exact, A.intBound, { expBelow: A.expBelow });
      }
      case 'transpose': {
        const n = A.shape.length;
        if (c.int(3) === 0)
          return mk('transpose', [a], { perm: undefined }, [...A.shape].reverse(), A.dtype, A.exact, A.intBound, {
            expBelow: A.expBelow,
          });
        const perm = A.shape.map((_, i) => i);
        for (let i = n - 1; i > 0; i--) {
          const j = c.int(i + 1);
          [perm[i], perm[j]] = [perm[j], perm[i]];
        }
        return mk(
          'transpose',
          [a],
          { perm },
          perm.map((p) => A.shape[p]),
          A.dtype,
          A.exact,
          A.intBound,
          { expBelow: A.expBelow },
        );
      }
      case 'slice': {
        if (A.shape.length === 0) return null;
        const starts: (number | null)[] = [],
          ends: (number | null)[] = [],
          stepsP: number[] = [];
        const shape: number[] = [];
        for (const d of A.shape) {
          const step = c.pick([1, 1, 2, -1, 1, -2, 3]);
          const s0 = c.int(d + 3) - 1 - (c.bit() ? d : 0),
            e0 = c.int(d + 3) - 1 - (c.bit() ? d : 0);
          const useNull = c.int(4) === 0;
          starts.push(useNull ? null : s0);
          ends.push(useNull ? null : e0);
          stepsP.push(step);
          shape.push(sliceLen(d, useNull ? null : s0, useNull ? null : e0, step));
        }
        return mk('slice', [a], { starts, ends, steps: stepsP }, shape, A.dtype, A.exact, A.intBound, {
          expBelow: A.expBelow,
        });
      }
      case 'concat':
      case 'stack': {
        const n = A.shape.length;
        if (op === 'concat' && n === 0) return null;
        const axis = op === 'concat' ? c.int(n) - (c.bit() ? n : 0) : c.int(n + 1) - (c.bit() ? n + 1 : 0);
        const ax = (axis + (op === 'concat' ? n : n + 1)) % (op === 'concat' ? n : n + 1);
        const parts: number[] = [a];
        const count = 1 + c.int(3);
        for (let k = 0; k < count; k++) {
          const mode = c.int(3);
          if (mode === 0) {
            parts.push(a);
            continue;
          }
          const same = infos
            .map((_, j) => j)
            .filter(
              (j) =>
                infos[j].shape.length === n &&
                infos[j].shape.every((d, i) => d === A.shape[i] || (op === 'concat' && i === ax)),
            );
          if (mode === 1 && same.length) {
            parts.push(same[c.int(same.length)]);
            continue;
          }
          const shape = A.shape.map((d, i) => (op === 'concat' && i === ax ? c.pick([0, 1, 2, 3]) : d));
          parts.push(addInput(shape, c.pick(DTYPES), c));
        }
        const d = parts.map((p) => infos[p].dtype).reduce(promote);
        const shape =
          op === 'concat'
            ? A.shape.map((x, i) => (i === ax ? parts.reduce((s, p) => s + infos[p].shape[i], 0) : x))
            : [...A.shape.slice(0, ax), parts.length, ...A.shape.slice(ax)];
        const exact = parts.every((p) => infos[p].exact),
          bound = Math.max(...parts.map((p) => infos[p].intBound));
        return mk(op, parts, { axis }, shape, d, exact, bound, { expBelow: parts.some((p) => infos[p].expBelow) });
      }
      case 'split': {
        const n = A.shape.length;
        if (n === 0) return null;
        const ax = c.int(n),
          d = A.shape[ax];
        const sections = d > 0 && d % 2 === 0 && c.bit() ? 2 : [c.int(d + 1)];
        const which = c.int(typeof sections === 'number' ? sections : 2);
        const lens = typeof sections === 'number' ? [d / 2, d / 2] : [sections[0], d - sections[0]];
        const shape = A.shape.map((x, i) => (i === ax ? lens[which] : x));
        return mk('split', [a], { sections, axis: ax, which }, shape, A.dtype, A.exact, A.intBound, {
          expBelow: A.expBelow,
        });
      }
      case 'broadcastTo': {
        const lead = c.int(3);
        const shape = [
          ...Array.from({ length: lead }, () => c.pick([1, 2, 3, 0, 2])),
          ...A.shape.map((d) => (d === 1 ? c.pick([1, 2, 3, 4, 0]) : d)),
        ];
        return mk('broadcastTo', [a], { shape }, shape, A.dtype, A.exact, A.intBound, { expBelow: A.expBelow });
      }
      case 'pad': {
        const pads = A.shape.map(() => [c.int(3), c.int(3)] as [number, number]);
        const value = isFloatD(A.dtype)
          ? c.pick([0, 1, -1.5])
          : A.dtype === 'bool'
            ? c.pick([0, 1])
            : c.pick([0, 1, -7]);
        return mk(
          'pad',
          [a],
          { pads, value },
          A.shape.map((d, i) => d + pads[i][0] + pads[i][1]),
          A.dtype,
          A.exact,
          Math.max(A.intBound, 7),
          { expBelow: A.expBelow },
        );
      }
      case 'expandDims': {
        const n = A.shape.length;
        const axis = c.int(n + 1) - (c.bit() ? n + 1 : 0);
        const ax = (axis + n + 1) % (n + 1);
        return mk(
          'expandDims',
          [a],
          { axis },
          [...A.shape.slice(0, ax), 1, ...A.shape.slice(ax)],
          A.dtype,
          A.exact,
          A.intBound,
          { expBelow: A.expBelow },
        );
      }
      case 'squeeze': {
        const ones = A.shape.map((d, i) => (d === 1 ? i : -1)).filter((i) => i >= 0);
        const axis = ones.length === 0 || c.bit() ? undefined : ones[c.int(ones.length)];
        const shape = A.shape.filter((d, i) => (axis === undefined ? d !== 1 : i !== axis));
        return mk('squeeze', [a], { axis }, shape, A.dtype, A.exact, A.intBound, { expBelow: A.expBelow });
      }
      case 'flip': {
        const n = A.shape.length;
        const axis = n === 0 || c.bit() ? undefined : c.int(n);
        return mk('flip', [a], { axis }, A.shape, A.dtype, A.exact, A.intBound, { expBelow: A.expBelow });
      }
      case 'tile': {
        const reps = Array.from({ length: Math.max(1, A.shape.length - c.int(2) + c.int(2)) }, () =>
          c.pick([1, 2, 1, 3, 0]),
        );
        const n = Math.max(reps.length, A.shape.length);
        const xs = [...new Array(n - A.shape.length).fill(1), ...A.shape],
          rs = [...new Array(n - reps.length).fill(1), ...reps];
        return mk(
          'tile',
          [a],
          { reps },
          xs.map((d, i) => d * rs[i]),
          A.dtype,
          A.exact,
          A.intBound,
          { expBelow: A.expBelow },
        );
      }
      case 'take': {
        const n = A.shape.length;
        const axis = n === 0 || c.bit() ? undefined : c.int(n);
        const d = axis === undefined ? sizeOf(A.shape) : A.shape[axis];
        if (d === 0) return null;
        const indices = Array.from({ length: c.int(4) }, () => c.int(2 * d) - d);
        const shape = axis === undefined ? [indices.length] : A.shape.map((x, i) => (i === axis ? indices.length : x));
        return mk('take', [a], { indices, axis }, shape, A.dtype, A.exact, A.intBound, { expBelow: A.expBelow });
      }
      case 'where': {
        // The condition must be exact (a comparison of rounded values could flip either way).
        const conds = infos
          .map((_, j) => j)
          .filter((j) => infos[j].exact && broadcastShapes(A.shape, infos[j].shape) !== null);
        const cond =
          c.bit() || conds.length === 0 ? addInput(suffixShape(A.shape, c), 'bool', c) : conds[c.int(conds.length)];
        const b = operand(true);
        const B = infoOf(b),
          C = infos[cond];
        const shape = broadcastShapes(broadcastShapes(A.shape, B.shape)!, C.shape);
        if (shape === null) return null;
        const d = promote(A.dtype, weak(b, A.dtype));
        const [x, y] = c.bit() ? [a, b] : [b, a];
        return mk('where', [cond, x, y], {}, shape, d, A.exact && B.exact, Math.max(A.intBound, B.intBound), {
          expBelow: A.expBelow || B.expBelow,
        });
      }
      case 'astype': {
        let to = c.pick(['float32', 'float64', 'int32', 'bool'] as DType[]);
        if (!A.exact && (to === 'int32' || to === 'bool')) to = 'float64';
        // One conversion rounds (or truncates, wraps) deterministically: exact stays exact.
        return mk(
          'astype',
          [a],
          { dtype: to },
          A.shape,
          to,
          A.exact,
          to === 'bool' ? 1 : to === 'int32' ? (A.intBound < 2 ** 31 ? A.intBound : 2 ** 31) : A.intBound,
          { expBelow: A.expBelow },
        );
      }
      case 'clip': {
        const lo = c.pick([-1, 0, -2.5]),
          hi = c.pick([1, 2, 0.5]);
        const d =
          !isFloatD(A.dtype) && (!Number.isInteger(lo) || !Number.isInteger(hi))
            ? 'float32'
            : A.dtype === 'bool'
              ? 'int32'
              : A.dtype;
        return mk('clip', [a], { lo, hi }, A.shape, d, A.exact, 3, { expBelow: A.expBelow });
      }
      case 'cumsum': {
        // In API.md; generated only once the library exports it.
        if (A.shape.length === 0 || typeof (tj as Record<string, unknown>).cumsum !== 'function') return null;
        const axis = c.int(A.shape.length) - (c.bit() ? A.shape.length : 0);
        const d = A.dtype === 'bool' ? 'int32' : A.dtype;
        const bound = A.intBound * Math.max(1, A.shape[(axis + A.shape.length) % A.shape.length]);
        return mk('cumsum', [a], { axis }, A.shape, d, bound < maxExact(d), bound);
      }
      case 'softmax': {
        if (A.shape.length === 0 || !isFloatD(A.dtype)) return null;
        const axis = c.int(A.shape.length) - (c.bit() ? A.shape.length : 0);
        const o = c.bit() ? 'logSoftmax' : 'softmax';
        return mk(o, [a], { axis }, A.shape, A.dtype, false, Infinity, { expBelow: true });
      }
      case 'matmul': {
        if (A.shape.length === 0) return null;
        const k = A.shape[A.shape.length - 1];
        const form = c.int(4);
        const nDim = c.pick([2, 3, 1, 0, 4]);
        let bShape: number[];
        if (form === 0) bShape = [k];
        else if (form === 1) bShape = [k, nDim];
        else {
          // Batched: batch dims that broadcast against A's.
          const aBatch = A.shape.slice(0, -2);
          const batch = aBatch.length ? suffixShape(aBatch, c) : [c.pick([2, 1, 3])];
          bShape = [...batch, k, nDim];
        }
        const bd = c.pick(DTYPES);
        // Sometimes a transposed operand (the gemm reads it in place): input [..., n, k] swapped.
        let b: number;
        let transposed = false;
        if (bShape.length >= 2 && c.bit()) {
          const t = [...bShape.slice(0, -2), bShape[bShape.length - 1], bShape[bShape.length - 2]];
          const src = addInput(t, bd, c);
          const perm = t.map((_, i) => i);
          [perm[t.length - 1], perm[t.length - 2]] = [perm[t.length - 2], perm[t.length - 1]];
          const T = mk('transpose', [src], { perm }, bShape, bd, true, infos[src].intBound);
          steps.push({
            op: T.op,
            args: T.args,
            params: T.params,
            shape: T.info.shape,
            dtype: T.info.dtype,
            lowPrecision: T.info.lowPrecision,
          });
          infos.push(T.info);
          order.push({ step: steps.length - 1 });
          b = infos.length - 1;
          transposed = true;
        } else b = addInput(bShape, bd, c);
        void transposed;
        const B = infos[b];
        const sa = A.shape.length === 1 ? [1, k] : A.shape,
          sb = B.shape.length === 1 ? [k, 1] : B.shape;
        const batch = broadcastShapes(sa.slice(0, -2), sb.slice(0, -2));
        if (batch === null) return null;
        const shape = [
          ...batch,
          ...(A.shape.length === 1 ? [] : [sa[sa.length - 2]]),
          ...(B.shape.length === 1 ? [] : [sb[sb.length - 1]]),
        ];
        const d = promote(A.dtype, B.dtype) === 'bool' ? 'int32' : promote(A.dtype, B.dtype);
        const bound = A.intBound * B.intBound * Math.max(1, k);
        return mk('matmul', [a, b], {}, shape, d, bound < maxExact(d), bound);
      }
    }
    return null;
  }

  // Node numbering: by creation order (inputs and steps interleave where fresh inputs appear).
  // Re-number so that args refer to `order` positions: infos are already in that order.
  // Outputs: every step result that no later step reads (so nothing is dead code), plus
  // sometimes an intermediate (an output that is also read: a loop with two consumers).
  const nNodes = infos.length;
  const used = new Set<number>();
  for (const st of steps) for (const x of st.args) if (typeof x === 'number') used.add(x);
  const outputs = order
    .map((o, i) => ('step' in o && !used.has(i) ? i : -1))
    .filter((i) => i >= 0)
    .reverse();
  if (outputs.length === 0) outputs.push(nNodes - 1);
  for (const o of outs)
    if (o % 3 === 1) {
      const j = (o >> 2) % nNodes;
      if (!outputs.includes(j)) outputs.push(j);
    }
  return { inputs, steps, outputs, dataSeed, stabilizable, order } as Program & { order: typeof order };
}

/** Ops that return their operand unchanged (same shape and dtype): the rewriter drops them. */
function isIdentity(op: string, params: LooseParams, src: Info, shape: number[], dtype: DType): boolean {
  if (dtype !== src.dtype || shape.length !== src.shape.length || shape.some((d, i) => d !== src.shape[i]))
    return false;
  if (op === 'transpose')
    return params.perm === undefined ? src.shape.length <= 1 : (params.perm as number[]).every((p, i) => p === i);
  if (op === 'slice') return (params.steps as number[]).every((s) => s === 1);
  return ['astype', 'reshape', 'broadcastTo', 'tile', 'pad', 'squeeze', 'split'].includes(op);
}

function sliceLen(d: number, s: number | null, e: number | null, step: number): number {
  // NumPy's slice semantics.
  let start: number, stop: number;
  if (step > 0) {
    start = s === null ? 0 : s < 0 ? Math.max(0, s + d) : Math.min(s, d);
    stop = e === null ? d : e < 0 ? Math.max(0, e + d) : Math.min(e, d);
    return Math.max(0, Math.ceil((stop - start) / step));
  }
  start = s === null ? d - 1 : s < 0 ? Math.max(-1, s + d) : Math.min(s, d - 1);
  stop = e === null ? -1 : e < 0 ? Math.max(-1, e + d) : Math.min(e, d - 1);
  return Math.max(0, Math.ceil((start - stop) / -step));
}

// ---------------------------------------------------------------------------------------------
// Data and running

type Order = ({ input: number } | { step: number })[];
const orderOf = (p: Program): Order => (p as Program & { order: Order }).order;

function value(kind: DataKind, dtype: DType, r: Lcg): number {
  switch (kind) {
    case 'bool':
      return r.int(0, 1);
    case 'big':
      return r.int(-(2 ** 31), 2 ** 31 - 1);
    case 'ints':
      return dtype === 'int32' ? r.int(-9, 9) : r.int(-4, 4);
    case 'pos':
      return r.uniform(0.1, 4);
    case 'special': {
      const u = r.next();
      return u < 0.12
        ? NaN
        : u < 0.2
          ? Infinity
          : u < 0.28
            ? -Infinity
            : u < 0.36
              ? 0
              : u < 0.4
                ? -0
                : r.uniform(-3, 3);
    }
    default:
      return r.uniform(-3, 3);
  }
}

/** The program's input tensors (values from its data seed). */
export function makeInputs(p: Program): Tensor[] {
  const r = new Lcg(p.dataSeed);
  return p.inputs.map(({ shape, dtype, kind }) => {
    const vals = Array.from({ length: sizeOf(shape) }, () => value(kind, dtype, r));
    switch (dtype) {
      case 'float32':
        return tj.tensor(Float32Array.from(vals), { shape });
      case 'float64':
        return tj.tensor(Float64Array.from(vals), { shape });
      case 'int32':
        return tj.tensor(Int32Array.from(vals), { shape });
      case 'bool':
        return tj.tensor(Uint8Array.from(vals), { dtype: 'bool', shape });
    }
  });
}

const lib = tj as unknown as Record<string, (...a: unknown[]) => Tensor>;

/**
 * Runs the program on `xs` (its inputs) with tensor ops only, so it works eagerly and under jit.
 * Returns the output nodes' values. With `shadow`, float32 is replaced by float64 throughout
 * (inputs are expected to be float64 already): a higher-precision reference for tolerances.
 */
export function runProgram(p: Program, xs: Tensor[], shadow = false): Tensor[] {
  const vals: Tensor[] = [];
  const steps = p.steps;
  for (const o of orderOf(p)) {
    if ('input' in o) {
      vals.push(xs[o.input]);
      continue;
    }
    const s = steps[o.step];
    const arg = (i: number) => {
      const x = s.args[i];
      return typeof x === 'number' ? vals[x] : x.num;
    };
    const t = arg(0) as Tensor;
    const P = s.params as LooseParams;
    let out: Tensor;
    switch (s.op) {
      case 'sum':
      case 'mean':
      case 'prod':
      case 'max':
      case 'min':
      case 'argmax':
      case 'argmin':
      case 'all':
      case 'any':
      case 'logsumexp':
        out = lib[s.op](t, P.axis, P.keepdims);
        break;
      case 'reshape':
        out = tj.reshape(t, P.shape);
        break;
      case 'transpose':
        out = P.perm === undefined ? t.T : tj.transpose(t, P.perm);
        break;
      case 'slice':
        out = tj.slice(t, P.starts, P.ends, P.steps);
        break;
      case 'concat':
        out = tj.concat(
          s.args.map((_, i) => arg(i) as Tensor),
          P.axis,
        );
        break;
      case 'stack':
        out = tj.stack(
          s.args.map((_, i) => arg(i) as Tensor),
          P.axis,
        );
        break;
      case 'split':
        out = tj.split(t, P.sections, P.axis)[P.which];
        break;
      case 'broadcastTo':
        out = tj.broadcastTo(t, P.shape);
        break;
      case 'pad':
        out = tj.pad(t, P.pads, P.value);
        break;
      case 'expandDims':
        out = tj.expandDims(t, P.axis);
        break;
      case 'squeeze':
        out = tj.squeeze(t, P.axis);
        break;
      case 'flip':
        out = tj.flip(t, P.axis);
        break;
      case 'tile':
        out = tj.tile(t, P.reps);
        break;
      case 'take':
        out = tj.take(t, P.indices, P.axis);
        break;
      case 'where':
        out = tj.where(t, arg(1) as Tensor, arg(2) as Tensor);
        break;
      case 'astype':
        out = t.astype(shadow && P.dtype === 'float32' ? 'float64' : P.dtype);
        break;
      case 'clip':
        out = tj.clip(t, P.lo, P.hi);
        break;
      case 'cumsum':
        out = lib.cumsum(t, P.axis);
        break;
      case 'softmax':
      case 'logSoftmax':
        out = lib[s.op](t, P.axis);
        break;
      default:
        out = s.args.length === 1 ? lib[s.op](t) : lib[s.op](arg(0), arg(1));
    }
    vals.push(out);
  }
  return p.outputs.map((i) => vals[i]);
}

// ---------------------------------------------------------------------------------------------
// Printing

const fmtShape = (s: number[]) => `[${s.join(',')}]`;

export function formatProgram(p: Program, withData = true): string {
  const lines: string[] = [];
  const names: string[] = [];
  const order = orderOf(p);
  const xs = withData ? safeInputs(p) : undefined;
  for (const o of order) {
    if ('input' in o) {
      const d = p.inputs[o.input];
      const name = `x${o.input}`;
      names.push(name);
      const data = xs ? ` = ${preview(xs[o.input])}` : '';
      lines.push(`  ${name}: ${d.dtype}${fmtShape(d.shape)} (${d.kind})${data}`);
      continue;
    }
    const s = p.steps[o.step];
    const name = `v${names.length}`;
    const args = s.args.map((x) => (typeof x === 'number' ? names[x] : String(x.num)));
    const params = Object.entries(s.params)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    lines.push(`  ${name} = ${s.op}(${[...args, ...params].join(', ')})  -> ${s.dtype}${fmtShape(s.shape)}`);
    names.push(name);
  }
  lines.push(`  return [${p.outputs.map((i) => names[i]).join(', ')}]`);
  return `program (data seed ${p.dataSeed}${p.stabilizable ? ', stabilizable' : ''}):\n${lines.join('\n')}`;
}

function safeInputs(p: Program): Tensor[] | undefined {
  try {
    return makeInputs(p);
  } catch {
    return undefined;
  }
}

export function preview(t: Tensor, max = 24): string {
  const d = Array.from(t.data() as ArrayLike<number>);
  const s = d.slice(0, max).map((v) => (t.dtype === 'bool' ? (v ? 'T' : 'F') : Object.is(v, -0) ? '-0' : String(v)));
  return `[${s.join(', ')}${d.length > max ? `, ... (${d.length})` : ''}]`;
}

/** TypeScript that reproduces the program (for a bug report). */
export function programSource(p: Program): string {
  const xs = makeInputs(p);
  const names: string[] = [];
  const lines: string[] = [];
  const ctor = (t: Tensor) => {
    const d = Array.from(t.data() as ArrayLike<number>).map((v) =>
      Number.isNaN(v)
        ? 'NaN'
        : v === Infinity
          ? 'Infinity'
          : v === -Infinity
            ? '-Infinity'
            : Object.is(v, -0)
              ? '-0'
              : String(v),
    );
    const arr = { float32: 'Float32Array', float64: 'Float64Array', int32: 'Int32Array', bool: 'Uint8Array' }[
      t.dtype as DType
    ];
    return `tj.tensor(${arr}.from([${d.join(', ')}]), { shape: ${fmtShape(t.shape)}${t.dtype === 'bool' ? ", dtype: 'bool'" : ''} })`;
  };
  const inputNames: string[] = [];
  for (const o of orderOf(p)) {
    if ('input' in o) {
      names.push(`x${o.input}`);
      inputNames.push(`x${o.input}`);
      continue;
    }
    const s = p.steps[o.step];
    const a = s.args.map((x) => (typeof x === 'number' ? names[x] : String(x.num)));
    const P = s.params as LooseParams;
    const J = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));
    let e: string;
    switch (s.op) {
      case 'sum':
      case 'mean':
      case 'prod':
      case 'max':
      case 'min':
      case 'argmax':
      case 'argmin':
      case 'all':
      case 'any':
      case 'logsumexp':
        e = `tj.${s.op}(${a[0]}, ${J(P.axis)}, ${P.keepdims})`;
        break;
      case 'reshape':
        e = `tj.reshape(${a[0]}, ${J(P.shape)})`;
        break;
      case 'transpose':
        e = P.perm === undefined ? `${a[0]}.T` : `tj.transpose(${a[0]}, ${J(P.perm)})`;
        break;
      case 'slice':
        e = `tj.slice(${a[0]}, ${J(P.starts)}, ${J(P.ends)}, ${J(P.steps)})`;
        break;
      case 'concat':
      case 'stack':
        e = `tj.${s.op}([${a.join(', ')}], ${P.axis})`;
        break;
      case 'split':
        e = `tj.split(${a[0]}, ${J(P.sections)}, ${P.axis})[${P.which}]`;
        break;
      case 'broadcastTo':
        e = `tj.broadcastTo(${a[0]}, ${J(P.shape)})`;
        break;
      case 'pad':
        e = `tj.pad(${a[0]}, ${J(P.pads)}, ${P.value})`;
        break;
      case 'expandDims':
      case 'squeeze':
      case 'flip':
      case 'cumsum':
      case 'softmax':
      case 'logSoftmax':
        e = `tj.${s.op}(${a[0]}, ${J(P.axis)})`;
        break;
      case 'tile':
        e = `tj.tile(${a[0]}, ${J(P.reps)})`;
        break;
      case 'take':
        e = `tj.take(${a[0]}, ${J(P.indices)}, ${J(P.axis)})`;
        break;
      case 'astype':
        e = `${a[0]}.astype('${P.dtype}')`;
        break;
      case 'clip':
        e = `tj.clip(${a[0]}, ${P.lo}, ${P.hi})`;
        break;
      default:
        e = `tj.${s.op}(${a.join(', ')})`;
    }
    const name = `v${names.length}`;
    lines.push(`  const ${name} = ${e};`);
    names.push(name);
  }
  const args = orderOf(p)
    .filter((o) => 'input' in o)
    .map((o) => `x${(o as { input: number }).input}`);
  return [
    `const f = (${args.join(', ')}) => {`,
    ...lines,
    `  return [${p.outputs.map((i) => names[i]).join(', ')}];`,
    '};',
    ...xs.map((t, i) => `const x${i} = ${ctor(t)};`),
    `f(${args.join(', ')}); tj.jit(f, { hot: 0, async: false, backend: '...' })(${args.join(', ')});`,
  ].join('\n');
}
