/**
 * Reading a PDF back the way a coach would, with poppler-utils (`pdfinfo`, `pdftotext`): for the
 * export tests of the library and of the command line.
 */
import { execFileSync } from 'node:child_process';

/** Page count and the first page's size in millimetres (pdfinfo gives points: 72 a inch). */
export function pdfInfo(file: string): { pages: number; widthMm: number; heightMm: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  const mm = (pts: string | undefined) => Math.round((Number(pts) / 72) * 25.4);
  return { pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]), widthMm: mm(size?.[1]), heightMm: mm(size?.[2]) };
}

/** The text of each page (pdftotext ends every page with a form feed), whitespace made single spaces. */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages.map((p) => p.replace(/\s+/g, ' ').trim());
}
