// The on-disk compile cache: content-addressed entries under TENSORJIT_CACHE_DIR (default
// ~/.cache/tensorjit), written atomically (temp file + rename) so concurrent processes never read
// half an entry, checked on every read (a corrupt entry is dropped and rebuilt, never trusted).
// An in-memory map sits in front.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MAGIC = Buffer.from('TJC1');
const memory = new Map<string, Uint8Array>();

export function cacheDir(): string {
  return process.env.TENSORJIT_CACHE_DIR || path.join(os.homedir(), '.cache', 'tensorjit');
}

/** The key of an artifact: a hash of everything that determines it. */
export function cacheKey(parts: Record<string, string | readonly string[] | number>): string {
  const h = createHash('sha256');
  for (const k of Object.keys(parts).sort()) h.update(`${k}\0${JSON.stringify(parts[k])}\0`);
  return h.digest('hex');
}

const entryPath = (key: string) => path.join(cacheDir(), key.slice(0, 2), `${key}.bin`);
const digest = (b: Uint8Array) => createHash('sha256').update(b).digest();

/** The cached bytes for `key`, or undefined; entries that fail their checksum are deleted. */
export function readCache(key: string, validate: (bytes: Uint8Array) => boolean = () => true): Uint8Array | undefined {
  const hit = memory.get(key);
  if (hit) return hit;
  const file = entryPath(key);
  let raw: Buffer;
  try { raw = fs.readFileSync(file); } catch { return undefined; }
  const payload = raw.subarray(MAGIC.length + 32);
  const ok = raw.length >= MAGIC.length + 32 && raw.subarray(0, MAGIC.length).equals(MAGIC)
    && raw.subarray(MAGIC.length, MAGIC.length + 32).equals(digest(payload)) && validate(payload);
  if (!ok) {
    try { fs.unlinkSync(file); } catch { /* another process removed or replaced it */ }
    return undefined;
  }
  const bytes = new Uint8Array(payload);
  memory.set(key, bytes);
  return bytes;
}

/** Stores bytes under `key`: written to a temp file beside the entry, then renamed over it. */
export function writeCache(key: string, bytes: Uint8Array): void {
  memory.set(key, bytes);
  const file = entryPath(key);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(tmp, Buffer.concat([MAGIC, digest(bytes), bytes]));
    fs.renameSync(tmp, file);
  } catch (e) {
    // An unwritable cache costs a recompile next time, nothing more.
    if (process.env.TENSORJIT_DEBUG) console.error(`tensorjit: could not write the compile cache at ${file}: ${(e as Error).message}`);
  }
}

/** Forgets the in-memory copies (tests; the CLI's cache clear). */
export function clearMemoryCache(): void {
  memory.clear();
}

/** Where the cache is, how many entries and bytes it holds. */
export function cacheInfo(): { dir: string; entries: number; bytes: number } {
  const dir = cacheDir();
  let entries = 0, bytes = 0;
  const walk = (d: string) => {
    let names: fs.Dirent[];
    try { names = fs.readdirSync(d, { withFileTypes: true }); } catch { return; }
    for (const n of names) {
      const p = path.join(d, n.name);
      if (n.isDirectory()) walk(p);
      else if (n.name.endsWith('.bin')) { entries++; bytes += fs.statSync(p).size; }
    }
  };
  walk(dir);
  return { dir, entries, bytes };
}

export function clearCache(): void {
  clearMemoryCache();
  fs.rmSync(cacheDir(), { recursive: true, force: true });
}
