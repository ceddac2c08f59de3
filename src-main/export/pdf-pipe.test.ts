/**
 * The command line's one-shot printer (pdf-pipe.ts) with real Chromium, on small pages answered
 * from memory: it waits for the page's own ready signal, prints the page's @page size, answers
 * the page's calls, and turns every way a print can fail into one sentence. The real print page
 * goes through it in src-main/cli/export-pdf.test.ts. Needs Chromium and poppler-utils.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageTexts, pdfInfo } from '../test-support/pdf-reading';
import { findChromium } from './find-chromium';
import { PRINT_ORIGIN, startPrinter, type PageRequest, type Served } from './pdf-pipe';

const work = mkdtempSync(join(tmpdir(), 'stride-pdf-pipe-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const chromium = findChromium({ forPrinting: true });

/** A page whose script (`/page.js`) does `script`; `files` adds or replaces answers. */
function site(script: string, files: Record<string, Served> = {}): (asked: PageRequest) => Served {
  const all: Record<string, Served> = {
    '/print.html': {
      type: 'text/html; charset=utf-8',
      body: '<!doctype html><html><head><style>@page { size: A5; margin: 10mm }</style></head><body><script src="/page.js"></script></body></html>',
    },
    '/page.js': { type: 'text/javascript', body: script },
    ...files,
  };
  return (asked) => all[asked.url.pathname] ?? null;
}

async function print(serve: (asked: PageRequest) => Served | Promise<Served>, timeoutMs = 20_000): Promise<Buffer> {
  const printer = startPrinter(chromium);
  try {
    return await printer.print({ url: `${PRINT_ORIGIN}/print.html?plan=1`, view: 'weeks', serve, timeoutMs });
  } finally {
    await printer.close();
  }
}

describe('printing over the DevTools pipe', { timeout: 60_000 }, () => {
  it("prints once the page says it is ready, at the page's own @page size, with its calls answered", async () => {
    const calls: PageRequest[] = [];
    const pdf = await print(async (asked) => {
      if (asked.url.pathname !== '/api/plans.get') return site(`
        fetch('/api/plans.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 7 }) })
          .then((r) => r.json())
          .then((doc) => {
            document.body.insertAdjacentHTML('beforeend', '<h1>' + doc.name + '</h1><p style="break-before: page">Page two</p>');
            setTimeout(() => { document.body.dataset.printReady = 'true'; }, 50);
          });
      `)(asked);
      calls.push(asked);
      // Answered late: the page waits for it, and the printer for the page.
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { type: 'application/json', body: JSON.stringify({ name: 'Zoë’s spring 10K' }) };
    });
    const file = join(work, 'ready.pdf');
    writeFileSync(file, pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfInfo(file)).toEqual({ pages: 2, widthMm: 148, heightMm: 210 });
    expect(pageTexts(file)[0]).toContain('Zoë’s spring 10K');
    expect(calls.map((c) => [c.method, c.postData])).toEqual([['POST', '{"id":7}']]);
  });

  it('takes the URL as a promise: the tab gets ready meanwhile', async () => {
    const printer = startPrinter(chromium);
    try {
      const url = new Promise<string>((resolve) => setTimeout(() => resolve(`${PRINT_ORIGIN}/print.html`), 300));
      const pdf = await printer.print({ url, view: 'plan', serve: site("document.body.textContent = 'Later'; document.body.dataset.printReady = 'true';") });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await printer.close();
    }
  });

  it("passes on the page's own sentence when it cannot print (data-print-error)", async () => {
    await expect(print(site("document.body.dataset.printError = 'There is no week 9.';"))).rejects.toThrow(/^There is no week 9\.$/);
  });

  it('names a script or stylesheet the page could not load, at once', async () => {
    const html = '<!doctype html><html><head><link rel="stylesheet" href="/assets/print-x.css"></head><body></body></html>';
    await expect(print(site('', { '/print.html': { type: 'text/html', body: html } }))).rejects.toThrow(
      'The print page could not load /assets/print-x.css (HTTP 404): is the renderer built (npx electron-vite build)?',
    );
  });

  it("gives up after its time with the page's errors", async () => {
    await expect(print(site("console.error('plans.get failed'); throw new Error('no plan');"), 1500)).rejects.toThrow(
      /^The print page did not get ready within 2 s: plans\.get failed; Error: no plan$/,
    );
  });

  it('says so when Chromium cannot start', async () => {
    const printer = startPrinter(join(work, 'no-such-chromium'));
    await expect(printer.print({ url: `${PRINT_ORIGIN}/print.html`, view: 'plan', serve: () => null })).rejects.toThrow(
      /^Chromium \(.*no-such-chromium\) could not start/,
    );
    await printer.close();
    await printer.close(); // twice is fine
  });
});
