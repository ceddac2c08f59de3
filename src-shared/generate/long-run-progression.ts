/**
 * How long each week's long run is before the taper. Decides the long runs' growth (at most 10 %
 * over the longest of the four weeks before, `recentLongestRunKm` standing for the weeks before the
 * plan), that a cutback week's long run is shorter than the week before's, that none after the
 * latest peak week reaches the peak again, and that a long run fits its week (constraint 4).
 */
import { floor1 } from './draft-grid';
import type { ResolvedGoal } from './goal';
import type { Frame } from './plan-frame';

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
