// Finds where in the user's code a graph break happened: the first stack frame outside tensorjit
// gives the file and line; acorn, on the function's own source, finds the expression that did it.
//
// "Outside tensorjit" is decided by real paths, not by path patterns: the package's own code
// directories are located once from this module's URL and resolved through symlinks, and each
// frame's file is resolved the same way (cached per path). So it works however the package is
// installed (a copied folder, `npm link` or `npm install <folder>` symlinks, workspaces, an
// extracted tarball), from the TypeScript sources under tsx or from the build in dist/, and
// whether or not the stack is source-mapped; and a user's project that happens to be called
// tensorjit, or to live under a src/ folder, is still the user's code.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acorn, acornWalk } from './lazy.js';

/** Where in the user's code a graph break happened: file, line and column, the line's text and the expression. */
export interface BreakSite {
  file?: string;
  line?: number;
  column?: number;
  lineText?: string;
  expression?: string;
}

/** The folders the library's modules live in, under the package root and under its build's outDir (tsconfig.build.json "include"). */
export const LIBRARY_DIRS = ['src', 'runtime', 'jit'];

const realCache = new Map<string, string>();

/** fs.realpathSync, cached; a path that does not exist (a source-mapped .ts that was not shipped) resolves through its nearest existing folder. */
function realPath(p: string): string {
  let r = realCache.get(p);
  if (r === undefined) {
    try {
      r = fs.realpathSync(p);
    } catch {
      const parent = path.dirname(p);
      r = parent === p ? p : path.join(realPath(parent), path.basename(p));
    }
    realCache.set(p, r);
  }
  return r;
}

/** The nearest folder at or above `from` with a package.json that names a package. */
function packageRootOf(from: string): string | undefined {
  for (let d = from; ; d = path.dirname(d)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8')).name) return d;
    } catch {
      /* none here */
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * The real paths of the folders holding tensorjit's own code. This module is <code root>/jit/locate.{ts,js}:
 * the code root is the package root when running the TypeScript sources and the build's outDir (dist/)
 * otherwise. Both roots' library folders count: with source maps on, frames in the build name the .ts
 * files under the package root (src/ is not shipped, so those paths need not exist). Found at the
 * first graph break, not at import.
 */
export function packageDirs(): readonly string[] {
  if (!dirs) {
    const codeRoot = realPath(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
    const roots = new Set([codeRoot, packageRootOf(codeRoot) ?? codeRoot]);
    dirs = [...roots].flatMap((r) => LIBRARY_DIRS.map((d) => path.join(r, d)));
  }
  return dirs;
}
let dirs: readonly string[] | undefined;

const isInside = (file: string, dir: string) =>
  file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/** The file, line and column a V8 stack line names, if it names a file on disk (file:// URLs become paths). */
export function parseFrame(raw: string): { file: string; line: number; column: number } | undefined {
  const t = raw.trim();
  if (!t.startsWith('at ')) return undefined;
  const body = t.slice(3);
  if (body.includes('(eval at ')) return undefined; // code from eval / new Function: no file line to show
  // "at name (location)" or "at location"; a path may itself hold spaces or parentheses, so try each reading.
  const locations: string[] = [];
  if (body.endsWith(')')) {
    const first = body.indexOf(' ('),
      last = body.lastIndexOf(' (');
    if (first >= 0) locations.push(body.slice(first + 2, -1));
    if (last > first) locations.push(body.slice(last + 2, -1));
  }
  locations.push(body.replace(/^async /, ''), body);
  for (const loc of locations) {
    const m = /^(.*):(\d+):(\d+)$/.exec(loc);
    if (!m) continue;
    let file = m[1];
    if (file.startsWith('node:')) return undefined;
    if (file.startsWith('file://')) {
      try {
        file = fileURLToPath(file);
      } catch {
        continue;
      }
    }
    if (!path.isAbsolute(file)) continue;
    return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

/** The first frame, after the Error line, whose file is neither a Node internal nor inside tensorjit (compared by real path). */
export function userFrame(
  stack: string,
  internal: readonly string[] = packageDirs(),
): { file: string; line: number; column: number } | undefined {
  for (const raw of stack.split('\n').slice(1)) {
    const frame = parseFrame(raw);
    if (!frame) continue;
    const real = realPath(frame.file);
    if (internal.some((d) => isInside(real, d))) continue;
    return frame;
  }
  return undefined;
}

/** The method name a reason refers to: "item()" -> item. */
const methodOf = (reason: string) => /^(\w+)\(\)$/.exec(reason)?.[1];

function parseFunction(src: string) {
  // A method's source ("step(x) { ... }") is not an expression on its own: try it inside a class.
  for (const wrapped of [`(${src})`, `(class { ${src} })`, `({ ${src} })`]) {
    try {
      return { ast: acorn().parse(wrapped, { ecmaVersion: 'latest' }), text: wrapped };
    } catch {
      /* next form */
    }
  }
  return undefined;
}

/** Candidate expressions in fn's source for this kind of break. */
function candidates(fn: (...args: never[]) => unknown, reason: string): string[] {
  const parsed = parseFunction(fn.toString());
  if (!parsed) return [];
  const { ast, text } = parsed;
  const out: string[] = [];
  const method = methodOf(reason);
  const slice = (n: { start: number; end: number }) => text.slice(n.start, n.end);
  acornWalk().simple(ast, {
    CallExpression(n) {
      const c = n.callee;
      if (
        method &&
        c.type === 'MemberExpression' &&
        !c.computed &&
        c.property.type === 'Identifier' &&
        c.property.name === method
      )
        out.push(slice(n));
    },
    BinaryExpression(n) {
      if (!method) out.push(slice(n));
    },
    UnaryExpression(n) {
      if (!method && (n.operator === '+' || n.operator === '-')) out.push(slice(n));
    },
  });
  return out;
}

export function locateBreak(fn: (...args: never[]) => unknown, reason: string, stack: string): BreakSite {
  const frame = userFrame(stack);
  const site: BreakSite = { ...frame };
  if (frame) {
    try {
      site.lineText = fs.readFileSync(frame.file, 'utf8').split('\n')[frame.line - 1]?.trim();
    } catch {
      /* not readable */
    }
  }
  const found = candidates(fn, reason);
  const squash = (s: string) => s.replace(/\s+/g, '');
  site.expression = (site.lineText && found.find((c) => squash(site.lineText!).includes(squash(c)))) ?? found[0];
  return site;
}

/** The file relative to the working directory when it is inside it; its full path otherwise. */
function shortPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel) ? rel : file;
}

export function describeSite(s: BreakSite): string {
  const where = s.file ? `${shortPath(s.file)}:${s.line}:${s.column}` : 'an unknown line';
  return `${where}${s.lineText ? `\n    ${s.lineText}` : ''}${s.expression ? `\n    expression: ${s.expression}` : ''}`;
}
