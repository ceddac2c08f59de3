/**
 * The single-session calls, kept for callers that name one change at a time (older renderer
 * code, scripts): each builds the `PlanEdit` and goes through `editPlan` like every other change,
 * so defaults, validation, order, revisions, version and history are the same.
 */
import { planGone } from '../../src-shared/api/errors';
import { normaliseSteps, type StepItem } from '../../src-shared/domain/steps';
import type { CoachSession } from '../../src-shared/domain/types';
import { addLabel, copyLabel, deleteLabel, editLabel, moveLabel } from '../../src-shared/edits/edit-labels';
import type { PlanEdit, SessionFields } from '../../src-shared/edits/plan-edit';
import { sessionFromKind } from '../../src-shared/edits/session-defaults';
import { editPlan } from '../services/plan-edits';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { loadPlanDocument } from './plan-document';
import { newSessionId } from './session-ids';

export function sessionHandlers(
  store: PlanStore,
): HandlerGroup<'sessions.add' | 'sessions.update' | 'sessions.move' | 'sessions.delete'> {
  const planOf = (planId: number) => {
    const plan = store.plans.get(planId);
    if (!plan) throw planGone();
    return plan;
  };
  /** What a step's name names, in the renderer's words; a missing session is refused by `applyEdits`. */
  const namedOf = (planId: number, id: string): Pick<CoachSession, 'kind' | 'title'> =>
    store.sessions.get(planId, id) ?? { kind: 'easy', title: 'session' };
  const edit = (planId: number, label: string, edits: PlanEdit[]) => {
    planOf(planId);
    editPlan(store, planId, { label, edits });
    return loadPlanDocument(store, planId);
  };

  return {
    'sessions.add': ({ planId, id, date, kind, ...fields }) => {
      planOf(planId);
      // What the coach leaves out comes from the kind, as when a card is dropped from the palette.
      const steps = fields.steps?.length ? normaliseSteps(fields.steps as StepItem[]) : undefined;
      const session = sessionFromKind(id ?? newSessionId(store, planId), date, kind, { ...fields, steps });
      return edit(planId, addLabel(session), [{ op: 'session.add', session }]);
    },
    'sessions.update': ({ planId, id, ...fields }) => {
      const patch = { ...fields } as Partial<SessionFields>;
      if (fields.steps !== undefined) patch.steps = fields.steps?.length ? normaliseSteps(fields.steps as StepItem[]) : null;
      return edit(planId, editLabel(namedOf(planId, id)), [{ op: 'session.update', id, patch }]);
    },
    'sessions.move': ({ planId, id, date, copy, copyId }) => {
      const label = (copy ? copyLabel : moveLabel)(namedOf(planId, id), date);
      if (!copy) return edit(planId, label, [{ op: 'session.move', id, date }]);
      planOf(planId);
      const source = store.sessions.get(planId, id);
      if (!source) return edit(planId, label, [{ op: 'session.delete', id }]); // refused: gone elsewhere
      const { revision: _revision, ...fields } = source;
      const session = { ...fields, id: copyId ?? newSessionId(store, planId), date };
      return edit(planId, label, [{ op: 'session.add', session }]);
    },
    'sessions.delete': ({ planId, id }) => edit(planId, deleteLabel(namedOf(planId, id)), [{ op: 'session.delete', id }]),
  };
}
