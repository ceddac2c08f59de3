/**
 * "New plan from a goal" → Create (plan-generator.md): the draft's plan file, and the recent
 * figures it assumed where the athlete's were unknown, stored in ONE transaction. The rules judge
 * the new plan as the draft was judged only with those figures on the athlete; and a plan that
 * could not be stored must not leave them behind (it was two calls: athletes.update, then
 * files.importPlan).
 */
import type { Athlete, Plan } from '../../src-shared/api/entities';
import { athleteGone } from '../../src-shared/api/errors';
import type { PlanFileData } from '../../src-shared/domain/plan-file';
import type { PlanStore } from '../store/plan-store';
import { importPlanData } from './import-plan';

/** The recent figures a draft assumes for an athlete whose own are unknown (goal.ts's level defaults). */
export interface AssumedFigures {
  recentWeeklyKm?: number;
  recentLongestRunKm?: number;
}

export function createDraftPlan(
  store: PlanStore,
  athleteId: number,
  data: PlanFileData,
  assumed: AssumedFigures = {},
): { plan: Plan; athlete: Athlete } {
  return store.transaction(() => {
    const athlete = store.athletes.get(athleteId);
    if (!athlete) throw athleteGone();
    // Only unknown figures are filled: a figure set meanwhile (another window) is the coach's word.
    const fill: AssumedFigures = {};
    if (assumed.recentWeeklyKm !== undefined && athlete.recentWeeklyKm == null)
      fill.recentWeeklyKm = assumed.recentWeeklyKm;
    if (assumed.recentLongestRunKm !== undefined && athlete.recentLongestRunKm == null)
      fill.recentLongestRunKm = assumed.recentLongestRunKm;
    const next = { ...athlete, ...fill };
    if (Object.keys(fill).length > 0) store.athletes.update(next);
    const plan = importPlanData(store, data, athleteId);
    return { plan, athlete: next };
  });
}
