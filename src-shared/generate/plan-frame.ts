/**
 * The fixed skeleton of a draft, before any distance is chosen. Decides where the race day and the
 * taper window fall (the 13 days before a half or longer, the 7 before a 5K or 10K: constraint 6),
 * which weeks build and which taper, the latest week the peak long run may fall in (21 or 14 days
 * before the race: constraint 4), and the weekdays of the long run and of the quality session (at
 * least two days from the long run, so no two hard days touch: constraint 2).
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
  // The quality day: available, at least two days from the long run; the widest gap, then earliest in the week.
  let qOffset = -1;
  for (let off = 0; off < 7; off++) {
    const wd = (startWd + off) % 7;
    if (!g.available[wd] || weekdayGap(wd, g.longRunWeekday) < 2) continue;
    if (qOffset < 0 || weekdayGap(wd, g.longRunWeekday) > weekdayGap((startWd + qOffset) % 7, g.longRunWeekday))
      qOffset = off;
  }
  if (qOffset < 0) return null;
  return { n, raceDay, windowStart, k, tMax, lrOffset, qOffset };
}
