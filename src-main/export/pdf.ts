/**
 * Plan PDFs without Electron: headless Chromium (through playwright-core) opens the renderer's
 * print page on a running loopback host, waits for its "ready" signal and prints it with
 * `page.pdf()`. The browser preview, the command line and the tests all export this way; the
 * desktop app prints the same page with Electron's `printToPDF` (electron/print-window.ts).
 */
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';
import { paperFormat, printPageUrl, type PrintRequest } from './print-page';

export interface RenderPdfOptions extends PrintRequest {
  /** A running loopback host, with its token: `http://127.0.0.1:PORT/?token=…`. */
  baseUrl: string;
  /** How long the page may take to load and lay out (default 60 s). */
  timeoutMs?: number;
  /**
   * A tab to print in (the preview host keeps warm ones: warm-chromium.ts); else a Chromium is
   * launched for this one export and closed after it.
   */
  page?: Page;
}

/** Where Playwright's own Chromium would be installed (`npx playwright install chromium`). */
export const playwrightChromiumPath = (): string => chromium.executablePath();

export function launchChromium(timeoutMs = 60_000): Promise<Browser> {
  const executablePath = findChromium({ playwrightPath: playwrightChromiumPath, forPrinting: true });
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: timeoutMs });
}

export async function renderPlanPdf(options: RenderPdfOptions): Promise<Buffer> {
  if (options.page) return printOnPage(options.page, options);
  const browser = await launchChromium(options.timeoutMs);
  try {
    return await printOnPage(await browser.newPage(), options);
  } finally {
    await browser.close();
  }
}

/** Loads the print page for `options` in `page`, waits until it is laid out, and prints it. */
async function printOnPage(page: Page, options: RenderPdfOptions): Promise<Buffer> {
  const timeout = options.timeoutMs ?? 60_000;
  const problems: string[] = [];
  const onPageError = (error: Error) => problems.push(error.message);
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(message.text());
  };
  // A missing script or stylesheet (a renderer half rebuilt, a wrong folder) would otherwise
  // only show as a page that never gets ready: fail at once and name the file.
  let assetMissing: (reason: Error) => void = () => undefined;
  const assetFailure = new Promise<never>((_, reject) => (assetMissing = reject));
  assetFailure.catch(() => undefined);
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    if (response.status() >= 400 && (type === 'script' || type === 'stylesheet' || type === 'document')) {
      const path = new URL(response.url()).pathname;
      assetMissing(
        new Error(
          `The print page could not load ${path} (HTTP ${response.status()}): is the renderer built (npx electron-vite build)?`,
        ),
      );
    }
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  page.on('response', onResponse);
  try {
    await Promise.race([
      page.goto(printPageUrl(options.baseUrl, options), { waitUntil: 'domcontentloaded', timeout }),
      assetFailure,
    ]);
    try {
      // The page sets one of these on <body> when it is laid out or has given up (print/ready.ts).
      await Promise.race([
        page.waitForSelector('body[data-print-ready="true"], body[data-print-error]', { state: 'attached', timeout }),
        assetFailure,
      ]);
    } catch (error) {
      if ((error as Error).message.startsWith('The print page could not load')) throw error;
      throw new Error(
        `The print page did not get ready within ${Math.round(timeout / 1000)} s${problems.length ? `: ${problems.join('; ')}` : ''}`,
        { cause: error },
      );
    }
    // Runs in the page; main is compiled without the DOM, so the page's document is typed here.
    const error = await page.evaluate(
      () => (globalThis as unknown as { document: { body: { dataset: Record<string, string | undefined> } } }).document.body.dataset.printError,
    );
    if (error !== undefined) throw new Error(error);
    const pdf = await page.pdf({
      format: paperFormat(options.paper),
      landscape: options.view === 'plan',
      printBackground: true,
      // The page's @page rules set size, margins and the plan's footer (print/page-setup.ts).
      preferCSSPageSize: true,
    });
    return Buffer.from(pdf);
  } finally {
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
    page.off('response', onResponse);
  }
}
