// Numerical stability: the named functions give finite, correct values on extreme inputs, in float32 and float64.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';

type DType = 'float32' | 'float64';
const DTYPES: DType[] = ['float32', 'float64'];
const LN2 = Math.LN2;

const t = (data: number[] | number[][], dtype: DType) => tj.tensor(data, { dtype });

/** Checks shape, dtype, finiteness (where wanted) and values against expectations computed by hand. */
function expectValues(
  got: tj.Tensor,
  want: number[],
  dtype: DType,
  opts: { shape?: number[]; rtol?: number; atol?: number; what: string },
): void {
  const { what } = opts;
  assert.is(got.dtype, dtype, `${what}: dtype`);
  if (opts.shape) assert.equal(got.shape, opts.shape, `${what}: shape`);
  const data = Array.from(got.data() as ArrayLike<number>);
  assert.is(data.length, want.length, `${what}: size`);
  const rtol = opts.rtol ?? (dtype === 'float32' ? 1e-6 : 1e-14);
  const atol = opts.atol ?? (dtype === 'float32' ? 1e-6 : 1e-14);
  for (let i = 0; i < want.length; i++) {
    const g = data[i],
      w = want[i];
    if (Number.isFinite(w)) assert.ok(Number.isFinite(g), `${what}: element ${i} is ${g}, expected finite ${w}`);
    const ok = !Number.isFinite(w) ? g === w : Math.abs(g - w) <= atol + rtol * Math.abs(w);
    assert.ok(ok, `${what} [${dtype}]: element ${i} is ${g}, expected ${w} (got [${data}])`);
  }
}

for (const dtype of DTYPES) {
  test(`softmax on extreme inputs [${dtype}]`, () => {
    expectValues(tj.softmax(t([1000, 0], dtype)), [1, 0], dtype, { shape: [2], what: 'softmax([1000, 0])' });
    expectValues(tj.softmax(t([-1000], dtype)), [1], dtype, { what: 'softmax([-1000])' });
    expectValues(tj.softmax(t([-1000, -1000, 0], dtype)), [0, 0, 1], dtype, { what: 'softmax([-1000, -1000, 0])' });
    expectValues(tj.softmax(t([1000, 1000], dtype)), [0.5, 0.5], dtype, { what: 'softmax([1000, 1000])' });
    expectValues(tj.softmax(t([-1000, -1000], dtype)), [0.5, 0.5], dtype, { what: 'softmax([-1000, -1000])' });
    expectValues(tj.softmax(t([100, -100], dtype)), [1, Math.exp(-200)], dtype, { what: 'softmax([100, -100])' });
    expectValues(tj.softmax(t([89, 0], dtype)), [1, Math.exp(-89)], dtype, { what: 'softmax([89, 0])', atol: 1e-45 });
    expectValues(tj.softmax(t([[1000], [0]], dtype), 0), [1, 0], dtype, {
      shape: [2, 1],
      what: 'softmax([[1000], [0]], 0)',
    });
    expectValues(
      tj.softmax(
        t(
          [
            [1000, 999],
            [-1000, -1001],
          ],
          dtype,
        ),
      ),
      [1 / (1 + Math.exp(-1)), 1 / (1 + Math.exp(1)), 1 / (1 + Math.exp(-1)), 1 / (1 + Math.exp(1))],
      dtype,
      { what: 'softmax of shifted rows' },
    );
    expectValues(tj.softmax(t([0, -Infinity], dtype)), [1, 0], dtype, { what: 'softmax([0, -inf])' });
  });

  test(`logSoftmax on extreme inputs [${dtype}]`, () => {
    expectValues(tj.logSoftmax(t([1000, 0], dtype)), [0, -1000], dtype, { shape: [2], what: 'logSoftmax([1000, 0])' });
    expectValues(tj.logSoftmax(t([-1000], dtype)), [0], dtype, { what: 'logSoftmax([-1000])' });
    expectValues(tj.logSoftmax(t([100, -100], dtype)), [-Math.exp(-200), -200], dtype, {
      what: 'logSoftmax([100, -100])',
    });
    expectValues(tj.logSoftmax(t([-1000, -1000, 0], dtype)), [-1000, -1000, 0], dtype, {
      what: 'logSoftmax([-1000, -1000, 0])',
    });
    expectValues(
      tj.logSoftmax(
        t(
          [
            [0, 1000],
            [-1000, 0],
          ],
          dtype,
        ),
        0,
      ),
      [0, 0, -1000, -1000],
      dtype,
      { what: 'logSoftmax(axis 0)' },
    );
    expectValues(tj.logSoftmax(t([0, -Infinity], dtype)), [0, -Infinity], dtype, { what: 'logSoftmax([0, -inf])' });
  });

  test(`logSoftmax and softmaxCrossEntropy keep full precision when the maximum is shared [${dtype}]`, () => {
    // x - logsumexp(x) cancels catastrophically once logsumexp is rounded near 1000; subtracting the
    // max first (as JAX's log_softmax does) keeps -log 2 exact.
    expectValues(tj.logSoftmax(t([1000, 1000], dtype)), [-LN2, -LN2], dtype, { what: 'logSoftmax([1000, 1000])' });
    expectValues(
      tj.logSoftmax(t([1000, 999], dtype)),
      [-Math.log1p(Math.exp(-1)), -1 - Math.log1p(Math.exp(-1))],
      dtype,
      { what: 'logSoftmax([1000, 999])' },
    );
    expectValues(tj.softmaxCrossEntropy(t([[1000, 1000]], dtype), tj.tensor([1], { dtype: 'int32' })), [LN2], dtype, {
      what: 'sce([[1000, 1000]], [1])',
    });
  });

  test(`logsumexp on extreme inputs [${dtype}]`, () => {
    expectValues(tj.logsumexp(t([1000, 0], dtype)), [1000], dtype, { shape: [], what: 'logsumexp([1000, 0])' });
    expectValues(tj.logsumexp(t([-1000], dtype)), [-1000], dtype, { what: 'logsumexp([-1000])' });
    expectValues(tj.logsumexp(t([100, -100], dtype)), [100], dtype, { what: 'logsumexp([100, -100])' });
    expectValues(tj.logsumexp(t([-1000, -1000, 0], dtype)), [0], dtype, { what: 'logsumexp([-1000, -1000, 0])' });
    expectValues(tj.logsumexp(t([1000, 1000], dtype)), [1000 + LN2], dtype, { what: 'logsumexp([1000, 1000])' });
    expectValues(tj.logsumexp(t([-1000, -1000], dtype)), [-1000 + LN2], dtype, { what: 'logsumexp([-1000, -1000])' });
    expectValues(
      tj.logsumexp(
        t(
          [
            [1000, 0],
            [-1000, -1000],
          ],
          dtype,
        ),
        1,
        true,
      ),
      [1000, -1000 + LN2],
      dtype,
      { shape: [2, 1], what: 'logsumexp rows, keepdims' },
    );
    expectValues(
      tj.logsumexp(
        t(
          [
            [1000, 0],
            [-1000, -1000],
          ],
          dtype,
        ),
        -2,
      ),
      [1000, 0],
      dtype,
      { shape: [2], what: 'logsumexp columns' },
    );
    expectValues(tj.logsumexp(tj.full([1000], 100, dtype)), [100 + Math.log(1000)], dtype, {
      what: 'logsumexp of 1000 equal large values',
    });
    expectValues(t([1000, 0], dtype).logsumexp(), [1000], dtype, { what: 'logsumexp method' });
  });

  test(`softplus on extreme inputs [${dtype}]`, () => {
    expectValues(tj.softplus(t([100, 1000, 0, 20], dtype)), [100, 1000, LN2, 20 + Math.log1p(Math.exp(-20))], dtype, {
      what: 'softplus of large and zero',
    });
    expectValues(tj.softplus(t([-1000], dtype)), [0], dtype, { what: 'softplus(-1000)' });
    expectValues(tj.softplus(t([-20], dtype)), [Math.log1p(Math.exp(-20))], dtype, { what: 'softplus(-20)', atol: 0 });
    const s = tj.softplus(t([-100], dtype)).data()[0];
    if (dtype === 'float64') {
      assert.ok(
        Math.abs(s - 3.720075976020836e-44) <= 1e-14 * 3.72e-44,
        `softplus(-100) = ${s}, expected 3.720075976020836e-44`,
      );
    } else {
      assert.ok(s >= 0 && s < 1e-40, `softplus(-100) in float32 = ${s}, expected 0 or a denormal near 3.7e-44`);
    }
  });

  test(`sigmoid on extreme inputs [${dtype}]`, () => {
    expectValues(tj.sigmoid(t([-1000, 1000, 0, 100], dtype)), [0, 1, 0.5, 1], dtype, { what: 'sigmoid of extremes' });
    expectValues(tj.sigmoid(t([-20, 20], dtype)), [1 / (1 + Math.exp(20)), 1 / (1 + Math.exp(-20))], dtype, {
      what: 'sigmoid(±20)',
      atol: 0,
    });
    const s = tj.sigmoid(t([-100], dtype)).data()[0];
    if (dtype === 'float64') assert.ok(Math.abs(s - 3.720075976020836e-44) <= 1e-14 * 3.72e-44, `sigmoid(-100) = ${s}`);
    else assert.ok(s >= 0 && s < 1e-40, `sigmoid(-100) in float32 = ${s}`);
  });

  test(`softmaxCrossEntropy on extreme logits [${dtype}]`, () => {
    const labels = (xs: number | number[]) => tj.tensor(xs, { dtype: 'int32' });
    expectValues(tj.softmaxCrossEntropy(t([[1000, 0]], dtype), labels([1])), [1000], dtype, {
      shape: [],
      what: 'sce([[1000, 0]], [1])',
    });
    expectValues(tj.softmaxCrossEntropy(t([[1000, 0]], dtype), labels([0])), [0], dtype, {
      what: 'sce([[1000, 0]], [0])',
    });
    expectValues(tj.softmaxCrossEntropy(t([[-1000, 0]], dtype), labels([0])), [1000], dtype, {
      what: 'sce([[-1000, 0]], [0])',
    });
    expectValues(
      tj.softmaxCrossEntropy(
        t(
          [
            [100, -100],
            [0, 0],
          ],
          dtype,
        ),
        labels([1, 0]),
      ),
      [(200 + LN2) / 2],
      dtype,
      { what: 'sce two rows' },
    );
    expectValues(tj.softmaxCrossEntropy(t([[-1000, -1000, 0]], dtype), labels([2])), [0], dtype, {
      what: 'sce([[-1000, -1000, 0]], [2])',
    });
    expectValues(tj.softmaxCrossEntropy(t([1000, 0, -1000], dtype), labels(2)), [2000], dtype, {
      what: 'sce with 1-D logits and a 0-d label',
    });
  });
}

test('float32 stability holds where the naive formula overflows float32 (exp(89) > 3.4e38)', () => {
  expectValues(tj.logsumexp(t([89, 89], 'float32')), [89 + LN2], 'float32', { what: 'logsumexp([89, 89])' });
  expectValues(tj.logSoftmax(t([89, 0], 'float32')), [-Math.exp(-89), -89], 'float32', { what: 'logSoftmax([89, 0])' });
  expectValues(tj.softplus(t([89], 'float32')), [89], 'float32', { what: 'softplus(89)' });
  expectValues(tj.sigmoid(t([-89], 'float32')), [0], 'float32', { what: 'sigmoid(-89)', atol: 1e-37 });
});

test.run();
