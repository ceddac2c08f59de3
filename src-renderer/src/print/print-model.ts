/**
 * What the printed pages say, worked out from a plan document without touching the DOM: weeks
 * with their seven days, targets with pace ranges, warnings filed under their week, and how
 * the plan PDF is cut into pages. The Svelte components only lay this out.
 */
import type { Athlete, Plan, PlanDocument } from '../../../src-shared/api/entities';
import {
  addDays,
  longDateLabel,
  shortDateLabel,
  WEEKDAY_NAMES,
  weekdayOf,
  type IsoDate,
} from '../../../src-shared/domain/dates';
import { roundHalfUp, sumDecimals } from '../../../src-shared/domain/decimal';
import { effectiveRpe, effectiveTitle, isRunningKind, KIND_LABEL } from '../../../src-shared/domain/kinds';
import {
  LEVEL_LABEL,
  type PlanSession,
  type PlanWarning,
  type Units,
  type WeekFigures,
} from '../../../src-shared/domain/types';
import { planEndDate, weekIndexOf, weekStartOf } from '../../../src-shared/domain/plan-frame';
import { easyPaceBand } from '../../../src-shared/domain/pace-bands';
import { athleteEasyPace, athletePaces, validRecentRace } from '../../../src-shared/domain/paces';
import { shownDistance, shownDuration } from '../../../src-shared/domain/session-estimates';
import { describeSteps } from '../../../src-shared/domain/steps';
import { formatStepsText } from '../../../src-shared/domain/steps-text';
import { formatDistance, formatDuration, formatPace, kmToUnits } from '../../../src-shared/domain/units';
import { flaggedDates } from '../../../src-shared/rules/flagged-dates';

/** Weeks on one landscape page of the plan PDF, after its first (overview) page. */
export const WEEKS_PER_PAGE = 4;

export interface PrintDay {
  date: IsoDate;
  /** "Monday" */
  weekday: string;
  /** "2 Mar" */
  label: string;
  sessions: PlanSession[];
}

export interface PrintWeek {
  index: number; // 1-based
  start: IsoDate;
  end: IsoDate;
  days: PrintDay[];
  figures: WeekFigures | null;
  warnings: PlanWarning[];
}

export { planEndDate, weekIndexOf, weekStartOf };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1–7 Mar 2027", "29 Mar – 4 Apr 2027", "28 Dec 2026 – 3 Jan 2027". */
export function dateRangeLabel(from: IsoDate, to: IsoDate): string {
  const [fy, fm, fd] = [from.slice(0, 4), Number(from.slice(5, 7)), Number(from.slice(8, 10))];
  const [ty, tm, td] = [to.slice(0, 4), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  if (fy !== ty) return `${fd} ${MONTHS[fm - 1]} ${fy} – ${td} ${MONTHS[tm - 1]} ${ty}`;
  if (fm !== tm) return `${fd} ${MONTHS[fm - 1]} – ${td} ${MONTHS[tm - 1]} ${ty}`;
  return `${fd}–${td} ${MONTHS[tm - 1]} ${ty}`;
}

/** "Tue 2 Mar" */
export function dayLabel(date: IsoDate): string {
  return `${WEEKDAY_NAMES[weekdayOf(date)].slice(0, 3)} ${shortDateLabel(date)}`;
}

export { longDateLabel };

/** Every plan week with its days, sessions (coach and derived), figures and warnings. */
export function planWeeks(doc: PlanDocument): PrintWeek[] {
  const { plan } = doc;
  const byDate = new Map<IsoDate, PlanSession[]>();
  for (const s of doc.evaluated.sessions) {
    const list = byDate.get(s.date);
    if (list) list.push(s);
    else byDate.set(s.date, [s]);
  }
  const warnings = warningsByWeek(plan, doc.evaluated.warnings);
  const figures = new Map(doc.evaluated.weeks.map((w) => [w.index, w]));
  const weeks: PrintWeek[] = [];
  for (let index = 1; index <= plan.weeks; index++) {
    const start = weekStartOf(plan, index);
    const days: PrintDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, d);
      days.push({
        date,
        weekday: WEEKDAY_NAMES[weekdayOf(date)],
        label: shortDateLabel(date),
        sessions: orderForTheDay(byDate.get(date) ?? []),
      });
    }
    weeks.push({
      index,
      start,
      end: addDays(start, 6),
      days,
      figures: figures.get(index) ?? null,
      warnings: warnings.get(index) ?? [],
    });
  }
  return weeks;
}

/**
 * A day's sessions in the order they are read: the coach's runs, then the coach's other sessions
 * (strength, cross-training), then what the rules added; plan order within each group.
 */
function orderForTheDay(sessions: PlanSession[]): PlanSession[] {
  const rank = (s: PlanSession) => (s.origin === 'rule' ? 2 : isRunningKind(s.kind) ? 0 : 1);
  return sessions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/**
 * Warnings filed under the week of the day they flag, their first date (recovery-rules.md: a
 * session's warning names the flagged session first, then any it is compared with; a pair of hard
 * days across a week's edge starts on its earlier day, so it is listed once, where it starts), in
 * date order; one outside the plan goes to the nearest week so none is ever dropped from the print.
 * A run spike was filed under the earliest date: the week of the earlier run it is compared with.
 */
export function warningsByWeek(
  plan: Pick<Plan, 'startDate' | 'weeks'>,
  warnings: readonly PlanWarning[],
): Map<number, PlanWarning[]> {
  const out = new Map<number, PlanWarning[]>();
  // ISO dates sort as plain strings; `localeCompare` would cost the print page ICU's collator set-up (≈15 ms).
  const sorted = [...warnings].sort((a, b) => compareText(flaggedDay(a), flaggedDay(b)));
  for (const w of sorted) {
    const first = flaggedDay(w);
    let index = first ? weekIndexOf(plan, first) : 1;
    if (index === null) index = first < plan.startDate ? 1 : plan.weeks;
    const list = out.get(index);
    if (list) list.push(w);
    else out.set(index, [w]);
  }
  return out;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function flaggedDay(w: PlanWarning): IsoDate {
  return w.dates[0] ?? '';
}

/** "Tue 2 Mar, Wed 3 Mar": the days it marks. */
export function warningDatesLabel(w: PlanWarning): string {
  return flaggedDates(w).map(dayLabel).join(', ');
}

export interface SessionTarget {
  title: string;
  kindLabel: string;
  duration: string;
  distance: string;
  pace: string | null;
  /** "RPE 3" or '' for rest. */
  rpe: string;
  /** v2 (workouts.md): the canonical line of the session's steps ("15min E, 6x(800m I, 2min jog)"), or null. */
  stepsLine: string | null;
  /** v2: each item of the steps with its pace range for this athlete ("6 × 800 m at 3:52–3:58 /km, 2 min jog"); empty without steps. */
  steps: string[];
}

export function sessionTarget(
  s: PlanSession,
  athlete: Pick<Athlete, 'level' | 'easyPaceSecPerKm' | 'recentRace'>,
  units: Units,
): SessionTarget {
  const rpe = effectiveRpe(s);
  // v2: figures the coach left empty print their estimate, marked "≈".
  const duration = shownDuration(s);
  const distance = shownDistance(s);
  const steps = s.origin === 'coach' && s.steps && s.steps.length > 0 ? s.steps : null;
  const paces = steps ? athletePaces(athlete) : null;
  return {
    title: effectiveTitle(s),
    kindLabel: KIND_LABEL[s.kind],
    // A rest day's 0 minutes is not a target worth printing.
    duration:
      s.kind === 'rest' || !duration.min ? '' : `${duration.estimated ? '≈' : ''}${formatDuration(duration.min)}`,
    distance: distance.km ? `${distance.estimated ? '≈' : ''}${formatDistance(distance.km, units)}` : '',
    pace:
      s.kind === 'rest' || steps
        ? null
        : s.kind === 'race'
          ? racePace(duration, distance, units)
          : easyPaceBand(s.kind, athlete, units),
    rpe: rpe === null ? '' : `RPE ${rpe}`,
    stepsLine: steps ? formatStepsText(steps, units) : null,
    steps: steps && paces ? describeSteps(steps, paces, units) : [],
  };
}

/**
 * The pace a race's time asks over its distance ("5:01 /km"): the coach's time, or where they left
 * it empty the predicted one (paces.md), marked "≈" as that time is. Null without both figures.
 */
function racePace(
  duration: { min: number | null; estimated: boolean },
  distance: { km: number | null; estimated: boolean },
  units: Units,
): string | null {
  if (!duration.min || !distance.km) return null;
  const about = duration.estimated || distance.estimated ? '≈' : '';
  return `${about}${formatPace((duration.min * 60) / distance.km, units)} /${units}`;
}

/** The coach's words on a session: a derived session's notes are the rules' standard advice. */
export function sessionNotes(s: PlanSession): string {
  return (s.notes ?? '').trim();
}

export interface WeekTotalsLabel {
  time: string;
  distance: string;
  load: string;
}

export function weekTotals(figures: WeekFigures | null, units: Units): WeekTotalsLabel {
  return {
    time: figures && figures.minutes > 0 ? formatDuration(figures.minutes) : '0 min',
    distance: `${(figures?.estimatedKm ?? 0) > 0 ? '≈' : ''}${formatDistance(figures?.distanceKm ?? 0, units)}`,
    load: `${roundHalfUp(figures?.loadAU ?? 0, 0)} AU`,
  };
}

export interface PlanSummary {
  sessions: number;
  autoSessions: number;
  time: string;
  distance: string;
  peakWeek: { index: number; load: string } | null;
}

export function planSummary(doc: PlanDocument): PlanSummary {
  const units = doc.plan.units;
  const minutes = sumDecimals(doc.evaluated.weeks.map((w) => w.minutes));
  const km = sumDecimals(doc.evaluated.weeks.map((w) => w.distanceKm));
  let peak: WeekFigures | null = null;
  // The first of equally heavy weeks is the peak.
  for (const w of doc.evaluated.weeks) if (!peak || w.loadAU > peak.loadAU) peak = w;
  const coach = doc.evaluated.sessions.filter((s) => s.origin === 'coach').length;
  return {
    sessions: coach,
    autoSessions: doc.evaluated.sessions.length - coach,
    time: formatDuration(minutes),
    // "≈" where any week's distance includes an estimate, as weekTotals marks that week's.
    distance: `${doc.evaluated.weeks.some((w) => (w.estimatedKm ?? 0) > 0) ? '≈' : ''}${formatDistance(km, units)}`,
    peakWeek: peak && peak.loadAU > 0 ? { index: peak.index, load: `${roundHalfUp(peak.loadAU, 0)} AU` } : null,
  };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Pages of the plan PDF: an overview page, then the weeks in pages of `WEEKS_PER_PAGE`; an empty plan is its overview only. */
export function planPageCount(weeks: number, hasSessions: boolean): number {
  return hasSessions ? 1 + Math.ceil(weeks / WEEKS_PER_PAGE) : 1;
}

export function planHasSessions(doc: PlanDocument): boolean {
  return doc.evaluated.sessions.length > 0;
}

/** Where an easy pace the coach did not type comes from (paces.md): the recent race, else the level. */
function easyPaceSource(athlete: Athlete): string {
  if (athlete.easyPaceSecPerKm !== null) return '';
  return athlete.recentRace && validRecentRace(athlete.recentRace) ? ' (from the recent race)' : ' (level default)';
}

export function athleteFacts(athlete: Athlete, units: Units): string[] {
  return [
    LEVEL_LABEL[athlete.level],
    `runs ${athlete.runDaysPerWeek} day${athlete.runDaysPerWeek === 1 ? '' : 's'} a week`,
    `easy pace ${formatPace(athleteEasyPace(athlete), units)} /${units}${easyPaceSource(athlete)}`,
    athlete.recoveryStyle === 'run-and-rest' ? 'recovers with a run and a rest day' : 'recovers with easy runs',
    ...(athlete.fatigued ? ['currently fatigued'] : []),
  ];
}

/**
 * What the plan PDF's fitness start stands for, in the plan's units: the athlete's recent week is
 * stored in km, and a miles athlete's 30 mi week read "(a steady 48.28 km week of easy running)".
 */
export function fitnessStartBasis(recentWeeklyKm: number | null | undefined, units: Units): string {
  if (!recentWeeklyKm) return ' (no recent week given)';
  return ` (a steady ${roundHalfUp(kmToUnits(recentWeeklyKm, units), 1)} ${units} week of easy running)`;
}
