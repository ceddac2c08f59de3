/**
 * Storing a parsed plan file: the athlete (an existing one, or a new one from the file), the
 * plan, its coach sessions and dismissals, and the workouts of its `library` that the coach's
 * library lacks (merge-library.ts) — in one transaction, so a failure leaves nothing behind.
 */
import { randomUUID } from 'node:crypto';
import type { Plan } from '../../src-shared/api/entities';
import { athleteGone } from '../../src-shared/api/errors';
import { distinctAthleteName } from '../../src-shared/domain/athlete-names';
import type { PlanFileData } from '../../src-shared/domain/plan-file';
import type { PlanEdit } from '../../src-shared/edits/plan-edit';
import type { PlanStore } from '../store/plan-store';
import { mergeLibrary } from './merge-library';
import { editPlan } from './plan-edits';

export function importPlanData(store: PlanStore, data: PlanFileData, athleteId?: number): Plan {
  return store.transaction(() => {
    let targetAthleteId = athleteId;
    if (targetAthleteId !== undefined) {
      if (!store.athletes.get(targetAthleteId)) throw athleteGone();
    } else {
      const { name, ...settings } = data.athlete;
      // A second "Sam Lee" is "Sam Lee (2)": the sidebar could not tell same-named athletes apart.
      const unique = distinctAthleteName(name, store.athletes.list().map((a) => a.name));
      targetAthleteId = store.athletes.create({ name: unique, ...settings, units: data.plan.units }).id;
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
    // The file's sessions go through the one edit path (validated, ordered, revisions kept);
    // a new plan's import is not an undo step.
    editPlan(store, plan.id, {
      label: 'Import plan',
      record: false,
      edits: [
        ...data.sessions.map((session): PlanEdit => ({ op: 'session.add', session })),
        ...data.dismissed.map((dismissal): PlanEdit => ({ op: 'dismissal.add', dismissal })),
      ],
    });
    mergeLibrary(store, data.library ?? []);
    return plan;
  });
}
