/**
 * What the week and selection commands need of the open plan: its content as on screen, one
 * labelled step at a time, and undo/redo through main's history. The plan store
 * (`state/plan-store.svelte.ts`) is the one implementation: every change, from a drag to a
 * pasted block of weeks, goes through its `apply` (instant preview, then `plans.edit`).
 */
import type { PlanContent, PlanEdit } from '../../../../src-shared/edits/plan-edit';

export interface EditPath {
  /** A plan is open, so there is something to edit. */
  readonly available: boolean;
  readonly content: PlanContent | null;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  apply(label: string, edits: PlanEdit[]): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}
