/**
 * What building a draft keeps between its steps: the draft's inputs and running totals (`Build`),
 * and the week being built (`Week`), which the steps in build-sessions.ts, long-run-session.ts,
 * week-quality.ts and easy-runs.ts fill in turn. Types and two small measures only; every decision
 * lives in those files.
 */
import type { AthletePaces } from '../domain/paces';
import type { CoachSession } from '../domain/types';
import type { Targets } from './build-targets';
import type { DayLedger } from './day-ledger';
import type { ResolvedGoal } from './goal';
import type { Frame } from './plan-frame';
import type { TaperLayout } from './taper-layouts';

/** One draft's inputs and its sessions; the passes of a two-pass build share it. */
export interface DraftContext {
  g: ResolvedGoal;
  f: Frame;
  paces: AthletePaces;
  sessions: CoachSession[];
  fewerReps?: boolean;
  /** How the draft's weeks are shaped (the search's outermost choice). */
  shape: DraftShape;
  /** Per week, the recovery running the week ended with (recorded by every pass). */
  recoveryByWeek?: number[];
  /** Per week, the recovery running to leave room for beside the long run (a second pass's). */
  assumeRecovery?: number[];
}

/**
 * How a draft's weeks are shaped, the search's outermost choice: the shortest easy run worth
 * placing, and the most of a week (before the taper) its quality session takes.
 */
export interface DraftShape {
  /** No easy run before race week shorter than this (minutes at the easy pace); race week's shake-outs 20 at most. */
  easyFloorMin: number;
  /** The quality session's largest share of its week's running, warm-up and cool-down included. */
  qualityShare: number;
  /** Easy runs only on the first free days (the shape drafts had before there was a floor). */
  firstDaysOnly: boolean;
}

/**
 * The shapes tried, in a coach's order. A coach never hands out a 19-minute easy run: 30 minutes
 * first, 25 where 30 breaks a constraint for every choice of ours; last, the shape drafts had
 * before there was a floor, for the rare goal (a tiny week, a 3 km race) that only drafts that way.
 */
export const DRAFT_SHAPES: readonly DraftShape[] = [
  { easyFloorMin: 30, qualityShare: 0.25, firstDaysOnly: false },
  { easyFloorMin: 25, qualityShare: 0.25, firstDaysOnly: false },
  { easyFloorMin: 0, qualityShare: Infinity, firstDaysOnly: true },
];

/** The taper's layout with the scale of its running (draftWith's bisection). */
export interface TaperPlan extends TaperLayout {
  scale: number;
}

/** One build of a draft's sessions, week after week. */
export interface Build {
  ctx: DraftContext;
  g: ResolvedGoal;
  f: Frame;
  t: Targets;
  tp: TaperPlan;
  days: DayLedger;
  /** Offsets in the week of the days easy runs may take: available, neither the long run's nor the quality session's. */
  easyOffsets: number[];
  /** The shortest easy run worth placing (km). */
  minEasy: number;
  /** Long runs so far, after four standing for `recentLongestRunKm` (the weeks before the plan). */
  lastLr: number[];
  /** Running per week (coach sessions and the rules' recovery runs, races left out), for growth and cutbacks. */
  actual: number[];
  /** Estimated load per week (minutes × RPE), for the first quality session's load-spike guard. */
  weekLoad: number[];
  maxActual: number;
}

/** The week being built: its figures as each step settles them. */
export interface Week {
  w: number;
  /** "Build, week 6": how each of the week's notes starts. */
  head: string;
  inTaper: boolean;
  /** The taper's scale of its running (1 before the taper). */
  scale: number;
  weekStartDay: number;
  /** The week's running, recovery runs included. */
  vol: number;
  lrKm: number;
  taperLrCap: number;
  lrDay: number;
  /** The day after the long run, and whether it is held as a rest day. */
  next: number;
  blockNext: boolean;
  /** Recovery running foreseen with the long run (and the race) placed. */
  dLong: number;
  /** The race's quality session falls in this week, the last before the taper. */
  preTaperQ: boolean;
  /** Offset of the week's quality session (-1: none), and its distance once placed. */
  qOff: number;
  qKm: number;
}

/** Minutes of easy running for `km` at the athlete's easy pace (at least 1). */
export function easyMinutes(g: ResolvedGoal, km: number): number {
  return Math.max(1, Math.round((km * g.easyPace) / 60));
}

/** Whether an offset of the week lies before the race (every day does before race week). */
export function beforeRace(b: Build, wk: Week, off: number): boolean {
  return wk.w < b.f.n || wk.weekStartDay + off < b.f.raceDay;
}

/**
 * Whether day `d` may be held as a coach's rest day, so the rules put no recovery run there: before
 * the race, still free, and a day the athlete can run (on any other day no recovery run could go).
 */
export function canRest(b: Build, d: number): boolean {
  return d < b.f.raceDay && b.days.kindAt[d] === undefined && b.g.available[b.days.weekdayAt(d)];
}
