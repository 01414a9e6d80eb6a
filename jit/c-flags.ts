// Compiler flags that every C compile of ours shares (the WASM tier's clang through emcc, the native tier's cc).

/**
 * Diagnostics that are always bugs in our C, made errors: an implicit `int` or function
 * declaration, or a pointer passed where an int is wanted, compiles (a warning at most, in gcc 12 and
 * clang 14) to code that computes something else, silently (a typo once made a kernel write zeros).
 */
export const C_ERRORS: readonly string[] = [
  '-Werror=implicit-int',
  '-Werror=implicit-function-declaration',
  '-Werror=int-conversion',
  '-Werror=incompatible-pointer-types',
  '-Werror=return-type',
];
