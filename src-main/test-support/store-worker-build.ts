/** Bundles store-worker.ts into one CommonJS file that plain `node` runs (fast to start, no tsx). */
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function buildStoreWorker(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'stride-worker-')), 'store-worker.cjs');
  buildSync({
    entryPoints: [resolve(__dirname, 'store-worker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    // Resolve better-sqlite3 from the repository, wherever the bundle lives.
    nodePaths: [resolve(__dirname, '../../node_modules')],
    logLevel: 'error',
  });
  return out;
}
