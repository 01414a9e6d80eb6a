// The WASM backend's toolchain: emcc (jit/emcc.ts drives it: flags, version, time limit, cache) for generated modules.

import { compileCached, compileTimeout, emccFlags, toolchain } from '../../emcc.js';
import type { Toolchain } from '../backend.js';

export const emcc: Toolchain = {
  name: 'emcc',
  flags: emccFlags('generated'),
  probe: () => toolchain(),
  timeout: compileTimeout,
  compile(source, exports, key) {
    const { wasm, cached } = compileCached(source, exports, key);
    return { binary: wasm, cached };
  },
};
