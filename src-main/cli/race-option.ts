/**
 * A recent race given on the command line (`stride paces --race 10k 42:30`, `stride generate
 * --race-time 10k=42:30`), checked as the athlete form checks it.
 */
import { humanlyPossibleRace, minutesReading, RECENT_RACE_BOUNDS } from '../../src-shared/domain/paces';

/**
 * paces.md's bounds for a race, in the coach's own words, and a race no one could have run: a
 * marathon "in 3:30" is hours typed as m:ss (the athlete form refuses it the same way), and its
 * VDOT would give paces of seconds per km.
 */
export function raceProblem(option: string, distance: string, time: string, km: number, sec: number): string | null {
  const { minKm, maxKm, minSec, maxSec } = RECENT_RACE_BOUNDS;
  if (km < minKm || km > maxKm) return `${option}: "${distance}" is not a race distance from ${minKm} km to a marathon`;
  if (!humanlyPossibleRace({ distanceKm: km, timeSec: sec })) {
    const read = minutesReading(time, sec);
    if (read) return `${option}: ${distance} in "${time}" reads as ${read}, faster than anyone has run it; for hours write ${time}:00`;
    return `${option}: ${distance} in "${time}" is faster than anyone has run it`;
  }
  if (sec < minSec || sec > maxSec) return `${option}: "${time}" is not a race time from 3 min to 6 h`;
  return null;
}
