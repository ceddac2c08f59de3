/**
 * Reading a plan file's `athlete` (plan-file.md): the name and settings the rules read, each
 * checked against its rule (plan-file-rules.ts), defaults where a version 1 file leaves them out,
 * and version 2's `availableDays`, `longRunDay`, `recentWeeklyKm` and `recentRace`.
 */
import { humanlyPossibleRace, type RecentRace } from './paces';
import type { PlanFileData } from './plan-file-format';
import {
  childPath,
  isJsonObject,
  noticeUnknownKeys,
  readDate,
  readOptional,
  readRequired,
  readRequiredText,
  requiredObject,
  showValue,
  type FileReport,
  type JsonObject,
} from './plan-file-fields';
import { NAME, numberRule, RULES } from './plan-file-rules';
import { DAY_CODES, DEFAULT_ATHLETE_SETTINGS } from './types';

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
const RECENT_RACE_KEYS = new Set(['distanceKm', 'timeSec', 'date']);

export function readAthlete(root: JsonObject, report: FileReport): PlanFileData['athlete'] | undefined {
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
  if (report.errors.length > before || distanceKm === undefined || timeSec === undefined || date === undefined)
    return undefined;
  // Within the bounds but faster than anyone has run (hours taken for minutes): its paces would
  // be seconds per km in every export. The athlete form refuses it the same way.
  if (!humanlyPossibleRace({ distanceKm, timeSec })) {
    report.errors.push(
      `${p}.timeSec: ${timeSec} (${spokenSeconds(timeSec)}) for ${distanceKm} km is faster than anyone has run it (hours are 3600 s)`,
    );
    return undefined;
  }
  return date ? { distanceKm, timeSec, date } : { distanceKm, timeSec };
}

/** 210 → "3 min 30 s", 4000 → "1 h 6 min 40 s". */
function spokenSeconds(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = Math.round((total % 60) * 10) / 10;
  return [h ? `${h} h` : '', m ? `${m} min` : '', sec ? `${sec} s` : ''].filter(Boolean).join(' ') || '0 s';
}
