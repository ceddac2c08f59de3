/**
 * The one function every change to a plan goes through (ENGINEERING.md "One edit model"): the
 * renderer's instant preview and main's store both call it, so they cannot disagree.
 *
 * Pure and all or nothing: it works on a copy and throws a `StrideError` (a coach's sentence)
 * when any edit is invalid, so the caller's content is never half changed. The frame check (every
 * session inside the plan's weeks) runs once on the result, not per edit, so a batch may move the
 * frame and the sessions in either order (shifting a plan is both) and an inverse is always valid.
 *
 * `sessions` stay sorted by date and, inside a day, in the coach's order: the array order *is*
 * the in-day order, and `index` in add/move edits is a place among that day's sessions.
 */
import { StrideError } from '../api/errors';
import { isIsoDate, weekdayOf, weekStartWeekday, type IsoDate } from '../domain/dates';
import { planEndDate } from '../domain/plan-frame';
import type { CoachSession, Dismissal } from '../domain/types';
import { outsidePlanText, PLAN_CHANGED } from './edit-messages';
import type { PlanContent, PlanEdit, PlanSettings, SessionFields } from './plan-edit';
import { stepsProblems } from '../domain/steps';
import {
  durationOverZeroText,
  needsDurationText,
  NOT_A_DAY,
  PLAN_NEEDS_NAME,
  PLAN_WEEKS_RANGE,
  RACE_NEEDS_DISTANCE,
  stepsRefusalText,
  UNKNOWN_CHANGE,
  weekOneStartText,
} from './session-refusals';

const SESSION_FIELD_KEYS = ['kind', 'title', 'durationMin', 'distanceKm', 'rpe', 'notes', 'steps'] as const;
const SETTINGS_KEYS = ['name', 'goal', 'units', 'startDate', 'weeks', 'weekStartsOn'] as const;

export interface Applied {
  content: PlanContent;
  /** Undoes the whole batch when applied (in order) to `content`. */
  inverse: PlanEdit[];
}

/** The content being changed; `revisions` is copied on its first write only. */
interface Draft extends Omit<PlanContent, 'revisions'> {
  revisions: ReadonlyMap<string, number>;
  ownRevisions: Map<string, number> | null;
}

export function applyEdits(content: PlanContent, edits: readonly PlanEdit[]): Applied {
  const draft: Draft = {
    settings: { ...content.settings },
    sessions: content.sessions.slice(),
    dismissed: content.dismissed.slice(),
    revisions: content.revisions,
    ownRevisions: null,
  };
  const undo: PlanEdit[][] = [];
  for (const edit of edits) undo.push(applyOne(draft, edit));
  assertFrame(draft);
  const inverse: PlanEdit[] = [];
  for (let i = undo.length - 1; i >= 0; i--) inverse.push(...undo[i]);
  const { settings, sessions, dismissed, revisions } = draft;
  return { content: { settings, sessions, dismissed, revisions }, inverse };
}

/**
 * Bumps a session's revision, copying the map the first time. An id without one counts as
 * revision `unseen - 1`: a new session starts at 0, a changed one without a record (a file's
 * session) goes to 1.
 */
function bumpRevision(draft: Draft, id: string, unseen: 0 | 1): void {
  if (!draft.ownRevisions) draft.revisions = draft.ownRevisions = new Map(draft.revisions);
  const last = draft.ownRevisions.get(id);
  draft.ownRevisions.set(id, last === undefined ? unseen : last + 1);
}

/** Applies one edit to `draft` in place; returns what undoes it (empty when it changed nothing). */
function applyOne(draft: Draft, edit: PlanEdit): PlanEdit[] {
  switch (edit.op) {
    case 'session.add': {
      const s = edit.session;
      if (draft.sessions.some((x) => x.id === s.id)) throw new StrideError('conflict', PLAN_CHANGED);
      assertDate(s.date);
      const session = pickSession(s);
      assertConsistent(session);
      insertInDay(draft.sessions, session, edit.index);
      bumpRevision(draft, s.id, 0);
      return [{ op: 'session.delete', id: s.id }];
    }
    case 'session.update': {
      const at = indexOfSession(draft, edit.id);
      const before = draft.sessions[at];
      const next: CoachSession = { ...before };
      const undoPatch: Partial<SessionFields> = {};
      let changed = false;
      for (const key of SESSION_FIELD_KEYS) {
        if (!(key in edit.patch) || edit.patch[key] === undefined) continue;
        if (key === 'steps') {
          // No steps is one state whatever its spelling (absent, null, []): undo must restore it exactly.
          const now = stepsOrNull(edit.patch.steps);
          const was = stepsOrNull(before.steps);
          if (JSON.stringify(now) === JSON.stringify(was)) continue;
          undoPatch.steps = was;
          if (now) next.steps = now;
          else delete next.steps;
          changed = true;
          continue;
        }
        if (edit.patch[key] === before[key]) continue;
        (undoPatch as Record<string, unknown>)[key] = before[key];
        (next as unknown as Record<string, unknown>)[key] = edit.patch[key];
        changed = true;
      }
      if (!changed) return [];
      assertConsistent(next);
      draft.sessions[at] = next;
      bumpRevision(draft, edit.id, 1);
      return [{ op: 'session.update', id: edit.id, patch: undoPatch }];
    }
    case 'session.move': {
      assertDate(edit.date);
      const at = indexOfSession(draft, edit.id);
      const session = draft.sessions[at];
      const fromIndex = at - firstOfDay(draft.sessions, session.date);
      draft.sessions.splice(at, 1);
      insertInDay(draft.sessions, { ...session, date: edit.date }, edit.index);
      const toIndex = draft.sessions.findIndex((x) => x.id === edit.id) - firstOfDay(draft.sessions, edit.date);
      if (session.date === edit.date && toIndex === fromIndex) return [];
      if (session.date !== edit.date) bumpRevision(draft, edit.id, 1);
      return [{ op: 'session.move', id: edit.id, date: session.date, index: fromIndex }];
    }
    case 'session.delete': {
      const at = indexOfSession(draft, edit.id);
      const session = draft.sessions[at];
      const index = at - firstOfDay(draft.sessions, session.date);
      draft.sessions.splice(at, 1);
      return [{ op: 'session.add', session, index }];
    }
    case 'dismissal.add': {
      const d = { date: edit.dismissal.date, ruleId: edit.dismissal.ruleId };
      assertDate(d.date);
      const at = dismissalPlace(draft.dismissed, d);
      if (sameDismissal(draft.dismissed[at], d)) return [];
      draft.dismissed.splice(at, 0, d);
      return [{ op: 'dismissal.remove', dismissal: d }];
    }
    case 'dismissal.remove': {
      const d = edit.dismissal;
      const at = dismissalPlace(draft.dismissed, d);
      if (!sameDismissal(draft.dismissed[at], d)) return [];
      const removed = draft.dismissed[at];
      draft.dismissed.splice(at, 1);
      return [{ op: 'dismissal.add', dismissal: removed }];
    }
    case 'plan.set': {
      const before = draft.settings;
      const next: PlanSettings = { ...before };
      const undoPatch: Partial<PlanSettings> = {};
      let changed = false;
      for (const key of SETTINGS_KEYS) {
        const value = edit.patch[key];
        if (value === undefined || value === before[key]) continue;
        (undoPatch as Record<string, unknown>)[key] = before[key];
        (next as unknown as Record<string, unknown>)[key] = value;
        changed = true;
      }
      if (!changed) return [];
      assertSettings(next);
      draft.settings = next;
      return [{ op: 'plan.set', patch: undoPatch }];
    }
    default: {
      // An edit of a newer Stride (the contract refuses it first); `never` keeps this switch complete.
      void (edit satisfies never);
      throw new StrideError('invalid-input', UNKNOWN_CHANGE);
    }
  }
}

function stepsOrNull(steps: CoachSession['steps']): CoachSession['steps'] {
  return steps && steps.length > 0 ? steps : null;
}

function pickSession(s: CoachSession): CoachSession {
  return {
    id: s.id,
    date: s.date,
    kind: s.kind,
    title: s.title ?? null,
    durationMin: s.durationMin ?? null,
    distanceKm: s.distanceKm ?? null,
    rpe: s.rpe ?? null,
    notes: s.notes ?? null,
    ...(s.steps && s.steps.length > 0 ? { steps: s.steps } : {}),
  };
}

/** A session that is gone means the coach's view is stale: another window deleted it. */
function indexOfSession(draft: Draft, id: string): number {
  const at = draft.sessions.findIndex((s) => s.id === id);
  if (at < 0) throw new StrideError('conflict', PLAN_CHANGED);
  return at;
}

/** Index of the first session on or after `date` (sessions are sorted by date). */
function firstOfDay(sessions: readonly CoachSession[], date: IsoDate): number {
  let lo = 0;
  let hi = sessions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sessions[mid].date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Puts `session` into the date-ordered `sessions` (in place) at `index` within its day, or last
 * in its day. The renderer's drop previews place sessions with it too, so a preview asks the
 * rules exactly what the drop will.
 */
export function insertInDay(sessions: CoachSession[], session: CoachSession, index?: number): void {
  const first = firstOfDay(sessions, session.date);
  let end = first;
  while (end < sessions.length && sessions[end].date === session.date) end++;
  const place = index === undefined ? end : first + Math.max(0, Math.min(index, end - first));
  sessions.splice(place, 0, session);
}

function compareDismissals(a: Dismissal, b: Dismissal): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.ruleId === b.ruleId ? 0 : a.ruleId < b.ruleId ? -1 : 1;
}

function dismissalPlace(list: readonly Dismissal[], d: Dismissal): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareDismissals(list[mid], d) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameDismissal(a: Dismissal | undefined, b: Dismissal): boolean {
  return a !== undefined && a.date === b.date && a.ruleId === b.ruleId;
}

function assertDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new StrideError('invalid-input', NOT_A_DAY, 'date');
}

/**
 * Rules the schema cannot see alone: a race always has a distance (its long-race rules depend on
 * it). The sentences are the coach's (session-refusals.ts, the inspector's too); the field travels
 * apart from the text, for the inspector to show it beside Distance or Duration.
 */
export function assertConsistent(session: CoachSession): void {
  if (session.kind === 'race' && session.distanceKm == null) {
    throw new StrideError('invalid-input', RACE_NEEDS_DISTANCE, 'distanceKm');
  }
  // v2: steps and races give their own duration (their total, the predicted race time).
  const hasSteps = !!session.steps && session.steps.length > 0;
  if (session.steps != null) {
    const problems = stepsProblems(session.steps, 'steps');
    if (problems.length > 0) throw new StrideError('invalid-input', stepsRefusalText(problems[0]), 'steps');
  }
  // An open step ("lap") alone gives no time: the sentence says what would do.
  if (session.kind !== 'rest' && session.kind !== 'race' && !hasSteps && session.durationMin == null) {
    throw new StrideError('invalid-input', needsDurationText(session.kind), 'durationMin');
  }
  if (session.kind !== 'rest' && session.durationMin === 0) {
    throw new StrideError('invalid-input', durationOverZeroText(session.kind), 'durationMin');
  }
}

function assertSettings(s: PlanSettings): void {
  if (!s.name.trim()) throw new StrideError('invalid-input', PLAN_NEEDS_NAME, 'name');
  if (!Number.isInteger(s.weeks) || s.weeks < 1 || s.weeks > 104) {
    throw new StrideError('invalid-input', PLAN_WEEKS_RANGE, 'weeks');
  }
  assertDate(s.startDate);
  if (weekdayOf(s.startDate) !== weekStartWeekday(s.weekStartsOn)) {
    throw new StrideError('invalid-input', weekOneStartText(s.weekStartsOn), 'startDate');
  }
}

/** Every session inside the plan's weeks; refused naming them otherwise. */
function assertFrame(draft: Draft): void {
  const start = draft.settings.startDate;
  const end = planEndDate(draft.settings);
  // Sessions are sorted by date: the first and the last decide (a scan only to name the ones outside).
  const { sessions } = draft;
  if (sessions.length === 0 || (sessions[0].date >= start && sessions[sessions.length - 1].date <= end)) return;
  const outside = draft.sessions.filter((s) => s.date < start || s.date > end);
  if (outside.length > 0) throw new StrideError('invalid-input', outsidePlanText(outside, start, end), 'date');
}
