// Layering and import-circle rules, checked by `npm run deps` (part of `npm test`).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module may import itself through others (type-only imports vanish at run time and are allowed).',
      severity: 'error',
      from: {},
      to: {
        circular: true,
        viaOnly: {
          dependencyTypesNot: ['type-only'],
        },
      },
    },
    {
      name: 'runtime-is-a-layer-below',
      comment:
        'Core and runtime (dtypes, shapes, primitives, eager kernels, WASM memory and threads) import neither the front end nor the compiler.',
      severity: 'error',
      from: { path: '^runtime/' },
      to: { path: '^(src|jit)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
