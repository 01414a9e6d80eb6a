// koffi, loaded at its first use (its native addon takes ~16 ms to load: programs that never touch
// the native tier never pay it). Before the first native library loads (and libgomp with it), the
// OpenMP threads are told to sleep while they wait, unless the user chose otherwise: spinning
// threads made steps 3-7x slower whenever other processes shared the cores (measured on the
// 2-core dev machine: MLP step 52-105 ms spinning against 14-28 ms passive under load; 7.8 against
// 14 on an idle machine, where OMP_WAIT_POLICY=active is the faster choice).

import { createRequire } from 'node:module';
import type * as Koffi from 'koffi';

let loaded: typeof Koffi | undefined;

export function koffi(): typeof Koffi {
  if (loaded) return loaded;
  if (process.env.OMP_WAIT_POLICY === undefined && process.env.GOMP_SPINCOUNT === undefined)
    process.env.OMP_WAIT_POLICY = 'passive';
  loaded = createRequire(import.meta.url)('koffi') as typeof Koffi;
  return loaded;
}
