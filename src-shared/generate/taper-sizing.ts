/**
 * One draft for chosen targets and a taper layout, with the taper sized. Decides how much the taper
 * runs: the scale of the taper's easy and long running is bisected until the 13 days before a half
 * or longer hold about half of twice the peak week (40–60 %), or the 7 days before a 5K or 10K
 * about 62.5 % of the peak week (50–75 %), at the depth the search asks for (constraint 6, with
 * race-day form above 0 for the longer races: constraint 8). The window is measured with the
 * recovery runs the rules derive, as `stride rules` will show it.
 */
import { daysBetween } from '../domain/dates';
import type { AthletePaces } from '../domain/paces';
import type { PlanFileData } from '../domain/plan-file';
import type { CoachSession, DerivedSession, EvaluatedPlan } from '../domain/types';
import { deriveSessions } from '../rules/derive-sessions';
import { evaluatePlan } from '../rules/evaluate-plan';
import type { Targets } from './build-targets';
import { buildSessions } from './build-sessions';
import { draftData } from './draft-data';
import { DRAFT_SHAPES, type DraftContext, type DraftShape } from './draft-week';
import type { ResolvedGoal } from './goal';
import { phasesOf } from './phases';
import { isLongRace, type Frame } from './plan-frame';
import type { TaperLayout } from './taper-layouts';

/** One draft for the chosen targets: the rules' recovery runs settled, then the taper sized. */
export function draftWith(
  g: ResolvedGoal,
  f: Frame,
  t: Targets,
  paces: AthletePaces,
  depth: -1 | 0 | 1,
  layout: TaperLayout,
  /** Drafts already tried (first builds): a layout that changes nothing here is not tried again. */
  seen?: Set<string>,
  /** How the weeks are shaped (easy runs' floor, the quality session's share). */
  shape: DraftShape = DRAFT_SHAPES[0],
): { data: PlanFileData; evaluated: EvaluatedPlan; stuck: boolean } | null {
  const phases = phasesOf(f, t);
  const ctx: DraftContext = { g, f, paces, sessions: [], shape };
  const build = (scale: number) => {
    ctx.assumeRecovery = undefined;
    buildSessions(ctx, t, phases, { ...layout, scale });
    if (layout.twoPass) {
      ctx.assumeRecovery = ctx.recoveryByWeek;
      buildSessions(ctx, t, phases, { ...layout, scale });
      ctx.assumeRecovery = undefined;
    }
    const data = draftData(g, ctx.sessions, phases);
    return { data, derived: deriveSessions(data) };
  };
  // Taper: bisect the scale of the window's easy and long running towards half of twice the peak
  // week (62.5 % of it for a 5K or 10K); more scale, more running in the window. Any share well
  // inside the page's band (40–60 %, 50–75 %) ends the search.
  const aims = isLongRace(g) ? [0.43, 0.5, 0.57] : [0.54, 0.625, 0.71];
  const aimShare = aims[depth + 1];
  const [bandLo, bandHi] = [aimShare - 0.025, aimShare + 0.025];
  let lo = 0.05;
  let hi = 1.6;
  let best = 0.55;
  let bestGap = Infinity;
  let last: { scale: number; data: PlanFileData } | null = null;
  // Whether every scale tried left the window's share on the same side of the page's band: then no
  // other depth can bring it inside either.
  const [pageLo, pageHi] = isLongRace(g) ? [0.4, 0.6] : [0.5, 0.75];
  let minShare = Infinity;
  let maxShare = -Infinity;
  for (let i = 0, mid = 0.55; i < 9; i++, mid = (lo + hi) / 2) {
    const b = build(mid);
    if (i === 0 && seen) {
      const key = `${depth} ${JSON.stringify(b.data.sessions)}`;
      if (seen.has(key)) return null;
      seen.add(key);
    }
    last = { scale: mid, data: b.data };
    const share = taperShare(g, f, b.data.sessions, b.derived);
    if (share === null) break;
    minShare = Math.min(minShare, share);
    maxShare = Math.max(maxShare, share);
    if (Math.abs(share - aimShare) < bestGap) {
      bestGap = Math.abs(share - aimShare);
      best = mid;
    }
    if (share >= bandLo && share <= bandHi) break;
    if (share < aimShare) lo = mid;
    else hi = mid;
  }
  const data = last && last.scale === best ? last.data : build(best).data;
  const stuck = minShare > pageHi + 0.01 || maxShare < pageLo - 0.01;
  return { data, evaluated: evaluatePlan(data), stuck };
}

/** The taper window's running as a share of twice the peak week (of the peak week for a 5K or 10K). */
function taperShare(
  g: ResolvedGoal,
  f: Frame,
  sessions: readonly CoachSession[],
  derived: readonly DerivedSession[],
): number | null {
  let windowKm = 0;
  const weekKm = new Array<number>(g.weeks + 1).fill(0);
  for (const s of [...sessions, ...derived]) {
    if (!RUNNING.has(s.kind)) continue;
    const day = daysBetween(g.startDate, s.date);
    const km = s.distanceKm ?? 0;
    const w = Math.floor(day / 7) + 1;
    if (w >= 1 && w <= g.weeks) weekKm[w] += km;
    if (day >= f.windowStart && day < f.raceDay) windowKm += km;
  }
  let peakWeekKm = 0;
  for (let w = 1; w <= g.weeks; w++) if (7 * (w - 1) + 6 < f.windowStart) peakWeekKm = Math.max(peakWeekKm, weekKm[w]);
  if (peakWeekKm <= 0) return null;
  return isLongRace(g) ? windowKm / (2 * peakWeekKm) : windowKm / peakWeekKm;
}
/** Kinds whose distance counts as running in the window and the weeks (load.md). */
const RUNNING = new Set(['easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'fartlek']);
