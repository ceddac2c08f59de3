import { describe, expect, it } from 'vitest';
import { cssString, footerCss, pageCss, pageGeometry, sheetSizeMm } from './page-setup';

describe('print page geometry', () => {
  it("prints the athlete's week on A4 portrait and the plan on A4 landscape", () => {
    expect(pageGeometry('weeks', 'a4')).toMatchObject({ widthMm: 210, heightMm: 297, landscape: false });
    expect(pageGeometry('plan', 'a4')).toMatchObject({ widthMm: 297, heightMm: 210, landscape: true });
    expect(pageGeometry('plan', 'letter')).toMatchObject({ widthMm: 279.4, heightMm: 215.9, landscape: true });
  });

  it('makes each sheet the page less its margins (and half a millimetre), so one sheet is one page', () => {
    // A4 portrait with 12 mm margins: 210 − 24 = 186 wide, 297 − 24 − 0.5 = 272.5 high.
    expect(sheetSizeMm(pageGeometry('weeks', 'a4'))).toEqual({ width: 186, height: 272.5 });
    // A4 landscape, 10 mm sides, 10 mm top and 14 mm bottom for the footer: 277 × 185.5.
    expect(sheetSizeMm(pageGeometry('plan', 'a4'))).toEqual({ width: 277, height: 185.5 });
  });

  it('names the paper in the @page rule', () => {
    expect(pageCss('weeks', 'a4')).toContain('@page { size: A4 portrait; margin: 12mm 12mm 12mm 12mm; }');
    expect(pageCss('plan', 'letter')).toContain('@page { size: letter landscape; margin: 10mm 10mm 14mm 10mm; }');
  });

  it("puts the plan's name in the footer as a CSS string that no name can break out of", () => {
    expect(cssString('Spring 10K — Zoë')).toBe('"Spring 10K — Zoë"');
    // A quote, a backslash and a line break are escaped by code point, followed by a space.
    expect(cssString('Say "go" \\ now\nthen')).toBe('"Say \\22 go\\22  \\5c  now\\a then"');
    const css = footerCss('A "} @page { x');
    expect(css).toContain('content: "A \\22 } @page { x";');
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages);');
  });
});
