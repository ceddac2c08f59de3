/**
 * The coach's library workouts as the palette shows them (pure: tested without a DOM).
 *
 * `LibraryWorkout` is the contract's shape (COORDINATION.md, library.*); it is spelled here so
 * the palette builds before main's library methods exist (see workout-library.svelte.ts).
 */
import { KIND_LABEL, SESSION_KINDS, type SessionKind } from '../../../../src-shared/domain/kinds';
import type { CoachSession } from '../../../../src-shared/domain/types';

export interface LibraryWorkout {
  id: number;
  kind: SessionKind;
  title: string;
  durationMin: number | null;
  distanceKm: number | null;
  rpe: number | null;
  notes: string | null;
}

export type WorkoutFields = Omit<LibraryWorkout, 'id'>;
/** What a session gives the library: its own fields, not its day or id; an untitled one is named by kind and minutes. */
export function workoutFromSession(s: CoachSession): WorkoutFields {
  const named = s.title ?? `${KIND_LABEL[s.kind]}${s.durationMin ? ` ${s.durationMin} min` : ''}`;
  return {
    kind: s.kind,
    title: named,
    durationMin: s.durationMin,
    distanceKm: s.distanceKm,
    rpe: s.rpe,
    notes: s.notes,
  };
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

