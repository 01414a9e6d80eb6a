// The on-disk compile cache: content-addressed entries under TENSORJIT_CACHE_DIR (default
// ~/.cache/tensorjit), written atomically (temp file + rename) so concurrent processes never read
// half an entry, checked on every read (an entry that is corrupt, or records another key, is
// dropped and rebuilt, never trusted). An in-memory map sits in front. Processes building the same
// entry at once take turns through a lock file beside it: the first builds, the others wait for its
// result. A directory that cannot be written is warned about once; the cache then lives in memory.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheDirFromEnv, debugLevel } from '../runtime/env.js';
import { crypto } from './lazy.js';

/** Entry layout: MAGIC, key length (u32 LE), key (UTF-8), sha256(key + payload), payload. */
const MAGIC = Buffer.from('TJC2');
const HEADER = MAGIC.length + 4;
const memory = new Map<string, Uint8Array>();

/** How long a process waits for another one building the same entry; a lock older than this is stale. */
export const DEFAULT_WAIT_MS = 130_000;
const POLL_MS = 50;

export function cacheDir(): string {
  return cacheDirFromEnv() ?? path.join(os.homedir(), '.cache', 'tensorjit');
}

/** The key of an artifact: a hash of everything that determines it. */
export function cacheKey(parts: Record<string, string | readonly string[] | number>): string {
  const h = crypto().createHash('sha256');
  for (const k of Object.keys(parts).sort()) h.update(`${k}\0${JSON.stringify(parts[k])}\0`);
  return h.digest('hex');
}

const entryPath = (key: string) => path.join(cacheDir(), key.slice(0, 2), `${key}.bin`);
const digest = (key: Buffer, b: Uint8Array) => crypto().createHash('sha256').update(key).update(b).digest();
const debug = (message: string) => {
  if (debugLevel() > 0) console.error(`tensorjit: ${message}`);
};

/** An entry's bytes: the header, the key it is for, its checksum and the payload. */
function encodeEntry(key: string, bytes: Uint8Array): Buffer {
  const k = Buffer.from(key, 'utf8'),
    len = Buffer.alloc(4);
  len.writeUInt32LE(k.length);
  return Buffer.concat([MAGIC, len, k, digest(k, bytes), bytes]);
}

/** The payload of an entry read for `key`, or why it cannot be trusted. */
function decodeEntry(raw: Buffer, key: string): Uint8Array | string {
  if (raw.length < HEADER || !raw.subarray(0, MAGIC.length).equals(MAGIC))
    return `not a ${MAGIC} entry (old format or corrupt)`;
  const keyEnd = HEADER + raw.readUInt32LE(MAGIC.length);
  if (raw.length < keyEnd + 32) return `truncated (${raw.length} bytes)`;
  const k = raw.subarray(HEADER, keyEnd),
    payload = raw.subarray(keyEnd + 32);
  if (k.toString('utf8') !== key) return `it records the key ${k.toString('utf8').slice(0, 80)}, not ${key}`;
  if (!raw.subarray(keyEnd, keyEnd + 32).equals(digest(k, payload))) return 'its checksum does not match (corrupt)';
  return payload;
}

/** The cached bytes for `key`, or undefined; entries that fail their checks are deleted. */
export function readCache(key: string, validate: (bytes: Uint8Array) => boolean = () => true): Uint8Array | undefined {
  const hit = memory.get(key);
  if (hit) return hit;
  const file = entryPath(key);
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const decoded = decodeEntry(raw, key);
  const why = typeof decoded === 'string' ? decoded : validate(decoded) ? undefined : 'its payload fails validation';
  if (why !== undefined) {
    debug(`dropped the cache entry ${file}: ${why}`);
    try {
      fs.unlinkSync(file);
    } catch {
      /* another process removed or replaced it */
    }
    return undefined;
  }
  const bytes = new Uint8Array(decoded as Uint8Array);
  memory.set(key, bytes);
  return bytes;
}

/** Stores bytes under `key`: written to a temp file beside the entry, then renamed over it. */
export function writeCache(key: string, bytes: Uint8Array): void {
  memory.set(key, bytes);
  if (unwritable.has(cacheDir())) return;
  const file = entryPath(key);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeDirs(path.dirname(file));
    fs.writeFileSync(tmp, encodeEntry(key, bytes));
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* never made */
    }
    cannotWrite(e);
  }
}

/** Directories found unwritable in this thread, with the error; the cache keeps to memory there. */
const unwritable = new Map<string, string>();

/** Warns once per directory that the disk cache is off, naming the directory and the OS error. */
function cannotWrite(e: unknown): void {
  const dir = cacheDir();
  if (unwritable.has(dir)) return;
  const reason = (e as Error).message;
  unwritable.set(dir, reason);
  console.warn(
    `tensorjit: the compile cache directory ${dir} (TENSORJIT_CACHE_DIR) cannot be written (${reason}); compiled modules are kept in memory only`,
  );
}

/**
 * mkdir -p that fails instead of looping: Node's recursive mkdirSync spins forever under /proc
 * (ENOENT on every level). Returns the directories it created, outermost first.
 */
export function makeDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const st = fs.statSync(d, { throwIfNoEntry: false });
    if (st?.isDirectory()) break;
    if (st) throw Object.assign(new Error(`ENOTDIR: not a directory, '${d}'`), { code: 'ENOTDIR' });
    missing.unshift(d);
    if (path.dirname(d) === d) break;
  }
  for (const d of missing) {
    try {
      fs.mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  return missing;
}

/**
 * Why the cache directory cannot be written, or undefined when it can. Leaves nothing behind: a
 * temporary directory is made and removed, as are any directories made on the way to it.
 */
export function cacheDirProblem(): string | undefined {
  const dir = cacheDir();
  let made: string[] = [];
  try {
    made = makeDirs(dir);
    fs.rmdirSync(fs.mkdtempSync(path.join(dir, '.probe-')));
    return undefined;
  } catch (e) {
    return (e as Error).message;
  } finally {
    for (const d of made.reverse())
      try {
        fs.rmdirSync(d);
      } catch {
        /* not ours to remove after all */
      }
  }
}

/** Blocks this thread for `ms` (compiles run in a worker and in synchronous setup code). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const lockToken = () => `${process.pid} ${os.hostname()} ${Math.random().toString(36).slice(2)}`;

/** Takes the lock file: 'busy' when another holds it, 'unusable' when the directory cannot be written. */
function tryLock(file: string, token: string): 'held' | 'busy' | 'unusable' {
  if (unwritable.has(cacheDir())) return 'unusable';
  try {
    makeDirs(path.dirname(file));
    const fd = fs.openSync(file, 'wx');
    try {
      fs.writeSync(fd, token);
    } finally {
      fs.closeSync(fd);
    }
    return 'held';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return 'busy';
    cannotWrite(e);
    return 'unusable';
  }
}

/** A lock is stale when older than the wait, or held by a process of this machine that is gone. */
function isStale(file: string, waitMs: number): boolean {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st) return false;
  if (Date.now() - st.mtimeMs > waitMs) return true;
  let holder: string[];
  try {
    holder = fs.readFileSync(file, 'utf8').split(' ');
  } catch {
    return false;
  }
  if (holder.length < 3 || holder[1] !== os.hostname()) return false; // still being written, or another machine's
  try {
    process.kill(Number(holder[0]), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/** Removes the lock if it is still ours (a waiter may have broken it and another taken it). */
function unlock(file: string, token: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === token) fs.unlinkSync(file);
  } catch {
    /* already gone */
  }
}

/**
 * Waits for the right to build `key`: the lock (`lock` set), the entry another process built
 * meanwhile (`bytes` set), or neither (no usable disk, or `waitMs` passed: build anyway).
 */
function awaitTurn(
  key: string,
  validate: (b: Uint8Array) => boolean,
  waitMs: number,
): { lock?: string; token: string; bytes?: Uint8Array } {
  const file = `${entryPath(key)}.lock`,
    token = lockToken(),
    start = Date.now();
  for (;;) {
    const state = tryLock(file, token);
    if (state === 'held') return { lock: file, token };
    if (state === 'unusable') return { token };
    const bytes = readCache(key, validate);
    if (bytes) return { bytes, token };
    if (isStale(file, waitMs)) {
      debug(`broke the stale lock ${file}`);
      try {
        fs.unlinkSync(file);
      } catch {
        /* another waiter broke it first */
      }
      continue;
    }
    if (Date.now() - start > waitMs) {
      debug(`waited ${waitMs} ms for ${file}; building without it`);
      return { token };
    }
    sleep(POLL_MS);
  }
}

/**
 * The entry for `key`, or `build()` run once and cached: while one process (or thread) builds,
 * others asking for the same key wait for its result instead of building too. `validate` checks
 * entries read back and the built bytes (which must pass it, or this throws and caches nothing).
 */
export function cachedOrBuild(
  key: string,
  build: () => Uint8Array,
  validate: (bytes: Uint8Array) => boolean = () => true,
  waitMs = DEFAULT_WAIT_MS,
): { bytes: Uint8Array; cached: boolean } {
  const hit = readCache(key, validate);
  if (hit) return { bytes: hit, cached: true };
  const turn = awaitTurn(key, validate, waitMs);
  if (turn.bytes) return { bytes: turn.bytes, cached: true };
  try {
    const done = turn.lock && readCache(key, validate); // built by the holder we waited for
    if (done) return { bytes: done, cached: true };
    const bytes = build();
    if (!validate(bytes))
      throw new Error(
        `tensorjit: the build of cache entry ${key} gave ${bytes.length} bytes that fail validation; nothing was cached`,
      );
    writeCache(key, bytes);
    return { bytes, cached: false };
  } finally {
    if (turn.lock) unlock(turn.lock, turn.token);
  }
}

/** Forgets the in-memory copies and which directories were unwritable (tests; the CLI's cache clear). */
export function clearMemoryCache(): void {
  memory.clear();
  unwritable.clear();
}

/** Where the cache is, how many entries and bytes it holds. */
export function cacheInfo(): { dir: string; entries: number; bytes: number } {
  const dir = cacheDir();
  let entries = 0,
    bytes = 0;
  const walk = (d: string) => {
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(d, n.name);
      if (n.isDirectory()) walk(p);
      else if (n.name.endsWith('.bin')) {
        entries++;
        bytes += fs.statSync(p, { throwIfNoEntry: false })?.size ?? 0;
      }
    }
  };
  walk(dir);
  return { dir, entries, bytes };
}

/** Removes the cache's own files (entries, temp files, locks, precompiled WASM preludes) and then its folders if empty; never anything else. */
export function clearCache(): void {
  clearMemoryCache();
  const dir = cacheDir();
  const list = (d: string) => {
    try {
      return fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  for (const sub of list(dir).filter((n) => n.isDirectory())) {
    const p = path.join(dir, sub.name);
    for (const f of list(p))
      if (f.isFile() && /\.(bin|tmp|lock|pch|pch\.h)$/.test(f.name)) fs.rmSync(path.join(p, f.name), { force: true });
    try {
      fs.rmdirSync(p);
    } catch {
      /* holds something else */
    }
  }
  try {
    fs.rmdirSync(dir);
  } catch {
    /* holds something else, or is not there */
  }
}
