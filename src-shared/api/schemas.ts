/** zod building blocks for contract inputs; messages name what is wrong in a coach's words. */
import { z } from 'zod';
import { DATE_RANGE_TEXT, isDateInRange, isIsoDate } from '../domain/dates';
import { SESSION_KINDS } from '../domain/kinds';
import { oneLine } from '../domain/one-line';
import { humanlyPossibleRace } from '../domain/paces';
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

/**
 * Names, goals and titles are stored as the plan file reads them (plan-file-fields.ts `readText`
 * with `trim`): the spaces around them go before the limit is checked, so what the app keeps is
 * what its own export then import gives back. Notes are kept as typed, inner and outer line
 * breaks included, as the plan file keeps them (`trim: false`): their layout is the coach's.
 * A line break inside a name, goal or title reads as a space (one-line.ts).
 */
export const name = z.string().overwrite(oneLine).trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** The plan file's limit on `plan.goal` (plan-file.md): a longer one would export a file that does not import. */
export const GOAL_MAX = 200;

/**
 * A text that may be left out (a goal, a session's title): trimmed, and only spaces is none
 * (null), as in the plan file; a session without a title shows its kind's (effectiveTitle).
 */
const optionalText = (max: number) =>
  z
    .string()
    .overwrite(oneLine)
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((text) => (text === '' ? null : text))
    .nullable();

/** A recent race for the athlete's paces (paces.md: 1.5–42.195 km in 3 min to 6 h). */
export const recentRace = z
  .object({
    distanceKm: z.number().min(1.5).max(42.195),
    timeSec: z.number().min(180).max(21600),
    date: isoDate.nullable().optional(),
  })
  .strict()
  // Hours typed as minutes (a marathon "in 3:30"): the form and the plan file refuse it too.
  .refine(humanlyPossibleRace, { message: 'is faster than anyone has run it (hours are 3600 s)', path: ['timeSec'] });

const stepTarget = z.union([
  z.enum(['E', 'M', 'T', 'I', 'R']),
  z
    .object({ paceSecPerKm: z.tuple([z.number().min(120).max(1200), z.number().min(120).max(1200)]) })
    .strict()
    .refine((t) => t.paceSecPerKm[0] <= t.paceSecPerKm[1], { message: 'gives the slow end before the fast one' }),
  z.object({ rpe: z.number().int().min(1).max(10) }).strict(),
]);

const workoutStep = z
  .object({
    type: z.enum(['warmup', 'run', 'recover', 'cooldown', 'rest']),
    durationMin: z.number().min(0.1).max(600).optional(),
    distanceKm: z.number().min(0.05).max(300).optional(),
    target: stepTarget.optional(),
    notes: z.string().max(200).optional(),
  })
  .strict()
  .refine((s) => s.durationMin === undefined || s.distanceKm === undefined, { message: 'has a time and a distance; a step has one' });

/** A session's steps (workouts.md): at most 100 items; repeats of 2–50 hold 1–10 steps and do not nest. */
export const steps = z
  .array(z.union([z.object({ repeat: z.number().int().min(2).max(50), steps: z.array(workoutStep).min(1).max(10) }).strict(), workoutStep]))
  .max(100);

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
  recentRace: recentRace.nullable().optional(),
});

export const planFields = z.object({
  athleteId: entityId,
  name,
  // plan-file.md `plan.goal`: at most 200 characters, so a plan's own export imports again.
  goal: optionalText(GOAL_MAX),
  startDate: isoDate,
  weeks: z.number().int().min(1).max(104),
  weekStartsOn,
  units,
  phases: planPhases.optional(),
});

/** Session fields as the coach edits them (kilometres; the renderer converts miles before calling). */
export const sessionFields = z.object({
  kind,
  title: optionalText(200),
  // plan-file.md: at most 1,440 (a 24-hour race), so whatever a plan file brings can be edited.
  durationMin: z.number().min(0).max(1440).nullable(),
  distanceKm: z.number().min(0).max(300).nullable(),
  rpe: z.number().int().min(1).max(10).nullable(),
  notes: z.string().max(5000).nullable(),
  steps: steps.nullable().optional(),
});

/**
 * A library workout's fields: a session's, without a day, and always named (the palette lists
 * workouts by title, and an import merges by title and kind).
 */
export const libraryWorkoutFields = sessionFields.extend({
  title: z.string().overwrite(oneLine).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  steps: steps.nullable(),
});
