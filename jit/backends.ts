// Which compiled backends exist on this machine, and why not when they do not.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export type BackendName = 'js' | 'wasm' | 'native' | 'cuda';
export interface BackendInfo { name: BackendName; available: boolean; reason?: string }

let cached: BackendInfo[] | undefined;

function hasCommand(cmd: string): boolean {
  return spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
}

function hasLibcuda(): boolean {
  const dirs = ['/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/usr/local/nvidia/lib64', '/usr/lib/wsl/lib'];
  return dirs.some((d) => fs.existsSync(`${d}/libcuda.so.1`));
}

export function backends(): BackendInfo[] {
  if (cached) return cached.map((b) => ({ ...b }));
  const emcc = hasCommand('emcc');
  cached = [
    { name: 'js', available: true },
    { name: 'wasm', available: false, reason: emcc ? 'the WASM tier is not built yet (emcc is present)' : 'no emcc on PATH (apt-get install -y emscripten), and the WASM tier is not built yet' },
    { name: 'native', available: false, reason: 'the native (cc + koffi) tier is not built yet' },
    { name: 'cuda', available: false, reason: hasLibcuda() ? 'the CUDA tier is not built yet (libcuda.so.1 is present)' : 'no CUDA driver (libcuda.so.1) on this machine, and the CUDA tier is not built yet' },
  ];
  return cached.map((b) => ({ ...b }));
}
