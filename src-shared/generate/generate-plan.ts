/**
 * From a goal to a draft plan (plan-generator.md): pure and deterministic. The algorithm is ours;
 * the constraints are the page's, and `checkDraft` (check-draft.ts) verifies them by running the
 * real rules on the result.
 *
 * Shape of a draft: every week the same run days (the long run on the long-run day, one quality
 * session at least two days from it, easy runs up to the run-day budget); the long run grows at
 * most 10 % over the longest of the four weeks before, the week at most 10 % over the largest
 * before; a cutback every fourth week; the peak long run 21 (14) days or more before the race;
 * then a taper that scales the window's easy and long running to half of twice the peak week
 * (5K/10K: 62.5 % of the peak week), keeping a short quality session 2–10 days out.
 *
 * Before anything is refused, the search (generatePlan) tries every target (OPTIONS) with the usual
 * taper, then the other taper layouts (taperLayouts: where the race's quality session goes, easy
 * runs inside the window, rest days after the taper's hard sessions, a shorter taper long run, a
 * short sharpener, and for the weeks before the taper fewer repetitions, no load-spiking first
 * quality session and long runs sized on a second pass); checkDraft has the last word on each.
 */
import { daysBetween } from '../domain/dates';
import { athletePaces, type AthletePaces } from '../domain/paces';
import { planFileText, type PlanFileData } from '../domain/plan-file';
import type { CoachSession, DerivedSession, EvaluatedPlan } from '../domain/types';
import { deriveSessions } from '../rules/derive-sessions';
import { evaluatePlan } from '../rules/evaluate-plan';
import { OPTIONS, targetsWith, type Options, type Targets } from './build-targets';
import { buildSessions } from './build-sessions';
import { checkDraft } from './check-draft';
import { draftData } from './draft-data';
import { withGrid } from './draft-grid';
import type { DraftContext } from './draft-week';
import { resolveGoal, usualWeeks, type GoalInput, type ResolvedGoal } from './goal';
import { phasesOf } from './phases';
import { frameOf, isLongRace, type Frame } from './plan-frame';
import { basicRefusal, goalRefusal, unreachable, type Refusal } from './refusals';
import { taperLayouts, type TaperLayout } from './taper-layouts';

export type GenerateResult = { ok: true; data: PlanFileData; evaluated: EvaluatedPlan; goal: ResolvedGoal } | Refusal;

/**
 * A diagnostic probe: when set (by a script studying one goal, never by the app), it sees every
 * draft the search tries, with the choices that made it and the constraints it breaks.
 */
export const draftProbe: {
  onDraft?: (choices: object, depth: number, data: PlanFileData, e: EvaluatedPlan, problems: string[]) => void;
} = {};

export function generatePlan(input: GoalInput): GenerateResult {
  const g = resolveGoal(input);
  const refused = goalRefusal(g);
  if (refused) return refused;
  const f = frameOf(g);
  if (!f) return unreachable(g, generatePlan);
  const paces = athletePaces({
    level: g.level,
    easyPaceSecPerKm: g.input.athlete.easyPaceSecPerKm,
    recentRace: g.input.athlete.recentRace,
  });
  // Our own choices are searched before anything is refused: the first draft that meets every
  // constraint wins (the order of OPTIONS is a coach's order of preference). First every option
  // with the usual taper, then every option with the other taper layouts.
  let firstProblems: string[] | null = null;
  let reachable = false;
  const seen = new Set<string>();
  const targets: { opt: Options; t: Targets }[] = [];
  for (const opt of OPTIONS) {
    const t = targetsWith(g, f, opt);
    if (!t) continue;
    reachable = true;
    const key = JSON.stringify([t.lr, t.vol, [...t.cutback]]);
    if (seen.has(key)) continue;
    seen.add(key);
    targets.push({ opt, t });
  }
  const layouts = taperLayouts(g, f);
  // A target whose drafts only break constraints before the taper gains nothing from another
  // taper layout; only the layouts that also change the weeks before it are tried for it.
  const preTaperOnly = targets.map(() => false);
  const seenByTarget = targets.map(() => new Set<string>());
  for (let li = 0; li < layouts.length; li++) {
    const changesBuild =
      layouts[li].fewerReps === true || layouts[li].acwrGuard === true || layouts[li].twoPass === true;
    for (let ti = 0; ti < targets.length; ti++) {
      const { opt, t } = targets[ti];
      if (li > 0 && preTaperOnly[ti] && !changesBuild) continue;
      // The taper's depth is ours too: the middle of the page's band first, then its deeper and its
      // shallower end (a deeper taper lifts race-day form; a shallower one holds more running).
      for (const depth of [0, -1, 1] as const) {
        const drafted = withGrid(opt.grid ?? 10, () => draftWith(g, f, t, paces, depth, layouts[li], seenByTarget[ti]));
        if (!drafted) break; // the same draft as an earlier layout's
        const problems = checkDraft(drafted.data, g, drafted.evaluated);
        draftProbe.onDraft?.({ ...opt, ...layouts[li] }, depth, drafted.data, drafted.evaluated, problems);
        if (problems.length === 0) return { ok: true, data: drafted.data, evaluated: drafted.evaluated, goal: g };
        firstProblems ??= problems;
        const taperish = problems.some((p) => taperRelated(p, f));
        if (li === 0 && depth === 0) preTaperOnly[ti] = !taperish;
        // Another depth only moves the taper's volume: worth it for the window's share, race-day
        // form, or growth and jumps in the taper's weeks.
        const depthHelps = problems.some(
          (p) => /^(6: the taper window|8: )/.test(p) || (/^(3: |2: distance-jump)/.test(p) && taperRelated(p, f)),
        );
        if (!depthHelps || drafted.stuck) break;
      }
    }
  }
  if (!reachable || !firstProblems) return unreachable(g, generatePlan);
  // Never hand over a draft that breaks a constraint: say which one instead.
  return {
    ok: false,
    message: `Stride could not draft this goal within every rule (${firstProblems[0].replace(/^\d+: /, '')}); try a later race date, more running days or a shorter race.`,
    unmet: firstProblems,
  };
}

/**
 * Whether a broken constraint (checkDraft's sentence) may involve the taper or race week, so that
 * another taper depth or layout could mend it; anything that names no week counts as such.
 */
function taperRelated(problem: string, f: Frame): boolean {
  if (/^[5]: /.test(problem) || /^4: peak long run /.test(problem)) return false;
  const week = /[Ww]eek (\d+)/.exec(problem) ?? /\bg(\d+)-/.exec(problem);
  return week ? Number(week[1]) > f.k : true;
}

/** One draft for the chosen targets: the rules' recovery runs settled, then the taper sized. */
function draftWith(
  g: ResolvedGoal,
  f: Frame,
  t: Targets,
  paces: AthletePaces,
  depth: -1 | 0 | 1,
  layout: TaperLayout,
  /** Drafts already tried (first builds): a layout that changes nothing here is not tried again. */
  seen?: Set<string>,
): { data: PlanFileData; evaluated: EvaluatedPlan; stuck: boolean } | null {
  const phases = phasesOf(f, t);
  const ctx: DraftContext = { g, f, paces, sessions: [] };
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
const RUNNING = new Set(['easy', 'recovery', 'long', 'tempo', 'intervals', 'hills', 'fartlek']);

/** The draft as plan file text (format 2), with the rules applied. */
export function draftFileText(r: Extract<GenerateResult, { ok: true }>): string {
  return planFileText(r.data, r.evaluated);
}

export { basicRefusal, usualWeeks };
