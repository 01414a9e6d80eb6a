// Runs every test/*.test.ts with uvu (TypeScript through tsx) and ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const uvuBin = fileURLToPath(new URL('../node_modules/uvu/bin.js', import.meta.url));
const pattern = process.argv[2] ?? '\\.test\\.ts$';
const r = spawnSync(process.execPath, ['--import', 'tsx', uvuBin, 'test', pattern, '-c', 'false'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 64 * 1024 * 1024,
});
process.stdout.write(r.stdout ?? '');
const num = (label) => Number((r.stdout ?? '').match(new RegExp(`${label}:\\s+(\\d+)`))?.[1] ?? NaN);
const total = num('Total'),
  passed = num('Passed'),
  skipped = num('Skipped');
if (Number.isNaN(total)) {
  console.log(`uvu did not report totals (exit ${r.status})`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const failed = total - passed - skipped;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
