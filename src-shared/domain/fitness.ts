/**
 * Fitness, fatigue and form over a plan's days (load.md v2): exponentially weighted averages of
 * the daily load with time constants of 42 and 7 days, and form the day before's fitness minus
 * fatigue. Neutral names on purpose (CTL/ATL/TSB are another vendor's terms).
 *
 * Runs inside the rules on every drag: one pass over typed arrays, no object per day unless the
 * caller asks for the rounded `days` list.
 */
import { fromDayNumber, toDayNumber, type IsoDate } from './dates';
import { roundHalfUp } from './decimal';
import { computeWeekTotals, type WeekTotals } from './load';
import { athleteEasyPace } from './paces';
import type { AthleteSettings, PlanFrame, PlanSession } from './types';

/** 1 − e^(−1/42) and 1 − e^(−1/7). */
export const FITNESS_RATE = 1 - Math.exp(-1 / 42);
export const FATIGUE_RATE = 1 - Math.exp(-1 / 7);

/** One plan day's figures as `stride rules` writes them (each rounded to 0.1). */
export interface DayFigures {
  date: IsoDate;
  loadAU: number;
  fitness: number;
  fatigue: number;
  form: number;
}

/** The unrounded series, one entry per plan day. */
export interface FitnessSeries {
  load: Float64Array;
  fitness: Float64Array;
  fatigue: Float64Array;
  form: Float64Array;
}

/**
 * Where fitness and fatigue start, the day before the plan: a steady week of easy running at RPE 3,
 * `recentWeeklyKm × easyPace / 60 × 3 / 7` AU a day, or 0 without a recent week.
 */
export function startingLoad(
  athlete: Pick<AthleteSettings, 'level' | 'easyPaceSecPerKm' | 'recentWeeklyKm'> & { recentRace?: unknown },
): number {
  const km = athlete.recentWeeklyKm;
  if (km == null || !(km > 0)) return 0;
  const pace = athleteEasyPace(athlete as Parameters<typeof athleteEasyPace>[0]);
  return ((km * pace) / 60) * (3 / 7);
}

/** The series from daily loads (AU) and the starting value. */
export function fitnessSeries(dailyLoad: ArrayLike<number>, start: number): FitnessSeries {
  const n = dailyLoad.length;
  const load = new Float64Array(n);
  const fitness = new Float64Array(n);
  const fatigue = new Float64Array(n);
  const form = new Float64Array(n);
  let fit = start;
  let fat = start;
  for (let t = 0; t < n; t++) {
    const l = dailyLoad[t];
    load[t] = l;
    form[t] = fit - fat;
    fit += (l - fit) * FITNESS_RATE;
    fat += (l - fat) * FATIGUE_RATE;
    fitness[t] = fit;
    fatigue[t] = fat;
  }
  return { load, fitness, fatigue, form };
}

/** Daily loads of the plan (AU), from the exact week totals the chart uses. */
export function dailyLoads(totals: readonly WeekTotals[]): Float64Array {
  const out = new Float64Array(7 * totals.length);
  for (let w = 0; w < totals.length; w++) {
    const d = totals[w].dayLoadMicro;
    for (let i = 0; i < 7; i++) out[7 * w + i] = d[i] / 1_000_000;
  }
  return out;
}

/** `days` of `stride rules` (load.md): date, load, fitness, fatigue and form of every plan day, to 0.1. */
export function dayFigures(startDate: IsoDate, series: FitnessSeries): DayFigures[] {
  const first = toDayNumber(startDate);
  const out: DayFigures[] = new Array(series.load.length);
  for (let t = 0; t < series.load.length; t++) {
    out[t] = {
      date: fromDayNumber(first + t),
      loadAU: roundHalfUp(series.load[t], 1),
      fitness: roundHalfUp(series.fitness[t], 1),
      fatigue: roundHalfUp(series.fatigue[t], 1),
      form: roundHalfUp(series.form[t], 1),
    };
  }
  return out;
}

/** The fitness series of a plan's sessions (coach and derived, after dismissals: `evaluatePlan(…).sessions`). */
export function planFitness(
  input: { athlete: Parameters<typeof startingLoad>[0]; plan: PlanFrame },
  sessions: readonly PlanSession[],
): FitnessSeries {
  return fitnessSeries(dailyLoads(computeWeekTotals(input.plan, sessions)), startingLoad(input.athlete));
}

/** `days` of `stride rules` for a plan: every plan day's load, fitness, fatigue and form. */
export function planDays(
  input: { athlete: Parameters<typeof startingLoad>[0]; plan: PlanFrame },
  sessions: readonly PlanSession[],
): DayFigures[] {
  return dayFigures(input.plan.startDate, planFitness(input, sessions));
}
