/** The coach's words for single-session steps, as the Undo/Redo buttons and the Edit menu name them. */
import { dayLabel, type IsoDate } from '../domain/dates';
import { effectiveTitle } from '../domain/kinds';
import type { CoachSession } from '../domain/types';

type Named = Pick<CoachSession, 'kind' | 'title'>;

export const addLabel = (s: Named) => `Add ${effectiveTitle(s)}`;
export const editLabel = (s: Named) => `Edit ${effectiveTitle(s)}`;
export const moveLabel = (s: Named, date: IsoDate) => `Move ${effectiveTitle(s)} to ${dayLabel(date)}`;
export const copyLabel = (s: Named, date: IsoDate) => `Copy ${effectiveTitle(s)} to ${dayLabel(date)}`;
export const deleteLabel = (s: Named) => `Delete ${effectiveTitle(s)}`;
export const keepLabel = (title: string) => `Keep ${title}`;
export const dismissLabel = (date: IsoDate) => `Dismiss suggestion on ${dayLabel(date)}`;
export const restoreLabel = (date: IsoDate) => `Restore suggestion on ${dayLabel(date)}`;
