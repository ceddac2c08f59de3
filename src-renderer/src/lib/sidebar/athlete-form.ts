/** The athlete form's fields as text, and their checks (the contract's limits in a coach's words). */
import type { MethodInput } from '../../../../src-shared/api/contract';
import type { Athlete } from '../../../../src-shared/api/entities';
import { athleteNameKey, distinctAthleteName } from '../../../../src-shared/domain/athlete-names';
import { roundHalfUp } from '../../../../src-shared/domain/decimal';
import {
  DAY_CODES,
  DEFAULT_ATHLETE_SETTINGS,
  type DayCode,
  DEFAULT_EASY_PACE,
  type Level,
  type RecoveryStyle,
  type Units,
} from '../../../../src-shared/domain/types';
import { formatPace, kmToUnits, parsePace, unitsToKm } from '../../../../src-shared/domain/units';
import { defaultLongRunWeekday } from '../../../../src-shared/generate/goal';
import {
  athleteEasyPace,
  formatRaceTime,
  humanlyPossibleRace,
  minutesReading,
  parseRaceDistance,
  parseRaceTime,
  validRecentRace,
} from '../../../../src-shared/domain/paces';

export interface AthleteDraft {
  name: string;
  level: Level;
  runDaysPerWeek: number;
  units: Units;
  /** min:sec per `units`; empty: the level's default. */
  easyPace: string;
  fatigued: boolean;
  recoveryStyle: RecoveryStyle;
  /** in `units`; empty: unknown. */
  recentLongestRun: string;
  /** v2: the weekdays the athlete can run (a row of seven toggles). */
  availableDays: DayCode[];
  /** v2: '' = Sunday if available, else the latest available day. */
  longRunDay: DayCode | '';
  /** v2: a recent normal week's running distance in `units`; empty: unknown. */
  recentWeekly: string;
  /** v2 (paces.md): a recent race for the athlete's paces: its distance ("10k", "half", "5") and time ("42:30"); both empty: none. */
  raceDistance: string;
  raceTime: string;
}

/** "10" → "10k", 21.0975 → "half": how a coach reads a race distance back (a miles athlete's 13.1 mi: "13.1mi"). */
function raceDistanceText(km: number, units: Units = 'km'): string {
  if (Math.abs(km - 21.0975) < 1e-6) return 'half';
  if (Math.abs(km - 42.195) < 1e-6) return 'marathon';
  const whole = Number(km.toFixed(3));
  if (units === 'mi' && !Number.isInteger(whole)) return `${Number(kmToUnits(km, 'mi').toFixed(2))}mi`;
  return `${whole}k`;
}

/**
 * The race distance as typed: named ("half", "10k") and unit-marked ("15km", "13.1mi") distances as
 * they say; a bare number in the athlete's units, like every other distance of the form (a miles
 * coach's "13.1" was read as 13.1 km).
 */
function readRaceDistance(text: string, units: Units): number | null {
  const n = readDistance(text);
  if (n !== null && text.trim() !== '' && units === 'mi') return unitsToKm(n, 'mi');
  return parseRaceDistance(text);
}

/** How each day reads on its toggle and for a screen reader. */
export const DAY_SHORT: Record<DayCode, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
export const DAY_LONG: Record<DayCode, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/**
 * What an empty long-run day stands for (plan-generator.md): Sunday where the athlete can run
 * then, else the latest day they can. The choice names it ("Usual (Saturday)"): the rule written
 * out ("Sunday, or the latest day available") did not fit the box and was cut off.
 */
export function usualLongRunDay(days: readonly DayCode[]): DayCode {
  return DAY_CODES[defaultLongRunWeekday(DAY_CODES.map((d) => days.includes(d)))];
}

/**
 * The run-day budget (recovery-rules.md v2) is the smaller of running days a week and the days
 * available: with more running days than available days the rules and drafts count fewer, and
 * the form said nothing (the athlete list read "5 days/wk").
 */
export function runDaysHint(d: Pick<AthleteDraft, 'runDaysPerWeek' | 'availableDays'>): string | null {
  const n = d.availableDays.length;
  if (n === 0 || d.runDaysPerWeek <= n) return null;
  const days = n === 1 ? '1 day is' : `${n} days are`;
  return `${days} available: the plan counts ${n} running day${n === 1 ? '' : 's'} a week, not ${d.runDaysPerWeek}.`;
}

/** The draft with `day` switched on or off, kept in week order. */
export function toggleDay(days: readonly DayCode[], day: DayCode): DayCode[] {
  return days.includes(day) ? days.filter((d) => d !== day) : DAY_CODES.filter((d) => d === day || days.includes(d));
}

/**
 * Another athlete already named what the name field says (case and outer spaces aside: "jo park "
 * is Jo Park), as stored, with a name that would tell them apart ("Jo Park (2)", as imports name
 * such an athlete); null when the name is free or empty. The form warns but still saves: a coach
 * may really coach two people of one name, and only they know what to add to tell them apart.
 */
export function takenAthleteName(
  name: string,
  athletes: readonly Pick<Athlete, 'id' | 'name'>[],
  self: number | null,
): { name: string; instead: string } | null {
  const key = athleteNameKey(name);
  if (!key) return null;
  const others = athletes.filter((a) => a.id !== self);
  const clash = others.find((a) => athleteNameKey(a.name) === key);
  if (!clash) return null;
  return { name: clash.name, instead: distinctAthleteName(name.trim(), others.map((a) => a.name)) };
}

export type AthleteFields = MethodInput<'athletes.create'>;
export type AthleteErrors = Partial<Record<keyof AthleteDraft, string>>;

export function athleteDraft(a: Athlete | null): AthleteDraft {
  const s = a ?? { ...DEFAULT_ATHLETE_SETTINGS, name: '', units: 'km' as Units };
  return {
    name: s.name,
    level: s.level,
    runDaysPerWeek: s.runDaysPerWeek,
    units: s.units,
    easyPace: s.easyPaceSecPerKm == null ? '' : formatPace(s.easyPaceSecPerKm, s.units),
    fatigued: s.fatigued,
    recoveryStyle: s.recoveryStyle,
    recentLongestRun:
      s.recentLongestRunKm == null ? '' : String(roundHalfUp(kmToUnits(s.recentLongestRunKm, s.units), 1)),
    availableDays:
      s.availableDays && s.availableDays.length > 0
        ? DAY_CODES.filter((d) => s.availableDays?.includes(d))
        : [...DAY_CODES],
    longRunDay: s.longRunDay ?? '',
    recentWeekly: s.recentWeeklyKm == null ? '' : String(roundHalfUp(kmToUnits(s.recentWeeklyKm, s.units), 1)),
    raceDistance: s.recentRace ? raceDistanceText(s.recentRace.distanceKm, s.units) : '',
    raceTime: s.recentRace ? formatRaceTime(s.recentRace.timeSec) : '',
  };
}

/** A distance as typed: "16", "16.5", "16,5", ".5" and "16." (a trailing point) all read. */
function readDistance(text: string): number | null {
  const t = text.trim().replace(',', '.');
  return /^\d+(\.\d*)?$|^\.\d+$/.test(t) ? Number(t) : null;
}

/** The level's default pace, shown as the pace field's placeholder. */
export function defaultPaceText(level: Level, units: Units): string {
  return formatPace(DEFAULT_EASY_PACE[level], units);
}

/**
 * What an empty easy-pace field stands for (paces.md): the pace at 66.5 % of the recent race's
 * VDOT where the form holds a whole, valid race, else the level's usual pace.
 */
export function emptyPaceHint(d: AthleteDraft): { pace: string; source: string } {
  const distanceKm = readRaceDistance(d.raceDistance, d.units);
  const timeSec = parseRaceTime(d.raceTime);
  const race = distanceKm != null && timeSec != null ? { distanceKm, timeSec } : null;
  if (race && validRecentRace(race) && humanlyPossibleRace(race)) {
    const pace = athleteEasyPace({ level: d.level, easyPaceSecPerKm: null, recentRace: race });
    return { pace: formatPace(pace, d.units), source: 'from the recent race,' };
  }
  return { pace: defaultPaceText(d.level, d.units), source: 'the level’s usual' };
}

/** "a marathon", "a half marathon", "15 km": the race a too-fast time is compared with. */
function raceName(km: number): string {
  const text = raceDistanceText(km);
  if (text === 'marathon') return 'a marathon';
  if (text === 'half') return 'a half marathon';
  return `${Number(km.toFixed(3))} km`;
}

/**
 * A time no one could have raced: where it was typed with one colon, the coach almost certainly
 * meant hours ("3:30" for a marathon), so the sentence says how it was read and how to write hours.
 */
function tooFastRaceMessage(text: string, sec: number, km: number): string {
  const read = minutesReading(text, sec);
  if (read) return `Recent race: ${text} reads as ${read}, too fast for ${raceName(km)}; for hours write ${text}:00`;
  return `Recent race: ${text} is too fast for ${raceName(km)}`;
}

export function parseAthleteDraft(
  d: AthleteDraft,
): { ok: true; fields: AthleteFields } | { ok: false; errors: AthleteErrors } {
  const errors: AthleteErrors = {};
  const name = d.name.trim();
  if (!name) errors.name = 'Name: enter the athlete’s name';
  else if (name.length > 100) errors.name = 'Name: at most 100 characters';

  if (!Number.isInteger(d.runDaysPerWeek) || d.runDaysPerWeek < 1 || d.runDaysPerWeek > 7) {
    errors.runDaysPerWeek = 'Running days: 1 to 7 a week';
  }

  let easyPaceSecPerKm: number | null = null;
  if (d.easyPace.trim()) {
    easyPaceSecPerKm = parsePace(d.easyPace, d.units);
    if (easyPaceSecPerKm == null)
      errors.easyPace = `Easy pace: min:sec per ${d.units}, e.g. ${defaultPaceText(d.level, d.units)}`;
    else if (easyPaceSecPerKm < 150 || easyPaceSecPerKm > 900) {
      errors.easyPace = `Easy pace: between ${formatPace(150, d.units)} and ${formatPace(900, d.units)} per ${d.units}`;
    }
  }

  let recentLongestRunKm: number | null = null;
  const longest = d.recentLongestRun.trim().replace(',', '.');
  if (longest) {
    const n = readDistance(longest);
    if (n == null) errors.recentLongestRun = `Longest recent run: a distance in ${d.units}, e.g. 16`;
    else {
      recentLongestRunKm = roundHalfUp(unitsToKm(n, d.units), 3);
      if (recentLongestRunKm > 300) errors.recentLongestRun = 'Longest recent run: at most 300 km';
    }
  }

  if (d.availableDays.length === 0) errors.availableDays = 'Days available: choose at least one day';
  if (d.longRunDay && !d.availableDays.includes(d.longRunDay)) {
    errors.longRunDay = `Long-run day: ${DAY_LONG[d.longRunDay]} is not one of the days available`;
  }

  let recentWeeklyKm: number | null = null;
  if (d.recentWeekly.trim()) {
    const n = readDistance(d.recentWeekly);
    if (n == null) errors.recentWeekly = `Recent weekly distance: a distance in ${d.units}, e.g. 30`;
    else {
      recentWeeklyKm = roundHalfUp(unitsToKm(n, d.units), 3);
      if (recentWeeklyKm > 500) errors.recentWeekly = 'Recent weekly distance: at most 500 km';
    }
  }

  let recentRace: { distanceKm: number; timeSec: number } | null = null;
  if (d.raceDistance.trim() || d.raceTime.trim()) {
    const km = readRaceDistance(d.raceDistance, d.units);
    const sec = parseRaceTime(d.raceTime);
    if (km == null) errors.raceDistance = 'Recent race: a distance such as 5k, 10k, half, marathon or 15km';
    else if (km < 1.5 || km > 42.195) errors.raceDistance = 'Recent race: from 1.5 km to a marathon';
    if (sec == null) errors.raceTime = 'Recent race: a time as m:ss or h:mm:ss, e.g. 42:30';
    else if (km != null && !errors.raceDistance && !humanlyPossibleRace({ distanceKm: km, timeSec: sec })) {
      errors.raceTime = tooFastRaceMessage(d.raceTime.trim(), sec, km);
    } else if (sec < 180 || sec > 21600) errors.raceTime = 'Recent race: a time from 3 min to 6 h';
    if (km != null && sec != null && !errors.raceDistance && !errors.raceTime) recentRace = { distanceKm: km, timeSec: sec };
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      level: d.level,
      runDaysPerWeek: d.runDaysPerWeek,
      units: d.units,
      easyPaceSecPerKm,
      fatigued: d.fatigued,
      recoveryStyle: d.recoveryStyle,
      recentLongestRunKm,
      availableDays: DAY_CODES.filter((day) => d.availableDays.includes(day)),
      longRunDay: d.longRunDay === '' ? null : d.longRunDay,
      recentWeeklyKm,
      recentRace,
    },
  };
}
