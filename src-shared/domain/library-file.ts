/**
 * The coach's workout library as a file of its own (`stride library export|import`):
 * `{ "format": "stride-library", "version": 1, "library": [ …as in a plan file… ] }`.
 * Importing also takes a plan file (format "stride-plan", version 1 or 2), of which only its
 * `library` is read: a coach can pick up another coach's workouts from a plan they were sent.
 */
import { nestsDeeperThan, tooDeepMessage } from './bounds';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSIONS_READ } from './plan-file';
import { LIBRARY_FILE_FORMAT } from './plan-file-format';
import { isJsonObject, noticeUnknownKeys, showValue, type FileReport } from './plan-file-fields';
import { libraryJson, readLibrary, type FileWorkout } from './plan-file-library';

export { LIBRARY_FILE_FORMAT };
export const LIBRARY_FILE_VERSION = 1;

export type LibraryFileParse = { ok: true; library: FileWorkout[]; notices: string[] } | { ok: false; errors: string[] };

export function libraryFileText(library: readonly FileWorkout[]): string {
  return `${JSON.stringify({ format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, library: libraryJson(library) }, null, 2)}\n`;
}

export function parseLibraryFile(text: string): LibraryFileParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['the file is empty, not a Stride library (JSON)'] };
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch (e) {
    return { ok: false, errors: [`the file is not JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (nestsDeeperThan(root)) return { ok: false, errors: [tooDeepMessage('the file')] };
  if (!isJsonObject(root)) return { ok: false, errors: [`the file holds ${showValue(root)}, not a Stride library (a JSON object)`] };
  const { format, version } = root;
  const report: FileReport = { errors: [], notices: [] };
  if (format === LIBRARY_FILE_FORMAT) {
    if (version !== LIBRARY_FILE_VERSION) {
      return { ok: false, errors: [`version: ${showValue(version)} is not supported (this Stride reads library files of version 1)`] };
    }
    noticeUnknownKeys(root, '', new Set(['format', 'version', 'library']), report);
    // A plan file may leave its library out; a library file without one is a mistake.
    if (root.library === undefined || root.library === null) {
      return { ok: false, errors: ['library: missing, but required (a list of workouts, which may be empty: [])'] };
    }
  } else if (format === PLAN_FILE_FORMAT) {
    if (!PLAN_FILE_VERSIONS_READ.includes(version as number)) {
      return { ok: false, errors: [`version: ${showValue(version)} is not supported (this Stride reads plan files of version 1 or 2)`] };
    }
  } else {
    return {
      ok: false,
      errors: [
        format === undefined
          ? 'format: missing, so this is not a Stride library (it needs "format": "stride-library", or a plan file\'s "stride-plan")'
          : `format: ${showValue(format)} is neither "stride-library" nor "stride-plan"`,
      ],
    };
  }
  const library = readLibrary(root, report);
  if (!library) return { ok: false, errors: report.errors };
  return { ok: true, library, notices: report.notices };
}
