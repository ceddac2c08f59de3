/**
 * A plan as an iCalendar file (RFC 5545) an athlete can import into any calendar app.
 *
 * The text is built directly rather than with ical-generator: about a hundred times faster
 * (ENGINEERING.md) and the format needed here is small. Every session is an all-day event:
 * plans have no clock times, so `DTSTART;VALUE=DATE` with an exclusive `DTEND` of the next day
 * (from `addDays`, never `Date`), and no time zone that a daylight-saving change could shift.
 *
 * Re-exporting a plan must update the athlete's calendar rather than duplicate it, so UIDs are
 * `<session id>.<plan uid>@stride` (derived sessions have ids stable per day), and an event's
 * `SEQUENCE` rises exactly when what it says has changed since the plan's last export
 * (`lastExport`), whatever changed it (the session, the athlete's paces, the plan's units), and
 * stays put otherwise: an edit elsewhere in the plan leaves it alone (`sequenceFor`). An event the
 * last export sent that is no longer in the plan is sent again cancelled (`cancellations`): a
 * calendar never drops an event because a later file lacks it.
 */
import { createHash } from 'node:crypto';
import type { PlanDocument } from '../../src-shared/api/entities';
import { addDays } from '../../src-shared/domain/dates';
import { athleteSummary, athleteWhy } from '../../src-shared/domain/athlete-words';
import { KIND_LABEL, effectiveRpe, type SessionKind } from '../../src-shared/domain/kinds';
import type { PlanSession, Units } from '../../src-shared/domain/types';
import { formatDistance, formatDuration, formatPace } from '../../src-shared/domain/units';
import { easyPaceBand } from '../../src-shared/domain/pace-bands';
import { athleteEasyPace, athletePaces } from '../../src-shared/domain/paces';
import { shownDistance, shownDuration } from '../../src-shared/domain/session-estimates';
import { describeSteps } from '../../src-shared/domain/steps';
import { formatStepsText } from '../../src-shared/domain/steps-text';
import { RECOVERY_PACE_OFFSET_SEC_PER_KM } from '../../src-shared/rules/recovery-session';

export interface IcsOptions {
  /** False leaves out every rest day, the coach's and the rules' alike. */
  includeRest: boolean;
  /** The export's time, for `DTSTAMP`; tests pass a fixed one. Defaults to now. */
  now?: Date;
  /**
   * What each event said in the plan's last export, by UID (the store keeps it: see
   * services/ical-export.ts). A plan file has no store: its memory is the earlier export file it
   * writes over, read back by ical-earlier-export.ts, or none. An event not remembered takes the
   * SEQUENCE its revisions give (`sequenceFor`).
   */
  lastExport?: ReadonlyMap<string, Readonly<ExportedEvent>>;
}

/**
 * An event as exported: its UID, a fingerprint of everything it says, its SEQUENCE, and what a
 * later export needs to cancel it once it has left the plan: its day, its session's kind, its
 * summary (the one it had in the plan, for "Cancelled: Tempo run"), and whether it went out
 * cancelled. `date`, `kind` and `summary` are null only in what a version-8 store remembered.
 */
export interface ExportedEvent {
  uid: string;
  fingerprint: string;
  sequence: number;
  date: string | null;
  kind: string | null;
  summary: string | null;
  cancelled: boolean;
}

/** What a cancelled event's summary starts with (some calendars ignore STATUS:CANCELLED); read back by ical-earlier-export.ts. */
export const CANCELLED_PREFIX = 'Cancelled: ';
export const ICS_PRODID = '-//Stride//Training plans//EN';

export function planToIcs(doc: PlanDocument, options: IcsOptions): string {
  return planIcs(doc, options).text;
}

/** The calendar's text and its events, to remember as the plan's last export. */
export function planIcs(doc: PlanDocument, options: IcsOptions): { text: string; events: ExportedEvent[] } {
  const stamp = utcStamp(options.now ?? new Date());
  const revisionOf = new Map<string, number>();
  for (const s of doc.sessions) revisionOf.set(s.id, s.revision);

  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'METHOD:PUBLISH',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(calendarName(doc))}`,
  ];
  const events: ExportedEvent[] = [];
  for (const session of doc.evaluated.sessions) {
    if (!options.includeRest && session.kind === 'rest') continue;
    const uid = `${session.id}.${doc.plan.uid}@stride`;
    const summary = summaryOf(session);
    // Everything the event says but its DTSTAMP and SEQUENCE.
    const content = [
      `DTSTART;VALUE=DATE:${icsDate(session.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(session.date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(descriptionOf(session, doc))}`,
      `CATEGORIES:${escapeText(KIND_LABEL[session.kind])}`,
      // A training session should not make the athlete look busy to people booking meetings.
      'TRANSP:TRANSPARENT',
    ];
    const fingerprint = fingerprintOf(content);
    const sequence = sequenceFor(options.lastExport?.get(uid), fingerprint, () =>
      sequenceOf(session, revisionOf, doc.version),
    );
    events.push({ uid, fingerprint, sequence, date: session.date, kind: session.kind, summary, cancelled: false });
    // STATUS:CONFIRMED says outright that an event which comes back after a cancellation (an undo)
    // is not cancelled any more, for a calendar that merges an update into what it holds. It is
    // left out of the fingerprint: it says nothing an event without it did not, and a store's
    // fingerprints from before it stay valid (no SEQUENCE rises for it alone).
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uid)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      ...content,
      'STATUS:CONFIRMED',
      'END:VEVENT',
    );
  }
  const live = new Set(events.map((e) => e.uid));
  for (const last of cancellations(options, live)) {
    const content = cancelledContent(last);
    const fingerprint = fingerprintOf(content);
    const sequence = sequenceFor(last, fingerprint, () => 0);
    events.push({ ...last, fingerprint, sequence, cancelled: true });
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(last.uid)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      ...content,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  let out = '';
  for (const line of lines) out += foldLine(line) + '\r\n';
  return { text: out, events };
}

/** "Spring 10K — Sam Lee": the calendar's name (X-WR-CALNAME), which some calendar apps show. */
export function calendarName(doc: Pick<PlanDocument, 'plan' | 'athlete'>): string {
  return `${doc.plan.name} — ${doc.athlete.name}`;
}

type CancellableEvent = Readonly<ExportedEvent> & { date: string };

/**
 * The events the plan's last export sent (by this store's memory) that this one does not, to be
 * sent again with STATUS:CANCELLED (RFC 5545 §3.8.1.11) and a higher SEQUENCE, in day order after
 * the plan's own. The file stays METHOD:PUBLISH: subscriptions (Google Calendar drops a
 * subscribed event once the feed marks it cancelled) and file imports (which update the event
 * with that UID) take cancelled events in a published calendar; METHOD:CANCEL is a scheduling
 * message (RFC 5546) about one event to its attendees, not a plan.
 *
 * - Every export sends them again, for as long as the plan exists (its rows go with it): the
 *   athlete may have skipped the import that first carried a cancellation, and sending it again
 *   costs a few lines. A calendar that holds the event cancelled ignores a repeat (same SEQUENCE).
 * - A file without rest days (`includeRest` false) says nothing about rest days: a rest day it
 *   leaves out is still in the plan, and cancelling it would take it out of the calendar of an
 *   athlete who imported the same plan with rest days, from the same UIDs; nor does it cancel a
 *   rest day the coach deleted (the next export with rest days does; a rest day left in a calendar
 *   asks the athlete for nothing). But an event that was a run and is now a rest day (the coach
 *   changed its kind, or the rules turned a recovery run into rest) is cancelled there: left
 *   alone, the athlete's calendar would still say to run that day.
 * - A row a version-8 store kept without its day (a session deleted before the upgrade; see
 *   migration 9) cannot be placed on a day, so it is left out rather than sent on a wrong one.
 */
function cancellations(options: IcsOptions, live: ReadonlySet<string>): CancellableEvent[] {
  const out: CancellableEvent[] = [];
  for (const last of options.lastExport?.values() ?? []) {
    if (live.has(last.uid) || last.date === null) continue;
    if (!options.includeRest && last.kind === 'rest') continue;
    out.push(last as CancellableEvent);
  }
  return out.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0,
  );
}

/**
 * A cancelled event on the day the athlete's calendar has it, saying what it was. Calendars differ
 * (as their users report: w3c/calendar#90, esrg-knights/Squire#215): Google Calendar removes it,
 * Apple Calendar and Thunderbird strike it through, Outlook ignores STATUS and shows it as any
 * event, so the summary itself must say "Cancelled: Tempo run".
 */
function cancelledContent(last: CancellableEvent): string[] {
  const was = whatItWas(last);
  return [
    `DTSTART;VALUE=DATE:${icsDate(last.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(last.date, 1))}`,
    `SUMMARY:${escapeText(`${CANCELLED_PREFIX}${was}`)}`,
    `DESCRIPTION:${escapeText('No longer in your training plan.')}`,
    'STATUS:CANCELLED',
    'TRANSP:TRANSPARENT',
  ];
}

/** What a cancelled event was ("Tempo run"): its summary, or where a version-8 row kept none, its kind's name. */
export function whatItWas(last: Pick<ExportedEvent, 'summary' | 'kind'>): string {
  const known = last.kind !== null && Object.hasOwn(KIND_LABEL, last.kind);
  return last.summary ?? (known ? KIND_LABEL[last.kind as SessionKind] : 'Training session');
}

/** 128 bits of SHA-256 over the event's content lines: enough to tell any two versions apart. */
export function fingerprintOf(content: readonly string[]): string {
  return createHash('sha256').update(content.join('\n')).digest('hex').slice(0, 32);
}

/**
 * The SEQUENCE of an event. Where the store remembers what the plan's last export sent for this
 * UID, that alone decides: the same SEQUENCE when the event says the same (so exporting twice
 * gives the same file apart from DTSTAMP, and an edit elsewhere in the plan changes nothing
 * here), one more when it says anything else, whatever changed it (the session, or an athlete's
 * new race time changing every pace it prints with no session edited). A calendar app
 * re-processes every event whose SEQUENCE rose, and Outlook and Apple Calendar show it as
 * updated, so only what changed may rise.
 *
 * It never goes below what the athlete's calendar may hold for the UID:
 * - what this store's exports sent (the app's, `stride export ics <plan-id>`'s) is remembered,
 *   and the remembered SEQUENCE only ever rises;
 * - an event the store does not remember (never exported, or exported only before migration 8,
 *   or only by a read-only store) starts where the revisions give now (`sequenceOf`), and every
 *   such export sent at most that (the plan's version and a session's revision only rise): an
 *   event an older Stride sent as 37 goes out as at least 37 the first time it is remembered;
 * - a plan file (`stride export ics plan.json`) has no store: its memory is the earlier export
 *   file it writes over (ical-earlier-export.ts), which holds every SEQUENCE it sent; without one,
 *   the revisions only, 0 throughout. Its UIDs are the file's own (cli/commands/export-ics.ts),
 *   never a stored plan's.
 * The one gap: a read-only store cannot remember, so when it sends a changed event as one more
 * and a later export has the text it remembers back again, that export sends the remembered
 * SEQUENCE, one below the read-only one's, and a calendar that imported both keeps the
 * read-only export's text.
 */
function sequenceFor(last: Readonly<ExportedEvent> | undefined, fingerprint: string, byRevision: () => number): number {
  if (!last) return byRevision();
  return last.fingerprint === fingerprint ? last.sequence : last.sequence + 1;
}

/**
 * The SEQUENCE of an event no export of this store remembers (a plan file, a store upgraded from
 * before migration 8, an event never exported): what every export gave before the store
 * remembered exports, so never below what such an export sent. A coach session's is its revision
 * (never lower for an id: the store keeps a ledger). A derived session has no revision of its
 * own, and its UID is its day's (`rule-<date>`): what it says follows its source, and the source
 * of a day's recovery run can change (the hard session before it deleted, another put there), so
 * it takes the plan's version, which rises with every change and is never below a session's
 * revision, or its source's revision where that is higher (a store written outside the edit
 * path). A calendar app only takes an update whose SEQUENCE is not lower than the one it holds.
 */
function sequenceOf(session: PlanSession, revisionOf: ReadonlyMap<string, number>, planVersion: number): number {
  if (session.origin === 'coach') return revisionOf.get(session.id) ?? 0;
  return Math.max(revisionOf.get(session.sourceId) ?? 0, planVersion);
}

/**
 * "Intervals — 6 x 800 m", "Rest day", "Recovery run — easy, conversational, 30 min": the
 * athlete's words (athlete-words.ts), with no "auto" and no "rules".
 */
export function summaryOf(session: PlanSession): string {
  return athleteSummary(session);
}

/** What the athlete reads in the event: why (for derived ones), the targets, then the notes. */
export function descriptionOf(session: PlanSession, doc: Pick<PlanDocument, 'plan' | 'athlete'>): string {
  const units = doc.plan.units;
  const lines: string[] = [];
  const why = athleteWhy(session);
  if (why) lines.push(why);
  // A zero duration says nothing (a rest day is stored with 0 minutes). v2: what the coach left
  // empty shows its estimate, marked "≈".
  const duration = shownDuration(session);
  const distance = shownDistance(session);
  if (duration.min) lines.push(`Duration: ${duration.estimated ? '≈' : ''}${formatDuration(duration.min)}`);
  if (distance.km != null && (distance.km > 0 || !distance.estimated)) {
    lines.push(`Distance: ${distance.estimated ? '≈' : ''}${formatDistance(distance.km, units)}`);
  }
  // v2 (workouts.md): the canonical line, then each step with this athlete's pace range.
  const hasSteps = session.origin === 'coach' && session.steps && session.steps.length > 0;
  if (hasSteps && session.steps) {
    lines.push(`Workout: ${formatStepsText(session.steps, units)}`);
    const paces = athletePaces(doc.athlete);
    for (const item of describeSteps(session.steps, paces, units)) lines.push(`- ${item}`);
  } else {
    // The band the printed week and the watch workout give this run (pace-bands.ts), the rules'
    // recovery runs included; a race, the pace of its time over its distance, as the printed week shows it.
    const band =
      session.kind === 'race' ? racePace(duration, distance, units) : easyPaceBand(session.kind, doc.athlete, units);
    if (band) lines.push(`Pace: ${band}`);
  }
  // The RPE the load figures count: the coach's, or the kind's default where there is none.
  const rpe = effectiveRpe(session);
  if (rpe !== null) lines.push(`RPE: ${rpe} of 10`);
  if (session.origin === 'rule' && session.kind === 'recovery') lines.push(recoveryGuidance(doc.athlete, units));
  const notes = session.notes?.trim();
  if (notes) {
    if (lines.length > 0) lines.push('');
    lines.push(session.notes as string);
  }
  return lines.join('\n');
}

/** "5:00 /km": a race's time over its distance ("≈" where either is estimated), as print-model.ts prints it. */
function racePace(
  duration: { min: number | null; estimated: boolean },
  distance: { km: number | null; estimated: boolean },
  units: Units,
): string | null {
  if (!duration.min || !distance.km) return null;
  const about = duration.estimated || distance.estimated ? '≈' : '';
  return `${about}${formatPace((duration.min * 60) / distance.km, units)} /${units}`;
}

/** "About 6:36 per km (easy pace 5:40 per km + 56 s), heart-rate Zone 1." in the plan's unit: the band's middle, and why. */
function recoveryGuidance(athlete: PlanDocument['athlete'], units: Units): string {
  const easy = athleteEasyPace(athlete);
  const per = units === 'mi' ? 'per mile' : 'per km';
  const offset = formatPace(RECOVERY_PACE_OFFSET_SEC_PER_KM, units);
  const slower = offset.startsWith('0:') ? `${Number(offset.slice(2))} s` : offset;
  return (
    `About ${formatPace(easy + RECOVERY_PACE_OFFSET_SEC_PER_KM, units)} ${per} ` +
    `(easy pace ${formatPace(easy, units)} ${per} + ${slower}), heart-rate Zone 1.`
  );
}

/** 2027-03-02 → 20270302 */
function icsDate(date: string): string {
  return date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);
}

/** A UTC date-time, 20270301T120000Z (DTSTAMP must be UTC). */
function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

// Control characters other than tab are not allowed in TEXT; line breaks become `\n`.
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /\r\n|[\\;,\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function escapeChar(c: string): string {
  if (c === '\\' || c === ';' || c === ',') return `\\${c}`;
  if (c === '\r\n' || c === '\n' || c === '\r') return '\\n';
  return '';
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break as `\n`. */
export function escapeText(value: string): string {
  return value.replace(TEXT_SPECIAL, escapeChar);
}

const MAX_OCTETS = 75;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1): each continuation starts with one
 * space, which counts towards its 75. A character is never split across lines (its UTF-8 bytes
 * stay together, and a surrogate pair is one character), and neither is an escape such as `\n`,
 * which the RFC would allow but some calendar apps unfold badly.
 */
export function foldLine(line: string): string {
  // At most 3 octets per UTF-16 unit: 25 units always fit; so does a short line of ASCII.
  if (line.length <= MAX_OCTETS / 3 || (line.length <= MAX_OCTETS && ASCII.test(line))) return line;
  let out = '';
  let start = 0;
  let octets = 0;
  let i = 0;
  while (i < line.length) {
    const code = line.codePointAt(i) as number;
    let units: number;
    let size: number;
    if (code === 0x5c && i + 1 < line.length && line.charCodeAt(i + 1) < 0x80) {
      units = 2; // an escape pair, both ASCII
      size = 2;
    } else if (code > 0xffff) {
      units = 2;
      size = 4;
    } else {
      units = 1;
      size = code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    }
    if (octets + size > MAX_OCTETS) {
      out += line.slice(start, i) + '\r\n ';
      start = i;
      octets = 1; // the leading space
    }
    octets += size;
    i += units;
  }
  return out + line.slice(start);
}
