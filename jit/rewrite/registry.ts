// The rewrite database (PyTensor's optdb): phases registered by name, position and tags; rules
// registered into a phase with tags of their own; a query by tags (and names) gives the phases
// to run, ordered by position. A backend adds its own rules with registerRules(phase, rules,
// { tags: ['wasm'] }) and gets them by optimizing with its tags (jit/optimize.ts).

import type { Phase, RewriteRule } from './engine.js';

export interface RegisterOptions {
  /** Where the phase (or rule, within its phase) runs: lower first; equal positions in registration order. Default: after every one registered so far. */
  readonly position?: number;
  /** Untagged entries are always on; tagged ones only when the query enables one of their tags. */
  readonly tags?: readonly string[];
}

export interface Query {
  /** The enabled tags: what the backend compiling has (kernels, its own name). */
  readonly tags?: Iterable<string>;
  /** Only these phases (by name), when given. */
  readonly only?: Iterable<string>;
  /** Phases or rules to leave out: by name, or by any of their tags. */
  readonly exclude?: Iterable<string>;
}

/** One registered phase or rule, as {@link RewriteDB.entries} lists them. */
export interface EntryInfo {
  readonly name: string;
  readonly position: number;
  readonly tags: readonly string[];
}
export interface PhaseInfo extends EntryInfo {
  readonly rules: readonly EntryInfo[];
}

interface RuleEntry {
  readonly rule: RewriteRule;
  readonly position: number;
  readonly tags: readonly string[];
  readonly seq: number;
}
interface PhaseEntry {
  readonly name: string;
  readonly position: number;
  readonly tags: readonly string[];
  readonly seq: number;
  readonly rules: RuleEntry[];
}

const byPosition = <T extends { position: number; seq: number }>(a: T, b: T) =>
  a.position - b.position || a.seq - b.seq;

export class RewriteDB {
  private readonly phases = new Map<string, PhaseEntry>();
  private seq = 0;
  /** Query results by query text, dropped whenever something is registered: the same Phase objects, so each phase's rule index is built once. */
  private readonly cache = new Map<string, readonly Phase[]>();

  /** Registers an (empty) phase: its rules come with {@link registerRules}. */
  register(name: string, options: RegisterOptions = {}): this {
    if (this.phases.has(name)) throw new Error(`rewrite: phase ${name} is already registered`);
    const last = Math.max(-1, ...[...this.phases.values()].map((p) => p.position));
    this.phases.set(name, {
      name,
      position: checkPosition(options.position ?? last + 1, name),
      tags: [...(options.tags ?? [])],
      seq: this.seq++,
      rules: [],
    });
    this.cache.clear();
    return this;
  }

  /** Adds rules to a registered phase, in the given order, at `position` (default: after its rules so far). */
  registerRules(phase: string, rules: readonly RewriteRule[], options: RegisterOptions = {}): this {
    const p = this.phases.get(phase);
    if (!p) throw new Error(`rewrite: no phase ${phase} (registered: ${[...this.phases.keys()].join(', ')})`);
    const last = Math.max(-1, ...p.rules.map((r) => r.position));
    for (const [i, rule] of rules.entries()) {
      const position = checkPosition(options.position ?? last + 1 + i, rule.name);
      p.rules.push({ rule, position, tags: [...(options.tags ?? [])], seq: this.seq++ });
    }
    p.rules.sort(byPosition);
    this.cache.clear();
    return this;
  }

  /** The phases a query enables, ordered by position, each with its enabled rules in order. */
  query(q: Query = {}): readonly Phase[] {
    const tags = new Set(q.tags ?? []);
    const only = q.only === undefined ? undefined : new Set(q.only);
    const exclude = new Set(q.exclude ?? []);
    const key = JSON.stringify([[...tags].sort(), only && [...only].sort(), [...exclude].sort()]);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const on = (name: string, t: readonly string[]) =>
      !exclude.has(name) && !t.some((x) => exclude.has(x)) && (t.length === 0 || t.some((x) => tags.has(x)));
    const result: Phase[] = [...this.phases.values()]
      .filter((p) => on(p.name, p.tags) && (!only || only.has(p.name)))
      .sort(byPosition)
      .map((p) =>
        Object.freeze({
          name: p.name,
          rules: Object.freeze(p.rules.filter((r) => on(r.rule.name, r.tags)).map((r) => r.rule)),
        }),
      );
    Object.freeze(result);
    this.cache.set(key, result);
    return result;
  }

  /** Every registered phase and rule with its position and tags, ordered by position. */
  entries(): PhaseInfo[] {
    return [...this.phases.values()].sort(byPosition).map((p) => ({
      name: p.name,
      position: p.position,
      tags: p.tags,
      rules: p.rules.map((r) => ({ name: r.rule.name, position: r.position, tags: r.tags })),
    }));
  }
}

function checkPosition(position: number, name: string): number {
  if (!Number.isFinite(position))
    throw new Error(`rewrite: ${name}: position must be a finite number, got ${position}`);
  return position;
}

/** The optimizer's database: the built-in phases and rules (jit/rewrite/rules.ts), and any a backend adds. */
export const optdb = new RewriteDB();

/** Registers a phase in {@link optdb}. */
export const registerPhase = (name: string, options?: RegisterOptions) => optdb.register(name, options);

/** Adds rules to a phase of {@link optdb}, e.g. `registerRules('specialize', [rule], { tags: ['wasm'] })`. */
export const registerRules = (phase: string, rules: readonly RewriteRule[], options?: RegisterOptions) =>
  optdb.registerRules(phase, rules, options);

/**
 * The tags each tier enables: its own name, and one per kernel that some rule needs (`linear`:
 * matmul + bias in one kernel, Theano's Gemm; every tier has it).
 */
export const BACKEND_TAGS = {
  js: ['js', 'linear'],
  wasm: ['wasm', 'linear'],
  native: ['native', 'linear'],
  cuda: ['cuda', 'linear'],
} as const satisfies Record<string, readonly string[]>;

/**
 * What optimize() enables when no tags are given: the tags every tier shares (today `linear`). The
 * graph is optimized once, before a tier is chosen, so it must compile on either tier.
 */
export const DEFAULT_TAGS: readonly string[] = BACKEND_TAGS.js.filter((t) =>
  (BACKEND_TAGS.wasm as readonly string[]).includes(t),
);
