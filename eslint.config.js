// @ts-check
// Lint rules: typescript-eslint's type-aware strictTypeChecked set (as remeda uses), plus curly braces
// everywhere, no labels, sorted imports, and a reason on every suppression. Formatting is Prettier's
// job (eslint-config-prettier turns off the rules that would fight it); `npm run lint` runs both.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output, and the modules scripts/build-data-modules.ts generates (checked against its output by a test).
    ignores: [
      'dist/',
      'docs/api/',
      'coverage/',
      'tmp/',
      'test-results/',
      'examples/dashboard/dist/',
      'src/data/generated/articles.ts',
      'src/data/generated/entities.ts',
      'src/data/generated/topics.ts',
      'src/data/generated/events.ts',
      'src/data/generated/contentHash.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  comments.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  prettier,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      curly: ['error', 'all'],
      'no-labels': 'error',
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      // Every suppression says why it is safe, after `--`.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-expect-error': 'allow-with-description', minimumDescriptionLength: 10 },
      ],
      // Numbers in messages and tables are written with their default formatting on purpose.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // The house style reads a value that cannot be missing with `!` and a comment saying why
      // (STYLE.md, "No silent fallback in index code"), instead of a `?? 0` that would hide a bug.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Plain JavaScript (this file, the typedoc plugin) has no types to check.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
