/**
 * One Chromium kept warm for a long-running host (the browser preview): starting Chromium and
 * its first page costs about 1.5 s here, so repeated exports reuse it, and it closes itself after
 * a quiet minute so an idle preview holds no browser.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './pdf';

export interface WarmChromium {
  /** The browser, launched on first use; the idle timer restarts when the caller is done. */
  use<T>(fn: (browser: Browser) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function warmChromium(idleMs = 60_000): WarmChromium {
  let browser: Promise<Browser> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let busy = 0;
  const close = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const b = browser;
    browser = null;
    if (b) await (await b.catch(() => null))?.close();
  };
  return {
    async use(fn) {
      if (timer) clearTimeout(timer);
      busy++;
      try {
        browser ??= launchChromium();
        const b = await browser.catch((error) => {
          browser = null;
          throw error;
        });
        if (!b.isConnected()) {
          browser = null;
          return await this.use(fn);
        }
        return await fn(b);
      } finally {
        busy--;
        if (busy === 0) {
          timer = setTimeout(() => void close(), idleMs);
          timer.unref();
        }
      }
    },
    close,
  };
}
