/**
 * The targets of the weeks before the taper, and the choices of ours searched to reach them.
 * Decides the peak long run within the page's range (constraint 4: the level's aim, the range's
 * floor or top, after goal.ts's 3-hour cap), the long run's largest share of its week, the rounding grid and
 * which week the cutbacks start from (constraint 5), so that the long run reaches the peak by the
 * latest week allowed. Null targets mean the peak cannot be reached that way; when no option
 * reaches it, the goal is refused (refusals.ts).
 */
import { withGrid, floor1 } from './draft-grid';
import type { ResolvedGoal } from './goal';
import { longRunChain } from './long-run-progression';
import type { Frame } from './plan-frame';
import { cutbackSet, PEAK_WEEK, volumeChain } from './weekly-distance';

/**
 * The generator's own choices, searched in this order before a goal is refused: the long run's
 * largest share of its week (a coach's 60 %, then 75 %, then the whole week), the peak long run
 * (the level's aim within the range, then the range's lower bound, last the range's top where
 * a tiny week needs a bigger peak week), and where the cutbacks go (every fourth week, starting
 * from week 4, 3 or 2: whichever lets the long run grow furthest).
 */
export interface Options {
  share: number;
  aim: 'level' | 'min' | 'max' | 'mid';
  /** Distances to 1/grid km rather than 0.1 km (0.01 km, and 1 m where 10 % growth from a
   * small start only just reaches the 3-hour cap's odd peak). */
  grid?: 100 | 1000;
}
export const OPTIONS: Options[] = [
  { share: 0.6, aim: 'level' },
  { share: 0.75, aim: 'level' },
  { share: 0.75, aim: 'min' },
  { share: 1, aim: 'min' },
  { share: 1, aim: 'min', grid: 100 },
  // Last, the long run as long as it can grow: a bigger peak week leaves a tiny week's taper room
  // for its quality session and the long run that must be at least as long.
  { share: 1, aim: 'max' },
  // Or halfway: a peak week big enough for race week's fixed running, small enough for the window.
  { share: 1, aim: 'mid' },
  { share: 1, aim: 'min', grid: 1000 },
];

export interface Targets {
  lr: number[]; // index 1..k
  vol: number[];
  cutback: Set<number>;
  peak: number;
  /** The peak long run's last week. */
  t: number;
  share: number;
}

/** `targetsOf` with the option's rounding. */
export function targetsWith(g: ResolvedGoal, f: Frame, opt: Options): Targets | null {
  return withGrid(opt.grid ?? 10, () => targetsOf(g, f, opt));
}

/** Long runs and weekly distances before the taper; null when the peak long run cannot be reached this way. */
function targetsOf(g: ResolvedGoal, f: Frame, opt: Options): Targets | null {
  // Where the cutbacks go: the start that lets the long run grow furthest by the latest peak week.
  let best: { cut: Set<number>; reach: number } | null = null;
  for (const c0 of [4, 3, 2]) {
    const cut = cutbackSet(f, c0);
    const vol = volumeChain(g, f, cut, Infinity);
    const lr = longRunChain(g, f, cut, vol, opt.share, Infinity);
    let reach = 0;
    for (let w = 1; w <= f.tMax; w++) reach = Math.max(reach, lr[w]);
    if (!best || reach > best.reach + 1e-9) best = { cut, reach };
  }
  if (!best || best.reach + 1e-9 < g.peakMin) return null;
  const level =
    g.level === 'advanced' ? g.peakMax : g.level === 'intermediate' ? (g.peakMin + g.peakMax) / 2 : g.peakMin;
  const aim =
    opt.aim === 'min'
      ? g.peakMin
      : opt.aim === 'max'
        ? g.peakMax
        : floor1(Math.max(g.peakMin, Math.min(g.peakMax, level)));
  const peak =
    opt.aim === 'mid'
      ? floor1(Math.max(g.peakMin, (g.peakMin + Math.min(g.peakMax, best.reach)) / 2))
      : Math.min(aim, floor1(best.reach));
  const volPeak = Math.max(PEAK_WEEK[g.raceClass][g.level], peak / Math.min(opt.share, 0.6));
  const vol = volumeChain(g, f, best.cut, volPeak);
  const lr = longRunChain(g, f, best.cut, vol, opt.share, peak);
  let t = 0;
  for (let w = 1; w <= f.tMax; w++) if (lr[w] >= peak - 1e-9) t = w;
  if (t === 0) return null;
  return { lr, vol, cutback: best.cut, peak, t, share: opt.share };
}
