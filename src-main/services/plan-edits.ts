/**
 * The one way main changes a plan's content (issue 9): load the content, check the caller's
 * version, `applyEdits` (validated, all or nothing), store the difference and the history step,
 * all in one SQLite transaction, so a crash leaves either both or neither. Undo and redo are the
 * same path with a stored step's inverse or edits.
 */
import { planGone, StrideError } from '../../src-shared/api/errors';
import { applyEdits } from '../../src-shared/edits/apply-edits';
import { PLAN_CHANGED } from '../../src-shared/edits/edit-messages';
import type { PlanContent, PlanEdit } from '../../src-shared/edits/plan-edit';
import type { PlanStore } from '../store/plan-store';

export interface EditRequest {
  /** The version the caller's edits were made against; omitted by callers without a view (CLI). */
  baseVersion?: number;
  label: string;
  edits: PlanEdit[];
  /** false: not an undo step (a new plan's import); the history is cleared instead. */
  record?: boolean;
}

export interface EditResult {
  content: PlanContent;
  inverse: PlanEdit[];
  version: number;
}

function loadChecked(store: PlanStore, planId: number, baseVersion: number | undefined) {
  const loaded = store.content.load(planId);
  if (!loaded) throw planGone();
  if (baseVersion !== undefined && baseVersion !== loaded.version) throw new StrideError('conflict', PLAN_CHANGED);
  return loaded;
}

export function editPlan(store: PlanStore, planId: number, request: EditRequest): EditResult {
  return store.transaction(() => {
    const { content: before, version } = loadChecked(store, planId, request.baseVersion);
    const { content, inverse } = applyEdits(before, request.edits);
    // Nothing changed (a field set to its own value): no new version, so no other window goes stale.
    if (inverse.length === 0) return { content, inverse, version };
    store.content.write(planId, before, content);
    if (request.record === false) store.history.clear(planId);
    else store.history.record(planId, { label: request.label, edits: request.edits, inverse });
    return { content, inverse, version: version + 1 };
  });
}

/** Undoes the last step; with nothing to undo, nothing changes. */
export function undoPlan(store: PlanStore, planId: number, baseVersion?: number): void {
  store.transaction(() => {
    const { content: before } = loadChecked(store, planId, baseVersion);
    const step = store.history.undoStep(planId);
    if (!step) return;
    store.content.write(planId, before, applyEdits(before, step.inverse).content);
    store.history.movePointer(planId, step.seq - 1);
  });
}

export function redoPlan(store: PlanStore, planId: number, baseVersion?: number): void {
  store.transaction(() => {
    const { content: before } = loadChecked(store, planId, baseVersion);
    const step = store.history.redoStep(planId);
    if (!step) return;
    store.content.write(planId, before, applyEdits(before, step.edits).content);
    store.history.movePointer(planId, step.seq);
  });
}
