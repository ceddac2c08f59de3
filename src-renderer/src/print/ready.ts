/**
 * The print page's handshake with whoever prints it (Playwright's `page.pdf()`, Electron's
 * `printToPDF`): `data-print-ready="true"` once everything is laid out, or `data-print-error`
 * with a sentence to show the coach. Main waits for one of the two.
 */

export function signalReady(title: string): void {
  document.title = title;
  document.body.dataset.printReady = 'true';
}

export function signalError(message: string): void {
  document.body.dataset.printError = message || 'The page could not be printed.';
}
