// Quick standalone timing of the eager matmul kernel: median GFLOP/s for square float32 products.
import { matmul } from '../runtime/kernels/matmul.js';

function gflops(size: number, reps: number): number {
  const a = new Float32Array(size * size);
  const b = new Float32Array(size * size);
  const out = new Float32Array(size * size);
  for (let i = 0; i < a.length; i++) {
    a[i] = Math.sin(i);
    b[i] = Math.cos(i);
  }
  // Warm up so the timed runs measure optimized code.
  const warmups = Math.max(2, Math.ceil(reps / 4));
  for (let r = 0; r < warmups; r++) matmul(a, b, out, 1, size, size, size, 0, 0);
  const times: number[] = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    matmul(a, b, out, 1, size, size, size, 0, 0);
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  const ms = times[times.length >> 1];
  return (2 * size ** 3) / (ms * 1e6);
}

for (const [size, reps] of [
  [64, 200],
  [256, 21],
  [1024, 5],
] as const) {
  console.log(`f32 ${size}x${size}x${size}: ${gflops(size, reps).toFixed(2)} GFLOP/s`);
}
