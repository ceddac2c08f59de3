/**
 * From a goal to a draft plan (plan-generator.md): pure and deterministic (constraint 11). The
 * algorithm is ours; the constraints are the page's, and `checkDraft` (check-draft.ts) verifies
 * them by running the real rules on each draft. This file is the entry point and the search; each
 * decision lives in a file of its own:
 *
 * - goal.ts: the goal's inputs and defaults; refusals.ts: the refusals and their sentences;
 * - plan-frame.ts: race day, taper window, the build's weeks, the long run's and quality days;
 * - build-targets.ts: the peak long run and our choices searched to reach it, with
 *   weekly-distance.ts (weeks and cutbacks) and long-run-progression.ts (the long run's growth);
 * - taper-layouts.ts: the taper layouts tried; taper-sizing.ts: one draft, its taper sized;
 * - build-sessions.ts: the sessions week by week, with day-ledger.ts (the rules' recovery runs
 *   foreseen), long-run-session.ts, week-quality.ts (and quality-steps.ts), easy-runs.ts;
 * - phases.ts, why-notes.ts, draft-data.ts: the weeks' phases, the notes, the plan file data.
 *
 * Shape of a draft: the long run on the long-run day, one quality session at least two days from it
 * (within a quarter of the week's running), easy runs of 30 minutes or more up to the run-day budget
 * (fewer where the week's running is too little for more; the budget is a maximum); the long
 * run grows at most 10 % over the longest of the four weeks before, the week at most 10 % over the
 * largest before; a cutback every fourth week; the peak long run 21 (14) days or more before the race;
 * then a taper that scales the window's easy and long running to half of twice the peak week
 * (5K/10K: 62.5 % of the peak week), keeping a short quality session 2–10 days out.
 *
 * Before anything is refused, the search (generatePlan) tries, for each week shape (DRAFT_SHAPES:
 * easy runs of 30 minutes, then 25, then the shape drafts had before there was a floor), every
 * target (OPTIONS) with the usual taper, then the other taper layouts (taperLayouts: where the
 * race's quality session goes, easy runs inside the window, rest days after the taper's hard sessions, a shorter taper long run, a
 * short sharpener, and for the weeks before the taper fewer repetitions, no load-spiking first
 * quality session and long runs sized on a second pass); checkDraft has the last word on each.
 */
import { athletePaces, type AthletePaces } from '../domain/paces';
import { planFileText, type PlanFileData } from '../domain/plan-file';
import type { EvaluatedPlan } from '../domain/types';
import { OPTIONS, targetsWith, type Options, type Targets } from './build-targets';
import { checkDraft } from './check-draft';
import { withGrid } from './draft-grid';
import { resolveGoal, usualWeeks, type GoalInput, type ResolvedGoal } from './goal';
import { DRAFT_SHAPES, type DraftShape } from './draft-week';
import { frameOf, type Frame } from './plan-frame';
import { basicRefusal, goalRefusal, unreachable, type Refusal } from './refusals';
import { taperLayouts, type TaperLayout } from './taper-layouts';
import { draftWith } from './taper-sizing';

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
  let firstProblems = null as string[] | null; // set inside searchLayouts' callback
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
  // The week's shape (easy runs of 30 minutes or more, a quality session within a quarter of the
  // week) is a coach's preference over every choice below: every target and layout is tried with
  // it before the 25-minute floor, and only then the shape drafts had before there was a floor.
  for (const shape of DRAFT_SHAPES) {
    const found = searchLayouts(g, f, paces, targets, layouts, shape, (problems) => (firstProblems ??= problems));
    if (found) return found;
  }
  if (!reachable || !firstProblems) return unreachable(g, generatePlan);
  // Never hand over a draft that breaks a constraint: say which one instead.
  return {
    ok: false,
    message: `Stride could not draft this goal within every rule (${firstProblems[0].replace(/^\d+: /, '')}); try a later race date, more running days or a shorter race.`,
    unmet: firstProblems,
  };
}

/** Every target with every taper layout and depth, for one week shape: the first draft that meets every constraint. */
function searchLayouts(
  g: ResolvedGoal,
  f: Frame,
  paces: AthletePaces,
  targets: { opt: Options; t: Targets }[],
  layouts: TaperLayout[],
  shape: DraftShape,
  onProblems: (problems: string[]) => void,
): Extract<GenerateResult, { ok: true }> | null {
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
        const drafted = withGrid(opt.grid ?? 10, () =>
          draftWith(g, f, t, paces, depth, layouts[li], seenByTarget[ti], shape),
        );
        if (!drafted) break; // the same draft as an earlier layout's
        const problems = checkDraft(drafted.data, g, drafted.evaluated);
        draftProbe.onDraft?.({ ...opt, ...layouts[li], ...shape }, depth, drafted.data, drafted.evaluated, problems);
        if (problems.length === 0) return { ok: true, data: drafted.data, evaluated: drafted.evaluated, goal: g };
        onProblems(problems);
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
  return null;
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

/** The draft as plan file text (format 2), with the rules applied. */
export function draftFileText(r: Extract<GenerateResult, { ok: true }>): string {
  return planFileText(r.data, r.evaluated);
}

export { basicRefusal, usualWeeks };
