// Running a random program (test/differential/program.ts) eagerly and compiled, and comparing.
import * as tj from '../../src/index.js';
import { formatProgram, makeInputs, preview, programSource, runProgram, type DType, type Program } from './program.js';

type Tensor = tj.Tensor;
export type Backend = 'js' | 'wasm' | 'native';

/**
 * Tolerances, in the spirit of test/jit-ops.test.ts (relative, plus an absolute part scaled by the
 * magnitudes involved): `rtol * max|value|` over every node of the program is the absolute part,
 * since a chain of ops carries the rounding of its largest intermediate. float32 gets extra room
 * from a float64 "shadow" run of the same program: where the float32 result itself is far from the
 * float64 one (an ill-conditioned spot: cancellation, tan near a pole, a large exp argument), the
 * compiled result may be as far, as a fused loop rounds at other places than eager.
 */
export const RTOL: Record<DType, number> = { float32: 2e-5, float64: 1e-10, int32: 0, bool: 0 };
const SHADOW_FACTOR = 8;

export interface Stats {
  programs: number;
  eagerThrows: number;
  stabilized: number;
  shapeMismatch: number;
  notes?: string[];
}
export const newStats = (): Stats => ({ programs: 0, eagerThrows: 0, stabilized: 0, shapeMismatch: 0 });

const snapshot = (xs: Tensor[]) => xs.map((t) => Array.from(t.data() as ArrayLike<number>));

interface Reference {
  eager: Tensor[];
  shadow?: Tensor[];
  scale: number;
}

/** Eager results, the float64 shadow, and the magnitude scale; or the error eager throws. */
export function reference(p: Program, xs: Tensor[], stats?: Stats): Reference | { error: Error } {
  let all: Tensor[];
  try {
    all = runProgram({ ...p, outputs: [...Array(countNodes(p)).keys()] } as Program, xs);
  } catch (e) {
    stats?.notes?.push(`eager throws: ${(e as Error).message}`);
    return { error: e as Error };
  }
  let scale = 1;
  for (const t of all) {
    if (t.dtype !== 'float32' && t.dtype !== 'float64') continue;
    const d = t.data() as ArrayLike<number>;
    for (let i = 0; i < d.length; i++) if (Number.isFinite(d[i]) && Math.abs(d[i]) > scale) scale = Math.abs(d[i]);
  }
  // Did the interpreter predict shapes and dtypes right? (A generator check, counted only.)
  if (stats) {
    const stepNodes = orderOf(p)
      .map((o, i) => ('step' in o ? ([i, p.steps[o.step]] as const) : null))
      .filter((x) => x !== null);
    for (const [i, s] of stepNodes)
      if (JSON.stringify(all[i].shape) !== JSON.stringify(s.shape) || all[i].dtype !== s.dtype) {
        stats.shapeMismatch++;
        stats.notes?.push(
          `predicted ${s.op} -> ${s.dtype}${JSON.stringify(s.shape)}, eager ${all[i].dtype}${JSON.stringify(all[i].shape)} ${JSON.stringify(s.params)} args ${s.args.map((a) => (typeof a === 'number' ? `${all[a].dtype}${JSON.stringify(all[a].shape)}` : a.num)).join(' ')}`,
        );
        break;
      }
  }
  const eager = p.outputs.map((i) => all[i]);
  let shadow: Tensor[] | undefined;
  if (all.some((t) => t.dtype === 'float32')) {
    try {
      shadow = runProgram(
        p,
        xs.map((t) => (t.dtype === 'float32' ? t.astype('float64') : t)),
        true,
      );
    } catch {
      shadow = undefined;
    }
  }
  return { eager, shadow, scale };
}

type Order = ({ input: number } | { step: number })[];
const orderOf = (p: Program): Order => (p as Program & { order: Order }).order;
const countNodes = (p: Program) => orderOf(p).length;

/** Compares one output; undefined when it matches, else what differs. */
export function compareOutput(
  got: Tensor,
  want: Tensor,
  shadow: Tensor | undefined,
  scale: number,
  stabilizable: boolean,
  stats?: Stats,
  lowPrecision = false,
): string | undefined {
  if (!(got instanceof tj.Tensor)) return 'the compiled result is not a Tensor';
  if (JSON.stringify(got.shape) !== JSON.stringify(want.shape))
    return `shape ${JSON.stringify(got.shape)} compiled, ${JSON.stringify(want.shape)} eagerly`;
  if (got.dtype !== want.dtype) return `dtype ${got.dtype} compiled, ${want.dtype} eagerly`;
  const g = got.data() as ArrayLike<number>,
    w = want.data() as ArrayLike<number>;
  if (g.length !== w.length) return `${g.length} elements compiled, ${w.length} eagerly`;
  const s =
    shadow && JSON.stringify(shadow.shape) === JSON.stringify(want.shape)
      ? (shadow.data() as ArrayLike<number>)
      : undefined;
  const rtol = lowPrecision && want.dtype === 'float64' ? RTOL.float32 : RTOL[want.dtype as DType];
  const atol = rtol * scale;
  for (let i = 0; i < w.length; i++) {
    const a = g[i],
      b = w[i];
    if (rtol === 0) {
      if (a !== b) return `element ${i} is ${a} compiled, ${b} eagerly (exact dtype ${want.dtype})`;
      continue;
    }
    if (Number.isNaN(a) && Number.isNaN(b)) continue;
    if (a === b) continue;
    const close = (x: number, y: number, k = 1) =>
      Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= k * (atol + rtol * Math.abs(y));
    if (close(a, b)) continue;
    if (s) {
      const r = s[i];
      // Nearer the float64 value than eager is, or as far from eager as eager is from float64.
      if (close(a, r, 4)) continue;
      if (
        Number.isFinite(a) &&
        Number.isFinite(b) &&
        Number.isFinite(r) &&
        Math.abs(a - b) <= SHADOW_FACTOR * Math.abs(b - r) + atol
      )
        continue;
    }
    if (stabilizable && !Number.isFinite(b) && Number.isFinite(a)) {
      if (stats) stats.stabilized++;
      continue;
    }
    return `element ${i} is ${a} compiled, ${b} eagerly${s ? ` (${s[i]} in float64)` : ''} (dtype ${want.dtype}, rtol ${rtol}, atol ${atol.toPrecision(3)})`;
  }
  return undefined;
}

/** An error's message and the first lines of its stack. */
const shortStack = (e: unknown): string =>
  e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 4).join('\n') : String(e);

/** The program run eagerly and compiled for `backend`: undefined when they agree, else a failure. */
export function checkProgram(p: Program, backend: Backend, stats?: Stats): string | undefined {
  if (stats) stats.programs++;
  const xs = makeInputs(p);
  const ref = reference(p, xs, stats);
  const f = tj.jit((...args: Tensor[]) => runProgram(p, args), { hot: 0, async: false, backend });
  const before = snapshot(xs);
  if ('error' in ref) {
    if (stats) stats.eagerThrows++;
    let out: Tensor[];
    try {
      out = f(...xs);
    } catch {
      return undefined;
    }
    return `eagerly it throws (${ref.error.message}), compiled it returns ${out.map((t) => preview(t)).join(', ')}`;
  }
  let out: Tensor[];
  try {
    out = f(...xs);
  } catch (e) {
    return `compiled it throws: ${shortStack(e)}`;
  }
  const st = f.stats;
  if (st.tier !== backend) return `the call ran on tier ${st.tier}, not ${backend}`;
  if (st.graphBreaks !== 0) return `${st.graphBreaks} graph breaks`;
  return compareAll(p, xs, before, out, ref, stats);
}

function compareAll(
  p: Program,
  xs: Tensor[],
  before: number[][],
  out: Tensor[],
  ref: Reference,
  stats?: Stats,
): string | undefined {
  if (!Array.isArray(out) || out.length !== ref.eager.length)
    return `compiled it returns ${Array.isArray(out) ? out.length : typeof out} results, eagerly ${ref.eager.length}`;
  let stabilizable = p.stabilizable;
  for (let k = 0; k < out.length; k++) {
    const o = orderOf(p)[p.outputs[k]];
    const compare = () =>
      compareOutput(
        out[k],
        ref.eager[k],
        ref.shadow?.[k],
        ref.scale,
        stabilizable,
        stats,
        'step' in o && p.steps[o.step].lowPrecision,
      );
    let why = compare();
    // A factor above and below a division cancels (Theano's canonicalizer), even where it is 0 or
    // infinite: a finite compiled result where eager's is not is that stabilization, by design.
    if (why && !stabilizable && cancelsFactors(p, xs)) {
      stabilizable = true;
      why = compare();
    }
    if (why) return `output ${k}: ${why}\n  compiled: ${preview(out[k], 40)}\n  eager:    ${preview(ref.eager[k], 40)}`;
  }
  const after = snapshot(xs);
  for (let i = 0; i < xs.length; i++) {
    if (after[i].some((v, j) => !Object.is(v, before[i][j]))) return `input x${i} was modified by the compiled call`;
  }
  return undefined;
}

/** Whether the optimizer cancels factors of a division in the program (the rewrite cancel-factors fires). */
function cancelsFactors(p: Program, xs: Tensor[]): boolean {
  return tj.explain((...args: Tensor[]) => runProgram(p, args), ...xs).rewrites.includes('cancel-factors');
}

/**
 * Many programs compiled as one function (one emcc compile covers them all): for each program,
 * undefined or a failure. A program that throws eagerly is left out of the batch.
 */
export function checkBatch(ps: Program[], backend: Backend, stats?: Stats): (string | undefined)[] {
  const results: (string | undefined)[] = ps.map(() => undefined);
  const live: { i: number; xs: Tensor[]; ref: Reference; before: number[][] }[] = [];
  ps.forEach((p, i) => {
    if (stats) stats.programs++;
    const xs = makeInputs(p);
    const ref = reference(p, xs, stats);
    if ('error' in ref) {
      if (stats) stats.eagerThrows++;
      return;
    }
    live.push({ i, xs, ref, before: snapshot(xs) });
  });
  const f = tj.jit((...groups: Tensor[][]) => groups.map((xs, k) => runProgram(ps[live[k].i], xs)), {
    hot: 0,
    async: false,
    backend,
  });
  let outs: Tensor[][];
  try {
    outs = f(...live.map((l) => l.xs));
  } catch (e) {
    const msg = `the batch of ${live.length} programs throws compiled: ${shortStack(e)}`;
    return ps.map(() => msg);
  }
  if (f.stats.tier !== backend) return ps.map(() => `the batch ran on tier ${f.stats.tier}, not ${backend}`);
  live.forEach((l, k) => {
    results[l.i] = compareAll(ps[l.i], l.xs, l.before, outs[k], l.ref, stats);
  });
  return results;
}

export function describe(p: Program): string {
  return `${formatProgram(p)}\nas TypeScript:\n${programSource(p)}`;
}
