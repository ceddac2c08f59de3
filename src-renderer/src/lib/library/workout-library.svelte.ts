/**
 * The coach's own workouts (kept in main's store, across plans): listed in the palette under
 * their kind, saved from a session (the inspector, or a card dragged onto the palette), dragged
 * onto days like the kinds, renamed, edited and deleted.
 */
import type { MethodInput } from '../../../../src-shared/api/contract';
import type { LibraryWorkout } from '../../../../src-shared/api/entities';
import { KIND_LABEL, SESSION_KINDS, type SessionKind } from '../../../../src-shared/domain/kinds';
import type { CoachSession } from '../../../../src-shared/domain/types';
import type { SessionFields } from '../../../../src-shared/edits/plan-edit';
import { api } from '../api/client';
import { shownError, type ShownError } from '../state/errors';

export type WorkoutFields = MethodInput<'library.save'>;

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
  } as WorkoutFields;
}

/** What a library workout puts on a day. */
export function sessionFieldsOf(w: LibraryWorkout): SessionFields {
  const { id: _id, ...rest } = w;
  return { ...rest, title: w.title || null } as SessionFields;
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

export class WorkoutLibrary {
  items = $state.raw<LibraryWorkout[]>([]);
  error = $state<ShownError | null>(null);

  async load(): Promise<void> {
    try {
      this.items = await api.call('library.list', {});
    } catch (error) {
      this.error = shownError(error);
    }
  }

  /** Throws CallFailed for a form to show beside its field. */
  async save(fields: WorkoutFields): Promise<LibraryWorkout> {
    const saved = await api.call('library.save', fields);
    await this.load();
    return saved;
  }

  async update(id: number, fields: Partial<WorkoutFields>): Promise<void> {
    await api.call('library.update', { id, ...fields } as MethodInput<'library.update'>);
    await this.load();
  }

  async remove(id: number): Promise<void> {
    await api.call('library.delete', { id });
    await this.load();
  }
}
