/** The plan form's fields and checks. */
import type { MethodInput } from '../../../../src-shared/api/contract';
import type { Plan } from '../../../../src-shared/api/entities';
import { addDays, DATE_RANGE_TEXT, isDateInRange, isIsoDate, startOfWeek, type IsoDate, type WeekStart } from '../../../../src-shared/domain/dates';
import type { Units } from '../../../../src-shared/domain/types';

export interface PlanDraft {
  name: string;
  goal: string;
  startDate: string;
  weeks: number;
  weekStartsOn: WeekStart;
  units: Units;
}

export type PlanFields = Omit<MethodInput<'plans.create'>, 'athleteId'>;
export type PlanErrors = Partial<Record<keyof PlanDraft, string>>;

/** A new plan starts on the first day of next week (a coach plans ahead). */
export function planDraft(plan: Plan | null, today: IsoDate, units: Units): PlanDraft {
  if (plan) {
    return {
      name: plan.name,
      goal: plan.goal ?? '',
      startDate: plan.startDate,
      weeks: plan.weeks,
      weekStartsOn: plan.weekStartsOn,
      units: plan.units,
    };
  }
  return {
    name: '',
    goal: '',
    startDate: startOfWeek(addDays(today, 7), 'monday'),
    weeks: 12,
    weekStartsOn: 'monday',
    units,
  };
}

/** What main will make of the start date: the first day of its week. */
export function snappedStart(d: Pick<PlanDraft, 'startDate' | 'weekStartsOn'>): IsoDate | null {
  return isIsoDate(d.startDate) ? startOfWeek(d.startDate, d.weekStartsOn) : null;
}

export function parsePlanDraft(d: PlanDraft): { ok: true; fields: PlanFields } | { ok: false; errors: PlanErrors } {
  const errors: PlanErrors = {};
  const name = d.name.trim();
  if (!name) errors.name = 'Name: give the plan a name';
  else if (name.length > 100) errors.name = 'Name: at most 100 characters';
  if (d.goal.length > 200) errors.goal = 'Goal: at most 200 characters';
  if (!isIsoDate(d.startDate)) errors.startDate = 'Start: pick a date';
  else if (!isDateInRange(d.startDate)) errors.startDate = `Start: pick a date ${DATE_RANGE_TEXT}`;
  if (!Number.isInteger(d.weeks) || d.weeks < 1 || d.weeks > 104) errors.weeks = 'Weeks: a whole number from 1 to 104';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      goal: d.goal.trim() || null,
      startDate: d.startDate,
      weeks: d.weeks,
      weekStartsOn: d.weekStartsOn,
      units: d.units,
    },
  };
}
