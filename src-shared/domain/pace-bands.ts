/**
 * The pace band an athlete is told to hold on a run without steps, the same on the printed week,
 * the calendar event and the watch workout (one open step at the kind's target, workouts.md):
 * - easy and long runs: the Easy zone `E` from its fast to its slow end (paces.md: "a target shows
 *   a range: E from its fast to its slow end"; E is for "easy, long and recovery running"), the
 *   band an `E` step of a structured workout shows too;
 * - recovery runs: the rules' recovery pace, easy pace + 56 s/km (recovery-rules.md; `recoverySecPerKm`), ± 15 s/km.
 *   paces.md names no band for it (its E zone would put a recovery run at easy pace, slower runs
 *   being the point of recovery-rules.md's recovery shape), so it keeps the band it had.
 * Before, the printed week and the calendar gave easy and long runs easy pace ± 15 s/km while the
 * FIT workout gave them E: three surfaces, two bands for one run.
 */
import type { SessionKind } from './kinds';
import { athletePaces, formatPaceRange, type AthletePaces, type PaceRange, type PaceSource } from './paces';
import type { Units } from './types';

/** Half the recovery band's width. */
export const PACE_BAND_SEC_PER_KM = 15;

/**
 * [fast, slow] in s/km for easy, long and recovery runs, from the athlete's paces (`athletePaces`);
 * null for other kinds (their pace is the coach's, or their zone's). The FIT export asks this with
 * the paces it already has; the printed week and the calendar through `easyPaceBand`.
 */
export function easyPaceRangeOf(
  kind: SessionKind,
  p: Pick<AthletePaces, 'zones' | 'recoverySecPerKm'>,
): PaceRange | null {
  // A long run is easy running: without a band the week's longest run was the one with no pace.
  if (kind === 'easy' || kind === 'long') return p.zones.E;
  if (kind === 'recovery')
    return [p.recoverySecPerKm - PACE_BAND_SEC_PER_KM, p.recoverySecPerKm + PACE_BAND_SEC_PER_KM];
  return null;
}

export function easyPaceRange(kind: SessionKind, athlete: PaceSource): PaceRange | null {
  return easyPaceRangeOf(kind, athletePaces(athlete));
}

/** "5:17–6:19 /km", faster end first, for easy, long and recovery runs; null for other kinds. */
export function easyPaceBand(kind: SessionKind, athlete: PaceSource, units: Units): string | null {
  const range = easyPaceRange(kind, athlete);
  return range && formatPaceRange(range, units);
}
