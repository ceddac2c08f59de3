/** Save text as a file through the browser (the preview; inside Electron main writes the file itself). */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Save a base64-encoded binary file (a PDF) through the browser. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadBlob(fileName, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * plan-file.md v2: the stored athlete a plan file's athlete matches — the same name, level and
 * easy pace (absent in the file: the level's default, as stored as none) — to import into instead
 * of creating a duplicate.
 */
export function matchingAthlete<A extends { name: string; level: string; easyPaceSecPerKm: number | null }>(
  text: string,
  athletes: readonly A[],
): A | undefined {
  let a: { name?: unknown; level?: unknown; easyPaceSecPerKm?: unknown } | undefined;
  try {
    a = (JSON.parse(text) as { athlete?: typeof a })?.athlete;
  } catch {
    return undefined;
  }
  if (!a || typeof a.name !== 'string') return undefined;
  const name = a.name.trim();
  const level = typeof a.level === 'string' ? a.level : 'intermediate';
  const pace = typeof a.easyPaceSecPerKm === 'number' ? a.easyPaceSecPerKm : null;
  return athletes.find((x) => x.name === name && x.level === level && x.easyPaceSecPerKm === pace);
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

