/**
 * What a key does in the calendar, as pure functions (tested without a DOM).
 *
 * Days (a roving focus: one day is in the Tab order, arrows move it):
 *   ←/→ a day, ↑/↓ a week, Home/End the week's first/last day, PageUp/PageDown four weeks,
 *   Enter or "a": the "Add session" menu for that day.
 * A session card (Tab from its day into its cards):
 *   Alt+←/→/↑/↓ moves it a day or a week, Alt+Shift+arrows copies it there,
 *   Delete or Backspace removes it, Enter opens it in the inspector, Escape goes back to the day.
 */
import { addDays, daysBetween, type IsoDate } from '../../../../src-shared/domain/dates';
import type { PlanFrame } from '../../../../src-shared/domain/types';
import { isInsidePlan } from './plan-grid';

export interface KeyLike {
  key: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const ARROW_DAYS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

/** Where an arrow (or Home/End/PageUp/PageDown) takes a date, kept inside the plan; null for other keys. */
export function stepDate(plan: PlanFrame, date: IsoDate, key: string): IsoDate | null {
  let next: IsoDate;
  if (key in ARROW_DAYS) next = addDays(date, ARROW_DAYS[key]);
  else if (key === 'PageUp') next = addDays(date, -28);
  else if (key === 'PageDown') next = addDays(date, 28);
  else if (key === 'Home' || key === 'End') {
    const offset = ((daysBetween(plan.startDate, date) % 7) + 7) % 7;
    next = key === 'Home' ? addDays(date, -offset) : addDays(date, 6 - offset);
  } else return null;
  if (isInsidePlan(plan, next)) return next;
  // Paging past either end lands on the plan's first or last week rather than doing nothing.
  if (key === 'PageUp' || key === 'PageDown') {
    const offset = ((daysBetween(plan.startDate, date) % 7) + 7) % 7;
    const weekStart = key === 'PageUp' ? plan.startDate : addDays(plan.startDate, (plan.weeks - 1) * 7);
    return addDays(weekStart, offset);
  }
  return date;
}

/** `clear-selection`: Escape lets the selected weeks or sessions go (the calendar ignores it when none are). */
export type DayAction = { type: 'focus'; date: IsoDate } | { type: 'add-menu' } | { type: 'clear-selection' };

export function dayKeyAction(plan: PlanFrame, date: IsoDate, e: KeyLike): DayAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Enter' || e.key === 'a' || e.key === 'A') return { type: 'add-menu' };
  if (e.key === 'Escape' && !e.shiftKey) return { type: 'clear-selection' };
  const next = stepDate(plan, date, e.key);
  return next ? { type: 'focus', date: next } : null;
}

export type SessionAction =
  | { type: 'move'; date: IsoDate }
  | { type: 'copy'; date: IsoDate }
  | { type: 'delete' }
  | { type: 'open' }
  | { type: 'to-day' }
  /** Delete on a derived card: it cannot be deleted; say why and offer Dismiss or Keep. */
  | { type: 'explain-derived' };

/** `editable`: a coach session (derived ones can only be opened, then kept or dismissed). */
export function sessionKeyAction(date: IsoDate, editable: boolean, e: KeyLike): SessionAction | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Enter' || (e.key === ' ' && !e.altKey)) return { type: 'open' };
  if (e.key === 'Escape') return { type: 'to-day' };
  if (!editable) return (e.key === 'Delete' || e.key === 'Backspace') && !e.altKey ? { type: 'explain-derived' } : null;
  if ((e.key === 'Delete' || e.key === 'Backspace') && !e.altKey) return { type: 'delete' };
  if (e.altKey && e.key in ARROW_DAYS) {
    // Out of the plan too: the plan's rule then refuses it with its sentence (returning nothing
    // here, the key did nothing and said nothing, and a browser took Alt+← as Back).
    const next = addDays(date, ARROW_DAYS[e.key]);
    return e.shiftKey ? { type: 'copy', date: next } : { type: 'move', date: next };
  }
  return null;
}

/** What Delete on a suggested (derived) session says, in the inspector beside Keep and Dismiss. */
export const DERIVED_DELETE_HINT =
  'A suggested session cannot be deleted. Dismiss it to leave this day open, or Keep it to make it yours (then you can delete it).';

export const KEYBOARD_HELP: readonly [string, string][] = [
  ['← → ↑ ↓', 'move between days (a week up or down)'],
  ['Enter', 'add a session to the focused day'],
  ['Tab', "into the day's sessions"],
  ['Alt + arrows', 'move the focused session'],
  ['Alt + Shift + arrows', 'copy it there'],
  ['Delete', 'remove the focused session'],
  ['Enter on a session', 'edit it in the inspector'],
  ['Esc', 'back to the day; again: nothing selected'],
  ['Space on a week', 'select it; Shift + ↑ ↓ for more weeks'],
  ['Shift + F10 on a week', 'copy, paste, repeat, insert, delete…'],
  ['Ctrl + C X V', 'copy, cut, paste what is selected'],
  ['Ctrl + Z, Ctrl + Y', 'undo, redo'],
];
