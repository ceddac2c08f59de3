import { describe, expect, it } from 'vitest';
import { pdfPageCount } from './pdf-page-count';

const pdf = (body: string) => new Uint8Array(Buffer.from(`%PDF-1.4\n${body}\n%%EOF\n`, 'latin1'));

describe('pdfPageCount', () => {
  it("reads the page tree's root as Chromium writes it", () => {
    expect(pdfPageCount(pdf('36 0 obj\n<</Type /Pages\n/Count 3\n/Kids [2 0 R 7 0 R 9 0 R]>>\nendobj'))).toBe(3);
  });

  it('takes the root, not an intermediate node, and either order of the keys', () => {
    const body =
      '4 0 obj <</Count 2 /Type /Pages /Parent 5 0 R /Kids [1 0 R 2 0 R]>> endobj\n' +
      '5 0 obj <</Type/Pages/Kids [4 0 R 3 0 R]/Count 14>> endobj';
    expect(pdfPageCount(pdf(body))).toBe(14);
  });

  it('is null where there is no readable page tree', () => {
    expect(pdfPageCount(pdf('1 0 obj <</Type /ObjStm /N 4>> stream ... endstream endobj'))).toBeNull();
  });
});
