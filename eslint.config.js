// ESLint: typescript-eslint's type-checked recommended rules for the TypeScript, the hooks rules for
// the Preact panels in src/ui, and no stylistic rules (Prettier formats; eslint-config-prettier
// switches off anything that would fight it). `npm run lint`; a step of `npm test`.
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
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // The Node scripts in plain JavaScript (and this file): the untyped recommended set.
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  prettier,
);
