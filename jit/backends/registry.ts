// Every backend, in the order backends() lists them, and the 'auto' policy over their ranks.

import type { Backend, BackendName } from './backend.js';
import { cuda } from './cuda/index.js';
import { js } from './js/index.js';
import { native } from './native/index.js';
import { wasm } from './wasm/index.js';

export const BACKENDS: readonly Backend[] = [js, wasm, native, cuda] as Backend[];

export const backendNames = (): BackendName[] => BACKENDS.map((b) => b.name);

/** The backend of a name (throws for an unknown one: names come from the registry). */
export function backendOf(name: BackendName): Backend {
  const b = BACKENDS.find((x) => x.name === name);
  if (!b) throw new Error(`internal: no backend ${JSON.stringify(name)}`);
  return b;
}

/** The tier kept behind the others (the JS tier). */
export const fallbackBackend = (): Backend => BACKENDS.find((b) => b.fallback)!;

/**
 * 'auto': the tier compiled first (the fallback), and the ones it may move up to: every other
 * backend that compiles, highest rank first. Which of those is available is decided where the
 * compile runs (compileArtifact, in the worker), so jit() never waits for a toolchain probe.
 * Tiers used only when named (CUDA) are not among them.
 */
export function autoPolicy(): { first: Backend; upgrades: Backend[] } {
  const first = fallbackBackend();
  return {
    first,
    upgrades: BACKENDS.filter((b) => b !== first && b.compile && !b.onlyWhenAsked).sort((a, b) => b.rank - a.rank),
  };
}

/**
 * The rewrite tags a graph compiled for these backends is optimized with: the tags they all have
 * (a graph is optimized once, and must compile on each tier it may run on, the fallback included).
 */
export function sharedTags(names: readonly (BackendName | undefined)[]): string[] {
  const tiers = [...new Set([...names.filter((n): n is BackendName => n !== undefined), fallbackBackend().name])].map(
    backendOf,
  );
  return tiers[0].tags.filter((t) => tiers.every((b) => b.tags.includes(t)));
}
