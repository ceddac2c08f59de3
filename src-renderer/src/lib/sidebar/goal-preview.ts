/** What the "New plan from a goal" dialog shows before creating: the draft's weeks, or why not. */
import type { Athlete } from '../../../../src-shared/api/entities';
import { addDays, daysBetween, startOfWeek, type IsoDate } from '../../../../src-shared/domain/dates';
import { roundHalfUp } from '../../../../src-shared/domain/decimal';
import { planDays } from '../../../../src-shared/domain/fitness';
import { LEVEL_LABEL, PHASE_LABEL, type Units } from '../../../../src-shared/domain/types';
import { KM_PER_MILE, kmToUnits } from '../../../../src-shared/domain/units';
import { generatePlan, type GenerateResult } from '../../../../src-shared/generate/generate-plan';
import { DEFAULT_LONGEST, DEFAULT_WEEKLY, type GoalInput, type RaceClass } from '../../../../src-shared/generate/goal';
import { DAY_SHORT } from './athlete-form';

export interface GoalDraft {
  distance: RaceClass | 'km';
  /** The race's distance when `distance` is 'km' ("Other"): in the athlete's units. */
  km: string;
  raceDate: string;
  startDate: string;
  name: string;
}

export interface PreviewWeek {
  index: number;
  phase: string;
  distanceKm: number;
  longRunKm: number | null;
}

export type GoalPreview =
  | { ok: true; weeks: PreviewWeek[]; raceDayForm: number | null; result: Extract<GenerateResult, { ok: true }> }
  | { ok: false; message: string; earliestDate?: string; shorter?: RaceClass }
  | { ok: null; message: string };

/** A week's distance or long run in the preview table, in the plan's units ("—": none). */
export function previewDistance(km: number | null, units: Units): string {
  return km === null ? '—' : `${roundHalfUp(kmToUnits(km, units), 1)} ${units}`;
}

/** The goal for the generator from the dialog's fields and the athlete's stored settings. */
export function goalInput(d: GoalDraft, a: Athlete): GoalInput | string {
  // "Other" is typed in the athlete's units, as the rest of the dialog speaks (a miles coach's
  // 10-miler was "16.09" in a Kilometres field); the draft works in km, to the metre.
  const typed = Number(d.km.replace(',', '.'));
  const otherKm = a.units === 'mi' ? Math.round(typed * KM_PER_MILE * 1000) / 1000 : typed;
  const distance = d.distance === 'km' ? otherKm : d.distance;
  // The bounds as said: 1.9–62.1 mi lie inside 3–100 km (1.87 mi passed, beside "1.9 to 62.1 mi").
  const inBounds = a.units === 'mi' ? typed >= 1.9 && typed <= 62.1 : typed >= 3 && typed <= 100;
  if (typeof distance === 'number' && !inBounds)
    return a.units === 'mi' ? 'Race distance: 1.9 to 62.1 mi' : 'Race distance: 3 to 100 km';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.raceDate)) return 'Choose the race date';
  // As a plan made by hand (plan-file.md's bound), so the draft's plan file can be imported again.
  if (d.name.trim().length > 100) return 'Plan name: at most 100 characters';
  return {
    distance,
    raceDate: d.raceDate,
    startDate: d.startDate || null,
    name: d.name.trim() || null,
    // The athlete's units, as a plan made by hand takes them: a miles athlete's draft was a km plan.
    units: a.units,
    athlete: {
      name: a.name,
      level: a.level,
      runDaysPerWeek: a.runDaysPerWeek,
      availableDays: a.availableDays,
      longRunDay: a.longRunDay,
      easyPaceSecPerKm: a.easyPaceSecPerKm,
      recentWeeklyKm: a.recentWeeklyKm,
      recentLongestRunKm: a.recentLongestRunKm,
      fatigued: a.fatigued,
      recoveryStyle: a.recoveryStyle,
      recentRace: (a as { recentRace?: GoalInput['athlete']['recentRace'] }).recentRace ?? null,
    },
  };
}

export function goalPreview(d: GoalDraft, a: Athlete): GoalPreview {
  const input = goalInput(d, a);
  if (typeof input === 'string') return { ok: null, message: input };
  const r = generatePlan(input);
  if (!r.ok) return { ok: false, message: r.message, earliestDate: r.earliestDate, shorter: r.shorter };
  const phaseOf = new Map((r.data.plan.phases ?? []).map((p) => [p.week, p.phase]));
  const longOf = new Map<number, number>();
  for (const s of r.data.sessions) {
    if (s.kind !== 'long') continue;
    const w = r.evaluated.weeks.find((x) => x.start <= s.date && s.date < addWeek(x.start));
    if (w) longOf.set(w.index, s.distanceKm ?? 0);
  }
  const weeks = r.evaluated.weeks.map((w) => ({
    index: w.index,
    phase: PHASE_LABEL[phaseOf.get(w.index) ?? 'build'],
    distanceKm: w.distanceKm,
    longRunKm: longOf.get(w.index) ?? null,
  }));
  const days = planDays({ athlete: r.data.athlete, plan: r.data.plan }, r.evaluated.sessions);
  const raceDay = days.find((x) => x.date === input.raceDate);
  return { ok: true, weeks, raceDayForm: raceDay?.form ?? null, result: r };
}

const addWeek = (date: string): string => addDays(date, 7);

/**
 * The recent running a draft assumes where the athlete's is unknown: the level's usual week and
 * longest run (plan-generator.md "Input"). The draft is built and checked counting them, while the
 * calendar's rules read the athlete as stored; so creating the plan keeps them on the athlete, or
 * the new plan opened with run-spike warnings on its first week (no longest run counted at all).
 */
export function assumedRecentRunning(a: Athlete): { recentWeeklyKm?: number; recentLongestRunKm?: number } {
  return {
    ...(a.recentWeeklyKm == null ? { recentWeeklyKm: DEFAULT_WEEKLY[a.level] } : {}),
    ...(a.recentLongestRunKm == null ? { recentLongestRunKm: DEFAULT_LONGEST[a.level] } : {}),
  };
}

/** The athlete's settings the draft reads, in the athlete's units, saying which figures are assumed. */
export function goalSettingsLine(a: Athlete): string {
  const dist = (km: number) => previewDistance(km, a.units);
  const assumed = assumedRecentRunning(a);
  const guessed = [
    assumed.recentWeeklyKm != null ? `about ${dist(assumed.recentWeeklyKm)} a week` : null,
    assumed.recentLongestRunKm != null ? `a longest run of ${dist(assumed.recentLongestRunKm)}` : null,
  ].filter(Boolean);
  return [
    LEVEL_LABEL[a.level],
    `${a.runDaysPerWeek} run days a week`,
    a.availableDays && a.availableDays.length < 7
      ? `on ${a.availableDays.map((d) => DAY_SHORT[d]).join(', ')}`
      : 'any day',
    a.longRunDay ? `long run ${DAY_SHORT[a.longRunDay]}` : null,
    a.recentWeeklyKm != null ? `${dist(a.recentWeeklyKm)} a week` : null,
    a.recentLongestRunKm != null ? `longest run ${dist(a.recentLongestRunKm)}` : null,
    guessed.length > 0
      ? `${guessed.join(' and ')} assumed, the level’s usual, saved to the athlete when the plan is created`
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A draft left to start at its usual length before the race (plan-generator.md "Input": no start
 * given) can begin weeks before today: "12 weeks from Mon 22 Feb" on 10 Mar. The draft itself stays
 * as the spec makes it; the dialog says how many of its weeks are past and offers this week's start.
 */
export function pastStart(
  d: GoalDraft,
  p: GoalPreview,
  today: IsoDate,
): { start: IsoDate; pastWeeks: number; thisWeek: IsoDate } | null {
  if (d.startDate !== '' || p.ok !== true) return null;
  const start = p.result.data.plan.startDate;
  const thisWeek = startOfWeek(today, p.result.data.plan.weekStartsOn);
  if (start >= thisWeek) return null;
  return { start, pastWeeks: daysBetween(start, thisWeek) / 7, thisWeek };
}
