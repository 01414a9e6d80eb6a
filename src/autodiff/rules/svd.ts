// Derivative rules of svd: the singular values only (dS = diag(U^T dA V), so A's cotangent is
// U diag(g) Vt); the singular vectors' derivatives (which need 1/(s_i^2 - s_j^2) terms) are refused.

import type { Params } from '../../../runtime/primitives/types.js';
import { bind } from '../../dispatch.js';
import * as ops from '../../ops/index.js';
import type { Tensor } from '../../tensor.js';
import { mT } from '../grad-util.js';
import type { Grad } from '../rule-types.js';

const factor = (a: Tensor, part: 'u' | 'vt') => bind('svd', [a], { part });

function refuse(p: Params['svd'], mode: string): never {
  throw new Error(
    `svd: the ${mode} of the singular vectors (part '${p.part}') is not implemented; only the singular values are differentiated (as by norm with ord 2, -2 or 'nuc')`,
  );
}

export const svdGrads: { svd: Grad<'svd'> } = {
  svd: {
    vjp: (ct, [a], _out, p) => {
      if (p.part !== 's') refuse(p, 'gradient');
      return [ops.matmul(ops.mul(factor(a, 'u'), ops.expandDims(ct, -2)), factor(a, 'vt'))];
    },
    jvp: ([ta], [a], _out, p) => {
      if (p.part !== 's') refuse(p, 'derivative');
      return ops.sum(ops.mul(factor(a, 'u'), ops.matmul(ta!, mT(factor(a, 'vt')))), -2);
    },
  },
};
