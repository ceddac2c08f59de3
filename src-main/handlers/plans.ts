import { randomUUID } from 'node:crypto';
import { athleteGone, planGone, StrideError } from '../../src-shared/api/errors';
import { startOfWeek } from '../../src-shared/domain/dates';
import type { PlanEdit } from '../../src-shared/edits/plan-edit';
import { changeFrameEdits } from '../../src-shared/edits/week-operations';
import { editPlan, redoPlan, undoPlan } from '../services/plan-edits';
import type { PlanStore } from '../store/plan-store';
import type { HandlerGroup } from './handler-types';
import { loadPlanDocument } from './plan-document';

export function planHandlers(
  store: PlanStore,
): HandlerGroup<
  'plans.list' | 'plans.create' | 'plans.update' | 'plans.delete' | 'plans.get' | 'plans.edit' | 'plans.undo' | 'plans.redo'
> {
  return {
    'plans.list': ({ athleteId }) => store.plans.list(athleteId),
    'plans.create': (input) => {
      if (!store.athletes.get(input.athleteId)) throw athleteGone();
      return store.plans.create({
        ...input,
        goal: input.goal ?? null,
        uid: randomUUID(),
        // A plan's weeks are calendar weeks: the start snaps back to the week's first day.
        startDate: startOfWeek(input.startDate, input.weekStartsOn),
      });
    },
    'plans.update': ({ id, frame, phases, ...patch }) => {
      const plan = store.plans.get(id);
      if (!plan) throw planGone();
      return store.transaction(() => {
        const content = store.content.load(id)!.content;
        // A new start moves the sessions with their weeks unless asked otherwise; a new week
        // start alone keeps every date (it used to move them all a day).
        const movesStart = patch.startDate !== undefined && startOfWeek(patch.startDate, patch.weekStartsOn ?? plan.weekStartsOn) !== plan.startDate;
        const mode = frame ?? (movesStart ? 'move-with-weeks' : 'keep-dates');
        const framePatch = pick(patch, ['startDate', 'weekStartsOn', 'weeks']);
        const edits: PlanEdit[] = [...changeFrameEdits(content, framePatch, mode)];
        const named = pick(patch, ['name', 'goal', 'units']);
        if (Object.keys(named).length > 0) edits.unshift({ op: 'plan.set', patch: named });
        try {
          editPlan(store, id, { label: Object.keys(framePatch).length ? 'Change plan dates' : 'Edit plan details', edits });
        } catch (error) {
          // The frame check blames the sessions' dates; the coach changed the plan's field.
          if (error instanceof StrideError && error.field === 'date') {
            throw new StrideError(error.code, error.message, patch.weeks !== undefined ? 'weeks' : 'startDate');
          }
          throw error;
        }
        if (phases !== undefined) {
          // Phases label weeks; they are not sessions and need no undo step, but they are a change.
          store.plans.update({ ...store.plans.get(id)!, phases });
          store.content.bumpVersion(id);
        }
        return store.plans.get(id)!;
      });
    },
    'plans.delete': ({ id }) => {
      if (!store.plans.get(id)) throw planGone();
      return { deleted: store.plans.remove(id) };
    },
    'plans.get': ({ id }) => loadPlanDocument(store, id),
    'plans.edit': ({ planId, baseVersion, label, edits }) => {
      editPlan(store, planId, { baseVersion, label, edits });
      return loadPlanDocument(store, planId);
    },
    'plans.undo': ({ planId, baseVersion }) => {
      undoPlan(store, planId, baseVersion);
      return loadPlanDocument(store, planId);
    },
    'plans.redo': ({ planId, baseVersion }) => {
      redoPlan(store, planId, baseVersion);
      return loadPlanDocument(store, planId);
    },
  };
}

function pick<T extends object, K extends keyof T>(patch: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (patch[k] !== undefined) out[k] = patch[k];
  return out;
}
