/**
 * What the coach is told about an iCal export that cancels sessions. A re-export carries every
 * event the athlete's calendar may still hold that has left the plan, as STATUS:CANCELLED
 * (export/ical.ts); the app said nothing of it, so a coach who deleted a session had no reason to
 * send the new file. Made from the events the export wrote, named as the file names them.
 */
import { dayLabel, type IsoDate } from '../../src-shared/domain/dates';
import { whatItWas, type ExportedEvent } from '../export/ical';

/** At most this many are named; the rest are counted. */
const NAMED = 3;

/** `events`: the export's events (export/ical.ts); those sent cancelled, with a day, are named. */
export function cancelledEventsNotice(events: readonly ExportedEvent[]): string | null {
  const cancelled = events
    .filter((e) => e.cancelled && e.date)
    .map((e) => ({ date: e.date as IsoDate, name: whatItWas(e) }));
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
