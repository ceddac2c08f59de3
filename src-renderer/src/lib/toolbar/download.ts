/** Save text as a file through the browser (the preview; inside Electron main writes the file itself). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The athlete named in a plan file, if it reads as one (to import into the same athlete). */
export function athleteNameInPlanFile(text: string): string | null {
  try {
    const data = JSON.parse(text) as { athlete?: { name?: unknown } };
    return typeof data?.athlete?.name === 'string' ? data.athlete.name.trim() : null;
  } catch {
    return null;
  }
}

/** Save a base64-encoded binary file (a PDF) through the browser. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
