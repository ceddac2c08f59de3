/**
 * Every sheet is one page. Where a sheet's content is taller than the page (a busy week with
 * long notes), its type is scaled down a step at a time until it fits, so a week is never split
 * and the page count stays what the layout promises. All sizes inside a sheet are in `em`.
 * Only past 60 % does a sheet give up and flow onto another page (see `.sheet-overflow`).
 */

const STEP = 0.05;
const SMALLEST = 0.6;

export function fitSheets(root: ParentNode): void {
  for (const sheet of root.querySelectorAll<HTMLElement>('.sheet')) {
    let scale = 1;
    sheet.style.setProperty('--fit', '1');
    while (overflows(sheet) && scale > SMALLEST + 1e-9) {
      scale = Math.round((scale - STEP) * 100) / 100;
      sheet.style.setProperty('--fit', String(scale));
    }
    sheet.dataset.fit = String(scale);
    // Still too much at the smallest readable size: let the sheet run onto a second page rather
    // than cut anything off (the page count then grows, but no session or note is lost).
    if (overflows(sheet)) sheet.classList.add('sheet-overflow');
  }
}

function overflows(sheet: HTMLElement): boolean {
  // A sheet is a fixed-height box; any child taller than it shows as scrollHeight > clientHeight.
  if (sheet.scrollHeight > sheet.clientHeight + 1) return true;
  for (const el of sheet.querySelectorAll<HTMLElement>('[data-fit-box]')) {
    if (el.scrollHeight > el.clientHeight + 1) return true;
  }
  return false;
}
