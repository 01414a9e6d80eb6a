// Finds where in the user's code a graph break happened: the first stack frame outside tensorjit
// gives the file and line; acorn, on the function's own source, finds the expression that did it.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { simple } from 'acorn-walk';

export interface BreakSite { file?: string; line?: number; column?: number; lineText?: string; expression?: string }

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const internalDirs = ['src', 'runtime', 'jit', 'dist'].map((d) => path.join(packageRoot, d) + path.sep);

function userFrame(stack: string): { file: string; line: number; column: number } | undefined {
  for (const raw of stack.split('\n').slice(1)) {
    const m = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?\s*$/.exec(raw.trim());
    if (!m) continue;
    let file = m[1];
    if (file.startsWith('file://')) file = fileURLToPath(file);
    if (file.startsWith('node:') || !path.isAbsolute(file)) continue;
    if (internalDirs.some((d) => file.startsWith(d)) || file.includes(`${path.sep}node_modules${path.sep}`)) continue;
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

/** The method name a reason refers to: "item()" -> item. */
const methodOf = (reason: string) => /^(\w+)\(\)$/.exec(reason)?.[1];

function parseFunction(src: string) {
  // A method's source ("step(x) { ... }") is not an expression on its own: try it inside a class.
  for (const wrapped of [`(${src})`, `(class { ${src} })`, `({ ${src} })`]) {
    try { return { ast: parse(wrapped, { ecmaVersion: 'latest' }), text: wrapped }; } catch { /* next form */ }
  }
  return undefined;
}

/** Candidate expressions in fn's source for this kind of break. */
function candidates(fn: Function, reason: string): string[] {
  const parsed = parseFunction(fn.toString());
  if (!parsed) return [];
  const { ast, text } = parsed;
  const out: string[] = [];
  const method = methodOf(reason);
  const slice = (n: { start: number; end: number }) => text.slice(n.start, n.end);
  simple(ast, {
    CallExpression(n) {
      const c = n.callee;
      if (method && c.type === 'MemberExpression' && !c.computed && c.property.type === 'Identifier' && c.property.name === method) out.push(slice(n));
    },
    BinaryExpression(n) { if (!method) out.push(slice(n)); },
    UnaryExpression(n) { if (!method && (n.operator === '+' || n.operator === '-')) out.push(slice(n)); },
  });
  return out;
}

export function locateBreak(fn: Function, reason: string, stack: string): BreakSite {
  const frame = userFrame(stack);
  const site: BreakSite = { ...frame };
  if (frame) {
    try { site.lineText = fs.readFileSync(frame.file, 'utf8').split('\n')[frame.line - 1]?.trim(); } catch { /* not readable */ }
  }
  const found = candidates(fn, reason);
  const squash = (s: string) => s.replace(/\s+/g, '');
  site.expression = (site.lineText && found.find((c) => squash(site.lineText!).includes(squash(c)))) ?? found[0];
  return site;
}

export function describeSite(s: BreakSite): string {
  const where = s.file ? `${path.relative(process.cwd(), s.file) || s.file}:${s.line}:${s.column}` : 'an unknown line';
  return `${where}${s.lineText ? `\n    ${s.lineText}` : ''}${s.expression ? `\n    expression: ${s.expression}` : ''}`;
}
