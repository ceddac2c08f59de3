/**
 * End-to-end tests. The `browser` project runs the real renderer against the real handlers and
 * store through the browser-preview host (src-main/host/serve-web.ts) in Chromium.
 *
 * The config is loaded by the runner and again by every worker: the per-run token, port and data
 * folder are put in the environment once by the runner, and workers (its children) read them back.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src-main/export/find-chromium';

process.env.STRIDE_E2E_PORT ??= '5288';
process.env.STRIDE_E2E_TOKEN ??= randomBytes(18).toString('base64url');
process.env.STRIDE_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'stride-e2e-'));
const port = Number(process.env.STRIDE_E2E_PORT);
const token = process.env.STRIDE_E2E_TOKEN;
const origin = `http://127.0.0.1:${port}`;
/** Set to a running host's URL (`http://127.0.0.1:5199/?token=dev`) to test against it instead. */
const external = process.env.STRIDE_E2E_EXTERNAL_URL;
process.env.STRIDE_E2E_URL = external || `${origin}/?token=${token}`;

/** Debian's Chromium where there is one (no browser download here), else Playwright's own. */
function chromiumPath(): string | undefined {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Generous for a 2-core machine running two browsers and the host at once.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: process.env.STRIDE_E2E_URL,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'e2e/browser',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      // The desktop app through the real Electron shell and IPC; each test skips, saying why,
      // where no Electron binary is installed (e2e/electron/electron-binary.ts).
      name: 'electron',
      testDir: 'e2e/electron',
    },
  ],
  webServer: external
    ? undefined
    : {
        // Build once, then serve the built renderer and the handlers over a fresh, empty store.
        command: 'npx electron-vite build && npx tsx src-main/host/serve-web.ts',
        url: `${origin}/`,
        env: {
          STRIDE_DATA_DIR: process.env.STRIDE_E2E_DATA_DIR,
          STRIDE_PORT: String(port),
          STRIDE_TOKEN: token,
          // `STRIDE_E2E_SLOW_MS=700 npx playwright test`: main answers late (src-main/host/slow-handlers.ts).
          STRIDE_SLOW_MS: process.env.STRIDE_E2E_SLOW_MS ?? '0',
        },
        timeout: 240_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
