/**
 * Small pure helpers for the drag preview (what a drop would do to the coach sessions) and the
 * plan store. The edits themselves go through src-shared's `applyEdits` (plan-store `apply`).
 */
import type { IsoDate } from '../../../../src-shared/domain/dates';
import type { CoachSession } from '../../../../src-shared/domain/types';
import { insertInDay } from '../../../../src-shared/edits/apply-edits';
import { sameData } from '../calendar/plan-grid';

export type SessionPatch = Partial<Omit<CoachSession, 'id' | 'date'>>;

/** A client-made id, so an optimistic card keeps its identity when main's document arrives. */
export function newSessionId(): string {
  return `s-${crypto.randomUUID().slice(0, 13)}`;
}

/** A session as a palette drop makes it: the kind's defaults, which live once in src-shared. */
export { sessionFromKind } from '../../../../src-shared/edits/session-defaults';

// The drop previews place a session where `applyEdits` puts it (last in its day, the list kept
// in date order), so the drop that follows asks the rules the very question its preview asked
// and reuses that answer (PlanStore.evaluateWith) instead of running the rules again.
export function withAdded(sessions: readonly CoachSession[], session: CoachSession): CoachSession[] {
  const out = sessions.slice();
  insertInDay(out, session);
  return out;
}

export function withMoved(sessions: readonly CoachSession[], id: string, date: IsoDate): CoachSession[] {
  const source = sessions.find((s) => s.id === id);
  if (!source) return [...sessions];
  return withAdded(
    sessions.filter((s) => s.id !== id),
    { ...source, date },
  );
}

export function withCopied(
  sessions: readonly CoachSession[],
  id: string,
  date: IsoDate,
  copyId: string,
): CoachSession[] {
  const source = sessions.find((s) => s.id === id);
  return source ? withAdded(sessions, { ...source, id: copyId, date }) : [...sessions];
}

export function withUpdated(sessions: readonly CoachSession[], id: string, patch: SessionPatch): CoachSession[] {
  return sessions.map((s) => (s.id === id ? { ...s, ...patch } : s));
}

export function withDeleted(sessions: readonly CoachSession[], id: string): CoachSession[] {
  return sessions.filter((s) => s.id !== id);
}

export { keptSession, plainSession } from '../../../../src-shared/domain/coach-session';

/** Same sessions, field by field (a list rebuilt by an edit holds new objects for the same data). */
export function sameSessions(a: readonly CoachSession[], b: readonly CoachSession[]): boolean {
  return sameData(a, b);
}
