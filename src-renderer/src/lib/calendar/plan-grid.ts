/**
 * The calendar's shape, computed from a plan's frame: its weeks and days, and indexes of the
 * evaluated sessions and warnings by day. Pure: no DOM, so it is tested with vitest.
 */
import { addDays, shortDateLabel, type IsoDate, type WeekStart } from '../../../../src-shared/domain/dates';
import type { PlanFrame, PlanSession, PlanWarning, WeekFigures } from '../../../../src-shared/domain/types';
import { flaggedDates } from '../../../../src-shared/rules/flagged-dates';

// The frame's dates live in src-shared (main and the print pages use them too).
export { isInsidePlan, planEndDate, weekIndexOf } from '../../../../src-shared/domain/plan-frame';

export interface GridWeek {
  /** 1-based, as the rules and `WeekFigures.index` count. */
  index: number;
  start: IsoDate;
  end: IsoDate;
  days: IsoDate[];
}

export function planWeeks(plan: PlanFrame): GridWeek[] {
  const weeks: GridWeek[] = [];
  for (let i = 0; i < plan.weeks; i++) {
    const start = addDays(plan.startDate, i * 7);
    const days: IsoDate[] = [];
    for (let d = 0; d < 7; d++) days.push(addDays(start, d));
    weeks.push({ index: i + 1, start, end: days[6], days });
  }
  return weeks;
}

/**
 * The weeks in runs of `size` (the last run may be shorter): the calendar draws each run in a
 * paint-contained block, so that when an edit makes a week taller, the weeks below it in other
 * blocks move with their block and Chromium reuses their recorded paint.
 */
export function weekBlocks(weeks: readonly GridWeek[], size: number): GridWeek[][] {
  const blocks: GridWeek[][] = [];
  for (let i = 0; i < weeks.length; i += size) blocks.push(weeks.slice(i, i + size));
  return blocks;
}

const MONDAY_FIRST = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Column headings in the plan's week order. */
export function weekdayHeadings(weekStartsOn: WeekStart): string[] {
  return weekStartsOn === 'sunday' ? ['Sun', ...MONDAY_FIRST.slice(0, 6)] : [...MONDAY_FIRST];
}

export function groupByDate<T extends { date: IsoDate }>(items: readonly T[]): Map<IsoDate, T[]> {
  const out = new Map<IsoDate, T[]>();
  for (const item of items) {
    const list = out.get(item.date);
    if (list) list.push(item);
    else out.set(item.date, [item]);
  }
  return out;
}

/**
 * Each warning under the days it marks (flagged-dates.ts): a warning about two hard days shows on
 * both; one that compares a run with another only on the run it flags, as the PDF marks it.
 */
export function warningsByDate(warnings: readonly PlanWarning[]): Map<IsoDate, PlanWarning[]> {
  const out = new Map<IsoDate, PlanWarning[]>();
  for (const w of warnings) {
    for (const date of flaggedDates(w)) {
      const list = out.get(date);
      if (list) list.push(w);
      else out.set(date, [w]);
    }
  }
  return out;
}

/** A day's marker: one per rule, its sentences together (three warnings of one rule, one triangle). */
export interface DayMarker {
  ruleId: PlanWarning['ruleId'];
  severity: PlanWarning['severity'];
  messages: string[];
}

export function dayMarkers(warnings: readonly PlanWarning[]): DayMarker[] {
  const out: DayMarker[] = [];
  for (const w of warnings) {
    const m = out.find((x) => x.ruleId === w.ruleId);
    if (!m) out.push({ ruleId: w.ruleId, severity: w.severity, messages: [w.message] });
    else {
      if (!m.messages.includes(w.message)) m.messages.push(w.message);
      if (w.severity === 'warning') m.severity = 'warning';
    }
  }
  return out;
}

/** A week-level flag (distance jump, load spike…) names the week's first day and no session. */
export function isWeekFlag(w: PlanWarning): boolean {
  // taper-short names the race but is about its week (recovery-rules.md v2): shown with the week's notices too.
  return w.sessionIds.length === 0 || w.ruleId === 'taper-short';
}

export interface WeekSummary {
  /** Sessions to do: every session but rest days, coach and derived alike (load.md counts all). */
  sessions: number;
  minutes: number | null;
  distanceKm: number | null;
  /** v2: the part of the distance estimated from times (shown with "≈"). */
  estimatedKm: number;
  loadAU: number | null;
}

/**
 * The week's totals cell. The numbers come only from main's (or the preview's) `WeekFigures`:
 * they are the one source the chart, exports and print read too. Until they exist the cell shows
 * the session count alone rather than figures of its own making.
 */
export function weekSummary(
  week: GridWeek,
  byDate: { get(date: IsoDate): readonly PlanSession[] | undefined },
  figures: WeekFigures | undefined,
): WeekSummary {
  let sessions = 0;
  for (const day of week.days) for (const s of byDate.get(day) ?? []) if (s.kind !== 'rest') sessions++;
  return {
    sessions,
    minutes: figures ? figures.minutes : null,
    distanceKm: figures ? figures.distanceKm : null,
    estimatedKm: figures?.estimatedKm ?? 0,
    loadAU: figures ? figures.loadAU : null,
  };
}

/** "2–8 Mar" or "28 Feb – 6 Mar" */
export function weekRangeLabel(week: GridWeek): string {
  const a = shortDateLabel(week.start);
  const b = shortDateLabel(week.end);
  const [da, ma] = a.split(' ');
  const [db, mb] = b.split(' ');
  return ma === mb ? `${da}–${db} ${mb}` : `${da} ${ma} – ${db} ${mb}`;
}

/** Day label in a cell: the day of the month, with the month on the 1st and on the plan's first day. */
export function dayLabel(date: IsoDate, planStart: IsoDate): string {
  const day = date.slice(8, 10);
  return day === '01' || date === planStart ? shortDateLabel(date) : String(Number(day));
}

/** Plain-data equality (numbers, strings, null, arrays and plain objects), for reusing unchanged values. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // Plain loops: this runs over every session of the plan after each edit.
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  return sameFields(a, b, sameData);
}

/**
 * Two objects with the same own keys and each value identical (`===`): plain data whose fields
 * are all plain values, like a derived session's copy. A nested object or array compares by
 * reference, so two equal nested values read as different (never the reverse).
 */
export function sameFlatData(a: object, b: object): boolean {
  return a === b || sameFields(a, b, identical);
}

const identical = (x: unknown, y: unknown): boolean => x === y;

/** The same own keys, and `same` for each key's two values. */
function sameFields(a: object, b: object, same: (x: unknown, y: unknown) => boolean): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const k in x) {
    if (!Object.hasOwn(x, k)) continue;
    if (!Object.hasOwn(y, k) || !same(x[k], y[k])) return false;
    keys++;
  }
  for (const k in y) if (Object.hasOwn(y, k)) keys--;
  return keys === 0;
}

/**
 * `grouped`, but reusing `previous`'s value for every key (a day, a week) whose contents did not change. Each
 * evaluation makes new objects for every session; handing unchanged days their old lists lets
 * the calendar skip them, so an edit re-renders the days it touched rather than all 364.
 */
export function reuseUnchanged<K, V>(
  grouped: Map<K, V>,
  previous: ReadonlyMap<K, V>,
  same: (a: V, b: V) => boolean = sameData,
): Map<K, V> {
  for (const [date, list] of grouped) {
    const before = previous.get(date);
    if (before && same(before, list)) grouped.set(date, before);
  }
  return grouped;
}

/**
 * Two days' warning lists hold the same warnings. Field by field rather than `sameData`: every
 * evaluation makes new warning objects, and a long plan has hundreds of them to compare per edit.
 */
export function sameWarnings(a: readonly PlanWarning[], b: readonly PlanWarning[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.ruleId !== y.ruleId || x.severity !== y.severity || x.message !== y.message) return false;
    if (!sameStrings(x.dates, y.dates) || !sameStrings(x.sessionIds, y.sessionIds)) return false;
  }
  return true;
}

/** The fields `sameWarnings` compares: a field added to PlanWarning fails to compile here until it is compared too. */
export const WARNING_FIELDS_COMPARED: Record<keyof PlanWarning, true> = {
  ruleId: true,
  severity: true,
  message: true,
  dates: true,
  sessionIds: true,
};

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
