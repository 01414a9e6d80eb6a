// Compile faults stay inside the function they concern: an emcc that fails, exits 0 with garbage,
// builds a module that cannot be loaded, or hangs (a fake emcc on PATH, in a child process) leaves
// the function on the JS tier with one warning; the compile workers' deaths are survived; a
// function that throws while traced behaves as it does eagerly.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tj from '../src/index.js';
import { terminateWorkersForTest } from '../jit/background.js';

const fixture = fileURLToPath(new URL('./fixtures/compile-faults.ts', import.meta.url));
const fakeEmcc = fileURLToPath(new URL('./fixtures/fake-emcc.sh', import.meta.url));

function runWithFakeEmcc(mode: string): {
  sync: { value: number[]; tier: string };
  auto: { value: number[]; tier: string; slowTier: string };
  otherJsAfterMs: number;
  want: number[];
  warnings: string[];
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tj-fake-emcc-'));
  try {
    fs.symlinkSync(fakeEmcc, path.join(dir, 'emcc'));
    const env = {
      ...process.env,
      PATH: `${dir}${path.delimiter}${process.env.PATH}`,
      FAKE_EMCC_MODE: mode,
      TENSORJIT_CACHE_DIR: path.join(dir, 'cache'),
      TENSORJIT_COMPILE_TIMEOUT: '1',
      // No C compiler, so 'auto' moves up to WASM (the faults concern emcc).
      CC: '/nonexistent/cc',
    };
    const r = spawnSync(process.execPath, ['--import', 'tsx', fixture], { env, encoding: 'utf8', timeout: 60_000 });
    assert.is(r.status, 0, `the child failed (${mode}):\n${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const close = (a: number[], b: number[]) =>
  a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) <= 1e-6 * Math.max(1, Math.abs(b[i])));

for (const mode of ['fail', 'garbage', 'not-loadable', 'slow']) {
  test(`an emcc that ${mode === 'fail' ? 'fails' : mode === 'slow' ? 'hangs past the timeout' : mode === 'garbage' ? 'exits 0 with garbage' : 'builds a module that cannot be loaded'}: the function runs on the JS tier`, () => {
    const r = runWithFakeEmcc(mode);
    assert.is(r.sync.tier, 'js', `backend 'wasm' falls back to the JS tier, not eager (${mode})`);
    assert.ok(close(r.sync.value, r.want), `values ${r.sync.value} vs ${r.want}`);
    assert.is(r.auto.tier, 'js');
    assert.is(r.auto.slowTier, 'js');
    assert.ok(close(r.auto.value, r.want));
    const about = r.warnings.filter((w) => /failed to compile for wasm|could not load its wasm code/.test(w));
    assert.is(about.length, 1, `one warning for the function that asked for 'wasm':\n${r.warnings.join('\n')}`);
    if (mode === 'slow')
      assert.ok(
        r.otherJsAfterMs < 5000,
        `another function's JS tier waited ${r.otherJsAfterMs} ms behind a hanging emcc`,
      );
  });
}

test('a compile worker that dies mid-compile is replaced: ready() settles and the function still compiles', async () => {
  const f = tj.jit((t: tj.Tensor) => tj.add(tj.sin(t), 1), { hot: 0, backend: 'js' });
  const x = tj.tensor([1, 2, 3]);
  f(x);
  await terminateWorkersForTest();
  await f.ready();
  f(x);
  assert.is(f.stats.tier, 'js');
  assert.equal(Array.from(f(x).data()), Array.from(tj.add(tj.sin(x), 1).data()));
});

for (const backend of ['js', 'wasm'] as const) {
  test(`a function that throws after an assign leaves the Variable as the eager run does (${backend})`, () => {
    if (backend === 'wasm' && !tj.backends().find((b) => b.name === 'wasm')!.available) return;
    const v = tj.variable(tj.zeros([2]));
    const f = tj.jit(
      (t: tj.Tensor) => {
        v.assign(tj.add(v, t));
        if (t.shape[0] === 2) throw new Error('user code threw');
        return v;
      },
      { backend, hot: 1, async: false },
    );
    const x = tj.ones([2]);
    for (let call = 1; call <= 3; call++) {
      assert.throws(() => f(x), /user code threw/);
      assert.equal(
        Array.from(v.data()),
        [call, call],
        `after call ${call}: every call assigned, then threw, as eagerly`,
      );
    }
    assert.throws(() => f.lower(x), /user code threw/, "lower() gives the function's own error");
    // A signature that does not throw still compiles.
    const y = tj.ones([3]);
    const w = tj.variable(tj.zeros([3]));
    const g = tj.jit(
      (t: tj.Tensor) => {
        w.assign(tj.add(w, t));
        return w;
      },
      { backend, hot: 0, async: false },
    );
    g(y);
    assert.is(g.stats.tier, backend);
  });
}

test('jit options and TENSORJIT_BACKEND are checked', () => {
  assert.throws(
    () => tj.jit((t: tj.Tensor) => t, { async: 'no' as unknown as boolean }),
    /async must be true or false, got "no"/,
  );
  const saved = process.env.TENSORJIT_BACKEND;
  process.env.TENSORJIT_BACKEND = '';
  try {
    const f = tj.jit((t: tj.Tensor) => tj.neg(t), { hot: 0, async: false });
    f(tj.ones([2]));
    assert.is(f.stats.tier, 'js', 'an empty TENSORJIT_BACKEND means unset');
  } finally {
    if (saved === undefined) delete process.env.TENSORJIT_BACKEND;
    else process.env.TENSORJIT_BACKEND = saved;
  }
});

test.run();
