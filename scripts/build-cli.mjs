#!/usr/bin/env node
/**
 * Builds the command line to plain JavaScript (out/cli): `stride.js` and one bundle per command
 * in `commands/`, so `npx stride` starts without compiling TypeScript (tsx stays for development:
 * bin/stride.cjs falls back to the sources when this build is missing or older than them).
 * Part of `npm run build` and of `npm test`. esbuild is the one tsx and Vite already bring.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliDir = path.join(root, 'src-main', 'cli');
const outDir = path.join(root, 'out', 'cli');

const commands = readdirSync(path.join(cliDir, 'commands'))
  .filter((f) => /^[a-z][a-z0-9-]*\.ts$/.test(f) && !/\.test\.ts$/.test(f))
  .map((f) => path.join(cliDir, 'commands', f));

/**
 * Modules a command loads with `require` only once it has started something slow (its own
 * bundles beside commands/): `stride export pdf` starts Chromium first and reads the plan
 * (zod, the store, the rules) while Chromium starts, so that code stays out of the command's
 * bundle, which Node must otherwise compile or read from the code cache before Chromium can start.
 */
const lazy = ['export-pdf-plan'];
const lazyModules = {
  name: 'stride-lazy-modules',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^\\.\\./(${lazy.join('|')})$`) }, (args) =>
      path.dirname(args.importer) === path.join(cliDir, 'commands') ? { path: args.path, external: true } : undefined,
    );
  },
};

const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await build({
  entryPoints: [path.join(cliDir, 'stride.ts'), ...commands, ...lazy.map((name) => path.join(cliDir, `${name}.ts`))],
  outdir: outDir,
  outbase: cliDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Native and heavy packages load from node_modules at run time (playwright-core only when a PDF is made).
  external: ['better-sqlite3', 'playwright-core', 'electron'],
  plugins: [lazyModules],
  tsconfig: path.join(root, 'tsconfig.main.json'),
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
  minify: true,
  keepNames: false,
});

// What bin/stride.cjs checks to tell the build is current: every source it was built from, and
// the commands folder (a command added since is in no bundle yet).
const inputs = Object.keys(result.metafile.inputs)
  .filter((f) => !f.includes('node_modules'))
  .map((f) => path.relative(root, path.resolve(process.cwd(), f)));
const watched = [...inputs, path.relative(root, path.join(cliDir, 'commands'))];
writeFileSync(path.join(outDir, 'sources.json'), JSON.stringify({ builtAt: Date.now(), watched }));
const size = readdirSync(outDir, { recursive: true })
  .map((f) => path.join(outDir, String(f)))
  .filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + statSync(f).size, 0);
console.log(`Stride: command line built into out/cli (${commands.length} commands, ${Math.round(size / 1024)} KB) in ${Date.now() - started} ms`);
