/** Keep, dismiss and restore a derived session: thin wrappers that build edits for `editPlan`. */
import { notFound, planGone } from '../../src-shared/api/errors';
import { keptSession } from '../../src-shared/domain/coach-session';
import { dayLabel } from '../../src-shared/domain/dates';
import { dismissLabel, keepLabel, restoreLabel } from '../../src-shared/edits/edit-labels';
import { editPlan } from '../services/plan-edits';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { loadPlanDocument } from './plan-document';
import { newSessionId } from './session-ids';

export function derivedHandlers(store: PlanStore): HandlerGroup<'derived.keep' | 'derived.dismiss' | 'derived.restore'> {
  return {
    'derived.keep': ({ planId, date, ruleId }) => {
      const doc = loadPlanDocument(store, planId);
      const derived = doc.evaluated.derived.find((d) => d.date === date && d.ruleId === ruleId);
      if (!derived) throw notFound(`A suggested session on ${dayLabel(date)}`);
      const session = keptSession(derived, newSessionId(store, planId));
      editPlan(store, planId, { label: keepLabel(derived.title, derived.date), edits: [{ op: 'session.add', session }] });
      return loadPlanDocument(store, planId);
    },
    'derived.dismiss': ({ planId, date, ruleId }) => {
      if (!store.plans.get(planId)) throw planGone();
      editPlan(store, planId, {
        label: dismissLabel(date),
        edits: [{ op: 'dismissal.add', dismissal: { date, ruleId } }],
      });
      return loadPlanDocument(store, planId);
    },
    'derived.restore': ({ planId, date, ruleId }) => {
      if (!store.plans.get(planId)) throw planGone();
      editPlan(store, planId, {
        label: restoreLabel(date),
        edits: [{ op: 'dismissal.remove', dismissal: { date, ruleId } }],
      });
      return loadPlanDocument(store, planId);
    },
  };
}
