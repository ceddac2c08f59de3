/**
 * The layers are enforced, not only described: lint refuses the imports that cross them, and a
 * tsconfig per layer refuses the globals of the wrong runtime (`document` in main, `process` in
 * the renderer or src-shared). Each check runs on a small probe placed where the code would be.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function lintMessages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint refuses imports across the layers', () => {
  it.each([
    ['src-renderer/src/lib/probe.ts', "import { readFileSync } from 'fs';", /node: prefix|contract only/],
    ['src-renderer/src/lib/probe.ts', "import { x } from '../../../src-main/store/database';", /contract only/],
    ['src-shared/domain/probe.ts', "import { join } from 'path';", /node: prefix/],
    ['src-shared/domain/probe.ts', "import { join } from 'node:path';", /must not use Node/],
    ['src-main/handlers/probe.ts', "import { readFileSync } from 'fs';", /node: prefix/],
    ['src-main/handlers/probe.ts', "import App from '../../src-renderer/src/App.svelte';", /never imports the renderer/],
    ['src-main/electron/probe.ts', "import App from '../../src-renderer/src/App.svelte';", /never imports the renderer/],
    ['src-main/store/probe.ts', "import { createHandlers } from '../handlers';", /must not import its callers/],
    ['src-main/store/probe.ts', "import { dispatch } from '../handlers/dispatch';", /must not import its callers/],
    ['src-main/store/probe.ts', "import { runStride } from '../cli/stride';", /must not import its callers/],
  ])('%s: %s', async (file, code, message) => {
    expect((await lintMessages(file, code)).join('\n')).toMatch(message);
  });

  it('a folder named like a built-in (src-shared/domain) is not taken for one', async () => {
    expect(await lintMessages('src-shared/rules/probe.ts', "import { addDays } from '../domain/dates';")).toEqual([]);
  });
});

describe('a tsconfig per layer refuses the wrong runtime', () => {
  /** Compiles one probe with a layer's compiler options (a tsconfig extending the layer's, probe only). */
  function compileWith(layer: string, code: string): string {
    const scratch = mkdtempSync(path.join(ROOT, '.layer-probe-'));
    try {
      writeFileSync(path.join(scratch, 'probe.ts'), code);
      writeFileSync(path.join(scratch, 'tsconfig.json'), JSON.stringify({ extends: `../tsconfig.${layer}.json`, include: ['probe.ts'], exclude: [] }));
      try {
        execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', scratch], { cwd: ROOT, encoding: 'utf8' });
        return '';
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }

  it('src-shared: neither process nor document', () => {
    const out = compileWith('shared', 'export const a = process.env.X; export const b = typeof document;');
    expect(out).toMatch(/Cannot find name 'process'/);
    expect(out).toMatch(/Cannot find name 'document'/);
  }, 60_000);

  it('the renderer: no process, no Buffer', () => {
    const out = compileWith('renderer', "export const a = process.env.X; export const b = Buffer.from(''); export const c = document.title;");
    expect(out).toMatch(/Cannot find name 'process'/);
    expect(out).toMatch(/Cannot find name 'Buffer'/);
    expect(out).not.toMatch(/'document'/);
  }, 60_000);

  it('main: no document', () => {
    const out = compileWith('main', "export const a = document.title; export const b = process.env.X;");
    expect(out).toMatch(/Cannot find name 'document'/);
    expect(out).not.toMatch(/'process'/);
  }, 60_000);

  it('every layer config is part of npm run typecheck', () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const layer of ['shared', 'main']) expect(scripts.typecheck).toContain(`tsconfig.${layer}.json`);
    expect(scripts.typecheck).toContain('tsconfig.renderer.json');
  });
});
