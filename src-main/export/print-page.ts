/**
 * What main needs to know about the renderer's print page: its URL for a request and the PDF's
 * file name. Shared by `page.pdf()` (pdf.ts) and Electron's `printToPDF` (electron/print-window.ts).
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

/** The paper as Chromium's and Electron's print options name it. */
export function paperFormat(paper: PrintRequest['paper']): 'A4' | 'Letter' {
  return paper === 'letter' ? 'Letter' : 'A4';
}

/** A PDF's file name for a plan: "spring-10k.pdf", "spring-10k-week-3.pdf", "spring-10k-weeks.pdf". */
export function pdfFileName(slug: string, request: PrintRequest): string {
  if (request.view === 'plan') return `${slug}.pdf`;
  return request.week === undefined || request.week === 'all'
    ? `${slug}-weeks.pdf`
    : `${slug}-week-${request.week}.pdf`;
}
