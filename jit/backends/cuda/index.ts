// The CUDA backend: not built yet; availability says whether a driver is there.

import fs from 'node:fs';
import type { Backend } from '../backend.js';

function hasLibcuda(): boolean {
  const dirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/usr/local/nvidia/lib64', '/usr/lib/wsl/lib'];
  return dirs.some((d) => fs.existsSync(`${d}/libcuda.so.1`));
}

export const cuda: Backend = {
  name: 'cuda',
  title: 'the CUDA tier',
  rank: 3,
  slowCompile: true,
  tags: ['cuda'],
  availability: () => ({
    available: false,
    reason: hasLibcuda()
      ? 'the CUDA tier is not built yet (libcuda.so.1 is present)'
      : 'no CUDA driver (libcuda.so.1) on this machine, and the CUDA tier is not built yet',
  }),
};
