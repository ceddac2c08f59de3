/**
 * The steps of a draft's tempo and interval sessions (workouts.md), at the athlete's paces.
 * Decides the warm-up, the repetitions at T or I with their recoveries and the cool-down, shrunk
 * until the session fits the distance its week has room for, and how many minutes of hard work a
 * week may hold by level (constraint 7, with the 80/20 share the caller applies). The session's
 * `durationMin` and distance come from these steps, so they agree with them (constraint 10).
 */
import type { AthletePaces } from '../domain/paces';
import { stepTotals, type StepItem } from '../domain/steps';
import type { Level } from '../domain/types';
import { round1 } from './draft-grid';
import type { ResolvedGoal } from './goal';

/** Most minutes at T/I a week, by level, whatever the 80/20 share allows. */
export const WORK_CAP: Record<Level, number> = { beginner: 16, intermediate: 28, advanced: 36 };

/** A tempo or interval session with `work` minutes at T or I, sized to stay under `maxKm`. */
export function quality(
  /** The draft's goal (its level), the athlete's paces, and whether repetitions round down. */
  ctx: { g: Pick<ResolvedGoal, 'level'>; paces: AthletePaces; fewerReps?: boolean },
  kind: 'tempo' | 'intervals',
  work: number,
  maxKm: number,
  /** The shortest warm-up and cool-down (minutes): 5, or 3 where a tiny week has no room for more. */
  minWarm = 5,
): { steps: StepItem[]; km: number; min: number; title: string } {
  const beginner = ctx.g.level === 'beginner';
  let wu = beginner ? 10 : 15;
  let cd = 10;
  let w = Math.max(4, work);
  for (let tries = 0; tries < 40; tries++) {
    const rep = kind === 'tempo' ? (w >= 16 ? 8 : 5) : 3;
    const reps = Math.max(1, ctx.fewerReps ? Math.floor(w / rep) : Math.round(w / rep));
    const smallest = wu <= minWarm && cd <= minWarm && w <= 4;
    // Too few minutes for two 3-minute repetitions: three of one minute with a minute's jog, the
    // sharpener a coach gives before a race, rather than a lone 3-minute effort (the same 3 minutes
    // at I), with a shorter warm-up first; the lone effort only where even the shortest has no
    // room for the jogs.
    if (kind === 'intervals' && reps === 1) {
      const sharpener = session(kind, wu, 3, 1, 1, cd, ctx.paces);
      if (sharpener.km <= maxKm) return sharpener;
      if (smallest) return session(kind, wu, 1, rep, 2, cd, ctx.paces);
    } else {
      const s = session(kind, wu, reps, rep, 2, cd, ctx.paces);
      if (s.km <= maxKm || smallest) return s;
    }
    // A coach trims repetitions before a warm-up: a cutback week's intervals came out as 8 × 3 min
    // after a 5-minute warm-up. So the warm-up keeps 10 minutes (a beginner's 10 stays) and the
    // cool-down 5 while the work drops to 60 % of what was asked; only then do they shrink, and the
    // work after them, so the smallest session (what the callers probe with maxKm 0) is unchanged.
    const keep = Math.max(4, Math.ceil(work * 0.6));
    if (wu > 10) wu -= 5;
    else if (cd > 5) cd -= 5;
    else if (w > keep) w = Math.max(keep, w - 2);
    else if (wu > 5) wu -= 5;
    else if (wu > minWarm) wu = minWarm;
    else if (cd > minWarm) cd = minWarm;
    else w = Math.max(4, w - 2);
  }
  throw new Error('unreachable');
}

/** A warm-up, `reps` repetitions of `rep` minutes at T or I (each with `jog` minutes' recovery), a cool-down. */
function session(
  kind: 'tempo' | 'intervals',
  wu: number,
  reps: number,
  rep: number,
  jog: number,
  cd: number,
  paces: AthletePaces,
): { steps: StepItem[]; km: number; min: number; title: string } {
  const run: StepItem = { type: 'run', durationMin: rep, target: kind === 'tempo' ? 'T' : 'I' };
  const steps: StepItem[] = [
    { type: 'warmup', durationMin: wu, target: 'E' },
    reps > 1 ? { repeat: reps, steps: [run, { type: 'recover', durationMin: jog }] } : run,
    { type: 'cooldown', durationMin: cd, target: 'E' },
  ];
  const totals = stepTotals(steps, paces);
  const what = `${rep} min ${kind === 'tempo' ? 'threshold' : 'interval pace'}`;
  return {
    steps,
    km: round1(totals.distanceKm),
    min: Math.round(totals.durationMin),
    title: reps > 1 ? `${reps} x ${what}` : what,
  };
}
