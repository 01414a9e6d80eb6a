// Settings read from TENSORJIT_* environment variables, checked where they are read.

let threads: { raw: string; value: number } | undefined;

/** TENSORJIT_THREADS as a number, or undefined where it is unset or empty; anything but a positive integer throws. */
export function threadsFromEnv(): number | undefined {
  const raw = process.env.TENSORJIT_THREADS;
  if (raw === undefined || raw.trim() === '') return undefined;
  if (threads?.raw === raw) return threads.value; // read on every kernel call
  if (!/^\s*\d+\s*$/.test(raw) || Number(raw) < 1) {
    throw new Error(`TENSORJIT_THREADS must be a positive integer (the CPU threads kernels may use), got '${raw}'`);
  }
  threads = { raw, value: Number(raw) };
  return threads.value;
}
