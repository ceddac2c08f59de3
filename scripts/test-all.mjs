#!/usr/bin/env node
/**
 * `npm test`: lint, type checks (tsc + svelte-check), unit tests (vitest) and the browser e2e
 * suite (Playwright in Chromium), then one plain closing line `N passed, N failed` counting the
 * unit and e2e tests together (CI reads that line to know tests ran).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const failures = [];

function step(name, cmd, args) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) failures.push(`${name} (exit ${r.status ?? r.signal})`);
}

step('lint', 'npx', ['eslint', '.']);
step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
// One tsconfig per layer: src-shared without DOM or Node types, main without the DOM, the renderer without Node.
step('typecheck src-shared', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.shared.json']);
step('typecheck main', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.main.json']);
step('svelte-check (renderer)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.renderer.json', '--threshold', 'error', '--output', 'human']);

// The command line runs built JavaScript (bin/stride.cjs): build it before the tests that run it.
step('build the command line', 'node', ['scripts/build-cli.mjs']);

rmSync('reports/unit.json', { force: true });
rmSync('reports/e2e.json', { force: true });
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']);
step('e2e (browser; Electron where a binary exists)', 'npx', ['playwright', 'test']);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync('reports/unit.json')) {
  const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else failures.push('unit tests wrote no report');
if (existsSync('reports/e2e.json')) {
  const stats = JSON.parse(readFileSync('reports/e2e.json', 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
} else failures.push('e2e tests wrote no report');

if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length || failed ? 1 : 0);
