// One start-up measurement of bench/startup.bench.ts in this fresh process; prints one line '@@{json}'.
// Plain JavaScript, so it runs on the built package (node bench/startup-child.mjs MODE dist/src/index.js)
// as well as on the sources (node --import tsx bench/startup-child.mjs MODE src/index.ts).
// Modes: import (the entry), first-js / first-wasm (the first compiled call of a new small function,
// hot 0, async false), loop (the first JS-tier call in a synchronous loop that never awaits).
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, entry] = process.argv.slice(2);
const out = (s) => console.log(`@@${JSON.stringify(s)}`);

async function child() {
  const t0 = performance.now();
  const tj = await import(pathToFileURL(path.resolve(entry)).href);
  if (mode === 'import') return out({ ms: performance.now() - t0, fromStart: performance.now() });
  const a = tj.rand([16]),
    b = tj.rand([16]);
  const f = (x, y) => tj.mul(tj.add(x, y), 2);
  if (mode === 'loop') {
    const g = tj.jit(f);
    const start = performance.now();
    let calls = 0;
    while (g.stats.compiledCalls === 0 && performance.now() - start < 30_000) {
      g(a, b);
      calls++;
    }
    if (g.stats.compiledCalls === 0) return out({ ms: NaN, skip: 'no compiled call within 30 s' });
    return out({ ms: performance.now() - start, fromStart: performance.now(), calls });
  }
  const backend = mode === 'first-js' ? 'js' : 'wasm';
  const info = tj.backends().find((x) => x.name === backend);
  if (!info?.available) return out({ ms: NaN, skip: `${backend} unavailable: ${info?.reason ?? 'unknown'}` });
  const g = tj.jit(f, { hot: 0, async: false, backend });
  const t = performance.now();
  g(a, b).toArray();
  const ms = performance.now() - t;
  if (g.stats.tier !== backend) return out({ ms: NaN, skip: `ran on ${g.stats.tier}, not ${backend}` });
  out({ ms, fromStart: performance.now() });
}

// A child with helper threads or a compile worker would linger: it ends once it has printed.
await child().then(() => process.exit(0));
