import { randomUUID } from 'node:crypto';
import type { Plan } from '../../src-shared/api/entities';
import { notFound, StrideError } from '../../src-shared/api/errors';
import { addDays, daysBetween, startOfWeek } from '../../src-shared/domain/dates';
import { planEndDate } from '../../src-shared/domain/plan-frame';
import { outsidePlanText } from '../../src-shared/edits/edit-messages';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { loadPlanDocument } from './plan-document';

export function planHandlers(
  store: PlanStore,
): HandlerGroup<'plans.list' | 'plans.create' | 'plans.update' | 'plans.delete' | 'plans.get'> {
  return {
    'plans.list': ({ athleteId }) => store.plans.list(athleteId),
    'plans.create': (input) => {
      if (!store.athletes.get(input.athleteId)) throw notFound(`Athlete ${input.athleteId}`);
      return store.plans.create({
        ...input,
        goal: input.goal ?? null,
        uid: randomUUID(),
        // A plan's weeks are calendar weeks: the start snaps back to the week's first day.
        startDate: startOfWeek(input.startDate, input.weekStartsOn),
      });
    },
    'plans.update': ({ id, ...patch }) => {
      const plan = store.plans.get(id);
      if (!plan) throw notFound(`Plan ${id}`);
      const weekStartsOn = patch.weekStartsOn ?? plan.weekStartsOn;
      const next: Plan = {
        ...plan,
        ...patch,
        weekStartsOn,
        startDate: startOfWeek(patch.startDate ?? plan.startDate, weekStartsOn),
      };
      return store.transaction(() => {
        // Moving the start moves the whole plan with it: every session and dismissal keeps its place in its week.
        const shift = patch.startDate === undefined ? 0 : daysBetween(plan.startDate, next.startDate);
        if (shift !== 0) shiftPlanContents(store, id, shift);
        refuseIfSessionsFallOutside(store, next);
        store.plans.update(next);
        return next;
      });
    },
    'plans.delete': ({ id }) => {
      if (!store.plans.get(id)) throw notFound(`Plan ${id}`);
      return { deleted: store.plans.remove(id) };
    },
    'plans.get': ({ id }) => loadPlanDocument(store, id),
  };
}

function shiftPlanContents(store: PlanStore, planId: number, days: number): void {
  for (const s of store.sessions.list(planId)) store.sessions.update(planId, { ...s, date: addDays(s.date, days) });
  for (const d of store.dismissals.list(planId)) {
    store.dismissals.remove(planId, d);
    store.dismissals.add(planId, { ...d, date: addDays(d.date, days) });
  }
}

/** Shortening a plan must not silently drop the coach's sessions: refuse, and say which. */
function refuseIfSessionsFallOutside(store: PlanStore, plan: Plan): void {
  const end = planEndDate(plan);
  const outside = store.sessions.list(plan.id).filter((s) => s.date < plan.startDate || s.date > end);
  if (outside.length > 0) {
    // Readable dates and plurals: "weeks: 2 sessions (Long run on Sun 20 Dec and …) would fall
    // outside the plan (Mon 7 Dec to Sun 13 Dec); move or delete them first".
    throw new StrideError('conflict', `weeks: ${outsidePlanText(outside, plan.startDate, end)}`, 'weeks');
  }
}
