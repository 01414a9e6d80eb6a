// jit(): the tiered function wrapper. Calls run eagerly until hot; then each signature is traced,
// compiled (in the background by default) and swapped in at a later call, inside a synchronous
// loop too. Graph breaks and the signature cap fall back to eager, saying so once.

import type { TypedArray } from '../runtime/dtype.js';
import { isEager } from '../src/dispatch.js';
import { Tensor } from '../src/tensor.js';
import { flatten, treeDefKey, unflatten } from '../src/tree.js';
import { Variable } from '../src/variable.js';
import { drained, poll, prestart, submit } from './background.js';
import { backends, type BackendName } from './backends.js';
import { compileArtifact, type Artifact, type Target } from './compile-job.js';
import { printGraph, toData, toDot, topoOrder, type Graph } from './graph.js';
import { loadJs, type CompiledFn } from './js-tier.js';
import { loadWasm } from './wasm-tier.js';
import { optimize } from './optimize.js';
import { describeSite, locateBreak, type BreakSite } from './locate.js';
import { GraphBreak, trace, TracedCodeThrew, type TraceResult } from './tracer.js';

export interface JitOptions {
  hot?: number;
  async?: boolean;
  backend?: 'auto' | BackendName;
  static?: number[];
}

export type Tier = 'eager' | BackendName;

export interface JitStats { calls: number; eagerCalls: number; compiledCalls: number; traces: number; compiles: number; graphBreaks: number; tier: Tier }

export interface Lowered {
  graph: string;
  source: string;
  backend: BackendName;
  kernels: number;
  /** The graph in Graphviz dot form (`dot -Tsvg`). */
  dot: string;
  /** WASM only: whether the module came from the compile cache instead of emcc. */
  cached?: boolean;
}

export type Jitted<F extends (...args: any[]) => any> = F & {
  readonly stats: JitStats;
  ready(): Promise<void>;
  lower(...args: Parameters<F>): Lowered;
  verify(...args: Parameters<F>): void;
};

export const MAX_SIGNATURES = 8;

interface Entry {
  traced?: TraceResult;
  broken?: { reason: string; site: BreakSite };
  artifact?: Artifact;
  compiled?: CompiledFn;
  /** The JS tier kept when a higher tier replaces it: where an evicted or failing higher tier goes back to. */
  fallback?: { artifact: Artifact; compiled: CompiledFn };
  failed?: string;
  /** Moved off a higher tier to bound its memory: not compiled again. */
  evicted?: boolean;
  /** The function threw while traced for this signature (its error): calls run eagerly. */
  threw?: { error: unknown };
}

const debugLevel = () => Number(process.env.TENSORJIT_DEBUG ?? 0);

function checkOptions(opts: JitOptions): Required<Omit<JitOptions, 'static'>> & { static: number[] } {
  if (opts === null || typeof opts !== 'object') throw new Error(`jit: options must be an object, got ${String(opts)}`);
  const hot = opts.hot ?? 2;
  if (!Number.isInteger(hot) || hot < 0) throw new Error(`jit: hot must be a non-negative integer, got ${opts.hot}`);
  // An empty TENSORJIT_BACKEND means unset.
  const backend = opts.backend ?? ((process.env.TENSORJIT_BACKEND || undefined) as JitOptions['backend']) ?? 'auto';
  if (!['auto', 'js', 'wasm', 'native', 'cuda'].includes(backend)) throw new Error(`jit: unknown backend ${JSON.stringify(backend)} (expected auto, js, wasm, native or cuda)`);
  const stat = opts.static ?? [];
  if (!Array.isArray(stat) || !stat.every((i) => Number.isInteger(i) && i >= 0)) throw new Error(`jit: static must be an array of argument indices, got ${JSON.stringify(opts.static)}`);
  if (opts.async !== undefined && typeof opts.async !== 'boolean') throw new Error(`jit: async must be true or false, got ${JSON.stringify(opts.async)}`);
  return { hot, async: opts.async ?? true, backend, static: stat };
}

const variableIds = new WeakMap<Variable, number>();
let nextVariableId = 1;
function variableId(v: Variable): number {
  let id = variableIds.get(v);
  if (id === undefined) variableIds.set(v, (id = nextVariableId++));
  return id;
}

function staticKey(x: unknown): string {
  if (x instanceof Tensor) return `T${x.dtype}[${x.shape}]{${x._buf ? Array.from(x._buf).join(',') : '?'}}`;
  if (typeof x === 'function') return `fn:${x.name}`;
  try { return JSON.stringify(x) ?? String(x); } catch { return String(x); }
}

/** Shapes, dtypes, static values and tree structure: what makes a call need its own graph. */
function signatureOf(args: unknown[], isStatic: (i: number) => boolean): string {
  return args.map((a, i) => {
    if (isStatic(i)) return `S${staticKey(a)}`;
    const { leaves, def } = flatten(a);
    return `${treeDefKey(def)}<${leaves.map((t) => (t instanceof Variable ? `V${variableId(t)}` : `${t.dtype}[${t.shape}]`)).join(';')}>`;
  }).join('|');
}

/** The tier a function compiles to first ('auto' starts on JS and may move up to WASM later). */
function resolveBackend(requested: JitOptions['backend'], name: string, warned: Set<string>): Target {
  if (requested === 'auto' || requested === 'js' || requested === undefined) return 'js';
  const info = backends().find((b) => b.name === requested)!;
  if (info.available && requested === 'wasm') return 'wasm';
  if (!warned.has(requested)) {
    warned.add(requested);
    console.warn(`tensorjit: jit(${name}) asked for backend "${requested}", which is not available (${info.reason}); using the JS tier`);
  }
  return 'js';
}

export function makeJit<F extends (...args: any[]) => any>(fn: F, options: JitOptions = {}, label?: string): Jitted<F> {
  if (typeof fn !== 'function') throw new Error(`jit: expected a function, got ${fn === null ? 'null' : typeof fn}`);
  const opts = checkOptions(options);
  const name = label ?? (fn.name || 'anonymous');
  const isStatic = (i: number) => opts.static.includes(i);
  const stats: JitStats = { calls: 0, eagerCalls: 0, compiledCalls: 0, traces: 0, compiles: 0, graphBreaks: 0, tier: 'eager' };
  const warned = new Set<string>();
  const backend = resolveBackend(opts.backend, name, warned);
  const upgrade = opts.backend === 'auto' && backend === 'js';
  if (opts.async) prestart();
  // Methods keep one cache per instance: their Variables live on `this`.
  const perInstance = new WeakMap<object, Map<string, Entry>>();
  const shared = new Map<string, Entry>();
  const cacheFor = (self: unknown) => {
    if (self === null || (typeof self !== 'object' && typeof self !== 'function')) return shared;
    let c = perInstance.get(self as object);
    if (!c) perInstance.set(self as object, (c = new Map()));
    return c;
  };

  const note = (key: string, message: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(message);
  };

  /** Loads an artifact into the entry; a load that fails leaves the entry on the tier it was on and returns why. */
  const load = (entry: Entry, artifact: Artifact): string | undefined => {
    let compiled: CompiledFn;
    try {
      compiled = artifact.target === 'js' ? loadJs(entry.traced!.graph, artifact.program) : loadWasm(entry.traced!.graph, artifact.program, artifact.wasm, artifact.native);
    } catch (e) {
      return `could not load the ${artifact.target} code: ${e instanceof Error ? e.message : String(e)}`;
    }
    stats.compiles++;
    // The JS tier finishing after a higher tier (separate compile lanes) stays behind it as its fallback.
    if (artifact.target === 'js' && entry.compiled) {
      entry.fallback = { artifact, compiled };
      return undefined;
    }
    if (entry.artifact?.target === 'js' && entry.compiled) entry.fallback = { artifact: entry.artifact, compiled: entry.compiled };
    compiled.onEvict = () => {
      entry.evicted = true;
      entry.artifact = entry.fallback?.artifact;
      entry.compiled = entry.fallback?.compiled;
      if (!entry.compiled) tryJs(entry);
      note('evict', `tensorjit: jit(${name}) left the WASM tier for ${entry.compiled ? 'the JS tier' : 'eager'}: compiled functions hold more WASM memory than TENSORJIT_WASM_MEMORY_MB allows, and it was the least recently used`);
    };
    entry.artifact = artifact;
    entry.compiled = compiled;
    if (debugLevel() >= 2) console.error(`tensorjit: ${name}: generated ${artifact.target} source\n${artifact.program.source}`);
    return undefined;
  };

  const compile = (entry: Entry, sync: boolean) => {
    const graph = entry.traced!.graph;
    if (debugLevel() >= 1 && !entry.artifact) console.error(`tensorjit: ${name}: traced graph\n${printGraph(graph)}`);
    // A tier that cannot be built or loaded leaves the JS tier (built now if it was not) in its place, with one warning.
    const fail = (error: string, target: Target) => {
      entry.failed = error;
      const onJs = target !== 'js' && (entry.compiled !== undefined || tryJs(entry));
      note(`fail:${target}`, `tensorjit: jit(${name}) failed to compile for ${target}; that signature ${onJs ? 'runs on the JS tier' : 'stays eager'}:\n${error}`);
    };
    const loadOrFail = (artifact: Artifact) => {
      const error = load(entry, artifact);
      if (error) fail(error, artifact.target);
    };
    if (sync) {
      let artifact: Artifact;
      try { artifact = compileArtifact({ id: 0, target: backend, graph: toData(graph) }); } catch (e) { return fail(e instanceof Error ? e.message : String(e), backend); }
      loadOrFail(artifact);
      return;
    }
    // A synchronous lower() may have compiled this entry meanwhile; the first result stands.
    const data = toData(graph);
    submit({ target: backend, graph: data }, (r) => {
      if (entry.compiled && !(upgrade && entry.artifact?.target !== 'js' && !entry.fallback)) return;
      if (r.ok) loadOrFail(r.artifact!);
      else if (!entry.compiled) fail(r.error!, backend);
    });
    // 'auto': the JS tier is in within milliseconds; the toolchain lane then builds the WASM tier
    // (when it finds emcc) and the next call after it finishes swaps it in. Failing there is quiet.
    if (upgrade) {
      submit({ target: 'wasm', graph: data }, (r) => {
        const error = r.ok ? load(entry, r.artifact!) : r.error;
        if (error && debugLevel() >= 1) console.error(`tensorjit: ${name}: staying on the JS tier: ${error}`);
      });
    }
  };

  /** Builds the JS tier synchronously (generating JS takes milliseconds); false if even that fails. */
  const tryJs = (entry: Entry): boolean => {
    try {
      return load(entry, compileArtifact({ id: 0, target: 'js', graph: toData(entry.traced!.graph) })) === undefined;
    } catch {
      return false;
    }
  };

  const traceEntry = (self: unknown, args: unknown[]): Entry => {
    stats.traces++;
    try {
      const traced = trace(name, fn, self, args, isStatic);
      return { traced: { ...traced, graph: optimize(traced.graph).graph } };
    } catch (e) {
      // The function threw while traced: this signature runs eagerly, so its assigns and its
      // exception are exactly the eager run's (the rule on every tier; compiled code applies
      // updates only after every step succeeded).
      if (e instanceof TracedCodeThrew) return { threw: { error: e.error } };
      if (!(e instanceof GraphBreak)) throw e;
      stats.graphBreaks++;
      const site = locateBreak(fn, e.reason, e.source.stack ?? '');
      console.warn(`tensorjit: graph break in jit(${name}): ${e.reason} at ${describeSite(site)}\n  This signature runs eagerly from now on; results are unchanged.`);
      return { broken: { reason: e.reason, site } };
    }
  };

  const entryFor = (self: unknown, args: unknown[], sync: boolean): Entry | undefined => {
    const cache = cacheFor(self);
    const key = signatureOf(args, isStatic);
    let entry = cache.get(key);
    if (!entry) {
      if (cache.size >= MAX_SIGNATURES) {
        if (!warned.has('cap')) {
          warned.add('cap');
          console.warn(`tensorjit: jit(${name}) has traced ${MAX_SIGNATURES} signatures; calls with new shapes, dtypes, static values or structures run eagerly from now on`);
        }
        return undefined;
      }
      entry = traceEntry(self, args);
      cache.set(key, entry);
      if (entry.traced) compile(entry, sync);
    } else if (sync && entry.traced && !entry.compiled && !entry.failed && !entry.evicted) {
      // A background compile is still running; lower()/verify() want the result now.
      compile(entry, true);
    }
    return entry;
  };

  const runCompiled = (entry: Entry, args: unknown[]): unknown => {
    const { graph, variables, outDef } = entry.traced!;
    const ins: TypedArray[] = [];
    args.forEach((a, i) => {
      if (isStatic(i)) return;
      for (const t of flatten(a).leaves) if (!(t instanceof Variable)) ins.push(t.buf);
    });
    const bufs = entry.compiled!(ins, variables);
    const outs = graph.outputs.map((n, i) => new Tensor(n.aval.shape.slice(), n.aval.dtype, bufs[i]));
    return unflatten(outDef, outs);
  };

  const eager = (self: unknown, args: unknown[]) => {
    stats.eagerCalls++;
    stats.tier = 'eager';
    return fn.apply(self, args);
  };

  const wrapped = function (this: unknown, ...args: unknown[]) {
    poll();
    // Under a trace, a tape or a forward trace, the ops must be seen: run inline (as JAX does).
    if (!isEager()) return fn.apply(this, args);
    stats.calls++;
    if (stats.calls <= opts.hot) return eager(this, args);
    const entry = entryFor(this, args, !opts.async);
    if (!entry?.compiled) return eager(this, args);
    stats.compiledCalls++;
    stats.tier = entry.artifact!.target;
    return runCompiled(entry, args);
  } as unknown as Jitted<F>;

  // f.lower(x) and f.verify(x) see f itself as `this`: that is the plain function's own cache,
  // not an instance's (a method's instance is given with f.lower.call(instance, x)).
  const selfOf = (self: unknown) => (self === wrapped ? undefined : self);
  Object.defineProperty(wrapped, 'name', { value: name });
  Object.defineProperty(wrapped, 'stats', { get: () => ({ ...stats }) });
  Object.assign(wrapped, {
    ready: () => drained(),
    lower(this: unknown, ...args: unknown[]): Lowered {
      const entry = entryFor(selfOf(this), args, true);
      if (!entry) throw new Error(`jit(${name}).lower: this function already has ${MAX_SIGNATURES} signatures`);
      if (entry.threw) throw entry.threw.error;
      if (entry.broken) throw new Error(`jit(${name}).lower: tracing breaks: ${entry.broken.reason} at ${describeSite(entry.broken.site)}`);
      if (!entry.artifact) throw new Error(`jit(${name}).lower: ${entry.evicted ? 'this signature was moved off the WASM tier to bound its memory and runs eagerly' : `compiling failed:\n${entry.failed}`}`);
      const a = entry.artifact!;
      const kernels = a.target === 'js' ? a.program.kernels : a.program.plan.kernels;
      return { graph: printGraph(entry.traced!.graph), source: a.program.source, backend: a.target, kernels, dot: toDot(entry.traced!.graph), ...(a.target === 'wasm' ? { cached: a.cached } : {}) };
    },
    verify(this: unknown, ...args: unknown[]): void {
      const self = selfOf(this);
      const entry = entryFor(self, args, true);
      if (entry?.threw) throw entry.threw.error;
      if (!entry || entry.broken) throw new Error(`jit(${name}).verify: no compiled version for this call (${entry?.broken ? `graph break: ${entry.broken.reason}` : 'signature cap'})`);
      const vars = entry.traced!.variables;
      const before = vars.map((v) => v._buf);
      const eagerOut = fn.apply(self, args);
      const eagerVars = vars.map((v) => v._buf);
      vars.forEach((v, i) => { v._buf = before[i]; });
      // The eager run may have loaded another function's compile, evicting this one.
      if (!entry.compiled) throw new Error(`jit(${name}).verify: no compiled version for this call (${entry.failed ? 'compiling failed' : 'moved off its tier to bound memory'})`);
      const compiledOut = runCompiled(entry, args);
      const a = flatten(eagerOut).leaves, b = flatten(compiledOut).leaves;
      if (a.length !== b.length) throw new Error(`jit(${name}).verify: eager gives ${a.length} tensors, compiled ${b.length}`);
      a.forEach((t, i) => compareTensors(`output ${i}`, t.buf, b[i].buf, t.dtype, name));
      vars.forEach((v, i) => compareTensors(`Variable ${i} after the call`, eagerVars[i]!, v.buf, v.dtype, name));
    },
  });
  return wrapped;
}

function compareTensors(what: string, want: TypedArray, got: TypedArray, dtype: string, name: string): void {
  if (want.length !== got.length) throw new Error(`jit(${name}).verify: ${what} has ${got.length} elements compiled, ${want.length} eagerly`);
  const rtol = dtype === 'float32' ? 1e-5 : dtype === 'float64' ? 1e-12 : 0;
  const atol = dtype === 'float32' ? 1e-6 : dtype === 'float64' ? 1e-14 : 0;
  for (let i = 0; i < want.length; i++) {
    const w = want[i], g = got[i];
    if (Number.isNaN(w) && Number.isNaN(g)) continue;
    if (w === g) continue;
    if (!(Math.abs(w - g) <= atol + rtol * Math.abs(w))) throw new Error(`jit(${name}).verify: ${what} differs at element ${i}: eager ${w}, compiled ${g} (dtype ${dtype})`);
  }
}

/** Number of primitive nodes (not inputs or constants) a graph computes. */
export function nodeCount(g: Graph): number {
  return topoOrder(g).filter((n) => n.op !== 'input' && n.op !== 'const').length;
}
