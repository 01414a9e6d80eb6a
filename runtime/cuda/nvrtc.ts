// NVRTC (libnvrtc) through koffi: CUDA C++ source to a cubin for the GPU's architecture (or PTX
// where this NVRTC does not know it), with the compiler's log in the error. Found through
// TENSORJIT_NVRTC, the CUDA toolkit's folders, or NVIDIA's Python wheels (site-packages' nvidia/*/lib).

import fs from 'node:fs';
import path from 'node:path';
import { nvrtcFromEnv } from '../env.js';
import { koffi } from '../native/ffi.js';

type Fn = (...args: unknown[]) => number;

/** Folders that may hold a library of the CUDA toolkit or of NVIDIA's wheels, best first. */
export function cudaLibraryDirs(): string[] {
  const dirs: string[] = [];
  const add = (d: string) => {
    if (fs.existsSync(d) && !dirs.includes(d)) dirs.push(d);
  };
  const list = (d: string) => {
    try {
      return fs.readdirSync(d);
    } catch {
      return [];
    }
  };
  for (const root of ['/usr/local', '/opt'])
    for (const e of list(root)) if (/^cuda/.test(e)) add(path.join(root, e, 'lib64'));
  add('/usr/lib/x86_64-linux-gnu');
  // Python wheels: <prefix>/lib/python3.X/{site,dist}-packages/nvidia/<package>/lib.
  const prefixes = [
    '/usr',
    '/usr/local',
    ...list('/opt').map((e) => path.join('/opt', e, '.venv')),
    ...list('/opt').map((e) => path.join('/opt', e)),
  ];
  for (const p of prefixes)
    for (const py of list(path.join(p, 'lib')).filter((e) => e.startsWith('python3')))
      for (const kind of ['site-packages', 'dist-packages']) {
        const nvidia = path.join(p, 'lib', py, kind, 'nvidia');
        for (const pkg of list(nvidia)) add(path.join(nvidia, pkg, 'lib'));
      }
  return dirs;
}

/** The newest `lib<name>.so[.N]` in the folders, or undefined. */
export function findCudaLibrary(name: string): string | undefined {
  for (const d of cudaLibraryDirs()) {
    const files = fs
      .readdirSync(d)
      .filter((f) => f === `lib${name}.so` || new RegExp(`^lib${name}\\.so\\.\\d+(\\.\\d+)*$`).test(f))
      .sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
    if (files.length) return path.join(d, files[0]);
  }
  return undefined;
}

export interface Nvrtc {
  file: string;
  version: string;
  /** Compiles `source` for compute capability `arch` ('90'): a cubin, or PTX where only that is possible. */
  compile(source: string, arch: string, name: string): { image: Uint8Array; kind: 'cubin' | 'ptx' };
}

let loaded: Nvrtc | { error: string } | undefined;

/** NVRTC where one is found, or why not. */
export function nvrtc(): Nvrtc | { error: string } {
  if (loaded) return loaded;
  const file = nvrtcFromEnv() ?? findCudaLibrary('nvrtc');
  if (!file) return (loaded = { error: 'no NVRTC (libnvrtc.so) found; TENSORJIT_NVRTC names one' });
  try {
    const lib = koffi().load(file);
    const f = (sig: string) => lib.func(sig) as Fn;
    const api = {
      version: f('int nvrtcVersion(_Out_ int* major, _Out_ int* minor)'),
      create: f(
        'int nvrtcCreateProgram(_Out_ void** prog, const char* src, const char* name, int n, void* headers, void* names)',
      ),
      compile: f('int nvrtcCompileProgram(void* prog, int n, const char** options)'),
      logSize: f('int nvrtcGetProgramLogSize(void* prog, _Out_ size_t* n)'),
      log: f('int nvrtcGetProgramLog(void* prog, void* log)'),
      ptxSize: f('int nvrtcGetPTXSize(void* prog, _Out_ size_t* n)'),
      ptx: f('int nvrtcGetPTX(void* prog, void* ptx)'),
      cubinSize: f('int nvrtcGetCUBINSize(void* prog, _Out_ size_t* n)'),
      cubin: f('int nvrtcGetCUBIN(void* prog, void* cubin)'),
      destroy: f('int nvrtcDestroyProgram(_Inout_ void** prog)'),
      errorString: lib.func('const char* nvrtcGetErrorString(int result)') as (r: number) => string,
    };
    const major = [0],
      minor = [0];
    api.version(major, minor);
    const check = (call: string, r: number) => {
      if (r !== 0) throw new Error(`${call} failed: ${api.errorString(r)}`);
    };
    const read = (prog: unknown, size: Fn, get: Fn) => {
      const n = [0];
      check('nvrtcGet size', size(prog, n));
      const out = new Uint8Array(Number(n[0]));
      check('nvrtcGet', get(prog, out));
      return out;
    };
    const once = (source: string, target: string, name: string) => {
      const prog = [null];
      check('nvrtcCreateProgram', api.create(prog, source, name, 0, null, null));
      try {
        const options = [`--gpu-architecture=${target}`, '--std=c++17'];
        const r = api.compile(prog[0], options.length, options);
        if (r !== 0) {
          const log = new TextDecoder().decode(read(prog[0], api.logSize, api.log)).replace(/\0+$/, '');
          return {
            error: `NVRTC ${major[0]}.${minor[0]} could not compile ${name} for ${target}: ${api.errorString(r)}\n${log.trim()}`,
          };
        }
        const cubin = target.startsWith('sm_');
        return { image: cubin ? read(prog[0], api.cubinSize, api.cubin) : read(prog[0], api.ptxSize, api.ptx) };
      } finally {
        api.destroy(prog);
      }
    };
    loaded = {
      file,
      version: `NVRTC ${major[0]}.${minor[0]} (${file})`,
      compile(source, arch, name) {
        const cubin = once(source, `sm_${arch}`, name);
        if ('image' in cubin) return { image: cubin.image!, kind: 'cubin' };
        // Where this NVRTC makes no cubin for the architecture: PTX, which the driver compiles.
        const ptx = once(source, `compute_${arch}`, name);
        if ('image' in ptx) return { image: ptx.image!, kind: 'ptx' };
        throw new Error(cubin.error);
      },
    };
  } catch (e) {
    loaded = { error: `NVRTC at ${file} could not be loaded: ${(e as Error).message.split('\n')[0]}` };
  }
  return loaded;
}
