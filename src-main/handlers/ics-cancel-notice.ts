/**
 * What the coach is told about an iCal export that cancels sessions. A re-export carries every
 * event the athlete's calendar may still hold that has left the plan, as STATUS:CANCELLED
 * (export/ical.ts); the app said nothing of it, so a coach who deleted a session had no reason to
 * send the new file. Read from the file itself, so the sentence names exactly what it carries.
 */
import { dayLabel, type IsoDate } from '../../src-shared/domain/dates';

/** At most this many are named; the rest are counted. */
const NAMED = 3;

/** RFC 5545 text: unfolded lines, `\,` `\;` `\\` `\n` escapes. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
}

export function cancelledEventsNotice(ics: string): string | null {
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const cancelled: { date: IsoDate; name: string }[] = [];
  let event: { status?: string; date?: string; summary?: string } | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT' && event) {
      if (event.status === 'CANCELLED' && event.date) {
        const name = (event.summary ?? '').replace(/^Cancelled: /, '') || 'Training session';
        cancelled.push({ date: event.date as IsoDate, name });
      }
      event = null;
    } else if (event) {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon).split(';')[0];
      const value = line.slice(colon + 1);
      if (key === 'STATUS') event.status = value;
      else if (key === 'SUMMARY') event.summary = unescapeText(value);
      else if (key === 'DTSTART') {
        const m = /^(\d{4})(\d{2})(\d{2})/.exec(value);
        if (m) event.date = `${m[1]}-${m[2]}-${m[3]}`;
      }
    }
  }
  if (cancelled.length === 0) return null;
  cancelled.sort((a, b) => a.date.localeCompare(b.date));
  const named = cancelled.slice(0, NAMED).map((c) => `${c.name} on ${dayLabel(c.date)}`);
  const rest = cancelled.length - named.length;
  const list =
    rest > 0
      ? `${named.join(', ')} and ${rest} more`
      : named.length > 1
        ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`
        : named[0];
  const one = cancelled.length === 1;
  return (
    `This calendar also cancels ${one ? 'a session' : `${cancelled.length} sessions`} no longer in the plan: ${list}. ` +
    `Send it to the athlete: their calendar drops ${one ? 'it' : 'them'} (or strikes ${one ? 'it' : 'them'} through) when they import the file.`
  );
}
