// koffi, loaded at its first use (its native addon takes ~16 ms to load: programs that never touch
// the native tier never pay it).

import { createRequire } from 'node:module';
import type * as Koffi from 'koffi';

let loaded: typeof Koffi | undefined;

export function koffi(): typeof Koffi {
  loaded ??= createRequire(import.meta.url)('koffi') as typeof Koffi;
  return loaded;
}
