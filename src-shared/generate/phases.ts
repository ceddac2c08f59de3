/**
 * The phase of every week of a draft (constraint 9): base, build, peak, taper and race in that
 * order, skipping what a short plan has no room for; race week is `race`, the weeks from the taper
 * window on are `taper`, and cutback weeks before the taper are marked `recovery`.
 */
import type { PhaseName } from '../domain/types';
import type { Targets } from './build-targets';
import type { Frame } from './plan-frame';

/**
 * The phase of each week (index 1..n; index 0 is a placeholder): race week, the taper's weeks, the
 * cutbacks as recovery, peak from the peak long run's first week on, base for the first third of the
 * weeks before it (where it comes in week 7 or later), build between.
 */
export function phasesOf(f: Frame, t: Targets): PhaseName[] {
  const out: PhaseName[] = ['base'];
  const baseWeeks = t.t >= 7 ? Math.floor((t.t - 1) / 3) : 0;
  for (let w = 1; w <= f.n; w++) {
    let p: PhaseName;
    if (w === f.n) p = 'race';
    else if (w > f.k) p = 'taper';
    else if (t.cutback.has(w)) p = 'recovery';
    else if (w >= t.t) p = 'peak';
    else if (w <= baseWeeks) p = 'base';
    else p = 'build';
    out.push(p);
  }
  return out;
}
