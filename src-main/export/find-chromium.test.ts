import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, DEBIAN_HEADLESS_SHELL, DEBIAN_HEADLESS_SHELL_BINARY, findChromium, printerArgs } from './find-chromium';

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

  it('starts the headless shell for the command line in one process, without hinting, and the full browser as it is', () => {
    const shell = printerArgs(DEBIAN_HEADLESS_SHELL, onDisk(DEBIAN_HEADLESS_SHELL_BINARY));
    expect(shell.executable).toBe(DEBIAN_HEADLESS_SHELL_BINARY); // not through Debian's shell script
    expect(shell.headlessShell).toBe(true);
    expect(shell.args).toEqual(
      expect.arrayContaining(['--single-process', '--no-zygote', '--font-render-hinting=none', '--window-size=1280,720', '--disable-software-rasterizer']),
    );
    expect(printerArgs(DEBIAN_HEADLESS_SHELL, onDisk()).executable).toBe(DEBIAN_HEADLESS_SHELL);
    expect(printerArgs('/pw/chrome-headless-shell-linux64/chrome-headless-shell', onDisk()).headlessShell).toBe(true);

    const full = printerArgs(DEBIAN_CHROMIUM, onDisk());
    expect(full).toMatchObject({ executable: DEBIAN_CHROMIUM, headlessShell: false });
    expect(full.args).toContain('--headless');
    expect(full.args).not.toContain('--single-process');
  });
});
