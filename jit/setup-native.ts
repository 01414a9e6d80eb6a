// The setup step: builds the prebuilt kernels (the hand-written C of native/) to WASM once and leaves them
// in the compile cache, where eager matmul and the WASM tier find them. Without emcc it says so and
// succeeds: everything then runs on the JS kernels.
import { toolchain } from './emcc.js';
import { cacheDir } from './cache.js';
import { prebuiltKernelsCached, prebuiltKernelsWasm } from '../runtime/wasm/prebuilt.js';

const tc = toolchain();
if (!tc.available) {
  console.log(`tensorjit setup: prebuilt WASM kernels not built (${tc.reason}); the JS kernels will be used`);
} else if (prebuiltKernelsCached()) {
  console.log(`tensorjit setup: prebuilt WASM kernels already built (${cacheDir()})`);
} else {
  const t0 = Date.now();
  const bytes = prebuiltKernelsWasm();
  console.log(
    `tensorjit setup: built the prebuilt WASM kernels with ${tc.version} in ${Date.now() - t0} ms (${bytes.length} bytes, cached in ${cacheDir()})`,
  );
}
