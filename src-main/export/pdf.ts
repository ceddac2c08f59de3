/**
 * Plan PDFs without Electron: headless Chromium (through playwright-core) opens the renderer's
 * print page on a running loopback host, waits for its "ready" signal and prints it with
 * `page.pdf()`. The browser preview, the command line and the tests all export this way; the
 * desktop app prints the same page with Electron's `printToPDF` (electron/print-window.ts).
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';
import { footerTemplate, printPageUrl, type PrintRequest } from './print-page';

export { CHROMIUM_ARGS };


export interface RenderPdfOptions extends PrintRequest {
  /** A running loopback host, with its token: `http://127.0.0.1:PORT/?token=…`. */
  baseUrl: string;
  /** How long the page may take to load and lay out (default 60 s). */
  timeoutMs?: number;
  /** A running Chromium to print with (the preview host keeps one warm); else one is launched and closed. */
  browser?: Browser;
}

export function launchChromium(timeoutMs = 60_000): Promise<Browser> {
  const executablePath = findChromium({ playwrightPath: () => chromium.executablePath() });
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: timeoutMs });
}

export async function renderPlanPdf(options: RenderPdfOptions): Promise<Buffer> {
  const timeout = options.timeoutMs ?? 60_000;
  const paper = options.paper ?? 'a4';
  const browser = options.browser ?? (await launchChromium(timeout));
  // A shared browser gets its own context per export, so no state leaks between exports.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    // A missing script or stylesheet (a renderer half rebuilt, a wrong folder) would otherwise
    // only show as a page that never gets ready: fail at once and name the file.
    let assetMissing: (reason: Error) => void = () => undefined;
    const assetFailure = new Promise<never>((_, reject) => (assetMissing = reject));
    assetFailure.catch(() => undefined);
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (response.status() >= 400 && (type === 'script' || type === 'stylesheet' || type === 'document')) {
        const path = new URL(response.url()).pathname;
        assetMissing(
          new Error(
            `The print page could not load ${path} (HTTP ${response.status()}): is the renderer built (npx electron-vite build)?`,
          ),
        );
      }
    });
    await Promise.race([
      page.goto(printPageUrl(options.baseUrl, options), { waitUntil: 'load', timeout }),
      assetFailure,
    ]);
    try {
      await Promise.race([
        page.waitForFunction(
          () => document.body.dataset.printReady === 'true' || document.body.dataset.printError !== undefined,
          undefined,
          { timeout, polling: 50 },
        ),
        assetFailure,
      ]);
    } catch (error) {
      if ((error as Error).message.startsWith('The print page could not load')) throw error;
      throw new Error(
        `The print page did not get ready within ${Math.round(timeout / 1000)} s${problems.length ? `: ${problems.join('; ')}` : ''}`,
        { cause: error },
      );
    }
    const state = await page.evaluate(() => ({
      error: document.body.dataset.printError,
      title: document.body.dataset.printTitle ?? '',
    }));
    if (state.error !== undefined) throw new Error(state.error);
    const plan = options.view === 'plan';
    const pdf = await page.pdf({
      format: paper === 'letter' ? 'Letter' : 'A4',
      landscape: plan,
      printBackground: true,
      // The plan's pages carry its name and page numbers; the athlete's week has its own foot.
      displayHeaderFooter: plan,
      headerTemplate: '<span></span>',
      footerTemplate: plan ? footerTemplate(state.title) : '<span></span>',
      preferCSSPageSize: true,
    });
    return Buffer.from(pdf);
  } finally {
    await context.close();
    if (!options.browser) await browser.close();
  }
}
