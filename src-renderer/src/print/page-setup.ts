/**
 * Paper and margins of each print view, shared by the `@page` rule and the sheets' fixed size
 * (every sheet is exactly one page's content box, so one sheet prints as one page).
 */
import type { Paper, PrintView } from './print-query';

export interface PageGeometry {
  /** The page itself, in mm, as oriented for the view. */
  widthMm: number;
  heightMm: number;
  landscape: boolean;
  margin: { top: number; right: number; bottom: number; left: number };
}

const PAPER_MM: Record<Paper, { short: number; long: number; css: string }> = {
  a4: { short: 210, long: 297, css: 'A4' },
  letter: { short: 215.9, long: 279.4, css: 'letter' },
};

/**
 * The athlete's week is portrait (one week, seven rows); the plan is landscape (seven day columns
 * side by side). The plan's bottom margin is deeper: it holds the footer (plan name, page
 * numbers), drawn in the page's margin boxes (see `footerCss`).
 */
export function pageGeometry(view: PrintView, paper: Paper): PageGeometry {
  const p = PAPER_MM[paper];
  if (view === 'weeks') {
    return {
      widthMm: p.short,
      heightMm: p.long,
      landscape: false,
      margin: { top: 12, right: 12, bottom: 12, left: 12 },
    };
  }
  return { widthMm: p.long, heightMm: p.short, landscape: true, margin: { top: 10, right: 10, bottom: 14, left: 10 } };
}

/** A sheet's content box: the page less its margins, less half a millimetre so rounding never spills a blank page. */
export function sheetSizeMm(g: PageGeometry): { width: number; height: number } {
  return {
    width: round2(g.widthMm - g.margin.left - g.margin.right),
    height: round2(g.heightMm - g.margin.top - g.margin.bottom - 0.5),
  };
}

export function pageCss(view: PrintView, paper: Paper): string {
  const g = pageGeometry(view, paper);
  const sheet = sheetSizeMm(g);
  const m = g.margin;
  return [
    `@page { size: ${PAPER_MM[paper].css} ${g.landscape ? 'landscape' : 'portrait'}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`,
    `:root { --sheet-width: ${sheet.width}mm; --sheet-height: ${sheet.height}mm; ` +
      `--margin-top: ${m.top}mm; --margin-right: ${m.right}mm; --margin-bottom: ${m.bottom}mm; --margin-left: ${m.left}mm; }`,
  ].join('\n');
}

/**
 * On screen, the pages as sheets of paper on grey with their margins. Only the browser preview's
 * print tab (`autoprint=1`) is ever seen, so only it gets these rules: a page that is only printed
 * (PDF export, the desktop app) carries no screen-only rules, since Chromium restyles the page
 * when print media turns them off (≈10 ms of CPU in every PDF export here).
 */
export function paperOnScreenCss(): string {
  return `@media screen {
  html, body { background: #d9dbde; }
  body { min-height: 100vh; padding: 8mm 0; }
  .sheet {
    box-sizing: content-box;
    margin: 0 auto 8mm;
    padding: var(--margin-top) var(--margin-right) var(--margin-bottom) var(--margin-left);
    background: var(--paper);
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
  }
  /* A week run onto more pages (fit-sheets.ts) is one tall sheet here: where print will begin each
     page after the first is marked, or its "(continued)" heading sat mid-sheet with nothing to say so.
     (Measured with this space, each page holds a little less than print gives it: never more.) */
  .sheet.sheet-overflow { counter-reset: sheet-page 1; }
  .sheet.sheet-overflow [data-continued][data-shown] {
    counter-increment: sheet-page;
    position: relative;
    margin-top: 3mm;
    padding-top: 5mm;
    border-top: 1.5px dashed #8a9099;
  }
  .sheet.sheet-overflow [data-continued][data-shown]::before {
    content: "Page " counter(sheet-page) " when printed";
    position: absolute;
    top: -0.75em;
    right: 0;
    padding: 0 2mm;
    background: var(--paper);
    color: #5f6670;
    font-size: 9pt;
    font-weight: 400;
  }
}`;
}

/**
 * The plan PDF's footer: its name bottom left, "Page n of N" bottom right, as CSS page margin
 * boxes. The page draws it itself rather than through the printer's header/footer templates
 * (`displayHeaderFooter`): those lay out a separate document for every page (≈0.25 s on a
 * 4-page plan), and this way `page.pdf()` and Electron's `printToPDF` print the same footer.
 */
export function footerCss(title: string): string {
  const font = "font-family: 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif; font-size: 8pt; color: #444;";
  return (
    `@page { @bottom-left { content: ${cssString(title)}; ${font} vertical-align: middle; } ` +
    `@bottom-right { content: "Page " counter(page) " of " counter(pages); ${font} vertical-align: middle; } }`
  );
}

/**
 * A CSS string literal holding `text` as text: quotes, backslashes, line breaks and other control
 * characters are escaped by code point, so a plan called `Spring "10K" \ A` cannot end the string
 * or the rule.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\' || code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
