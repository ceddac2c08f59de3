import { notFound } from '../../src-shared/api/errors';
import { keptSession } from '../../src-shared/domain/coach-session';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { loadPlanDocument } from './plan-document';
import { newSessionId } from './session-ids';

export function derivedHandlers(store: PlanStore): HandlerGroup<'derived.keep' | 'derived.dismiss' | 'derived.restore'> {
  return {
    'derived.keep': ({ planId, date, ruleId }) => {
      const doc = loadPlanDocument(store, planId);
      const derived = doc.evaluated.derived.find((d) => d.date === date && d.ruleId === ruleId);
      if (!derived) throw notFound(`A ${ruleId} session on ${date}`);
      store.sessions.insert(planId, keptSession(derived, newSessionId(store, planId)));
      return loadPlanDocument(store, planId);
    },
    'derived.dismiss': ({ planId, date, ruleId }) => {
      if (!store.plans.get(planId)) throw notFound(`Plan ${planId}`);
      store.dismissals.add(planId, { date, ruleId });
      return loadPlanDocument(store, planId);
    },
    'derived.restore': ({ planId, date, ruleId }) => {
      if (!store.plans.get(planId)) throw notFound(`Plan ${planId}`);
      store.dismissals.remove(planId, { date, ruleId });
      return loadPlanDocument(store, planId);
    },
  };
}
