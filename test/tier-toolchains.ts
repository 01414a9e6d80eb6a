// Why a C tier cannot run here (its toolchain's reason), or undefined where it can: for tests that skip a tier, saying why.
import { cCompiler } from '../jit/backends/native/toolchain.js';
import { toolchain } from '../jit/emcc.js';

export const missingToolchain = {
  wasm: (): string | undefined => {
    const t = toolchain();
    return t.available ? undefined : t.reason;
  },
  native: (): string | undefined => {
    const c = cCompiler();
    return c.available ? undefined : c.reason;
  },
};
