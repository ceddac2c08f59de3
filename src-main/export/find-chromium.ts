/**
 * Which Chromium runs, picked at run time (ENGINEERING.md): `CHROMIUM_PATH` if set, else Debian's
 * `/usr/bin/chromium` where it exists, else the one Playwright installs (`npx playwright install
 * chromium`), so export and the browser tests work here, in CI and on a coach's laptop.
 *
 * For printing PDFs, Debian's `chromium-headless-shell` comes first where it is installed: the
 * same Blink without the browser around it (the "old headless" mode, which Playwright itself uses
 * for headless runs). Measured on the 2-core machines here, a 12-week plan PDF with Chromium
 * launched for it took 2.9–3.1 s with the full browser and 1.4–1.6 s with the shell.
 */
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Headless, and quiet on a machine without a network: no background fetches that would be refused. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumNotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumNotFound';
  }
}

export interface ChromiumLookup {
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
  /** Where Playwright's own Chromium would be (it may not be installed). */
  playwrightPath?: () => string | undefined;
  /** Printing only (no window, no page scripts of the coach's): the headless shell will do, and is faster. */
  forPrinting?: boolean;
}

export function findChromium(lookup: ChromiumLookup = {}): string {
  const env = lookup.env ?? process.env;
  const exists = lookup.exists ?? existsSync;
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    // An explicit choice that is wrong is reported, not silently replaced by another browser.
    if (!exists(configured))
      throw new ChromiumNotFound(
        `No Chromium found: CHROMIUM_PATH is set to ${configured}, but there is no such file.`,
      );
    return configured;
  }
  if (lookup.forPrinting && exists(DEBIAN_HEADLESS_SHELL)) return DEBIAN_HEADLESS_SHELL;
  if (exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let bundled: string | undefined;
  try {
    bundled = lookup.playwrightPath?.();
  } catch {
    bundled = undefined;
  }
  if (bundled && exists(bundled)) return bundled;
  throw new ChromiumNotFound(
    "No Chromium found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH " +
      '(or run `npx playwright install chromium` where there is internet).',
  );
}
