/**
 * How many pages a PDF Chromium printed has, read from its page tree's root (`/Type /Pages
 * /Count N`), which Chromium writes as plain text. An athlete's week that runs onto a second page
 * makes the count more than the weeks printed, which is worth telling the coach. Null where the
 * root cannot be read (another writer, a compressed object stream): the count is then left unsaid.
 */
export function pdfPageCount(pdf: Uint8Array): number | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const counts = [
    ...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g),
  ].map((m) => Number(m[1] ?? m[2]));
  // The root holds every page: the largest count (a tree may have intermediate nodes).
  return counts.length > 0 ? Math.max(...counts) : null;
}
