// A type test: the public API used as a user would, type-checked under --strict by `npm run
// typecheck` (tsconfig.json includes test/). Nothing here runs; a type error fails the typecheck.
// `// @ts-expect-error` lines check that something does NOT compile (an internal name, a wrong type).

import * as tj from '../../src/index.js';
import type { DType, GradOptions, JitOptions, Optimizer, Tensor, TensorLike, Variable } from '../../src/index.js';

export function usage(): void {
  // Creation and reading.
  const x: Tensor = tj.tensor([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const i32 = tj.tensor([1, 2], { dtype: 'int32' });
  const f64 = tj.tensor(new Float64Array([1, 2, 3, 4]), { shape: [2, 2] });
  const shape: number[] = x.shape;
  const dtype: DType = x.dtype;
  const n: number = x.ndim + x.size;
  const data: Float32Array | Float64Array | Int32Array | Uint8Array = x.data();
  const text: string = x.toString();
  const arr: unknown = x.toArray();
  void [i32, f64, shape, dtype, n, data, text, arr];

  // item() is a number, so the README's comparison compiles; a bool tensor says so.
  const v = tj.randn([3]);
  const positive: boolean = v.sum().item() > 0;
  const total: number = tj.sum(x).item() + 1;
  const flag: boolean = tj.tensor(true).item<boolean>();
  void [positive, total, flag];

  // Ops take tensors or JS values, as functions and as methods.
  const y: Tensor = tj
    .add(x, 2.5)
    .mul(x)
    .sub([
      [1, 1, 1],
      [1, 1, 1],
    ])
    .div(tj.ones([3]));
  const r: Tensor = tj.sum(x, 1, true).mean([0, 1]).reshape([1]);
  const [a, b]: Tensor[] = tj.split(x, 2, 1 - 1);
  const m: Tensor = tj.matmul(x.T, x).astype('float64');
  const lo: TensorLike = 0;
  const c: Tensor = tj.clip(tj.where(tj.greater(x, 1), x, 0), lo as number, 5);
  const s: Tensor = tj.softmaxCrossEntropy(tj.randn([4, 10]), tj.tensor([1, 2, 3, 4], { dtype: 'int32' }));
  const conv: Tensor = tj.conv2d(tj.ones([1, 1, 4, 4]), tj.ones([2, 1, 3, 3]), { padding: 'same', stride: [1, 1] });
  const pooled: Tensor = tj.maxPool2d(conv, 2, { stride: 2 });
  tj.seed(0);
  const g = new tj.Generator(1);
  const u: Tensor = g.rand([2]).add(tj.rand([2]));
  void [y, r, a, b, m, c, s, pooled, u];

  // Differentiation and state.
  const w: Variable = tj.variable(tj.zeros([3]));
  const loss = () => tj.sum(tj.square(tj.sub(tj.matmul(x, w), 1)));
  const opts: GradOptions = { wrt: [w] };
  const [value, grads] = tj.valueAndGrad(loss, opts)();
  const lossValue: number = value.item();
  w.assign(tj.sub(w, tj.mul(grads[0], 0.01)));
  const d2 = tj.grad(tj.grad((t: Tensor) => tj.sum(tj.sin(t))))(tj.tensor(1));
  const [out, pullback] = tj.vjp((t: Tensor) => tj.mul(t, t), tj.tensor([1, 2]));
  const [, tangent] = tj.jvp((t: Tensor) => tj.sin(t), [tj.tensor([0, 1])], [tj.ones([2])]);
  const jac: Tensor = tj.jacobian((t: Tensor) => tj.mul(t, 2))(tj.tensor([1, 2]));
  const hes: Tensor = tj.hessian((t: Tensor) => tj.sum(tj.pow(t, 3)))(tj.tensor([1, 2]));
  const opt: Optimizer = tj.optim.adam([w], { lr: 1e-3 });
  opt.step(grads);
  tj.optim.sgd([w], { lr: 0.1, momentum: 0.9 }).step(grads);
  void [lossValue, d2, out, pullback, tangent, jac, hes];

  // Compilation.
  const jopts: JitOptions = { hot: 0, async: false };
  const step = tj.jit((t: Tensor) => tj.mul(t, 2), jopts);
  const doubled: Tensor = step(tj.ones([2]));
  const calls: number = step.stats.calls;
  const ready: Promise<unknown> = step.ready();
  const lowered = step.lower(tj.ones([2]));
  const source: string = lowered.source;
  const available: boolean = tj.backends().some((bk) => bk.available);
  void [doubled, calls, ready, source, available];

  class Model {
    w = tj.variable(tj.ones([3]));
    @tj.jit predict(t: Tensor): Tensor {
      return tj.matmul(t, this.w);
    }
  }
  const pred: Tensor = new Model().predict(tj.ones([2, 3]));
  void pred;

  // The entry exports no internals, and types are enforced.
  // @ts-expect-error infoOf is internal
  void tj.infoOf;
  // @ts-expect-error promoted is internal
  void tj.promoted;
  // @ts-expect-error floatOf is internal
  void tj.floatOf;
  // @ts-expect-error asTensorOf is internal
  void tj.asTensorOf;
  // @ts-expect-error asTensor is internal
  void tj.asTensor;
  // @ts-expect-error shiftedLogSumExp is internal
  void tj.shiftedLogSumExp;
  // @ts-expect-error not a dtype
  tj.zeros([2], 'float16');
  // @ts-expect-error a shape is an array
  tj.reshape(x, 6);
}
