/**
 * "Apply to athletes…" in main (plan-generator.md "Templates"): one transaction makes a plan of
 * their own for every athlete named, so one refusal leaves nothing behind; and taking it back
 * deletes exactly those plans in one transaction, refused when any changed since (the coach's
 * later work on a copy must not vanish with an undo).
 */
import { randomUUID } from 'node:crypto';
import type { AppliedTemplate, Athlete, Plan } from '../../src-shared/api/entities';
import { athleteGone, planGone, StrideError } from '../../src-shared/api/errors';
import { plainSession } from '../../src-shared/domain/coach-session';
import type { PlanEdit } from '../../src-shared/edits/plan-edit';
import { evaluatePlan } from '../../src-shared/rules/evaluate-plan';
import { applyTemplate, type TemplatePlan, type TemplateTarget } from '../../src-shared/templates/apply-template';
import type { PlanStore } from '../store/plan-store';
import { editPlan } from './plan-edits';

export interface AthleteTarget extends TemplateTarget {
  athleteId: number;
}

/** A new plan for `athleteId` holding `content`; its creation is not an undo step of its own. */
export function storeTemplatePlan(store: PlanStore, athleteId: number, content: TemplatePlan): Plan {
  const { settings } = content;
  const plan = store.plans.create({
    athleteId,
    uid: randomUUID(),
    name: settings.name,
    goal: settings.goal,
    startDate: settings.startDate,
    weeks: settings.weeks,
    weekStartsOn: settings.weekStartsOn,
    units: settings.units,
    phases: [...content.phases],
  });
  editPlan(store, plan.id, {
    label: 'Apply template',
    record: false,
    edits: [
      ...content.sessions.map((session): PlanEdit => ({ op: 'session.add', session })),
      ...content.dismissed.map((dismissal): PlanEdit => ({ op: 'dismissal.add', dismissal })),
    ],
  });
  return plan;
}

/** The warnings of a stored plan, checked with its athlete's settings. */
function warningsOf(store: PlanStore, plan: Plan, athlete: Athlete): number {
  return evaluatePlan({
    athlete,
    plan,
    sessions: store.sessions.list(plan.id).map(plainSession),
    dismissed: store.dismissals.list(plan.id),
  }).warnings.length;
}

export function applyTemplateToAthletes(store: PlanStore, planId: number, targets: readonly AthleteTarget[]): AppliedTemplate[] {
  return store.transaction(() => {
    const loaded = store.content.load(planId);
    const plan = store.plans.get(planId);
    if (!loaded || !plan) throw planGone();
    const source: TemplatePlan = { ...loaded.content, phases: plan.phases ?? [] };
    return targets.map((target, i) => {
      const athlete = store.athletes.get(target.athleteId);
      if (!athlete) throw athleteGone();
      const result = applyTemplate(source, target);
      if (!result.ok) throw new StrideError('invalid-input', `${athlete.name}: ${result.message}`, `targets[${i}].${result.field}`);
      const created = storeTemplatePlan(store, athlete.id, result.plan);
      return {
        plan: store.plans.get(created.id)!,
        athleteName: athlete.name,
        version: store.content.version(created.id) ?? 0,
        warnings: warningsOf(store, created, athlete),
      };
    });
  });
}

export function undoTemplate(store: PlanStore, plans: readonly { id: number; version: number }[]): number {
  return store.transaction(() => {
    for (const { id, version } of plans) {
      const plan = store.plans.get(id);
      if (!plan) {
        throw new StrideError('conflict', 'One of the plans this would take back was deleted since; nothing was undone.');
      }
      if (store.content.version(id) !== version) {
        const who = store.athletes.get(plan.athleteId)?.name ?? 'an athlete';
        throw new StrideError(
          'conflict',
          `${who}'s “${plan.name}” changed since it was made; nothing was undone (delete the plans you do not want instead).`,
        );
      }
    }
    let deleted = 0;
    for (const { id } of plans) deleted += store.plans.remove(id);
    return deleted;
  });
}
