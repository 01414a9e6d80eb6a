// GFLOP/s of native/tj_matmul.c (WASM SIMD128, one thread) on square products: float32 64², 256²,
// 1024² (the target: ≥ 30 GFLOP/s at 1024²), and float64 for scale. Median of several timed reps
// (performance.now) after warm-up; small sizes time a run of calls per rep. Best rep shown too,
// since other load on the machine shows up as a gap between the two.
// Run: npx tsx bench/native-matmul.bench.ts
import { toolchain } from '../jit/emcc.js';
import { instantiate, newMemory } from '../runtime/wasm/memory.js';
import { prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';

const tc = toolchain();
if (!tc.available) {
  console.log(`native matmul bench skipped: ${tc.reason}`);
  process.exit(0);
}

// A memory of its own: the module's data and stack sit low in it; the bench writes above HEAP_BASE.
const memory = newMemory(512);
const ex = instantiate(prebuiltKernelsWasm(), memory).exports;

const HEAP_BASE = 16 << 20; // above the module's static data and stack in a memory of its own

function bench(dtype: 'float32' | 'float64', size: number, reps: number): { median: number; best: number } {
  const Arr = dtype === 'float32' ? Float32Array : Float64Array;
  const fn = dtype === 'float32' ? ex.tj_matmul_f32 : ex.tj_matmul_f64;
  const es = Arr.BYTES_PER_ELEMENT,
    len = size * size;
  const a = HEAP_BASE,
    b = a + len * es,
    c = b + len * es,
    scratch = c + len * es;
  const end = scratch + ex.tj_matmul_scratch_bytes(size, size, size);
  if (end > memory.buffer.byteLength) memory.grow(Math.ceil((end - memory.buffer.byteLength) / 65536));
  const A = new Arr(memory.buffer, a, len),
    B = new Arr(memory.buffer, b, len);
  for (let i = 0; i < len; i++) {
    A[i] = Math.sin(i);
    B[i] = Math.cos(i);
  }
  const flops = 2 * size ** 3;
  const inner = Math.max(1, Math.round(2e7 / flops)); // ≥ about 0.5 ms a rep
  const run = () => {
    for (let r = 0; r < inner; r++) fn(a, b, c, 1, size, size, size, 0, 0, 0, 0, 1, scratch);
  };
  for (let w = 0; w < 3; w++) run();
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    run();
    times.push((performance.now() - t0) / inner);
  }
  times.sort((x, y) => x - y);
  const gf = (ms: number) => flops / (ms * 1e6);
  return { median: gf(times[times.length >> 1]), best: gf(times[0]) };
}

console.log(
  `native matmul (tj_matmul.c, emcc ${tc.version.match(/\d+\.\d+\.\d+/)?.[0] ?? '?'}, Node ${process.version}), single thread`,
);
for (const [dtype, size, reps] of [
  ['float32', 64, 41],
  ['float32', 256, 21],
  ['float32', 1024, 7],
  ['float64', 256, 11],
  ['float64', 1024, 5],
] as const) {
  const { median, best } = bench(dtype, size, reps);
  console.log(
    `  ${dtype} ${size}x${size}x${size}: ${median.toFixed(1)} GFLOP/s median of ${reps} (best ${best.toFixed(1)})`,
  );
}
