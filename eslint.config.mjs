import { builtinModules } from 'node:module';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node's built-in modules by their bare names (`fs`, `path`): code names them `node:fs`. */
const BARE_BUILTINS = builtinModules.filter((m) => !m.startsWith('_') && !m.startsWith('node:'));
const BARE_MESSAGE = "Name Node's built-in modules with the node: prefix (node:fs), so they are never mistaken for packages.";
/** Exact names (`paths`, not gitignore-style patterns, which would also catch a folder called `domain`). */
const bareBuiltinPaths = BARE_BUILTINS.map((name) => ({ name, message: BARE_MESSAGE }));

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
          paths: bareBuiltinPaths,
          patterns: [
            { group: ['node:*'], message: 'src-shared must not use Node.' },
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
        {
          paths: bareBuiltinPaths,
          patterns: [{ group: ['**/src-main/**', 'electron', 'better-sqlite3', 'node:*'], message: 'The renderer talks to main through the contract only.' }],
        },
      ],
    },
  },
  {
    // Never import electron where tests load code: requiring it would try to fetch the binary.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**', 'src-main/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bareBuiltinPaths,
          patterns: [
            { group: ['electron'], message: 'Only src-main/electron and the preload may import electron.' },
            { group: ['**/src-renderer/**'], message: 'Main never imports the renderer: they share src-shared only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/electron/**/*.ts', 'src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bareBuiltinPaths,
          patterns: [{ group: ['**/src-renderer/**'], message: 'Main never imports the renderer: they share src-shared only.' }],
        },
      ],
    },
  },
  {
    // The store is the bottom of main: repositories and migrations know nothing of who calls them.
    files: ['src-main/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: bareBuiltinPaths,
          patterns: [
            { group: ['electron'], message: 'Only src-main/electron and the preload may import electron.' },
            { group: ['**/src-renderer/**'], message: 'Main never imports the renderer: they share src-shared only.' },
            {
              group: ['**/handlers', '**/handlers/**', '**/cli/**', '**/host/**', '**/electron/**', '**/export/**', '**/services/**'],
              message: 'The store must not import its callers (handlers, CLI, host, Electron, exports, services).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests, benches, scripts and configs: Node's built-ins by their node: names too.
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{mjs,cjs,ts}', '*.{ts,mts,mjs}', 'bin/**/*.cjs'],
    rules: { 'no-restricted-imports': ['error', { paths: bareBuiltinPaths }] },
  },
);
