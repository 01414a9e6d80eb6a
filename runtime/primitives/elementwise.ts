// Elementwise primitives: one record each, with dtype rules; the eager kernel compiles the
// primitive's JS scalar expression (runtime/kernels/scalar-js.ts) into loops.

import { allocate, type DType } from '../dtype.js';
import { ElementwiseLoops } from '../kernels/elementwise.js';
import { scalarJs } from '../kernels/scalar-js.js';
import { broadcastShapes, sizeOf } from '../shape.js';
import type { Arr, Aval, BinaryPrim, ElementwisePrim, ElementwiseRule, Params, UnaryPrim } from './types.js';

function sameInputDtypes(name: string, inputs: readonly Aval[], from: number): DType {
  const d = inputs[from].dtype;
  for (let i = from + 1; i < inputs.length; i++) {
    if (inputs[i].dtype !== d)
      throw new Error(`internal: ${name} got mixed dtypes ${inputs.map((x) => x.dtype).join(', ')}`);
  }
  return d;
}

function elementwise<P extends ElementwisePrim>(
  name: P,
  arity: number,
  allowed: readonly DType[],
  outDtype: (inDtype: DType, params: Params[P]) => DType,
): ElementwiseRule<P> {
  // Loops are cached per (input dtype, output dtype), the only things an expression depends on.
  const loops: Partial<Record<string, ElementwiseLoops>> = {};
  const dataFrom = name === 'where' ? 1 : 0;
  return {
    name,
    version: 1,
    kind: 'elementwise',
    infer(inputs, params) {
      if (inputs.length !== arity) throw new Error(`internal: ${name} takes ${arity} inputs, got ${inputs.length}`);
      const d = sameInputDtypes(name, inputs, dataFrom);
      if (!allowed.includes(d))
        throw new Error(`${name}: dtype ${d} is not supported (expected one of ${allowed.join(', ')})`);
      if (name === 'where' && inputs[0].dtype !== 'bool')
        throw new Error(`internal: where condition must be bool, got ${inputs[0].dtype}`);
      if (arity === 1) return { shape: inputs[0].shape, dtype: outDtype(d, params) };
      return { shape: broadcastShapes(name, ...inputs.map((x) => x.shape)), dtype: outDtype(d, params) };
    },
    impl(inputs: readonly Arr[], _params, out) {
      const inDtype = inputs[dataFrom].dtype;
      const key = inDtype + out.dtype;
      let l = loops[key];
      if (l === undefined) l = loops[key] = new ElementwiseLoops(scalarJs(name, inDtype, out.dtype));
      const data = allocate(out.dtype, sizeOf(out.shape));
      if (arity === 1) l.run(data, [inputs[0].buf], [inputs[0].shape], out.shape);
      else
        l.run(
          data,
          inputs.map((x) => x.buf),
          inputs.map((x) => x.shape),
          out.shape,
        );
      return data;
    },
  } as ElementwiseRule<P>;
}

const ALL: readonly DType[] = ['bool', 'int32', 'float32', 'float64'];
const NUMERIC: readonly DType[] = ['int32', 'float32', 'float64'];
const FLOAT: readonly DType[] = ['float32', 'float64'];
const BOOL: readonly DType[] = ['bool'];
const same = (d: DType) => d;
const toBool = () => 'bool' as DType;

type UnaryTable = { [P in UnaryPrim]: ElementwiseRule<P> };
type BinaryTable = { [P in BinaryPrim]: ElementwiseRule<P> };

export const unaryRules: UnaryTable = {
  neg: elementwise('neg', 1, NUMERIC, same),
  abs: elementwise('abs', 1, NUMERIC, same),
  sign: elementwise('sign', 1, NUMERIC, same),
  exp: elementwise('exp', 1, FLOAT, same),
  expm1: elementwise('expm1', 1, FLOAT, same),
  log: elementwise('log', 1, FLOAT, same),
  log1p: elementwise('log1p', 1, FLOAT, same),
  sqrt: elementwise('sqrt', 1, FLOAT, same),
  rsqrt: elementwise('rsqrt', 1, FLOAT, same),
  sin: elementwise('sin', 1, FLOAT, same),
  cos: elementwise('cos', 1, FLOAT, same),
  tan: elementwise('tan', 1, FLOAT, same),
  tanh: elementwise('tanh', 1, FLOAT, same),
  sigmoid: elementwise('sigmoid', 1, FLOAT, same),
  erf: elementwise('erf', 1, FLOAT, same),
  floor: elementwise('floor', 1, NUMERIC, same),
  ceil: elementwise('ceil', 1, NUMERIC, same),
  round: elementwise('round', 1, NUMERIC, same),
  isnan: elementwise('isnan', 1, ALL, toBool),
  isfinite: elementwise('isfinite', 1, ALL, toBool),
  square: elementwise('square', 1, NUMERIC, same),
  logicalNot: elementwise('logicalNot', 1, BOOL, same),
  cast: elementwise('cast', 1, ALL, (_d, p: { dtype: DType }) => p.dtype),
};

const cmp = <P extends BinaryPrim>(name: P) => elementwise(name, 2, ALL, toBool);

export const binaryRules: BinaryTable = {
  add: elementwise('add', 2, ALL, same),
  sub: elementwise('sub', 2, NUMERIC, same),
  mul: elementwise('mul', 2, ALL, same),
  div: elementwise('div', 2, FLOAT, same),
  pow: elementwise('pow', 2, NUMERIC, same),
  maximum: elementwise('maximum', 2, ALL, same),
  minimum: elementwise('minimum', 2, ALL, same),
  mod: elementwise('mod', 2, NUMERIC, same),
  equal: cmp('equal'),
  notEqual: cmp('notEqual'),
  less: cmp('less'),
  lessEqual: cmp('lessEqual'),
  greater: cmp('greater'),
  greaterEqual: cmp('greaterEqual'),
  logicalAnd: elementwise('logicalAnd', 2, BOOL, same),
  logicalOr: elementwise('logicalOr', 2, BOOL, same),
};

export const whereRule: ElementwiseRule<'where'> = elementwise('where', 3, ALL, same);
