import type { PlanDocument } from '../../src-shared/api/entities';
import { notFound } from '../../src-shared/api/errors';
import { plainSession } from '../../src-shared/domain/coach-session';
import { evaluatePlan } from '../../src-shared/rules/evaluate-plan';
import type { PlanStore } from '../store/plan-store';

/** A plan with its athlete, coach sessions, dismissals and main's own rules output. */
export function loadPlanDocument(store: PlanStore, planId: number): PlanDocument {
  const plan = store.plans.get(planId);
  if (!plan) throw notFound(`Plan ${planId}`);
  const athlete = store.athletes.get(plan.athleteId);
  if (!athlete) throw notFound(`Athlete ${plan.athleteId}`);
  const sessions = store.sessions.list(planId);
  const dismissed = store.dismissals.list(planId);
  const evaluated = evaluatePlan({
    athlete,
    plan,
    sessions: sessions.map(plainSession),
    dismissed,
  });
  return { plan, athlete, sessions, dismissed, evaluated };
}
