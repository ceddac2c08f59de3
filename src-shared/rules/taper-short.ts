/**
 * recovery-rules.md v2, `taper-short`: a half marathon or longer whose 13 days before it still run
 * over 70 % of twice the peak week, so the taper cuts less than 30 % (Bosquet et al. 2007 found
 * 41–60 % best). Exact integer millionths, from the same week totals as the chart.
 */
import { dayNumberOrNull } from '../domain/day-number';
import { fromDayNumber, shortDateLabel, toDayNumber } from '../domain/dates';
import { toMicro } from '../domain/decimal';
import { isOverDouble, type WeekTotals } from '../domain/load';
import { HALF_MARATHON_KM } from '../domain/session-facts';
import type { PlanSession, PlanWarning, RulesInput } from '../domain/types';
import { distanceWords } from './distance-words';
import { describeRace, weekdayName } from './recovery-session';

/** The window before the race: D−13 to D−1. */
export const TAPER_WINDOW_DAYS = 13;
/** Over 70 % of twice the peak week is barely a taper. */
export const TAPER_SHORT_PERCENT = 70;

const HALF_MICRO = toMicro(HALF_MARATHON_KM);

/** The figures `taper-short` compares, for a race on plan day number `raceDay`; null where there is no peak week. */
export function taperFigures(
  first: number,
  totals: readonly WeekTotals[],
  raceDay: number,
): { windowMicro: number; peakMicro: number; peakWeek: number; windowKm: number; peakKm: number; estimated: boolean } | null {
  // The peak week: the largest running distance (races left out) among weeks that end before D−13.
  let peakMicro = 0;
  let peakWeek = 0;
  for (let i = 0; i < totals.length; i++) {
    if (first + 7 * i + 6 >= raceDay - TAPER_WINDOW_DAYS) break;
    const run = totals[i].distanceMicro - totals[i].raceDistanceMicro;
    if (run > peakMicro) {
      peakMicro = run;
      peakWeek = i + 1;
    }
  }
  if (peakMicro <= 0) return null;
  let windowMicro = 0;
  // v2: the same as doubles, estimates unrounded, and whether any estimate is involved.
  let windowError = 0;
  const peak = totals[peakWeek - 1];
  let estimated = peak.estimatedRuns > 0;
  const end = first + 7 * totals.length;
  for (let day = Math.max(first, raceDay - TAPER_WINDOW_DAYS); day < raceDay && day < end; day++) {
    const offset = day - first;
    const week = totals[(offset / 7) | 0];
    windowMicro += week.dayDistanceMicro[offset % 7];
    if (week.dayErrorKm !== null) {
      estimated = true;
      windowError += week.dayErrorKm[offset % 7];
    }
  }
  return {
    windowMicro,
    peakMicro,
    peakWeek,
    windowKm: windowMicro / 1_000_000 + windowError,
    peakKm: peakMicro / 1_000_000 + peak.runErrorKm,
    estimated,
  };
}

export function taperShort(
  input: RulesInput,
  sessions: readonly PlanSession[],
  totals: readonly WeekTotals[],
): PlanWarning[] {
  const out: PlanWarning[] = [];
  if (totals.length === 0) return out;
  const first = toDayNumber(input.plan.startDate);
  for (const s of sessions) {
    if (s.kind !== 'race' || s.origin !== 'coach' || toMicro(s.distanceKm ?? 0) < HALF_MICRO) continue;
    const day = dayNumberOrNull(s.date);
    if (day === null || day < first || day >= first + 7 * totals.length) continue;
    const f = taperFigures(first, totals, day);
    if (!f) continue;
    // Exact decimals, or (v2) doubles where an estimated distance is involved.
    const over = f.estimated
      ? isOverDouble(f.windowKm * 100, TAPER_SHORT_PERCENT * 2 * f.peakKm)
      : f.windowMicro * 100 > TAPER_SHORT_PERCENT * 2 * f.peakMicro;
    if (!over) continue;
    // window ÷ twice the peak, in percent, rounded half up exactly.
    const rounded = Math.floor((100 * f.windowMicro + f.peakMicro) / (2 * f.peakMicro));
    const percent = rounded <= TAPER_SHORT_PERCENT ? `just over ${TAPER_SHORT_PERCENT}` : String(rounded);
    out.push({
      ruleId: 'taper-short',
      severity: 'notice',
      dates: [s.date],
      sessionIds: [s.id],
      message:
        `The 13 days before the ${describeRace(s)} on ${weekdayName(day)} ${shortDateLabel(fromDayNumber(day))} run ` +
        `${distanceWords(f.windowMicro, input.plan.units, true)}, ${percent} % of twice the peak week (${distanceWords(f.peakMicro, input.plan.units, true)}, week ${f.peakWeek}): ` +
        'barely a taper. A taper usually cuts 41–60 % of the volume of the last two weeks while keeping some intensity.',
    });
  }
  return out;
}
