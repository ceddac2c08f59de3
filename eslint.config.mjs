import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    // src-shared is pure: no DOM, Node, Electron or native modules (the renderer and main both run it).
    files: ['src-shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'src-shared must not use Node.' },
            { group: ['electron', 'better-sqlite3', 'chart.js', 'svelte', 'svelte/*'], message: 'src-shared is pure TypeScript.' },
            { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared must not depend on main or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches main only through the contract client.
    files: ['src-renderer/**/*.{ts,svelte}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src-main/**', 'electron', 'better-sqlite3', 'node:*'], message: 'The renderer talks to main through the contract only.' }] },
      ],
    },
  },
  {
    // Never import electron where tests load code: requiring it would try to fetch the binary.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/preload/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron'], message: 'Only src-main/electron and the preload may import electron.' }] }],
    },
  },
);
