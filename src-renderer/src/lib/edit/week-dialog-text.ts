/**
 * What the week dialogs say their number will do, as the coach types it: which weeks a repeat
 * overwrites (the hint said "the weeks after it", while weeks 3–5 already held work), and where
 * week 1 starts once the plan is moved.
 */
import { addDays, longDateLabel, type IsoDate } from '../../../../src-shared/domain/dates';
import { MAX_WEEKS } from '../../../../src-shared/edits/week-operations';
import { weeksLabel } from '../selection/selection';

export function repeatHint(week: number, times: number | null, planWeeks: number): string {
  if (week >= MAX_WEEKS) return `Week ${week} is the last week a plan can have: there is no week after it to repeat it onto.`;
  if (times == null || !Number.isInteger(times) || times < 1) return `How many weeks after week ${week} get a copy of it.`;
  const targets = Array.from({ length: times }, (_, i) => week + 1 + i);
  const last = week + times;
  const grows = last > planWeeks ? `; the plan grows to ${last} weeks` : '';
  return `Copies week ${week} onto ${weeksLabel(targets)}, replacing what is there${grows}.`;
}

export function shiftHint(startDate: IsoDate, weeks: number | null, planWeeks: number): string {
  if (weeks == null || !Number.isInteger(weeks) || weeks === 0)
    return `Every week and session moves together; the plan keeps its ${planWeeks} weeks.`;
  return `Week 1 will start on ${longDateLabel(addDays(startDate, weeks * 7))}; every session moves with its week, and the plan keeps its ${planWeeks} weeks.`;
}
