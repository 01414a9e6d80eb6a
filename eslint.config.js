// ESLint (flat config, `npm run lint`): typescript-eslint's recommended rules, adjusted where the codebase deliberately differs.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Build output, scratch work, the generated API reference, and the golden files (generated code
    // compared byte for byte by test/golden.test.ts: never linted or reformatted).
    ignores: ['dist/', 'node_modules/', 'scratch/', '.cache/', 'docs/api/', 'test/golden/**/*.js'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Generic function types take any arguments: `(...args: any[]) => R` is the idiom TypeScript
      // needs for a constraint any function satisfies (unknown[] parameters would reject most).
      '@typescript-eslint/no-explicit-any': ['error', { ignoreRestArgs: true }],
      // tsc's noUnusedLocals already reports unused locals and imports; here only what it cannot
      // see, with the usual escape hatch of a leading underscore.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Ambient declarations mirror the platform's own types (WebAssembly's ImportValue is Function).
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/no-unsafe-function-type': 'off' },
  },
);
