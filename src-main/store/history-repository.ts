/**
 * Each plan's undo history: numbered steps `{ label, edits, inverse }` and a pointer
 * (`plans.history_at`, the seq of the last applied step). Undo applies the step at the pointer's
 * inverse and moves it down; redo applies the next step's edits and moves it up; a new step
 * drops the redo tail. The last `HISTORY_LIMIT` steps are kept.
 */
import type { EditStep, PlanEdit } from '../../src-shared/edits/plan-edit';
import type { Db } from './database';

export const HISTORY_LIMIT = 200;

interface StepRow {
  seq: number;
  label: string;
  edits: string;
  inverse: string;
}

export interface StoredStep extends EditStep {
  seq: number;
}

const toStep = (r: StepRow): StoredStep => ({
  seq: r.seq,
  label: r.label,
  edits: JSON.parse(r.edits) as PlanEdit[],
  inverse: JSON.parse(r.inverse) as PlanEdit[],
});

export function createHistoryRepository(db: Db) {
  const pointer = db.prepare<[number], { history_at: number }>('SELECT history_at FROM plans WHERE id = ?');
  const setPointer = db.prepare<[number, number]>('UPDATE plans SET history_at = ? WHERE id = ?');
  const stepAt = db.prepare<[number, number], StepRow>(
    'SELECT seq, label, edits, inverse FROM plan_history WHERE plan_id = ? AND seq = ?',
  );
  const labelAt = db.prepare<[number, number], { label: string }>(
    'SELECT label FROM plan_history WHERE plan_id = ? AND seq = ?',
  );
  // The redo tail and the steps past the limit in one statement (this runs on every edit).
  const dropOutside = db.prepare<[number, number, number]>(
    'DELETE FROM plan_history WHERE plan_id = ? AND (seq > ? OR seq <= ?)',
  );
  const insert = db.prepare<[number, number, string, string, string]>(
    'INSERT INTO plan_history (plan_id, seq, label, edits, inverse) VALUES (?, ?, ?, ?, ?)',
  );
  const clear = db.prepare<[number]>('DELETE FROM plan_history WHERE plan_id = ?');
  const at = (planId: number) => pointer.get(planId)?.history_at ?? 0;

  return {
    /** A new step after the pointer; the redo tail and steps beyond the limit go. */
    record(planId: number, step: EditStep): void {
      const seq = at(planId) + 1;
      dropOutside.run(planId, seq - 1, seq - HISTORY_LIMIT);
      insert.run(planId, seq, step.label, JSON.stringify(step.edits), JSON.stringify(step.inverse));
      setPointer.run(seq, planId);
    },
    /** The step undo would undo, if any. */
    undoStep(planId: number): StoredStep | undefined {
      const row = stepAt.get(planId, at(planId));
      return row && toStep(row);
    },
    redoStep(planId: number): StoredStep | undefined {
      const row = stepAt.get(planId, at(planId) + 1);
      return row && toStep(row);
    },
    movePointer: (planId: number, seq: number): void => void setPointer.run(seq, planId),
    labels(planId: number): { undo: string | null; redo: string | null } {
      const p = at(planId);
      return { undo: labelAt.get(planId, p)?.label ?? null, redo: labelAt.get(planId, p + 1)?.label ?? null };
    },
    /** A change that is not a step (an import) makes the old steps meaningless. */
    clear(planId: number): void {
      clear.run(planId);
      setPointer.run(0, planId);
    },
  };
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
