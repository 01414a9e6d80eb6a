// jit(): the tiered function wrapper. Calls run eagerly until hot; then each signature is traced,
// compiled (in the background by default) and swapped in at a later call, inside a synchronous
// loop too. Graph breaks and the signature cap fall back to eager, saying so once.

import type { TypedArray } from '../runtime/dtype.js';
import { deferredOn } from '../runtime/deferred.js';
import { isEager } from '../src/dispatch.js';
import { Tensor } from '../src/tensor.js';
import { flatten, treeDefKey, unflatten, type TreeDef } from '../src/tree.js';
import { Variable } from '../src/variable.js';
import { drained, poll, prestart, submit } from './background.js';
import type { BackendName } from './backends.js';
import { autoPolicy, backendNames, backendOf, fallbackBackend, sharedTags } from './backends/registry.js';
import { compileGraph, type Artifact, type Target } from './compile-job.js';
import { printGraph, toData, toDot, topoOrder, type Graph } from './graph.js';
import type { CompiledFn } from './backends/js/loader.js';
import { optimize } from './optimize.js';
import { checkProfileOptions, profileCompiled, type Profile, type ProfileOptions } from './profile.js';
import { describeSite, locateBreak, type BreakSite } from './locate.js';
import { GraphBreak, traceLearning, TracedCodeThrew, type LearnedStatic, type TraceResult } from './tracer.js';
import { backendFromEnv, debugLevel } from '../runtime/env.js';

/** Options of {@link jit}. */
export interface JitOptions {
  /** Calls that run eagerly before the function is traced and compiled (default 2). */
  hot?: number;
  /** Compile in a worker thread and swap the result in at a later call (default true); false compiles at the call that needs it. */
  async?: boolean;
  /**
   * Where compiled code runs: 'auto' (default: the JS tier first, then WASM where emcc is found),
   * 'js', 'wasm', 'native' or 'cuda'. Naming one that is not available throws with backends()'s reason.
   */
  backend?: 'auto' | BackendName;
  /** Indices of arguments whose values (not only shapes) are part of the signature: compile-time constants. */
  static?: number[];
}

/** Where a call ran: eagerly or on a compiled tier. */
export type Tier = 'eager' | BackendName;

/** Counters of a jitted function (a snapshot: read `f.stats` again for new values). */
export interface JitStats {
  /** Calls made, and how many of them ran eagerly or compiled. */
  calls: number;
  eagerCalls: number;
  compiledCalls: number;
  /** Signatures traced, and compiled tiers loaded. */
  traces: number;
  compiles: number;
  /** Signatures that stay eager because tracing read a traced value. */
  graphBreaks: number;
  /** The tier of the latest call. */
  tier: Tier;
}

/** What a signature compiles to, from `f.lower(...args)`. */
export interface Lowered {
  /** The optimized graph as text. */
  graph: string;
  /** The generated source of the tier in use (JS or C). */
  source: string;
  backend: BackendName;
  /** Kernels (fused loops and kernel calls) one call runs. */
  kernels: number;
  /** The graph in Graphviz dot form (`dot -Tsvg`). */
  dot: string;
  /** WASM only: whether the module came from the compile cache instead of emcc. */
  cached?: boolean;
}

/** A jitted function: the function itself, plus what {@link jit} adds to it. */
export type Jitted<F extends (...args: any[]) => unknown> = F & {
  /** Counters: calls, traces, compiles, graph breaks and the tier of the latest call. */
  readonly stats: JitStats;
  /** Resolves when every compile started so far has finished and been swapped in. */
  ready(): Promise<void>;
  /** Compiles the signature of `args` (now, if it is not yet) and describes it. */
  lower(...args: Parameters<F>): Lowered;
  /** Runs `args` eagerly and compiled side by side; throws if results or Variables differ beyond float tolerance. */
  verify(...args: Parameters<F>): void;
  /**
   * Runs the compiled function of this signature a few times and prints and returns the time of
   * each kernel; `f.profile.with({ print: false })(...args)` for options.
   */
  profile: ((...args: Parameters<F>) => Profile) & { with(opts: ProfileOptions): (...args: Parameters<F>) => Profile };
};

export type { Profile, ProfileOptions, ProfileRow } from './profile.js';

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
  /** The tier it was moved off, for messages ('the WASM tier'). */
  evictedFrom?: string;
  /** The function threw while traced for this signature (its error): calls run eagerly. */
  threw?: { error: unknown };
  /** Which arguments were static when it was traced (the rest feed the graph's inputs). */
  statics?: boolean[];
}

function checkOptions(
  opts: JitOptions,
): Required<Omit<JitOptions, 'static' | 'backend'>> & { static: number[]; backend: JitOptions['backend'] } {
  if (opts === null || typeof opts !== 'object') throw new Error(`jit: options must be an object, got ${String(opts)}`);
  const hot = opts.hot ?? 2;
  if (!Number.isInteger(hot) || hot < 0) throw new Error(`jit: hot must be a non-negative integer, got ${opts.hot}`);
  // An empty TENSORJIT_BACKEND means unset.
  const backend = opts.backend ?? (backendFromEnv() as JitOptions['backend']) ?? 'auto';
  const names = backendNames();
  if (!['auto', ...names].includes(backend)) {
    throw new Error(
      `jit: unknown backend ${JSON.stringify(backend)}${opts.backend === undefined ? ' in TENSORJIT_BACKEND' : ''} (expected auto, ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]})`,
    );
  }
  const stat = opts.static ?? [];
  if (!Array.isArray(stat) || !stat.every((i) => Number.isInteger(i) && i >= 0))
    throw new Error(`jit: static must be an array of argument indices, got ${JSON.stringify(opts.static)}`);
  if (opts.async !== undefined && typeof opts.async !== 'boolean')
    throw new Error(`jit: async must be true or false, got ${JSON.stringify(opts.async)}`);
  return { hot, async: opts.async ?? true, backend: opts.backend, static: stat };
}

const variableIds = new WeakMap<Variable, number>();
let nextVariableId = 1;
function variableId(v: Variable): number {
  let id = variableIds.get(v);
  if (id === undefined) variableIds.set(v, (id = nextVariableId++));
  return id;
}

function staticKey(x: unknown): string {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  if (x instanceof Tensor) return `T${x.dtype}[${x.shape}]{${x._buf ? Array.from(x._buf).join(',') : '?'}}`;
  if (typeof x === 'function') return `fn:${x.name}`;
  try {
    return JSON.stringify(x) ?? String(x);
  } catch {
    return String(x);
  }
}

/**
 * Shapes, dtypes, static values and tree structure: what makes a call need its own graph. A JS
 * number traced as a value adds only whether it is integral (that decides its weak dtype).
 */
function signatureOf(args: unknown[], isStatic: (i: number) => boolean): string {
  return args
    .map((a, i) => {
      if (isStatic(i)) return `S${staticKey(a)}`;
      const { leaves, def } = flatten(a, true);
      return `${treeDefKey(def)}<${leaves.map(leafKey).join(';')}>`;
    })
    .join('|');
}

function leafKey(t: Tensor | number): string {
  if (typeof t === 'number') return Number.isInteger(t) ? 'int' : 'num';
  return t instanceof Variable ? `V${variableId(t)}` : `${t.dtype}[${t.shape}]`;
}

const envWarned = new Set<string>();

/**
 * The backend a function asks for: a `backend` option naming one that is not available throws
 * here, with backends()'s reason; TENSORJIT_BACKEND naming one warns once and means 'auto'.
 */
function requestedBackend(option: JitOptions['backend'], name: string): 'auto' | BackendName {
  const fromEnv = option === undefined;
  const requested = option ?? ((backendFromEnv() ?? 'auto') as 'auto' | BackendName);
  if (requested === 'auto') return requested;
  // Only the requested backend is asked (the JS tier's answer costs nothing; no toolchain is probed for it).
  const info = backendOf(requested).availability();
  if (info.available) return requested;
  if (!fromEnv) throw new Error(`jit(${name}): backend "${requested}" is not available: ${info.reason}`);
  if (!envWarned.has(requested)) {
    envWarned.add(requested);
    console.warn(`tensorjit: TENSORJIT_BACKEND=${requested} is not available (${info.reason}); using "auto"`);
  }
  return 'auto';
}

/**
 * The tier a function compiles to first, and under 'auto' the one it moves up to later ('auto'
 * starts on the fallback tier, JS, and moves up to the best available compiled backend).
 */
function targets(requested: 'auto' | BackendName): { first: Target; upgrades: Target[] } {
  if (requested !== 'auto') return { first: requested, upgrades: [] };
  const { first, upgrades } = autoPolicy();
  return { first: first.name, upgrades: upgrades.map((b) => b.name) };
}

/** Whether an artifact is of the fallback tier (the JS tier: kept behind a higher one). */
const onFallback = (a: Artifact | undefined): a is Artifact => a !== undefined && backendOf(a.target).fallback === true;

export function makeJit<F extends (...args: any[]) => unknown>(
  fn: F,
  options: JitOptions = {},
  label?: string,
): Jitted<F> {
  if (typeof fn !== 'function') throw new Error(`jit: expected a function, got ${fn === null ? 'null' : typeof fn}`);
  const opts = checkOptions(options);
  const name = label ?? (fn.name || 'anonymous');
  // Number arguments the function turned out to need the value of: static from then on.
  const learned: LearnedStatic = new Map();
  const isStatic = (i: number) => opts.static.includes(i) || learned.has(i);
  const stats: JitStats = {
    calls: 0,
    eagerCalls: 0,
    compiledCalls: 0,
    traces: 0,
    compiles: 0,
    graphBreaks: 0,
    tier: 'eager',
  };
  const warned = new Set<string>();
  const requested = requestedBackend(opts.backend, name);
  const { first: backend, upgrades } = targets(requested);
  const upgrade = upgrades.length > 0;
  // The rewrite rules every tier this function may run on enables (jit/optimize.ts).
  const rewriteTags = sharedTags([backend, ...upgrades]);
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
      const b = backendOf(artifact.target);
      if (!b.load) throw new Error(`${b.title} cannot load code yet`);
      compiled = b.load(entry.traced!.graph, artifact);
    } catch (e) {
      return `could not load the ${artifact.target} code: ${e instanceof Error ? e.message : String(e)}`;
    }
    stats.compiles++;
    // The JS tier finishing after a higher tier (separate compile lanes) stays behind it as its fallback.
    if (onFallback(artifact) && entry.compiled) {
      entry.fallback = { artifact, compiled };
      return undefined;
    }
    if (onFallback(entry.artifact) && entry.compiled)
      entry.fallback = { artifact: entry.artifact, compiled: entry.compiled };
    const tier = backendOf(artifact.target);
    compiled.onEvict = () => {
      entry.evicted = true;
      entry.evictedFrom = tier.title;
      entry.artifact = entry.fallback?.artifact;
      entry.compiled = entry.fallback?.compiled;
      if (!entry.compiled) tryJs(entry);
      note(
        'evict',
        `tensorjit: jit(${name}) left ${tier.title} for ${entry.compiled ? fallbackBackend().title : 'eager'}: ${tier.evictionReason ?? 'it was evicted'}`,
      );
    };
    entry.artifact = artifact;
    entry.compiled = compiled;
    if (debugLevel() >= 2) console.error(`tensorjit: ${name}: generated ${artifact.target} source\n${artifact.source}`);
    return undefined;
  };

  const compile = (entry: Entry, sync: boolean) => {
    const graph = entry.traced!.graph;
    // A tier that cannot be built or loaded leaves the JS tier (built now if it was not) in its place, with one warning.
    const fail = (error: string, target: Target) => {
      entry.failed = error;
      const onJs = !backendOf(target).fallback && (entry.compiled !== undefined || tryJs(entry));
      note(
        `fail:${target}`,
        `tensorjit: jit(${name}) failed to compile for ${target}; that signature ${onJs ? `runs on ${fallbackBackend().title}` : 'stays eager'}:\n${error}`,
      );
    };
    const loadOrFail = (artifact: Artifact) => {
      const error = load(entry, artifact);
      if (error) fail(error, artifact.target);
    };
    if (sync) {
      let artifact: Artifact;
      try {
        artifact = compileGraph({ target: backend }, graph, backendOf);
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e), backend);
      }
      loadOrFail(artifact);
      return;
    }
    // A synchronous lower() may have compiled this entry meanwhile; the first result stands.
    const data = toData(graph);
    submit({ target: backend, graph: data }, (r) => {
      if (entry.compiled && !(upgrade && !onFallback(entry.artifact) && !entry.fallback)) return;
      if (r.ok) loadOrFail(r.artifact!);
      else if (!entry.compiled) fail(r.error!, backend);
    });
    // 'auto': the JS tier is in within milliseconds; the toolchain lane then builds the best
    // available compiled tier (WASM where emcc is found) and the next call after it finishes swaps
    // it in. Failing there is quiet.
    if (upgrade) {
      submit({ target: upgrades[0], orElse: upgrades.slice(1), graph: data }, (r) => {
        const error = r.ok ? load(entry, r.artifact!) : r.error;
        if (error && debugLevel() >= 1) console.error(`tensorjit: ${name}: staying on the JS tier: ${error}`);
      });
    }
  };

  /** Builds the JS tier synchronously (generating JS takes milliseconds); false if even that fails. */
  const tryJs = (entry: Entry): boolean => {
    try {
      return (
        load(entry, compileGraph({ target: fallbackBackend().name }, entry.traced!.graph, backendOf)) === undefined
      );
    } catch {
      return false;
    }
  };

  const traceEntry = (self: unknown, args: unknown[]): Entry => {
    stats.traces++;
    try {
      const before = learned.size;
      const traced = traceLearning(name, fn, self, args, isStatic, learned);
      if (learned.size > before && debugLevel() >= 1)
        console.error(
          `tensorjit: ${name}: static from now on: ${[...learned].map(([i, why]) => `argument ${i} (${why})`).join(', ')}`,
        );
      if (debugLevel() >= 1)
        console.error(`tensorjit: ${name}: traced graph, before rewriting\n${printGraph(traced.graph)}`);
      const graph = optimize(traced.graph, { tags: rewriteTags }).graph;
      if (debugLevel() >= 1) console.error(`tensorjit: ${name}: graph after rewriting\n${printGraph(graph)}`);
      return { traced: { ...traced, graph }, statics: args.map((_, i) => isStatic(i)) };
    } catch (e) {
      // The function threw while traced: this signature runs eagerly, so its assigns and its
      // exception are exactly the eager run's (the rule on every tier; compiled code applies
      // updates only after every step succeeded).
      if (e instanceof TracedCodeThrew) return { threw: { error: e.error } };
      if (!(e instanceof GraphBreak)) throw e;
      stats.graphBreaks++;
      const site = locateBreak(fn, e.reason, e.source.stack ?? '');
      console.warn(
        `tensorjit: graph break in jit(${name}): ${e.reason} at ${describeSite(site)}\n  This signature runs eagerly from now on; results are unchanged.`,
      );
      return { broken: { reason: e.reason, site } };
    }
  };

  const entryFor = (self: unknown, args: unknown[], sync: boolean): Entry | undefined => {
    const cache = cacheFor(self);
    let key = signatureOf(args, isStatic);
    let entry = cache.get(key);
    if (!entry) {
      if (cache.size >= MAX_SIGNATURES) {
        if (!warned.has('cap')) {
          warned.add('cap');
          console.warn(
            `tensorjit: jit(${name}) has traced ${MAX_SIGNATURES} signatures; calls with new shapes, dtypes, static values or structures run eagerly from now on`,
          );
        }
        return undefined;
      }
      entry = traceEntry(self, args);
      // Tracing may have made number arguments static: the signature then names their values.
      key = signatureOf(args, isStatic);
      cache.set(key, entry);
      if (entry.traced) compile(entry, sync);
    } else if (sync && entry.traced && !entry.compiled && !entry.failed && !entry.evicted) {
      // A background compile is still running; lower()/verify() want the result now.
      compile(entry, true);
    }
    return entry;
  };

  const runCompiled = (entry: Entry, args: unknown[], compiled: CompiledFn = entry.compiled!): unknown => {
    const { graph, variables, outDef } = entry.traced!;
    const ins: TypedArray[] = [];
    args.forEach((a, i) => {
      if (entry.statics![i]) return;
      for (const t of flatten(a, true).leaves) {
        if (typeof t === 'number') ins.push(Float64Array.of(t));
        else if (!(t instanceof Variable)) ins.push(inputArray(t, compiled.device));
      }
    });
    return wrapOutputs(graph, outDef, compiled(ins, variables));
  };

  // The last signature called, as a guard checked without building the signature: calls that
  // repeat it (the common case in a loop) skip signatureOf and the cache lookup.
  let guard: Guard | undefined;

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
    if (guard && guard.self === this && guard.entry.compiled && guardMatches(guard, args)) {
      const entry = guard.entry;
      stats.compiledCalls++;
      stats.tier = entry.artifact!.target;
      return wrapOutputs(
        entry.traced!.graph,
        entry.traced!.outDef,
        entry.compiled!(guardInputs(guard, args, entry.compiled!.device), entry.traced!.variables),
      );
    }
    const entry = entryFor(this, args, !opts.async);
    if (!entry?.compiled) return eager(this, args);
    guard = guardFor(this, args, entry, isStatic) ?? guard;
    stats.compiledCalls++;
    stats.tier = entry.artifact!.target;
    return runCompiled(entry, args);
  } as unknown as Jitted<F>;

  // f.lower(x) and f.verify(x) see f itself as `this`: that is the plain function's own cache,
  // not an instance's (a method's instance is given with f.lower.call(instance, x)).
  const selfOf = (self: unknown) => (self === wrapped ? undefined : self);
  /** f.profile: compiles the signature as lower() does, then times the tier it runs on. */
  /** Why a signature has nothing compiled to run (lower, verify and profile say it alike), or undefined. */
  const notCompiled = (entry: Entry | undefined): string | undefined => {
    if (!entry) return `this function already has ${MAX_SIGNATURES} signatures, and new ones run eagerly`;
    if (entry.broken)
      return `this signature runs eagerly (graph break: ${entry.broken.reason} at ${describeSite(entry.broken.site)})`;
    if (!entry.compiled || !entry.artifact)
      return `this signature runs eagerly (${entry.evicted ? `moved off ${entry.evictedFrom} to bound its memory` : `compiling failed:\n${entry.failed}`})`;
    return undefined;
  };
  const profileWith = (self: unknown, args: unknown[], options: ProfileOptions): Profile => {
    const entry = entryFor(self, args, true);
    const why = `jit(${name}).profile: nothing compiled to profile for this call`;
    if (entry?.threw)
      throw new Error(
        `${why}: the function threw while traced, so this signature runs eagerly: ${entry.threw.error instanceof Error ? entry.threw.error.message : String(entry.threw.error)}`,
        { cause: entry.threw.error },
      );
    const missing = notCompiled(entry);
    if (missing || !entry) throw new Error(`${why}: ${missing}`);
    return profileCompiled(
      name,
      entry.artifact!.target,
      entry.traced!.graph,
      entry.compiled!,
      entry.traced!.variables,
      (fn) => runCompiled(entry, args, fn),
      options,
    );
  };
  Object.defineProperty(wrapped, 'name', { value: name });
  Object.defineProperty(wrapped, 'stats', { get: () => ({ ...stats }) });
  Object.assign(wrapped, {
    ready: () => drained(),
    profile: Object.assign(
      function (this: unknown, ...args: unknown[]): Profile {
        return profileWith(selfOf(this), args, {});
      },
      {
        with: (opts: ProfileOptions) => {
          checkProfileOptions(opts, name);
          return function (this: unknown, ...args: unknown[]): Profile {
            return profileWith(selfOf(this), args, opts);
          };
        },
      },
    ),
    lower(this: unknown, ...args: unknown[]): Lowered {
      const entry = entryFor(selfOf(this), args, true);
      if (entry?.threw) throw entry.threw.error;
      const missing = notCompiled(entry);
      if (missing || !entry) throw new Error(`jit(${name}).lower: ${missing}`);
      const a = entry.artifact!;
      const graph = entry.traced!.graph;
      // The texts are printed when read: a caller after the source or the kernel count does not wait for them.
      let text: string | undefined, dot: string | undefined;
      return {
        get graph() {
          return (text ??= printGraph(graph));
        },
        source: a.source,
        backend: a.target,
        kernels: a.kernels,
        get dot() {
          return (dot ??= toDot(graph));
        },
        ...(a.cached !== undefined ? { cached: a.cached } : {}),
      };
    },
    verify(this: unknown, ...args: unknown[]): void {
      const self = selfOf(this);
      const entry = entryFor(self, args, true);
      if (entry?.threw) throw entry.threw.error;
      const missing = notCompiled(entry);
      if (missing || !entry) throw new Error(`jit(${name}).verify: no compiled version for this call: ${missing}`);
      const vars = entry.traced!.variables;
      const before = vars.map((v) => v._buf);
      const eagerOut = fn.apply(self, args);
      const eagerVars = vars.map((v) => v._buf);
      vars.forEach((v, i) => {
        v._buf = before[i];
      });
      // The eager run may have loaded another function's compile, evicting this one.
      const gone = notCompiled(entry);
      if (gone) throw new Error(`jit(${name}).verify: no compiled version for this call: ${gone}`);
      const compiledOut = runCompiled(entry, args);
      const a = flatten(eagerOut).leaves,
        b = flatten(compiledOut).leaves;
      if (a.length !== b.length)
        throw new Error(`jit(${name}).verify: eager gives ${a.length} tensors, compiled ${b.length}`);
      a.forEach((t, i) => compareTensors(`output ${i}`, t.buf, b[i].buf, t.dtype, name));
      vars.forEach((v, i) => compareTensors(`Variable ${i} after the call`, eagerVars[i]!, v.buf, v.dtype, name));
    },
  });
  return wrapped;
}

/** The output buffers of a compiled call as tensors, in the function's result structure (a buffer still on a device fills at its first read). */
function wrapOutputs(graph: Graph, outDef: TreeDef, bufs: TypedArray[]): unknown {
  const outs = graph.outputs.map((n, i) =>
    deferredOn(bufs[i])
      ? Tensor._deferred(n.aval.shape.slice(), n.aval.dtype, bufs[i])
      : new Tensor(n.aval.shape.slice(), n.aval.dtype, bufs[i]),
  );
  return outDef.kind === 'leaf' ? outs[0] : unflatten(outDef, outs);
}

/** What one argument of a guarded signature must be: a tensor of a dtype and shape, that Variable, a number (integral or not), or that static value. */
type ArgGuard =
  | { kind: 'tensor'; dtype: string; shape: readonly number[] }
  | { kind: 'variable'; v: Variable }
  | { kind: 'number'; integral: boolean }
  | { kind: 'static'; value: unknown };

interface Guard {
  self: unknown;
  entry: Entry;
  args: ArgGuard[];
}

/**
 * A guard for a call whose arguments are all flat (tensors, Variables, numbers, or static
 * primitives): undefined for trees or static objects, which take the signature path every call.
 */
function guardFor(self: unknown, args: unknown[], entry: Entry, isStatic: (i: number) => boolean): Guard | undefined {
  if (!entry.statics || args.some((_, i) => entry.statics![i] !== isStatic(i))) return undefined;
  const kinds: ArgGuard[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (entry.statics[i]) {
      if (a !== null && (typeof a === 'object' || typeof a === 'function')) return undefined;
      kinds.push({ kind: 'static', value: a });
    } else if (a instanceof Variable) kinds.push({ kind: 'variable', v: a });
    else if (a instanceof Tensor) kinds.push({ kind: 'tensor', dtype: a.dtype, shape: a.shape.slice() });
    else if (typeof a === 'number') kinds.push({ kind: 'number', integral: Number.isInteger(a) });
    else return undefined;
  }
  return { self, entry, args: kinds };
}

function guardMatches(g: Guard, args: unknown[]): boolean {
  if (args.length !== g.args.length) return false;
  for (let i = 0; i < args.length; i++) {
    const k = g.args[i],
      a = args[i];
    if (k.kind === 'tensor') {
      if (!(a instanceof Tensor) || a instanceof Variable || a.dtype !== k.dtype || a.shape.length !== k.shape.length)
        return false;
      for (let d = 0; d < k.shape.length; d++) if (a.shape[d] !== k.shape[d]) return false;
    } else if (k.kind === 'variable') {
      if (a !== k.v) return false;
    } else if (k.kind === 'number') {
      if (typeof a !== 'number' || Number.isInteger(a) !== k.integral) return false;
    } else if (!Object.is(a, k.value)) return false;
  }
  return true;
}

/**
 * A tensor's buffer as a compiled function's input: one still being copied from `device` (the
 * function's own) is passed unfilled, the function reading it where it is; any other is filled.
 */
function inputArray(t: Tensor, device: object | undefined): TypedArray {
  const w = t._waiting;
  return w && device && deferredOn(w) === device ? w : t.buf;
}

/** The graph's input buffers for a call that matched guard g (tensors' buffers, numbers as float64). */
function guardInputs(g: Guard, args: unknown[], device: object | undefined): TypedArray[] {
  const ins: TypedArray[] = [];
  for (let i = 0; i < args.length; i++) {
    const k = g.args[i].kind;
    if (k === 'tensor') ins.push(inputArray(args[i] as Tensor, device));
    else if (k === 'number') ins.push(Float64Array.of(args[i] as number));
  }
  return ins;
}

function compareTensors(what: string, want: TypedArray, got: TypedArray, dtype: string, name: string): void {
  if (want.length !== got.length)
    throw new Error(`jit(${name}).verify: ${what} has ${got.length} elements compiled, ${want.length} eagerly`);
  const rtol = dtype === 'float32' ? 1e-5 : dtype === 'float64' ? 1e-12 : 0;
  const atol = dtype === 'float32' ? 1e-6 : dtype === 'float64' ? 1e-14 : 0;
  // Relative to the result's scale too: a sum of large terms (a matmul element) that nearly
  // cancels keeps the rounding of its terms, and kernels sum in different orders.
  let scale = 0;
  for (const w of want) if (Number.isFinite(w)) scale = Math.max(scale, Math.abs(w));
  for (let i = 0; i < want.length; i++) {
    const w = want[i],
      g = got[i];
    if (Number.isNaN(w) && Number.isNaN(g)) continue;
    if (w === g) continue;
    if (!(Math.abs(w - g) <= atol + rtol * Math.max(Math.abs(w), scale)))
      throw new Error(
        `jit(${name}).verify: ${what} differs at element ${i}: eager ${w}, compiled ${g} (dtype ${dtype})`,
      );
  }
}

/** Number of primitive nodes (not inputs or constants) a graph computes. */
export function nodeCount(g: Graph): number {
  return topoOrder(g).filter((n) => n.op !== 'input' && n.op !== 'const').length;
}
