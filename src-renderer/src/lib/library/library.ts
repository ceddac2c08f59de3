/** The coach's library workouts as the palette shows them (pure: tested without a DOM). */
import type { LibraryWorkout } from '../../../../src-shared/api/entities';
import { KIND_LABEL, SESSION_KINDS, type SessionKind } from '../../../../src-shared/domain/kinds';
import type { CoachSession } from '../../../../src-shared/domain/types';
import { DRAFT_NOTE_HEAD } from '../../../../src-shared/generate/why-notes';

export type { LibraryWorkout };

export type WorkoutFields = Omit<LibraryWorkout, 'id'>;

/** What a session gives the library: its own fields and steps, not its day or id; an untitled one is named by kind and minutes. */
export function workoutFromSession(s: CoachSession): WorkoutFields {
  const named = s.title ?? `${KIND_LABEL[s.kind]}${s.durationMin ? ` ${s.durationMin} min` : ''}`;
  return {
    kind: s.kind,
    title: named,
    durationMin: s.durationMin,
    distanceKm: s.distanceKm,
    rpe: s.rpe,
    notes: withoutDraftWeek(s.notes),
    steps: s.steps && s.steps.length > 0 ? s.steps : null,
  };
}

/**
 * A drafted session's note without its "Base, week 1: " head: in the library, and on whatever day of
 * whichever plan it is placed next, that week is not its week. The why itself stays.
 */
function withoutDraftWeek(notes: string | null): string | null {
  if (!notes || !DRAFT_NOTE_HEAD.test(notes)) return notes;
  const rest = notes.replace(DRAFT_NOTE_HEAD, '');
  return rest ? rest[0].toUpperCase() + rest.slice(1) : null;
}

/** A session made from a library workout (dropped or clicked onto a day): every field, steps included. */
export function sessionFromWorkout(w: LibraryWorkout, id: string, date: string): CoachSession {
  const session: CoachSession = {
    id,
    date,
    kind: w.kind,
    title: w.title || null,
    durationMin: w.durationMin,
    distanceKm: w.distanceKm,
    rpe: w.rpe,
    notes: w.notes,
  };
  if (w.steps && w.steps.length > 0) session.steps = w.steps;
  return session;
}

/** The workouts whose title, kind or notes contain the filter, grouped under their kind in palette order. */
export function groupedWorkouts(
  items: readonly LibraryWorkout[],
  filter: string,
): { kind: SessionKind; items: LibraryWorkout[] }[] {
  const f = filter.trim().toLowerCase();
  const match = (w: LibraryWorkout) =>
    !f || w.title.toLowerCase().includes(f) || w.kind.includes(f) || (w.notes ?? '').toLowerCase().includes(f);
  return SESSION_KINDS.map((kind) => ({
    kind,
    items: items.filter((w) => w.kind === kind && match(w)).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((g) => g.items.length > 0);
}

