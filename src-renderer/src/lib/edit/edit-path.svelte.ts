/**
 * The edit path the week and selection commands use: the plan's content as on screen, one
 * labelled step at a time through `plans.edit`, and undo/redo through main's history.
 *
 * The plan store is to offer exactly this (`content`, `apply`, `undo`, `redo`, `undoLabel`,
 * `redoLabel`, with an instant preview). Until it does, `StoreEditPath` does it on top of the
 * store's document: each step is checked with the shared `applyEdits` first (a refusal shows at
 * once and nothing is sent), then main's answer replaces the document.
 */
import { CallFailed } from '../../../../src-shared/api/client';
import { applyEdits } from '../../../../src-shared/edits/apply-edits';
import type { PlanContent, PlanEdit } from '../../../../src-shared/edits/plan-edit';
import type { PlanDocument } from '../../../../src-shared/api/entities';
import { api } from '../api/client';
import { shownError } from '../state/errors';
import type { PlanStore } from '../state/plan-store.svelte';

export interface EditPath {
  readonly content: PlanContent | null;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  apply(label: string, edits: PlanEdit[]): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

export class StoreEditPath implements EditPath {
  readonly #store: PlanStore;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(store: PlanStore) {
    this.#store = store;
  }

  content = $derived.by((): PlanContent | null => {
    const doc = this.#store.doc;
    if (!doc) return null;
    const p = doc.plan;
    const revisions: Record<string, number> = {};
    for (const s of doc.sessions) revisions[s.id] = (s as { revision?: number }).revision ?? 0;
    return {
      settings: {
        name: p.name,
        goal: p.goal,
        units: p.units,
        startDate: p.startDate,
        weeks: p.weeks,
        weekStartsOn: p.weekStartsOn,
      },
      sessions: this.#store.coachSessions,
      dismissed: this.#store.dismissed,
      revisions,
    };
  });
  undoLabel = $derived.by(() => this.#store.doc?.history.undo ?? null);
  redoLabel = $derived.by(() => this.#store.doc?.history.redo ?? null);

  apply(label: string, edits: PlanEdit[]): Promise<boolean> {
    const content = this.content;
    if (!content) return Promise.resolve(false);
    try {
      applyEdits(content, edits);
    } catch (error) {
      this.#store.error = shownError(error);
      return Promise.resolve(false);
    }
    return this.#send((doc) =>
      api.call('plans.edit', { planId: doc.plan.id, baseVersion: doc.version, label, edits }),
    );
  }

  undo(): Promise<boolean> {
    if (!this.undoLabel) return Promise.resolve(false);
    return this.#send((doc) => api.call('plans.undo', { planId: doc.plan.id, baseVersion: doc.version }));
  }

  redo(): Promise<boolean> {
    if (!this.redoLabel) return Promise.resolve(false);
    return this.#send((doc) => api.call('plans.redo', { planId: doc.plan.id, baseVersion: doc.version }));
  }

  /** One call at a time, each on the document the previous one left (its version). */
  #send(call: (doc: PlanDocument) => Promise<PlanDocument>): Promise<boolean> {
    const result = this.#queue.then(async () => {
      const doc = this.#store.doc;
      if (!doc) return false;
      try {
        const next = await call(doc);
        if (this.#store.doc?.plan.id === next.plan.id) this.#store.doc = next;
        return true;
      } catch (error) {
        this.#store.error = shownError(error);
        // Changed elsewhere (another window, the command line): show what is true now.
        if (error instanceof CallFailed && error.code === 'conflict') await this.#store.load(doc.plan.id);
        return false;
      }
    });
    this.#queue = result;
    return result;
  }
}
