/**
 * How far each week runs. Decides the weekly distances of the build (a week grows at most 10 % over
 * the largest week before it, week 1 at most 10 % over the recent week: constraint 3) and where the
 * cutback weeks go (one in every four, at 80 % of the week before: constraint 5), up to the peak
 * week a coach would aim at; then, as the sessions are built, each week's running as the rules will
 * count it, held to the same limits and to the rules' distance-jump (constraint 2).
 */
import type { Level } from '../domain/types';
import type { Targets } from './build-targets';
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

/**
 * Week w's running as the sessions are built, recovery runs included: the target (in the taper, 90 %
 * of the last build week's, scaled), never over 110 % of the largest week so far (week 1: of the
 * recent week), nor 130 % of the larger of the two weeks before (the rules' distance-jump), nor, in
 * a cutback week, 80 % of the week before.
 */
export function weekDistance(
  g: ResolvedGoal,
  f: Frame,
  t: Targets,
  w: number,
  scale: number,
  /** The weeks built so far, as the rules count them (index 1..w-1), and the largest. */
  actual: readonly number[],
  maxActual: number,
): number {
  const inTaper = w > f.k;
  let vol = inTaper ? (t.vol[f.k] ?? 0) * 0.9 * scale : t.vol[w];
  const growthCap = w === 1 ? (g.recentWeeklyKm > 0 ? 1.1 * g.recentWeeklyKm : Infinity) : 1.1 * maxActual;
  vol = Math.min(vol, floor1(growthCap));
  if (w >= 2) vol = Math.min(vol, floor1(1.3 * Math.max(actual[w - 1], w >= 3 ? actual[w - 2] : 0)));
  if (t.cutback.has(w)) vol = Math.min(vol, floor1(0.8 * actual[w - 1]));
  return vol;
}
