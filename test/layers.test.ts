// The layers hold (issue #12): the import graph has no circle, the runtime imports neither the front
// end nor the compiler, and the compile worker loads no front-end module.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs') as IConfiguration;

let graph: ICruiseResult | undefined;
async function cruised(): Promise<ICruiseResult> {
  if (!graph) {
    const r = await cruise(
      ['src', 'runtime', 'jit'],
      {
        ruleSet: config,
        doNotFollow: { path: 'node_modules' },
        exclude: { path: '^(node_modules|dist)/' },
        tsPreCompilationDeps: true,
        validate: true,
      },
      undefined,
      { tsConfig: { fileName: 'tsconfig.json' } } as never,
    );
    graph = r.output as ICruiseResult;
  }
  return graph;
}

test('no import circle, and runtime/ imports neither src/ nor jit/ (.dependency-cruiser.cjs)', async () => {
  const g = await cruised();
  const errors = g.summary.violations
    .filter((v) => v.rule.severity === 'error')
    .map(
      (v) => `${v.rule.name}: ${v.from} -> ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' -> ')})` : ''}`,
    );
  assert.equal(errors, []);
});

/** Every module `from` loads at run time (type-only imports vanish), itself included. */
async function reach(from: string): Promise<Set<string>> {
  const g = await cruised();
  const deps = new Map(
    g.modules.map((m) => [
      m.source,
      m.dependencies.filter((d) => !d.dependencyTypes.includes('type-only')).map((d) => d.resolved),
    ]),
  );
  assert.ok(deps.has(from), `${from} is in the graph`);
  const seen = new Set<string>(),
    todo = [from];
  while (todo.length) {
    const m = todo.pop()!;
    if (seen.has(m)) continue;
    seen.add(m);
    todo.push(...(deps.get(m) ?? []));
  }
  return seen;
}

test('the compile worker loads no front-end module (nothing under src/)', async () => {
  const seen = await reach('jit/compile-worker.ts');
  assert.ok(seen.has('jit/compile-job.ts'), 'the walk reaches the compile job');
  assert.equal(
    [...seen].filter((m) => m.startsWith('src/')),
    [],
  );
});

test("a backend's compile half, all the compile worker loads of it, loads no loader and no WASM memory", async () => {
  for (const compile of ['jit/backends/js/compile.ts', 'jit/backends/wasm/compile.ts']) {
    const seen = await reach(compile);
    assert.equal(
      [...seen].filter((m) =>
        /^jit\/backends\/[^/]+\/(loader|memory|index)\.ts$|^runtime\/wasm\/holdings\.ts$/.test(m),
      ),
      [],
      compile,
    );
  }
  // The JS lane (the first tier's worker) loads neither the primitive table's eager kernels nor the C renderers.
  assert.equal(
    [...(await reach('jit/backends/js/compile.ts'))].filter((m) =>
      /^runtime\/(primitives\/index|eager-kernels|wasm\/)|^jit\/(render\/c-|emcc|cache)/.test(m),
    ),
    [],
  );
});

test.run();
