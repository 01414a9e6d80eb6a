// WASM modules in one shared memory: each module's static data has a region of its own (loading
// one never changes another's results, in either order), the address space hands out and takes
// back regions in unsigned arithmetic up to 4 GiB, and compiled functions give their memory back
// when unreachable or when the bound on what they hold evicts them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import v8 from 'node:v8';
import vm from 'node:vm';
import * as tj from '../src/index.js';
import { AddressSpace, MAX_WASM_BYTES, WasmMemoryFull } from '../runtime/wasm/address-space.js';
import { holdingsInUse, setHoldingsBound } from '../runtime/wasm/holdings.js';
import { sharedMemory } from '../runtime/wasm/memory.js';

const wasm = tj.backends().find((b) => b.name === 'wasm')!;
const WASM = { backend: 'wasm', hot: 0, async: false } as const;

// ---------------------------------------------------------------------------------------------
// The address space, with a fake memory of 4 GiB (nothing is allocated for real)

const GiB = 2 ** 30;
const fakeSpace = () => {
  const grown: number[] = [];
  return { space: new AddressSpace(65536, MAX_WASM_BYTES, (b) => grown.push(b)), grown };
};

test('addresses past 2 GiB stay positive and aligned, and nothing is handed out past 4 GiB', () => {
  const { space, grown } = fakeSpace();
  const a = space.allocate(2.25 * GiB, 'a');
  const b = space.allocate(1 * GiB, 'b');
  assert.ok(b > 2 ** 31, `b at ${b} is past 2 GiB`);
  assert.is(b % 64, 0);
  assert.ok(b >= a + 2.25 * GiB, 'regions do not overlap');
  assert.is(grown[grown.length - 1], b + 1 * GiB);
  assert.throws(
    () => space.allocate(1 * GiB, 'the third region'),
    (e: Error) => e instanceof WasmMemoryFull && /the third region needs 1024\.0 MiB/.test(e.message),
  );
  const c = space.allocate(0.5 * GiB, 'c');
  assert.ok(c + 0.5 * GiB <= MAX_WASM_BYTES && c > b);
});

test('regions given back are reused, neighbours merge, and the top comes down', () => {
  const { space } = fakeSpace();
  const a = space.allocate(1000, 'a'),
    b = space.allocate(1000, 'b'),
    c = space.allocate(1000, 'c');
  space.release(b);
  assert.is(space.allocate(500, 'd'), b, 'first fit reuses the hole');
  space.release(a);
  space.release(b);
  assert.is(space.allocate(2000, 'e'), a, 'a and b merged into one region');
  const top = space.end;
  space.release(c);
  assert.ok(space.end < top, 'freeing the highest region lowers the top');
  assert.throws(() => space.release(c), /not handed out/);
  assert.throws(() => space.release(12345), /not handed out/);
});

test('a load that cannot fit gives its space back: a later one fits', () => {
  const { space } = fakeSpace();
  const big = space.allocate(3 * GiB, 'big');
  assert.throws(
    () => space.allocate(2 * GiB, 'too big'),
    (e: Error) => e instanceof WasmMemoryFull,
  );
  space.release(big);
  assert.ok(space.allocate(3.5 * GiB, 'after') > 0);
  assert.is(space.inUse, 3.5 * GiB);
});

test('a grow that fails is reported as full memory, with what asked', () => {
  const space = new AddressSpace(65536, MAX_WASM_BYTES, () => {
    throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
  });
  assert.throws(
    () => space.allocate(100, 'an arena'),
    (e: Error) => e instanceof WasmMemoryFull && /an arena needs/.test(e.message),
  );
  assert.is(space.inUse, 0);
});

// ---------------------------------------------------------------------------------------------
// Static data of modules: every pair of op modules, both orders

const x32 = tj.tensor([0.2, 0.5, 2, 3, 4, 5]);
const x64 = x32.astype('float64');
const UNARY = [
  'exp',
  'log',
  'sin',
  'cos',
  'tan',
  'tanh',
  'sigmoid',
  'erf',
  'softplus',
  'expm1',
  'log1p',
  'sqrt',
] as const;
const CASES: { name: string; fn: (x: tj.Tensor) => tj.Tensor; x: tj.Tensor }[] = [
  ...UNARY.flatMap((op) =>
    [x32, x64].map((x) => ({
      name: `${op} ${x.dtype}`,
      fn: (t: tj.Tensor) => (tj[op] as (t: tj.Tensor) => tj.Tensor)(t),
      x,
    })),
  ),
  ...[x32, x64].flatMap((x) => [
    { name: `pow ${x.dtype}`, fn: (t: tj.Tensor) => tj.pow(t, 0.3), x },
    { name: `mod ${x.dtype}`, fn: (t: tj.Tensor) => tj.mod(t, 0.7), x },
  ]),
];

function close(where: string, got: number[], want: number[], dtype: string): void {
  const rtol = dtype === 'float32' ? 1e-5 : 1e-12;
  want.forEach((w, i) =>
    assert.ok(
      Math.abs(got[i] - w) <= rtol * Math.max(1, Math.abs(w)),
      `${where}: element ${i} is ${got[i]}, eagerly ${w}`,
    ),
  );
}

test("loading any op module never changes another module's results, in either order", () => {
  if (!wasm.available) return console.log(`  skipped: ${wasm.reason}`);
  for (const order of [CASES, [...CASES].reverse()]) {
    const fns = order.map((c) => ({ ...c, f: tj.jit(c.fn, WASM) }));
    // Each module's first call comes right after it is loaded, before the next ones are.
    const first = fns.map((c) => c.f(c.x).toArray() as number[]);
    fns.forEach((c, i) => {
      assert.is(c.f.stats.tier, 'wasm', c.name);
      const want = c.fn(c.x).toArray() as number[];
      close(`${c.name} right after loading`, first[i], want, c.x.dtype);
      close(`${c.name} after every other module was loaded`, c.f(c.x).toArray() as number[], want, c.x.dtype);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Memory of compiled functions: given back when unreachable, bounded by eviction

function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

test('arenas and modules of unreachable compiled functions are given back and reused', async () => {
  if (!wasm.available) return console.log(`  skipped: ${wasm.reason}`);
  const gc = collectGarbage();
  const round = () => {
    for (let i = 0; i < 40; i++) {
      const w = tj.full([256, 256], i);
      const f = tj.jit((x: tj.Tensor) => tj.add(tj.mul(x, w), 1), WASM);
      f(w);
    }
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  round();
  await settle();
  const afterOne = sharedMemory().buffer.byteLength;
  const held = holdingsInUse().functions;
  for (let i = 0; i < 3; i++) {
    round();
    await settle();
  }
  assert.ok(
    holdingsInUse().functions <= held + 2,
    `functions still holding WASM memory: ${holdingsInUse().functions} (after one round: ${held})`,
  );
  assert.ok(
    sharedMemory().buffer.byteLength <= afterOne + (4 << 20),
    `WASM memory grew from ${afterOne} to ${sharedMemory().buffer.byteLength} bytes`,
  );
});

test('a resident Variable keeps only the arena it lives in: the function and its other signatures are given back', async () => {
  if (!wasm.available) return console.log(`  skipped: ${wasm.reason}`);
  const gc = collectGarbage();
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  await settle();
  const base = holdingsInUse().functions;
  const v = tj.variable(tj.zeros([32]));
  let wrapper: WeakRef<object>;
  (() => {
    const f = tj.jit((t: tj.Tensor) => {
      if (t.shape[0] === 32) v.assign(tj.add(v, t));
      return tj.mul(t, 2);
    }, WASM);
    f(tj.ones([32])); // assigns: v resident in this signature's arena
    f(tj.ones([8])); // a second signature, nothing resident
    wrapper = new WeakRef(f);
  })();
  assert.is(holdingsInUse().functions, base + 2);
  await settle();
  assert.is(wrapper!.deref(), undefined, 'the jitted function itself was collected');
  assert.is(holdingsInUse().functions, base + 1, 'only the arena holding v stays');
  assert.equal(Array.from(v.data()).slice(0, 2), [1, 1]);
  v.assign(tj.zeros([32]));
  await settle();
  assert.is(holdingsInUse().functions, base, 'given back once v no longer lives there');
});

test('verify() of a function moved off the WASM tier says so; eviction under backend "wasm" lands on the JS tier', () => {
  if (!wasm.available) return console.log(`  skipped: ${wasm.reason}`);
  const warn = console.warn;
  console.warn = () => {};
  try {
    const x = tj.ones([16]);
    const f = tj.jit((t: tj.Tensor) => tj.exp(t), WASM);
    f(x);
    setHoldingsBound(1);
    const g = tj.jit((t: tj.Tensor) => tj.sin(t), WASM);
    g(x);
    f(x);
    assert.is(f.stats.tier, 'js');
    f.verify(x);
  } finally {
    setHoldingsBound(undefined);
    console.warn = warn;
  }
});

test('past the bound, the least recently used functions leave WASM with their Variables intact', () => {
  if (!wasm.available) return console.log(`  skipped: ${wasm.reason}`);
  const warn = console.warn;
  const notes: string[] = [];
  console.warn = (m: string) => notes.push(m);
  try {
    const x = tj.ones([64, 64]);
    const vars = [0, 1, 2, 3].map(() => tj.variable(tj.zeros([64, 64])));
    const steps = vars.map((v, i) =>
      tj.jit((t: tj.Tensor) => {
        v.assign(tj.add(v, tj.mul(t, i + 1)));
        return tj.sum(v);
      }, WASM),
    );
    const before = holdingsInUse().bytes;
    steps[0](x);
    // Room for two and a half of these functions: older holdings go first, then steps[0].
    setHoldingsBound(2.5 * (holdingsInUse().bytes - before));
    steps.slice(1).forEach((s) => s(x));
    assert.ok(
      steps.some((s) => s.stats.tier === 'wasm'),
      'the recent ones stay',
    );
    assert.is(steps[0].stats.tier, 'wasm', 'the first was the last to run when it ran');
    steps[0](x); // runs on the JS tier now: evicted while the others loaded
    assert.is(steps[0].stats.tier, 'js', 'the least recently used left WASM for the JS tier');
    assert.ok(
      notes.some((n) => /left the WASM tier for the JS tier/.test(n)),
      notes.join('\n'),
    );
    // Every Variable holds what its steps added: none lost in the move out of WASM memory.
    steps.forEach((s) => s(x));
    vars.forEach((v, i) => {
      const calls = i === 0 ? 3 : 2;
      assert.equal(
        Array.from(v.data()).slice(0, 3),
        [calls * (i + 1), calls * (i + 1), calls * (i + 1)],
        `Variable ${i}`,
      );
    });
  } finally {
    setHoldingsBound(undefined);
    console.warn = warn;
  }
});

test.run();
