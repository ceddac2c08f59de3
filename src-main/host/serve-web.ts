/**
 * `npm run web`: the browser preview. Serves the built renderer (out/renderer) and the contract
 * handlers over the same store the desktop app uses, on 127.0.0.1 only, with a per-run token.
 *   STRIDE_DATA_DIR  where the plan store lives (default: the app's user-data folder)
 *   STRIDE_PORT      port to listen on (default 4780; 0 picks a free one)
 *   STRIDE_TOKEN     the token to require (default: random per run; tests set their own)
 *   STRIDE_SLOW_MS   answer every call this many ms late, as a busy main would (tests only)
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { warmChromium } from '../export/warm-chromium';
import { createHandlers } from '../handlers';
import { databasePath } from '../store/database';
import { defaultDataDir } from '../store/data-dir';
import { openAppStore } from '../store/plan-store';
import { startLoopbackHost } from './loopback-host';
import { slowHandlers } from './slow-handlers';
import { previewPrintServices } from './preview-print';

async function main(): Promise<void> {
  const rendererDir = resolve(__dirname, '../../out/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(
      'Stride: the renderer is not built. Run `npm run web` (it builds first) or `npx electron-vite build`.',
    );
    process.exit(1);
  }
  const dataDir = defaultDataDir();
  const store = openAppStore(databasePath(dataDir));
  const token = process.env.STRIDE_TOKEN || randomBytes(18).toString('base64url');
  const port = Number(process.env.STRIDE_PORT ?? 4780);
  // PDF export prints this host's own print page, so it needs the address once listening.
  let hostUrl = '';
  const baseUrl = () => `${hostUrl}?token=${encodeURIComponent(token)}`;
  const chromium = warmChromium();
  const handlers = slowHandlers(
    createHandlers(store, previewPrintServices(baseUrl, chromium)),
    Number(process.env.STRIDE_SLOW_MS ?? 0),
  );
  const host = await startLoopbackHost({
    handlers,
    rendererDir,
    token,
    port,
  });
  hostUrl = host.url;
  console.log(`Stride preview: ${host.url}?token=${token}`);
  console.log(`Plan store: ${databasePath(dataDir)}`);
  const stop = async () => {
    await host.close();
    await chromium.close();
    store.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Stride preview could not start: ${(error as Error).message}`);
  process.exit(1);
});
