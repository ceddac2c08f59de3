/** The coach's words for single-session steps, as the Undo/Redo buttons and the Edit menu name them. */
import { dayLabel, type IsoDate } from '../domain/dates';
import { effectiveTitle } from '../domain/kinds';
import type { CoachSession } from '../domain/types';

/** A session as a step names it; its day when known (a coach adds five "Easy" runs a week). */
type Named = Pick<CoachSession, 'kind' | 'title'> & { date?: IsoDate };

/** The contract's limit on a step name (`stepLabel` in edit-schemas.ts). */
const STEP_LABEL_MAX = 200;
/** How much of a title a step name shows: enough to tell sessions apart on an Undo button. */
const TITLE_IN_LABEL_MAX = 48;

/** `text` within `max` characters: whole, or cut after the last whole word that fits, with "…". */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  // One long word (or hardly any words): cut inside it rather than leave almost nothing.
  const kept = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  return `${kept.replace(/[\s,;:.–-]+$/, '')}…`;
}

/**
 * A session's title as a step name shows it. A title may be 200 characters, and "Move <title>
 * to Wed 3 Mar" was then over the contract's 200: the session could not be moved or deleted.
 */
export const titleInLabel = (title: string): string => cut(title, TITLE_IN_LABEL_MAX);

/** Any step name within the contract's limit (a scattered selection of many weeks can be long). */
export const fitStepLabel = (label: string): string => cut(label, STEP_LABEL_MAX);

/** A session's title as a step shows it: its own, else its kind's usual one ("Easy run"). */
export const named = (s: Named) => titleInLabel(effectiveTitle(s));
/** "Easy on Tue 8 Dec": "Undo add Easy" did not say which of the week's easy runs it takes away. */
export const namedOn = (s: Named) => (s.date ? `${named(s)} on ${dayLabel(s.date)}` : named(s));

export const addLabel = (s: Named) => `Add ${namedOn(s)}`;
export const editLabel = (s: Named) => `Edit ${namedOn(s)}`;
export const moveLabel = (s: Named, date: IsoDate) => `Move ${named(s)} to ${dayLabel(date)}`;
export const copyLabel = (s: Named, date: IsoDate) => `Copy ${named(s)} to ${dayLabel(date)}`;
export const deleteLabel = (s: Named) => `Delete ${namedOn(s)}`;
export const keepLabel = (title: string, date?: IsoDate) => `Keep ${titleInLabel(title)}${date ? ` on ${dayLabel(date)}` : ''}`;
export const dismissLabel = (date: IsoDate) => `Dismiss suggestion on ${dayLabel(date)}`;
export const restoreLabel = (date: IsoDate) => `Restore suggestion on ${dayLabel(date)}`;
