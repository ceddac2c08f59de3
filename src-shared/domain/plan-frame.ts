/**
 * Dates of a plan's frame (week 1 starts on `startDate`; a plan is whole weeks), shared by main's
 * handlers, the calendar and the print pages so they agree on where a plan ends and which week a
 * day is in. Day arithmetic on calendar dates (dates.ts), never `Date`.
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import type { PlanFrame } from './types';

type Span = Pick<PlanFrame, 'startDate' | 'weeks'>;

/** The plan's last day: the last day of its last week. */
export function planEndDate(plan: Span): IsoDate {
  return addDays(plan.startDate, plan.weeks * 7 - 1);
}

/** The first day of 1-based week `index`. */
export function weekStartOf(plan: Pick<PlanFrame, 'startDate'>, index: number): IsoDate {
  return addDays(plan.startDate, 7 * (index - 1));
}

export function isInsidePlan(plan: Span, date: IsoDate): boolean {
  return date >= plan.startDate && date <= planEndDate(plan);
}

/** The 1-based week of a date inside the plan, or null outside it. */
export function weekIndexOf(plan: Span, date: IsoDate): number | null {
  if (!isInsidePlan(plan, date)) return null;
  // Day arithmetic, not a walk over the weeks: the warnings list asks this for every warning.
  return Math.floor(daysBetween(plan.startDate, date) / 7) + 1;
}
