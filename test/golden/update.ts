// Writes test/golden/*.c and *.js from the current code generators (see cases.ts).
// Run only when a change of the generated text is intended: `npx tsx test/golden/update.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { GOLDEN_DIR, generateGolden, goldenFiles } from './cases.js';

let n = 0;
for (const g of generateGolden()) {
  for (const [file, text] of goldenFiles(g)) { fs.writeFileSync(path.join(GOLDEN_DIR, file), text); n++; }
}
console.log(`wrote ${n} golden files to ${path.relative(process.cwd(), GOLDEN_DIR) || '.'}`);
