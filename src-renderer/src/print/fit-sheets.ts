/**
 * Every sheet is one page. Where a sheet's content is taller than the page (a busy week with
 * long notes), its type is scaled down a step at a time until it fits, so a week is never split
 * and the page count stays what the layout promises. All sizes inside a sheet are in `em`.
 * Only past 60 % does a sheet give up and flow onto another page (see `.sheet-overflow`), each
 * page after the first headed with what the sheet is (`headContinuedPages`).
 */

const STEP = 0.05;
const SMALLEST = 0.6;

export function fitSheets(root: ParentNode): void {
  const sheets = [...root.querySelectorAll<HTMLElement>('.sheet')];
  for (const sheet of sheets) setScale(sheet, 1);
  // All sheets step down together, so each step costs one layout of the document rather than one
  // per sheet (a 52-week plan has 14 sheets). Sheets are fixed-size boxes and do not affect each
  // other, so each still ends at the largest step at which it fits.
  let pending = sheets.filter(overflows);
  let scale = 1;
  while (pending.length > 0 && scale > SMALLEST + 1e-9) {
    scale = Math.round((scale - STEP) * 100) / 100;
    for (const sheet of pending) setScale(sheet, scale);
    pending = pending.filter(overflows);
  }
  // Still too much at the smallest readable size: let the sheet run onto a second page rather
  // than cut anything off (the page count then grows, but no session or note is lost).
  for (const sheet of pending) {
    sheet.classList.add('sheet-overflow');
    headContinuedPages(sheet);
  }
}

/**
 * Where a sheet runs onto more pages, each page after the first begins with a short heading (an
 * athlete's week: who, which week, its dates, "continued"), or a page that comes loose says
 * nothing of whose it is. The sheet offers a hidden heading (`[data-continued]`) before each of
 * its units (`[data-page-unit]`, a day); going down the units, the heading before the first one
 * that would cross the page's foot is shown, and it breaks the page (CSS `break-before`). The
 * last unit counts with the sheet's foot (`[data-page-foot]`, the week's totals), so the totals
 * are never a page of their own. Measured page by page, as each heading shown moves what follows.
 */
function headContinuedPages(sheet: HTMLElement): void {
  const units = [...sheet.querySelectorAll<HTMLElement>('[data-page-unit]')];
  if (!sheet.querySelector('[data-continued]') || units.length < 2) return;
  // The sheet's own height, from `min-height` now that it flows: one page's content box.
  const style = getComputedStyle(sheet);
  const pageHeight = parseFloat(style.minHeight);
  if (!(pageHeight > 0)) return;
  const foot = sheet.querySelector<HTMLElement>('[data-page-foot]');
  // The browser preview's print tab pads the sheet as paper on screen (page-setup.ts); print does not.
  let pageTop = sheet.getBoundingClientRect().top + (parseFloat(style.paddingTop) || 0);
  // The first unit stays on the first page whatever its height: moving it would leave a page empty.
  units.forEach((unit, i) => {
    const end = i === units.length - 1 && foot ? foot : unit;
    if (i === 0 || end.getBoundingClientRect().bottom - pageTop <= pageHeight) return;
    const heading = unit.previousElementSibling;
    if (!(heading instanceof HTMLElement) || !heading.matches('[data-continued]')) return;
    heading.dataset.shown = '';
    pageTop = heading.getBoundingClientRect().top;
  });
}

function setScale(sheet: HTMLElement, scale: number): void {
  // Full size is the CSS's own default (`var(--fit, 1)`), so it is never written: writing `--fit`,
  // even with the value it has, restyles the sheet's whole subtree, and every sheet starts here.
  if (scale === 1) sheet.style.removeProperty('--fit');
  else sheet.style.setProperty('--fit', String(scale));
  sheet.dataset.fit = String(scale);
}

function overflows(sheet: HTMLElement): boolean {
  // A sheet is a fixed-height box; any child taller than it shows as scrollHeight > clientHeight.
  if (sheet.scrollHeight > sheet.clientHeight + 1) return true;
  for (const el of sheet.querySelectorAll<HTMLElement>('[data-fit-box]')) {
    if (el.scrollHeight > el.clientHeight + 1) return true;
  }
  return false;
}
