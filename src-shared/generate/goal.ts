/**
 * A goal (plan-generator.md "Input"): the race, its date, and what the athlete can do now, with
 * every default resolved. Pure; the generator and the refusals both read this.
 */
import { addDays, daysBetween, startOfWeek, weekdayOf, type IsoDate, type WeekStart } from '../domain/dates';
import { roundHalfUp } from '../domain/decimal';
import { athleteEasyPace, type RecentRace } from '../domain/paces';
import { availabilityMask, DAY_CODES, runDayBudget, type DayCode, type Level, type Units } from '../domain/types';
import { kmToUnits } from '../domain/units';

export type RaceClass = '5k' | '10k' | 'half' | 'marathon';
export const RACE_KM: Record<RaceClass, number> = { '5k': 5, '10k': 10, half: 21.0975, marathon: 42.195 };
export const RACE_NAME: Record<RaceClass, string> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
};
/**
 * What the draft calls its race: a named race by its name, any other distance by that distance in
 * the plan's units ("15 km race", "10 mi race"). A 15 km race trains like a 10K (`raceClass`), but a
 * plan called "10K on 16 May" with a race card "10K" read as the wrong race.
 */
export function raceName(g: Pick<ResolvedGoal, 'raceClass' | 'raceKm' | 'input'>): string {
  if (typeof g.input.distance !== 'number') return RACE_NAME[g.raceClass];
  const units = g.input.units ?? 'km';
  return `${roundHalfUp(kmToUnits(g.raceKm, units), 1)} ${units} race`;
}

/** Shorter-race order for "a half fits 14 Mar". */
export const RACE_CLASSES: readonly RaceClass[] = ['5k', '10k', 'half', 'marathon'];

export interface GoalInput {
  /** `5k`, `10k`, `half`, `marathon`, or a distance in km (3–100). */
  distance: RaceClass | number;
  raceDate: IsoDate;
  startDate?: IsoDate | null;
  weekStartsOn?: WeekStart;
  name?: string | null;
  /** The plan's display units (the athlete's); the draft's figures stay in km, its notes follow these. */
  units?: Units;
  athlete: {
    name?: string;
    level: Level;
    runDaysPerWeek: number;
    availableDays?: readonly DayCode[] | null;
    easyPaceSecPerKm: number | null;
    recentRace?: RecentRace | null;
    longRunDay?: DayCode | null;
    recentWeeklyKm?: number | null;
    recentLongestRunKm?: number | null;
    fatigued?: boolean;
    recoveryStyle?: 'runs' | 'run-and-rest';
  };
}

/** The usual length in weeks (plan-generator.md "Input", start date). */
export function usualWeeks(c: RaceClass, level: Level): number {
  if (c === '5k') return 8;
  if (c === '10k') return 10;
  if (c === 'half') return level === 'beginner' ? 16 : 12;
  return level === 'beginner' ? 24 : 16;
}

export const MIN_WEEKS: Record<RaceClass, number> = { '5k': 4, '10k': 6, half: 8, marathon: 12 };

/** The peak long run's range in km (constraint 4), before the 3-hour cap. */
export function peakRange(c: RaceClass, level: Level): [number, number] {
  const beginner = level === 'beginner';
  if (c === '5k') return beginner ? [6, 10] : [10, 14];
  if (c === '10k') return beginner ? [10, 14] : [14, 18];
  if (c === 'half') return beginner ? [16, 19] : [16, 22];
  return [26, 35];
}

/** The largest named distance a distance in km reaches (a 3–5 km race counts as a 5K). */
export function raceClassOf(km: number): RaceClass {
  if (km >= RACE_KM.marathon - 1e-9) return 'marathon';
  if (km >= RACE_KM.half - 1e-9) return 'half';
  if (km >= RACE_KM['10k'] - 1e-9) return '10k';
  return '5k';
}

export interface ResolvedGoal {
  raceKm: number;
  raceClass: RaceClass;
  raceDate: IsoDate;
  weekStartsOn: WeekStart;
  startDate: IsoDate;
  weeks: number;
  level: Level;
  budget: number;
  available: boolean[];
  /** ISO weekday (0 = Monday) of the long run. */
  longRunWeekday: number;
  easyPace: number;
  recentWeeklyKm: number;
  recentLongestRunKm: number;
  /** The peak long run's lower and upper bound after the 3-hour cap. */
  peakMin: number;
  peakMax: number;
  input: GoalInput;
}

/** The recent running a goal assumes where the athlete's is unknown (plan-generator.md "Input"). */
export const DEFAULT_WEEKLY: Record<Level, number> = { beginner: 15, intermediate: 30, advanced: 50 };
export const DEFAULT_LONGEST: Record<Level, number> = { beginner: 6, intermediate: 12, advanced: 18 };

/** Sunday if available, else the latest available day of the week (ISO weekday). */
export function defaultLongRunWeekday(available: readonly boolean[]): number {
  if (available[6]) return 6;
  for (let d = 5; d >= 0; d--) if (available[d]) return d;
  return 6;
}

/** Every default of the input resolved, without any check but the arithmetic's own. */
export function resolveGoal(input: GoalInput): ResolvedGoal {
  const a = input.athlete;
  const raceKm = typeof input.distance === 'number' ? input.distance : RACE_KM[input.distance];
  const raceClass = typeof input.distance === 'number' ? raceClassOf(input.distance) : input.distance;
  const weekStartsOn = input.weekStartsOn ?? 'monday';
  const raceWeekStart = startOfWeek(input.raceDate, weekStartsOn);
  const startDate = input.startDate
    ? startOfWeek(input.startDate, weekStartsOn)
    : addDays(raceWeekStart, -7 * (usualWeeks(raceClass, a.level) - 1));
  const weeks = Math.floor(daysBetween(startDate, raceWeekStart) / 7) + 1;
  const available = availabilityMask(a);
  const longRunWeekday = a.longRunDay ? DAY_CODES.indexOf(a.longRunDay) : defaultLongRunWeekday(available);
  const easyPace = athleteEasyPace({ level: a.level, easyPaceSecPerKm: a.easyPaceSecPerKm, recentRace: a.recentRace });
  const [lo, hi] = peakRange(raceClass, a.level);
  const cap = Math.floor((3 * 3600 * 10) / easyPace) / 10; // 3 h at the easy pace, to 0.1 km below
  return {
    raceKm,
    raceClass,
    raceDate: input.raceDate,
    weekStartsOn,
    startDate,
    weeks,
    level: a.level,
    budget: runDayBudget(a),
    available,
    longRunWeekday,
    easyPace,
    recentWeeklyKm: a.recentWeeklyKm ?? DEFAULT_WEEKLY[a.level],
    recentLongestRunKm: a.recentLongestRunKm ?? DEFAULT_LONGEST[a.level],
    peakMin: Math.min(lo, cap),
    peakMax: Math.min(hi, cap),
    input,
  };
}

/** Cyclic distance in days between two weekdays (0–3). */
export function weekdayGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 7;
  return Math.min(d, 7 - d);
}

export function isoWeekday(date: IsoDate): number {
  return weekdayOf(date);
}
