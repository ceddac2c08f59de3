/**
 * The open plan: main's `PlanDocument`, plus an instant preview while edits are on their way.
 *
 * Every change goes through one path, `apply(label, edits)` (issue 9): the shared `applyEdits`
 * makes the preview content at once and the shared rules re-run on it, so derived sessions and
 * warnings move in the same frame; then `plans.edit` goes to main (in order, one at a time) with
 * the version this window last saw, and main's document replaces the preview when the last
 * pending call has answered. A stale version is refused by main: the plan reloads and the
 * sentence says so. Undo and redo are main's history (it survives a reload and a restart).
 * The named operations the calendar and inspector use are small builders on `apply`.
 */
import { CallFailed, type StrideClient } from '../../../../src-shared/api/client';
import { contract } from '../../../../src-shared/api/contract';
import { describeZodError } from '../../../../src-shared/api/errors';
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
import { applyEdits } from '../../../../src-shared/edits/apply-edits';
import {
  addLabel,
  copyLabel,
  deleteLabel,
  dismissLabel,
  editLabel,
  fitStepLabel,
  keepLabel,
  moveLabel,
  restoreLabel,
} from '../../../../src-shared/edits/edit-labels';
import type { PlanContent, PlanEdit, PlanSettings } from '../../../../src-shared/edits/plan-edit';
import { sessionFromKind } from '../../../../src-shared/edits/session-defaults';
import { evaluatePlan } from '../../../../src-shared/rules/evaluate-plan';
import type { EditPath } from '../edit/edit-path';
import { afterPaintWhenIdle } from './after-paint';
import { runQueuedEdits } from './edit-queue';
import { warmUpWhenIdle } from './warm-up';
import { keptSession, newSessionId, plainSession, sameSessions, type SessionPatch } from './coach-edits';
import { sameData, sameFlatData } from '../calendar/plan-grid';
import { shownError, type ShownError } from './errors';

interface Preview {
  content: PlanContent;
  evaluated: EvaluatedPlan;
}

/** The last evaluation and what it was made from (see `evaluateWith`). */
interface Evaluation {
  doc: PlanDocument;
  settings: PlanSettings | undefined;
  sessions: readonly CoachSession[];
  dismissed: readonly Dismissal[];
  evaluated: EvaluatedPlan;
}

/**
 * What of main's document the edits act on. `seen` holds the session objects this window showed
 * last (by id): a session main sends back unchanged is that same object again, so the next edit's
 * preview finds most sessions identical by reference (see `evaluateWith`) instead of comparing
 * every field of the plan.
 */
export function contentOfDocument(doc: PlanDocument, seen?: ReadonlyMap<string, CoachSession>): PlanContent {
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- plain data for applyEdits, never read reactively
  const revisions = new Map(doc.sessions.map((s) => [s.id, s.revision]));
  const { name, goal, units, startDate, weeks, weekStartsOn } = doc.plan;
  return {
    settings: { name, goal, units, startDate, weeks, weekStartsOn },
    sessions: doc.sessions.map((s) => {
      const plain = plainSession(s);
      const before = seen?.get(s.id);
      return before && sameData(before, plain) ? before : plain;
    }),
    dismissed: doc.dismissed,
    revisions,
  };
}

export class PlanStore implements EditPath {
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
  readonly #api: StrideClient;
  readonly #afterPaint: () => Promise<void>;

  /** `api` is given (not imported) so the store runs under vitest against real handlers. */
  constructor(api: StrideClient, afterPaint: () => Promise<void> = afterPaintWhenIdle) {
    this.#api = api;
    this.#afterPaint = afterPaint;
  }

  /** The coach sessions last shown, by id (see `contentOfDocument`); a plain index, never read reactively. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- see above
  #seen: ReadonlyMap<string, CoachSession> = new Map();
  #docContent = $derived<PlanContent | null>(this.doc ? this.#remember(contentOfDocument(this.doc, this.#seen)) : null);

  #remember(content: PlanContent): PlanContent {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- see #seen
    this.#seen = new Map(content.sessions.map((s) => [s.id, s]));
    return content;
  }
  /** What is on screen: the preview while edits are pending, else main's document. */
  content = $derived<PlanContent | null>(this.#preview?.content ?? this.#docContent);
  #docEvaluated = $derived<EvaluatedPlan | null>(this.doc ? this.#stable(this.doc.evaluated) : null);
  evaluated = $derived<EvaluatedPlan | null>(this.#preview?.evaluated ?? this.#docEvaluated);
  coachSessions = $derived<CoachSession[]>(this.content?.sessions ?? []);
  dismissed = $derived<Dismissal[]>(this.content?.dismissed ?? []);
  selected = $derived<PlanSession | null>(this.evaluated?.sessions.find((s) => s.id === this.selectedId) ?? null);
  /** A plan is open, so the week and selection commands have something to act on (EditPath). */
  available = $derived(this.doc !== null);
  /** A change is on screen but main has not confirmed it yet. */
  saving = $derived(this.#preview !== null);
  /** The labels of the steps undo and redo would take (null: nothing to undo or redo). */
  undoLabel = $derived<string | null>(this.doc?.history.undo ?? null);
  redoLabel = $derived<string | null>(this.doc?.history.redo ?? null);

  async load(planId: number | null): Promise<void> {
    // An edit drawn a frame ahead belongs to the plan open now: it is made before another opens.
    runQueuedEdits();
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
      const doc = await this.#api.call('plans.get', { id: planId });
      if (generation !== this.#generation) return;
      if (this.doc?.plan.id !== planId) this.selectedId = null;
      this.doc = doc;
      this.error = null;
      this.#warmUpRules(doc);
    } catch (error) {
      if (generation === this.#generation) {
        this.doc = null;
        this.error = shownError(error);
      }
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
  }

  #stopWarmUp: (() => void) | null = null;

  /** The rules pass made hot in idle time once a plan opens, so its first edits are fast too. */
  #warmUpRules(doc: PlanDocument): void {
    this.#stopWarmUp?.();
    const input = {
      athlete: doc.athlete,
      plan: doc.plan,
      sessions: contentOfDocument(doc).sessions,
      dismissed: doc.dismissed,
    };
    this.#stopWarmUp = warmUpWhenIdle(() => void evaluatePlan(input), 40);
  }

  /**
   * The rules run on a hypothetical set of coach sessions (the drag preview uses this too). The
   * rules are a pure function of the document's athlete and plan and these sessions, so the
   * same question asked twice gets the same answer object: a drop asks exactly what the drag
   * preview asked over that day a moment before, and the rules then run once per change.
   */
  evaluateWith(
    sessions: CoachSession[],
    dismissed: Dismissal[] = this.dismissed,
    settings: PlanSettings | undefined = this.content?.settings,
  ): EvaluatedPlan | null {
    const doc = this.doc;
    if (!doc) return null;
    // By value: an edit's content has new lists and settings objects even where nothing changed
    // (the drop that follows a drag preview over the same day asks the same question).
    const last = this.#lastEvaluation;
    if (
      last &&
      last.doc === doc &&
      sameData(last.settings, settings) &&
      sameData(last.dismissed, dismissed) &&
      sameSessions(last.sessions, sessions)
    ) {
      return last.evaluated;
    }
    // A previewed frame change (weeks, start) is evaluated on the new frame.
    const plan = settings ? { ...doc.plan, ...settings } : doc.plan;
    const evaluated = this.#sameObjects(
      sessions,
      doc,
      evaluatePlan({ athlete: doc.athlete, plan, sessions, dismissed }),
    );
    this.#lastEvaluation = { doc, settings, sessions, dismissed, evaluated };
    return evaluated;
  }

  // The rules copy every coach session into a new `PlanSession`, and main's answer brings new
  // objects for all of them; the calendar then finds which days changed by comparing them. So
  // every evaluation hands back the earlier object for each session whose copy did not change:
  // a day whose sessions did not change is then the same list of the same objects, and compares
  // by reference in the frame of the next edit (issue 9's 16 ms), not field by field.
  // - A coach session's copy depends only on that session object and the athlete (its estimates
  //   use the athlete's paces): the same input gets its earlier copy back (`#planSessionOf`).
  // - A derived session's copy is compared with the last copy of that id (plain values only).
  // - Main's answer is compared in full with the copies last shown (`#stable`), once, after the
  //   edit's frame: that comparison replaces the calendar's own.
  #planSessionOf = new WeakMap<CoachSession, PlanSession>();
  #athleteKey = '';
  /** The session copies last made or received, by id; a plain index, never read reactively. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- see above
  #copies: ReadonlyMap<string, PlanSession> = new Map();

  #sameObjects(sessions: readonly CoachSession[], doc: PlanDocument, evaluated: EvaluatedPlan): EvaluatedPlan {
    const athleteKey = JSON.stringify(doc.athlete);
    if (athleteKey !== this.#athleteKey) {
      this.#athleteKey = athleteKey;
      this.#planSessionOf = new WeakMap();
    }
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local index, never read reactively
    const inputOf = new Map(sessions.map((s) => [s.id, s]));
    return this.#reuse(evaluated, (copy) => {
      if (copy.origin !== 'coach') {
        const earlier = this.#copies.get(copy.id);
        return earlier && sameFlatData(earlier, copy) ? earlier : copy;
      }
      const input = inputOf.get(copy.id);
      if (!input) return copy;
      const earlier = this.#planSessionOf.get(input);
      if (earlier) return earlier;
      this.#planSessionOf.set(input, copy);
      return copy;
    });
  }

  /** Main's evaluation, with the copies last shown wherever they are equal. */
  #stable(evaluated: EvaluatedPlan): EvaluatedPlan {
    return this.#reuse(evaluated, (copy) => {
      const earlier = this.#copies.get(copy.id);
      return earlier && sameData(earlier, copy) ? earlier : copy;
    });
  }

  #reuse(evaluated: EvaluatedPlan, keep: (copy: PlanSession) => PlanSession): EvaluatedPlan {
    let reused = false;
    const sessions = evaluated.sessions.map((copy) => {
      const kept = keep(copy);
      if (kept !== copy) reused = true;
      return kept;
    });
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- see #copies
    this.#copies = new Map(sessions.map((s) => [s.id, s]));
    return reused ? { ...evaluated, sessions } : evaluated;
  }

  /** Edits, undos or redos are on their way to main (shown here, not yet stored). */
  get sending(): boolean {
    return this.#pending > 0;
  }

  select(id: string | null): void {
    this.selectedId = id;
  }

  clearError(): void {
    this.error = null;
  }

  // ---- the one edit path ----

  /**
   * Shows the edits at once and sends them to main as one undo step named `label`. Resolves
   * true once main has stored them, false when it (or the preview) refused: the sentence is
   * shown, and a stale plan is reloaded.
   */
  apply(label: string, edits: PlanEdit[], sessionId?: string): Promise<boolean> {
    runQueuedEdits();
    const doc = this.doc;
    const content = this.content;
    if (!doc || !content) return Promise.resolve(false);
    if (edits.length === 0) return Promise.resolve(true);
    label = fitStepLabel(label);
    // The contract's own check first, main's exactly: it refuses what main would refuse with the
    // same sentence, and it is where titles, goals and names are trimmed (schemas.ts), so the
    // preview shows what main will store, not the typed spaces until main's answer.
    const call = { planId: doc.plan.id, baseVersion: doc.version, label, edits };
    const checked = contract['plans.edit'].safeParse(call);
    if (!checked.success) {
      const refused = describeZodError(checked.error, call);
      this.error = { ...shownError(new CallFailed(refused.code, refused.message, refused.field)), sessionId };
      return Promise.resolve(false);
    }
    edits = checked.data.edits;
    let next: PlanContent;
    try {
      next = this.#remember(applyEdits(content, edits).content);
    } catch (error) {
      // The same check main would make: refused before anything leaves this window.
      this.error = { ...shownError(error), sessionId };
      return Promise.resolve(false);
    }
    const evaluated = this.#evaluateSafely(next) ?? this.evaluated!;
    this.#preview = { content: next, evaluated };
    return this.#send(
      (planId, baseVersion) => this.#api.call('plans.edit', { planId, baseVersion, label, edits }),
      sessionId,
    );
  }

  /** Undoes main's last step for this plan (nothing happens when there is none). */
  undo(): Promise<boolean> {
    runQueuedEdits();
    if (!this.doc || (this.undoLabel === null && this.#pending === 0)) return Promise.resolve(false);
    return this.#send((planId, baseVersion) => this.#api.call('plans.undo', { planId, baseVersion }));
  }

  redo(): Promise<boolean> {
    runQueuedEdits();
    if (!this.doc || (this.redoLabel === null && this.#pending === 0)) return Promise.resolve(false);
    return this.#send((planId, baseVersion) => this.#api.call('plans.redo', { planId, baseVersion }));
  }

  // ---- the named operations, built on apply ----

  /**
   * The new card is there at once under `id` (made here unless given: a drag names it from its
   * start, so its preview and its drop evaluate the same sessions); `done` says whether main
   * accepted it.
   */
  addSession(date: IsoDate, kind: SessionKind, id = newSessionId()): { id: string; done: Promise<boolean> } {
    const session = sessionFromKind(id, date, kind);
    return { id, done: this.apply(addLabel(session), [{ op: 'session.add', session }]) };
  }

  moveSession(id: string, date: IsoDate): Promise<boolean> {
    const from = this.coachSessions.find((s) => s.id === id);
    if (!from || from.date === date) return Promise.resolve(true);
    return this.apply(moveLabel(from, date), [{ op: 'session.move', id, date }]);
  }

  /** Copies keep every field; the copy's id is made here so its card keeps its identity. */
  copySession(id: string, date: IsoDate, copyId = newSessionId()): { id: string; done: Promise<boolean> } {
    const source = this.coachSessions.find((s) => s.id === id);
    if (!source) return { id: copyId, done: Promise.resolve(false) };
    const session = { ...source, id: copyId, date };
    return { id: copyId, done: this.apply(copyLabel(source, date), [{ op: 'session.add', session }]) };
  }

  updateSession(id: string, patch: SessionPatch): Promise<boolean> {
    const s = this.coachSessions.find((x) => x.id === id);
    return this.apply(
      editLabel(s ?? { kind: patch.kind ?? 'easy', title: null }),
      [{ op: 'session.update', id, patch }],
      id,
    );
  }

  deleteSession(id: string): Promise<boolean> {
    if (this.selectedId === id) this.selectedId = null;
    const s = this.coachSessions.find((x) => x.id === id);
    if (!s) return Promise.resolve(true);
    return this.apply(deleteLabel(s), [{ op: 'session.delete', id }]);
  }

  /** Keep a derived session: it becomes the coach's, under an id made here (the selection follows it). */
  keepDerived(date: IsoDate, ruleId: DerivedRuleId): Promise<boolean> {
    const derived = this.evaluated?.derived.find((d) => d.date === date && d.ruleId === ruleId);
    if (!derived) return Promise.resolve(false);
    const session = keptSession(derived, newSessionId());
    this.selectedId = session.id;
    return this.apply(keepLabel(derived.title, derived.date), [{ op: 'session.add', session }]);
  }

  dismissDerived(date: IsoDate, ruleId: DerivedRuleId): Promise<boolean> {
    this.selectedId = null;
    return this.apply(dismissLabel(date), [{ op: 'dismissal.add', dismissal: { date, ruleId } }]);
  }

  restoreDerived(date: IsoDate, ruleId: DerivedRuleId): Promise<boolean> {
    return this.apply(restoreLabel(date), [{ op: 'dismissal.remove', dismissal: { date, ruleId } }]);
  }

  /** Queues a call that changes the plan; main's answer (a document) replaces the preview. */
  #send(call: (planId: number, baseVersion: number) => Promise<PlanDocument>, sessionId?: string): Promise<boolean> {
    const doc = this.doc!;
    const planId = doc.plan.id;
    const generation = this.#generation;
    this.#pending++;
    // The call leaves once the preview is on screen: sending it (fetch in the browser preview)
    // costs the main thread a millisecond or more that would otherwise delay that frame.
    const painted = this.#afterPaint();
    const result = this.#queue.then(async () => {
      try {
        await painted;
        // The version of the last answer: each queued call builds on the one before.
        const next = await call(planId, this.doc?.version ?? doc.version);
        if (generation === this.#generation) this.doc = next;
        return true;
      } catch (error) {
        if (generation !== this.#generation) return false;
        const shown = shownError(error);
        this.error = { ...shown, sessionId };
        if ((error as { code?: string }).code === 'conflict') await this.#reload(planId, generation);
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

  /** After a conflict: main's current plan, keeping the sentence on screen. */
  async #reload(planId: number, generation: number): Promise<void> {
    try {
      const doc = await this.#api.call('plans.get', { id: planId });
      if (generation === this.#generation) this.doc = doc;
    } catch {
      /* the sentence already says what happened; the next load tries again */
    }
  }

  #evaluateSafely(content: PlanContent): EvaluatedPlan | null {
    try {
      return this.evaluateWith(content.sessions, content.dismissed, content.settings);
    } catch (error) {
      // The preview is a courtesy; main's answer follows either way.
      console.error('Stride: preview evaluation failed', error);
      return null;
    }
  }
}
