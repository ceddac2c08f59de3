/**
 * What a drop would cause, as a pure function: the derived sessions that dropping `payload` on
 * `date` would add to the plan. Only a hard session causes anything, so only those are previewed.
 */
import type { IsoDate } from '../../../../src-shared/domain/dates';
import type { SessionKind } from '../../../../src-shared/domain/kinds';
import { sessionFromWorkout, type LibraryWorkout } from '../library/library';
import type { CoachSession, DerivedSession, EvaluatedPlan, PlanSession } from '../../../../src-shared/domain/types';
import { sessionFromKind, withAdded, withCopied, withMoved } from './coach-edits';

export type DragPayload =
  | { type: 'kind'; kind: SessionKind }
  | { type: 'session'; id: string }
  /** One of the coach's library workouts: dropped like a kind, with the workout's fields. */
  | { type: 'workout'; workout: LibraryWorkout };

const GHOST_ID = 'ghost-drop';

/** No ghosts (shared, never changed: ghost maps are replaced, not edited). */
export const NO_GHOSTS: ReadonlyMap<IsoDate, DerivedSession[]> = new Map();

/** The derived sessions in `after` that are not in `before` (same day, rule and kind). */
export function newlyDerived(before: readonly DerivedSession[], after: readonly DerivedSession[]): DerivedSession[] {
  const seen = new Set(before.map((d) => `${d.date}|${d.ruleId}|${d.kind}`));
  return after.filter((d) => !seen.has(`${d.date}|${d.ruleId}|${d.kind}`));
}

/**
 * The coach sessions after the drop, and the dropped session; null when the drop changes nothing.
 * `newId` names the session a palette drop or a copy makes: the id the drop itself will use, so
 * the preview evaluates exactly the sessions the drop will (and the drop reuses that evaluation).
 */
export function sessionsAfterDrop(
  sessions: readonly CoachSession[],
  payload: DragPayload,
  date: IsoDate,
  copying: boolean,
  newId: string = GHOST_ID,
): { sessions: CoachSession[]; dropped: CoachSession } | null {
  if (payload.type === 'kind') {
    const dropped = sessionFromKind(newId, date, payload.kind);
    return { sessions: withAdded(sessions, dropped), dropped };
  }
  if (payload.type === 'workout') {
    const dropped = sessionFromWorkout(payload.workout, newId, date);
    return { sessions: withAdded(sessions, dropped), dropped };
  }
  const source = sessions.find((s) => s.id === payload.id);
  if (!source || (!copying && source.date === date)) return null;
  return {
    sessions: copying ? withCopied(sessions, payload.id, date, newId) : withMoved(sessions, payload.id, date),
    dropped: source,
  };
}

/**
 * Ghosts by date (what the drop would derive that the plan does not derive now), and the card
 * the drop makes (or moves) as the rules give it back, with its estimates: the calendar draws
 * that card a frame ahead of the drop's edit (paint-ahead.svelte.ts).
 */
export function dropPreview(
  sessions: readonly CoachSession[],
  current: readonly DerivedSession[],
  payload: DragPayload,
  date: IsoDate,
  copying: boolean,
  evaluate: (sessions: CoachSession[]) => EvaluatedPlan | null,
  newId: string = GHOST_ID,
): { ghosts: ReadonlyMap<IsoDate, DerivedSession[]>; landing: PlanSession | null } {
  const after = sessionsAfterDrop(sessions, payload, date, copying, newId);
  if (!after) return { ghosts: NO_GHOSTS, landing: null };
  // Evaluated for every kind, not only the hard ones that can derive a ghost: the drop then
  // reuses this answer, so the rules run while the coach hovers rather than in the drop's frame.
  const evaluated = evaluate(after.sessions);
  if (!evaluated) return { ghosts: NO_GHOSTS, landing: null };
  const out = new Map<IsoDate, DerivedSession[]>();
  for (const d of newlyDerived(current, evaluated.derived)) {
    const list = out.get(d.date);
    if (list) list.push(d);
    else out.set(d.date, [d]);
  }
  const landingId = payload.type === 'session' && !copying ? payload.id : newId;
  const landing = evaluated.sessions.find((s) => s.id === landingId && s.date === date && s.origin === 'coach');
  return { ghosts: out, landing: landing ?? null };
}
