import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL, findChromium } from './find-chromium';

const onDisk =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('finding Chromium for PDF export', () => {
  it("takes CHROMIUM_PATH first, then Debian's chromium, then Playwright's own", () => {
    const all = onDisk('/opt/my/chrome', DEBIAN_CHROMIUM, '/pw/chrome');
    const playwrightPath = () => '/pw/chrome';
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, exists: all, playwrightPath })).toBe(
      '/opt/my/chrome',
    );
    expect(findChromium({ env: {}, exists: all, playwrightPath })).toBe(DEBIAN_CHROMIUM);
    expect(findChromium({ env: {}, exists: onDisk('/pw/chrome'), playwrightPath })).toBe('/pw/chrome');
  });

  it("prints with Debian's headless shell where it is installed, unless CHROMIUM_PATH names another", () => {
    const all = onDisk('/opt/my/chrome', DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM);
    expect(findChromium({ env: {}, exists: all, forPrinting: true })).toBe(DEBIAN_HEADLESS_SHELL);
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/my/chrome' }, exists: all, forPrinting: true })).toBe('/opt/my/chrome');
    // Without it, printing takes the full browser; the browser tests always do.
    expect(findChromium({ env: {}, exists: onDisk(DEBIAN_CHROMIUM), forPrinting: true })).toBe(DEBIAN_CHROMIUM);
    expect(findChromium({ env: {}, exists: all })).toBe(DEBIAN_CHROMIUM);
  });

  it('reports a CHROMIUM_PATH that points nowhere instead of quietly using another browser', () => {
    expect(() => findChromium({ env: { CHROMIUM_PATH: '/nope/chrome' }, exists: onDisk(DEBIAN_CHROMIUM) })).toThrow(
      'No Chromium found: CHROMIUM_PATH is set to /nope/chrome, but there is no such file.',
    );
  });

  it('says how to get one when there is none', () => {
    expect(() => findChromium({ env: {}, exists: onDisk(), playwrightPath: () => '/pw/not-installed' })).toThrow(
      /^No Chromium found: install Debian's chromium \(apt-get install chromium\) or set CHROMIUM_PATH/,
    );
  });
});
