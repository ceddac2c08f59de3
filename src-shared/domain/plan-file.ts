/**
 * The plan file, format 1 (plan-file.md): what "Export plan…" writes, "Import plan…" reads and
 * the command line takes. Reading refuses a bad file whole and names every problem with its
 * JSON path and value; writing gives pretty JSON that reads back to the same data.
 */
import { nestsDeeperThan, tooDeepMessage } from './bounds';
import { z } from 'zod';
import { addDays, WEEKDAY_NAMES, weekdayOf, weekStartWeekday, type IsoDate, type WeekStart } from './dates';
import { SESSION_KINDS, type SessionKind } from './kinds';
import { plainSession } from './coach-session';
import { planDays } from './fitness';
import type { RecentRace } from './paces';
import { normaliseSteps, stepsProblems, type StepItem } from './steps';
import { libraryJson, readLibrary, type FileWorkout } from './plan-file-library';
import {
  childPath,
  isJsonObject,
  noticeUnknownKeys,
  numberFrom,
  oneOf,
  readDate,
  readOptional,
  readRequired,
  readRequiredText,
  readText,
  showValue,
  wholeNumberFrom,
  type FieldRule,
  type FileReport,
  type JsonObject,
} from './plan-file-fields';
import {
  DEFAULT_ATHLETE_SETTINGS,
  DERIVED_RULE_IDS,
  LEVELS,
  RECOVERY_STYLES,
  type AthleteSettings,
  type CoachSession,
  type DerivedRuleId,
  type DerivedSession,
  type Dismissal,
  type EvaluatedPlan,
  type Level,
  type PlanFrame,
  type PlanWarning,
  type RecoveryStyle,
  type Units,
  type WeekFigures,
  DAY_CODES,
  PHASE_NAMES,
  type DayCode,
  type PhaseName,
  type PlanPhase,
} from './types';

export const PLAN_FILE_FORMAT = 'stride-plan';
/** The version Stride writes (plan-file.md "Version 2"); it reads 1 and 2. */
export const PLAN_FILE_VERSION = 2;
export const PLAN_FILE_VERSIONS_READ: readonly number[] = [1, 2];
/** A session's longest duration in minutes (plan-file.md `sessions[].durationMin`). */
export const SESSION_MAX_MIN = 1440;

export interface PlanFileData {
  athlete: { name: string } & AthleteSettings;
  plan: { name: string; units: Units; phases?: PlanPhase[]; goal?: string | null } & PlanFrame;
  sessions: CoachSession[];
  dismissed: Dismissal[];
  /** v2: the coach's workout library (plan-file-library.ts); absent when empty. */
  library?: FileWorkout[];
}

export type PlanFileParse = { ok: true; data: PlanFileData; notices: string[] } | { ok: false; errors: string[] };

const WEEK_STARTS: readonly WeekStart[] = ['monday', 'sunday'];
const UNITS: readonly Units[] = ['km', 'mi'];

function enumRule<T extends string>(values: readonly T[], expected = oneOf(values)): FieldRule<T> {
  return { schema: z.enum(values as unknown as [T, ...T[]]) as unknown as z.ZodType<T>, expected };
}

const numberRule = (min: number, max: number): FieldRule<number> => ({
  schema: z.number().min(min).max(max),
  expected: numberFrom(min, max),
});

const wholeNumberRule = (min: number, max: number): FieldRule<number> => ({
  schema: z.number().int().min(min).max(max),
  expected: wholeNumberFrom(min, max),
});

const RULES = {
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

const NAME = { noun: 'a name', max: 100, trim: true };
const ID = { noun: 'an id', max: 100, trim: false };
const TITLE = { noun: 'a title', max: 200, trim: true };
const NOTES = { noun: 'notes', max: 5000, trim: false };

// Known keys per level. Those that output adds (`warnings`, `weeks`, and on sessions `origin`,
// `ruleId`, `reason`, `sourceId`) are known too, so a written-out plan reads back without notices.
const TOP_KEYS = new Set([
  'format',
  'version',
  'athlete',
  'plan',
  'sessions',
  'dismissed',
  'warnings',
  'weeks',
  'days',
  'library',
]);
const ATHLETE_KEYS = new Set([
  'name',
  'level',
  'runDaysPerWeek',
  'easyPaceSecPerKm',
  'fatigued',
  'recoveryStyle',
  'recentLongestRunKm',
  'availableDays',
  'longRunDay',
  'recentWeeklyKm',
  'recentRace',
]);
const PLAN_KEYS = new Set(['name', 'startDate', 'weeks', 'weekStartsOn', 'units', 'phases', 'days', 'goal']);
const SESSION_KEYS = new Set([
  'id',
  'date',
  'kind',
  'title',
  'durationMin',
  'distanceKm',
  'rpe',
  'notes',
  'origin',
  'ruleId',
  'reason',
  'sourceId',
  'steps',
  'distanceEstimated',
]);
const DISMISSAL_KEYS = new Set(['date', 'ruleId']);
const RECENT_RACE_KEYS = new Set(['distanceKm', 'timeSec', 'date']);
const GOAL = { noun: 'a goal', max: 200, trim: true };

/** How a kind reads in "… needs a duration". */
const KIND_NOUN: Record<SessionKind, string> = {
  easy: 'an easy run',
  recovery: 'a recovery run',
  long: 'a long run',
  tempo: 'a tempo run',
  intervals: 'an interval session',
  hills: 'a hill session',
  fartlek: 'a fartlek',
  race: 'a race',
  cross: 'a cross-training session',
  strength: 'a strength session',
  rest: 'a rest day',
};

// ---------------------------------------------------------------------------------------------
// Reading

export function parsePlanFile(text: string): PlanFileParse {
  const json = parseJson(text);
  if (!json.ok) return json;
  const root = json.value;
  // Checked before anything walks the value: a 100,000-deep array must not exhaust the stack.
  if (nestsDeeperThan(root)) return { ok: false, errors: [tooDeepMessage('the file')] };
  if (!isJsonObject(root)) {
    return {
      ok: false,
      errors: [`the file holds ${showValue(root)}, not a Stride plan (a JSON object with "format": "stride-plan")`],
    };
  }
  const report: FileReport = { errors: [], notices: [] };
  // A file of another format or version is refused on that alone: checking its fields against
  // format 1's rules would only bury the one message that matters under misleading ones.
  if (!checkFormatAndVersion(root, report)) return { ok: false, errors: report.errors };

  noticeUnknownKeys(root, '', TOP_KEYS, report);
  const athlete = readAthlete(root, report);
  const plan = readPlan(root, report);
  const sessions = readSessions(root, plan, report);
  const dismissed = readDismissed(root, report);
  const library = readLibrary(root, report);

  if (report.errors.length > 0 || !athlete || !plan.data || !sessions || !dismissed || !library) {
    return { ok: false, errors: report.errors };
  }
  const data: PlanFileData = { athlete, plan: plan.data, sessions, dismissed };
  if (library.length > 0) data.library = library;
  return { ok: true, data, notices: report.notices };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  // A byte-order mark is invisible in editors and harmless; JSON.parse would refuse it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: ['the file is empty, not a Stride plan (JSON)'] };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [`the file is not JSON: ${message}${lineAndColumn(body, message)}`] };
  }
}

/** " (line 3, column 5)" for V8's "… at position 42", which a coach cannot count to. */
function lineAndColumn(text: string, message: string): string {
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const position = Number(m[1]);
  const before = text.slice(0, position).split('\n');
  return ` (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

function checkFormatAndVersion(root: JsonObject, report: FileReport): boolean {
  const { format, version } = root;
  if (format !== PLAN_FILE_FORMAT) {
    report.errors.push(
      format === undefined
        ? `format: missing, so this is not a Stride plan file (it needs "format": "stride-plan")`
        : `format: ${showValue(format)} is not "stride-plan", so this is not a Stride plan file`,
    );
    return false;
  }
  if (!PLAN_FILE_VERSIONS_READ.includes(version as number)) {
    report.errors.push(
      version === undefined
        ? `version: missing, but required (this Stride reads plan files of version 1 or 2)`
        : `version: ${showValue(version)} is not supported (this Stride reads plan files of version 1 or 2 only)`,
    );
    return false;
  }
  return true;
}

/** The object at `key`, or undefined (reported) when it is missing or not an object. */
function requiredObject(root: JsonObject, key: string, what: string, report: FileReport): JsonObject | undefined {
  const value = root[key];
  if (isJsonObject(value)) return value;
  report.errors.push(
    value === undefined || value === null
      ? `${key}: ${value === null ? 'null' : 'missing'}, but required (${what})`
      : `${key}: ${showValue(value)} is not ${what}`,
  );
  return undefined;
}

function readAthlete(root: JsonObject, report: FileReport): PlanFileData['athlete'] | undefined {
  const obj = requiredObject(root, 'athlete', "an object with the athlete's name and settings", report);
  if (!obj) return undefined;
  noticeUnknownKeys(obj, 'athlete', ATHLETE_KEYS, report);
  const p = 'athlete';
  const d = DEFAULT_ATHLETE_SETTINGS;
  const name = readRequiredText(obj, 'name', p, NAME, report);
  const level = readOptional(obj, 'level', p, RULES.level, report);
  const runDays = readOptional(obj, 'runDaysPerWeek', p, RULES.runDaysPerWeek, report);
  const pace = readOptional(obj, 'easyPaceSecPerKm', p, RULES.easyPaceSecPerKm, report);
  const fatigued = readOptional(obj, 'fatigued', p, RULES.fatigued, report);
  const style = readOptional(obj, 'recoveryStyle', p, RULES.recoveryStyle, report);
  const longest = readOptional(obj, 'recentLongestRunKm', p, RULES.recentLongestRunKm, report);
  const availableDays = readOptional(obj, 'availableDays', p, RULES.availableDays, report);
  const longRunDay = readOptional(obj, 'longRunDay', p, RULES.longRunDay, report);
  const recentWeeklyKm = readOptional(obj, 'recentWeeklyKm', p, RULES.recentWeeklyKm, report);
  const recentRace = readRecentRace(obj, p, report);
  if (recentRace === undefined) return undefined;
  if (availableDays === undefined || longRunDay === undefined || recentWeeklyKm === undefined) return undefined;
  if (name === undefined || level === undefined || runDays === undefined || pace === undefined) return undefined;
  if (fatigued === undefined || style === undefined || longest === undefined) return undefined;
  return {
    name,
    level: level ?? d.level,
    runDaysPerWeek: runDays ?? d.runDaysPerWeek,
    // null stays null: the pace then follows the recent race or the level (athleteEasyPace), so a later change of either moves it too.
    easyPaceSecPerKm: pace,
    fatigued: fatigued ?? d.fatigued,
    recoveryStyle: style ?? d.recoveryStyle,
    recentLongestRunKm: longest,
    ...(availableDays ? { availableDays: DAY_CODES.filter((d) => availableDays.includes(d)) } : {}),
    ...(longRunDay ? { longRunDay } : {}),
    ...(recentWeeklyKm !== null ? { recentWeeklyKm } : {}),
    ...(recentRace ? { recentRace } : {}),
  };
}

/** v2 `athlete.recentRace`: `{ distanceKm, timeSec, date? }` within paces.md's bounds. */
function readRecentRace(obj: JsonObject, parent: string, report: FileReport): RecentRace | null | undefined {
  const value = obj.recentRace;
  if (value === undefined || value === null) return null;
  const p = childPath(parent, 'recentRace');
  if (!isJsonObject(value)) {
    report.errors.push(`${p}: ${showValue(value)} is not a race ({ "distanceKm", "timeSec", "date" })`);
    return undefined;
  }
  noticeUnknownKeys(value, p, RECENT_RACE_KEYS, report);
  const before = report.errors.length;
  const distanceKm = readRequired(value, 'distanceKm', p, numberRule(1.5, 42.195), report);
  const timeSec = readRequired(value, 'timeSec', p, numberRule(180, 21600), report);
  const date = readDate(value, 'date', p, report, false);
  if (report.errors.length > before || distanceKm === undefined || timeSec === undefined || date === undefined) return undefined;
  return date ? { distanceKm, timeSec, date } : { distanceKm, timeSec };
}

interface PlanRead {
  data: PlanFileData['plan'] | undefined;
  /** The plan's first and last days, where start and length are readable (for session dates). */
  range: { first: IsoDate; last: IsoDate } | null;
}

function readPlan(root: JsonObject, report: FileReport): PlanRead {
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

function readSessions(root: JsonObject, plan: PlanRead, report: FileReport): CoachSession[] | undefined {
  const list = root.sessions;
  if (!Array.isArray(list)) {
    report.errors.push(
      list === undefined || list === null
        ? `sessions: ${list === null ? 'null' : 'missing'}, but required (a list of sessions, which may be empty: [])`
        : `sessions: ${showValue(list)} is not a list of sessions`,
    );
    return undefined;
  }
  const out: CoachSession[] = [];
  const firstIndexOfId = new Map<string, number>();
  let ok = true;
  list.forEach((item: unknown, index) => {
    const path = childPath('sessions', index);
    if (!isJsonObject(item)) {
      report.errors.push(`${path}: ${showValue(item)} is not a session (a JSON object)`);
      ok = false;
      return;
    }
    const origin = readOptional(item, 'origin', path, RULES.origin, report);
    // Rules derive their sessions afresh every time: one in the file is skipped unchecked.
    if (origin === 'rule') return;
    const { id, session } = readSession(item, path, plan, report);
    if (id !== undefined) {
      const earlier = firstIndexOfId.get(id);
      if (earlier !== undefined) {
        report.errors.push(
          `${childPath(path, 'id')}: ${showValue(id)} is used by ${childPath('sessions', earlier)} too`,
        );
        ok = false;
      } else firstIndexOfId.set(id, index);
    }
    if (origin === undefined || !session) ok = false;
    else out.push(session);
  });
  // Date order with the file's order kept within a day (the coach's order of a day's sessions),
  // so writing the data out and reading it back gives the very same list.
  return ok ? out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) : undefined;
}

/** One coach session, or undefined when any field is bad; the id apart, where readable, for the duplicate check. */
function readSession(
  obj: JsonObject,
  path: string,
  plan: PlanRead,
  report: FileReport,
): { id: string | undefined; session: CoachSession | undefined } {
  noticeUnknownKeys(obj, path, SESSION_KEYS, report);
  const before = report.errors.length;
  const id = readRequiredText(obj, 'id', path, ID, report);
  const date = readDate(obj, 'date', path, report, true) ?? undefined;
  if (date !== undefined && plan.range && (date < plan.range.first || date > plan.range.last)) {
    report.errors.push(
      `${childPath(path, 'date')}: ${showValue(date)} is outside the plan (${plan.range.first} to ${plan.range.last})`,
    );
  }
  const kind = readRequired(obj, 'kind', path, RULES.kind, report);
  const title = readText(obj, 'title', path, TITLE, report);
  const durationMin = readOptional(obj, 'durationMin', path, RULES.durationMin, report);
  // v2: steps as data, every problem with its path (sessions[4].steps[2].repeat).
  let steps: StepItem[] | null = null;
  if (obj.steps !== undefined && obj.steps !== null) {
    const problems = stepsProblems(obj.steps, childPath(path, 'steps'));
    if (problems.length > 0) report.errors.push(...problems);
    else if ((obj.steps as unknown[]).length > 0) steps = normaliseSteps(obj.steps as StepItem[]);
  }
  // Only a rest day may go without a duration; v2: also a session with steps (their total) and a
  // race (its predicted time). With an unreadable kind there is nothing to say.
  if (
    // Steps that are there but wrong are reported at their own path; they still stand for the duration.
    (durationMin === 0 || (durationMin === null && kind !== 'race' && !steps && !(Array.isArray(obj.steps) && obj.steps.length > 0))) &&
    kind !== undefined &&
    kind !== 'rest'
  ) {
    report.errors.push(
      durationMin === 0
        ? `${childPath(path, 'durationMin')}: ${KIND_NOUN[kind]} needs a duration over 0 minutes`
        : `${childPath(path, 'durationMin')}: ${KIND_NOUN[kind]} needs a duration (minutes, ${numberFrom(0, SESSION_MAX_MIN)})`,
    );
  }
  // v2: `distanceEstimated: true` marks an estimate written out by Stride, not the coach's distance.
  const estimated = obj.distanceEstimated === true;
  const distanceKm = estimated ? null : readOptional(obj, 'distanceKm', path, RULES.distanceKm, report);
  if (distanceKm === null && kind === 'race') {
    report.errors.push(`${childPath(path, 'distanceKm')}: a race needs a distance`);
  }
  const rpe = readOptional(obj, 'rpe', path, RULES.rpe, report);
  const notes = readText(obj, 'notes', path, NOTES, report);

  if (report.errors.length > before) return { id, session: undefined };
  const session: CoachSession = {
    id: id as string,
    date: date as IsoDate,
    kind: kind as SessionKind,
    // Trimmed; an empty title means the kind's default (effectiveTitle), kept as null.
    title: title ?? null,
    durationMin: durationMin ?? null,
    distanceKm: distanceKm ?? null,
    rpe: rpe ?? null,
    notes: notes ?? null,
  };
  if (steps) session.steps = steps;
  return { id, session };
}

function readDismissed(root: JsonObject, report: FileReport): Dismissal[] | undefined {
  const list = root.dismissed;
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    report.errors.push(`dismissed: ${showValue(list)} is not a list of {date, ruleId} pairs`);
    return undefined;
  }
  const byKey = new Map<string, Dismissal>();
  let ok = true;
  list.forEach((item: unknown, index) => {
    const path = childPath('dismissed', index);
    if (!isJsonObject(item)) {
      report.errors.push(`${path}: ${showValue(item)} is not a {date, ruleId} pair`);
      ok = false;
      return;
    }
    noticeUnknownKeys(item, path, DISMISSAL_KEYS, report);
    // Any calendar date: a dismissal outside the plan's days is harmless and simply never matches.
    const date = readDate(item, 'date', path, report, true);
    const ruleId = readRequired(item, 'ruleId', path, RULES.ruleId, report);
    if (!date || !ruleId) ok = false;
    // The same pair twice means the same thing once (the store keeps one of each too).
    else byKey.set(`${date} ${ruleId}`, { date, ruleId });
  });
  if (!ok) return undefined;
  return [...byKey.values()].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0,
  );
}

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * The plan as file text: pretty JSON, fields in the order of plan-file.md's example, null
 * optional fields left out. With `evaluated` (the rules applied), every session carries its
 * `origin`, derived ones their `ruleId`, `reason` and `sourceId`, and `warnings` and `weeks` follow.
 */
export function planFileText(data: PlanFileData, evaluated: EvaluatedPlan | null): string {
  const { athlete, plan } = data;
  const file: Record<string, unknown> = {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    athlete: withoutNulls({
      name: athlete.name,
      level: athlete.level,
      runDaysPerWeek: athlete.runDaysPerWeek,
      easyPaceSecPerKm: athlete.easyPaceSecPerKm,
      fatigued: athlete.fatigued,
      recoveryStyle: athlete.recoveryStyle,
      recentLongestRunKm: athlete.recentLongestRunKm,
      // v2; all seven days is the default and left out.
      availableDays:
        athlete.availableDays && athlete.availableDays.length > 0 && athlete.availableDays.length < 7
          ? DAY_CODES.filter((d) => athlete.availableDays?.includes(d))
          : null,
      longRunDay: athlete.longRunDay ?? null,
      recentWeeklyKm: athlete.recentWeeklyKm ?? null,
      recentRace: athlete.recentRace
        ? withoutNulls({ distanceKm: athlete.recentRace.distanceKm, timeSec: athlete.recentRace.timeSec, date: athlete.recentRace.date ?? null })
        : null,
    }),
    plan: withoutNulls({
      name: plan.name,
      startDate: plan.startDate,
      weeks: plan.weeks,
      weekStartsOn: plan.weekStartsOn,
      units: plan.units,
      goal: plan.goal ?? null,
      phases: plan.phases && plan.phases.length > 0 ? plan.phases.map((p) => ({ week: p.week, phase: p.phase })) : null,
    }),
    sessions: evaluated
      ? sessionsWithRules(data.sessions, evaluated.derived, estimatesById(evaluated))
      : data.sessions.map((s) => sessionJson(s)),
    dismissed: data.dismissed.map((d) => ({ date: d.date, ruleId: d.ruleId })),
  };
  if (data.library && data.library.length > 0) file.library = libraryJson(data.library);
  if (evaluated) {
    file.warnings = evaluated.warnings.map(warningJson);
    const phaseOf = new Map((plan.phases ?? []).map((p) => [p.week, p.phase]));
    file.weeks = evaluated.weeks.map((w) => weekJson(w, phaseOf.get(w.index)));
    // v2 (load.md): every plan day's load, fitness, fatigue and form.
    file.days = planDays({ athlete, plan }, evaluated.sessions);
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Coach and derived sessions by date; a day's coach sessions keep their order (a stable sort). */
function sessionsWithRules(
  coach: readonly CoachSession[],
  derived: readonly DerivedSession[],
  estimated: ReadonlyMap<string, number>,
): JsonObject[] {
  const all: Array<{ date: IsoDate; json: JsonObject }> = [
    ...coach.map((s) => ({ date: s.date, json: { ...sessionJson(s, estimated.get(s.id)), origin: 'coach' } })),
    ...derived.map((s) => ({
      date: s.date,
      json: { ...sessionJson(s), origin: 'rule', ruleId: s.ruleId, reason: s.reason, sourceId: s.sourceId },
    })),
  ];
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((x) => x.json);
}

/** A session's own fields as the file writes them (a derived one's rule fields are added by the caller). */
function sessionJson(s: CoachSession | DerivedSession, estimatedKm?: number): JsonObject {
  const json = withoutNulls({ ...plainSession(s) });
  // v2: an estimated distance is written (to 0.01 km) and marked, so reading it back ignores it.
  if (s.distanceKm == null && estimatedKm !== undefined) {
    const ordered: JsonObject = {};
    for (const [k, v] of Object.entries(json)) {
      ordered[k] = v;
      if (k === 'durationMin' || (k === 'title' && json.durationMin === undefined)) {
        ordered.distanceKm = Math.round(estimatedKm * 100) / 100;
        ordered.distanceEstimated = true;
      }
    }
    if (!('distanceKm' in ordered)) Object.assign(ordered, { distanceKm: Math.round(estimatedKm * 100) / 100, distanceEstimated: true });
    return ordered;
  }
  return json;
}

/** Coach sessions' estimated distances by id (v2). */
function estimatesById(evaluated: EvaluatedPlan): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of evaluated.sessions) {
    if (s.origin === 'coach' && s.distanceKm == null && s.estimatedDistanceKm !== undefined) out.set(s.id, s.estimatedDistanceKm);
  }
  return out;
}

function warningJson(w: PlanWarning): JsonObject {
  return {
    ruleId: w.ruleId,
    severity: w.severity,
    dates: [...w.dates],
    sessionIds: [...w.sessionIds],
    message: w.message,
  };
}

function weekJson(w: WeekFigures, phase: PhaseName | undefined): JsonObject {
  const json: JsonObject = {
    index: w.index,
    start: w.start,
    loadAU: w.loadAU,
    minutes: w.minutes,
    distanceKm: w.distanceKm,
    estimatedKm: w.estimatedKm ?? 0,
    hardSessions: w.hardSessions,
    runDays: w.runDays,
    monotony: w.monotony,
    strain: w.strain,
    acwr: w.acwr,
    zones: { low: w.zones.low, moderate: w.zones.moderate, high: w.zones.high },
  };
  if (phase) json.phase = phase;
  return json;
}

function withoutNulls(obj: Record<string, unknown>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(obj)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}
