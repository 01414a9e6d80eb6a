// The seam every backend plugs into (DESIGN.md, "Backends: one interface, one folder each"): a
// backend is one folder jit/backends/<name>/ exporting a Backend. jit.ts, the compile worker and
// backends() iterate the registry (jit/backends/registry.ts) and never name a backend.

import { primitives } from '../../runtime/primitives/index.js';
import type { Graph } from '../graph.js';
import type { CompiledFn } from './js/loader.js';

/** The compiled backends of {@link jit}. */
export type BackendName = 'js' | 'wasm' | 'native' | 'cuda';

/** Whether a backend can run on this machine now, and if not, why; `detail` says what it runs on (compiler, BLAS). */
export type Availability = { available: true; detail?: string } | { available: false; reason: string };

/** A compiler driver: the one place its flags, version, time limit and cache key live. */
export interface Toolchain {
  /** The compiler, for messages ('emcc'). */
  readonly name: string;
  /** The flags of every compile. */
  readonly flags: readonly string[];
  /** Whether the compiler runs here, with its version (part of every cache key), or why not. */
  probe(): { available: true; version: string } | { available: false; reason: string };
  /** Seconds one compile may take. */
  timeout(): number;
  /**
   * Compiles `source` to a binary exporting `exports`, through the compile cache (`key` adds what
   * else sets the binary); `cached` says whether the compiler was spared.
   */
  compile(
    source: string,
    exports: readonly string[],
    key: Record<string, string>,
  ): { binary: Uint8Array; cached: boolean };
}

/**
 * What compiling a graph for a backend gives: made in the compile worker and posted to the main
 * thread (structured-clonable), then loaded there by the same backend.
 */
export interface Artifact<P = unknown> {
  target: BackendName;
  /** The generated source, as `f.lower().source` shows it. */
  source: string;
  /** Kernels (fused loops and kernel calls) one call runs. */
  kernels: number;
  /** Whether the binary came from the compile cache (compiled backends only). */
  cached?: boolean;
  /** What the backend's loader needs (its program, binaries). */
  payload: P;
}

export interface Backend<P = unknown> {
  readonly name: BackendName;
  /** The tier in messages: 'the WASM tier'. */
  readonly title: string;
  /**
   * The 'auto' policy's order: 'auto' starts on the fallback backend, then moves up to the
   * highest-ranked other one that compiles and is available where the compile runs.
   */
  readonly rank: number;
  /**
   * The tier kept behind a higher one: where a signature goes back to when the higher tier fails
   * to compile or load, or is evicted. Exactly one backend is (the JS tier).
   */
  readonly fallback?: boolean;
  /** Whether 'auto' leaves it out: used only when named (the CUDA tier, as Theano's device=cuda). */
  readonly onlyWhenAsked?: boolean;
  /** Whether it compiles in the toolchain lane (seconds) rather than the fast lane (milliseconds). */
  readonly slowCompile?: boolean;
  /** The specialize-rule tags of its rewrite rules (jit/optimize.ts, BACKEND_TAGS). */
  readonly tags: readonly string[];
  /** Whether it can run here now, and if not, why. */
  availability(): Availability;
  /** Its renderer: graph (or schedule) to source text. */
  readonly renderer?: unknown;
  /** Its compiler driver, where it has one. */
  readonly toolchain?: Toolchain;
  /** Graph to artifact: render, then compile (runs in the compile worker). */
  compile?(graph: Graph): Artifact<P>;
  /** Artifact to function (on the main thread): binds kernels, allocates its memory. */
  load?(graph: Graph, artifact: Artifact<P>): CompiledFn;
  /** Why a function was moved off this tier when its memory is bounded (eviction), for the warning. */
  readonly evictionReason?: string;
  /** Its memory outside the JS heap, where it has one (arenas, copies in and out, resident Variables): its counters. */
  readonly memory?: { readonly stats: Readonly<Record<string, number>> };
  /** Eager ops it runs (outside jit), where it has any: calls per op family. */
  readonly eager?: { readonly calls: Readonly<Record<string, number>> };
}

/** Every primitive's version: part of each cache key, so a changed primitive never reuses old code. */
export const primitiveVersions = () =>
  Object.values(primitives)
    .map((r) => `${r.name}:${r.version}`)
    .join(',');
