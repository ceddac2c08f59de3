/**
 * What the week dialogs say their number will do, as the coach types it: which weeks a repeat
 * overwrites (the hint said "the weeks after it", while weeks 3–5 already held work), and where
 * week 1 starts once the plan is moved.
 */
import { addDays, longDateLabel, type IsoDate } from '../../../../src-shared/domain/dates';
import { MAX_WEEKS, repeatPastMaximum } from '../../../../src-shared/edits/week-operations';
import { weeksLabel } from '../selection/selection';

/** What Repeat… will do with `times` copies of the block of `blockWeeks` weeks from `week` (1: one week). */
export function repeatHint(week: number, times: number | null, planWeeks: number, blockWeeks = 1): string {
  if (blockWeeks > 1) return repeatBlockHint(week, times, planWeeks, blockWeeks);
  if (week >= MAX_WEEKS)
    return `Week ${week} is the last week a plan can have: there is no week after it to repeat it onto.`;
  if (times == null || !Number.isInteger(times) || times < 1)
    return `How many weeks after week ${week} get a copy of it.`;
  return `Copies week ${week} onto ${ontoWeeks(week + 1, week + times, planWeeks)}.`;
}

/**
 * "weeks 12–14, replacing what is in week 12; the plan grows to 14 weeks": which of the target
 * weeks are overwritten and which are new. Onto new weeks only it said "replacing what is there",
 * where there was nothing.
 */
function ontoWeeks(first: number, last: number, planWeeks: number, copies = ''): string {
  const range = (from: number, to: number) => weeksLabel(Array.from({ length: to - from + 1 }, (_, i) => from + i));
  if (last <= planWeeks) return `${range(first, last)}${copies}, replacing what is there`;
  const grows = `the plan grows to ${last} weeks`;
  if (first > planWeeks)
    return `${first === last ? `a new week ${first}` : `new ${range(first, last)}`}${copies}: ${grows}`;
  return `${range(first, last)}${copies}, replacing what is in ${range(first, planWeeks)}; ${grows}`;
}

function repeatBlockHint(week: number, times: number | null, planWeeks: number, blockWeeks: number): string {
  const block = `weeks ${week}–${week + blockWeeks - 1}`;
  if (times == null || !Number.isInteger(times) || times < 1)
    return `How many copies of ${block} follow them, block after block.`;
  const first = week + blockWeeks;
  const last = week + blockWeeks * (times + 1) - 1;
  const copies = times > 1 ? ` (${times} copies)` : '';
  return `Copies ${block} onto ${ontoWeeks(first, last, planWeeks, copies)}.`;
}

/** "Repeat week 3", "Repeat weeks 1–4". */
export function repeatTitle(week: number, blockWeeks = 1): string {
  return blockWeeks === 1 ? `Repeat week ${week}` : `Repeat weeks ${week}–${week + blockWeeks - 1}`;
}

/**
 * The count the dialog starts at: up to 3 and what fits before week 104; for a block, also no
 * more copies than fill the plan, so the plan only grows when the coach asks.
 */
export function repeatInitial(week: number, planWeeks: number, blockWeeks = 1): number {
  const max = repeatMaxTimes(week, blockWeeks);
  if (blockWeeks === 1) return Math.max(1, Math.min(3, max));
  return Math.max(1, Math.min(3, max, Math.floor((planWeeks - week + 1) / blockWeeks) - 1));
}

/** How many copies of the block fit before week 104 (0: none). */
export function repeatMaxTimes(week: number, blockWeeks = 1): number {
  return Math.max(0, Math.floor((MAX_WEEKS - (week + blockWeeks - 1)) / blockWeeks));
}

/** The sentence for a count whose copies would pass week 104, with what fits instead. */
export function repeatTooMany(week: number, times: number, blockWeeks = 1): string {
  const max = repeatMaxTimes(week, blockWeeks);
  const instead =
    max === 0
      ? `there is no room after ${blockWeeks === 1 ? 'it' : 'them'} for a copy`
      : `at most ${max === 1 ? 'once' : `${max} times`} here`;
  return `${repeatPastMaximum(week, times, blockWeeks)}: ${instead}.`;
}

export function shiftHint(startDate: IsoDate, weeks: number | null, planWeeks: number): string {
  if (weeks == null || !Number.isInteger(weeks) || weeks === 0)
    return `Every week and session moves together; the plan keeps its ${planWeeks} weeks.`;
  return `Week 1 will start on ${longDateLabel(addDays(startDate, weeks * 7))}; every session moves with its week, and the plan keeps its ${planWeeks} weeks.`;
}
