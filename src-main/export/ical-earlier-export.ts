/**
 * What an earlier Stride calendar file said, read back as the memory of a plan's last export
 * (`IcsOptions.lastExport`). A stored plan has that memory in the store; a plan file has none, so
 * `stride export ics plan.json -o sam.ics` takes it from the `sam.ics` it writes over (or the file
 * `--since` names): the events the athlete's calendar already holds, with their SEQUENCE and what
 * they said. With it the new file raises the SEQUENCE of exactly the events that changed and sends
 * the deleted ones cancelled, as the store's export does.
 *
 * Only Stride's own files are read (its PRODID), and only the events of the plan being exported
 * (UIDs ending `.<plan uid>@stride`): a calendar of another plan written over is replaced, never
 * cancelled event by event into this one.
 */
import { DEFAULT_TITLE, KIND_LABEL, type SessionKind } from '../../src-shared/domain/kinds';
import { CANCELLED_PREFIX, ICS_PRODID, fingerprintOf, type ExportedEvent } from './ical';

export type EarlierExport =
  | { kind: 'this-plan'; events: Map<string, ExportedEvent> }
  /**
   * A Stride calendar of another plan (or of this one under another plan or athlete name), with
   * its name ("Spring 10K — Sam Lee", X-WR-CALNAME) where it has one.
   */
  | { kind: 'another-plan'; calendarName: string | null }
  /** Not a Stride calendar: nothing to remember. */
  | { kind: 'not-stride' };

/** The lines of an event that are not what it says: who it is, when it was sent, its version. */
const NOT_CONTENT = /^(BEGIN|END|UID|DTSTAMP|SEQUENCE)[:;]/;

export function readEarlierExport(text: string, planUid: string): EarlierExport {
  // RFC 5545 §3.1: a line break followed by one space or tab continues the line.
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  if (!lines.includes(`PRODID:${ICS_PRODID}`)) return { kind: 'not-stride' };
  const suffix = `.${planUid}@stride`;
  const events = new Map<string, ExportedEvent>();
  let sawEvents = false;
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      sawEvents = true;
      const event = eventOf(current);
      if (event && event.uid.endsWith(suffix)) events.set(event.uid, event);
      current = null;
    } else if (current) current.push(line);
  }
  if (sawEvents && events.size === 0) {
    const named = lines.find((l) => l.startsWith('X-WR-CALNAME:'));
    return { kind: 'another-plan', calendarName: named === undefined ? null : unescapeText(named.slice(13)) };
  }
  return { kind: 'this-plan', events };
}

function eventOf(lines: readonly string[]): ExportedEvent | null {
  const value = (name: string) => {
    const line = lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
    return line === undefined ? null : line.slice(line.indexOf(':') + 1);
  };
  const uid = value('UID');
  const sequence = Number(value('SEQUENCE'));
  const start = /^(\d{4})(\d{2})(\d{2})$/.exec(value('DTSTART') ?? '');
  if (uid === null || !Number.isInteger(sequence) || sequence < 0 || !start) return null;
  const cancelled = value('STATUS') === 'CANCELLED';
  // The content lines in the order they were written, as planIcs fingerprinted them: a live event's
  // STATUS:CONFIRMED is left out of its fingerprint, a cancelled one's STATUS is part of it.
  const content = lines.filter((l) => !NOT_CONTENT.test(l) && l !== 'STATUS:CONFIRMED');
  const written = unescapeText(value('SUMMARY') ?? '');
  // A cancelled event is sent again under the summary it had in the plan ("Cancelled: Tempo run").
  const summary = cancelled && written.startsWith(CANCELLED_PREFIX) ? written.slice(CANCELLED_PREFIX.length) : written;
  const categories = value('CATEGORIES');
  return {
    uid: unescapeText(uid),
    fingerprint: fingerprintOf(content),
    sequence,
    date: `${start[1]}-${start[2]}-${start[3]}`,
    // A cancelled event carries no CATEGORIES: its kind is read from what it was ("Rest day"), so
    // a --no-rest export leaves a cancelled rest day alone, as the store's export (which remembers
    // the kind) does.
    kind: categories !== null ? kindOf(unescapeText(categories)) : cancelled ? kindOfSummary(summary) : null,
    summary,
    cancelled,
  };
}

function kindOf(label: string): SessionKind | null {
  const found = (Object.keys(KIND_LABEL) as SessionKind[]).find((k) => KIND_LABEL[k] === label);
  return found ?? null;
}

/**
 * The kind an athlete's summary was written for (athlete-words.ts): it starts with its kind's
 * default title or label as whole words ("Rest day", "Rest — Day off", "Recovery run — easy, …",
 * "Long run by the river"), and no kind's label or title starts another's. Null for anything else
 * ("Training session", a summary an older Stride wrote differently).
 */
export function kindOfSummary(summary: string): SessionKind | null {
  const starts = (words: string) =>
    summary.slice(0, words.length).toLowerCase() === words.toLowerCase() &&
    !/^[\p{L}\p{N}]/u.test(summary.slice(words.length));
  const found = (Object.keys(KIND_LABEL) as SessionKind[]).find(
    (k) => starts(DEFAULT_TITLE[k]) || starts(KIND_LABEL[k]),
  );
  return found ?? null;
}

/** RFC 5545 TEXT back to text: `\n` a line break, `\,` `\;` `\\` the character. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
