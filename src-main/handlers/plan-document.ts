import type { PlanDocument } from '../../src-shared/api/entities';
import { athleteGone, planGone } from '../../src-shared/api/errors';
import { plainSession } from '../../src-shared/domain/coach-session';
import { evaluatePlan } from '../../src-shared/rules/evaluate-plan';
import type { PlanStore } from '../store/plan-store';

/** A plan with its athlete, coach sessions, dismissals, main's own rules output, version and history labels. */
/** Read in one transaction, so the version matches the sessions even while another process writes. */
export function loadPlanDocument(store: PlanStore, planId: number): PlanDocument {
  return store.transaction(() => readPlanDocument(store, planId));
}

function readPlanDocument(store: PlanStore, planId: number): PlanDocument {
  const plan = store.plans.get(planId);
  if (!plan) throw planGone();
  const athlete = store.athletes.get(plan.athleteId);
  if (!athlete) throw athleteGone();
  const sessions = store.sessions.list(planId);
  const dismissed = store.dismissals.list(planId);
  const evaluated = evaluatePlan({
    athlete,
    plan,
    sessions: sessions.map(plainSession),
    dismissed,
  });
  const version = store.content.version(planId) ?? 0;
  return { plan, athlete, sessions, dismissed, evaluated, version, history: store.history.labels(planId) };
}
