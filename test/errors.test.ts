// Error cases: every throw must name the op and the offending values, and leave its inputs unchanged.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import * as tj from '../src/index.js';

type Tensor = tj.Tensor;

/** Calls fn, requires an Error whose message matches every pattern, and returns the message. */
function throwsWith(fn: () => unknown, ...patterns: RegExp[]): string {
  let err: unknown;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err !== undefined, `expected a throw matching ${patterns.join(' ')}, but nothing was thrown`);
  assert.instance(err, Error, `expected an Error, got ${String(err)}`);
  const msg = (err as Error).message;
  for (const p of patterns) assert.ok(p.test(msg), `message ${JSON.stringify(msg)} does not match ${p}`);
  return msg;
}

/** A literal string as a regex (for shapes like "[2, 3]"). */
const lit = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** A number standing alone (not part of a longer number). */
const num = (n: number) => new RegExp(`(^|[^0-9.])${String(n).replace(/[.-]/g, '\\$&')}($|[^0-9])`);

const x23 = () =>
  tj.tensor([
    [1, 2, 3],
    [4, 5, 6],
  ]);
const any = (x: unknown) => x as never; // lets tests pass deliberately wrong arguments

// ---------------------------------------------------------------------------------------------
// tensor()

test('tensor(): ragged nested arrays throw', () => {
  throwsWith(() => tj.tensor([[1, 2], [3]]), /tensor/, /ragged|length|shape/i);
  throwsWith(() => tj.tensor(any([[1, 2], 3])), /tensor/, /ragged|array|shape/i);
  throwsWith(() => tj.tensor(any([1, [2]])), /tensor/, /ragged|array|scalar|shape/i);
  throwsWith(
    () =>
      tj.tensor(
        any([
          [[1], [2]],
          [[3], [4, 5]],
        ]),
      ),
    /tensor/,
    /ragged|length|shape/i,
  );
  throwsWith(() => tj.tensor(any([[], [1]])), /tensor/, /ragged|length|shape/i);
});

test('tensor(): non-numeric entries throw and name the entry', () => {
  throwsWith(() => tj.tensor(any([1, 'a'])), /tensor/, /"a"|'a'|\ba\b/);
  throwsWith(() => tj.tensor(any([1, null])), /tensor/, /null/);
  throwsWith(() => tj.tensor(any([[1], [{}]])), /tensor/, /object|\{\}/);
  throwsWith(() => tj.tensor(any([1, undefined])), /tensor/, /undefined|non-numeric/);
  throwsWith(() => tj.tensor(any('abc')), /tensor/, /string|abc/);
  throwsWith(() => tj.tensor(any(null)), /tensor/, /null/);
  throwsWith(() => tj.tensor(any({ a: 1 })), /tensor/, /object/);
});

test('tensor(): a BigInt entry throws a tensor error naming it', () => {
  throwsWith(() => tj.tensor(any([1, 2n])), /tensor/, /bigint|2n|non-numeric/i);
});

test('tensor(): a shape option that does not match the data throws', () => {
  throwsWith(() => tj.tensor([1, 2, 3], { shape: [2, 2] }), /tensor/, lit('[2, 2]'), num(3));
  throwsWith(() => tj.tensor(new Float32Array(6), { shape: [4] }), /tensor/, lit('[4]'), num(6));
  throwsWith(() => tj.tensor(5, { shape: [2] }), /tensor/, lit('[2]'));
  throwsWith(() => tj.tensor([1, 2], { shape: [1.5, 2] }), /tensor/, /1\.5/);
});

test('tensor(): unsupported TypedArrays throw', () => {
  throwsWith(() => tj.tensor(new Uint8Array([1, 0])), /tensor/, /Uint8Array/);
  throwsWith(() => tj.tensor(any(new Int16Array([1]))), /tensor/, /Int16Array/);
});

test('unknown dtype strings throw and name the dtype', () => {
  throwsWith(() => tj.tensor([1], { dtype: any('float16') }), /tensor/, /float16/);
  throwsWith(() => tj.full([2], 1, any('complex64')), /full/, /complex64/);
  throwsWith(() => x23().astype(any('int8')), /astype/, /int8/);
  throwsWith(() => tj.astype(x23(), any('Float32')), /astype/, /Float32/);
});

test('zeros and ones name themselves for a bad dtype or shape', () => {
  throwsWith(() => tj.zeros([2], any('int64')), /zeros/, /int64/);
  throwsWith(() => tj.ones([2], any('uint8')), /ones/, /uint8/);
  throwsWith(() => tj.zeros([2, -1]), /zeros/, /-1/);
  throwsWith(() => tj.ones([1.5]), /ones/, /1\.5/);
});

// ---------------------------------------------------------------------------------------------
// Broadcasting

test('broadcasting mismatch names the op and both shapes, for every binary op', () => {
  const a = tj.zeros([2, 3]),
    b = tj.zeros([4]);
  const ops = [
    'add',
    'sub',
    'mul',
    'div',
    'pow',
    'maximum',
    'minimum',
    'mod',
    'equal',
    'notEqual',
    'less',
    'lessEqual',
    'greater',
    'greaterEqual',
    'logicalAnd',
    'logicalOr',
  ] as const;
  for (const op of ops) {
    throwsWith(() => tj[op](a, b), new RegExp(`\\b${op}\\b`), lit('[2, 3]'), lit('[4]'));
    throwsWith(
      () => (a as unknown as Record<string, (y: Tensor) => Tensor>)[op](b),
      new RegExp(`\\b${op}\\b`),
      lit('[2, 3]'),
      lit('[4]'),
    );
  }
  throwsWith(() => tj.add(tj.zeros([2, 1, 3]), tj.zeros([4, 2])), /add/, lit('[2, 1, 3]'), lit('[4, 2]'));
  throwsWith(() => tj.mul(tj.zeros([0]), tj.zeros([2])), /mul/, lit('[0]'), lit('[2]'));
});

test('broadcasting mismatch in where and broadcastTo names the op and the shapes', () => {
  throwsWith(() => tj.where(tj.tensor([true, false]), tj.zeros([3]), 0), /where/, lit('[2]'), lit('[3]'));
  throwsWith(() => tj.where(tj.tensor([true]), tj.zeros([2, 3]), tj.zeros([4])), /where/, lit('[2, 3]'), lit('[4]'));
  throwsWith(() => tj.broadcastTo(tj.zeros([3]), [2, 4]), /broadcastTo/, lit('[3]'), lit('[2, 4]'));
  throwsWith(() => tj.broadcastTo(tj.zeros([2, 3]), [3]), /broadcastTo/, lit('[2, 3]'), lit('[3]'));
});

test('broadcasting mismatch in clip names clip and the shapes', () => {
  throwsWith(() => tj.clip(tj.zeros([2, 3]), tj.zeros([4]), 1), /clip/, lit('[2, 3]'), lit('[4]'));
  throwsWith(() => tj.zeros([2, 3]).clip(0, tj.zeros([2, 2])), /clip/, lit('[2, 3]'), lit('[2, 2]'));
});

// ---------------------------------------------------------------------------------------------
// Axes

for (const op of ['sum', 'mean', 'prod', 'max', 'min', 'logsumexp', 'variance', 'std', 'all', 'any'] as const) {
  test(`bad axes in ${op}: out of range, non-integer`, () => {
    const x = x23();
    const name = new RegExp(`\\b${op}\\b`);
    throwsWith(() => tj[op](x, 2), name, num(2));
    throwsWith(() => tj[op](x, -3), name, /-3/);
    throwsWith(() => tj[op](x, 0.5), name, /0\.5/);
    throwsWith(() => tj[op](x, [0, 5]), name, num(5));
    throwsWith(() => x[op](2), name, num(2));
  });
}

test('bad axes in argmax/argmin and repeated axes', () => {
  const x = x23();
  for (const op of ['argmax', 'argmin'] as const) {
    throwsWith(() => tj[op](x, 2), new RegExp(op), num(2));
    throwsWith(() => tj[op](x, -3), new RegExp(op), /-3/);
    throwsWith(() => tj[op](x, 1.5), new RegExp(op), /1\.5/);
  }
  throwsWith(() => tj.sum(x, [0, 0]), /sum/, /repeat|duplicate/i);
  throwsWith(() => tj.sum(x, [1, -1]), /sum/, /repeat|duplicate/i);
  throwsWith(() => tj.sum(tj.tensor(3), 0), /sum/, num(0));
});

for (const op of ['softmax', 'logSoftmax'] as const) {
  test(`bad axes in ${op}`, () => {
    const x = x23();
    const name = new RegExp(`\\b${op}\\b`);
    throwsWith(() => tj[op](x, 2), name, num(2));
    throwsWith(() => tj[op](x, -3), name, /-3/);
    throwsWith(() => tj[op](x, 0.5), name, /0\.5/);
  });
}

test('bad axes in shape ops', () => {
  const x = x23();
  throwsWith(() => tj.squeeze(x, 2), /squeeze/, num(2));
  throwsWith(() => tj.squeeze(x, 0.5), /squeeze/, /0\.5/);
  throwsWith(() => tj.expandDims(x, 3), /expandDims/, num(3));
  throwsWith(() => tj.expandDims(x, -4), /expandDims/, /-4/);
  throwsWith(() => tj.expandDims(x, 1.5), /expandDims/, /1\.5/);
  throwsWith(() => tj.concat([x, x], 2), /concat/, num(2));
  throwsWith(() => tj.concat([x, x], -3), /concat/, /-3/);
  throwsWith(() => tj.concat([x, x], 0.5), /concat/, /0\.5/);
  throwsWith(() => tj.stack([x, x], 3), /stack/, num(3));
  throwsWith(() => tj.split(x, 1, 2), /split/, num(2));
  throwsWith(() => tj.flip(x, 2), /flip/, num(2));
  throwsWith(() => tj.take(x, [0], 2), /take/, num(2));
  throwsWith(() => tj.transpose(x, [0, 0]), /transpose/, /\[0, ?0\]/);
  throwsWith(() => tj.transpose(x, [0, 1, 2]), /transpose/, num(2));
  throwsWith(() => tj.transpose(x, [0, 2]), /transpose/, num(2));
});

// ---------------------------------------------------------------------------------------------
// Shapes

test('reshape: a wrong size names both shapes; two -1 throw', () => {
  const x = x23();
  throwsWith(() => tj.reshape(x, [4, 2]), /reshape/, lit('[2, 3]'), lit('[4, 2]'));
  throwsWith(() => x.reshape([7]), /reshape/, lit('[2, 3]'), lit('[7]'));
  throwsWith(() => tj.reshape(x, [-1, 4]), /reshape/, lit('[2, 3]'), lit('[-1, 4]'));
  throwsWith(() => tj.reshape(x, [-1, -1]), /reshape/, lit('[-1, -1]'));
  throwsWith(() => tj.reshape(x, [2, -2]), /reshape/, /-2/);
  throwsWith(() => tj.reshape(x, [2.5, 2]), /reshape/, /2\.5/);
  throwsWith(() => tj.reshape(tj.zeros([0, 3]), [-1, 0]), /reshape/, lit('[0, 3]'), lit('[-1, 0]'));
});

test('matmul and dot: mismatched inner dimensions name both shapes', () => {
  throwsWith(() => tj.matmul(tj.zeros([2, 3]), tj.zeros([4, 5])), /matmul/, lit('[2, 3]'), lit('[4, 5]'));
  throwsWith(() => tj.matmul(tj.zeros([3]), tj.zeros([4])), /matmul/, lit('[3]'), lit('[4]'));
  throwsWith(() => tj.matmul(tj.zeros([2, 3]), tj.zeros([2])), /matmul/, lit('[2, 3]'), lit('[2]'));
  throwsWith(() => tj.zeros([2, 3]).matmul(tj.zeros([2, 3])), /matmul/, lit('[2, 3]'));
  throwsWith(() => tj.matmul(tj.zeros([2, 3, 4]), tj.zeros([5, 4, 2])), /matmul/, /\[2(, 3, 4)?\]/, /\[5(, 4, 2)?\]/);
  throwsWith(() => tj.matmul(tj.tensor(2), tj.zeros([2])), /matmul/, lit('[]'));
});

test('dot: mismatched dimensions name dot and both shapes', () => {
  throwsWith(() => tj.dot(tj.zeros([2, 3, 4]), tj.zeros([2, 5, 6])), /dot/, lit('[2, 3, 4]'), lit('[2, 5, 6]'));
  throwsWith(() => tj.dot(tj.zeros([2, 3]), tj.zeros([4, 5])), /dot/, lit('[2, 3]'), lit('[4, 5]'));
  throwsWith(() => tj.dot(tj.zeros([3]), tj.zeros([4])), /dot/, lit('[3]'), lit('[4]'));
});

test('concat and stack of mismatched shapes name the shapes', () => {
  throwsWith(() => tj.concat([tj.zeros([2, 3]), tj.zeros([2, 4])], 0), /concat/, lit('[2, 3]'), lit('[2, 4]'));
  throwsWith(() => tj.concat([tj.zeros([2, 3]), tj.zeros([3])]), /concat/, lit('[2, 3]'), lit('[3]'));
  throwsWith(() => tj.stack([tj.zeros([2]), tj.zeros([3])]), /stack/, lit('[2]'), lit('[3]'));
  throwsWith(() => tj.concat([]), /concat/);
  throwsWith(() => tj.concat([tj.tensor(1), tj.tensor(2)]), /concat/, /zero-dim|0-d|scalar|rank/i);
});

test('squeeze of a non-1 axis names the axis and its size', () => {
  const x = tj.zeros([2, 1, 3]);
  throwsWith(() => tj.squeeze(x, 0), /squeeze/, /axis 0|\b0\b/, num(2));
  throwsWith(() => tj.squeeze(x, -1), /squeeze/, num(3));
  throwsWith(() => x.squeeze([1, 2]), /squeeze/, num(3));
});

test('split into unequal sections names the size and the count', () => {
  throwsWith(() => tj.split(tj.zeros([5, 2]), 2), /split/, num(5), num(2));
  throwsWith(() => tj.split(tj.zeros([2, 7]), 3, 1), /split/, num(7), num(3));
  throwsWith(() => tj.split(tj.zeros([4]), 0), /split/, num(0));
  throwsWith(() => tj.split(tj.zeros([4]), any([1.5])), /split/, /1\.5/);
});

test('slice, pad, tile: bad arguments', () => {
  const x = x23();
  throwsWith(() => tj.slice(x, [0, 0], [2, 3], [1, 0]), /slice/, /step/);
  throwsWith(() => tj.slice(x, [0, 0, 0]), /slice/, lit('[0,0,0]'));
  throwsWith(() => tj.slice(x, [0.5]), /slice/, /0\.5/);
  throwsWith(() => tj.pad(x, [[1, 1]]), /pad/, num(1), lit('[2, 3]'));
  throwsWith(
    () =>
      tj.pad(x, [
        [1, -1],
        [0, 0],
      ]),
    /pad/,
    /-1/,
  );
  throwsWith(() => tj.tile(x, [-1]), /tile/, /-1/);
  throwsWith(() => tj.tile(x, [1.5]), /tile/, /1\.5/);
});

// ---------------------------------------------------------------------------------------------
// Integer-only arguments

test('take: float indices and out-of-range indices throw', () => {
  const x = tj.zeros([3, 5]);
  throwsWith(() => tj.take(x, tj.tensor([0, 1]), 1), /take/, /float32/, /int32|integer/);
  throwsWith(() => tj.take(x, tj.tensor([0], { dtype: 'float64' })), /take/, /float64/);
  throwsWith(() => tj.take(x, tj.tensor([true])), /take/, /bool/);
  throwsWith(() => tj.take(x, [1.5], 1), /take/, /1\.5/);
  throwsWith(() => tj.take(x, [7], 1), /take/, num(7), num(5));
  throwsWith(() => tj.take(x, [-6], 1), /take/, /-6/, num(5));
  throwsWith(() => tj.take(x, [3], 0), /take/, num(3));
  throwsWith(() => tj.take(x, tj.tensor([15], { dtype: 'int32' })), /take/, num(15));
  throwsWith(() => x.take([0, 5], -1), /take/, num(5));
});

test('softmaxCrossEntropy and oneHot need int32 labels', () => {
  const z = tj.zeros([2, 4]);
  throwsWith(() => tj.softmaxCrossEntropy(z, tj.tensor([0, 1])), /softmaxCrossEntropy/, /float32/);
  throwsWith(
    () => tj.softmaxCrossEntropy(z, tj.tensor([0, 1], { dtype: 'float64' })),
    /softmaxCrossEntropy/,
    /float64/,
  );
  throwsWith(
    () => tj.softmaxCrossEntropy(z, tj.tensor([0, 1, 2], { dtype: 'int32' })),
    /softmaxCrossEntropy/,
    lit('[3]'),
    lit('[2, 4]'),
  );
  throwsWith(() => tj.softmaxCrossEntropy(z, tj.tensor([0, 4], { dtype: 'int32' })), /softmaxCrossEntropy/, num(4));
  throwsWith(() => tj.softmaxCrossEntropy(z, tj.tensor([-1, 0], { dtype: 'int32' })), /softmaxCrossEntropy/, /-1/);
  throwsWith(() => tj.oneHot(tj.tensor([0, 1]), 3), /oneHot/, /float32/);
  throwsWith(() => tj.oneHot(tj.tensor([0.5], { dtype: 'float64' }), 3), /oneHot/, /float64/);
  throwsWith(() => tj.oneHot(tj.tensor([0], { dtype: 'int32' }), -1), /oneHot/, /-1/);
  throwsWith(() => tj.oneHot(tj.tensor([0], { dtype: 'int32' }), 2.5), /oneHot/, /2\.5/);
});

test('conv2d and pooling: channel mismatch and bad geometry', () => {
  const x = tj.zeros([1, 3, 5, 5]);
  throwsWith(() => tj.conv2d(x, tj.zeros([2, 4, 3, 3])), /conv2d/, num(3), num(4));
  throwsWith(() => tj.conv2d(tj.zeros([3, 5, 5]), tj.zeros([2, 3, 3, 3])), /conv2d/, lit('[3, 5, 5]'));
  throwsWith(() => tj.conv2d(x, tj.zeros([2, 3, 7, 7])), /conv2d/, num(7));
  throwsWith(() => tj.conv2d(x, tj.zeros([2, 3, 3, 3]), { stride: 0 }), /conv2d/, /stride/);
  throwsWith(() => tj.conv2d(x, tj.zeros([2, 3, 3, 3]), { padding: -1 }), /conv2d/, /-1/);
  throwsWith(() => tj.conv2d(x, tj.zeros([2, 3, 3, 3]), { dilation: 0 }), /conv2d/, /dilation/);
  throwsWith(() => tj.maxPool2d(x, 6), /maxPool2d/, num(6));
  throwsWith(() => tj.avgPool2d(tj.zeros([5, 5]), 2), /avgPool2d/, lit('[5, 5]'));
  throwsWith(() => tj.maxPool2d(x, 0), /maxPool2d/, /kernel/);
});

// ---------------------------------------------------------------------------------------------
// Other misuse

test('other misuse: bool subtraction, empty max/argmax, item of many, arange/linspace', () => {
  throwsWith(() => tj.sub(tj.tensor([true]), tj.tensor([false])), /sub/, /bool/);
  throwsWith(() => tj.max(tj.zeros([0, 3]), 0), /max/, lit('[0, 3]'));
  throwsWith(() => tj.min(tj.zeros([0])), /min/, lit('[0]'));
  throwsWith(() => tj.argmax(tj.zeros([0])), /argmax/, lit('[0]'));
  throwsWith(() => tj.zeros([2]).item(), /item/, lit('[2]'));
  throwsWith(() => tj.arange(0, 5, 0), /arange/, /step/);
  throwsWith(() => tj.arange(0, Infinity), /arange/, /Infinity/);
  throwsWith(() => tj.linspace(0, 1, -1), /linspace/, /-1/);
  throwsWith(() => tj.full([-1], 0), /full/, /-1/);
  throwsWith(() => tj.eye(-2), /eye/, /-2/);
  throwsWith(() => tj.rand([2, 1.5]), /rand/, /1\.5/);
  throwsWith(() => tj.seed(any('x')), /seed/, /x/);
});

test('an integer JS number outside the int32 range against an int32 tensor throws (NumPy 2, JAX)', () => {
  const n = tj.tensor([1, 2], { dtype: 'int32' });
  throwsWith(() => tj.add(n, 2 ** 31), /add/, /2147483648/, /int32/);
  throwsWith(() => tj.mul(n, -(2 ** 31) - 1), /mul/, /-2147483649/, /int32/);
  throwsWith(() => n.sub(2 ** 40), /sub/, /1099511627776/, /int32/);
});

// ---------------------------------------------------------------------------------------------
// A throwing call leaves its inputs unchanged

test('a throwing call leaves its inputs unchanged', () => {
  const snapshot = (t: Tensor) => ({
    shape: t.shape.slice(),
    dtype: t.dtype,
    data: Array.from(t.data() as ArrayLike<number>),
  });
  const cases: [Tensor[], (ts: Tensor[]) => unknown][] = [
    [
      [
        tj.tensor([
          [1, 2, 3],
          [4, 5, 6],
        ]),
        tj.tensor([1, 2, 3, 4]),
      ],
      ([a, b]) => tj.add(a, b),
    ],
    [
      [
        tj.tensor([
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ],
      ([a]) => tj.reshape(a, [4, 2]),
    ],
    [[tj.tensor([1, 2, 3]), tj.tensor([0, 7], { dtype: 'int32' })], ([a, i]) => tj.take(a, i)],
    [
      [
        tj.tensor([
          [1, 2],
          [3, 4],
        ]),
        tj.tensor([0, 9], { dtype: 'int32' }),
      ],
      ([z, l]) => tj.softmaxCrossEntropy(z, l),
    ],
    [
      [
        tj.tensor(
          [
            [1, 2],
            [3, 4],
          ],
          { dtype: 'int32' },
        ),
        tj.tensor([[1, 2, 3]], { dtype: 'int32' }),
      ],
      ([a, b]) => tj.matmul(a, b),
    ],
    [[tj.tensor([2, 1, 3]), tj.tensor([[1], [2]])], ([a, b]) => tj.concat([a, b])],
    [[tj.tensor([[1, 2, 3]])], ([a]) => tj.squeeze(a, 1)],
    [[tj.tensor([1, 2, 3, 4, 5])], ([a]) => tj.split(a, 2)],
    [[tj.tensor([true, false]), tj.tensor([1, 2, 3]), tj.tensor([4, 5])], ([c, a, b]) => tj.where(c, a, b)],
    [[tj.zeros([1, 2, 4, 4]), tj.ones([1, 3, 2, 2])], ([x, w]) => tj.conv2d(x, w)],
  ];
  for (const [inputs, call] of cases) {
    const before = inputs.map(snapshot);
    assert.throws(() => call(inputs));
    assert.equal(inputs.map(snapshot), before, `inputs changed by the failing call ${call.toString()}`);
  }
});

test.run();
