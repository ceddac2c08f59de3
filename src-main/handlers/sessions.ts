import { notFound } from '../../src-shared/api/errors';
import { DEFAULT_DISTANCE_KM, DEFAULT_DURATION_MIN } from '../../src-shared/domain/kinds';
import type { StoredSession } from '../../src-shared/api/entities';
import { normaliseSteps, type StepItem } from '../../src-shared/domain/steps';
import type { CoachSession } from '../../src-shared/domain/types';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { loadPlanDocument } from './plan-document';
import { assertInsidePlan, assertSessionConsistent } from './session-checks';
import { assertIdFree, newSessionId } from './session-ids';

export function sessionHandlers(
  store: PlanStore,
): HandlerGroup<'sessions.add' | 'sessions.update' | 'sessions.move' | 'sessions.delete'> {
  const planOf = (planId: number) => {
    const plan = store.plans.get(planId);
    if (!plan) throw notFound(`Plan ${planId}`);
    return plan;
  };
  const sessionOf = (planId: number, id: string) => {
    const session = store.sessions.get(planId, id);
    if (!session) throw notFound(`Session "${id}"`);
    return session;
  };

  return {
    'sessions.add': ({ planId, id, ...fields }) => {
      const plan = planOf(planId);
      assertInsidePlan(plan, fields.date);
      if (id) assertIdFree(store, planId, id);
      // What the coach leaves out comes from the kind, as when a card is dropped from the palette.
      const session: CoachSession = {
        id: id ?? newSessionId(store, planId),
        date: fields.date,
        kind: fields.kind,
        title: fields.title ?? null,
        durationMin:
          fields.durationMin === undefined ? (fields.steps?.length ? null : DEFAULT_DURATION_MIN[fields.kind]) : fields.durationMin,
        distanceKm: fields.distanceKm === undefined ? (DEFAULT_DISTANCE_KM[fields.kind] ?? null) : fields.distanceKm,
        rpe: fields.rpe ?? null,
        notes: fields.notes ?? null,
        ...(fields.steps?.length ? { steps: normaliseSteps(fields.steps as StepItem[]) } : {}),
      };
      assertSessionConsistent(session);
      store.sessions.insert(planId, session);
      return loadPlanDocument(store, planId);
    },
    'sessions.update': ({ planId, id, ...patch }) => {
      planOf(planId);
      const next = { ...sessionOf(planId, id), ...patch } as StoredSession;
      if (patch.steps !== undefined) next.steps = patch.steps && patch.steps.length ? normaliseSteps(patch.steps as StepItem[]) : null;
      assertSessionConsistent(next);
      store.sessions.update(planId, next);
      return loadPlanDocument(store, planId);
    },
    'sessions.move': ({ planId, id, date, copy, copyId }) => {
      const plan = planOf(planId);
      const session = sessionOf(planId, id);
      assertInsidePlan(plan, date);
      if (copy) {
        if (copyId) assertIdFree(store, planId, copyId, 'copyId');
        const { revision: _revision, ...fields } = session;
        store.sessions.insert(planId, { ...fields, id: copyId ?? newSessionId(store, planId), date });
      } else if (session.date !== date) {
        store.sessions.update(planId, { ...session, date });
      }
      return loadPlanDocument(store, planId);
    },
    'sessions.delete': ({ planId, id }) => {
      planOf(planId);
      sessionOf(planId, id);
      store.sessions.remove(planId, id);
      return loadPlanDocument(store, planId);
    },
  };
}
