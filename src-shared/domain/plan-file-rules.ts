/**
 * What each plan file field may hold (plan-file.md's tables): the zod schema and the words a
 * refusal uses for it ("a whole number from 1 to 7"), and the length limits of its texts. The
 * readers of each section (plan-file-read-*.ts) check their fields against these.
 */
import { z } from 'zod';
import type { WeekStart } from './dates';
import { SESSION_KINDS, type SessionKind } from './kinds';
import { SESSION_MAX_MIN } from './plan-file-format';
import { numberFrom, oneOf, wholeNumberFrom, type FieldRule } from './plan-file-fields';
import {
  DAY_CODES,
  DERIVED_RULE_IDS,
  LEVELS,
  PHASE_NAMES,
  RECOVERY_STYLES,
  type DayCode,
  type DerivedRuleId,
  type Level,
  type PhaseName,
  type PlanPhase,
  type RecoveryStyle,
  type Units,
} from './types';

const WEEK_STARTS: readonly WeekStart[] = ['monday', 'sunday'];
const UNITS: readonly Units[] = ['km', 'mi'];

export function enumRule<T extends string>(values: readonly T[], expected = oneOf(values)): FieldRule<T> {
  return { schema: z.enum(values as unknown as [T, ...T[]]) as unknown as z.ZodType<T>, expected };
}

export const numberRule = (min: number, max: number): FieldRule<number> => ({
  schema: z.number().min(min).max(max),
  expected: numberFrom(min, max),
});

export const wholeNumberRule = (min: number, max: number): FieldRule<number> => ({
  schema: z.number().int().min(min).max(max),
  expected: wholeNumberFrom(min, max),
});

export const RULES = {
  level: enumRule<Level>(LEVELS),
  runDaysPerWeek: wholeNumberRule(1, 7),
  easyPaceSecPerKm: numberRule(150, 900),
  fatigued: { schema: z.boolean(), expected: 'true or false' } satisfies FieldRule<boolean>,
  recoveryStyle: enumRule<RecoveryStyle>(RECOVERY_STYLES),
  recentLongestRunKm: numberRule(0, 300),
  recentWeeklyKm: numberRule(0, 500),
  longRunDay: enumRule<DayCode>(DAY_CODES),
  availableDays: {
    schema: z
      .array(z.enum(DAY_CODES as unknown as [DayCode, ...DayCode[]]))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length),
    expected: `a list of 1 to 7 different days (${oneOf(DAY_CODES)})`,
  } satisfies FieldRule<DayCode[]>,
  phases: {
    schema: z
      .array(
        z.object({
          week: z.number().int().min(1).max(104),
          phase: z.enum(PHASE_NAMES as unknown as [PhaseName, ...PhaseName[]]),
        }),
      )
      .max(104)
      .refine((list) => new Set(list.map((p) => p.week)).size === list.length),
    expected: `a list of { week, phase } with at most one phase a week (phase ${oneOf(PHASE_NAMES)})`,
  } satisfies FieldRule<PlanPhase[]>,
  weeks: wholeNumberRule(1, 104),
  weekStartsOn: enumRule(WEEK_STARTS),
  units: enumRule(UNITS),
  kind: enumRule<SessionKind>(SESSION_KINDS, `one of the session kinds (${SESSION_KINDS.join(', ')})`),
  // plan-file.md: over 0 (0 only for a rest) and at most 1,440, a whole day (a 24-hour race).
  durationMin: numberRule(0, SESSION_MAX_MIN),
  distanceKm: numberRule(0, 300),
  rpe: wholeNumberRule(1, 10),
  origin: enumRule(['coach', 'rule'] as const),
  ruleId: enumRule<DerivedRuleId>(DERIVED_RULE_IDS, `one of the rules' ids (${DERIVED_RULE_IDS.join(', ')})`),
};

/** Text fields: their noun in a refusal, longest length, and whether surrounding spaces are trimmed. */
export const NAME = { noun: 'a name', max: 100, trim: true };
export const ID = { noun: 'an id', max: 100, trim: false };
export const TITLE = { noun: 'a title', max: 200, trim: true };
export const NOTES = { noun: 'notes', max: 5000, trim: false };
export const GOAL = { noun: 'a goal', max: 200, trim: true };
