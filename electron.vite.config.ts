import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Three builds: the main process (also the CLI's and the browser preview's handlers),
// the sandboxed preload (CommonJS: a sandboxed preload cannot load ESM), and the Svelte renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/electron/main.ts') },
        external: ['better-sqlite3', 'electron', 'playwright-core'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [svelte({ configFile: resolve(__dirname, 'svelte.config.mjs') })],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // Smaller bundles start faster, in the window and in the print page that PDF export loads.
      // STRIDE_UNMINIFIED=1 keeps names readable for a profile (scripts/profile-edit.ts).
      minify: !process.env.STRIDE_UNMINIFIED,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-renderer/index.html'),
          // Print views (weekly schedule, plan PDF): their own page, printed by Chromium or Electron.
          print: resolve(__dirname, 'src-renderer/print.html'),
        },
      },
    },
  },
});
