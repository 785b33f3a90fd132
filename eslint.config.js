// ESLint: typescript-eslint's type-checked recommended rules for the TypeScript, the hooks rules for
// the Preact panels in src/ui, and no stylistic rules (Prettier formats; eslint-config-prettier
// switches off anything that would fight it). `npm run lint`; a step of `npm test`.
// Where a rule is off or eased for some files, the line says why; fix the code rather than add to it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Built output, test inputs and the validator that scripts/gen-schemas.ts writes.
    ignores: ['dist*/', 'out/', 'node_modules/', 'public/', 'test/fixtures/', 'src/core/policy/generated/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // As tsc's noUnusedLocals: a leading underscore or a rest sibling names what is left out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Comments quote CJK form labels whose ideographic spaces (U+3000) are the point.
      'no-irregular-whitespace': ['error', { skipComments: true }],
      // Re-rejecting a caught value (typed unknown) passes on whatever was thrown, as `throw` would.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // The Node scripts in plain JavaScript (and this file): the untyped recommended set.
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts that the browser-test pages load.
    files: ['test/browser/pages/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Preact ignores what an event handler returns: an async handler in a JSX attribute is intended.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // The MAIN-world watch captures the page's natives before any page script and calls them
    // uncurried through Reflect.apply/construct (typed any, Function): that is its whole design.
    files: ['src/content/main-world.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // memorySpill keeps the async SpillStore shape without anything to wait for.
    files: ['src/db/spill.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      // Tests read JSON, page.evaluate results and deliberately malformed input: `any` is their material.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Fakes of async interfaces and the bench's sections keep an async shape with nothing to wait for.
      '@typescript-eslint/require-await': 'off',
      // IndexedDB wrappers reject with request.error (a DOMException, typed `| null`).
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  prettier,
);
