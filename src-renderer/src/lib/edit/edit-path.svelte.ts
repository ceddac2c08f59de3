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
  /** Main keeps versions and history for this plan (`plans.edit`, `plans.undo`, `plans.redo`). */
  readonly available: boolean;
  readonly content: PlanContent | null;
  readonly undoLabel: string | null;
  readonly redoLabel: string | null;
  apply(label: string, edits: PlanEdit[]): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

/** The edit path's calls, typed here so this builds against a main with or without them. */
function call(method: 'plans.edit' | 'plans.undo' | 'plans.redo', input: unknown): Promise<PlanDocument> {
  return api.call(method as never, input as never) as Promise<PlanDocument>;
}
const version = (doc: PlanDocument): number => (doc as { version?: number }).version ?? 0;

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
  // Read loosely: a main without the edit path yet sends documents without them, and then the
  // week operations, undo and redo stay out of sight instead of failing when used.
  available = $derived.by(() => typeof this.#doc()?.version === 'number');
  undoLabel = $derived.by(() => this.#doc()?.history?.undo ?? null);
  redoLabel = $derived.by(() => this.#doc()?.history?.redo ?? null);

  #doc(): { version?: number; history?: { undo: string | null; redo: string | null } } | null {
    return this.#store.doc as never;
  }

  apply(label: string, edits: PlanEdit[]): Promise<boolean> {
    const content = this.content;
    if (!content) return Promise.resolve(false);
    try {
      applyEdits(content, edits);
    } catch (error) {
      this.#store.error = shownError(error);
      return Promise.resolve(false);
    }
    return this.#send((doc) => call('plans.edit', { planId: doc.plan.id, baseVersion: version(doc), label, edits }));
  }

  undo(): Promise<boolean> {
    if (!this.undoLabel) return Promise.resolve(false);
    return this.#send((doc) => call('plans.undo', { planId: doc.plan.id, baseVersion: version(doc) }));
  }

  redo(): Promise<boolean> {
    if (!this.redoLabel) return Promise.resolve(false);
    return this.#send((doc) => call('plans.redo', { planId: doc.plan.id, baseVersion: version(doc) }));
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
