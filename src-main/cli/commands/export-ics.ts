/**
 * `stride export ics <plan-id|file> -o <file> [--data-dir DIR] [--no-rest] [--since FILE]`: a plan
 * as an iCalendar file, recovery runs and rest days included. A whole number is a plan in the
 * store; anything else is a plan file, evaluated in memory and never stored.
 *
 * A stored plan's export is measured against the store's note of its last export. A plan file has
 * no store: its export is measured against the earlier export it writes over (or `--since FILE`),
 * so a coach who edits the file and exports it again to the same .ics sends the athlete changed
 * events with a higher SEQUENCE and deleted sessions cancelled.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PlanDocument } from '../../../src-shared/api/entities';
import type { PlanFileData } from '../../../src-shared/domain/plan-file';
import { evaluatePlan } from '../../../src-shared/rules/evaluate-plan';
import { writeFileAtomic } from '../../export/atomic-write';
import { calendarName, planIcs, type ExportedEvent } from '../../export/ical';
import { readEarlierExport } from '../../export/ical-earlier-export';
import { loadPlanDocument } from '../../handlers/plan-document';
import { exportStoredPlanIcs } from '../../services/ical-export';
import { EXIT_OK, EXIT_USAGE, usageError, type CliCommand, type CommandContext } from '../cli-command';
import { parseOptions } from '../cli-options';
import { openCliStore, parsePlanId } from '../cli-store';
import { readPlanFile } from '../read-plan-file';
import { plural } from '../../../src-shared/edits/edit-messages';
import { planSpan, reportWritten } from '../wrote-line';

const NO_REST = '--no-rest';
const SINCE = '--since';

export const command: CliCommand = {
  args: `<plan-id|file> -o <file> [--data-dir DIR] [${NO_REST}] [${SINCE} FILE]`,
  summary:
    'write a stored plan or a plan file as an iCalendar file (-o - writes to standard output); a plan ' +
    "file's export updates the earlier export it writes over (or --since FILE): changed events, deleted ones cancelled",
  run(args, ctx) {
    const parsed = parseOptions(args, { flags: [NO_REST], values: [SINCE] });
    if (!parsed.ok) return usageError(ctx, parsed.problem);
    const { operands, dataDir, output, flags, values } = parsed.options;
    if (operands.length !== 1) {
      return usageError(
        ctx,
        operands.length === 0 ? 'export ics needs a plan id or a plan file' : 'export ics takes one plan',
      );
    }
    if (!output) return usageError(ctx, 'export ics needs -o <file>');
    const includeRest = !flags.has(NO_REST);

    const id = parsePlanId(operands[0]);
    if (id === null) {
      const read = readPlanFile(operands[0], ctx.io);
      if (!read.ok) return read.exitCode;
      for (const notice of read.notices) ctx.io.stderr(`${notice}\n`);
      const doc = planDocumentOfFile(read.data);
      const earlier = earlierExportOf(
        values.get(SINCE) ?? (output === '-' ? null : output),
        values.has(SINCE),
        doc,
        ctx,
      );
      if (earlier === 'refused') return EXIT_USAGE;
      const ics = planIcs(doc, { includeRest, lastExport: earlier?.events });
      const status = write(ics.text, output, ctx, calendarContents(doc, ics.events, includeRest));
      if (status === EXIT_OK && earlier) reportUpdate(earlier.name, earlier.events, ics.events, ctx);
      return status;
    }
    if (values.has(SINCE)) {
      return usageError(ctx, `${SINCE} is for plan files: a stored plan's exports are remembered by the store`);
    }

    // Writable where it can be: the export notes what each event said, so the next one raises
    // the SEQUENCE of what changed, as the app's export does (services/ical-export.ts).
    const opened = openCliStore(dataDir, ctx.io, { mustExist: true, readonly: true, writeIfPossible: true });
    if (!opened.ok) return opened.exitCode;
    let ics: { text: string; events: readonly ExportedEvent[] };
    let doc: PlanDocument;
    try {
      if (!opened.store.plans.get(id)) {
        ctx.io.stderr(`stride: there is no plan ${id} in this store\n`);
        return EXIT_USAGE;
      }
      doc = loadPlanDocument(opened.store, id);
      ics = exportStoredPlanIcs(opened.store, doc, { includeRest });
    } finally {
      opened.store.close();
    }
    return write(ics.text, output, ctx, calendarContents(doc, ics.events, includeRest));
  },
};

/**
 * The events of the earlier export a plan file's calendar updates: `name` (the --since file, or the
 * output file when it is already there), or null when there is none to read. A --since file that
 * cannot be read is refused; an output file that is not a Stride calendar of this plan is only
 * written over.
 */
function earlierExportOf(
  name: string | null,
  named: boolean,
  doc: PlanDocument,
  ctx: CommandContext,
): { name: string; events: Map<string, ExportedEvent> } | null | 'refused' {
  if (name === null) return null;
  const full = path.resolve(ctx.io.cwd, name);
  if (!named && !existsSync(full)) return null;
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (e) {
    if (!named) return null;
    const code = (e as NodeJS.ErrnoException).code;
    ctx.io.stderr(
      `stride: cannot read ${name}${code === 'ENOENT' ? ': there is no such file' : `: ${(e as Error).message}`}\n`,
    );
    return 'refused';
  }
  const earlier = readEarlierExport(text, doc.plan.uid);
  if (earlier.kind === 'this-plan') return { name, events: earlier.events };
  if (earlier.kind === 'another-plan') {
    ctx.io.stderr(`stride: ${anotherCalendar(name, named, earlier.calendarName, calendarName(doc))}\n`);
  } else if (named) {
    ctx.io.stderr(`stride: ${name} is not a calendar exported by Stride: nothing in it is updated\n`);
  }
  return null;
}

/**
 * What the coach is told when the earlier export is the calendar of another plan. A plan file has
 * no identifier of its own (plan-file.md): its events are named after its plan and athlete, so
 * the likeliest cause is the same plan renamed (or the athlete's name corrected), and the athlete
 * who imported the earlier file would then see every session twice. The other: a calendar the app
 * exported for a plan kept in Stride, whose events have the stored plan's own ids.
 */
function anotherCalendar(name: string, named: boolean, was: string | null, now: string): string {
  const fate = named
    ? `nothing in ${name} is updated, and an athlete who imported it keeps`
    : `${name} is replaced, but an athlete who imported it keeps`;
  const twice = `${fate} its events and will see each session twice unless they delete the old ones.`;
  if (was === null) return `${name} held the calendar of another plan, so this file's events are new ones: ${twice}`;
  if (was === now) {
    return (
      `${name} held another calendar named "${was}" (exported from a plan kept in Stride, or from another ` +
      `plan file), so this file's events are new ones: ${twice}`
    );
  }
  return (
    `${name} held the calendar "${was}", not this plan's ("${now}"). A plan file's calendar events are named ` +
    `after its plan and athlete, so if this is that plan renamed, its events are new ones: ${twice} ` +
    'To update their calendar instead, export under the old names.'
  );
}

/** "stride: sam.ics: 1 changed event, 2 cancelled …": what the athlete's calendar will do with the new file. */
function reportUpdate(
  name: string,
  before: ReadonlyMap<string, ExportedEvent>,
  after: readonly ExportedEvent[],
  ctx: CommandContext,
): void {
  let changed = 0;
  let added = 0;
  let cancelled = 0;
  for (const e of after) {
    const last = before.get(e.uid);
    if (!last) added++;
    else if (e.cancelled && !last.cancelled) cancelled++;
    else if (e.sequence > last.sequence) changed++;
  }
  const parts = [
    changed ? `${changed} changed event${changed === 1 ? '' : 's'}` : '',
    added ? `${added} new` : '',
    cancelled ? `${cancelled} cancelled` : '',
  ].filter(Boolean);
  if (parts.length === 0) return;
  ctx.io.stderr(
    `stride: ${name}: ${parts.join(', ')} since its earlier export (a calendar that imported it takes these)\n`,
  );
}

/** "38 events over 8 weeks from Mon 1 Mar 2027, no rest days, 2 cancelled": what the calendar file holds. */
function calendarContents(doc: PlanDocument, events: readonly ExportedEvent[], includeRest: boolean): string {
  const cancelled = events.filter((e) => e.cancelled).length;
  return [
    `${plural(events.length - cancelled, 'event')} over ${planSpan(doc.plan)}`,
    includeRest ? '' : 'no rest days',
    cancelled ? `${cancelled} cancelled` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** Writes the calendar (standard output for `-`), and says what went into a file (`contents`). */
function write(text: string, output: string, ctx: CommandContext, contents: string): number {
  if (output === '-') {
    ctx.io.stdout(text);
    return EXIT_OK;
  }
  try {
    writeFileAtomic(path.resolve(ctx.io.cwd, output), text);
    reportWritten(ctx, output, contents);
    return EXIT_OK;
  } catch (e) {
    ctx.io.stderr(`stride: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
}

/**
 * A plan file as the exports see a stored plan. A file has no revisions (0 everywhere) and no
 * stored uid, so the uid comes from the athlete's and the plan's names: exporting the same
 * file again, even after editing its sessions, updates the events already in the athlete's
 * calendar instead of adding a second copy. (Importing the file into the store gives the plan a
 * fresh random uid, so the file's export and the stored plan's are separate calendars.)
 */
export function planDocumentOfFile(data: PlanFileData): PlanDocument {
  const { name: athleteName, ...settings } = data.athlete;
  return {
    athlete: { id: 0, name: athleteName, units: data.plan.units, ...settings },
    plan: {
      id: 0,
      athleteId: 0,
      uid: fileUid(athleteName, data.plan.name),
      name: data.plan.name,
      goal: null,
      startDate: data.plan.startDate,
      weeks: data.plan.weeks,
      weekStartsOn: data.plan.weekStartsOn,
      units: data.plan.units,
    },
    sessions: data.sessions.map((s) => ({ ...s, revision: 0 })),
    dismissed: data.dismissed,
    evaluated: evaluatePlan(data),
    version: 0,
    history: { undo: null, redo: null },
  };
}

/** A name-based UUID (RFC 9562 version 8 layout) from the athlete and plan names. */
export function fileUid(athleteName: string, planName: string): string {
  const hex = createHash('sha256')
    .update(`stride-plan-file\u0000${athleteName.normalize('NFC')}\u0000${planName.normalize('NFC')}`)
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
