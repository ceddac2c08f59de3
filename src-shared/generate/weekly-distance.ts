/**
 * How far each week before the taper runs. Decides the weekly distances of the build (a week grows
 * at most 10 % over the largest week before it, week 1 at most 10 % over the recent week:
 * constraint 3) and where the cutback weeks go (one in every four, at 80 % of the week before:
 * constraint 5), up to the peak week a coach would aim at.
 */
import type { Level } from '../domain/types';
import { floor1 } from './draft-grid';
import type { RaceClass, ResolvedGoal } from './goal';
import type { Frame } from './plan-frame';

/** Peak weekly distance a coach would aim at, by race and level (km). */
export const PEAK_WEEK: Record<RaceClass, Record<Level, number>> = {
  '5k': { beginner: 20, intermediate: 32, advanced: 45 },
  '10k': { beginner: 25, intermediate: 38, advanced: 52 },
  half: { beginner: 30, intermediate: 45, advanced: 60 },
  marathon: { beginner: 45, intermediate: 60, advanced: 80 },
};

/** Every fourth week from `c0` on, up to the last week before the taper. */
export function cutbackSet(f: Frame, c0: number): Set<number> {
  const c = new Set<number>();
  for (let w = c0; w <= f.k; w += 4) c.add(w);
  return c;
}

/** Weekly distances growing at most 10 % over the largest week before (cutbacks at 80 %), up to `volPeak`. */
export function volumeChain(g: ResolvedGoal, f: Frame, cut: Set<number>, volPeak: number): number[] {
  const vol: number[] = [0];
  let maxVol = 0;
  for (let w = 1; w <= f.k; w++) {
    let v: number;
    if (w === 1) v = g.recentWeeklyKm > 0 ? Math.min(volPeak, floor1(1.1 * g.recentWeeklyKm)) : floor1(0.6 * volPeak);
    else if (cut.has(w)) v = floor1(0.8 * vol[w - 1]);
    else v = Math.min(floor1(volPeak), floor1(1.1 * maxVol));
    vol.push(v);
    maxVol = Math.max(maxVol, v);
  }
  return vol;
}
