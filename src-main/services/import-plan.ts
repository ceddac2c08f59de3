/**
 * Storing a parsed plan file: the athlete (an existing one, or a new one from the file), the
 * plan, its coach sessions and dismissals — in one transaction, so a failure leaves nothing behind.
 */
import { randomUUID } from 'node:crypto';
import type { Plan } from '../../src-shared/api/entities';
import { notFound } from '../../src-shared/api/errors';
import type { PlanFileData } from '../../src-shared/domain/plan-file';
import type { PlanStore } from '../store/plan-store';

export function importPlanData(store: PlanStore, data: PlanFileData, athleteId?: number): Plan {
  return store.transaction(() => {
    let targetAthleteId = athleteId;
    if (targetAthleteId !== undefined) {
      if (!store.athletes.get(targetAthleteId)) throw notFound(`Athlete ${targetAthleteId}`);
    } else {
      const { name, ...settings } = data.athlete;
      targetAthleteId = store.athletes.create({ name, ...settings, units: data.plan.units }).id;
    }
    const plan = store.plans.create({
      athleteId: targetAthleteId,
      uid: randomUUID(),
      name: data.plan.name,
      goal: data.plan.goal ?? null,
      startDate: data.plan.startDate,
      weeks: data.plan.weeks,
      weekStartsOn: data.plan.weekStartsOn,
      units: data.plan.units,
      phases: data.plan.phases ?? [],
    });
    for (const s of data.sessions) store.sessions.insert(plan.id, s);
    for (const d of data.dismissed) store.dismissals.add(plan.id, d);
    return plan;
  });
}
