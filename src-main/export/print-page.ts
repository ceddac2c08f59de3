/**
 * What main needs to know about the renderer's print page: its URL for a request, and the
 * footer Chromium draws on every page of the plan PDF. Shared by `page.pdf()` (pdf.ts) and
 * Electron's `printToPDF` (electron/print-window.ts).
 */

export interface PrintRequest {
  planId: number;
  view: 'plan' | 'weeks';
  /** The weekly schedule's week (1-based) or every week; the plan view prints every week. */
  week?: number | 'all';
  paper?: 'a4' | 'letter';
}

/** `print.html?plan=…&view=…&week=…&paper=…` next to `base`, keeping base's `token` (the browser preview's). */
export function printPageUrl(base: string, request: PrintRequest): string {
  const baseUrl = new URL(base);
  const url = new URL('print.html', baseUrl);
  const token = baseUrl.searchParams.get('token');
  if (token) url.searchParams.set('token', token);
  url.searchParams.set('plan', String(request.planId));
  url.searchParams.set('view', request.view);
  url.searchParams.set('week', String(request.week ?? 'all'));
  url.searchParams.set('paper', request.paper ?? 'a4');
  return url.toString();
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Chromium's footer: the plan's name on the left, "Page n of N" on the right. It is drawn in
 * the page's bottom margin with its own tiny default font, so sizes are set here explicitly.
 */
export function footerTemplate(title: string): string {
  return (
    '<div style="width:100%;box-sizing:border-box;padding:0 10mm 0;display:flex;justify-content:space-between;' +
    "font-family:system-ui,'Segoe UI',Roboto,Arial,'Liberation Sans',sans-serif;font-size:8px;color:#444;\">" +
    `<span>${escapeHtml(title)}</span>` +
    '<span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' +
    '</div>'
  );
}

/** A PDF's file name for a plan: "spring-10k.pdf", "spring-10k-week-3.pdf", "spring-10k-weeks.pdf". */
export function pdfFileName(slug: string, request: PrintRequest): string {
  if (request.view === 'plan') return `${slug}.pdf`;
  return request.week === undefined || request.week === 'all'
    ? `${slug}-weeks.pdf`
    : `${slug}-week-${request.week}.pdf`;
}
