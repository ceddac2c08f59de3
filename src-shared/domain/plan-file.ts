/**
 * The plan file (plan-file.md): what "Export plan…" writes, "Import plan…" reads and the command
 * line takes. Reading refuses a bad file whole and names every problem with its JSON path and
 * value; writing gives pretty JSON that reads back to the same data. This file is the entry point
 * and reads the file's envelope (JSON, format, version); the rest lives beside it:
 *
 * - plan-file-format.ts: the format's name, versions and limits, and the data a file holds;
 * - plan-file-rules.ts: what each field may hold; plan-file-fields.ts: the field readers;
 * - plan-file-read-athlete.ts, plan-file-read-plan.ts, plan-file-read-sessions.ts,
 *   plan-file-library.ts: each section read and checked;
 * - plan-file-write.ts: the file written.
 */
import { nestsDeeperThan, tooDeepMessage } from './bounds';
import { isJsonObject, noticeUnknownKeys, showValue, type FileReport, type JsonObject } from './plan-file-fields';
import { LIBRARY_FILE_FORMAT, PLAN_FILE_FORMAT, PLAN_FILE_VERSIONS_READ, planFileSizeProblem, type PlanFileData, type PlanFileParse } from './plan-file-format';
import { readLibrary } from './plan-file-library';
import { readAthlete } from './plan-file-read-athlete';
import { readPlan } from './plan-file-read-plan';
import { readDismissed, readSessions } from './plan-file-read-sessions';

export {
  PLAN_FILE_FORMAT,
  PLAN_FILE_MAX_CHARS,
  PLAN_FILE_VERSION,
  planFileSizeProblem,
  PLAN_FILE_VERSIONS_READ,
  SESSION_MAX_MIN,
  type PlanFileData,
  type PlanFileParse,
} from './plan-file-format';
export { planFileText } from './plan-file-write';

// Known keys at the top; those the writer adds with the rules applied (`warnings`, `weeks`, `days`)
// are known too, so a written-out plan reads back without notices.
const TOP_KEYS = new Set([
  'format',
  'version',
  'athlete',
  'plan',
  'sessions',
  'dismissed',
  'warnings',
  'weeks',
  'days',
  'library',
]);

export function parsePlanFile(text: string): PlanFileParse {
  const json = parseJson(text);
  if (!json.ok) return json;
  const root = json.value;
  // Checked before anything walks the value: a 100,000-deep array must not exhaust the stack.
  if (nestsDeeperThan(root)) return { ok: false, errors: [tooDeepMessage('the file')] };
  if (!isJsonObject(root)) {
    return {
      ok: false,
      errors: [`the file holds ${showValue(root)}, not a Stride plan (a JSON object with "format": "stride-plan")`],
    };
  }
  const report: FileReport = { errors: [], notices: [] };
  // A file of another format or version is refused on that alone: checking its fields against
  // format 1's rules would only bury the one message that matters under misleading ones.
  if (!checkFormatAndVersion(root, report)) return { ok: false, errors: report.errors };

  noticeUnknownKeys(root, '', TOP_KEYS, report);
  const athlete = readAthlete(root, report);
  const plan = readPlan(root, report);
  const sessions = readSessions(root, plan, report);
  const dismissed = readDismissed(root, report);
  const library = readLibrary(root, report);

  if (report.errors.length > 0 || !athlete || !plan.data || !sessions || !dismissed || !library) {
    return { ok: false, errors: report.errors };
  }
  const data: PlanFileData = { athlete, plan: plan.data, sessions, dismissed };
  if (library.length > 0) data.library = library;
  return { ok: true, data, notices: report.notices };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  // Said by size, before parsing: the app (which checks before sending, FileButtons.svelte) and
  // the command line give the same sentence.
  const tooLarge = planFileSizeProblem(text);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['the file is empty, not a Stride plan (JSON)'] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`the file is not JSON: ${message}${lineAndColumn(body, message)}`] };
  }
}

/** " (line 3, column 5)" for V8's "… at position 42", which a coach cannot count to. */
function lineAndColumn(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const position = Number(m[1]);
  const before = text.slice(0, position).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

function checkFormatAndVersion(root: JsonObject, report: FileReport): boolean {
  const { format, version } = root;
  if (format !== PLAN_FILE_FORMAT) {
    report.errors.push(
      format === undefined
        ? `format: missing, so this is not a Stride plan file (it needs "format": "stride-plan")`
        : format === LIBRARY_FILE_FORMAT
          ? // Stride's own other file: say what it is and what takes it, not only what it is not.
            `format: "${LIBRARY_FILE_FORMAT}" is a workout library, not a plan: add its workouts with \`stride library import <file>\``
          : `format: ${showValue(format)} is not "stride-plan", so this is not a Stride plan file`,
    );
    return false;
  }
  if (!PLAN_FILE_VERSIONS_READ.includes(version as number)) {
    report.errors.push(
      version === undefined
        ? `version: missing, but required (this Stride reads plan files of version 1 or 2)`
        : `version: ${showValue(version)} is not supported (this Stride reads plan files of version 1 or 2 only)`,
    );
    return false;
  }
  return true;
}
