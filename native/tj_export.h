/* How native/'s kernels export their entries: by name from a WASM module, with default visibility from a host library. */
#ifndef TJ_EXPORT_H
#define TJ_EXPORT_H

#ifdef __wasm__
#define EXPORT(name) __attribute__((export_name(name)))
#else
#define EXPORT(name) __attribute__((visibility("default")))
#endif

#endif
