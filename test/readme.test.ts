// The documentation's examples run as tests: every ```ts block of README.md and docs/migrating.md.
//
// The convention (also stated in a comment at the top of README.md and docs/migrating.md):
// - A ```ts (or ```typescript) block is a whole program and runs, unless the line just before its
//   fence (blank lines aside) is `<!-- norun -->`. Blocks in any other language (```sh, ```text,
//   ```python, ```js) never run; a fence with no language is an error, so every block says which.
// - `import * as tj from 'tensorjit'` is implied when a block does not write it; the import is
//   mapped to this checkout's src/index.ts. Blocks are ES modules (top-level `await` works), run
//   in this process one after another, each in its own module scope, with console output captured.
// - A line `EXPR;  // => VALUE` checks that EXPR equals VALUE. The line must hold one expression
//   statement (not a declaration); VALUE is a JS expression evaluated in the block's scope
//   (`-Math.sin(1)`, `'float32'`, `[1, 0]`, `{ traces: 1 }`), optionally followed by `; prose`.
//   A tensor is compared through `toArray()` (or with a tensor VALUE); numbers agree within
//   1e-6 + 1e-5·|VALUE|, NaN equals NaN, and an object VALUE checks only the keys it names.
//   Every such check must run, or the block fails. Comments without `=>` are prose, not checked.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseExpressionAt } from 'acorn';
import { Tensor } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = pathToFileURL(join(root, 'src', 'index.ts')).href;
const documents = ['README.md', 'docs/migrating.md'];

interface Block {
  file: string;
  fenceLine: number;
  lang: string;
  norun: boolean;
  code: string[];
}

/** The fenced blocks of a markdown file, with their language and norun marker. */
function extractBlocks(file: string): Block[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(.*)$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length,
      lang = open[2].trim();
    let prev = i - 1;
    while (prev >= 0 && lines[prev].trim() === '') prev--;
    const norun = prev >= 0 && lines[prev].trim() === '<!-- norun -->';
    const code: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++)
      code.push(lines[j].slice(Math.min(indent, lines[j].length - lines[j].trimStart().length)));
    if (j === lines.length) throw new Error(`${file}:${i + 1}: a code fence is never closed`);
    blocks.push({ file, fenceLine: i + 1, lang, norun, code });
    i = j;
  }
  return blocks;
}

const runs = (b: Block) => (b.lang === 'ts' || b.lang === 'typescript') && !b.norun;

const checkLine = /^(\s*)(.*?);?\s*\/\/\s*=>\s*(.*)$/;

/** Rewrites a block into a module: the import mapped to src/, each `// =>` line into a check. */
function toModule(b: Block): { source: string; checks: number } {
  let checks = 0;
  let imports = false;
  const out = b.code.map((line, k) => {
    const where = `${b.file}:${b.fenceLine + 1 + k}`;
    if (/^\s*import\b.*from\s+['"]tensorjit['"]/.test(line)) {
      imports = true;
      return line.replace(/(['"])tensorjit\1/, JSON.stringify(entry));
    }
    const m = checkLine.exec(line);
    if (!m) return line;
    const [, indent, expr, rest] = m;
    if (/^(const|let|var|return|if|for|while|class|function|import|export)\b/.test(expr.trim()) || expr.trim() === '') {
      throw new Error(`${where}: a '// =>' check must follow one expression statement, not: ${expr.trim()}`);
    }
    let value;
    try {
      value = parseExpressionAt(rest, 0, { ecmaVersion: 'latest' });
    } catch (e) {
      throw new Error(`${where}: cannot parse the stated value '${rest}': ${(e as Error).message}`, { cause: e });
    }
    const tail = rest.slice(value.end).trim();
    if (value.type === 'SequenceExpression' || (tail !== '' && !tail.startsWith(';'))) {
      throw new Error(`${where}: the stated value must be one JS expression, then nothing or '; prose': '${rest}'`);
    }
    const expected = rest.slice(0, value.end);
    checks++;
    return `${indent}__docCheck((${expr}), () => (${expected}), ${JSON.stringify(expected)}, ${JSON.stringify(where)});`;
  });
  // Line numbers stay those of the document: the preamble goes on the block's first line.
  const preamble = `${imports ? '' : `import * as tj from ${JSON.stringify(entry)}; `}const __docCheck = (globalThis as any).__docCheck; `;
  out[0] = preamble + (out[0] ?? '');
  return { source: out.join('\n') + '\nexport {};\n', checks };
}

function close(a: number, e: number): boolean {
  if (Number.isNaN(a) && Number.isNaN(e)) return true;
  if (a === e) return true;
  return Math.abs(a - e) <= 1e-6 + 1e-5 * Math.abs(e);
}

/** Whether `actual` matches `expected` under the convention; returns the first difference. */
function differs(actual: unknown, expected: unknown, path = ''): string | undefined {
  if (actual instanceof Tensor) actual = actual.toArray();
  if (expected instanceof Tensor) expected = expected.toArray();
  if (typeof expected === 'number') {
    if (typeof actual !== 'number')
      return `${path || 'value'}: expected the number ${expected}, got ${JSON.stringify(actual)}`;
    return close(actual, expected) ? undefined : `${path || 'value'}: expected ${expected}, got ${actual}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path || 'value'}: expected an array, got ${JSON.stringify(actual)}`;
    if (actual.length !== expected.length)
      return `${path || 'value'}: expected length ${expected.length}, got ${actual.length} (${JSON.stringify(actual)})`;
    for (let i = 0; i < expected.length; i++) {
      const d = differs(actual[i], expected[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object')
      return `${path || 'value'}: expected an object, got ${JSON.stringify(actual)}`;
    for (const k of Object.keys(expected)) {
      const d = differs(
        (actual as Record<string, unknown>)[k],
        (expected as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
      if (d) return d;
    }
    return undefined;
  }
  return Object.is(actual, expected)
    ? undefined
    : `${path || 'value'}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

const dir = mkdtempSync(join(tmpdir(), 'tensorjit-docs-'));
let checked = 0;
(globalThis as typeof globalThis & { __docCheck?: unknown }).__docCheck = (
  actual: unknown,
  expected: () => unknown,
  src: string,
  where: string,
) => {
  checked++;
  const d = differs(actual, expected());
  if (d) throw new Error(`${where}: the document states ${src}, but ${d}`);
};

test('every code fence names its language, and the README links the migration guide', () => {
  for (const file of documents) {
    for (const b of extractBlocks(file)) {
      assert.ok(b.lang !== '', `${file}:${b.fenceLine}: a code fence without a language (write ts, sh, text, ...)`);
    }
  }
  assert.match(readFileSync(join(root, 'README.md'), 'utf8'), /\]\(docs\/migrating\.md\)/);
  assert.ok(extractBlocks('docs/migrating.md').filter(runs).length >= 5, 'the guide has runnable examples');
});

for (const file of documents) {
  for (const b of extractBlocks(file).filter(runs)) {
    test(`${file}:${b.fenceLine} runs, and its stated values hold`, async () => {
      const { source, checks } = toModule(b);
      const path = join(dir, `${file.replace(/\W/g, '_')}-L${b.fenceLine}.mts`);
      writeFileSync(path, source);
      // Warnings and printed lines are kept, and shown if the block fails.
      const warned: string[] = [];
      const { warn, log } = console;
      console.warn = console.log = (...a: unknown[]) => {
        warned.push(a.map(String).join(' '));
      };
      const before = checked;
      try {
        await import(pathToFileURL(path).href);
      } catch (e) {
        const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
        throw new Error(
          `${file}:${b.fenceLine}: the block failed (line N of ${path} is line ${b.fenceLine}+N of the document):\n${msg}${warned.length ? `\noutput:\n${warned.join('\n')}` : ''}`,
          { cause: e },
        );
      } finally {
        console.warn = warn;
        console.log = log;
      }
      assert.is(checked - before, checks, `${file}:${b.fenceLine}: ${checks} '// =>' checks, ${checked - before} ran`);
    });
  }
}

test.after(() => rmSync(dir, { recursive: true, force: true }));

test.run();
