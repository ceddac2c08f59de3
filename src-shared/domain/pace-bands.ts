/**
 * The pace band an athlete is told to hold on a run without steps (design.md "Printed week"):
 * easy and long runs at the easy pace ± 15 s/km (paces.md: E is for "easy, long and recovery
 * running"); recovery runs about 56 s/km slower (the rules' recovery pace, recovery-session.ts)
 * ± 15 s/km. The printed week and the athlete's calendar show the same band.
 */
import { RECOVERY_PACE_OFFSET_SEC_PER_KM } from '../rules/recovery-session';
import type { SessionKind } from './kinds';
import { athleteEasyPace, type PaceSource } from './paces';
import type { Units } from './types';
import { formatPace } from './units';

/** Half the band's width. */
export const PACE_BAND_SEC_PER_KM = 15;

/** "5:25–5:55 /km", faster end first, for easy, long and recovery runs; null for other kinds (their pace is the coach's). */
export function easyPaceBand(kind: SessionKind, athlete: PaceSource, units: Units): string | null {
  const easy = athleteEasyPace(athlete);
  let centre: number;
  // A long run is easy running: without a band the week's longest run was the one with no pace.
  if (kind === 'easy' || kind === 'long') centre = easy;
  else if (kind === 'recovery') centre = easy + RECOVERY_PACE_OFFSET_SEC_PER_KM;
  else return null;
  const fast = formatPace(centre - PACE_BAND_SEC_PER_KM, units);
  const slow = formatPace(centre + PACE_BAND_SEC_PER_KM, units);
  return `${fast}–${slow} /${units}`;
}
