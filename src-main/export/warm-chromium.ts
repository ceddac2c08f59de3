/**
 * One Chromium kept warm for a long-running host (the browser preview), with its print tabs.
 *
 * Measured on the 2-core machines here, a 12-week plan PDF costs ≈0.55 s to start Chromium, ≈0.6 s
 * to open a tab (a new renderer process) and ≈1.3 s for the print page's first load in that tab
 * (scripts compiled, first layout), against ≈0.5 s for a load in a tab that has printed before.
 * So tabs are reused: an export takes an idle tab or opens one, and gives it back when done. Tabs
 * hold nothing between exports (the print page reads all it shows from its URL and the store),
 * and a tab whose export failed is closed rather than reused. After a quiet few minutes the
 * browser closes, so an idle preview holds no Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './pdf';

export interface WarmChromium {
  /** Runs `fn` with a print tab: an idle one when there is one, else a new one. */
  withPage<T>(fn: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function warmChromium(idleMs = 5 * 60_000): WarmChromium {
  let browser: Promise<Browser> | null = null;
  let idle: Page[] = [];
  let timer: NodeJS.Timeout | null = null;
  let busy = 0;

  const close = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const b = browser;
    browser = null;
    idle = [];
    if (b) await (await b.catch(() => null))?.close();
  };

  async function connected(): Promise<Browser> {
    browser ??= launchChromium();
    const b = await browser.catch((error) => {
      browser = null;
      throw error;
    });
    if (b.isConnected()) return b;
    // Chromium went away (crashed, killed): start again.
    browser = null;
    idle = [];
    return connected();
  }

  async function takePage(b: Browser): Promise<Page> {
    for (let page = idle.pop(); page; page = idle.pop()) if (!page.isClosed()) return page;
    return b.newPage();
  }

  return {
    async withPage(fn) {
      if (timer) clearTimeout(timer);
      timer = null;
      busy++;
      try {
        const b = await connected();
        const page = await takePage(b);
        let result;
        try {
          result = await fn(page);
        } catch (error) {
          await page.close().catch(() => undefined);
          throw error;
        }
        // Only a tab of the browser still in use goes back (close() may have run meanwhile).
        if (browser && b.isConnected()) idle.push(page);
        return result;
      } finally {
        busy--;
        if (busy === 0 && browser) {
          timer = setTimeout(() => void close(), idleMs);
          timer.unref();
        }
      }
    },
    close,
  };
}
