/**
 * How long each week's long run is (constraint 4). Decides the long runs' growth (at most 10 %
 * over the longest of the four weeks before, `recentLongestRunKm` standing for the weeks before the
 * plan), that a cutback week's long run is shorter than the week before's, that none after the
 * latest peak week reaches the peak again, that a long run fits its week, and the taper's long runs:
 * under 75 % of the peak before a half or longer, under the peak before a 5K or 10K, none in race week.
 */
import type { Targets } from './build-targets';
import { floor1, round1 } from './draft-grid';
import type { ResolvedGoal } from './goal';
import { isLongRace, type Frame } from './plan-frame';

/** Long runs up to `peak` (Infinity: as far as they can grow), each within `share` of its week. */
export function longRunChain(
  g: ResolvedGoal,
  f: Frame,
  cut: Set<number>,
  vol: number[],
  share: number,
  peak: number,
): number[] {
  const lr: number[] = [0];
  const hist = [g.recentLongestRunKm, g.recentLongestRunKm, g.recentLongestRunKm, g.recentLongestRunKm];
  for (let w = 1; w <= f.k; w++) {
    const room = floor1(share * vol[w]);
    const ref = Math.max(hist[hist.length - 1], hist[hist.length - 2], hist[hist.length - 3], hist[hist.length - 4]);
    let l: number;
    if (cut.has(w)) l = Math.min(floor1(0.8 * lr[w - 1]), room);
    else if (w <= f.tMax) l = Math.min(peak, floor1(1.1 * ref), room);
    else l = Math.min(floor1(0.9 * peak), floor1(1.1 * ref), room);
    lr.push(l);
    hist.push(l);
  }
  return lr;
}

/**
 * The longest a taper long run may be: 75 % of the peak before a half or longer (constraint 4),
 * 95 % before a 5K or 10K (the peak long run comes 14 days out or more).
 */
export function taperLongRunCap(g: ResolvedGoal, t: Targets): number {
  return floor1((isLongRace(g) ? 0.75 : 0.95) * t.peak);
}

/**
 * Week w's long run before the week's other sessions are placed: the target (in the taper, the last
 * build week's scaled with the taper's running, under `taperLrCap`), never over 110 % of the longest
 * of the four weeks before; none in race week.
 */
export function weekLongRun(
  f: Frame,
  t: Targets,
  w: number,
  /** The taper's scale of its running, and of its long runs relative to the rest. */
  scale: number,
  lrScale: number,
  taperLrCap: number,
  lastLr: readonly number[],
): number {
  const inTaper = w > f.k;
  let lrKm = inTaper
    ? w === f.n
      ? 0
      : round1(Math.min(taperLrCap, t.lr[f.k] ?? t.peak) * Math.min(1, scale * lrScale))
    : t.lr[w];
  const ref = Math.max(...lastLr.slice(-4));
  if (w < f.n) lrKm = Math.min(lrKm, floor1(1.1 * ref));
  else lrKm = 0;
  return lrKm;
}
