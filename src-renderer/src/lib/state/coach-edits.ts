/**
 * The coach's edits as pure functions on a list of coach sessions. The plan store applies them
 * to its local copy for the instant preview (then main's answer replaces it), and they mirror
 * what main does for the same call, defaults included.
 */
import type { IsoDate } from '../../../../src-shared/domain/dates';
import { DEFAULT_DISTANCE_KM, DEFAULT_DURATION_MIN, type SessionKind } from '../../../../src-shared/domain/kinds';
import type { CoachSession } from '../../../../src-shared/domain/types';
import { sameData } from '../calendar/plan-grid';

export type SessionPatch = Partial<Omit<CoachSession, 'id' | 'date'>>;

/** A client-made id, so an optimistic card keeps its identity when main's document arrives. */
export function newSessionId(): string {
  return `s-${crypto.randomUUID().slice(0, 13)}`;
}

/** A session as a palette drop makes it: the kind's defaults, as `sessions.add` fills them. */
export function sessionFromKind(id: string, date: IsoDate, kind: SessionKind): CoachSession {
  return {
    id,
    date,
    kind,
    title: null,
    durationMin: DEFAULT_DURATION_MIN[kind],
    distanceKm: DEFAULT_DISTANCE_KM[kind] ?? null,
    rpe: null,
    notes: null,
  };
}

export function withAdded(sessions: readonly CoachSession[], session: CoachSession): CoachSession[] {
  return [...sessions, session];
}

export function withMoved(sessions: readonly CoachSession[], id: string, date: IsoDate): CoachSession[] {
  return sessions.map((s) => (s.id === id ? { ...s, date } : s));
}

export function withCopied(
  sessions: readonly CoachSession[],
  id: string,
  date: IsoDate,
  copyId: string,
): CoachSession[] {
  const source = sessions.find((s) => s.id === id);
  return source ? [...sessions, { ...source, id: copyId, date }] : [...sessions];
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
