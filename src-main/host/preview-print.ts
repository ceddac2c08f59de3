/**
 * How the browser preview makes PDFs (`files.exportPdf`): its own print page, printed by a warm
 * headless Chromium that reuses its tabs between exports (export/warm-chromium.ts).
 */
import { renderPlanPdf } from '../export/pdf';
import type { WarmChromium } from '../export/warm-chromium';
import type { PrintServices } from '../handlers/print';

/** `baseUrl` gives the running host's address with its token: `http://127.0.0.1:PORT/?token=…`. */
export function previewPrintServices(baseUrl: () => string, chromium: WarmChromium): PrintServices {
  return {
    renderPdf: (request) => chromium.withPage((page) => renderPlanPdf({ baseUrl: baseUrl(), page, ...request })),
  };
}
