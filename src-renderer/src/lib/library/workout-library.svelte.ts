/**
 * The coach's own workouts (kept in main's store, across plans): listed in the palette under
 * their kind, saved from a session (the inspector, or a card dragged onto the palette), dragged
 * onto days like the kinds, renamed, edited and deleted.
 *
 * Main's `library.*` methods come with the edit core; until they answer, `available` stays false
 * and the palette and inspector show nothing of the library.
 */
import { api } from '../api/client';
import { shownError, type ShownError } from '../state/errors';
import type { LibraryWorkout, WorkoutFields } from './library';

export { groupedWorkouts, workoutFromSession, type LibraryWorkout, type WorkoutFields } from './library';

/** The library's calls, typed here (see the note above). */
function call<T>(method: string, input: unknown): Promise<T> {
  return api.call(method as never, input as never) as Promise<T>;
}

export class WorkoutLibrary {
  items = $state.raw<LibraryWorkout[]>([]);
  /** Main answered `library.list`: the library can be shown and saved to. */
  available = $state(false);
  error = $state<ShownError | null>(null);

  async load(): Promise<void> {
    try {
      this.items = await call<LibraryWorkout[]>('library.list', {});
      this.available = true;
    } catch (error) {
      this.error = shownError(error);
    }
  }

  /** Throws CallFailed for a form to show beside its field. */
  async save(fields: WorkoutFields): Promise<LibraryWorkout> {
    const saved = await call<LibraryWorkout>('library.save', fields);
    await this.load();
    return saved;
  }

  async update(id: number, fields: Partial<WorkoutFields>): Promise<void> {
    await call('library.update', { id, ...fields });
    await this.load();
  }

  async remove(id: number): Promise<void> {
    await call('library.delete', { id });
    await this.load();
  }
}
