/** `npm start`'s preparation when the Electron binary cannot be downloaded: a sentence, exit 1. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'stride-prepare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('says the binary could not be fetched and what to do instead, exit 1, no stack trace', () => {
  // Loaded before the script: `require('electron')` fails the way a download without network does.
  const hook = path.join(dir, 'no-network.cjs');
  writeFileSync(
    hook,
    `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'electron') throw new Error('getaddrinfo ENOTFOUND github.com');
  return load.call(this, request, ...rest);
};`,
  );
  const r = spawnSync(process.execPath, ['-r', hook, path.join(ROOT, 'scripts', 'prepare-electron.cjs')], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('Stride: the Electron binary could not be fetched (getaddrinfo ENOTFOUND github.com).');
  expect(r.stderr).toContain('use the browser preview instead: npm run web');
  expect(r.stderr).not.toMatch(/\n\s+at /);
});
