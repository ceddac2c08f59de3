/**
 * Printing inside the desktop app: a hidden, sandboxed window loads the renderer's print page
 * (print.html), waits for its "ready" signal, then either makes a PDF with `printToPDF` or opens
 * the system print dialog with `print()`. The page, its layout and its ready handshake are the
 * same ones headless Chromium prints in the browser preview and the CLI (export/pdf.ts).
 */
import { BrowserWindow } from 'electron';
import { paperFormat, printPageUrl, type PrintRequest } from '../export/print-page';
import { APP_INDEX_URL, secureWebPreferences } from './security';

export interface PrintPageSource {
  /** The built renderer folder (holds print.html). */
  rendererDir: string;
  /** `electron-vite dev`'s server, when running from it. */
  devServerUrl?: string;
  /** The preload script: the print page loads its plan over the same IPC as the main window. */
  preload: string;
  /** How long the page may take to get ready (default 60 s). */
  timeoutMs?: number;
}

/** A PDF of the plan (landscape overview and week grid) or of the athlete's weekly schedules. */
export async function exportPlanPdfFromElectron(source: PrintPageSource, request: PrintRequest): Promise<Buffer> {
  return withPrintPage(source, request, async (win) => {
    return win.webContents.printToPDF({
      // printToPDF defaults to Letter: the paper is always named explicitly.
      pageSize: paperFormat(request.paper),
      landscape: request.view === 'plan',
      printBackground: true,
      preferCSSPageSize: true,
      // The page's @page rules set the margins and draw the plan's footer (page-setup.ts).
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
  });
}

/**
 * The athlete's weekly schedule (one week or all) through the system print dialog. Resolves
 * with false when the coach cancels; rejects when printing fails.
 */
export async function printWeeksFromElectron(
  source: PrintPageSource,
  request: Omit<PrintRequest, 'view'>,
): Promise<boolean> {
  return withPrintPage(source, { ...request, view: 'weeks' }, (win) => {
    return new Promise<boolean>((resolve, reject) => {
      win.webContents.print(
        {
          silent: false,
          printBackground: true,
          pageSize: paperFormat(request.paper),
          landscape: false,
        },
        (success, failureReason) => {
          if (success) resolve(true);
          else if (!failureReason || /cancel/i.test(failureReason)) resolve(false);
          else reject(new Error(`Printing failed: ${failureReason}`));
        },
      );
    });
  });
}

async function withPrintPage<T>(
  source: PrintPageSource,
  request: PrintRequest,
  use: (win: BrowserWindow) => Promise<T>,
): Promise<T> {
  const win = new BrowserWindow({
    show: false,
    // A4 portrait at 96 px/in; the size only matters for laying out before printing.
    width: 1123,
    height: 1123,
    webPreferences: secureWebPreferences(source.preload),
  });
  try {
    // The same URL the browser preview and the CLI print (print-page.ts), next to the renderer's index.
    const base = source.devServerUrl ?? APP_INDEX_URL;
    await win.loadURL(printPageUrl(base, request));
    await waitUntilReady(win, source.timeoutMs ?? 60_000);
    return await use(win);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

/** Polls the page's handshake (`data-print-ready` / `data-print-error`). */
async function waitUntilReady(win: BrowserWindow, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await win.webContents.executeJavaScript(
      '({ ready: document.body?.dataset.printReady === "true", error: document.body?.dataset.printError ?? null })',
    )) as { ready: boolean; error: string | null };
    if (state.error !== null) throw new Error(state.error);
    if (state.ready) return;
    if (Date.now() > deadline)
      throw new Error(`The print page did not get ready within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
