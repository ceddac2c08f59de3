/**
 * A text file saved as UTF-16 (Windows Notepad's "Unicode", Excel's "Unicode Text"), told by its
 * byte-order mark: read as UTF-8 it is a row of "��{ \0…" that JSON refuses with nothing a coach
 * can act on. The command line's readers of plan and library files decode it here (the app's
 * File.text() in Chromium already honours the mark), and UTF-8 themselves otherwise.
 */

/** The text of UTF-16 bytes with a byte-order mark (FF FE or FE FF), without the mark; else null. */
export function utf16Text(bytes: Uint8Array): string | null {
  const little = bytes[0] === 0xff && bytes[1] === 0xfe;
  const big = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!little && !big) return null;
  const units: number[] = [];
  let out = '';
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    units.push(little ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    // In chunks: String.fromCharCode takes its code units as arguments.
    if (units.length === 8192) out += String.fromCharCode(...units.splice(0));
  }
  return out + String.fromCharCode(...units);
}
