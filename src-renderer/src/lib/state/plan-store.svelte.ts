/**
 * The open plan: main's `PlanDocument`, plus an optimistic preview while calls are on their way.
 *
 * Every edit is a small named operation (they become undo steps later). Each one applies the
 * change to a local copy of the coach sessions and re-runs the shared rules at once, so derived
 * sessions and warnings move in the same frame; then the call goes to main (in order, one at a
 * time) and main's document replaces the preview when the last pending call has answered.
 */
import type { MethodInput } from '../../../../src-shared/api/contract';
import type { PlanDocument } from '../../../../src-shared/api/entities';
import type { IsoDate } from '../../../../src-shared/domain/dates';
import type { SessionKind } from '../../../../src-shared/domain/kinds';
import type {
  CoachSession,
  DerivedRuleId,
  Dismissal,
  EvaluatedPlan,
  PlanSession,
} from '../../../../src-shared/domain/types';
import { evaluatePlan } from '../../../../src-shared/rules/evaluate-plan';
import { api } from '../api/client';
import { afterPaintWhenIdle } from './after-paint';
import {
  keptSession,
  newSessionId,
  plainSession,
  sameSessions,
  sessionFromKind,
  withAdded,
  withCopied,
  withDeleted,
  withMoved,
  withUpdated,
  type SessionPatch,
} from './coach-edits';
import { shownError, type ShownError } from './errors';

interface Preview {
  sessions: CoachSession[];
  dismissed: Dismissal[];
  evaluated: EvaluatedPlan;
}

/** The last evaluation and what it was made from (see `evaluateWith`). */
interface Evaluation {
  doc: PlanDocument;
  sessions: readonly CoachSession[];
  dismissed: readonly Dismissal[];
  evaluated: EvaluatedPlan;
}

export class PlanStore {
  doc = $state.raw<PlanDocument | null>(null);
  loading = $state(false);
  /** The last failed call, for the banner (and the inspector, when it names a session field). */
  error = $state<(ShownError & { sessionId?: string }) | null>(null);
  /** The selected card: a coach session's id or a derived session's id. */
  selectedId = $state<string | null>(null);

  #preview = $state.raw<Preview | null>(null);
  #pending = 0;
  #queue: Promise<unknown> = Promise.resolve();
  /** Bumped on every load, so answers for a plan no longer open are ignored. */
  #generation = 0;
  #lastEvaluation: Evaluation | null = null;

  /** What the calendar shows: the preview while calls are pending, else main's output. */
  evaluated = $derived<EvaluatedPlan | null>(this.#preview?.evaluated ?? this.doc?.evaluated ?? null);
  coachSessions = $derived<CoachSession[]>(this.#preview?.sessions ?? this.doc?.sessions.map(plainSession) ?? []);
  dismissed = $derived<Dismissal[]>(this.#preview?.dismissed ?? this.doc?.dismissed ?? []);
  selected = $derived<PlanSession | null>(this.evaluated?.sessions.find((s) => s.id === this.selectedId) ?? null);
  /** A change is on screen but main has not confirmed it yet. */
  saving = $derived(this.#preview !== null);

  async load(planId: number | null): Promise<void> {
    const generation = ++this.#generation;
    this.#preview = null;
    this.#pending = 0;
    this.#queue = Promise.resolve();
    if (planId == null) {
      this.doc = null;
      return;
    }
    this.loading = true;
    try {
      const doc = await api.call('plans.get', { id: planId });
      if (generation !== this.#generation) return;
      if (this.doc?.plan.id !== planId) this.selectedId = null;
      this.doc = doc;
      this.error = null;
    } catch (error) {
      if (generation === this.#generation) {
        this.doc = null;
        this.error = shownError(error);
      }
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
  }

  /**
   * The rules run on a hypothetical set of coach sessions (the drag preview uses this too). The
   * rules are a pure function of the document's athlete and plan and these sessions, so the
   * same question asked twice gets the same answer object: a drop asks exactly what the drag
   * preview asked over that day a moment before, and the rules then run once per change.
   */
  evaluateWith(sessions: CoachSession[], dismissed: Dismissal[] = this.dismissed): EvaluatedPlan | null {
    const doc = this.doc;
    if (!doc) return null;
    const last = this.#lastEvaluation;
    if (last && last.doc === doc && last.dismissed === dismissed && sameSessions(last.sessions, sessions)) {
      return last.evaluated;
    }
    const evaluated = evaluatePlan({ athlete: doc.athlete, plan: doc.plan, sessions, dismissed });
    this.#lastEvaluation = { doc, sessions, dismissed, evaluated };
    return evaluated;
  }

  select(id: string | null): void {
    this.selectedId = id;
  }

  clearError(): void {
    this.error = null;
  }

  // ---- the named operations ----

  /**
   * The new card is there at once under `id` (made here unless given: a drag names it from its
   * start, so its preview and its drop evaluate the same sessions); `done` says whether main
   * accepted it.
   */
  addSession(date: IsoDate, kind: SessionKind, id = newSessionId()): { id: string; done: Promise<boolean> } {
    const session = sessionFromKind(id, date, kind);
    const done = this.#change(withAdded(this.coachSessions, session), this.dismissed, (planId) =>
      api.call('sessions.add', { planId, id, date, kind }),
    );
    return { id, done };
  }

  moveSession(id: string, date: IsoDate): Promise<boolean> {
    const from = this.coachSessions.find((s) => s.id === id);
    if (!from || from.date === date) return Promise.resolve(true);
    return this.#change(withMoved(this.coachSessions, id, date), this.dismissed, (planId) =>
      api.call('sessions.move', { planId, id, date }),
    );
  }

  /** Copies keep every field; the copy's id is made here so its card keeps its identity. */
  copySession(id: string, date: IsoDate, copyId = newSessionId()): { id: string; done: Promise<boolean> } {
    const done = this.#change(withCopied(this.coachSessions, id, date, copyId), this.dismissed, (planId) =>
      api.call('sessions.move', { planId, id, date, copy: true, copyId }),
    );
    return { id: copyId, done };
  }

  updateSession(id: string, patch: SessionPatch): Promise<boolean> {
    return this.#change(
      withUpdated(this.coachSessions, id, patch),
      this.dismissed,
      (planId) => api.call('sessions.update', { planId, id, ...patch } as MethodInput<'sessions.update'>),
      id,
    );
  }

  deleteSession(id: string): Promise<boolean> {
    if (this.selectedId === id) this.selectedId = null;
    return this.#change(withDeleted(this.coachSessions, id), this.dismissed, (planId) =>
      api.call('sessions.delete', { planId, id }),
    );
  }

  /**
   * Keep a derived session: it becomes the coach's. Main makes the kept session's id, so the
   * selection follows it to main's document by (date, kind) when the answer arrives.
   */
  async keepDerived(date: IsoDate, ruleId: DerivedRuleId): Promise<boolean> {
    const derived = this.evaluated?.derived.find((d) => d.date === date && d.ruleId === ruleId);
    if (!derived) return false;
    const before = this.coachSessions.map((s) => s.id);
    const tempId = newSessionId();
    this.selectedId = tempId;
    const ok = await this.#change(
      withAdded(this.coachSessions, keptSession(derived, tempId)),
      this.dismissed,
      (planId) => api.call('derived.keep', { planId, date, ruleId }),
    );
    if (ok && this.selectedId === tempId) {
      const kept = this.coachSessions.find((s) => !before.includes(s.id) && s.date === date && s.kind === derived.kind);
      this.selectedId = kept?.id ?? null;
    }
    return ok;
  }

  dismissDerived(date: IsoDate, ruleId: DerivedRuleId): Promise<boolean> {
    this.selectedId = null;
    return this.#change(this.coachSessions, [...this.dismissed, { date, ruleId }], (planId) =>
      api.call('derived.dismiss', { planId, date, ruleId }),
    );
  }

  restoreDerived(date: IsoDate, ruleId: DerivedRuleId): Promise<boolean> {
    const dismissed = this.dismissed.filter((d) => !(d.date === date && d.ruleId === ruleId));
    return this.#change(this.coachSessions, dismissed, (planId) =>
      api.call('derived.restore', { planId, date, ruleId }),
    );
  }

  /** Resolves true once main has accepted the change, false when it refused (the error is shown). */
  #change(
    sessions: CoachSession[],
    dismissed: Dismissal[],
    call: (planId: number) => Promise<PlanDocument>,
    sessionId?: string,
  ): Promise<boolean> {
    const doc = this.doc;
    if (!doc) return Promise.resolve(false);
    const planId = doc.plan.id;
    const generation = this.#generation;
    this.#preview = { sessions, dismissed, evaluated: this.#evaluateSafely(sessions, dismissed) ?? this.evaluated! };
    this.#pending++;
    // The call leaves once the preview is on screen: sending it (fetch in the browser preview)
    // costs the main thread a millisecond or more that would otherwise delay that frame.
    const painted = afterPaintWhenIdle();
    const result = this.#queue.then(async () => {
      try {
        await painted;
        const next = await call(planId);
        if (generation === this.#generation) this.doc = next;
        return true;
      } catch (error) {
        if (generation === this.#generation) this.error = { ...shownError(error), sessionId };
        return false;
      } finally {
        if (generation === this.#generation && --this.#pending === 0) {
          // Main's document is now the whole truth, including any refusal along the way.
          this.#preview = null;
        }
      }
    });
    this.#queue = result;
    if (this.error) this.error = null;
    return result;
  }

  #evaluateSafely(sessions: CoachSession[], dismissed: Dismissal[]): EvaluatedPlan | null {
    try {
      return this.evaluateWith(sessions, dismissed);
    } catch (error) {
      // The preview is a courtesy; main's answer follows either way.
      console.error('Stride: preview evaluation failed', error);
      return null;
    }
  }
}
