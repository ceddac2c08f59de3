/**
 * An independent judge of the generator's refusals (issue 13's property test): whether a goal
 * truly cannot be reached within plan-generator.md's constraints. It is written from the page's
 * numbers alone and shares nothing with the generator but the goal's resolved inputs
 * (`resolveGoal`: defaults and dates); in particular it never calls the generator's schedule.
 *
 * `unreachableReason` returns a sentence when the page itself rules the goal out, and null when a
 * draft could exist (then a refusal is unjustified). It is an upper bound on what any draft can do,
 * so its "reachable" is generous: every limit below is one the page states, none is a choice.
 *
 * The long run (constraints 3, 4, 5):
 * - the peak long run must lie on a long-run day at least 21 days (half or longer) or 14 days
 *   (5K, 10K) before the race, so it is in some week t ≤ tMax;
 * - a long run grows at most 10 % over the longest of the four weeks before it
 *   (`recentLongestRunKm` standing for the weeks before the plan);
 * - before the taper (the weeks that end before the taper window: the 13 days before a half or
 *   longer, the 7 days before a 5K or 10K), every 4 consecutive weeks hold a cutback week (from
 *   week 2 on: a week compared with the week before it), whose long run is no longer than the
 *   week before's, so it cannot grow;
 * - a long run is part of its week's running, and a week runs at most 110 % of the largest week
 *   before it (week 1: of `recentWeeklyKm`, where that is over 0) while a cutback week runs less
 *   than the week before it: so after g weeks that grew, a long run is at most
 *   recentWeeklyKm × 1.1^g.
 * The best any draft can do is then found exactly by a small dynamic programme over where the
 * cutbacks go (the long run's best value after each week, by the number of weeks since the last
 * cutback and the number of weeks that grew); the goal is unreachable when that best, at the latest allowed peak week, stays under
 * the lower bound of the peak range (after the 3-hour cap).
 */
import { addDays, daysBetween, startOfWeek, weekdayOf } from '../domain/dates';
import { resolveGoal, type GoalInput } from './goal';

const LONG_KM = 21.0975;
const MIN_WEEKS_BY_KM = (km: number): number =>
  km >= 42.195 - 1e-9 ? 12 : km >= LONG_KM - 1e-9 ? 8 : km >= 10 - 1e-9 ? 6 : 4;

export interface ReachBound {
  /** Latest week (1-based) whose long-run day is far enough from the race for the peak; 0 when none. */
  tMax: number;
  /** Weeks before the taper window. */
  preTaper: number;
  /** The longest long run any draft can reach by week tMax (km, unrounded). */
  bestPeak: number;
  peakMin: number;
}

/** The best reachable long run by the latest allowed peak week (an upper bound over every draft). */
export function reachBound(input: GoalInput): ReachBound {
  const g = resolveGoal(input);
  const longRace = g.raceKm >= LONG_KM - 1e-9;
  const D = daysBetween(g.startDate, g.raceDate);
  const startWd = weekdayOf(g.startDate);
  const lrOffset = (g.longRunWeekday - startWd + 7) % 7;
  const gap = longRace ? 21 : 14;
  let tMax = 0;
  while (7 * tMax + lrOffset <= D - gap) tMax++; // week tMax+1 starts at 7·tMax
  const windowStart = D - (longRace ? 13 : 7);
  const preTaper = Math.max(0, Math.floor(windowStart / 7));
  const R = g.recentLongestRunKm;
  const W = g.recentWeeklyKm;
  // A week runs at most 110 % of the largest week before it, and a cutback week less than the week
  // before it, so after g weeks that grew the largest week is at most recentWeeklyKm × 1.1^g.
  const vcap = (grown: number): number => (W > 0 ? W * 1.1 ** grown : Infinity);
  // best[r][g]: the longest long run after the current week over every schedule whose last r weeks
  // grew (r = 0: this week was a cutback) and which has g growing weeks in all. Under the best
  // schedule the long run never shrinks, so "the longest of the four weeks before" is the previous
  // week's (or R, in the first four weeks, when larger).
  const fresh = (): number[][] => [0, 1, 2, 3].map(() => new Array<number>(tMax + 2).fill(-Infinity));
  let best = fresh();
  best[0][0] = R; // before week 1: R stands for the weeks before the plan
  let peakBest = 0;
  for (let w = 1; w <= tMax; w++) {
    const next = fresh();
    for (let r = 0; r <= 3; r++) {
      for (let grown = 0; grown < w; grown++) {
        const prev = best[r][grown];
        if (prev === -Infinity) continue;
        const ref = w <= 4 ? Math.max(prev, R) : prev;
        // A week that grows: at most 3 in a row before the taper (every 4 weeks hold a cutback).
        if (r + 1 <= 3 || w > preTaper) {
          const slot = Math.min(r + 1, 3);
          const v = Math.min(1.1 * ref, vcap(grown + 1));
          if (v > next[slot][grown + 1]) next[slot][grown + 1] = v;
        }
        // A cutback week (week 2 on): its long run is at most the week before's (and its week's).
        if (w >= 2) {
          const v = Math.min(prev, vcap(grown));
          if (v > next[0][grown]) next[0][grown] = v;
        }
      }
    }
    best = next;
    for (const row of best) for (const v of row) if (v > peakBest) peakBest = v;
  }
  return { tMax, preTaper, bestPeak: peakBest, peakMin: g.peakMin };
}

/**
 * Why the page rules this goal out, or null when a draft could exist. Mirrors the page's refusal
 * list (plan-generator.md "Input") and the long-run bound above.
 */
export function unreachableReason(input: GoalInput): string | null {
  const g = resolveGoal(input);
  const a = input.athlete;
  if (!(g.raceKm >= 3 && g.raceKm <= 100)) return 'distance outside 3–100 km';
  const budget = Math.min(a.runDaysPerWeek, g.available.filter(Boolean).length);
  if (budget < 3) return 'run-day budget under 3';
  if (g.raceDate < g.startDate) return 'race before the start';
  const weeks = Math.floor(daysBetween(g.startDate, startOfWeek(g.raceDate, g.weekStartsOn)) / 7) + 1;
  if (weeks > 104) return 'more than 104 weeks';
  if (weeks < MIN_WEEKS_BY_KM(g.raceKm)) return 'fewer weeks than the distance needs';
  const raceWd = weekdayOf(g.raceDate);
  if (!g.available[raceWd]) return 'race on a day off';
  if (a.longRunDay && !g.available[g.longRunWeekday]) return 'long-run day not available';
  const dayBefore = weekdayOf(addDays(g.raceDate, -1));
  if (g.raceDate === startOfWeek(g.raceDate, g.weekStartsOn) && dayBefore === g.longRunWeekday)
    return 'race the day after the long-run day at a week start';
  const twoAway = [0, 1, 2, 3, 4, 5, 6].some((d) => {
    const gap = Math.abs(d - g.longRunWeekday) % 7;
    return g.available[d] && Math.min(gap, 7 - gap) >= 2;
  });
  if (!twoAway) return 'no available day two days from the long-run day';
  if (!(g.recentLongestRunKm > 0)) return 'no recent long run';
  const b = reachBound(input);
  if (b.tMax < 1) return 'no long-run day far enough before the race for the peak';
  if (b.bestPeak + 1e-9 < b.peakMin)
    return `the long run reaches at most ${b.bestPeak.toFixed(2)} km by week ${b.tMax}, under ${b.peakMin} km`;
  return null;
}
