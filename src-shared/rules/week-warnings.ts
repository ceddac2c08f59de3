/**
 * The week-level flags of recovery-rules.md ("Warnings"): `distance-jump`, `over-run-days`,
 * `load-spike` and `high-monotony`, and (v2) the race's `taper-short` (taper-short.ts). Nothing is changed; the coach is told.
 *
 * Thresholds compare the unrounded figures exactly, from the integer week totals that the
 * displayed figures are computed from (domain/load.ts), so a flag never disagrees with the chart;
 * the messages quote the rounded numbers the chart shows.
 *
 * Order: week by week; within a week in the order of the spec's table.
 */
import * as load from '../domain/load';
import { computeWeekTotals, weekFiguresFromTotals, type WeekTotals } from '../domain/load';
import { runDayBudget, type PlanSession, type PlanWarning, type RulesInput, type Units, type WeekFigures } from '../domain/types';
import { distanceWords } from './distance-words';
import { taperShort } from './taper-short';

// What the per-week checks call, read once (tsx's getters: see domain/load.ts).
const { acwrTerms, hasFlatDays, isAcwrOver, isMonotonyOver, isOverDouble } = load;

/** Over 130 % of the larger of the two weeks before (Nielsen et al. 2014). */
const DISTANCE_JUMP_PERCENT = 130;
/** Gabbett's (2016) "danger zone". */
const ACWR_LIMIT = 1.5;
/** A reference line after Foster (1998), not a verdict. */
const MONOTONY_LIMIT = 2.0;

function au(micro: number): string {
  return String(Math.floor((micro + 500_000) / 1_000_000));
}

function weekFlag(
  ruleId: PlanWarning['ruleId'],
  severity: PlanWarning['severity'],
  week: WeekTotals,
  message: string,
): PlanWarning {
  return { ruleId, severity, dates: [week.start], sessionIds: [], message };
}

/** v2: the week's running distance with races left out (distance-jump compares these). */
function runMicro(t: WeekTotals): number {
  return t.distanceMicro - t.raceDistanceMicro;
}

/** The same as a double, estimates unrounded (v2: compared where an estimate is involved). */
function runKm(t: WeekTotals): number {
  return runMicro(t) / 1_000_000 + t.runErrorKm;
}

function distanceJump(totals: readonly WeekTotals[], i: number, units: Units | undefined): PlanWarning | null {
  if (i < 1) return null;
  // The larger of the two weeks before; on a tie, the nearer one is named.
  let ref = i - 1;
  if (i >= 2 && runMicro(totals[i - 2]) > runMicro(totals[i - 1])) ref = i - 2;
  const before = runMicro(totals[ref]);
  const now = runMicro(totals[i]);
  if (before <= 0) return null;
  const over =
    totals[i].estimatedRuns + totals[ref].estimatedRuns > 0
      ? isOverDouble(runKm(totals[i]) * 100, runKm(totals[ref]) * DISTANCE_JUMP_PERCENT)
      : now * 100 > before * DISTANCE_JUMP_PERCENT;
  if (!over) return null;
  // Percent more, rounded half up from the exact values; one that rounds to 30 is "just over 30 %".
  const percent = Math.floor((200 * (now - before) + before) / (2 * before));
  const more = percent <= DISTANCE_JUMP_PERCENT - 100 ? `just over ${DISTANCE_JUMP_PERCENT - 100}` : String(percent);
  return weekFlag(
    'distance-jump',
    'warning',
    totals[i],
    `Week ${i + 1} runs ${distanceWords(now, units, true)}, ${more} % more than the ${distanceWords(before, units, true)} of week ${ref + 1}; ` +
      'over 30 % more within two weeks has been linked to running injuries.',
  );
}

function overRunDays(week: WeekTotals, runDaysPerWeek: number): PlanWarning | null {
  if (week.coachRunDays <= runDaysPerWeek) return null;
  const allowed = runDaysPerWeek === 1 ? '1 day' : `${runDaysPerWeek} days`;
  return weekFlag(
    'over-run-days',
    'warning',
    week,
    `Week ${week.index} has runs on ${week.coachRunDays} days, but the athlete can run on ${allowed} a week.`,
  );
}

function loadSpike(totals: readonly WeekTotals[], i: number, figures: WeekFigures | undefined): PlanWarning | null {
  if (totals[i].races > 0) return null; // v2: the race is the week's purpose; its load is meant to stand out
  const terms = acwrTerms(totals, i);
  if (!terms || !isAcwrOver(terms, ACWR_LIMIT)) return null;
  const ratio = figures?.acwr ?? null;
  // A ratio that rounds to 1.50 is "just over 1.5", as the flag says, not a bare 1.50.
  const times = ratio === null || ratio <= ACWR_LIMIT ? 'just over 1.5' : ratio.toFixed(2);
  const first = i + 2 - terms.weeks;
  // The window's mean load in whole AU, rounded half up exactly: (2W + n·10^6) div (2n·10^6).
  const average = Math.floor((2 * terms.windowMicro + terms.weeks * 1_000_000) / (2 * terms.weeks * 1_000_000));
  return weekFlag(
    'load-spike',
    'notice',
    totals[i],
    `Week ${i + 1} load of ${au(terms.loadMicro)} AU is ${times} times ` +
      `the average of weeks ${first}–${i + 1} (${average} AU); shown for information, since this ratio is disputed.`,
  );
}

function highMonotony(week: WeekTotals, figures: WeekFigures | undefined): PlanWarning | null {
  if (hasFlatDays(week)) {
    if (week.loadMicro <= 0) return null;
    return weekFlag(
      'high-monotony',
      'notice',
      week,
      `Week ${week.index} has the same load, ${au(week.dayLoadMicro[0])} AU, on all seven days; ` +
        'easier days between harder ones give the body time to absorb the work.',
    );
  }
  if (!isMonotonyOver(week, MONOTONY_LIMIT)) return null;
  const shown = figures?.monotony ?? null;
  const value = shown === null ? 'over 2.0' : shown.toFixed(2);
  // A value just over 2.0 can round to 2.00; say so rather than look contradictory.
  const line =
    shown !== null && shown <= MONOTONY_LIMIT ? 'just over the 2.0 reference line' : 'over the 2.0 reference line';
  return weekFlag(
    'high-monotony',
    'notice',
    week,
    `Week ${week.index} has a load monotony of ${value}, ${line}: the days carry much the same load, ` +
      'so easier days between harder ones may help.',
  );
}

function push(out: PlanWarning[], flag: PlanWarning | null): void {
  if (flag) out.push(flag);
}

/** The week flags of a plan, from its sessions (coach and derived, after dismissals) and its week figures. */
export function weekWarnings(input: RulesInput, sessions: PlanSession[], weeks: WeekFigures[]): PlanWarning[] {
  const totals = computeWeekTotals(input.plan, sessions);
  // The figures give the rounded numbers the chart shows; recompute them if the caller's do not match.
  return weekWarningsOfTotals(
    input,
    sessions,
    totals,
    weeks.length === totals.length ? weeks : weekFiguresFromTotals(totals),
  );
}

/**
 * The same, for a caller that already has the week totals and the figures made from them
 * (evaluatePlan), so the totals are not summed a second time.
 */
export function weekWarningsOfTotals(
  input: RulesInput,
  sessions: readonly PlanSession[],
  totals: readonly WeekTotals[],
  figures: readonly WeekFigures[],
): PlanWarning[] {
  const out: PlanWarning[] = [];
  const budget = runDayBudget(input.athlete);
  for (let i = 0; i < totals.length; i++) {
    // Pushed one by one in the spec's table order (no array of four per week).
    push(out, distanceJump(totals, i, input.plan.units));
    push(out, overRunDays(totals[i], budget));
    push(out, loadSpike(totals, i, figures[i]));
    push(out, highMonotony(totals[i], figures[i]));
  }
  out.push(...taperShort(input, sessions, totals));
  return out;
}
