/**
 * The sentences edits are refused with. A coach reads them in a banner: readable dates
 * ("Tue 8 Dec"), proper plurals, session titles; never an ISO date or an internal id.
 */
import { dayLabel, type IsoDate } from '../domain/dates';
import { effectiveTitle } from '../domain/kinds';
import type { CoachSession } from '../domain/types';

/** A stale edit or undo (the plan changed in another window, a tab, the command line). */
export const PLAN_CHANGED =
  'This plan changed in another window; reloaded, your last change was not applied';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c"; more than `max` items end in "and N more". */
export function listText(items: string[], max = 4): string {
  const shown = items.length > max ? [...items.slice(0, max - 1), `${items.length - (max - 1)} more`] : items;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** "Long run on Sun 20 Dec" */
export function sessionOnDay(s: Pick<CoachSession, 'kind' | 'title' | 'date'>): string {
  return `${effectiveTitle(s)} on ${dayLabel(s.date)}`;
}

export function outsidePlanText(outside: CoachSession[], start: IsoDate, end: IsoDate): string {
  const frame = `${dayLabel(start)} to ${dayLabel(end)}`;
  const named = listText(outside.map(sessionOnDay));
  const subject = outside.length === 1 ? named : `${plural(outside.length, 'session')} (${named})`;
  return `${subject} would fall outside the plan (${frame}); move or delete ${outside.length === 1 ? 'it' : 'them'} first`;
}
