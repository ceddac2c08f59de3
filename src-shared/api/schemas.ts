/** zod building blocks for contract inputs; messages name what is wrong in a coach's words. */
import { z } from 'zod';
import { DATE_RANGE_TEXT, isDateInRange, isIsoDate } from '../domain/dates';
import { SESSION_KINDS } from '../domain/kinds';
import { DAY_CODES, DERIVED_RULE_IDS, LEVELS, PHASE_NAMES, RECOVERY_STYLES, type DayCode, type PhaseName } from '../domain/types';

export const isoDate = z
  .string()
  .max(10, 'is not a calendar date (YYYY-MM-DD)')
  .refine(isIsoDate, { message: 'is not a calendar date (YYYY-MM-DD)', abort: true })
  .refine(isDateInRange, { message: `is not a date ${DATE_RANGE_TEXT}` });
export const entityId = z.number().int().positive();
export const sessionId = z.string().min(1).max(100);
export const kind = z.enum(SESSION_KINDS);
export const level = z.enum(LEVELS as [string, ...string[]]) as z.ZodType<'beginner' | 'intermediate' | 'advanced'>;
export const recoveryStyle = z.enum(RECOVERY_STYLES as [string, ...string[]]) as z.ZodType<'runs' | 'run-and-rest'>;
export const units = z.enum(['km', 'mi']);
export const dayCode = z.enum(DAY_CODES as unknown as [DayCode, ...DayCode[]]);
export const phaseName = z.enum(PHASE_NAMES as unknown as [PhaseName, ...PhaseName[]]);
/** 1–7 distinct weekdays (recovery-rules.md v2 `availableDays`). */
export const availableDays = z
  .array(dayCode)
  .min(1, 'choose at least one day')
  .max(7)
  .refine((days) => new Set(days).size === days.length, { message: 'names a day twice' });
export const planPhases = z
  .array(z.object({ week: z.number().int().min(1).max(104), phase: phaseName }).strict())
  .max(104)
  .refine((list) => new Set(list.map((p) => p.week)).size === list.length, { message: 'gives a week two phases' });
export const weekStartsOn = z.enum(['monday', 'sunday']);
export const derivedRuleId = z.enum(DERIVED_RULE_IDS as unknown as [string, ...string[]]) as z.ZodType<
  (typeof DERIVED_RULE_IDS)[number]
>;

export const name = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

export const athleteFields = z.object({
  name,
  level,
  runDaysPerWeek: z.number().int().min(1).max(7),
  easyPaceSecPerKm: z.number().min(150).max(900).nullable(),
  fatigued: z.boolean(),
  recoveryStyle,
  recentLongestRunKm: z.number().min(0).max(300).nullable(),
  units,
  availableDays: availableDays.optional(),
  longRunDay: dayCode.nullable().optional(),
  recentWeeklyKm: z.number().min(0).max(500).nullable().optional(),
});

export const planFields = z.object({
  athleteId: entityId,
  name,
  goal: z.string().max(500).nullable(),
  startDate: isoDate,
  weeks: z.number().int().min(1).max(104),
  weekStartsOn,
  units,
  phases: planPhases.optional(),
});

/** Session fields as the coach edits them (kilometres; the renderer converts miles before calling). */
export const sessionFields = z.object({
  kind,
  title: z.string().max(200).nullable(),
  durationMin: z.number().min(0).max(600).nullable(),
  distanceKm: z.number().min(0).max(300).nullable(),
  rpe: z.number().int().min(1).max(10).nullable(),
  notes: z.string().max(5000).nullable(),
});
