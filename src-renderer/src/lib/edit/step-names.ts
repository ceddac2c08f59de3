/**
 * How the week and selection commands name the sessions they act on, in their step names (the
 * Undo button, the Edit menu) and notices: in the same words as the single-session steps
 * (src-shared/edits/edit-labels.ts), so a card deleted from the keyboard and one deleted from the
 * inspector undo under one name.
 */
import { dayLabel, type IsoDate } from '../../../../src-shared/domain/dates';
import type { CoachSession } from '../../../../src-shared/domain/types';
import { named, namedOn } from '../../../../src-shared/edits/edit-labels';

type Named = Pick<CoachSession, 'kind' | 'title' | 'date'>;

/** A session's title as a step shows it: its own, else its kind's usual one ("Easy run"). */
export const sessionTitle = named;

/**
 * "Tempo run on Tue 8 Dec"; several: "3 sessions (Tue 2 Feb – Fri 5 Feb)", or "on" their one day.
 * After a few steps "Undo delete 3 sessions" no longer said which three.
 */
export function sessionsName(sessions: readonly Named[]): string {
  if (sessions.length === 1) return namedOn(sessions[0]);
  const dates = sessions.map((s) => s.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const count = `${sessions.length} sessions`;
  return first === last ? `${count} on ${dayLabel(first)}` : `${count} (${dayLabel(first)} – ${dayLabel(last)})`;
}

/**
 * "Paste Easy run on Tue 8 Dec onto Mon 25 Jan": "onto" the day, as weeks paste "onto weeks 3–5";
 * with "on" twice the step read "Paste Easy run on Tue 8 Dec on Mon 25 Jan".
 */
export function pasteSessionsLabel(from: string | undefined, count: number, date: IsoDate): string {
  return `Paste ${from ?? `${count} session${count === 1 ? '' : 's'}`} onto ${dayLabel(date)}`;
}
