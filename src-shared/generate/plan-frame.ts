/**
 * The fixed skeleton of a draft, before any distance is chosen. Decides where the race day and the
 * taper window fall (the 13 days before a half or longer, the 7 before a 5K or 10K: constraint 6),
 * which weeks build and which taper, the latest week the peak long run may fall in (21 or 14 days
 * before the race: constraint 4), and the weekdays of the long run and of the quality session (at
 * least two days from the long run, so no two hard days touch: constraint 2; on a tie, the day
 * before a day off).
 */
import { daysBetween } from '../domain/dates';
import { RACE_KM, isoWeekday, weekdayGap, type ResolvedGoal } from './goal';

/** A half or longer: the 13-day taper window, the 21-day gap before the peak long run, the 75 % cap. */
export const isLongRace = (g: ResolvedGoal): boolean => g.raceKm >= RACE_KM.half - 1e-9;

export interface Frame {
  n: number;
  /** Day offsets from the plan's start. */
  raceDay: number;
  windowStart: number;
  /** Last pre-taper week (1-based) and the latest week the peak long run may fall in. */
  k: number;
  tMax: number;
  lrOffset: number;
  qOffset: number;
}

/**
 * The share of week w's days (1-based) that lie in the taper window, from 0 to 1. The taper scales
 * only the running of those days: a 10K on a Sunday has the Sunday before in its window, and the
 * six days before that are still the build's (scaling the whole week had left a 10K runner a week
 * of 44 % of the peak two weeks out, its intervals one 3-minute repetition).
 */
export function windowShareOf(f: Frame, w: number): number {
  const first = 7 * (w - 1);
  return Math.min(7, Math.max(0, first + 7 - f.windowStart)) / 7;
}

/** The frame of a goal; null when no week can hold the peak long run or no day the quality session. */
export function frameOf(g: ResolvedGoal): Frame | null {
  const n = g.weeks;
  const raceDay = daysBetween(g.startDate, g.raceDate);
  const windowStart = raceDay - (isLongRace(g) ? 13 : 7);
  const startWd = isoWeekday(g.startDate);
  const lrOffset = (g.longRunWeekday - startWd + 7) % 7;
  // The weeks that end before the taper window build; the first week touching it is the taper's.
  const k = Math.min(n - 1, Math.floor(Math.max(0, windowStart) / 7));
  const gap = isLongRace(g) ? 21 : 14;
  let tMax = 0;
  for (let w = k; w >= 1; w--) {
    if (7 * (w - 1) + lrOffset <= raceDay - gap) {
      tMax = w;
      break;
    }
  }
  if (k < 1 || tMax < 1) return null;
  // The quality day: available, at least two days from the long run; the widest gap; on a tie, the
  // day before a day the athlete cannot run (that day off is the rest after the hard session, and the
  // days the athlete can run are left for the easy runs: with Friday off, Thu quality, Sat easy rather
  // than Wed quality, Thu easy and then Fri and Sat empty); then the earliest in the week.
  const offAfter = (wd: number) => !g.available[(wd + 1) % 7];
  let qOffset = -1;
  let qWd = -1;
  for (let off = 0; off < 7; off++) {
    const wd = (startWd + off) % 7;
    const gap = weekdayGap(wd, g.longRunWeekday);
    if (!g.available[wd] || gap < 2) continue;
    const best = qOffset < 0 ? -1 : weekdayGap(qWd, g.longRunWeekday);
    if (gap > best || (gap === best && offAfter(wd) && !offAfter(qWd))) {
      qOffset = off;
      qWd = wd;
    }
  }
  if (qOffset < 0) return null;
  return { n, raceDay, windowStart, k, tMax, lrOffset, qOffset };
}
