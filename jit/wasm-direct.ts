// The direct WASM route's recipe: emcc's clang, wasm-ld and binaryen commands, recorded once, replayed per module.

import fs from 'node:fs';
import path from 'node:path';

/** Bumped when the recipe's format or meaning changes: part of the recipe's and every module's cache key. */
export const RECIPE_FORMAT = 1;

/** In a recorded command, where the source, the intermediate object and the module go. */
export const SRC = '{{src}}',
  OBJ = '{{obj}}',
  OUT = '{{out}}';
/** An argument holding this stands for one argument per export, in the order given. */
export const EXPORT = '{{export}}';

/** One command of the recipe: an executable (an absolute path) and its arguments, with the placeholders above. */
export interface Step {
  tool: string;
  args: string[];
}

/** The commands emcc ran for a probe, generalized; or, where they cannot be replayed, why not. */
export type Recipe = { ok: true; steps: Step[] } | { ok: false; reason: string };

/**
 * Binaryen's optimizer: emcc runs it after linking, and the direct route leaves it out. It took
 * about 0.1 s of a small module's 0.3 s, and the modules ran as fast without it (the prebuilt
 * matmul, reductions and scans, and the bench workloads' steps, alternated in one process: within
 * the ±5% noise, either way). The recorded recipe keeps it, to check the replay against emcc.
 */
export const OPTIONAL_TOOLS: readonly string[] = ['wasm-opt'];

/**
 * Binaryen's wasm-emscripten-finalize: emcc runs it after linking to legalize i64 in signatures JS
 * sees and to print metadata for its JS glue. Generated modules have no i64 in any signature (the
 * renderer's functions take pointers and ints) and no glue; on them its module was binaryen's
 * re-encoding of the linked one less the name and target_features sections (byte for byte: the
 * RNN steps unrolled and with scan, the tanh·exp chain, a one-op function). It cost about 10 ms of
 * CPU a module (27 on the unrolled RNN step) and a process start, so they skip it; the prebuilt
 * kernels, built once, keep it.
 */
export const GENERATED_SKIPS: readonly string[] = ['wasm-emscripten-finalize'];

/**
 * The probe compiled to record emcc's commands: it reaches libc (expf, memcpy), SIMD and static
 * data, so that the replay is checked against emcc's module on more than an empty function.
 */
export const PROBE_EXPORT = 'tj_direct_probe';
export const PROBE_SOURCE = `#include <math.h>
#include <string.h>
#include <wasm_simd128.h>
static const float table[4] = {1.0f, 2.0f, 3.0f, 4.0f};
void ${PROBE_EXPORT}(float* out, const float* x, int n) {
  int i = 0;
  for (; i + 4 <= n; i += 4) wasm_v128_store(out + i, wasm_f32x4_mul(wasm_v128_load(x + i), wasm_v128_load(table)));
  for (; i < n; i++) out[i] = expf(x[i]);
  memcpy(out + n, table, sizeof table);
}
`;

/**
 * Splits a command line as a POSIX shell would (single quotes, double quotes, backslashes), which
 * is how emcc prints the commands it runs (Python's shlex quoting).
 */
export function shellSplit(line: string): string[] {
  const words: string[] = [];
  let word = '',
    inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unterminated ' in ${line}`);
      word += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && '"\\$`'.includes(line[j + 1] ?? '')) j++;
        word += line[j];
      }
      if (j >= line.length) throw new Error(`unterminated " in ${line}`);
      i = j;
      inWord = true;
    } else if (c === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** The commands emcc printed with EMCC_VERBOSE=1: each on a line of its own, as ` "tool" args...`. */
export function parseStages(log: string): string[][] {
  return log
    .split('\n')
    .filter((l) => /^ "[^"]+"( |$)/.test(l))
    .map((l) => shellSplit(l.trim()));
}

/** Where the probe's files were: its source, its module, the export it asked for, and the folder (TMPDIR included) they were made in. */
export interface Probe {
  dir: string;
  src: string;
  out: string;
  exportName: string;
}

/**
 * The recipe that emcc's `commands` for `probe` make: the source, object and module paths become
 * placeholders, the export an argument repeated per export. Anything else of the probe's folder
 * left in a command (a response file, another temporary file) means the commands cannot be
 * replayed, and the recipe says why. `resolve` finds a tool named without a path (on PATH, as emcc did).
 */
export function recipeFrom(commands: string[][], probe: Probe, resolve: (name: string) => string | undefined): Recipe {
  const compile = commands[0];
  const o = compile ? compile.indexOf('-o') : -1;
  if (commands.length < 2 || !compile.includes('-c') || o < 0 || !compile.includes(probe.src))
    return { ok: false, reason: `emcc's commands were not a compile and a link: ${describe(commands)}` };
  const obj = compile[o + 1];
  const steps: Step[] = [];
  for (const [tool, ...args] of commands) {
    const exe = path.isAbsolute(tool) ? tool : resolve(tool);
    if (!exe || !fs.existsSync(exe)) return { ok: false, reason: `emcc ran ${tool}, which is not found here` };
    const general = args.map((a) =>
      a.split(probe.src).join(SRC).split(obj).join(OBJ).split(probe.out).join(OUT).split(probe.exportName).join(EXPORT),
    );
    const stray = general.find((a) => a.includes(probe.dir));
    if (stray !== undefined)
      return {
        ok: false,
        reason: `emcc ran ${path.basename(tool)} on a file the direct route does not make: ${stray}`,
      };
    steps.push({ tool: exe, args: general });
  }
  return { ok: true, steps };
}

const describe = (commands: string[][]) =>
  commands.length ? commands.map((c) => path.basename(c[0])).join(', ') : 'none printed';

/**
 * The commands of `steps` for one module: files in place of the placeholders, one argument per
 * export; with `pch`, the compile reads that precompiled prelude first (-include-pch).
 */
export function commandsFor(
  steps: readonly Step[],
  files: { src: string; obj: string; out: string; pch?: string },
  exports: readonly string[],
): { tool: string; args: string[] }[] {
  const fill = (a: string) => a.split(SRC).join(files.src).split(OBJ).join(files.obj).split(OUT).join(files.out);
  return steps.map((s) => ({
    tool: s.tool,
    args: s.args.flatMap((a) =>
      a.includes(EXPORT)
        ? exports.map((e) => fill(a.split(EXPORT).join(e)))
        : a === SRC && files.pch
          ? ['-include-pch', files.pch, files.src]
          : [fill(a)],
    ),
  }));
}

/**
 * The lines of `#include` that open a source (generated sources open with the same few), or
 * undefined when it opens otherwise. Precompiled once, they spare each compile parsing the headers
 * (about 70 ms of clang's 150 for a small module); the source's own includes of them are then
 * skipped by the headers' include guards, and clang makes the same object.
 */
export function leadingIncludes(source: string): string | undefined {
  const lines = source.split('\n');
  let n = 0;
  while (n < lines.length && /^#include [<"][\w./-]+[>"]$/.test(lines[n])) n++;
  return n > 0 ? lines.slice(0, n).join('\n') + '\n' : undefined;
}

/** The command that precompiles `header` (a prelude) to `pch` with the recipe's compile step (the first). */
export function precompileCommand(
  steps: readonly Step[],
  header: string,
  pch: string,
): { tool: string; args: string[] } {
  const [compile] = commandsFor([steps[0]], { src: header, obj: pch, out: pch }, []);
  const at = compile.args.indexOf(header);
  return { tool: compile.tool, args: [...compile.args.slice(0, at), '-x', 'c-header', ...compile.args.slice(at)] };
}

/**
 * `steps` with the compile step's (the first's) optimization flag `recorded` (emcc was recorded
 * with it) replaced by `flags`: a module is compiled at another level than the probe without
 * recording emcc again. Steps without that flag are left as they are.
 */
export function withOptimization(steps: readonly Step[], recorded: string, flags: readonly string[]): Step[] {
  const [compile, ...rest] = steps;
  const at = compile ? compile.args.indexOf(recorded) : -1;
  if (at < 0) return [...steps];
  return [
    { tool: compile.tool, args: [...compile.args.slice(0, at), ...flags, ...compile.args.slice(at + 1)] },
    ...rest,
  ];
}

/** The steps a direct compile runs: the recipe but its optional tools (wasm-opt), and for a generated module GENERATED_SKIPS. */
export function directSteps(recipe: { steps: readonly Step[] }, generated = false): Step[] {
  const skipped = generated ? [...OPTIONAL_TOOLS, ...GENERATED_SKIPS] : OPTIONAL_TOOLS;
  return recipe.steps.filter((s) => !skipped.includes(path.basename(s.tool)));
}

/** A recipe as stored in the compile cache (JSON). */
export const encodeRecipe = (r: Recipe) => new TextEncoder().encode(JSON.stringify({ format: RECIPE_FORMAT, ...r }));

/**
 * A stored recipe, or undefined when it is not one of this format, or names a tool that is gone
 * (then it is dropped and recorded again).
 */
export function decodeRecipe(bytes: Uint8Array): Recipe | undefined {
  let v: unknown;
  try {
    v = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  const r = v as { format?: unknown; ok?: unknown; reason?: unknown; steps?: unknown };
  if (r?.format !== RECIPE_FORMAT) return undefined;
  if (r.ok === false) return typeof r.reason === 'string' ? { ok: false, reason: r.reason } : undefined;
  if (r.ok !== true || !Array.isArray(r.steps) || r.steps.length === 0) return undefined;
  const steps = r.steps as Step[];
  const wellFormed = steps.every(
    (s) =>
      typeof s?.tool === 'string' &&
      path.isAbsolute(s.tool) &&
      fs.existsSync(s.tool) &&
      Array.isArray(s.args) &&
      s.args.every((a) => typeof a === 'string'),
  );
  return wellFormed ? { ok: true, steps: steps.map((s) => ({ tool: s.tool, args: [...s.args] })) } : undefined;
}

/**
 * Whether `emcc` (a real path) is Emscripten's Python driver, whose commands can be recorded: emcc.py
 * beside it, or named in it (a launcher script). A stand-in (a test's fake emcc) is not.
 */
export function isEmscriptenDriver(emcc: string): boolean {
  if (fs.existsSync(path.join(path.dirname(emcc), 'emcc.py'))) return true;
  try {
    return fs.statSync(emcc).size < 16384 && fs.readFileSync(emcc, 'utf8').includes('emcc.py');
  } catch {
    return false;
  }
}
