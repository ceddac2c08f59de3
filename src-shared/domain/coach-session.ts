/** Conversions of coach sessions that main and the renderer's instant preview must do alike. */
import type { CoachSession, DerivedSession } from './types';

/** Keeping a derived session makes it the coach's own: an ordinary session the rules no longer recompute. */
export function keptSession(derived: DerivedSession, id: string): CoachSession {
  return {
    id,
    date: derived.date,
    kind: derived.kind,
    title: derived.title,
    durationMin: derived.kind === 'rest' ? null : derived.durationMin,
    distanceKm: derived.distanceKm,
    rpe: derived.rpe,
    notes: derived.notes,
  };
}

/** Only the coach session's own fields (no store-only `revision`), as the rules and files see it. */
export function plainSession<T extends CoachSession>(s: T): CoachSession {
  const out: CoachSession = {
    id: s.id,
    date: s.date,
    kind: s.kind,
    title: s.title,
    durationMin: s.durationMin,
    distanceKm: s.distanceKm,
    rpe: s.rpe,
    notes: s.notes,
  };
  // v2: steps only where there are some, so a session without steps reads as it always did.
  if (s.steps && s.steps.length > 0) out.steps = s.steps;
  return out;
}
