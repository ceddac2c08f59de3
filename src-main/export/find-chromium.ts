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

/**
 * How the command line's one-shot printer (pdf-pipe.ts) starts a Chromium. The headless shell in
 * one process (`--single-process --no-zygote`: no zygote, no separate renderer to start) at the
 * size of Playwright's default viewport, so the print page lays out as in the browser preview:
 * measured here, the shell prints a small page in ≈0.2 s this way against ≈0.3 s with its
 * usual processes, and the full browser needs ≈1.3 s. The full browser (a CHROMIUM_PATH, or no
 * shell installed) keeps its processes and runs as new headless.
 */
export function printerArgs(
  executablePath: string,
  exists: (path: string) => boolean = existsSync,
): { executable: string; args: string[]; headlessShell: boolean } {
  const executable =
    executablePath === DEBIAN_HEADLESS_SHELL && exists(DEBIAN_HEADLESS_SHELL_BINARY) ? DEBIAN_HEADLESS_SHELL_BINARY : executablePath;
  const headlessShell = /headless[-_]shell/.test(executablePath.split(/[\\/]/).pop() ?? '');
  const args = [
    ...CHROMIUM_ARGS,
    '--window-size=1280,720',
    // As Playwright launches it, so the PDF's colours are the same as the browser preview's.
    '--force-color-profile=srgb',
    '--disable-extensions',
    '--mute-audio',
  ];
  // In one process the shell hints glyphs unless told not to, which moves text by a fraction of a
  // point; with its renderer apart it does not. `none` keeps the PDF pixel for pixel as before.
  if (headlessShell) args.push('--single-process', '--no-zygote', '--font-render-hinting=none');
  // Nothing printed needs WebGL or a GPU compositor: without SwiftShader's set-up the shell
  // answered its first DevTools call in a median 134 ms instead of 208 ms here (15 runs each),
  // and the PDF stays the same pixel for pixel.
  if (headlessShell) args.push('--disable-software-rasterizer', '--disable-gpu-compositing');
  return { executable, args, headlessShell };
}

/** Debian's headless shell is a shell script around this binary: starting the binary saves a shell. */
export const DEBIAN_HEADLESS_SHELL_BINARY = '/usr/lib/chromium/chromium-headless-shell';

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
