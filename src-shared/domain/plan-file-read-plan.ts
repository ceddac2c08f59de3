/**
 * Reading a plan file's `plan` (plan-file.md): name, start date (on the weekday the plan's weeks
 * start), weeks, week start, units, version 2's phases and goal; and the plan's first and last day,
 * against which the sessions' dates are checked.
 */
import { addDays, WEEKDAY_NAMES, weekdayOf, weekStartWeekday, type IsoDate } from './dates';
import type { PlanFileData } from './plan-file-format';
import {
  childPath,
  noticeUnknownKeys,
  readDate,
  readOptional,
  readRequired,
  readRequiredText,
  readText,
  requiredObject,
  showValue,
  type FileReport,
  type JsonObject,
} from './plan-file-fields';
import { GOAL, NAME, RULES } from './plan-file-rules';

const PLAN_KEYS = new Set(['name', 'startDate', 'weeks', 'weekStartsOn', 'units', 'phases', 'days', 'goal']);

export interface PlanRead {
  data: PlanFileData['plan'] | undefined;
  /** The plan's first and last days, where start and length are readable (for session dates). */
  range: { first: IsoDate; last: IsoDate } | null;
}

export function readPlan(root: JsonObject, report: FileReport): PlanRead {
  const obj = requiredObject(root, 'plan', "an object with the plan's name, start date and weeks", report);
  if (!obj) return { data: undefined, range: null };
  noticeUnknownKeys(obj, 'plan', PLAN_KEYS, report);
  const p = 'plan';
  const name = readRequiredText(obj, 'name', p, NAME, report);
  const startDate = readDate(obj, 'startDate', p, report, true) ?? undefined;
  const weeks = readRequired(obj, 'weeks', p, RULES.weeks, report);
  const weekStartsOnRead = readOptional(obj, 'weekStartsOn', p, RULES.weekStartsOn, report);
  const units = readOptional(obj, 'units', p, RULES.units, report);
  const phases = readOptional(obj, 'phases', p, RULES.phases, report);
  const goal = readText(obj, 'goal', p, GOAL, report);
  if (phases && weeks !== undefined) {
    for (const [i, ph] of phases.entries()) {
      if (ph.week > weeks)
        report.errors.push(
          `${childPath(childPath(p, 'phases'), i)}.week: ${ph.week} is after the plan's last week (${weeks})`,
        );
    }
  }
  const weekStartsOn = weekStartsOnRead === null ? 'monday' : weekStartsOnRead;

  let startOk = startDate !== undefined;
  if (
    startDate !== undefined &&
    weekStartsOn !== undefined &&
    weekdayOf(startDate) !== weekStartWeekday(weekStartsOn)
  ) {
    const startName = WEEKDAY_NAMES[weekStartWeekday(weekStartsOn)];
    report.errors.push(
      `plan.startDate: ${showValue(startDate)} is a ${WEEKDAY_NAMES[weekdayOf(startDate)]}, but the plan's weeks start on ${startName}`,
    );
    startOk = false;
  }
  // Session dates are still checked against the plan's days when its start is on the wrong
  // weekday: the coach learns about both problems at once.
  const range =
    startDate !== undefined && weeks !== undefined
      ? { first: startDate, last: addDays(startDate, 7 * weeks - 1) }
      : null;
  if (
    !startOk ||
    name === undefined ||
    startDate === undefined ||
    weeks === undefined ||
    weekStartsOn === undefined ||
    units === undefined ||
    phases === undefined ||
    goal === undefined
  ) {
    return { data: undefined, range };
  }
  const data: PlanFileData['plan'] = { name, startDate, weeks, weekStartsOn, units: units ?? 'km' };
  if (phases && phases.length > 0) data.phases = [...phases].sort((a, b) => a.week - b.week);
  if (goal) data.goal = goal;
  return { data, range };
}
