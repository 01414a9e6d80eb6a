// The WASM backend's toolchain: emcc (jit/emcc.ts drives it: flags, version, time limit, cache).

import { compileCached, compileTimeout, EMCC_FLAGS, toolchain } from '../../emcc.js';
import type { Toolchain } from '../backend.js';

export const emcc: Toolchain = {
  name: 'emcc',
  flags: EMCC_FLAGS,
  probe: () => toolchain(),
  timeout: compileTimeout,
  compile(source, exports, key) {
    const { wasm, cached } = compileCached(source, exports, key);
    return { binary: wasm, cached };
  },
};
